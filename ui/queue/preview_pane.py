"""The queue's current letter as its addressee will see it, beside the list.

The PDF is read with ``letter_file`` (an audited read) in the thread pool, a moment after
the current row settles, so running down the list with the arrow keys reads only the
letter stopped at. The last few letters read stay in memory for going back and forth;
locking the dossier forgets them.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from casemanager.letters import letter_file
from casemanager.letters.queue_listing import QueuedLetter
from ui.context import AppContext, Locked
from ui.letters.pdf_preview import PdfPreview
from ui.tasks import error_text

SETTLE_MS = 150  # wait this long after the current row changed before reading
KEEP = 12  # letters kept in memory


class QueuePreview(QWidget):
    shown = Signal(int, int)  # the letter's id and its pages, once on screen

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._pdfs: OrderedDict[int, bytes] = OrderedDict()
        self._wanted: QueuedLetter | None = None
        self._showing: int | None = None  # the id of the letter on screen
        self.caption = QLabel(objectName="previewCaption")
        self.caption.setProperty("role", "hint")
        self.caption.setWordWrap(True)
        self.view = PdfPreview(self, name="queuePreview")
        self.placeholder = QLabel(objectName="previewPlaceholder")
        self.placeholder.setProperty("role", "hint")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.caption)
        layout.addWidget(self.stack, 1)
        self._timer = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._timer.timeout.connect(self._load)
        self.show_letter(None)

    @property
    def letter_id(self) -> int | None:
        """The letter whose PDF is on screen now."""
        return self._showing

    def show_letter(self, letter: QueuedLetter | None) -> None:
        """Show ``letter`` (soon), or a hint when there is none."""
        self._wanted = letter
        if letter is None:
            self._timer.stop()
            self._blank(self.tr("Kies een brief in de lijst om hem hier te zien."))
            return
        if letter.id in self._pdfs:
            self._timer.stop()
            self._display(letter.id)
        else:
            self._timer.start()

    def forget(self) -> None:
        """Let go of every letter read (the dossier was locked)."""
        self._timer.stop()
        self._pdfs.clear()
        self._wanted = None
        self._blank("")

    def _caption(self, letter: QueuedLetter) -> str:
        parts = [
            letter.subject,
            self.tr("1 pagina")
            if letter.page_count == 1
            else self.tr("{n} pagina's").format(n=letter.page_count),
        ]
        if letter.version > 1:
            parts.append(self.tr("versie {n}").format(n=letter.version))
        if letter.registered:
            parts.append(self.tr("aangetekend"))
        return " · ".join(parts)

    def _blank(self, text: str) -> None:
        self.view.clear()
        self._showing = None
        self.caption.clear()
        self.placeholder.setText(text)
        self.stack.setCurrentWidget(self.placeholder)

    def _load(self) -> None:
        letter = self._wanted
        if letter is None or letter.id in self._pdfs:
            return
        letter_id = letter.id
        self.placeholder.setText(self.tr("De brief wordt geladen…"))
        if self._showing is None:
            self.stack.setCurrentWidget(self.placeholder)

        def loaded(data: bytes) -> None:
            self._keep(letter_id, data)
            if self._wanted is not None and self._wanted.id == letter_id:
                self._display(letter_id)

        def failed(error: BaseException) -> None:
            # (run_task calls back only while this pane exists)
            if self._wanted is not None and self._wanted.id == letter_id:
                self._blank(error_text(error))

        try:
            self.ctx.run(self, lambda uow: letter_file(uow, letter_id), loaded, on_error=failed)
        except Locked:
            return

    def _keep(self, letter_id: int, data: bytes) -> None:
        self._pdfs[letter_id] = data
        self._pdfs.move_to_end(letter_id)
        while len(self._pdfs) > KEEP:
            self._pdfs.popitem(last=False)

    def _display(self, letter_id: int) -> None:
        """Show a letter read before (the one wanted: the caption is its)."""
        if self._wanted is not None:
            self.caption.setText(self._caption(self._wanted))
        self._pdfs.move_to_end(letter_id)
        if self._showing != letter_id:
            pages = self.view.show_pdf(self._pdfs[letter_id])
            self._showing = letter_id
            self.shown.emit(letter_id, pages)
        self.stack.setCurrentWidget(self.view)
