"""A report (the aangifte summary, a person's data overview) as an editable Word file.

A compact letterhead on the first page, the title block, then the content; every page's
footer names the report and its reference and counts "pagina X van Y", so a printed page
that strays from the stack can still be traced.
"""

from __future__ import annotations

from docx.document import Document
from docx.shared import Mm, Pt

from reports.document import ReportDocument
from reports.docx_common import (
    add_blocks,
    add_letterhead,
    add_page_x_of_y,
    add_paragraph,
    add_text,
    set_core_properties,
    to_bytes,
)
from reports.docx_styles import META, PAGE_WIDTH, new_document, set_bottom_rule

LEFT = Mm(20)
RIGHT = Mm(20)
TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT


def render_report_docx(doc: ReportDocument) -> bytes:
    """The report as a .docx file: A4 portrait, Arial, Dutch, named Word styles."""
    word = new_document(
        left=LEFT,
        right=RIGHT,
        top=Mm(30),
        bottom=Mm(22),
        header_distance=Mm(10),
        footer_distance=Mm(10),
    )
    _headers_and_footers(word, doc)
    _title_block(word, doc)
    add_blocks(word, doc.blocks, text_width=TEXT_WIDTH, heading_style="Heading 1")
    set_core_properties(
        word,
        title=doc.title,
        author=doc.letterhead.school_name,
        subject=doc.subtitle or doc.title,
        key=doc.reference,
    )
    return to_bytes(word)


def _headers_and_footers(word: Document, doc: ReportDocument) -> None:
    section = word.sections[0]
    add_letterhead(
        section.first_page_header,
        doc.letterhead,
        text_width=TEXT_WIDTH,
        logo_height=Mm(12),
        compact=True,
    )
    running = section.header.paragraphs[0]
    marks = [doc.letterhead.school_name, "Vertrouwelijk" if doc.confidential else ""]
    add_text(running, "  ·  ".join(mark for mark in marks if mark))
    set_bottom_rule(running.paragraph_format)

    for footer in (section.first_page_footer, section.footer):
        line = footer.paragraphs[0]
        add_text(line, f"{doc.title} — kenmerk {doc.reference}\t")
        add_page_x_of_y(line)


def _title_block(word: Document, doc: ReportDocument) -> None:
    add_text(add_paragraph(word, "Title"), doc.title)
    if doc.subtitle:
        add_text(add_paragraph(word, "Subtitle"), doc.subtitle)
    lines = [f"Kenmerk {doc.reference}", doc.date_line]
    lines += [f"{key}: {value}" for key, value in doc.extra_meta.items()]
    last = None
    for line in lines:
        if line:
            last = add_paragraph(word, META)
            add_text(last, line)
    if doc.confidential:
        last = add_paragraph(word, META)
        add_text(last, "Vertrouwelijk", bold=True)
    if last is not None:
        set_bottom_rule(last.paragraph_format)
        last.paragraph_format.space_after = Pt(14)
