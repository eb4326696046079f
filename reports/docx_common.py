"""What letters and reports share in Word: plain text runs, page fields, blocks, letterhead.

All text goes in as run text, which python-docx escapes: nothing a user typed is ever read
as markup or as a field code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from io import BytesIO

from docx.document import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.image.image import Image
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import _Header
from docx.shared import Length, Mm, Pt
from docx.table import Table as DocxTable
from docx.table import _Cell, _Row
from docx.text.paragraph import Paragraph as DocxParagraph

from reports.document import Block, Bullets, Heading, Letterhead, Paragraph, Table
from reports.docx_styles import (
    HEADER_FILL,
    LANGUAGE,
    SCHOOL_NAME,
    STYLE_IDS,
    TABLE_HEAD,
    TABLE_TEXT,
)

# characters XML 1.0 cannot carry; lxml refuses them outright
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
SHORT_ROW = 600  # characters
_AFTER_SHD = ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark")


def clean(text: str) -> str:
    """Text as Word can store it, with every line ending a plain ``"\\n"``."""
    return _NOT_XML.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def set_style(paragraph: DocxParagraph, style: str) -> None:
    paragraph._p.style = STYLE_IDS[style]


def add_paragraph(container: Document | _Cell | _Header, style: str = "") -> DocxParagraph:
    """A new paragraph at the end of ``container``, in ``style`` (Normal when empty)."""
    paragraph = container.add_paragraph()
    if style:
        set_style(paragraph, style)
    return paragraph


def add_text(paragraph: DocxParagraph, text: str, *, bold: bool | None = None) -> None:
    """One run; each ``"\\n"`` becomes a line break (w:br) inside the same paragraph."""
    run = paragraph.add_run()
    for number, line in enumerate(clean(text).split("\n")):
        if number:
            run.add_break()
        for position, piece in enumerate(line.split("\t")):
            if position:
                run.add_tab()
            if piece:
                run.add_text(piece)
    if bold is not None:
        run.bold = bold


def add_field(paragraph: DocxParagraph, instruction: str, shown: str = "1") -> None:
    """A complex field (PAGE, NUMPAGES) that Word and LibreOffice recalculate on layout."""

    def field_char(kind: str) -> None:
        char = OxmlElement("w:fldChar")
        char.set(qn("w:fldCharType"), kind)
        paragraph.add_run()._r.append(char)

    field_char("begin")
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    paragraph.add_run()._r.append(code)
    field_char("separate")
    paragraph.add_run(shown)
    field_char("end")


def add_page_x_of_y(paragraph: DocxParagraph) -> None:
    paragraph.add_run("pagina ")
    add_field(paragraph, "PAGE")
    paragraph.add_run(" van ")
    add_field(paragraph, "NUMPAGES")


def set_core_properties(doc: Document, *, title: str, author: str, subject: str, key: str) -> None:
    props = doc.core_properties
    props.title = clean(title)
    props.author = clean(author)
    props.last_modified_by = clean(author)
    props.subject = clean(subject)
    props.keywords = clean(key)
    props.comments = ""
    props.language = LANGUAGE
    props.revision = 1
    now = datetime.now(UTC).replace(microsecond=0)
    props.created = props.modified = now


def to_bytes(doc: Document) -> bytes:
    buffer = BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _mark_row(row: _Row, tag: str) -> None:
    trPr = row._tr.get_or_add_trPr()
    if trPr.find(qn(tag)) is None:
        element = OxmlElement(tag)
        if tag == "w:cantSplit":
            trPr.insert_element_before(element, "w:trHeight", "w:tblHeader", "w:tblCellSpacing")
        else:
            trPr.insert_element_before(element, "w:tblCellSpacing", "w:jc", "w:hidden")


def fixed_widths(table: DocxTable, widths: Sequence[int]) -> None:
    """Fixed layout with explicit widths: long hashes and URLs wrap inside their cell."""
    table.autofit = False
    tblPr = table._tbl.tblPr
    tblW = tblPr.find(qn("w:tblW"))
    if tblW is not None:
        tblW.set(qn("w:type"), "dxa")
        tblW.set(qn("w:w"), str(sum(Length(w).twips for w in widths)))
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Length(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Length(width)


def column_widths(total: int, count: int, relative: Sequence[float] = ()) -> list[int]:
    """Widths in EMU that add up to exactly ``total``; equal unless ``relative`` fits."""
    if len(relative) != count or any(w <= 0 for w in relative):
        relative = [1.0] * count
    scale = sum(relative)
    widths = [int(total * w / scale) for w in relative[:-1]]
    return [*widths, total - sum(widths)]


def add_table(doc: Document, block: Table, text_width: int) -> DocxTable | None:
    """A "Table Grid" table with a shaded bold header row that repeats on every page."""
    if not block.header and not block.rows:
        return None  # Word refuses a table without rows
    count = max([len(block.header), *(len(row) for row in block.rows), 1])
    has_header = bool(block.header)
    table = doc.add_table(rows=1 if has_header else 0, cols=count)
    table._tbl.tblStyle_val = STYLE_IDS["Table Grid"]
    widths = column_widths(text_width, count, block.widths)
    fixed_widths(table, widths)
    if has_header:
        header_row = table.rows[0]
        _mark_row(header_row, "w:cantSplit")
        _mark_row(header_row, "w:tblHeader")
        _fill_row(header_row, block.header, TABLE_HEAD, shaded=True)
    for values in block.rows:
        row = table.add_row()
        _fill_row(row, values, TABLE_TEXT, shaded=False)
        # A row of a few lines stays on one page, so a hash is never cut in two; a row
        # taller than a page must be free to break.
        if sum(len(value) for value in values) <= SHORT_ROW:
            keep_row_together(row)
    return table


def _fill_row(row: _Row, values: Sequence[str], style: str, *, shaded: bool) -> None:
    for position, cell in enumerate(row.cells):
        paragraph = cell.paragraphs[0]
        set_style(paragraph, style)
        if position < len(values):
            add_text(paragraph, values[position])
        if shaded:
            tcPr = cell._tc.get_or_add_tcPr()
            shd = OxmlElement("w:shd")
            for attr, value in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", HEADER_FILL)):
                shd.set(qn(attr), value)
            tcPr.insert_element_before(shd, *_AFTER_SHD)


def add_blocks(
    doc: Document, blocks: Iterable[Block], *, text_width: int, heading_style: str
) -> DocxParagraph | None:
    """The content blocks in order; returns the last paragraph written, if a paragraph."""
    previous: Block | None = None
    written: list[DocxParagraph] = []
    for block in blocks:
        written = []
        if isinstance(block, Table):
            if isinstance(previous, Table):
                # Word glues two adjacent tables into one; a small paragraph keeps them apart.
                add_paragraph(doc, TABLE_TEXT)
            add_table(doc, block, text_width)
        elif isinstance(block, Heading):
            written = [add_paragraph(doc, heading_style)]
            add_text(written[0], block.text)
        elif isinstance(block, Paragraph):
            written = [add_paragraph(doc)]
            add_text(written[0], block.text)
        elif isinstance(block, Bullets):
            written = [add_paragraph(doc, "List Bullet") for _ in block.items]
            for paragraph, item in zip(written, block.items, strict=True):
                add_text(paragraph, item)
        if written and isinstance(previous, Table) and not isinstance(block, Heading):
            written[0].paragraph_format.space_before = Pt(8)
        previous = block
    return written[-1] if written else None


def borderless_table(container: _Header | Document, widths: Sequence[int]) -> DocxTable:
    """A layout table without borders or cell padding, one row, fixed column widths."""
    if isinstance(container, Document):
        table = container.add_table(rows=1, cols=len(widths))
    else:
        table = container.add_table(rows=1, cols=len(widths), width=Length(sum(widths)))
    no_padding(table._tbl.tblPr)
    fixed_widths(table, widths)
    for cell in table.rows[0].cells:
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
    return table


def no_padding(tblPr: BaseOxmlElement) -> None:
    margins = OxmlElement("w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), "0")
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    tblPr.insert_element_before(margins, "w:tblLook", "w:tblCaption", "w:tblDescription")


def exact_height(row: _Row, height: Length) -> None:
    row.height = height
    row.height_rule = WD_ROW_HEIGHT_RULE.EXACTLY
    keep_row_together(row)


def keep_row_together(row: _Row) -> None:
    _mark_row(row, "w:cantSplit")


def add_letterhead(
    header: _Header,
    letterhead: Letterhead,
    *,
    text_width: int,
    logo_height: Length,
    compact: bool = False,
) -> None:
    """Logo on the left, the school's name and contact lines right-aligned beside it.

    ``compact`` runs the contact lines together on one line, for reports.
    """
    logo_width = Mm(70)
    table = borderless_table(header, [logo_width, text_width - logo_width])
    # a header must end in a paragraph: the template's empty one moves under the table
    trailing = header.paragraphs[0]
    trailing._p.addprevious(table._tbl)
    trailing.paragraph_format.line_spacing = Pt(2)
    logo_cell, text_cell = table.rows[0].cells
    if letterhead.logo_png:
        _add_logo(logo_cell.paragraphs[0], letterhead.logo_png, logo_width, logo_height)
    name = text_cell.paragraphs[0]
    set_style(name, SCHOOL_NAME)
    name.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_text(name, letterhead.school_name)
    if letterhead.contact_lines:
        contact = add_paragraph(text_cell, "Header")
        contact.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        add_text(contact, ("  ·  " if compact else "\n").join(letterhead.contact_lines))


def _add_logo(paragraph: DocxParagraph, png: bytes, max_width: Length, height: Length) -> None:
    """The logo at ``height``, or narrower than ``max_width`` when it is a wide one."""
    image = Image.from_blob(png)
    run = paragraph.add_run()
    if height * image.width > max_width * image.height:
        picture = run.add_picture(BytesIO(png), width=max_width)
    else:
        picture = run.add_picture(BytesIO(png), height=height)
    # Without explicit distances LibreOffice keeps Word's 3.2 mm float margin beside it.
    for side in ("distT", "distB", "distL", "distR"):
        picture._inline.set(side, "0")
