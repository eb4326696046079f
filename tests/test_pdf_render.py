"""The PDF letters and reports, read back with pypdf: text, page numbers, fonts, layout."""

from __future__ import annotations

import hashlib
import io
import re
import struct
import threading
import zlib
from dataclasses import replace
from typing import Any

import pytest
from pypdf import PageObject, PdfReader
from pypdf.generic import ContentStream
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth

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
from reports.fonts import register_fonts
from reports.pdf_render import pdf_page_count, render_letter_pdf, render_report_pdf

PAGE_WIDTH = 210 * mm
PAGE_HEIGHT = 297 * mm
NAMES = ("Ayşe Doğan", "Łukasz Wiśniewski", "Nguyễn Thị Ánh", "Tomáš Dvořák", "Çağrı Öztürk")
SCHOOL = "Stedelijk College & Lyceum <Maas>"
SHA = hashlib.sha256(b"screenshot").hexdigest()
URL = "https://www.instagram.com/stories/cagri.ozturk/3141592653589793238462643383279502884197?igsh=MTc4MmM1"
FILLER = (
    "De school heeft de plicht om een veilige leeromgeving te bieden aan alle leerlingen en "
    "medewerkers. Berichten op sociale media die medeleerlingen kwetsen of bedreigen, tasten "
    "die veiligheid aan en worden daarom niet geaccepteerd. "
)
BASE14 = re.compile(r"Helvetica|Times|Courier|Symbol|ZapfDingbats")


