"""The canvas under both PDF renderers: it knows the page count when it draws the page
furniture, and it carries the document information (with a report's extra entries)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from reportlab.pdfbase.pdfdoc import PDFDate, PDFDictionary, PDFInfo, PDFName, PDFString
from reportlab.pdfgen.canvas import Canvas

Decorate = Callable[[Canvas, int, int], None]


class _Info(PDFInfo):
    """The document information dictionary, with the report's own extra entries."""

    extra: dict[str, str]

    def format(self, document: Any) -> bytes:
        date = PDFDate(ts=document._timeStamp, dateFormatter=self._dateFormatter)
        entries: dict[str, Any] = {
            "Title": PDFString(self.title),
            "Author": PDFString(self.author),
            "Subject": PDFString(self.subject),
            "Keywords": PDFString(self.keywords),
            "Creator": PDFString(self.creator),
            "Producer": PDFString(self.producer),
            "Trapped": PDFName(self.trapped),
            "CreationDate": date,
            "ModDate": date,
        }
        for key, value in self.extra.items():
            name = re.sub(r"[^A-Za-z0-9]", "", key)
            if name and name not in entries:
                entries[name] = PDFString(value)
        return PDFDictionary(entries).format(document)


class NumberedCanvas(Canvas):
    """Holds every page back until the end, so that each one can say "pagina N van M".

    ``decorate(canvas, page, pages)`` draws what is fixed on a page (letterhead, running
    header, footer) once the page count is known.
    """

    def __init__(
        self,
        *args: Any,
        decorate: Decorate,
        extra_info: dict[str, str] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._decorate = decorate
        self._pages: list[dict[str, Any]] = []
        if extra_info:
            info = _Info()
            info.extra = dict(extra_info)
            self._doc.info = info

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        count = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.saveState()
            self._decorate(self, number, count)
            self.restoreState()
            super().showPage()
        super().save()
