"""Rapportage: the figures per month, violation, team and rung over hand-made cases and
over the demo school (against counts made independently in Python), who may see which
figures, and the CSV export (no names, never over an existing file)."""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ADMIN, ADMIN_PASSWORD, add_user, open_demo
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from casemanager.access import visible_cases
from casemanager.cases.statistics import (
    ALL_TEAMS,
    NO_TEAM,
    CaseStatistics,
    MonthCount,
    TeamCount,
    case_statistics,
    school_year,
    statistics_csv,
    write_statistics_csv,
)
from casemanager.errors import DossierExists, InvalidInput, PermissionDenied
from casemanager.store.dossier import Dossier
from models import Account, Case, CaseViolation, Decision, Objection, ObjectionOutcome, Person
from models.cases import Severity
from models.people import PersonKind, Team

PASSWORD = "een lang genoeg wachtwoord"
D = dt.date
YEAR = (D(2026, 8, 1), D(2027, 7, 31))  # the school year 2026-2027
# key: (voornaam, achternaam, team, kind)
PEOPLE = {
    "anna": ("Annabel", "Bakkersveld", "A", PersonKind.LEERLING),
    "bram": ("Bramwell", "Vriesendorp", "A", PersonKind.LEERLING),
    "dana": ("Danique", "Janssenius", "B", PersonKind.LEERLING),
    "eef": ("Eefje", "Smitsenburg", None, PersonKind.MEDEWERKER),
    "fien": ("Fientje", "Kuipersma", "A", PersonKind.MEDEWERKER),
}
# seq: (person, incident date, violations); "X-OUD" is no longer in the policy
CASES = {
    1: ("anna", D(2026, 9, 1), ("A1-LES",)),
    2: ("bram", D(2026, 9, 15), ("A6-PEST", "A2-INFO")),
    3: ("anna", D(2026, 10, 1), ("A6-PEST",)),
    4: ("dana", D(2026, 10, 31), ("A6-PEST",)),
    5: ("dana", D(2026, 11, 1), ("A1-LES",)),
    6: ("eef", D(2026, 10, 10), ("C1-VERTROUWELIJK",)),
    7: ("fien", D(2026, 12, 20), ("B1-VERMELD",)),
    8: ("anna", D(2026, 7, 31), ("A1-LES",)),  # the day before the period
    9: ("bram", D(2026, 8, 1), ("A6-KWETS", "X-OUD")),  # its first day
    10: ("dana", D(2027, 7, 31), ("A6-KWETS",)),  # its last day
    11: ("dana", D(2027, 8, 1), ("A6-KWETS",)),  # the day after
}
# case: [(rung, voornemen, decided on, set aside on objection)], inserted in this order
# fmt: off
DECISIONS = {
    1: [("waarschuwing", False, D(2026, 9, 10), False)],
    2: [("verwijdering", True, D(2026, 9, 20), False)],  # only a voornemen
    # the later decision counts, although it was stored first
    3: [("interne_schorsing", False, D(2026, 10, 20), False),
        ("waarschuwing", False, D(2026, 10, 5), False)],
    4: [("externe_schorsing", False, D(2026, 11, 5), True)],
    5: [("waarschuwing", False, D(2026, 11, 3), False)],
    6: [("ontslag", True, D(2026, 10, 12), False), ("berisping", False, D(2026, 11, 9), False)],
    8: [("waarschuwing", False, D(2026, 8, 20), False)],
    10: [("strafwerk", False, D(2027, 7, 31), False)],  # a rung the policy no longer has
}
USERS = (("dir", "directie", ()), ("tl-a", "teamleider", ("onderbouw",)),
         ("tl-b", "teamleider", ("bovenbouw",)), ("hr", "hr", ()), ("adm", "administratie", ()))
# fmt: on


