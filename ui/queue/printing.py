"""Printing letters from the queue as one print job.

The user picks a printer in the system's print dialog; the letters are then merged into one
PDF in the thread pool (``queue.print_job``: in memory, never in a temporary file; with a
blank back page after a letter with an odd number of pages when the printer prints on both
sides), and that PDF's pages are painted onto the printer, again in the thread pool
(``ui.letters.output.print_pages``). Both steps show a progress dialog with Annuleren.
The two are separate units: the dossier is not held while the printer is being fed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from casemanager.letters.queue import print_job
from casemanager.letters.queue_listing import QueuedLetter
from ui.context import AppContext, Locked
from ui.dates import short_date
from ui.letters.output import choose_printer, start_printing
from ui.tasks import Task


class QueuePrinter(QObject):
    """Runs one print job at a time for ``parent`` (the Brieven page)."""

    printed = Signal(int, int)  # letters and pages sent to the printer
    busy_changed = Signal(bool)
    message = Signal(str)  # how the job goes, for the page's status line ("" when over)

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._parent = parent
        self._task: Task | None = None  # the step running now: merging, then printing
        self._printed = False

    @property
    def busy(self) -> bool:
        return self._task is not None

    def start(self, letters: Sequence[QueuedLetter]) -> bool:
        """Ask for a printer and print ``letters`` in this order; False when nothing
        started (no letters, a job still running, the dialog cancelled, locked)."""
        if not letters or self.busy or self.ctx.is_locked:
            return False
        if len(letters) == 1:
            title, name = self.tr("Brief afdrukken"), letters[0].subject
        else:
            title = self.tr("{n} brieven afdrukken").format(n=len(letters))
            name = self.tr("Brieven {day} ({n})").format(
                day=short_date(dt.date.today()), n=len(letters)
            )
        printer = choose_printer(self._parent, name, title)
        if printer is None:
            return False
        ids = [letter.id for letter in letters]
        duplex = printer.duplex() != QPrinter.DuplexMode.DuplexNone

        try:
            task = self.ctx.run(
                self._parent,
                lambda uow: print_job(uow, ids, duplex=duplex),
                lambda data: self._print(data, printer, len(ids)),
                progress_title=self.tr("Brieven samenvoegen"),
            )
        except Locked:
            return False
        self._printed = False
        self._watch(task)
        self.busy_changed.emit(True)
        self.message.emit(self.tr("Bezig met afdrukken…"))
        return True

    def _print(self, data: bytes, printer: QPrinter, letters: int) -> None:
        task = start_printing(self._parent, data, printer, lambda pages: self._done(letters, pages))
        self._watch(task)

    def _done(self, letters: int, pages: int) -> None:
        self._printed = True
        if letters == 1:
            text = self.tr(
                "1 brief naar de printer gestuurd ({pages} pagina's). Markeer hem als "
                "verzonden zodra hij weg is."
            )
        else:
            text = self.tr(
                "{n} brieven naar de printer gestuurd ({pages} pagina's). Markeer ze als "
                "verzonden zodra ze weg zijn."
            )
        self.message.emit(text.format(n=letters, pages=pages))
        self.printed.emit(letters, pages)

    def _watch(self, task: Task) -> None:
        self._task = task
        # queued: a step's ``finished`` comes before its result, which may start the next
        task.finished.connect(lambda: self._finished(task), Qt.ConnectionType.QueuedConnection)

    def _finished(self, task: Task) -> None:
        if self._task is task:  # no next step was started: the job is over
            self._task = None
            if not self._printed:  # cancelled, or it failed (the error was shown)
                self.message.emit("")
            self.busy_changed.emit(False)
