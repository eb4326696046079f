"""``casemanager school`` and ``casemanager letters``, driven as a script would: arguments,
the password from the environment, output and exit codes, on a real dossier."""

from __future__ import annotations

import datetime as dt
import re
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ADMIN, ADMIN_PASSWORD
from pypdf import PdfReader
from school import PASSWORD, School, create_school_dossier

from casemanager.cases import deciding, hearings
from casemanager.cases.reporting import NewReport, PartyInput, report_case
from casemanager.cli.main import main
from casemanager.resources import resource_path
from models.cases import PartyRole

TODAY = dt.date.today()
TEMPLATES = resource_path("letters")
Cli = Callable[..., tuple[int, str, str]]


OWN_WAARSCHUWING = """\
Onderwerp: Schriftelijke waarschuwing voor {{ betrokkene.naam }}

{{ geadresseerde.aanhef }},

Op {{ zaak.datum_voorval }} is {{ betrokkene.naam }} in de fout gegaan. Dit is een
schriftelijke waarschuwing: de maatregel '{{ maatregel.naam }}'.

Met vriendelijke groet,
"""
BROKEN = "Onderwerp: Waarschuwing\n\n{{ geadresseerde.aanhef }},\n\n{{ zaak.bestaat_niet }}\n"


def tiny_png() -> bytes:
    """A valid 1×1 white PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\xff\xff")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


@pytest.fixture
def school(tmp_path: Path) -> School:
    dossier, built = create_school_dossier(tmp_path)
    dossier.close()
    return built


@pytest.fixture
def cli(school: School, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Cli:
    """``cli("letters", "tl.onder", "list", ...)``: the command on the school's dossier."""

    def run(command: str, user: str, *args: object) -> tuple[int, str, str]:
        monkeypatch.setenv("CASEMANAGER_PASSWORD", ADMIN_PASSWORD if user == ADMIN else PASSWORD)
        code = main([command, str(school.path), "--user", user, *map(str, args)])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def decided_case(school: School, rung: str = "waarschuwing") -> str:
    """A case about Ayşe with ``rung`` decided by her teamleider; its number."""
    with school.open("tl.onder") as d, d.unit_of_work() as uow:
        ref = report_case(
            uow,
            NewReport(
                subject_person_id=school.persons["ayse"],
                violation_codes=("A6-PEST",),
                incident_date=TODAY - dt.timedelta(days=2),
                description="In de klassengroep op WhatsApp staan berichten over een klasgenoot.",
                platform="WhatsApp",
                parties=(PartyInput(school.persons["jan"], PartyRole.SLACHTOFFER),),
            ),
        )
        deciding.decide(uow, ref.id, rung)
        uow.commit()
    return ref.number


def pdf_text(path: Path) -> str:
    reader = PdfReader(path)
    return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in reader.pages))


def letter_ids(out: str) -> list[int]:
    """The ids in the first column of a printed table."""
    return [int(m) for m in re.findall(r"^(\d+) {2,}", out, flags=re.MULTILINE)]


# --- school ------------------------------------------------------------------------------


def test_school_details_are_set_and_shown(cli: Cli) -> None:
    code, _, err = cli("school", ADMIN, "set")
    assert code == 2 and "ten minste één gegeven" in err and "--bevoegd-gezag" in err
    code, out, _ = cli(
        "school", ADMIN, "set", "--naam", "Stedelijk Lyceum Çağlar", "--plaats", "Maastricht",
        "--bevoegd-gezag", "Stichting VO Maasland", "--bevoegd-gezag-postcode", "6201 BE",
    )  # fmt: skip
    assert code == 0 and "naam, plaats, bevoegd gezag, postcode bevoegd gezag" in out
    code, out, _ = cli("school", "tl.onder", "show")
    assert code == 0
    assert re.search(r"^naam\s+Stedelijk Lyceum Çağlar$", out, re.MULTILINE)
    assert re.search(r"^bevoegd gezag\s+Stichting VO Maasland$", out, re.MULTILINE)
    assert re.search(r"^logo\s+nee$", out, re.MULTILINE)
    code, _, err = cli("school", ADMIN, "set", "--naam", "  ")
    assert code == 2 and "mag niet leeg" in err
    code, _, err = cli("school", "tl.onder", "set", "--plaats", "Heerlen")
    assert code == 5 and "schoolgegevens" in err