@pytest.fixture
def school(dossier: Dossier) -> Callable[[str], Dossier]:
    """The cases above in a real dossier; ``school("tl-a")`` signs in as that account."""
    with dossier.unit_of_work() as uow:
        uow.session.add_all(
            [Team(name="onderbouw"), Team(name="bovenbouw"), Team(name="oud", active=False)]
        )
        uow.commit()
    for username, role, teams in USERS:
        add_user(dossier, username, PASSWORD, role, teams=teams)
    with dossier.unit_of_work() as uow:
        s = uow.session
        team_ids = {name: id_ for name, id_ in s.execute(select(Team.name, Team.id))}
        teams = {"A": team_ids["onderbouw"], "B": team_ids["bovenbouw"]}
        owner = s.scalar(select(Account.id).where(Account.username == "dir"))
        people = {}
        for key, (first, last, team, kind) in PEOPLE.items():
            person = Person(kind=kind, voornaam=first, achternaam=last, team_id=teams.get(team))
            s.add(person)
            s.flush()
            people[key] = person
        for seq, (who, day, codes) in CASES.items():
            person = people[who]
            s.add(Case(
                id=seq, number=f"2026-{seq:04d}", year=2026, seq=seq, subject_person_id=person.id,
                team_id=person.team_id, subject="Melding", incident_date=day,
                severity=Severity.MIDDEL, owner_id=owner, created_by_id=owner,
                ladder="medewerker" if person.kind == PersonKind.MEDEWERKER else "leerling",
                violations=[CaseViolation(code=code) for code in codes],
            ))  # fmt: skip
        s.flush()
        for case_id, decisions in DECISIONS.items():
            for rung, voornemen, day, set_aside in decisions:
                decision = Decision(
                    case_id=case_id, proposed_rung=rung, chosen_rung=rung, decided_by_id=owner,
                    decided_in_role="directie", is_voornemen=voornemen,
                    decided_at=dt.datetime.combine(day, dt.time(10)),
                )  # fmt: skip
                s.add(decision)
                s.flush()
                if set_aside:
                    s.add(Objection(case_id=case_id, decision_id=decision.id, received_on=day,
                                    outcome=ObjectionOutcome.GEGROND, outcome_on=day))  # fmt: skip
        uow.commit()
    path = dossier.path

    def sign_in(username: str) -> Dossier:
        if username == ADMIN:
            return Dossier.open(path, ADMIN, ADMIN_PASSWORD)
        return Dossier.open(path, username, PASSWORD)

    return sign_in


def figures(school: Callable[[str], Dossier], username: str, team: str = "") -> CaseStatistics:
    with school(username) as dossier:
        team_id = None
        if team:
            with dossier.reader() as connection:
                team_id = connection.scalar(select(Team.id).where(Team.name == team))
        return case_statistics(dossier, *YEAR, team_id)


def rung_counts(statistics: CaseStatistics) -> dict[tuple[str, str], int]:
    return {(r.ladder, r.rung): r.count for r in statistics.rungs if r.count}


def test_the_directie_sees_every_case_of_the_period(school: Callable[[str], Dossier]) -> None:
    found = figures(school, "dir")
    assert (found.total, found.decided, found.team_name) == (9, 5, ALL_TEAMS)
    assert [(m.year, m.month, m.count) for m in found.months] == [
        (2026, 8, 1), (2026, 9, 2), (2026, 10, 3), (2026, 11, 1), (2026, 12, 1),
        *((2027, month, 0) for month in range(1, 7)), (2027, 7, 1),
    ]  # fmt: skip
    assert found.months[0].label == "augustus 2026"
    assert [(v.code, v.count) for v in found.violations] == [
        ("A6-PEST", 3), ("A1-LES", 2), ("A6-KWETS", 2), ("A2-INFO", 1), ("B1-VERMELD", 1),
        ("C1-VERTROUWELIJK", 1), ("X-OUD", 1),
    ]  # fmt: skip
    assert found.violations[0].title == "Pesten" and found.violations[-1].title == "X-OUD"
    assert [(t.name, t.count) for t in found.teams] == [
        ("bovenbouw", 3),
        ("onderbouw", 5),
        (NO_TEAM, 1),
    ]  # the inactive team without cases is left out
    assert rung_counts(found) == {
        ("leerling", "waarschuwing"): 2,  # cases 1 and 5; case 3's later decision counts
        ("leerling", "interne_schorsing"): 1,
        ("medewerker", "berisping"): 1,  # after its voornemen
        ("leerling", "strafwerk"): 1,
    }  # case 4's decision was set aside on objection, case 2 has only a voornemen
    ladders = [(r.ladder, r.rung) for r in found.rungs]
    assert ladders[:5] == [("leerling", rung) for rung in (
        "waarschuwing_mondeling", "waarschuwing", "interne_schorsing", "externe_schorsing",
        "verwijdering")]  # fmt: skip
    assert len(ladders) == 11 and ladders[-1] == ("leerling", "strafwerk")
    assert found.rungs[0].title == "Mondelinge waarschuwing"
    assert found.rungs[-1].title == "strafwerk"


