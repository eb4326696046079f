"""The register of persons: who sees whom, filters, sorting and paging in SQL, the picker,
and ``casemanager persons DOSSIER list``."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator

import pytest
from conftest import ADMIN_PASSWORD, add_user

from casemanager.cli import people_commands
from casemanager.cli.parsing import new_parser
from casemanager.errors import CaseManagerError, InvalidInput, PermissionDenied
from casemanager.people import count_persons, find_persons, list_persons
from casemanager.store.dossier import Dossier
from models.people import Guardianship, Person, PersonKind, Team

PASSWORD = "wachtwoord voor de test"
ONDER, BOVEN = "onderbouw havo/vwo", "bovenbouw vmbo"
LEFT = dt.date(2020, 7, 31)


@pytest.fixture
def school(dossier: Dossier) -> Dossier:
    """Students in two teams, a parent of each, staff, an outsider, and one user per role."""
    with dossier.unit_of_work() as uow:
        s = uow.session
        onder, boven = Team(name=ONDER), Team(name=BOVEN)
        s.add_all([onder, boven])
        people = [
            Person(
                kind=PersonKind.LEERLING,
                number="1001",
                voornaam="Zoë",
                tussenvoegsel="van der",
                achternaam="Berg",
                team=onder,
                class_name="1A",
            ),
            Person(
                kind=PersonKind.LEERLING,
                number="999",
                voornaam="Ali",
                achternaam="Kaya",
                team=onder,
                class_name="2B",
            ),
            Person(
                kind=PersonKind.LEERLING,
                number="1002",
                voornaam="Doğan",
                achternaam="Yılmaz",
                team=boven,
                class_name="3V1",
            ),
            Person(
                kind=PersonKind.LEERLING,
                number="1003",
                voornaam="Anna",
                achternaam="Aalders",
                team=onder,
                class_name="1a",
                leave_date=LEFT,
            ),
            Person(
                kind=PersonKind.OUDER, voornaam="Piet", tussenvoegsel="van der", achternaam="Berg"
            ),
            Person(kind=PersonKind.OUDER, voornaam="Emine", achternaam="Yılmaz"),
            Person(
                kind=PersonKind.MEDEWERKER,
                number="M01",
                voornaam="Ewa",
                achternaam="Wiśniewska",
                function_title="docent",
            ),
            Person(kind=PersonKind.OVERIG, voornaam="Kees", achternaam="Buiten"),
        ]
        s.add_all(people)
        s.flush()
        s.add(Guardianship(student_id=people[0].id, guardian_id=people[4].id))
        s.add(Guardianship(student_id=people[2].id, guardian_id=people[5].id))
        uow.commit()
    add_user(dossier, "tl.onder", PASSWORD, "teamleider", teams=(ONDER,))
    add_user(dossier, "hr", PASSWORD, "hr")
    add_user(dossier, "admin", PASSWORD, "administratie")
    add_user(dossier, "directie", PASSWORD, "directie")
    return dossier


@pytest.fixture
def as_user(school: Dossier) -> Iterator:
    opened: list[Dossier] = []

    def open_as(username: str) -> Dossier:
        opened.append(Dossier.open(school.path, username, PASSWORD))
        return opened[-1]

    yield open_as
    for d in opened:
        d.close()


def names(rows) -> list[str]:
    return [r.name for r in rows]


def test_teamleider_sees_own_team_students_their_parents_and_staff(as_user) -> None:
    rows = list_persons(as_user("tl.onder"))
    assert names(rows) == [
        "Anna Aalders",
        "Piet van der Berg",
        "Zoë van der Berg",
        "Kees Buiten",
        "Ali Kaya",
        "Ewa Wiśniewska",
    ]
    assert "Doğan Yılmaz" not in names(rows) and "Emine Yılmaz" not in names(rows)
    zoe = rows[2]
    assert (zoe.number, zoe.kind, zoe.team, zoe.class_name) == (
        "1001",
        PersonKind.LEERLING,
        ONDER,
        "1A",
    )
    assert zoe.sort_name == "Berg, Zoë van der"


def test_hr_sees_staff_not_students(as_user) -> None:
    rows = list_persons(as_user("hr"))
    assert {r.kind for r in rows} == {PersonKind.MEDEWERKER, PersonKind.OVERIG}
    assert names(rows) == ["Kees Buiten", "Ewa Wiśniewska"]
    assert list_persons(as_user("hr"), kind="leerling") == []


def test_administratie_is_refused(as_user) -> None:
    admin = as_user("admin")
    for call in (list_persons, count_persons):
        with pytest.raises(PermissionDenied, match="personen in te zien"):
            call(admin)
    with pytest.raises(PermissionDenied):
        find_persons(admin, "Berg")


def test_directie_and_beheerder_see_everyone(school: Dossier, as_user) -> None:
    assert count_persons(as_user("directie")) == 8
    assert count_persons(school) == 8


def test_filters_sorting_and_paging_in_sql(school: Dossier) -> None:
    assert names(list_persons(school, kind=PersonKind.LEERLING, sort="number")) == [
        "Ali Kaya",
        "Zoë van der Berg",
        "Doğan Yılmaz",
        "Anna Aalders",
    ]  # 999 before 1001: numbers sort by value
    assert names(list_persons(school, search="berg", kind="ouder")) == ["Piet van der Berg"]
    assert names(list_persons(school, search="van BERG")) == [
        "Piet van der Berg",
        "Zoë van der Berg",
    ]
    assert names(list_persons(school, class_name="1a")) == ["Anna Aalders", "Zoë van der Berg"]
    assert "Anna Aalders" not in names(list_persons(school, active=True))
    assert names(list_persons(school, active=False)) == ["Anna Aalders"]
    assert list_persons(school, active=False)[0].leave_date == LEFT
    all_rows = list_persons(school, sort="name", descending=True)
    assert names(all_rows)[0] == "Emine Yılmaz" and len(all_rows) == 8
    page = list_persons(school, sort="name", offset=2, limit=3)
    assert names(page) == names(list_persons(school))[2:5]
    assert count_persons(school, kind="leerling", active=True) == 3
    assert list_persons(school, search="100%") == []  # % is a character, not a wildcard
    by_team = [r.team for r in list_persons(school, sort="team")]
    assert by_team == sorted(by_team, key=str.lower) and set(by_team) == {"", ONDER, BOVEN}
    with pytest.raises(InvalidInput, match="Sorteren op 'schoenmaat'"):
        list_persons(school, sort="schoenmaat")
    with pytest.raises(InvalidInput, match="De soort 'docent' bestaat niet"):
        list_persons(school, kind="docent")


def test_find_persons_prefix_and_visibility(school: Dossier, as_user) -> None:
    assert names(find_persons(school, "ber")) == ["Piet van der Berg", "Zoë van der Berg"]
    assert names(find_persons(school, "zo ber")) == ["Zoë van der Berg"]
    assert names(find_persons(school, "100")) == [
        "Zoë van der Berg",
        "Doğan Yılmaz",
        "Anna Aalders",
    ]  # left last
    assert find_persons(school, "erg") == []  # a prefix, not a substring
    assert find_persons(school, "   ") == []
    assert names(find_persons(school, "A")) == ["Ali Kaya", "Anna Aalders"]  # left last
    assert names(find_persons(school, "b", limit=2)) == ["Piet van der Berg", "Zoë van der Berg"]
    assert names(find_persons(as_user("tl.onder"), "100")) == ["Zoë van der Berg", "Anna Aalders"]


# --- the command line --------------------------------------------------------------------


def cli(argv: list[object], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    parser = new_parser(prog="casemanager")
    people_commands.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args([str(a) for a in argv])
    try:
        code = int(args.run(args))
    except CaseManagerError as error:
        print(f"casemanager: {error}", file=sys.stderr)
        code = error.exit_code
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_list_json(
    school: Dossier, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CASEMANAGER_PASSWORD", PASSWORD)
    code, out, _ = cli(
        ["persons", school.path, "--user", "tl.onder", "list", "--json", "--kind", "leerling"],
        capsys,
    )
    assert code == 0
    rows = json.loads(out)
    assert [r["number"] for r in rows] == ["1003", "1001", "999"]
    assert rows[1] == {
        "id": rows[1]["id"],
        "number": "1001",
        "name": "Zoë van der Berg",
        "sort_name": "Berg, Zoë van der",
        "kind": "leerling",
        "team": ONDER,
        "class_name": "1A",
        "leave_date": None,
    }
    assert rows[0]["leave_date"] == "2020-07-31"


def test_cli_list_table_and_refusal(
    school: Dossier, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CASEMANAGER_PASSWORD", ADMIN_PASSWORD)
    code, out, _ = cli(["persons", school.path, "--user", "beheer", "list", "--active"], capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["nummer", "naam", "soort", "team", "klas"]
    berg = next(line for line in lines if line.startswith("1001"))
    assert lines[0].index("soort") == berg.index("leerling")  # aligned columns
    assert lines[0].index("klas") == berg.index("1A")
    assert lines[-1] == "7 personen."
    monkeypatch.setenv("CASEMANAGER_PASSWORD", PASSWORD)
    code, out, err = cli(["persons", school.path, "--user", "admin", "list"], capsys)
    assert code == 5 and out == "" and "geen toestemming" in err
    code, out, _ = cli(["persons", school.path, "--user", "hr", "list", "--kind", "ouder"], capsys)
    assert code == 0 and "Geen personen gevonden" in out


def test_cli_list_rejects_an_unknown_kind(
    school: Dossier, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        cli(["persons", school.path, "list", "--kind", "docent"], capsys)
    assert exited.value.code == 2
    assert "bestaat niet; kies uit" in capsys.readouterr().err