def test_the_logo_must_be_a_png(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "logo.png").write_bytes(tiny_png())
    (tmp_path / "logo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not a png")
    code, out, _ = cli("school", ADMIN, "logo", tmp_path / "logo.png")
    assert code == 0 and "briefhoofd" in out
    assert re.search(r"^logo\s+ja$", cli("school", ADMIN, "show")[1], re.MULTILINE)
    code, _, err = cli("school", ADMIN, "logo", tmp_path / "logo.jpg")
    assert code == 2 and "PNG-bestand" in err
    code, _, err = cli("school", ADMIN, "logo", tmp_path / "weg.png")
    assert code == 2 and "bestaat niet" in err
    code, _, err = cli("school", ADMIN, "logo", tmp_path)
    assert code == 2 and "kan niet worden gelezen" in err
    for wrong in ((), (tmp_path / "logo.png", "--verwijder")):
        code, _, err = cli("school", ADMIN, "logo", *wrong)
        assert code == 2 and "--verwijder" in err
    code, out, _ = cli("school", ADMIN, "logo", "--verwijder")
    assert code == 0 and "verwijderd" in out
    assert re.search(r"^logo\s+nee$", cli("school", ADMIN, "show")[1], re.MULTILINE)


def test_signers_per_ladder(cli: Cli) -> None:
    code, _, _ = cli(
        "school", ADMIN, "signers", "leerling", "M. Janssen|rector", "P. de Vries | voorzitter CvB"
    )  # fmt: skip
    assert code == 0
    code, out, _ = cli("school", ADMIN, "show")
    assert "leerling    M. Janssen (rector); P. de Vries (voorzitter CvB)" in out
    assert re.search(r"medewerker\s+niemand", out)
    code, _, err = cli("school", ADMIN, "signers", "medewerker", "M. Janssen")
    assert code == 2 and "geen functie" in err and '"M. Janssen|rector"' in err
    code, _, err = cli("school", ADMIN, "signers", "leerling", *["A|b", "C|d", "E|f"])
    assert code == 2 and "ten hoogste 2" in err
    code, _, err = cli("school", ADMIN, "signers", "leerling", "|rector")
    assert code == 2 and "naam én een functie" in err
    with pytest.raises(SystemExit):
        cli("school", ADMIN, "signers", "ouder", "A|b")
    code, out, _ = cli("school", ADMIN, "signers", "leerling")
    assert code == 0 and "gewist" in out
    assert re.search(r"leerling\s+niemand", cli("school", ADMIN, "show")[1])


# --- templates ---------------------------------------------------------------------------


