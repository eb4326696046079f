"""The case list: permission first, only visible cases, every filter, every sort in both
directions, stable paging, counts, the next deadline, a person's history, and the plan
SQLite chooses for the default page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from conftest import add_user
from sqlalchemy import event, select

from casemanager.cases.listing import (
    SEVERITY_ORDER,
    STATUS_ORDER,
    CaseFilter,
    CaseRow,
    CaseSort,
    count_cases,
    list_cases,
)
from casemanager.cases.person_history import person_history
from casemanager.errors import PermissionDenied
from casemanager.store.dossier import Dossier
from models import (
    Account,
    Case,
    CaseParty,
    CaseViolation,
    Decision,
    Hearing,
    Notification,
    NotificationKind,
    PartyRole,
    Person,
    Team,
)
from models.audit import AuditEntry
from models.cases import CaseStatus as S
from models.cases import Severity as V
from models.people import PersonKind

PASSWORD = "een lang genoeg wachtwoord"
TODAY = dt.date(2026, 11, 10)
D = dt.date

# key: (voornaam, tussenvoegsel, achternaam, class, team, kind)
PEOPLE = {
    "anna": ("Anna", "", "Bakker", "1A", "A", PersonKind.LEERLING),
    "bram": ("Bram", "de", "Vries", "2B", "A", PersonKind.LEERLING),
    "cem": ("Cem", "", "Yilmaz", "1A", "A", PersonKind.LEERLING),
    "dana": ("Dana", "", "Jansen", "4V", "B", PersonKind.LEERLING),
    "eef": ("Eef", "", "Smit", "", None, PersonKind.MEDEWERKER),
}
# seq: (person, incident date, status, severity, violations, owner)
CASES = {
    1: ("anna", D(2026, 9, 1), S.GEMELD, V.LICHT, ("A.1",), "dir"),
    2: ("bram", D(2026, 9, 15), S.ONDERZOEK, V.MIDDEL, ("A.6", "A.2"), "tl-a"),
    3: ("cem", D(2026, 10, 1), S.BESLUIT, V.ZWAAR, ("A.6",), "tl-a"),
    4: ("anna", D(2026, 10, 1), S.AFGESLOTEN, V.MIDDEL, (), "dir"),
    5: ("dana", D(2026, 9, 20), S.HEROPEND, V.ERNSTIG, ("A.5",), "dir"),
    6: ("dana", D(2026, 11, 1), S.GESEPONEERD, V.LICHT, ("A.1",), "dir"),
    7: ("eef", D(2026, 10, 10), S.HOORGESPREK, V.ZWAAR, ("C.1",), "hr"),
    8: ("bram", D(2026, 11, 5), S.BEZWAAR, V.ERNSTIG, ("A.2",), "tl-a"),
}
NEXT_DUE = {1: D(2026, 11, 20), 2: D(2026, 11, 15), 3: D(2026, 11, 30), 5: D(2026, 11, 25)}
# case 4 is closed: no next deadline in the list, although its measure runs until today
NEXT_DUE[8] = D(2026, 11, 1)  # an overdue notification still counts


@dataclass
class School:
    path: Path
    teams: dict[str, int]
    people: dict[str, int]
    accounts: dict[str, int]
    open: Callable[[str], Dossier]


def seed(dossier: Dossier) -> School:
    with dossier.unit_of_work() as uow:
        teams = {"A": Team(name="onderbouw"), "B": Team(name="bovenbouw")}
        uow.session.add_all(teams.values())
        uow.commit()
    for username, roles, team_names in (
        ("dir", ("directie",), ()),
        ("tl-a", ("teamleider",), ("onderbouw",)),
        ("tl-b", ("teamleider",), ("bovenbouw",)),
        ("hr", ("hr",), ()),
        ("adm", ("administratie",), ()),
    ):
        add_user(dossier, username, PASSWORD, *roles, teams=team_names)
    with dossier.unit_of_work() as uow:
        s = uow.session
        accounts = {name: id_ for name, id_ in s.execute(select(Account.username, Account.id))}
        people = {}
        for key, (first, between, last, klas, team, kind) in PEOPLE.items():
            person = Person(kind=kind, voornaam=first, tussenvoegsel=between, achternaam=last)
            person.class_name, person.team_id = klas, teams[team].id if team else None
            s.add(person)
            s.flush()
            people[key] = person.id
        for seq, (who, day, status, severity, codes, owner) in CASES.items():
            kind = PEOPLE[who][5]
            case = Case(
                number=f"2026-{seq:04d}",
                year=2026,
                seq=seq,
                subject_person_id=people[who],
                team_id=teams[PEOPLE[who][4]].id if PEOPLE[who][4] else None,
                subject="Melding",
                incident_date=day,
                severity=severity,
                status=status,
                owner_id=accounts[owner],
                created_by_id=accounts[owner],
                ladder="medewerker" if kind == PersonKind.MEDEWERKER else "leerling",
                violations=[CaseViolation(code=code) for code in codes],
            )
            s.add(case)
            s.flush()
            assert case.id == seq
        s.add(CaseParty(case_id=8, person_id=people["anna"], role=PartyRole.SLACHTOFFER))
        add_deadlines(s, accounts["dir"])
        uow.commit()
    return School(
        dossier.path,
        {k: t.id for k, t in teams.items()},
        people,
        accounts,
        lambda user: Dossier.open(dossier.path, user, PASSWORD),
    )


def add_deadlines(s: Any, by: int) -> None:
    def decision(case_id: int, voornemen: bool, **extra: Any) -> Decision:
        return Decision(
            case_id=case_id,
            proposed_rung="waarschuwing",
            chosen_rung=extra.pop("rung", "waarschuwing"),
            decided_by_id=by,
            decided_in_role="directie",
            decided_at=extra.pop("at", dt.datetime(2026, 10, 5, 9, 0)),
            is_voornemen=voornemen,
            **extra,
        )

    def notification(case_id: int, due: dt.date, done: bool = False) -> Notification:
        done_at = dt.datetime(2026, 11, 1) if done else None
        return Notification(
            case_id=case_id, kind=NotificationKind.OUDERS, due_on=due, done_at=done_at
        )

    def hearing(case_id: int, day: dt.date, held: bool = False) -> Hearing:
        planned = dt.datetime.combine(day, dt.time(10, 0))
        return Hearing(case_id=case_id, planned_at=planned, held_at=planned if held else None)

    s.add_all(
        [
            notification(1, D(2026, 11, 20)),
            notification(1, D(2026, 11, 12), done=True),
            hearing(2, D(2026, 11, 15)),
            hearing(2, D(2026, 11, 11), held=True),
            decision(3, True, zienswijze_due=D(2026, 11, 30)),
            notification(3, D(2026, 12, 5)),
            hearing(4, D(2026, 11, 11)),  # not held, but the case is closed
            decision(4, True, rung="schorsing", at=dt.datetime(2026, 10, 2, 9, 0)),
            decision(4, False, rung="waarschuwing", ends_on=D(2026, 10, 20)),
            decision(4, False, rung="schorsing", at=dt.datetime(2026, 10, 6), ends_on=TODAY),
            decision(5, True, zienswijze_due=D(2026, 11, 13)),
        ]
    )
    s.flush()  # the final decision below has a higher id than the voornemen: it follows it
    s.add_all(
        [
            decision(5, False, ends_on=D(2026, 11, 25)),
            decision(6, False, ends_on=D(2026, 11, 1)),  # ended
            notification(8, D(2026, 11, 1)),
        ]
    )


@pytest.fixture
def school(dossier: Dossier) -> School:
    return seed(dossier)


@pytest.fixture
def directie(school: School) -> Iterator[Dossier]:
    with school.open("dir") as opened:
        yield opened


def numbers(rows: list[CaseRow]) -> list[int]:
    return [row.id for row in rows]


def ids(dossier: Dossier, **filter: Any) -> set[int]:
    return set(numbers(list_cases(dossier, CaseFilter(**filter), today=TODAY)))


@pytest.mark.parametrize("username", ["adm", "beheer"])
def test_administratie_and_beheerder_are_refused(school: School, username: str) -> None:
    from conftest import ADMIN_PASSWORD

    password = ADMIN_PASSWORD if username == "beheer" else PASSWORD
    with Dossier.open(school.path, username, password) as opened:
        for call in (
            lambda: list_cases(opened),
            lambda: count_cases(opened),
            lambda: person_history(opened, school.people["anna"]),
        ):
            with pytest.raises(PermissionDenied):
                call()


@pytest.mark.parametrize(
    ("username", "visible"),
    [
        ("dir", {1, 2, 3, 4, 5, 6, 7, 8}),
        ("tl-a", {1, 2, 3, 4, 8}),
        ("tl-b", {5, 6}),
        ("hr", {7}),  # the staff ladder only
    ],
)
def test_each_role_sees_its_own_cases(school: School, username: str, visible: set[int]) -> None:
    with school.open(username) as opened:
        assert ids(opened) == visible
        assert count_cases(opened) == len(visible)
        # a filter cannot widen the view
        assert ids(opened, team_ids=frozenset(school.teams.values())) <= visible


def test_every_filter(school: School, directie: Dossier) -> None:
    team, people, accounts = school.teams, school.people, school.accounts
    cases: list[tuple[dict[str, Any], set[int]]] = [
        ({"statuses": frozenset({S.GEMELD, S.ONDERZOEK})}, {1, 2}),
        ({"open_only": True}, {1, 2, 3, 5, 7, 8}),
        ({"team_ids": frozenset({team["B"]})}, {5, 6}),
        ({"violation_codes": frozenset({"A.6"})}, {2, 3}),
        ({"violation_codes": frozenset({"A.1", "C.1"})}, {1, 6, 7}),
        ({"date_from": D(2026, 10, 1)}, {3, 4, 6, 7, 8}),
        ({"date_to": D(2026, 10, 1)}, {1, 2, 3, 4, 5}),
        ({"date_from": D(2026, 10, 1), "date_to": D(2026, 10, 1)}, {3, 4}),
        ({"owner_id": accounts["tl-a"]}, {2, 3, 8}),
        ({"mine": True}, {1, 4, 5, 6}),
        ({"person_id": people["anna"]}, {1, 4, 8}),  # 8: as slachtoffer
        ({"text": "vries"}, {2, 8}),
        ({"text": "  "}, {1, 2, 3, 4, 5, 6, 7, 8}),
        (
            {
                "team_ids": frozenset({team["A"]}),
                "open_only": True,
                "violation_codes": frozenset({"A.2"}),
            },
            {2, 8},
        ),
    ]
    for filter, expected in cases:
        assert ids(directie, **filter) == expected, filter
        assert count_cases(directie, CaseFilter(**filter)) == len(expected), filter
    with school.open("tl-a") as teamleider:
        assert ids(teamleider, mine=True) == {2, 3, 8}


def test_the_row_holds_what_the_list_shows(directie: Dossier) -> None:
    rows = {row.id: row for row in list_cases(directie, today=TODAY)}
    assert rows[2] == CaseRow(
        id=2,
        number="2026-0002",
        incident_date=D(2026, 9, 15),
        person_name="Bram de Vries",
        class_name="2B",
        team_name="onderbouw",
        violation_codes="A.2, A.6",
        status=S.ONDERZOEK,
        severity=V.MIDDEL,
        owner_name="Tl-A",
        next_due=D(2026, 11, 15),
    )
    assert rows[7].team_name == "" and rows[4].violation_codes == ""
    assert {case_id: row.next_due for case_id, row in rows.items() if row.next_due} == NEXT_DUE


def test_next_due_depends_on_the_day(directie: Dossier) -> None:
    rows = {row.id: row for row in list_cases(directie, today=D(2026, 10, 15))}
    # closed cases show no next deadline in the list; Te doen still shows a running measure
    assert rows[4].next_due is None
    assert rows[6].next_due is None
    rows = {row.id: row for row in list_cases(directie, today=D(2026, 11, 11))}
    assert rows[4].next_due is None  # ended; the unheld hearing of a closed case is no deadline
    assert rows[6].next_due is None


def expected_order(sort: CaseSort, descending: bool) -> list[int]:
    def person(seq: int) -> tuple[str, str]:
        first, _, last, *_ = PEOPLE[CASES[seq][0]]
        return last.lower(), first.lower()

    keys: dict[CaseSort, Callable[[int], Any]] = {
        CaseSort.NUMBER: lambda seq: seq,
        CaseSort.INCIDENT_DATE: lambda seq: CASES[seq][1],
        CaseSort.PERSON: person,
        CaseSort.CLASS: lambda seq: (PEOPLE[CASES[seq][0]][3], *person(seq)),
        CaseSort.STATUS: lambda seq: STATUS_ORDER.index(CASES[seq][2]),
        CaseSort.SEVERITY: lambda seq: SEVERITY_ORDER.index(CASES[seq][3]),
        CaseSort.NEXT_DUE: lambda seq: NEXT_DUE.get(seq),
    }
    key = keys[sort]
    with_key = [seq for seq in CASES if key(seq) is not None]
    without = [seq for seq in CASES if key(seq) is None]  # last in both directions
    return [
        *sorted(with_key, key=lambda seq: (key(seq), seq), reverse=descending),
        *sorted(without, reverse=descending),
    ]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", list(CaseSort))
def test_every_sort_in_both_directions(directie: Dossier, sort: CaseSort, descending: bool) -> None:
    rows = list_cases(directie, sort=sort, descending=descending, today=TODAY)
    assert numbers(rows) == expected_order(sort, descending)


def test_person_history_lists_final_decisions_newest_case_first(school: School) -> None:
    with school.open("tl-a") as teamleider:
        history = person_history(teamleider, school.people["anna"])
    assert [row.number for row in history] == ["2026-0004", "2026-0001"]  # not 8: a party
    assert [(d.rung, d.ends_on) for d in history[0].decisions] == [
        ("waarschuwing", D(2026, 10, 20)),
        ("schorsing", TODAY),
    ]  # the voornemen is left out
    assert history[1].decisions == () and history[1].violation_codes == "A.1"
    for other in ("tl-b", "hr"):
        with school.open(other) as opened:
            assert person_history(opened, school.people["anna"]) == []
    with school.open("tl-a") as teamleider, teamleider.reader() as connection:
        logged = connection.execute(
            select(AuditEntry.username, AuditEntry.person_id).where(
                AuditEntry.action == "person.history"
            )
        ).all()
    assert ("tl-a", school.people["anna"]) in logged


def test_negative_paging_is_refused(directie: Dossier) -> None:
    with pytest.raises(ValueError):
        list_cases(directie, offset=-1)


def add_many(dossier: Dossier, school: School, count: int) -> None:
    with dossier.unit_of_work() as uow:
        for i in range(count):
            seq = 100 + i
            who = ("anna", "bram", "cem", "dana")[i % 4]
            uow.session.add(
                Case(
                    number=f"2026-{seq:04d}",
                    year=2026,
                    seq=seq,
                    subject_person_id=school.people[who],
                    team_id=school.teams[PEOPLE[who][4]],
                    subject="Melding",
                    incident_date=D(2026, 9, 1) + dt.timedelta(days=i % 7),  # many ties
                    severity=SEVERITY_ORDER[i % 4],
                    status=STATUS_ORDER[i % len(STATUS_ORDER)],
                    owner_id=school.accounts["dir"],
                    created_by_id=school.accounts["dir"],
                    ladder="leerling",
                )
            )
        uow.commit()


@pytest.mark.parametrize("sort", list(CaseSort))
def test_paging_has_no_duplicates_and_no_gaps(
    dossier: Dossier, school: School, sort: CaseSort
) -> None:
    add_many(dossier, school, 250)
    with school.open("dir") as opened:
        total = count_cases(opened)
        assert total == 258
        for descending in (True, False):
            whole = numbers(list_cases(opened, sort=sort, descending=descending, limit=1000))
            pages: list[int] = []
            for offset in range(0, total + 37, 37):
                pages += numbers(
                    list_cases(opened, sort=sort, descending=descending, offset=offset, limit=37)
                )
            assert pages == whole
            assert len(set(pages)) == total
        team_a = CaseFilter(team_ids=frozenset({school.teams["A"]}))
        assert count_cases(opened, team_a) == len(list_cases(opened, team_a, limit=1000))


def query_plan(dossier: Dossier, **kwargs: Any) -> list[str]:
    """EXPLAIN QUERY PLAN of the statement with which list_cases picks the page's ids (the
    columns are then read for those ids only)."""
    seen: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().startswith("SELECT case_file.id"):
            seen.append((statement, parameters))

    event.listen(dossier.engine, "before_cursor_execute", capture)
    try:
        list_cases(dossier, **kwargs)
    finally:
        event.remove(dossier.engine, "before_cursor_execute", capture)
    statement, parameters = seen[0]
    with dossier.reader() as connection:
        plan = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
        return [row[3] for row in plan]


def test_the_default_page_reads_the_incident_index_without_sorting(school: School) -> None:
    with school.open("tl-a") as teamleider:  # visible: one team
        plan = query_plan(teamleider)
        assert any("USING INDEX ix_case_file_team_incident" in step for step in plan), plan
        assert not any("TEMP B-TREE" in step for step in plan), plan
    with school.open("dir") as directie:
        plan = query_plan(directie, filter=CaseFilter(team_ids=frozenset({school.teams["B"]})))
        assert any("USING INDEX ix_case_file_team_incident" in step for step in plan), plan
        assert not any("TEMP B-TREE" in step for step in plan), plan
        plan = query_plan(directie)
        assert any("USING INDEX ix_case_file_incident" in step for step in plan), plan
        assert not any("TEMP B-TREE" in step for step in plan), plan
