"""A letter as an editable Word file: letterhead, window-envelope address, body, signatures.

The address sits where DIN 5008 form B puts it (20 mm from the left edge, 45 mm from the
top, a field of 85 × 45 mm), which fits the Dutch window envelopes with the window on the
left. It is a borderless one-row table with an exact row height: Word and LibreOffice both
honour that, so a long address can never push the reference block or the body around.

Page numbers: every page says "pagina X van Y" — page 1 in its footer, later pages in the
header next to the school's name and the reference. A one-page letter thus reads
"pagina 1 van 1", which is deliberate: a recipient can always tell whether a page is missing.
"""

from __future__ import annotations

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Length, Mm, Pt

from reports.document import LetterDocument, Signer
from reports.docx_common import (
    add_blocks,
    add_letterhead,
    add_page_x_of_y,
    add_paragraph,
    add_text,
    borderless_table,
    exact_height,
    keep_row_together,
    set_core_properties,
    set_style,
    to_bytes,
)
from reports.docx_styles import (
    ADDRESS,
    ADDRESS_NOTE,
    LABEL,
    PAGE_WIDTH,
    REFERENCE,
    SIGNATURE,
    STYLE_IDS,
    new_document,
    set_bottom_rule,
)

LEFT = Mm(25)
RIGHT = Mm(20)
TOP = Mm(36)
TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT
# DIN 5008 form B address field; the text starts 5 mm inside the window, at the margin
ADDRESS_TOP = Mm(45)
ADDRESS_HEIGHT = Mm(45)
ADDRESS_WIDTH = Mm(80)
SIGNATURE_SPACE = Mm(16)


def render_letter_docx(doc: LetterDocument) -> bytes:
    """The letter as a .docx file: A4, Arial, Dutch, named Word styles throughout."""
    word = new_document(
        left=LEFT,
        right=RIGHT,
        top=TOP,
        bottom=Mm(22),
        header_distance=Mm(10),
        footer_distance=Mm(10),
    )
    _headers_and_footers(word, doc)
    _address(word, doc)
    _reference_block(word, doc)
    last = add_blocks(word, doc.blocks, text_width=TEXT_WIDTH, heading_style="Heading 2")
    if doc.signers:
        if last is not None:
            # the closing line ("Met vriendelijke groet,") stays with the signatures
            last.paragraph_format.keep_with_next = True
        _signatures(word, doc.signers)
    set_core_properties(
        word,
        title=doc.title or doc.subject,
        author=doc.letterhead.school_name,
        subject=doc.subject,
        key=doc.reference,
    )
    return to_bytes(word)


def _headers_and_footers(word: Document, doc: LetterDocument) -> None:
    section = word.sections[0]
    add_letterhead(
        section.first_page_header,
        doc.letterhead,
        text_width=TEXT_WIDTH,
        logo_height=Mm(18),
    )
    first_footer = section.first_page_footer.paragraphs[0]
    first_footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_page_x_of_y(first_footer)

    running = section.header.paragraphs[0]
    add_text(running, f"{doc.letterhead.school_name}  ·  Kenmerk {doc.reference}\t")
    add_page_x_of_y(running)
    set_bottom_rule(running.paragraph_format)


def _address(word: Document, doc: LetterDocument) -> None:
    table = borderless_table(word, [ADDRESS_WIDTH])
    row = table.rows[0]
    # the body starts at the top margin; the row reaches down to the bottom of the window
    exact_height(row, Length(ADDRESS_TOP - TOP + ADDRESS_HEIGHT))
    notes = [
        note
        for note, wanted in (("Aangetekend", doc.registered), ("Vertrouwelijk", doc.confidential))
        if wanted
    ]
    lines = [(ADDRESS_NOTE, "  ·  ".join(notes))] if notes else []
    lines += [(ADDRESS, line) for line in doc.address_lines]
    cell = row.cells[0]
    for number, (style, text) in enumerate(lines or [(ADDRESS, "")]):
        paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
        set_style(paragraph, style)
        add_text(paragraph, text)
    cell.paragraphs[0].paragraph_format.space_before = Length(ADDRESS_TOP - TOP)


def _reference_block(word: Document, doc: LetterDocument) -> None:
    rows = (("Datum", doc.place_date), ("Kenmerk", doc.reference), ("Onderwerp", doc.subject))
    paragraph = None
    for number, (label, value) in enumerate(rows):
        paragraph = add_paragraph(word, REFERENCE)
        if number == 0:
            paragraph.paragraph_format.space_before = Pt(14)
        paragraph.add_run(label)._r.style = STYLE_IDS[LABEL]
        add_text(paragraph, f"\t{value}")
    assert paragraph is not None
    paragraph.paragraph_format.space_after = Pt(26)
    paragraph.paragraph_format.keep_with_next = False


def _signatures(word: Document, signers: tuple[Signer, ...]) -> None:
    """Two signers side by side, each with room for a handwritten signature above the name."""
    columns = min(2, len(signers))
    column_width = TEXT_WIDTH // 2
    table = borderless_table(word, [column_width] * columns)
    for _ in range((len(signers) - 1) // columns):
        table.add_row()
    for row_number, row in enumerate(table.rows):
        row_signers = signers[row_number * columns : (row_number + 1) * columns]
        for cell, signer in zip(row.cells, row_signers, strict=False):
            name = cell.paragraphs[0]
            set_style(name, SIGNATURE)
            name.paragraph_format.space_before = SIGNATURE_SPACE
            add_text(name, signer.name, bold=True)
            add_text(add_paragraph(cell, SIGNATURE), signer.function)
        keep_row_together(row)
