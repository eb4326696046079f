"""What the PDF letter and the PDF report share: styles, blocks as flowables, the logo.

Everything printed goes through ``plain`` first: document text is plain text, never
reportlab mini-markup, so a name with ``&`` or ``<`` prints as typed.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from PIL import Image as PILImage
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Spacer, TableStyle
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable

from reports.document import Block, Bullets, Heading, Paragraph, Table
from reports.fonts import BOLD, REGULAR, register_fonts

INK = colors.HexColor("#1a1a1a")
GREY = colors.HexColor("#5f6368")
RULE = colors.HexColor("#b5b9bd")
MARK = colors.HexColor("#a0a0a0")
HEADER_FILL = colors.HexColor("#eef0f2")

CREATOR = "casemanager"

HEADING_ROOM = 22 * mm
# 300 dpi for the largest logo box (50 x 22 mm); anything finer is lost on paper
LOGO_MAX_PIXELS = (600, 300)
CELL_PADDING = 4
# longer "words" (hashes, URLs, file names) are broken anywhere; shorter ones keep whole
SHORT_WORD = 16

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def plain(text: str) -> str:
    """Plain text as paragraph markup: escaped, with ``"\\n"`` as a line break."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return escape(_CONTROL.sub("", text)).replace("\n", "<br/>")


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    heading: ParagraphStyle
    bullet: ParagraphStyle
    cell: ParagraphStyle
    cell_header: ParagraphStyle
    small: ParagraphStyle
    small_bold: ParagraphStyle


def _style(name: str, font: str, size: float, leading: float, **kw: Any) -> ParagraphStyle:
    kw.setdefault("textColor", INK)
    return ParagraphStyle(
        name,
        fontName=font,
        fontSize=size,
        leading=leading,
        bulletFontName=REGULAR,
        alignment=TA_LEFT,
        # a hash or URL longer than its cell is broken between characters
        splitLongWords=1,
        **kw,
    )


@lru_cache(maxsize=2)
def styles(cell_size: float = 9.0) -> Styles:
    """The paragraph styles; ``cell_size`` is the table text size (smaller in reports)."""
    register_fonts()
    cell_leading = round(cell_size * 1.3, 1)
    return Styles(
        body=_style("body", REGULAR, 10, 14, spaceAfter=6),
        heading=_style("heading", BOLD, 10.5, 14, spaceBefore=10, spaceAfter=4),
        bullet=_style("bullet", REGULAR, 10, 14, leftIndent=14, bulletIndent=3, spaceAfter=2),
        cell=_style("cell", REGULAR, cell_size, cell_leading),
        cell_header=_style("cell_header", BOLD, cell_size, cell_leading),
        small=_style("small", REGULAR, 8, 10.5, textColor=GREY),
        small_bold=_style("small_bold", BOLD, 8, 10.5),
    )


def block_flowables(block: Block, st: Styles, width: float) -> list[Flowable]:
    """One content block as flowables for a frame ``width`` points wide."""
    if isinstance(block, Heading):
        # a heading never ends a page: it moves over when its first lines would not fit
        return [CondPageBreak(HEADING_ROOM), RLParagraph(plain(block.text), st.heading)]
    if isinstance(block, Paragraph):
        return [RLParagraph(plain(block.text), st.body)]
    if isinstance(block, Bullets):
        items: list[Flowable] = [
            RLParagraph(plain(item), st.bullet, bulletText="•") for item in block.items
        ]
        if items:
            items.append(Spacer(1, st.body.spaceAfter))
        return items
    return [_table(block, st, width), Spacer(1, 8)]


def _table(block: Table, st: Styles, width: float) -> RLTable:
    columns = max(len(block.header), *(len(row) for row in block.rows), 1)
    rows: list[list[Flowable]] = []
    if block.header:
        header = [*block.header, *[""] * (columns - len(block.header))]
        rows.append([RLParagraph(plain(text), st.cell_header) for text in header])
    for row in block.rows:
        cells = [*row, *[""] * (columns - len(row))]
        rows.append([RLParagraph(plain(text), st.cell) for text in cells])
    if not rows:
        rows.append([RLParagraph("", st.cell)] * columns)

    relative = block.widths if len(block.widths) == columns and sum(block.widths) > 0 else ()
    texts = [[*block.header, *[""] * (columns - len(block.header))]] if block.header else []
    texts += [[*row, *[""] * (columns - len(row))] for row in block.rows]
    needed = [
        2 * CELL_PADDING
        + max(
            (
                stringWidth(word, st.cell_header.fontName, st.cell.fontSize)
                for row in texts
                for word in row[column].split()
                if len(word) <= SHORT_WORD
            ),
            default=0.0,
        )
        for column in range(columns)
    ]
    col_widths = column_widths(relative or (1.0,) * columns, needed, width)

    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if block.header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
    return RLTable(
        rows,
        colWidths=col_widths,
        repeatRows=1 if block.header else 0,
        style=table_style(commands),
        hAlign="LEFT",
    )


def column_widths(relative: Sequence[float], needed: Sequence[float], width: float) -> list[float]:
    """Widths in proportion to ``relative``, but no narrower than ``needed`` (so that an
    ordinary word is not broken in two) where the total width allows it."""
    total = sum(relative)
    widths = [width * r / total for r in relative]
    if sum(needed) > width:
        return widths
    fixed: set[int] = set()
    while short := [i for i, w in enumerate(widths) if i not in fixed and w < needed[i]]:
        fixed.update(short)
        free = [i for i in range(len(widths)) if i not in fixed]
        if not free:
            spare = (width - sum(needed)) / len(needed)
            return [n + spare for n in needed]
        rest = width - sum(needed[i] for i in fixed)
        free_total = sum(relative[i] for i in free)
        widths = [
            needed[i] if i in fixed else rest * relative[i] / free_total for i in range(len(widths))
        ]
    return widths


def table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """A table style whose cell font is ours: reportlab sets the cell font even for cells
    that hold paragraphs, and its default is Helvetica."""
    return TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 9), *commands])


def blocks_flowables(blocks: Iterable[Block], st: Styles, width: float) -> list[Flowable]:
    return [f for block in blocks for f in block_flowables(block, st, width)]


@lru_cache(maxsize=8)
def logo_reader(png: bytes) -> ImageReader:
    """The decoded logo, kept so that a run of letters decodes it once.

    A large logo is scaled down to print resolution first: every PDF carries its own
    compressed copy, and compressing megapixels costs more than the rest of a letter.
    """
    image = PILImage.open(io.BytesIO(png))
    image.load()
    image.thumbnail(LOGO_MAX_PIXELS, PILImage.Resampling.LANCZOS)
    reader = ImageReader(image)
    reader.getRGBData()  # decode now, inside the cache, not on every page
    return reader


def logo_size(reader: ImageReader, max_width: float, max_height: float) -> tuple[float, float]:
    """The logo's size in points, as large as fits the box, aspect ratio kept."""
    px_width, px_height = reader.getSize()
    scale = min(max_width / px_width, max_height / px_height)
    return px_width * scale, px_height * scale


class Logo(Flowable):
    def __init__(self, png: bytes, max_width: float, max_height: float) -> None:
        super().__init__()
        self.reader = logo_reader(png)
        self.width, self.height = logo_size(self.reader, max_width, max_height)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.drawImage(self.reader, 0, 0, self.width, self.height, mask="auto")


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis so that it fits ``width`` points."""
    text = " ".join(text.split())
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
