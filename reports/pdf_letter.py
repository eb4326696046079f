"""A letter as an A4 PDF, laid out for a Dutch window envelope.

The address field follows DIN 5008 form B, the position Dutch C5/6 and EA5/6 envelopes
with the window on the left are made for: 20 mm from the left edge, 45 mm from the top,
85 x 45 mm, with a 5 mm line for remarks ("Aangetekend", "Vertrouwelijk") at its top.
"""

from __future__ import annotations

import io
from functools import partial

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepInFrame,
    KeepTogether,
    PageTemplate,
    Spacer,
)
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable

from reports.document import LetterDocument, Paragraph, Signer
from reports.fonts import BOLD, REGULAR
from reports.pdf_canvas import NumberedCanvas
from reports.pdf_common import (
    CREATOR,
    GREY,
    INK,
    MARK,
    RULE,
    Styles,
    blocks_flowables,
    fit_text,
    logo_reader,
    logo_size,
    plain,
    styles,
    table_style,
)

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 25 * mm
RIGHT = 20 * mm
BOTTOM = 25 * mm
TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT
# page 1: the text starts under the address field; later pages: under the running header
FIRST_TOP = 100 * mm
LATER_TOP = 24 * mm

LETTERHEAD_TOP = 10 * mm
LETTERHEAD_RULE = 38 * mm
LOGO_MAX_WIDTH = 50 * mm
LOGO_MAX_HEIGHT = 22 * mm

ADDRESS_LEFT = 20 * mm
ADDRESS_TOP = 45 * mm
ADDRESS_WIDTH = 85 * mm
ADDRESS_HEIGHT = 45 * mm
REMARKS_HEIGHT = 5 * mm
# the address text lines up with the body text, clear of the window's edge
ADDRESS_INDENT = LEFT - ADDRESS_LEFT

FOLD_MARKS = (105 * mm, 210 * mm)
PUNCH_MARK = 148.5 * mm

SIGNATURE_SPACE = 18 * mm
LABEL_DROP = (10 - 8) * 1.069  # font size difference times Noto Sans' ascent

_school_style = ParagraphStyle(
    "school", fontName=BOLD, fontSize=13, leading=16, alignment=TA_RIGHT, textColor=INK
)
_contact_style = ParagraphStyle(
    "contact", fontName=REGULAR, fontSize=8, leading=10.5, alignment=TA_RIGHT, textColor=GREY
)
_text_style = ParagraphStyle("text", fontName=REGULAR, fontSize=10, leading=13, textColor=INK)
_label_style = ParagraphStyle("label", fontName=REGULAR, fontSize=8, leading=13, textColor=GREY)
_signer_style = ParagraphStyle("signer", fontName=BOLD, fontSize=10, leading=13, textColor=INK)
_function_style = ParagraphStyle(
    "function", fontName=REGULAR, fontSize=9, leading=12, textColor=GREY
)


def _from_top(distance: float) -> float:
    return PAGE_HEIGHT - distance


def _draw_letterhead(canvas: Canvas, doc: LetterDocument) -> None:
    head = doc.letterhead
    text_left = LEFT
    if head.logo_png:
        reader = logo_reader(head.logo_png)
        width, height = logo_size(reader, LOGO_MAX_WIDTH, LOGO_MAX_HEIGHT)
        canvas.drawImage(
            reader, LEFT, _from_top(LETTERHEAD_TOP) - height, width, height, mask="auto"
        )
        text_left = LEFT + width + 10 * mm
    width = PAGE_WIDTH - RIGHT - text_left
    top = _from_top(LETTERHEAD_TOP)
    for text, style in (
        (plain(head.school_name), _school_style),
        ("<br/>".join(plain(line) for line in head.contact_lines), _contact_style),
    ):
        if not text:
            continue
        para = RLParagraph(text, style)
        _, height = para.wrapOn(canvas, width, PAGE_HEIGHT)
        para.drawOn(canvas, text_left, top - height)
        top -= height + 2
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(LEFT, _from_top(LETTERHEAD_RULE), PAGE_WIDTH - RIGHT, _from_top(LETTERHEAD_RULE))


