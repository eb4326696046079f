"""Importing persons from CSV exports into a real dossier: encodings, separators, updates by
number, all-or-nothing rejection with line numbers, parents, permissions and the CLI."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import add_user
from sqlalchemy import func, select

from casemanager.cli import people_commands
from casemanager.cli.parsing import new_parser
from casemanager.errors import CaseManagerError, InvalidInput, PermissionDenied
from casemanager.people import ImportRejected, RowAction, import_people, plan_import
from casemanager.people.cell_values import parse_date
from casemanager.store.dossier import Dossier
from models.audit import AuditEntry
from models.people import Guardianship, Person, PersonKind, Team

PASSWORD = "wachtwoord voor de test"

MAGISTER = (
    "Stamnr;Roepnaam;Tussenv.;Achternaam;Klas;Geb.datum;Afdeling;Straat;Postcode;"
    "Woonplaats;E-mail;Mentor\n"
    "1001;Zoë;van der;Müller;3H2;07-03-2011;onderbouw havo/vwo;Kerkstraat 1;6211ab;"
    "Maastricht;zoe@example.nl;DEJ\n"
    "1002;François;;Ñúñez;3H2;7-3-2011;onderbouw havo/vwo;Markt 2;6211 CD;Maastricht;;DEJ\n"
    "1003;Jürgen;;Ødegård;4V1;01/12/2009;bovenbouw vmbo;Plein 3;6212 EF;Meerssen;;PRS\n"
)
SOMTODAY = (
    "Leerlingnummer;Roepnaam;Voorvoegsel;Achternaam;Stamgroep;Afdeling;Geboortedatum\n"
    "2001;Doğan;;Yılmaz;1A;onderbouw havo/vwo;2012-09-01\n"
    "2002;Agnieszka;;Wiśniewska;1B;onderbouw havo/vwo;2012-02-29\n"
    "2003;Thảo;;Nguyễn;2A;bovenbouw vmbo;2011-10-10\n"
)


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return path


def persons(dossier: Dossier) -> dict[str, SimpleNamespace]:
    """Every person as plain values, by "kind:number" (or "kind:achternaam")."""
    with dossier.unit_of_work(read_only=True) as uow:
        return {
            f"{p.kind.value}:{p.number or p.achternaam}": SimpleNamespace(
                **{c.name: getattr(p, c.name) for c in Person.__table__.columns}
            )
            for p in uow.session.scalars(select(Person))
        }


def count(dossier: Dossier, model: type = Person) -> int:
    with dossier.unit_of_work(read_only=True) as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def run_import(dossier: Dossier, path: Path, **kwargs):
    with dossier.unit_of_work() as uow:
        return import_people(uow, path, **kwargs)


def test_magister_windows_1252_with_semicolons(dossier: Dossier, tmp_path: Path) -> None:
    path = write(tmp_path / "magister.csv", MAGISTER, "cp1252")
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")  # really Windows-1252, not UTF-8

    report = run_import(dossier, path)

    assert (report.added, report.changed, report.skipped) == (3, 0, 0)
    assert report.plan.encoding == "Windows-1252"
    assert report.plan.ignored_columns == ("Mentor",)
    assert report.plan.new_teams == ("onderbouw havo/vwo", "bovenbouw vmbo")
    found = persons(dossier)
    zoe = found["leerling:1001"]
    assert (zoe.voornaam, zoe.tussenvoegsel, zoe.achternaam) == ("Zoë", "van der", "Müller")
    assert zoe.date_of_birth == dt.date(2011, 3, 7) and zoe.class_name == "3H2"
    assert zoe.postcode == "6211 AB" and zoe.email == "zoe@example.nl"
    assert found["leerling:1002"].achternaam == "Ñúñez"
    assert found["leerling:1002"].date_of_birth == dt.date(2011, 3, 7)
    assert found["leerling:1003"].date_of_birth == dt.date(2009, 12, 1)
    with dossier.unit_of_work(read_only=True) as uow:
        teams = set(uow.session.scalars(select(Team.name)))
        entry = uow.session.execute(
            select(AuditEntry.details, AuditEntry.object_id, AuditEntry.role).where(
                AuditEntry.action == "persons.import"
            )
        ).one()
    assert teams == {"onderbouw havo/vwo", "bovenbouw vmbo"}
    details = json.loads(entry.details)
    assert details == {"added": 3, "changed": 0, "skipped": 0, "rows": 3, "teams_added": 2}
    assert "Müller" not in entry.details and "1001" not in entry.object_id
    assert entry.role == "beheerder"


def test_somtoday_utf8_with_bom_and_non_latin_names(dossier: Dossier, tmp_path: Path) -> None:
    path = write(tmp_path / "somtoday.csv", SOMTODAY, "utf-8-sig")
    report = run_import(dossier, path)
    assert report.plan.encoding == "UTF-8 met BOM" and report.added == 3
    found = persons(dossier)
    assert found["leerling:2001"].voornaam == "Doğan"  # the BOM is not part of the header
    assert found["leerling:2002"].achternaam == "Wiśniewska"
    assert found["leerling:2002"].date_of_birth == dt.date(2012, 2, 29)
    assert found["leerling:2003"].achternaam == "Nguyễn"
    assert found["leerling:2003"].class_name == "2A"


def test_staff_comma_separated_with_quotes_and_leave_dates(
    dossier: Dossier, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "personeel.csv",
        "Personeelsnummer,Roepnaam,Achternaam,Functie,Datum in dienst,Datum uit dienst\n"
        'M01,Ewa,Wiśniewska,"docent, mentor",01-08-2015,\n'
        "M02,Minh,Nguyễn,conciërge,2010-08-01,31-07-2024\n",
    )
    report = run_import(dossier, path)  # kind inferred from "Personeelsnummer"
    assert report.plan.delimiter_name == "komma" and report.added == 2
    found = persons(dossier)
    assert found["medewerker:M01"].function_title == "docent, mentor"
    assert found["medewerker:M01"].leave_date is None
    assert found["medewerker:M02"].leave_date == dt.date(2024, 7, 31)
    assert found["medewerker:M02"].start_date == dt.date(2010, 8, 1)


def test_reimport_updates_by_number_and_reports_changes(dossier: Dossier, tmp_path: Path) -> None:
    run_import(dossier, write(tmp_path / "a.csv", MAGISTER, "cp1252"))
    changed = MAGISTER.replace("1002;François;;Ñúñez;3H2", "1002;François;;Ñúñez;4H1").replace(
        "1003;Jürgen;;Ødegård;4V1;01/12/2009;bovenbouw vmbo;Plein 3",
        "1003;Jürgen;;Ødegård;4V1;01/12/2009;onderbouw havo/vwo;Plein 4",
    )
    changed += "1004;Anouk;de;Bruijn;1A;02-02-2013;brugklas;Hoek 5;6213 GH;Maastricht;;ABC\n"
    path = write(tmp_path / "b.csv", changed, "cp1252")

    plan_only = dossier.unit_of_work()
    with plan_only as uow:
        plan = plan_import(uow, path)
    assert count(dossier) == 3  # planning writes nothing

    report = run_import(dossier, path)
    assert count(dossier) == 4
    rows = {r.number: r for r in report.plan.rows}
    assert rows["1001"].action is RowAction.SKIP and rows["1001"].reason == "ongewijzigd"
    assert rows["1002"].action is RowAction.CHANGE and rows["1002"].changed == ("klas",)
    assert rows["1003"].changed == ("adres", "team")
    assert rows["1004"].action is RowAction.ADD
    assert report.plan.new_teams == ("brugklas",)
    assert [r.action for r in plan.rows] == [r.action for r in report.plan.rows]
    assert persons(dossier)["leerling:1002"].class_name == "4H1"
    assert "regel 3: gewijzigd leerling 1002 François Ñúñez (klas)" in report.plan.row_lines()


def test_file_with_three_bad_rows_imports_nothing(dossier: Dossier, tmp_path: Path) -> None:
    run_import(dossier, write(tmp_path / "first.csv", MAGISTER, "cp1252"))
    before = count(dossier)
    bad = (
        "Stamnr;Roepnaam;Achternaam;Klas;Geb.datum\n"
        "1001;Zoë;Müller;5H1;07-03-2011\n"  # would change the klas: must not happen
        "2002;Bram;Bakker;1A;31-02-2012\n"  # line 3: no such date
        "2003;Sem;Smit;1A;01-01-2012\n"
        '2004;Lotte;;1A;"01-01-2012"\n'  # line 5: no achternaam
        f"2005;Noah;{'x' * 101};1A;01-01-2012\n"  # line 6: too long
    )
    with pytest.raises(ImportRejected) as caught:
        run_import(dossier, write(tmp_path / "bad.csv", bad))
    assert [line for line, _ in caught.value.problems] == [3, 5, 6]
    message = str(caught.value)
    assert "31-02-2012" in message and "achternaam ontbreekt" in message
    assert "te lang: 101 tekens, het maximum is 100" in message
    assert "regel 3:" in message and "regel 5:" in message and "regel 6:" in message
    assert "niets gewijzigd" in message
    assert count(dossier) == before
    assert persons(dossier)["leerling:1001"].class_name == "3H2"


def test_duplicate_numbers_in_the_file_name_both_lines(dossier: Dossier, tmp_path: Path) -> None:
    text = "Stamnr;Roepnaam;Achternaam\n1;Ali;Kaya\n2;Eva;Jansen\n1;Ayşe;Kaya\n"
    with pytest.raises(ImportRejected) as caught:
        run_import(dossier, write(tmp_path / "dup.csv", text))
    assert caught.value.problems == (
        (2, "nummer 1 staat meer dan eens in het bestand (ook op regel 4)."),
        (4, "nummer 1 staat meer dan eens in het bestand (ook op regel 2)."),
    )
    assert count(dossier) == 0


def test_line_numbers_are_physical_lines(dossier: Dossier, tmp_path: Path) -> None:
    text = (
        "Stamnr;Roepnaam;Achternaam;Straat;Geb.datum\n"
        '1;Ali;Kaya;"Kerkstraat 1\nachterom";01-01-2010\n'  # lines 2 and 3
        "\n"  # line 4: empty
        "2;Eva;Jansen;Markt 1;2010-13-01\n"  # line 5
    )
    with pytest.raises(ImportRejected) as caught:
        run_import(dossier, write(tmp_path / "multi.csv", text))
    assert [line for line, _ in caught.value.problems] == [5]


def test_parents_are_linked_and_not_duplicated(dossier: Dossier, tmp_path: Path) -> None:
    run_import(dossier, write(tmp_path / "lln.csv", MAGISTER, "cp1252"))
    parents = write(
        tmp_path / "ouders.csv",
        "Leerlingnummer kind;Roepnaam;Achternaam;Postcode;Relatie;E-mail\n"
        "1001, 1002;Hans;Müller;6211AB;vader;hans@example.nl\n"
        "1003;Grete;Ødegård;6212 EF;moeder;\n"
        "1001;Hans;Müller;6211AB;vader;hans@example.nl\n",  # once per child: merged
    )
    report = run_import(dossier, parents)
    assert (report.added, report.skipped) == (2, 1)
    assert report.plan.skipped[0].reason.startswith("samengevoegd met regel 2")
    with dossier.unit_of_work(read_only=True) as uow:
        links = uow.session.execute(
            select(Person.voornaam, Guardianship.relation, Guardianship.student_id)
            .join(Guardianship, Guardianship.guardian_id == Person.id)
            .order_by(Guardianship.student_id)
        ).all()
    ids = {n: p.id for n, p in persons(dossier).items()}
    assert links == [
        ("Hans", "vader", ids["leerling:1001"]),
        ("Hans", "vader", ids["leerling:1002"]),
        ("Grete", "moeder", ids["leerling:1003"]),
    ]
    again = run_import(dossier, parents)  # matched by roepnaam, achternaam and postcode
    assert (again.added, again.changed) == (0, 0)
    assert {r.reason for r in again.plan.skipped} >= {"ongewijzigd"}
    assert count(dossier, Person) == 5 and count(dossier, Guardianship) == 3


def test_unknown_child_number_is_a_row_error(dossier: Dossier, tmp_path: Path) -> None:
    run_import(dossier, write(tmp_path / "lln.csv", MAGISTER, "cp1252"))
    before = count(dossier)
    path = write(
        tmp_path / "ouders.csv",
        "Nummer kind;Roepnaam;Achternaam\n1001;Hans;Müller\n9999;Onbekend;Ouder\n",
    )
    with pytest.raises(ImportRejected) as caught:
        run_import(dossier, path)
    assert caught.value.problems == ((3, "er is geen leerling met nummer 9999 (nummer kind)."),)
    assert count(dossier) == before and count(dossier, Guardianship) == 0


def test_students_and_parents_in_one_file_with_a_kind_column(
    dossier: Dossier, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "alles.csv",
        "Soort;Nummer;Roepnaam;Achternaam;Nummer kind\n"
        "ouder;;Fatma;Kaya;5001\n"
        "leerling;5001;Emre;Kaya;\n"
        "Docent;D7;Joost;Peeters;\n",
    )
    report = run_import(dossier, path)
    assert report.added == 3
    found = persons(dossier)
    assert found["medewerker:D7"].kind is PersonKind.MEDEWERKER
    assert count(dossier, Guardianship) == 1
    bad = write(tmp_path / "fout.csv", "Soort;Nummer;Roepnaam;Achternaam\nconciërge;1;A;B\n")
    with pytest.raises(ImportRejected, match="de soort 'conciërge' is onbekend"):
        run_import(dossier, bad)


def test_a_teamleider_cannot_import(dossier: Dossier, tmp_path: Path) -> None:
    add_user(dossier, "tl.onder", PASSWORD, "teamleider", teams=("onderbouw havo/vwo",))
    path = write(tmp_path / "lln.csv", MAGISTER, "cp1252")
    before = (count(dossier), count(dossier, Team), count(dossier, AuditEntry))
    with Dossier.open(dossier.path, "tl.onder", PASSWORD) as teamleider:
        with pytest.raises(PermissionDenied, match="personen te importeren"):
            run_import(teamleider, path)
        with pytest.raises(PermissionDenied), teamleider.unit_of_work() as uow:
            plan_import(uow, path)
    # opening as the teamleider wrote its own "dossier.open" entry, nothing else
    assert before == (count(dossier), count(dossier, Team), count(dossier, AuditEntry) - 1)


def test_explicit_mapping_and_progress(dossier: Dossier, tmp_path: Path) -> None:
    path = write(tmp_path / "eigen.csv", "Lln nr;Naam roep;Familienaam;Adres\n7;Mila;Peters;X\n")
    with pytest.raises(ImportRejected, match="kolom voor de roepnaam ontbreekt"):
        run_import(dossier, path)
    with pytest.raises(InvalidInput, match="'schoenmaat' in de koppeling bestaat niet"):
        run_import(dossier, path, mapping={"Adres": "schoenmaat"})
    calls: list[tuple[int, int]] = []
    report = run_import(
        dossier,
        path,
        kind="leerling",
        mapping={
            "Lln nr": "nummer",
            "naam roep": "roepnaam",
            "Familienaam": "achternaam",
            "Adres": "-",
        },
        progress=lambda done, total: calls.append((done, total)),
    )
    assert report.added == 1 and calls == [(0, 1), (1, 1)]
    assert report.plan.ignored_columns == ("Adres",)
    assert persons(dossier)["leerling:7"].street == ""


def test_missing_number_column_names_its_synonyms(dossier: Dossier, tmp_path: Path) -> None:
    path = write(tmp_path / "x.csv", "Roepnaam;Achternaam\nA;B\n")
    with pytest.raises(ImportRejected) as caught:
        run_import(dossier, path, kind="medewerker")
    assert caught.value.problems[0][0] == 1
    assert "nummer ontbreekt" in str(caught.value) and "Personeelsnummer" in str(caught.value)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "bestaat niet"),
        ("dir", "is een map"),
        (b"", "is leeg"),
        (b"  \r\n\r\n", "is leeg"),
        (b"Stamnr;Roepnaam;Achternaam\r\n", "alleen een kopregel"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "geen tekstbestand"),
        (b"PK\x03\x04\x14\x00\x06\x00", "Excel- of zip-bestand"),
        (b"Beste ouders\nHierbij de lijst.\n", "lijkt geen CSV-bestand"),
        (b"Beste ouders, hierbij\nde lijst.\n", "geen van de kolommen is bekend"),
    ],
)
def test_files_that_cannot_be_imported(
    dossier: Dossier, tmp_path: Path, content: bytes | str | None, expected: str
) -> None:
    path = tmp_path / "bestand.csv"
    if content == "dir":
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    with pytest.raises(InvalidInput, match=expected):
        run_import(dossier, path)
    assert count(dossier) == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("07-03-2011", dt.date(2011, 3, 7)),
        ("7-3-2011", dt.date(2011, 3, 7)),
        ("07/03/2011", dt.date(2011, 3, 7)),
        ("2011-03-07", dt.date(2011, 3, 7)),
        ("07-03-2011 00:00:00", dt.date(2011, 3, 7)),
    ],
)
def test_date_formats(text: str, expected: dt.date) -> None:
    assert parse_date(text, "geboortedatum") == expected


@pytest.mark.parametrize("text", ["31-02-2011", "07-03-11", "2011/03/07", "maart 2011", "0-0-0000"])
def test_bad_dates(text: str) -> None:
    with pytest.raises(InvalidInput, match="geen geldige datum"):
        parse_date(text, "geboortedatum")


# --- the command line --------------------------------------------------------------------


def cli(argv: list[object], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    parser = new_parser(prog="casemanager")
    people_commands.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args([str(a) for a in argv])
    try:
        code = int(args.run(args))
    except CaseManagerError as error:
        print(f"casemanager: {error}", file=__import__("sys").stderr)
        code = error.exit_code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def login(monkeypatch: pytest.MonkeyPatch) -> None:
    from conftest import ADMIN_PASSWORD

    monkeypatch.setenv("CASEMANAGER_PASSWORD", ADMIN_PASSWORD)


def test_cli_import_dry_run_then_real(
    dossier: Dossier, tmp_path: Path, login: None, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path / "somtoday.csv", SOMTODAY, "utf-8-sig")
    base = ["import-people", dossier.path, path, "--user", "beheer"]
    code, out, _ = cli([*base, "--dry-run"], capsys)
    assert code == 0 and "Proefimport" in out and "Toegevoegd: 3" in out
    assert count(dossier) == 0
    code, out, _ = cli(base, capsys)
    assert code == 0 and "Toegevoegd: 3, gewijzigd: 0, overgeslagen: 0." in out
    assert "regel 2: toegevoegd leerling 2001 Doğan Yılmaz" in out
    code, out, _ = cli(base, capsys)
    assert code == 0 and "overgeslagen: 3" in out and "ongewijzigd" in out
    assert count(dossier) == 3


def test_cli_import_bad_input_exits_2(
    dossier: Dossier, tmp_path: Path, login: None, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path / "fout.csv", "Stamnr;Roepnaam;Achternaam\n1;A;\n2;;B\n3;C;D\n")
    code, out, err = cli(["import-people", dossier.path, path, "--user", "beheer"], capsys)
    assert code == 2 and out == ""
    assert "regel 2: de achternaam ontbreekt." in err and "regel 3: de roepnaam ontbreekt." in err
    code, _, err = cli(
        ["import-people", dossier.path, path, "--user", "beheer", "--map", "zonder"], capsys
    )
    assert code == 2 and "--map" in err
    code, _, err = cli(["import-people", dossier.path, tmp_path, "--user", "beheer"], capsys)
    assert code == 2 and "is een map" in err
    assert count(dossier) == 0


def test_cli_import_with_kind_and_map(
    dossier: Dossier, tmp_path: Path, login: None, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(
        tmp_path / "p.csv", "Code;Roepnaam;Achternaam;Rol op school\nX1;Ewa;Nowak;docent\n"
    )
    code, out, _ = cli(
        [
            "import-people",
            dossier.path,
            path,
            "--user",
            "beheer",
            "--kind",
            "medewerker",
            "--map",
            "Code=nummer",
            "--map",
            "Rol op school=functie",
        ],
        capsys,
    )
    assert code == 0 and "toegevoegd medewerker X1 Ewa Nowak" in out
    assert persons(dossier)["medewerker:X1"].function_title == "docent"
