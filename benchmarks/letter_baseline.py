"""The bare documents the "letters" group compares with: the text of a composed letter,
without the letter's layout.

A bare PDF is a reportlab ``SimpleDocTemplate`` on A4 with the letter's margins, every
piece of the letter's text (letterhead, address, reference lines, body blocks, signers) as
one platypus ``Paragraph`` in the same embedded Noto Sans at the same sizes, the school's
logo (when it has one) as a platypus ``Image`` of the same PNG at the letter's logo size,
and the default canvas: no page templates, no drawn letterhead or fold marks, no "pagina N
van M". A room on the first page stands in for the address window, so the text starts where
the letter's body starts and the page count comes out the same (the measurements check
that).

A bare DOCX is python-docx's default document with the same texts as paragraphs (bold for
the names and headings), the logo as a picture, and nothing else.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.shared import Mm
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import DocIf, Flowable, Image, PageBreak, SimpleDocTemplate, Spacer
from reportlab.platypus import Paragraph as RLParagraph

from reports.document import Bullets, Heading, LetterDocument, Paragraph, Table
from reports.fonts import BOLD, REGULAR, register_fonts

# the letter's page geometry (reports.pdf_letter)
LEFT, RIGHT, TOP, BOTTOM = 25 * mm, 20 * mm, 24 * mm, 25 * mm
FIRST_TOP = 100 * mm  # where the body starts on page 1, under the address window
SIGNATURE_SPACE = 18 * mm
LOGO_WIDTH, LOGO_HEIGHT = 50 * mm, 22 * mm  # the largest logo, as in the letter
DOCX_LOGO_HEIGHT = Mm(18)

Text = tuple[str, str]  # (kind, text); kind is one of the style names below

STYLES = {
    "school": ParagraphStyle("school", fontName=BOLD, fontSize=13, leading=16),
    "small": ParagraphStyle("small", fontName=REGULAR, fontSize=8, leading=10.5),
    "line": ParagraphStyle("line", fontName=REGULAR, fontSize=10, leading=13),
    "body": ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=14, spaceAfter=6),
    "heading": ParagraphStyle(
        "heading", fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=10, spaceAfter=4
    ),
    "item": ParagraphStyle(
        "item", fontName=REGULAR, fontSize=10, leading=14, leftIndent=14, spaceAfter=2
    ),
    "signer": ParagraphStyle(
        "signer", fontName=BOLD, fontSize=10, leading=13, spaceBefore=SIGNATURE_SPACE
    ),
}


def letter_texts(doc: LetterDocument) -> tuple[list[Text], list[Text]]:
    """The letter's text: what stands above the body on page 1, and the body onwards."""
    head = [("school", doc.letterhead.school_name)]
    head += [("small", line) for line in doc.letterhead.contact_lines]
    remarks = [
        r for r, on in (("Aangetekend", doc.registered), ("Vertrouwelijk", doc.confidential)) if on
    ]
    head += [("small", "   ·   ".join(remarks))] if remarks else []
    head += [("line", line) for line in doc.address_lines]
    body = [
        ("line", f"{label}  {value}")
        for label, value in (
            ("Datum", doc.place_date),
            ("Kenmerk", doc.reference),
            ("Onderwerp", doc.subject),
        )
        if value
    ]
    for block in doc.blocks:
        if isinstance(block, Heading):
            body.append(("heading", block.text))
        elif isinstance(block, Paragraph):
            body.append(("body", block.text))
        elif isinstance(block, Bullets):
            body += [("item", f"• {item}") for item in block.items]
        elif isinstance(block, Table):
            body += [("line", " | ".join(row)) for row in (block.header, *block.rows) if row]
    for signer in doc.signers:
        body += [("signer", signer.name), ("small", signer.function)]
    return head, body


def count_texts(doc: LetterDocument) -> tuple[int, int]:
    """How many paragraphs and characters the bare documents hold for this letter."""
    head, body = letter_texts(doc)
    return len(head) + len(body), sum(len(text) for _kind, text in head + body)


def _markup(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def _story(doc: LetterDocument) -> list[Flowable]:
    head, body = letter_texts(doc)
    story: list[Flowable] = []
    if doc.letterhead.logo_png:
        logo = io.BytesIO(doc.letterhead.logo_png)
        story.append(Image(logo, LOGO_WIDTH, LOGO_HEIGHT, kind="bound", mask="auto", hAlign="LEFT"))
    story += [RLParagraph(_markup(text), STYLES[kind]) for kind, text in head]
    width = A4[0] - LEFT - RIGHT
    above = sum(flowable.wrap(width, A4[1])[1] for flowable in story)
    story.append(Spacer(1, max(0.0, FIRST_TOP - TOP - above)))
    story += [RLParagraph(_markup(text), STYLES[kind]) for kind, text in body]
    return story


def bare_pdf(docs: Sequence[LetterDocument], out: Path | io.BytesIO, *, duplex: bool) -> int:
    """The letters one after another in one bare reportlab document; returns its pages.

    Each letter starts on a new page; with ``duplex`` a letter that ends on an odd page
    gets a blank back page, as ``print_batch`` does."""
    register_fonts()
    story: list[Flowable] = []
    for number, doc in enumerate(docs):
        if number:
            story.append(PageBreak())
            if duplex:  # the previous letter ended on an odd page: leave its back blank
                story.append(DocIf("doc.page % 2 == 0", [PageBreak()]))
        story += _story(doc)
    if duplex:  # the last one too (a page with nothing on it at all is left out)
        story.append(DocIf("doc.page % 2 == 1", [PageBreak(), Spacer(1, 0)]))
    template = SimpleDocTemplate(
        out if isinstance(out, io.BytesIO) else str(out),
        pagesize=A4,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=TOP,
        bottomMargin=BOTTOM,
    )
    template.build(story)
    return int(template.page)


def bare_letter_pdf(doc: LetterDocument) -> tuple[bytes, int]:
    buffer = io.BytesIO()
    pages = bare_pdf([doc], buffer, duplex=False)
    return buffer.getvalue(), pages


def bare_letter_docx(doc: LetterDocument) -> bytes:
    head, body = letter_texts(doc)
    word = docx.Document()
    if doc.letterhead.logo_png:
        word.add_picture(io.BytesIO(doc.letterhead.logo_png), height=DOCX_LOGO_HEIGHT)
    for kind, text in head + body:
        word.add_paragraph().add_run(text).bold = kind in {"school", "heading", "signer"}
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()