def test_a_team_choice_counts_only_that_team(school: Callable[[str], Dossier]) -> None:
    found = figures(school, "dir", team="onderbouw")
    assert (found.total, found.team_name) == (5, "onderbouw")
    assert [(t.name, t.count) for t in found.teams] == [("onderbouw", 5)]
    assert sum(m.count for m in found.months) == 5


def test_a_teamleider_sees_only_the_student_cases_of_their_teams(
    school: Callable[[str], Dossier],
) -> None:
    found = figures(school, "tl-a")
    assert found.total == 4  # cases 1, 2, 3, 9; case 7 is a staff case in the same team
    assert found.teams == (TeamCount(found.teams[0].team_id, "onderbouw", 4),)
    assert {r.ladder for r in found.rungs} == {"leerling"}
    assert rung_counts(found) == {
        ("leerling", "waarschuwing"): 1,
        ("leerling", "interne_schorsing"): 1,
    }
    assert figures(school, "tl-b").total == 3
    # asking for another team's figures shows nothing of it
    assert figures(school, "tl-a", team="bovenbouw").total == 0


def test_hr_sees_the_staff_cases(school: Callable[[str], Dossier]) -> None:
    found = figures(school, "hr")
    assert found.total == 2
    assert [(t.name, t.count) for t in found.teams] == [
        ("bovenbouw", 0),
        ("onderbouw", 1),
        (NO_TEAM, 1),
    ]
    assert {r.ladder for r in found.rungs} == {"medewerker"}
    assert rung_counts(found) == {("medewerker", "berisping"): 1}


@pytest.mark.parametrize("username", ["adm", ADMIN])
def test_administratie_and_beheerder_get_no_figures(
    school: Callable[[str], Dossier], username: str
) -> None:
    with pytest.raises(PermissionDenied, match="cijfers"):
        figures(school, username)


def test_a_wrong_period_or_team_is_refused(school: Callable[[str], Dossier]) -> None:
    with school("dir") as dossier:
        with pytest.raises(InvalidInput, match="begindatum"):
            case_statistics(dossier, D(2027, 1, 1), D(2026, 1, 1))
        with pytest.raises(InvalidInput, match="team"):
            case_statistics(dossier, *YEAR, team_id=999)
        one_day = case_statistics(dossier, D(2026, 8, 1), D(2026, 8, 1))
    assert one_day.total == 1 and one_day.months == (MonthCount(2026, 8, 1),)


def test_the_school_year_runs_from_august_to_july() -> None:
    assert school_year(D(2026, 11, 26)) == YEAR
    assert school_year(D(2027, 7, 31)) == YEAR
    assert school_year(D(2026, 7, 31)) == (D(2025, 8, 1), D(2026, 7, 31))


def test_the_csv_holds_the_figures_and_no_names(
    school: Callable[[str], Dossier], tmp_path: Path
) -> None:
    found = figures(school, "dir")
    path = write_statistics_csv(found, tmp_path / "zaken-cijfers-2026-2027.csv")
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM: Excel then reads UTF-8
    text = data.decode("utf-8-sig")
    rows = list(csv.reader(text.splitlines(), delimiter=";"))
    assert rows[:5] == [
        ["Cijfers over zaken"],
        ["Periode", "1 augustus 2026 t/m 31 juli 2027"],
        ["Team", "Alle teams"],
        ["Aantal zaken", "9"],
        ["Zaken met een besluit", "5"],
    ]
    assert ["september 2026", "2"] in rows and ["januari 2027", "0"] in rows
    assert ["A6-PEST", "Pesten", "3"] in rows
    assert ["onderbouw", "5"] in rows and [NO_TEAM, "1"] in rows
    assert ["Medewerkers (plichtsverzuim, cao-vo)", "Schriftelijke berisping", "1"] in rows
    headings = [row for row in rows if row and row[-1] == "Aantal zaken"]
    assert [row[0] for row in headings] == ["Maand", "Overtreding", "Team", "Sanctieladder"]
    names = {part for first, last, _team, _kind in PEOPLE.values() for part in (first, last)}
    with school("dir") as dossier, dossier.reader() as connection:
        names |= set(connection.scalars(select(Account.display_name)))
    assert len(names) > 10 and not [name for name in names if name in text]