def png(width: int, height: int, rgb: tuple[int, int, int] = (20, 80, 150)) -> bytes:
    """A plain RGB PNG, written by hand so that the test needs no imaging library."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        body = tag + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + bytes(rgb) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


LOGO = png(200, 100)
HEAD = Letterhead(
    school_name=SCHOOL,
    street="Bouillonstraat 12",
    postcode="6211 LH",
    place="Maastricht",
    phone="043 123 45 67",
    email="info@example.nl",
    website="www.example.nl",
    logo_png=LOGO,
)
SIGNERS = (Signer("Çağrı Öztürk", "teamleider"), Signer("Tomáš Dvořák", "rector"))


def letter(**changes: Any) -> LetterDocument:
    doc = LetterDocument(
        letterhead=HEAD,
        address_lines=(
            "Aan de ouder(s)/verzorger(s) van",
            "Ayşe Doğan",
            "Kerkstraat 1",
            "6211 AB Maastricht",
        ),
        place_date="Maastricht, 26 november 2026",
        reference="2026-0042",
        subject="Schriftelijke waarschuwing naar aanleiding van een bericht op sociale media "
        "over een medeleerling in de bovenbouw",
        blocks=(
            Paragraph("Geachte ouder/verzorger,"),
            Paragraph(
                "Uw kind Ayşe Doğan heeft berichten geplaatst over Łukasz Wiśniewski en "
                "Nguyễn Thị Ánh. Artikel 4 & 5 <b>gelden</b> hier."
            ),
            Heading("Wat er is vastgesteld"),
            Bullets(("Het bericht is om 21:14 uur geplaatst.", "Het is twee keer gedeeld.")),
            Paragraph("Regel een\nRegel twee"),
            Paragraph("Met vriendelijke groet,"),
        ),
        signers=SIGNERS,
        title="Schriftelijke waarschuwing 2026-0042",
    )
    return replace(doc, **changes)


def long_letter(**changes: Any) -> LetterDocument:
    blocks = tuple(
        block
        for number in range(1, 7)
        for block in (Heading(f"{number}. Overweging"), Paragraph(FILLER * 4))
    )
    body = (Paragraph("Geachte heer Wiśniewski,"), *blocks, Paragraph("Met vriendelijke groet,"))
    return letter(**{"registered": True, "blocks": body, **changes})


def evidence_report(rows: int = 3) -> ReportDocument:
    evidence = tuple(
        (
            f"schermafbeelding_{n:02d}.png",
            "Instagram",
            URL,
            "@łukasz_wiśniewski",
            "12-11-2026 21:14",
            SHA,
        )
        for n in range(rows)
    )
    return ReportDocument(
        letterhead=HEAD,
        title="Samenvatting voor de aangifte",
        reference="2026-0042",
        date_line="Opgesteld op 26 november 2026 door Tomáš Dvořák",
        subtitle="Bedreiging via sociale media",
        blocks=(
            Heading("Betrokkenen"),
            Table(("Naam", "Rol"), tuple((name, "betrokkene") for name in NAMES)),
            Heading("Bewijsmateriaal"),
            Table(
                ("Bestand", "Platform", "URL", "Account", "Vastgelegd", "SHA-256"),
                evidence,
                widths=(3, 2, 4, 2.5, 2, 4),
            ),
        ),
        extra_meta={"Kenmerk": "2026-0042"},
    )


def read(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in read(data).pages]


def flat(text: str) -> str:
    """Text with all whitespace removed: wrapped hashes and URLs read back in one piece."""
    return "".join(text.split())


def words(text: str) -> str:
    return " ".join(text.split())


def text_runs(page: PageObject) -> list[tuple[str, float, float, float]]:
    """(text, x, y, width) of every line of text on the page, in points."""
    register_fonts()
    runs: list[tuple[str, float, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        text = text.strip()
        if not text or font is None:
            return
        name = str(font["/BaseFont"]).split("+", 1)[-1].replace("-Regular", "")
        x = cm[0] * tm[4] + cm[4]
        y = cm[3] * tm[5] + cm[5]
        runs.append((text, x, y, stringWidth(text, getFont(name).fontName, size * tm[0])))

    page.extract_text(visitor_text=visit)
    return runs


def fonts_of(data: bytes) -> list[Any]:
    fonts = []
    for page in read(data).pages:
        resources = page["/Resources"]
        if "/Font" in resources:
            fonts += [ref.get_object() for ref in resources["/Font"].values()]
    return fonts


def images_of(page: PageObject) -> list[Any]:
    xobjects = page["/Resources"].get("/XObject", {})
    return [x.get_object() for x in xobjects.values() if x.get_object()["/Subtype"] == "/Image"]


# ------------------------------------------------------------------------------- letters


def test_names_and_special_characters_come_out_intact() -> None:
    text = "\n".join(page_texts(render_letter_pdf(letter())))
    for name in NAMES:
        assert name in text
    assert SCHOOL in text
    # plain text, never markup: the tags are printed as typed
    assert "Artikel 4 & 5 <b>gelden</b> hier." in words(text)


def test_the_reference_block_is_printed() -> None:
    doc = letter()
    text = words(page_texts(render_letter_pdf(doc))[0])
    assert doc.place_date in text
    assert doc.reference in text
    assert doc.subject in text
    for label in ("Datum", "Kenmerk", "Onderwerp"):
        assert label in text


def test_a_newline_in_a_paragraph_is_a_line_break() -> None:
    lines = page_texts(render_letter_pdf(letter()))[0].splitlines()
    assert "Regel een" in lines
    assert "Regel twee" in lines


def test_a_one_page_letter_has_no_page_numbers() -> None:
    data = render_letter_pdf(letter())
    assert pdf_page_count(data) == 1
    assert "pagina" not in page_texts(data)[0]


def test_a_long_letter_numbers_its_pages_and_repeats_the_reference() -> None:
    doc = long_letter()
    data = render_letter_pdf(doc)
    pages = page_texts(data)
    count = pdf_page_count(data)
    assert count == len(pages)
    assert 2 <= count <= 3
    assert f"pagina 1 van {count}" in pages[0]
    for number in range(2, count + 1):
        assert f"pagina {number} van {count}" in pages[number - 1]
        assert f"Kenmerk {doc.reference}" in pages[number - 1]
        assert SCHOOL in pages[number - 1]


@pytest.mark.parametrize("registered", [True, False])
def test_aangetekend_only_when_registered(registered: bool) -> None:
    text = "\n".join(page_texts(render_letter_pdf(letter(registered=registered))))
    assert ("Aangetekend" in text) is registered


@pytest.mark.parametrize("confidential", [True, False])
def test_vertrouwelijk_only_when_confidential(confidential: bool) -> None:
    text = "\n".join(page_texts(render_letter_pdf(letter(confidential=confidential))))
    assert ("Vertrouwelijk" in text) is confidential


def test_the_address_sits_in_the_envelope_window() -> None:
    doc = letter(registered=True)
    runs = text_runs(read(render_letter_pdf(doc)).pages[0])
    for line in (*doc.address_lines, "Aangetekend"):
        (x, y, width) = next((x, y, w) for text, x, y, w in runs if text.startswith(line))
        from_top = PAGE_HEIGHT - y
        assert 20 * mm <= x and x + width <= 105 * mm, line
        assert 45 * mm < from_top < 90 * mm, line
    remark_top = PAGE_HEIGHT - next(y for text, _, y, _ in runs if text.startswith("Aangetekend"))
    assert remark_top < 50 * mm  # on the remarks line, above the address


def test_no_text_runs_past_the_margins() -> None:
    data = render_letter_pdf(long_letter())
    for page in read(data).pages:
        for text, x, _, width in text_runs(page):
            assert x >= 20 * mm - 0.5, text
            assert x + width <= PAGE_WIDTH - 20 * mm + 0.5, text


def test_the_closing_line_never_leaves_the_signatures_alone() -> None:
    # growing the letter line by line moves the closing across the page break somewhere
    for extra in range(0, 40, 3):
        doc = letter(
            blocks=(
                Paragraph(FILLER * 7),
                Paragraph("\n".join(f"Regel {n}" for n in range(extra))),
                Paragraph("Met vriendelijke groet,"),
            )
        )
        pages = page_texts(render_letter_pdf(doc))
        closing = next(i for i, text in enumerate(pages) if "Met vriendelijke groet," in text)
        for signer in doc.signers:
            assert signer.name in pages[closing]
            assert signer.function in pages[closing]


def test_the_signers_names_and_functions_are_printed() -> None:
    three = (*SIGNERS, Signer("Nguyễn Thị Ánh", "mentor"))
    data = render_letter_pdf(letter(signers=three))
    text = "\n".join(page_texts(data))
    for signer in three:
        assert signer.name in text
        assert signer.function in text
    # the empty fourth place is a plain table cell, which reportlab would set in Helvetica
    assert b"/Helvetica" not in data


def test_the_letter_metadata() -> None:
    doc = letter()
    meta = read(render_letter_pdf(doc)).metadata
    assert meta is not None
    assert meta.title == doc.title
    assert meta.author == SCHOOL
    assert meta.subject == doc.subject
    assert meta.creator == "casemanager"
    untitled = read(render_letter_pdf(letter(title=""))).metadata
    assert untitled is not None and untitled.title == doc.subject


def test_the_logo_is_an_image_on_page_one_scaled_into_its_box() -> None:
    reader = read(render_letter_pdf(long_letter()))
    assert len(images_of(reader.pages[0])) == 1
    assert images_of(reader.pages[1]) == []
    operations = ContentStream(reader.pages[0].get_contents(), reader).operations
    placements = [
        operations[i - 1][0]
        for i, (_, op) in enumerate(operations)
        if op == b"Do" and operations[i - 1][1] == b"cm"
    ]
    width, _, _, height, _, _ = (float(v) for v in placements[0])
    assert height <= 22 * mm + 0.01
    assert width <= 50 * mm + 0.01
    assert width / height == pytest.approx(2.0)


def test_a_letter_without_logo_signers_or_blocks_still_renders() -> None:
    bare = LetterDocument(
        letterhead=Letterhead(school_name="De School"),
        address_lines=(),
        place_date="",
        reference="",
        subject="",
        blocks=(),
    )
    data = render_letter_pdf(bare)
    assert pdf_page_count(data) == 1
    assert images_of(read(data).pages[0]) == []


def test_awkward_text_does_not_break_the_renderer() -> None:
    doc = letter(
        address_lines=("Naam\x00 met\tstuurtekens\r\nen een lange regel " + "x" * 120,),
        blocks=(
            Paragraph("Emoji 🙂 en 中文 en </para> <font name='Helvetica'>"),
            Table(("a",), (("1", "2", "3"), ())),
            Bullets(()),
        ),
    )
    text = "\n".join(page_texts(render_letter_pdf(doc)))
    assert "<font name='Helvetica'>" in text
    assert "Helvetica" not in str([f["/BaseFont"] for f in fonts_of(render_letter_pdf(doc))])


# ------------------------------------------------------------------------------- fonts


@pytest.mark.parametrize(
    "make", [lambda: render_letter_pdf(long_letter()), lambda: render_report_pdf(evidence_report())]
)
def test_only_embedded_noto_sans_subsets(make: Any) -> None:
    data = make()
    fonts = fonts_of(data)
    assert fonts
    for font in fonts:
        assert font["/Subtype"] == "/TrueType"
        assert re.fullmatch(
            r"/[A-Z]{6}\+NotoSans-(Regular|Bold|Italic|BoldItalic)", font["/BaseFont"]
        )
        assert "/FontFile2" in font["/FontDescriptor"]
        assert not BASE14.search(str(font["/BaseFont"]))
    assert b"/Helvetica" not in data


def test_font_registration_is_idempotent_and_thread_safe() -> None:
    threads = [threading.Thread(target=register_fonts) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    register_fonts()
    assert getFont("NotoSans-Bold").fontName == "NotoSans-Bold"


# ------------------------------------------------------------------------------- reports


def test_a_hash_and_a_long_url_wrap_inside_their_cells() -> None:
    data = render_report_pdf(evidence_report())
    reader = read(data)
    text = "\n".join(page.extract_text() for page in reader.pages)
    # the hash and the URL are broken over lines inside their cells: compare without whitespace
    assert flat(text).count(SHA) == 3
    assert flat(text).count(flat(URL)) == 3
    for page in reader.pages:
        for run, x, _, width in text_runs(page):
            assert x + width <= PAGE_WIDTH - 20 * mm + 0.5, run


def test_the_report_names_and_header() -> None:
    doc = evidence_report()
    pages = page_texts(render_report_pdf(doc))
    first = pages[0]
    for name in NAMES:
        assert name in first
    assert doc.title in first
    assert doc.subtitle in first
    assert f"Kenmerk {doc.reference}" in first
    assert doc.date_line in first
    assert "Vertrouwelijk" in first
    assert SCHOOL in first
    assert "Vertrouwelijk" not in page_texts(render_report_pdf(replace(doc, confidential=False)))[0]


def test_every_report_page_has_the_footer() -> None:
    doc = evidence_report(rows=40)
    data = render_report_pdf(doc)
    pages = page_texts(data)
    count = pdf_page_count(data)
    assert count >= 3
    for number, text in enumerate(pages, start=1):
        assert f"pagina {number} van {count}" in text
        assert f"{doc.title} — kenmerk {doc.reference}" in text
    # the header row is repeated on the pages the evidence table continues on
    assert "SHA-256" in pages[-1]


def test_the_report_metadata_and_logo() -> None:
    doc = evidence_report()
    reader = read(render_report_pdf(doc))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == doc.title
    assert meta.author == SCHOOL
    assert meta.creator == "casemanager"
    assert meta["/Kenmerk"] == "2026-0042"
    assert len(images_of(reader.pages[0])) == 1


def test_pdf_page_count_counts_pages() -> None:
    assert pdf_page_count(render_letter_pdf(letter())) == 1
    assert pdf_page_count(render_report_pdf(evidence_report(rows=40))) >= 3
