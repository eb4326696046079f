"""The Word renderer: read the .docx back with python-docx and check text, styles, fields."""

from __future__ import annotations

import re
import struct
import zlib
from dataclasses import replace
from io import BytesIO

import docx
import pytest
from docx.document import Document
from docx.oxml.ns import qn
from docx.section import _Footer, _Header
from docx.shared import Mm

from reports.document import (
    Bullets,
    Heading,
    LetterDocument,
    Letterhead,
    Paragraph,
    ReportDocument,
    Signer,
    Table,
)
from reports.docx_render import render_letter_docx, render_report_docx

SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
URL = "https://www.example.nl/een/heel/lang/pad/naar/een/bericht?id=1234567890&bron=instagram"
NAMES = ("Ayşe Doğan", "Łukasz Wiśniewski", "Nguyễn Thị Ánh", "Tomáš Dvořák", "Çağrı Öztürk")


def tiny_png(width: int = 60, height: int = 20) -> bytes:
    """A valid RGB PNG: a dark bar with a lighter square, made without Pillow."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(
        b"\x00"
        + b"".join(
            bytes((200, 120, 40)) if x < height else bytes((30, 60, 110)) for x in range(width)
        )
        for _ in range(height)
    )
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def letterhead(logo: bool = True) -> Letterhead:
    return Letterhead(
        school_name="Sint-Servaascollege",
        street="Kloosterweg 12",
        postcode="6211 AB",
        place="Maastricht",
        phone="043 123 45 67",
        email="info@servaascollege.nl",
        website="www.servaascollege.nl",
        logo_png=tiny_png() if logo else None,
    )


def sample_letter(
    *, registered: bool = True, logo: bool = True, long: bool = True
) -> LetterDocument:
    body: list[Heading | Paragraph | Bullets | Table] = [
        Paragraph("Geachte mevrouw Doğan, geachte heer Öztürk,"),
        Paragraph(
            "Op 12 november 2026 heeft uw zoon Çağrı Öztürk in de groepsapp van klas 3B een "
            "bericht over Łukasz Wiśniewski geplaatst. Wij schrijven u over wat er is gebeurd "
            "en over de maatregel die de school neemt. Tekst als <b>vet</b> & {PAGE} blijft "
            "gewoon tekst."
        ),
        Heading("Wat er is gebeurd"),
        Paragraph("Eerste regel van de alinea\nTweede regel, in dezelfde alinea"),
        Bullets(
            (
                "Het bericht is door de mentor, Tomáš Dvořák, vastgelegd.",
                "Nguyễn Thị Ánh heeft het bericht gemeld bij de vertrouwenspersoon.",
                "Het bericht is dezelfde dag verwijderd.",
            )
        ),
        Table(
            header=("Datum", "Gebeurtenis", "Bewijs (SHA-256)"),
            rows=(
                ("12-11-2026", "Bericht geplaatst in de groepsapp", SHA),
                ("13-11-2026", "Melding bij de vertrouwenspersoon", URL),
                ("14-11-2026", "Gesprek met leerling & ouders <samen>", "—"),
            ),
            widths=(1, 2, 3),
        ),
        Heading("De maatregel"),
        Paragraph(
            "De school geeft Çağrı een schriftelijke waarschuwing. Deze brief wordt in het "
            "leerlingdossier bewaard tot het einde van het schooljaar."
        ),
    ]
    if long:
        body += [
            Paragraph(
                "Wij vinden het belangrijk dat iedere leerling zich veilig voelt op school en "
                "online. Het protocol sociale media en internet beschrijft wat wij van "
                f"leerlingen verwachten. Alinea {number} van de toelichting."
            )
            for number in range(1, 9)
        ]
    body += [
        Paragraph("Heeft u vragen over deze brief, dan kunt u contact opnemen met de mentor."),
        Paragraph("Met vriendelijke groet,"),
    ]
    return LetterDocument(
        letterhead=letterhead(logo),
        address_lines=(
            "Familie Doğan-Öztürk",
            "Ayşe Doğan",
            "Rechtstraat 45 B",
            "6221 EH  Maastricht",
        ),
        place_date="Maastricht, 26 november 2026",
        reference="2026-0042",
        subject="Schriftelijke waarschuwing Çağrı Öztürk",
        blocks=tuple(body),
        signers=(Signer("Tomáš Dvořák", "mentor klas 3B"), Signer("drs. L. Wiśniewski", "rector")),
        registered=registered,
        confidential=True,
        title="Schriftelijke waarschuwing 2026-0042",
    )


def sample_report() -> ReportDocument:
    return ReportDocument(
        letterhead=letterhead(),
        title="Samenvatting voor de aangifte",
        subtitle="Incident in de groepsapp van klas 3B",
        reference="2026-0042",
        date_line="Opgesteld op 26 november 2026 door Tomáš Dvořák",
        blocks=(
            Heading("Betrokkenen"),
            Table(header=("Rol", "Naam"), rows=(("Melder", NAMES[2]), ("Betrokkene", NAMES[4]))),
            Heading("Bewijsstukken"),
            Table(
                header=("Bestand", "SHA-256", "Bron"),
                rows=tuple((f"screenshot-{n}.png", SHA, URL) for n in range(1, 30)),
                widths=(2, 4, 3),
            ),
            Paragraph("De bestanden zijn ongewijzigd bewaard & versleuteld <opgeslagen>."),
        ),
        extra_meta={"Behandelaar": "Łukasz Wiśniewski"},
    )


def read(data: bytes) -> Document:
    return docx.Document(BytesIO(data))


def body_text(document: Document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def part_xml(story: _Header | _Footer) -> str:
    return story.part.element.xml


@pytest.fixture(scope="module")
def letter() -> Document:
    return read(render_letter_docx(sample_letter()))


@pytest.fixture(scope="module")
def report() -> Document:
    return read(render_report_docx(sample_report()))


def test_the_letter_is_a4_with_a_different_first_page(letter: Document) -> None:
    section = letter.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(0.5)
    assert abs(section.page_height - Mm(297)) < Mm(0.5)
    assert Mm(20) <= section.left_margin <= Mm(25)
    assert Mm(20) <= section.right_margin <= Mm(25)
    assert section.different_first_page_header_footer


def test_names_and_plain_text_survive(letter: Document) -> None:
    text = body_text(letter)
    for name in NAMES:
        assert name in text
    assert "Tekst als <b>vet</b> & {PAGE} blijft" in text
    assert "Gesprek met leerling & ouders <samen>" in text
    assert "Maastricht, 26 november 2026" in text
    assert "2026-0042" in text
    assert "Schriftelijke waarschuwing Çağrı Öztürk" in text


def test_address_block_and_reference_block(letter: Document) -> None:
    address = [p.text for t in letter.tables for c in t._cells for p in c.paragraphs]
    styled = {p.text: p.style.name for t in letter.tables for c in t._cells for p in c.paragraphs}
    assert styled["Ayşe Doğan"] == "Adresblok"
    assert styled["6221 EH  Maastricht"] == "Adresblok"
    assert any("Aangetekend" in line for line in address)
    assert any("Vertrouwelijk" in line for line in address)
    references = [p.text for p in letter.paragraphs if p.style.name == "Kenmerkregel"]
    assert references == [
        "Datum\tMaastricht, 26 november 2026",
        "Kenmerk\t2026-0042",
        "Onderwerp\tSchriftelijke waarschuwing Çağrı Öztürk",
    ]


def test_aangetekend_only_when_registered() -> None:
    unregistered = read(render_letter_docx(sample_letter(registered=False)))
    assert "Aangetekend" not in body_text(unregistered)
    assert "Vertrouwelijk" in body_text(unregistered)


def test_body_uses_real_word_styles(letter: Document) -> None:
    paragraphs = [p for p in letter.paragraphs if p.text]
    assert len(paragraphs) > 15
    styles = {p.text: p.style.name for p in paragraphs}
    assert styles["Wat er is gebeurd"] == "Heading 2"
    assert styles["De maatregel"] == "Heading 2"
    bullets = [p.text for p in paragraphs if p.style.name == "List Bullet"]
    assert len(bullets) == 3
    assert bullets[1] == "Nguyễn Thị Ánh heeft het bericht gemeld bij de vertrouwenspersoon."
    assert styles["Geachte mevrouw Doğan, geachte heer Öztürk,"] == "Normal"


def test_a_newline_is_a_break_not_a_new_paragraph(letter: Document) -> None:
    matches = [p for p in letter.paragraphs if p.text.startswith("Eerste regel")]
    assert len(matches) == 1
    assert matches[0].text == "Eerste regel van de alinea\nTweede regel, in dezelfde alinea"
    assert len(matches[0]._p.xpath(".//w:br")) == 1


def test_the_table_has_a_repeating_header_and_every_row(letter: Document) -> None:
    table = next(t for t in letter.tables if t.style is not None and t.style.name == "Table Grid")
    assert [c.text for c in table.rows[0].cells] == ["Datum", "Gebeurtenis", "Bewijs (SHA-256)"]
    assert table.rows[0]._tr.xpath("./w:trPr/w:tblHeader")
    assert {p.style.name for c in table.rows[0].cells for p in c.paragraphs} == {"Tabelkop"}
    assert letter.styles["Tabelkop"].font.bold
    assert len(table.rows) == 4
    assert table.rows[1].cells[2].text == SHA
    assert table.rows[2].cells[2].text == URL
    assert table._tbl.xpath("./w:tblPr/w:tblLayout/@w:type") == ["fixed"]
    widths = [c.width for c in table.rows[1].cells]
    assert widths[0] < widths[1] < widths[2]
    assert abs(sum(widths) - Mm(165)) < Mm(0.5)


def test_headers_and_footers_carry_reference_and_page_fields(letter: Document) -> None:
    section = letter.sections[0]
    running = part_xml(section.header)
    assert "Kenmerk 2026-0042" in running
    assert "Sint-Servaascollege" in running
    assert re.search(r"<w:instrText[^>]*> PAGE </w:instrText>", running)
    assert re.search(r"<w:instrText[^>]*> NUMPAGES </w:instrText>", running)
    assert 'w:fldCharType="begin"' in running and 'w:fldCharType="end"' in running
    first_footer = part_xml(section.first_page_footer)
    assert " PAGE " in first_footer and " NUMPAGES " in first_footer


def test_first_page_header_has_letterhead_and_logo(letter: Document) -> None:
    header = letter.sections[0].first_page_header
    xml = part_xml(header)
    assert "Sint-Servaascollege" in xml
    assert "Kloosterweg 12" in xml and "6211 AB Maastricht" in xml
    assert "<pic:pic" in xml
    assert any(rel.reltype.endswith("/image") for rel in header.part.rels.values())


def test_no_logo_no_picture() -> None:
    plain = read(render_letter_docx(sample_letter(logo=False)))
    header = plain.sections[0].first_page_header
    assert "<pic:pic" not in part_xml(header)
    assert "Sint-Servaascollege" in part_xml(header)


def test_signers_side_by_side(letter: Document) -> None:
    table = next(t for t in letter.tables if "rector" in "".join(c.text for c in t._cells))
    assert len(table.columns) == 2
    left, right = table.rows[0].cells
    assert left.paragraphs[0].text == "Tomáš Dvořák"
    assert left.paragraphs[0].runs[0].bold
    assert left.paragraphs[1].text == "mentor klas 3B"
    assert right.paragraphs[0].text == "drs. L. Wiśniewski"


def test_fonts_language_and_core_properties(letter: Document) -> None:
    normal = letter.styles["Normal"]
    assert normal.font.name == "Arial"
    rfonts = normal.element.rPr.rFonts
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        assert rfonts.get(qn(attr)) == "Arial"
    styles_xml = letter.styles.element.xml
    assert "Theme=" not in styles_xml and "w:cstheme" not in styles_xml
    assert normal.element.rPr.find(qn("w:lang")).get(qn("w:val")) == "nl-NL"
    heading = letter.styles["Heading 2"]
    assert heading.font.color.rgb is not None and str(heading.font.color.rgb) != "4F81BD"
    props = letter.core_properties
    assert props.title == "Schriftelijke waarschuwing 2026-0042"
    assert props.author == "Sint-Servaascollege"
    assert props.subject == "Schriftelijke waarschuwing Çağrı Öztürk"
    assert props.language == "nl-NL"


def test_title_falls_back_to_subject() -> None:
    data = render_letter_docx(
        LetterDocument(
            letterhead=letterhead(logo=False),
            address_lines=("Tomáš Dvořák",),
            place_date="Maastricht, 1 december 2026",
            reference="2026-0001",
            subject="Uitnodiging gesprek",
            blocks=(Paragraph("Kort."),),
        )
    )
    document = read(data)
    assert document.core_properties.title == "Uitnodiging gesprek"
    assert "Vertrouwelijk" in body_text(document)


def test_control_characters_do_not_break_the_file() -> None:
    letter_doc = sample_letter(long=False)
    broken = replace(letter_doc, blocks=(Paragraph("Beep\x07 en\r\nnieuwe regel\x00"),))
    document = read(render_letter_docx(broken))
    assert "Beep en\nnieuwe regel" in body_text(document)


def test_report_title_block_and_tables(report: Document) -> None:
    styles = {p.text: p.style.name for p in report.paragraphs if p.text}
    assert styles["Samenvatting voor de aangifte"] == "Title"
    assert styles["Incident in de groepsapp van klas 3B"] == "Subtitle"
    assert styles["Betrokkenen"] == "Heading 1"
    text = body_text(report)
    assert "Kenmerk 2026-0042" in text
    assert "Opgesteld op 26 november 2026 door Tomáš Dvořák" in text
    assert "Vertrouwelijk" in text
    assert "Behandelaar: Łukasz Wiśniewski" in text
    assert "De bestanden zijn ongewijzigd bewaard & versleuteld <opgeslagen>." in text
    evidence = report.tables[-1]
    assert len(evidence.rows) == 30
    assert evidence.rows[0]._tr.xpath("./w:trPr/w:tblHeader")
    assert all(row.cells[1].text == SHA for row in evidence.rows[1:])


def test_report_footer_on_every_page(report: Document) -> None:
    section = report.sections[0]
    for footer in (section.first_page_footer, section.footer):
        xml = part_xml(footer)
        assert "Samenvatting voor de aangifte — kenmerk 2026-0042" in xml
        assert " PAGE " in xml and " NUMPAGES " in xml
    assert "<pic:pic" in part_xml(section.first_page_header)
    assert report.core_properties.title == "Samenvatting voor de aangifte"
    assert report.core_properties.author == "Sint-Servaascollege"


def test_the_address_sits_in_the_window_of_the_envelope(letter: Document) -> None:
    section = letter.sections[0]
    address_table = letter.tables[0]
    row = address_table.rows[0]
    assert row._tr.xpath("./w:trPr/w:trHeight/@w:hRule") == ["exact"]
    first = row.cells[0].paragraphs[0]
    # the body starts at the top margin; the address block starts 45 mm from the top edge
    top = section.top_margin + first.paragraph_format.space_before
    assert abs(top - Mm(45)) < Mm(0.5)
    assert abs(section.top_margin + row.height - Mm(90)) < Mm(0.5)
    assert Mm(19) <= section.left_margin <= Mm(26)


def test_three_signers_take_two_rows() -> None:
    base = sample_letter(long=False)
    signers = (*base.signers, Signer("Nguyễn Thị Ánh", "vertrouwenspersoon"))
    document = read(render_letter_docx(replace(base, signers=signers)))
    table = document.tables[-1]
    assert len(table.rows) == 2
    assert table.rows[1].cells[0].paragraphs[0].text == "Nguyễn Thị Ánh"
    assert table.rows[1].cells[1].text == ""


def test_odd_blocks_still_make_a_valid_document() -> None:
    base = sample_letter(long=False)
    blocks = (
        Table(header=(), rows=()),
        Table(header=("A",), rows=(("1", "2", "3"),), widths=(1, 2)),
        Table(header=("B", "C"), rows=()),
        Bullets(()),
        Paragraph("Kolom\tnaast kolom"),
    )
    document = read(render_letter_docx(replace(base, blocks=blocks)))
    grids = [t for t in document.tables if t.style is not None and t.style.name == "Table Grid"]
    assert len(grids) == 2
    assert [c.text for c in grids[0].rows[1].cells] == ["1", "2", "3"]
    assert [c.text for c in grids[0].rows[0].cells] == ["A", "", ""]
    # two tables in a row are kept apart by a paragraph, or Word would join them
    body = document.element.body
    assert body.index(grids[1]._tbl) - body.index(grids[0]._tbl) == 2
    tabbed = next(p for p in document.paragraphs if p.text.startswith("Kolom"))
    assert tabbed._p.xpath(".//w:tab") and tabbed.text == "Kolom\tnaast kolom"


def test_a_plain_report_has_no_logo_and_no_confidential_mark() -> None:
    plain = ReportDocument(
        letterhead=letterhead(logo=False),
        title="Overzicht van gegevens",
        reference="2026-0007",
        date_line="Opgesteld op 1 december 2026",
        blocks=(Paragraph("Geen gegevens."),),
        confidential=False,
    )
    document = read(render_report_docx(plain))
    assert "Vertrouwelijk" not in body_text(document)
    assert "Vertrouwelijk" not in part_xml(document.sections[0].header)
    assert "<pic:pic" not in part_xml(document.sections[0].first_page_header)
    assert [p.style.name for p in document.paragraphs if p.text][:1] == ["Title"]