def test_an_existing_file_is_never_overwritten(
    school: Callable[[str], Dossier], tmp_path: Path
) -> None:
    found = figures(school, "dir")
    folder = tmp_path / "export"
    folder.mkdir()
    existing = folder / "cijfers.csv"
    existing.write_text("eerder bestand", encoding="utf-8")
    with pytest.raises(DossierExists, match="niet overschreven"):
        write_statistics_csv(found, existing)
    assert existing.read_text(encoding="utf-8") == "eerder bestand"
    with pytest.raises(InvalidInput, match="bestaat niet"):
        write_statistics_csv(found, folder / "geen-map" / "cijfers.csv")
    assert [p.name for p in folder.iterdir()] == ["cijfers.csv"]  # no temporary file left


def test_a_text_that_looks_like_a_formula_stays_text() -> None:
    found = CaseStatistics(
        D(2026, 8, 1), D(2026, 8, 31), 1, "=HYPERLINK(1)", 0, (MonthCount(2026, 8, 0),),
        (), (TeamCount(1, "=HYPERLINK(1)", 0),), (),
    )  # fmt: skip
    rows = list(csv.reader(statistics_csv(found).splitlines(), delimiter=";"))
    assert ["Team", "'=HYPERLINK(1)"] in rows and ["'=HYPERLINK(1)", "0"] in rows


# --- the demo school, against counts made in Python from the ORM ---------------------------


def expected_from_orm(dossier: Dossier, first: dt.date, last: dt.date) -> dict[str, Counter]:
    """The same figures, counted case by case in Python (no GROUP BY)."""
    with dossier.unit_of_work(read_only=True) as uow:
        s = uow.session
        cases = s.scalars(
            select(Case).where(visible_cases(dossier.actor)).options(selectinload(Case.violations))
        ).all()
        set_aside = set(s.scalars(select(Objection.decision_id).where(
            Objection.outcome == ObjectionOutcome.GEGROND)))  # fmt: skip
        finals = [d for d in s.scalars(select(Decision)) if not d.is_voornemen]
        result: dict[str, Counter] = {k: Counter() for k in ("month", "code", "team", "rung")}
        for case in cases:
            if not first <= case.incident_date <= last:
                continue
            result["month"][(case.incident_date.year, case.incident_date.month)] += 1
            result["code"].update(v.code for v in case.violations)
            result["team"][case.team_id] += 1
            standing = [d for d in finals if d.case_id == case.id and d.id not in set_aside]
            if standing:
                last_one = max(standing, key=lambda d: (d.decided_at, d.id))
                result["rung"][(case.ladder, last_one.chosen_rung)] += 1
    return result


@pytest.mark.parametrize("username", ["directie", "teamleider", "hr"])
def test_the_demo_figures_equal_counts_made_case_by_case(demo_path: Path, username: str) -> None:
    with open_demo(demo_path, username) as dossier:
        first, _ = school_year(dt.date.today() - dt.timedelta(days=365))
        last = dt.date.today()
        found = case_statistics(dossier, first, last)
        expected = expected_from_orm(dossier, first, last)
    assert found.total == sum(expected["month"].values()) > 0
    assert {(m.year, m.month): m.count for m in found.months if m.count} == expected["month"]
    assert len(found.months) == (last.year - first.year) * 12 + last.month - first.month + 1
    assert {v.code: v.count for v in found.violations} == expected["code"]
    assert {t.team_id: t.count for t in found.teams if t.count} == expected["team"]
    assert rung_counts(found) == expected["rung"]