def test_fields_need_no_dossier(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["letters-fields"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^  zaak\.nummer\s+zaaknummer", out, re.MULTILINE)
    assert "geadresseerde.aanhef" in out and "bewijs.sha256" in out


def test_own_templates_are_checked_stored_exported_and_reset(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "eigen.txt").write_text(OWN_WAARSCHUWING, encoding="utf-8")
    (tmp_path / "kapot.txt").write_text(BROKEN, encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Onderwerp: Waarschuwing ë\n".encode("latin-1"))
    code, out, _ = cli("letters", "tl.onder", "templates")
    assert code == 0 and re.search(r"^waarschuwing\s+standaard\s+Schriftelijke", out, re.M)
    code, _, err = cli("letters", ADMIN, "template-set", "waarschuwing", tmp_path / "kapot.txt")
    assert code == 2 and "niet opgeslagen" in err and "waarschuwing.txt, regel 5" in err
    code, _, err = cli("letters", ADMIN, "template-set", "waarschuwing", tmp_path / "latin1.txt")
    assert code == 2 and "geen UTF-8" in err
    code, _, err = cli("letters", ADMIN, "template-set", "waarschuwing", tmp_path / "weg.txt")
    assert code == 2 and "kan niet worden gelezen" in err
    code, _, err = cli("letters", ADMIN, "template-set", "bestaat_niet", tmp_path / "eigen.txt")
    assert code == 2 and "geen briefsoort 'bestaat_niet'" in err
    code, _, err = cli(
        "letters", "tl.onder", "template-set", "waarschuwing", tmp_path / "eigen.txt"
    )
    assert code == 5
    code, out, _ = cli("letters", ADMIN, "template-set", "waarschuwing", tmp_path / "eigen.txt")
    assert code == 0 and "opgeslagen" in out
    code, out, _ = cli("letters", ADMIN, "templates")
    assert re.search(r"^waarschuwing\s+eigen versie", out, re.MULTILINE)
    assert re.search(r"^ontslag\s+standaard", out, re.MULTILINE)
    export = tmp_path / "export.txt"
    code, out, _ = cli("letters", ADMIN, "template-export", "waarschuwing", export)
    assert code == 0 and export.read_text(encoding="utf-8") == OWN_WAARSCHUWING
    code, _, err = cli("letters", ADMIN, "template-export", "waarschuwing", export)
    assert code == 1 and "niet overschreven" in err
    code, _, err = cli("letters", ADMIN, "template-export", "bestaat_niet", tmp_path / "x.txt")
    assert code == 2 and "Kies uit" in err
    code, out, _ = cli("letters", ADMIN, "template-reset", "waarschuwing")
    assert code == 0 and "weer de standaardsjabloon" in out
    code, out, _ = cli("letters", ADMIN, "template-reset", "waarschuwing")
    assert code == 0 and "had geen eigen sjabloon" in out


def test_the_standard_template_is_exported(cli: Cli, tmp_path: Path) -> None:
    code, _, _ = cli("letters", ADMIN, "template-export", "waarschuwing", tmp_path / "w.txt")
    assert code == 0
    assert (tmp_path / "w.txt").read_text(encoding="utf-8") == (
        TEMPLATES / "waarschuwing.txt"
    ).read_text(encoding="utf-8")


# --- letters -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "own_template",
    [
        pytest.param(True, id="eigen sjabloon"),
        pytest.param(False, id="standaardsjabloon"),
    ],
)
def test_from_decision_to_post(
    cli: Cli, school: School, tmp_path: Path, own_template: bool
) -> None:
    cli("school", ADMIN, "set", "--naam", "Het Stedelijk Lyceum", "--plaats", "Maastricht")
    if own_template:
        (tmp_path / "eigen.txt").write_text(OWN_WAARSCHUWING, encoding="utf-8")
        assert cli("letters", ADMIN, "template-set", "waarschuwing", tmp_path / "eigen.txt")[0] == 0
    number = decided_case(school)
    code, _, err = cli("letters", "tl.onder", "make", number)
    assert code == 2 and "--besluit" in err
    code, out, err = cli("letters", "tl.onder", "make", number, "--besluit")
    assert code == 0, err
    assert "Schriftelijke waarschuwing" in out and "Elif Doğan" in out
    [letter] = letter_ids(out)
    code, out, _ = cli("letters", "tl.onder", "list", number)
    assert code == 0 and letter_ids(out) == [letter] and "concept" in out
    code, _, err = cli("letters", "tl.boven", "list", number)
    assert code == 5
    pdf = tmp_path / "brief.pdf"
    assert cli("letters", "tl.onder", "save", letter, pdf)[0] == 0
    text = pdf_text(pdf)
    assert "Elif Doğan" in text or "Ayşe Doğan" in text
    code, _, err = cli("letters", "tl.onder", "save", letter, pdf)
    assert code == 1 and "niet overschreven" in err
    assert cli("letters", "tl.onder", "save", letter, tmp_path / "brief.docx", "--word")[0] == 0
    assert (tmp_path / "brief.docx").read_bytes().startswith(b"PK")

    code, out, _ = cli("letters", "admin", "queue")
    assert code == 0 and "Geen brieven" in out
    code, _, err = cli("letters", "admin", "print", tmp_path / "vooraf.pdf", letter)
    assert code == 2 and "niet vrijgegeven" in err
    code, out, _ = cli("letters", "tl.onder", "release", letter)
    assert code == 0 and "vrijgegeven" in out
    code, _, err = cli("letters", "tl.onder", "release", letter)
    assert code == 2 and "al vrijgegeven" in err
    assert cli("letters", "tl.onder", "queue")[0] == 5
    code, out, _ = cli("letters", "admin", "queue")
    assert code == 0 and letter_ids(out) == [letter] and number in out

    batch = tmp_path / "afdrukken.pdf"
    code, _, err = cli("letters", "admin", "print", batch, letter, "--alles")
    assert code == 2 and "--alles" in err
    code, out, _ = cli("letters", "admin", "print", batch, "--alles")
    assert code == 0 and str(batch) in out
    assert len(PdfReader(batch).pages) >= 1

    with pytest.raises(SystemExit):
        cli("letters", "admin", "sent", letter, "--wijze", "post", "--datum", "1-2-2026")
    code, _, err = cli("letters", "admin", "sent", letter, "--wijze", "aangetekend")
    assert code == 2 and "barcode van de aangetekende zending" in err
    code, out, _ = cli("letters", "admin", "sent", letter, "--wijze", "post")
    assert code == 0 and "verzonden (per post)" in out and f"{TODAY:%d-%m-%Y}" in out
    code, _, err = cli("letters", "admin", "sent", letter, "--wijze", "post")
    assert code == 2 and "al als verzonden" in err
    assert "Geen brieven" in cli("letters", "admin", "queue")[1]
    code, out, _ = cli("letters", "admin", "queue", "--ook-verzonden-sinds", TODAY.isoformat())
    assert letter_ids(out) == [letter] and "verzonden (per post)" in out
    code, out, _ = cli("letters", "tl.onder", "list", number)
    assert "verzonden (per post)" in out


def test_letter_commands_explain_what_is_missing(
    cli: Cli, school: School, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = cli("letters", "tl.onder", "make", "2000-9999", "--besluit")
    assert code == 2 and "Zaak 2000-9999 bestaat niet" in err
    number = decided_case(school)
    code, _, err = cli("letters", "tl.onder", "invite", number)
    assert code == 2 and "geen hoorgesprek" in err
    code, _, err = cli("letters", "tl.onder", "make", number, "aangifte_samenvatting")
    assert code == 2 and "'aangifte'" in err
    code, _, err = cli("letters", "tl.onder", "make", number, "bestaat_niet")
    assert code == 2 and "geen briefsoort 'bestaat_niet'" in err
    code, _, err = cli("letters", "admin", "print", "x.pdf")
    assert code == 2 and "--alles" in err
    code, out, _ = cli("letters", "admin", "print", "x.pdf", "--alles")
    assert code == 0 and "geen brieven in de wachtrij" in out
    with pytest.raises(SystemExit):
        cli("letters", "admin", "sent", "1", "--wijze", "duif")
    assert "'duif' bestaat niet" in capsys.readouterr().err


def test_invitation_for_the_latest_hearing(cli: Cli, school: School) -> None:
    with school.open("tl.onder") as d, d.unit_of_work() as uow:
        ref = report_case(
            uow,
            NewReport(
                subject_person_id=school.persons["ayse"],
                violation_codes=("A6-PEST",),
                incident_date=TODAY - dt.timedelta(days=2),
                description="Berichten over een klasgenoot in de klassengroep.",
            ),
        )
        planned = dt.datetime.combine(TODAY + dt.timedelta(days=3), dt.time(15, 30))
        hearings.plan_hearing(uow, ref.id, planned, location="kamer teamleider")
        uow.commit()
    code, out, err = cli("letters", "tl.onder", "invite", ref.number)
    assert code == 0, err
    assert "Uitnodiging voor een hoorgesprek" in out and "Elif Doğan" in out


def test_aangifte_summary(cli: Cli, school: School, tmp_path: Path) -> None:
    number = decided_case(school)
    code, out, err = cli("letters", "tl.onder", "aangifte", number)
    assert code == 0, err
    assert "Politie" in out
    [summary] = letter_ids(out)
    assert cli("letters", "tl.onder", "save", summary, tmp_path / "aangifte.pdf")[0] == 0
    assert "Ayşe Doğan" in pdf_text(tmp_path / "aangifte.pdf")