def _draw_address(canvas: Canvas, doc: LetterDocument) -> None:
    x = ADDRESS_LEFT + ADDRESS_INDENT
    width = ADDRESS_WIDTH - ADDRESS_INDENT - 2 * mm
    remarks = [
        r for r, on in (("Aangetekend", doc.registered), ("Vertrouwelijk", doc.confidential)) if on
    ]
    if remarks:
        canvas.setFont(BOLD, 7)
        canvas.setFillColor(INK)
        canvas.drawString(x, _from_top(ADDRESS_TOP + 3.6 * mm), "   ·   ".join(remarks))
    lines = [RLParagraph(plain(line), _text_style) for line in doc.address_lines]
    if lines:
        top = ADDRESS_TOP + REMARKS_HEIGHT + 1 * mm
        height = ADDRESS_HEIGHT - REMARKS_HEIGHT - 1 * mm
        frame = Frame(
            x,
            _from_top(top) - height,
            width,
            height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        frame.addFromList([KeepInFrame(width, height, lines, mode="shrink")], canvas)


def _draw_marks(canvas: Canvas) -> None:
    canvas.setStrokeColor(MARK)
    canvas.setLineWidth(0.4)
    for distance in FOLD_MARKS:
        canvas.line(5 * mm, _from_top(distance), 9 * mm, _from_top(distance))
    canvas.line(5 * mm, _from_top(PUNCH_MARK), 11 * mm, _from_top(PUNCH_MARK))


def _first_page(canvas: Canvas, _template: BaseDocTemplate, *, doc: LetterDocument) -> None:
    # drawn before the body, so that text extraction and screen readers meet the
    # letterhead and the address first
    canvas.saveState()
    _draw_letterhead(canvas, doc)
    _draw_address(canvas, doc)
    _draw_marks(canvas)
    canvas.restoreState()


def _page_numbers(canvas: Canvas, page: int, pages: int, *, doc: LetterDocument) -> None:
    if pages == 1:
        return
    canvas.setFont(REGULAR, 7.5)
    canvas.setFillColor(GREY)
    if page == 1:
        canvas.drawRightString(PAGE_WIDTH - RIGHT, 12 * mm, f"pagina 1 van {pages}")
        return
    right = f"Kenmerk {doc.reference}   ·   pagina {page} van {pages}"
    right_width = canvas.stringWidth(right, REGULAR, 7.5)
    baseline = _from_top(13 * mm)
    school = fit_text(doc.letterhead.school_name, REGULAR, 7.5, TEXT_WIDTH - right_width - 8 * mm)
    canvas.drawString(LEFT, baseline, school)
    canvas.drawRightString(PAGE_WIDTH - RIGHT, baseline, right)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(LEFT, baseline - 2.5 * mm, PAGE_WIDTH - RIGHT, baseline - 2.5 * mm)


def _reference_block(doc: LetterDocument) -> list[Flowable]:
    rows = [
        [RLParagraph(label, _label_style), RLParagraph(plain(value), _text_style)]
        for label, value in (
            ("Datum", doc.place_date),
            ("Kenmerk", doc.reference),
            ("Onderwerp", doc.subject),
        )
        if value
    ]
    if not rows:
        return []
    table = RLTable(
        rows,
        colWidths=[24 * mm, TEXT_WIDTH - 24 * mm],
        hAlign="LEFT",
        style=table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                # the small labels share the first baseline of their 10 pt values
                ("TOPPADDING", (0, 0), (0, -1), LABEL_DROP),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        ),
    )
    return [table]


def _signatures(signers: tuple[Signer, ...]) -> RLTable:
    cells: list[list[Flowable] | str] = [
        [
            Spacer(1, SIGNATURE_SPACE),
            RLParagraph(plain(signer.name), _signer_style),
            RLParagraph(plain(signer.function), _function_style),
        ]
        for signer in signers
    ]
    columns = min(2, len(cells))
    if len(cells) % columns:
        cells.append("")
    rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    return RLTable(
        rows,
        colWidths=[TEXT_WIDTH / 2] * columns,
        hAlign="LEFT",
        style=table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm),
            ]
        ),
    )


def _story(doc: LetterDocument, st: Styles) -> list[Flowable]:
    story: list[Flowable] = [*_reference_block(doc), Spacer(1, 8 * mm)]
    blocks = list(doc.blocks)
    # the closing line ("Met vriendelijke groet,") and the signatures stay on one page; a
    # closing table or list would drag too much along and may split as it likes
    closing = blocks.pop() if doc.signers and blocks and isinstance(blocks[-1], Paragraph) else None
    story.extend(blocks_flowables(blocks, st, TEXT_WIDTH))
    if doc.signers:
        kept = blocks_flowables((closing,), st, TEXT_WIDTH) if closing else []
        story.append(KeepTogether([*kept, _signatures(doc.signers)]))
    return story


def render_letter_pdf(doc: LetterDocument) -> bytes:
    """The letter as PDF bytes."""
    st = styles()
    buffer = io.BytesIO()
    template = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=LATER_TOP,
        bottomMargin=BOTTOM,
        title=doc.title or doc.subject,
        author=doc.letterhead.school_name,
        subject=doc.subject,
        creator=CREATOR,
        lang="nl-NL",
        initialFontName=REGULAR,
        initialFontSize=10,
        initialLeading=14,
    )
    padding = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
    first = Frame(LEFT, BOTTOM, TEXT_WIDTH, PAGE_HEIGHT - FIRST_TOP - BOTTOM, **padding)
    later = Frame(LEFT, BOTTOM, TEXT_WIDTH, PAGE_HEIGHT - LATER_TOP - BOTTOM, **padding)
    template.addPageTemplates(
        [
            PageTemplate(
                "first",
                frames=[first],
                onPage=partial(_first_page, doc=doc),
                autoNextPageTemplate="later",
            ),
            PageTemplate("later", frames=[later]),
        ]
    )
    template.build(
        _story(doc, st),
        canvasmaker=partial(NumberedCanvas, decorate=partial(_page_numbers, doc=doc)),
    )
    return buffer.getvalue()
