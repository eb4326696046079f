"""The PDF renderers, in one place to import from.

``render_letter_pdf`` (pdf_letter) lays a letter out for a window envelope;
``render_report_pdf`` (pdf_report) makes the aangifte summary and the data overview;
both print only in the embedded Noto Sans (fonts).
"""

from __future__ import annotations

import io

from pypdf import PdfReader

from reports.pdf_letter import render_letter_pdf
from reports.pdf_report import render_report_pdf

__all__ = ["pdf_page_count", "render_letter_pdf", "render_report_pdf"]


def pdf_page_count(data: bytes) -> int:
    """The number of pages of a PDF, e.g. to show next to a stored letter."""
    return len(PdfReader(io.BytesIO(data)).pages)
