"""A letter out of the dossier, from the letters dialog: saved as a file (the save dialog
in the user's Documents folder with a safe name proposed; the file written whole or not at
all), or printed (the system's print dialog, then each page of the letter's PDF painted onto
the printer in the thread pool, so a long letter never freezes the window). Qt cannot send
a PDF to a printer as it is: the pages go as images, at most ``MAX_PRINT_DPI`` sharp."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QRectF,
    QSize,
    QStandardPaths,
)
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from casemanager.atomic import write_atomic
from casemanager.errors import CaseManagerError
from casemanager.letters import LetterInfo
from casemanager.progress import Progress
from ui.core_text import tr
from ui.tasks import Task, run_task

MAX_PRINT_DPI = 300  # sharp on paper; 1200 dpi would need half a gigabyte per page


class PrintFailed(CaseManagerError):
    """The printer refused the job; the message says what to check."""


# --- saving -------------------------------------------------------------------------------


def suggested_name(letter: LetterInfo) -> str:
    """'2026-0136 Schriftelijke waarschuwing - Mike Geldens (v1)': a safe file name."""
    who = letter.addressee.split("(")[0].split(",")[0].strip()
    name = f"{letter.case_number} {letter.type_title} - {who} (v{letter.version})"
    return re.sub(r'[\\/:*?"<>|]+', "_", name).strip(" .")


def ask_target(parent: QWidget | None, letter: LetterInfo, *, word: bool) -> Path | None:
    """The file the user chose to save ``letter`` in (with the right extension), or None
    when they cancelled."""
    if word:
        suffix, kind, title = ".docx", tr("Word-document (*.docx)"), tr("Opslaan als Word")
    else:
        suffix, kind, title = ".pdf", tr("PDF-bestand (*.pdf)"), tr("Opslaan als PDF")
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    proposed = str(Path(folder) / (suggested_name(letter) + suffix))
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, proposed, kind)
    if not chosen:
        return None
    target = Path(chosen)
    if target.suffix.lower() != suffix:
        target = target.with_name(target.name + suffix)
    return target


def write_file(parent: QWidget | None, target: Path, data: bytes) -> bool:
    """Write ``data`` to ``target``; when that fails, say so and return False."""
    try:
        # the save dialog already asked about overwriting: replace it whole or not at all
        write_atomic(target, data)
    except OSError as error:
        QMessageBox.warning(
            parent,
            tr("Opslaan lukte niet"),
            tr("Het bestand %s kon niet worden opgeslagen: %s.\n\nKies een andere map.")
            % (target, error.strerror or error),
        )
        return False
    return True


# --- printing -----------------------------------------------------------------------------


def choose_printer(
    parent: QWidget | None, document_name: str, title: str | None = None
) -> QPrinter | None:
    """The printer the user chose in the print dialog, or None when they cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(document_name)
    printer.setFullPage(True)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title or tr("Brief afdrukken"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def start_printing(
    parent: QWidget, data: bytes, printer: QPrinter, on_done: Callable[[int], None]
) -> Task:
    """Print the PDF ``data`` on ``printer`` in the thread pool, with a progress dialog
    (Annuleren stops after the page being painted); ``on_done`` gets the pages printed."""
    return run_task(
        parent, lambda: print_pages(data, printer), on_done, progress_title=tr("Afdrukken")
    )


def print_pages(data: bytes, printer: QPrinter) -> Iterator[Progress]:
    """Paint each page of the PDF ``data`` as an image onto ``printer``, page by page (in
    a worker thread); returns the number of pages printed."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise PrintFailed(tr("De brief kon niet worden gelezen."))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(
            tr(
                "De printer kon niet worden gestart. Controleer of hij aan staat en kies hem "
                "opnieuw."
            )
        )
    total, finished = document.pageCount(), False
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    try:
        for index in range(total):
            if index and not printer.newPage():
                raise PrintFailed(tr("De printer weigerde de pagina."))
            points = document.pagePointSize(index)
            image = document.render(
                index, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            )
            scale = min(paper.width() / image.width(), paper.height() / image.height())
            width, height = image.width() * scale, image.height() * scale
            target = QRectF(paper.x() + (paper.width() - width) / 2, paper.y(), width, height)
            painter.drawImage(target, image)
            yield Progress(tr("Pagina %d van %d") % (index + 1, total), index + 1, total)
        finished = True
    finally:
        if not finished:
            printer.abort()
        painter.end()
        buffer.close()
    return total
