"""A report (the aangifte summary, a person's data overview) as an A4 PDF."""

from __future__ import annotations

import io
from functools import partial

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, HRFlowable, PageTemplate, Spacer
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable

from reports.document import Letterhead, ReportDocument
from reports.fonts import BOLD, REGULAR
from reports.pdf_canvas import NumberedCanvas
from reports.pdf_common import (
    CREATOR,
    GREY,
    INK,
    RULE,
    Logo,
    blocks_flowables,
    fit_text,
    plain,
    styles,
    table_style,
)

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = RIGHT = 20 * mm
TOP = 15 * mm
BOTTOM = 20 * mm
TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT
FOOTER_BASELINE = 11 * mm
CELL_SIZE = 8.0

_school_style = ParagraphStyle(
    "report_school", fontName=BOLD, fontSize=11, leading=14, alignment=TA_RIGHT, textColor=INK
)
_contact_style = ParagraphStyle(
    "report_contact",
    fontName=REGULAR,
    fontSize=7.5,
    leading=9.5,
    alignment=TA_RIGHT,
    textColor=GREY,
)
_title_style = ParagraphStyle(
    "report_title", fontName=BOLD, fontSize=16, leading=20, textColor=INK, spaceAfter=2
)
_subtitle_style = ParagraphStyle(
    "report_subtitle", fontName=REGULAR, fontSize=11, leading=15, textColor=INK, spaceAfter=2
)
_meta_style = ParagraphStyle(
    "report_meta", fontName=REGULAR, fontSize=8.5, leading=12, textColor=GREY
)
_confidential_style = ParagraphStyle(
    "report_confidential", fontName=BOLD, fontSize=8.5, leading=12, textColor=INK
)


def _letterhead(head: Letterhead) -> list[Flowable]:
    contact = "  ·  ".join(plain(line) for line in head.contact_lines)
    text: list[Flowable] = [RLParagraph(plain(head.school_name), _school_style)]
    if contact:
        text.append(RLParagraph(contact, _contact_style))
    cells: list[list[Flowable] | str] = [text]
    widths = [TEXT_WIDTH]
    if head.logo_png:
        logo = Logo(head.logo_png, 40 * mm, 15 * mm)
        cells.insert(0, [logo])
        widths = [logo.width + 6 * mm, TEXT_WIDTH - logo.width - 6 * mm]
    table = RLTable(
        [cells],
        colWidths=widths,
        hAlign="LEFT",
        style=table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    return [table, Spacer(1, 3 * mm), HRFlowable(width="100%", thickness=0.5, color=RULE)]


def _story(doc: ReportDocument) -> list[Flowable]:
    story = [*_letterhead(doc.letterhead), Spacer(1, 8 * mm)]
    story.append(RLParagraph(plain(doc.title), _title_style))
    if doc.subtitle:
        story.append(RLParagraph(plain(doc.subtitle), _subtitle_style))
    story.append(Spacer(1, 2 * mm))
    if doc.reference:
        story.append(RLParagraph(plain(f"Kenmerk {doc.reference}"), _meta_style))
    if doc.date_line:
        story.append(RLParagraph(plain(doc.date_line), _meta_style))
    if doc.confidential:
        story.append(RLParagraph("Vertrouwelijk", _confidential_style))
    story.append(Spacer(1, 7 * mm))
    story.extend(blocks_flowables(doc.blocks, styles(CELL_SIZE), TEXT_WIDTH))
    return story


def _decorate(canvas: Canvas, page: int, pages: int, *, doc: ReportDocument) -> None:
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    rule = FOOTER_BASELINE + 3.5 * mm
    canvas.line(LEFT, rule, PAGE_WIDTH - RIGHT, rule)
    canvas.setFont(REGULAR, 7.5)
    canvas.setFillColor(GREY)
    right = f"pagina {page} van {pages}"
    canvas.drawRightString(PAGE_WIDTH - RIGHT, FOOTER_BASELINE, right)
    left = f"{doc.title} — kenmerk {doc.reference}" if doc.reference else doc.title
    room = TEXT_WIDTH - canvas.stringWidth(right, REGULAR, 7.5) - 10 * mm
    canvas.drawString(LEFT, FOOTER_BASELINE, fit_text(left, REGULAR, 7.5, room))


def render_report_pdf(doc: ReportDocument) -> bytes:
    """The report as PDF bytes; ``extra_meta`` goes into the document information."""
    styles(CELL_SIZE)  # registers the fonts before the canvas needs them
    buffer = io.BytesIO()
    template = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=doc.title,
        author=doc.letterhead.school_name,
        subject=doc.subtitle or doc.title,
        creator=CREATOR,
        lang="nl-NL",
        initialFontName=REGULAR,
        initialFontSize=10,
        initialLeading=14,
    )
    frame = Frame(
        LEFT,
        BOTTOM,
        TEXT_WIDTH,
        PAGE_HEIGHT - TOP - BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    template.addPageTemplates([PageTemplate("page", frames=[frame])])
    canvasmaker = partial(
        NumberedCanvas, decorate=partial(_decorate, doc=doc), extra_info=doc.extra_meta
    )
    template.build(_story(doc), canvasmaker=canvasmaker)
    return buffer.getvalue()
