"""One letter or report in both formats at once: what the services store."""

from __future__ import annotations

from dataclasses import dataclass

from reports.document import LetterDocument, ReportDocument


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    docx: bytes
    pages: int


def render_letter(document: LetterDocument) -> Rendered:
    # imported here: reportlab and python-docx load only once a letter is actually made
    from reports.docx_render import render_letter_docx
    from reports.pdf_render import pdf_page_count, render_letter_pdf

    pdf = render_letter_pdf(document)
    return Rendered(pdf=pdf, docx=render_letter_docx(document), pages=pdf_page_count(pdf))


def render_report(document: ReportDocument) -> Rendered:
    from reports.docx_render import render_report_docx
    from reports.pdf_render import pdf_page_count, render_report_pdf

    pdf = render_report_pdf(document)
    return Rendered(pdf=pdf, docx=render_report_docx(document), pages=pdf_page_count(pdf))
