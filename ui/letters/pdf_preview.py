"""A letter's PDF on screen as its addressee will see it: the pages under each other, as
wide as the view. Shared by the letters dialog of a case and the administration's print
queue; both hand it the stored PDF as bytes (read through ``letter_file``, which audits)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QWidget

PAGE_SPACING = 12


class PdfPreview(QPdfView):
    """A ``QPdfView`` with its own document, fed from bytes in memory (never a file).

    The document (and the buffer it reads) belongs to ``owner``, the dialog or page around
    the view, never to the view itself: a document deleted as the view's child closes
    itself and signals the view whose own part is already gone (a crash in Qt 6.11)."""

    def __init__(
        self, owner: QObject, parent: QWidget | None = None, *, name: str = "letterPreview"
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._owner = owner
        self._document = QPdfDocument(owner)
        self._buffer: QBuffer | None = None  # the document reads from it: keep it alive
        self.setDocument(self._document)
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.setPageSpacing(PAGE_SPACING)

    @property
    def pdf(self) -> QPdfDocument:
        """The document shown (the same object as ``document()``)."""
        return self._document

    def show_pdf(self, data: bytes) -> int:
        """Show the PDF ``data`` from its first page; returns its number of pages."""
        buffer = QBuffer(self._owner)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._document.load(buffer)
        self._drop_buffer()
        self._buffer = buffer
        return self._document.pageCount()

    def clear(self) -> None:
        """Show nothing (and let go of the letter's bytes)."""
        self._document.close()
        self._drop_buffer()

    def _drop_buffer(self) -> None:
        old, self._buffer = self._buffer, None
        if old is not None:
            old.close()
            old.deleteLater()
