"""The Te doen list (cases.deadlines.todo): every kind of deadline, its date and overdue flag,
the order, who sees what, and that doing the thing removes it.

Time is moved with ``todo(on=...)``; where a service dates a row with today, the row is
backdated in the database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import ADMIN, ADMIN_PASSWORD
from school import PASSWORD, copy_dossier, create_school_dossier
from sqlalchemy import select, update

from casemanager.cases import deciding, hearings, procedure, retention
from casemanager.cases.deadlines import todo
from casemanager.cases.reporting import NewReport, report_case
from casemanager.policy.calendar import SchoolCalendar, add_working_days, add_years
from casemanager.policy.loading import default_policy
from casemanager.store.dossier import Dossier
from casemanager.texts import Text, tr
from models.cases import Case
from models.dataleak import DataLeak
from models.people import Person, PersonKind
from models.procedure import Decision, Hearing, Notification, Objection, ObjectionOutcome

TODAY = dt.date.today()
NOW = dt.datetime.now()
MORNING = dt.datetime.combine(TODAY, dt.time(10, 0))
CALENDAR = SchoolCalendar(default_policy().holidays)
REPORT = "Gehoord in het bijzijn van een ouder; de feiten zijn erkend."
MOTIVATION = "Na het hoorgesprek is een zwaardere maatregel nodig: de bedreiging werd herhaald."
HOUDEN = "Hoorgesprek houden en verslag vastleggen"
PLANNEN = "Hoorgesprek plannen (verplicht vóór het besluit)"
TERM = "Bezwaartermijn loopt af; daarna kan de zaak worden afgesloten"


@dataclass
class World:
    path: Path
    cases: dict[str, int]  # scenario name → case id
    persons: dict[str, int]
    opened: dict[str, dt.date]  # scenario name → the (UTC) day the case was reported
    suspension: tuple[dt.date, dt.date]  # first and last day of the externe schorsing
    leak_due: dt.date
    leak_title: str


def open_as(path: Path, user: str) -> Dossier:
    return Dossier.open(path, user, ADMIN_PASSWORD if user == ADMIN else PASSWORD)


def report(uow, person: int, code: str) -> int:
    description = "Berichten in een groepsapp die tegen het protocol ingaan."
    return report_case(
        uow, NewReport(person, (code,), TODAY - dt.timedelta(days=1), description)
    ).id


def backdate(uow, model, case_id: int, **values) -> None:
    uow.session.execute(update(model).where(model.case_id == case_id).values(**values))


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    dossier, school = create_school_dossier(tmp_path_factory.mktemp("deadlines"))
    path = dossier.path
    with dossier, dossier.unit_of_work() as uow:
        left = add_years(TODAY, -3)  # the policy keeps students 2 years
        leaver = Person(kind=PersonKind.LEERLING, voornaam="Oud", achternaam="Leerling")
        leaver.leave_date = left
        uow.session.add(leaver)
        uow.commit()
    p, c = school.persons, {}
    first = CALENDAR.add_school_days(TODAY + dt.timedelta(days=3), 0)
    with open_as(path, "tl.onder") as d, d.unit_of_work() as uow:
        c["overdue"] = report(uow, p["jan"], "A6-PEST")
        hearings.plan_hearing(uow, c["overdue"], MORNING - dt.timedelta(days=3))
        c["upcoming"] = report(uow, p["jan"], "A6-PEST")
        hearings.plan_hearing(uow, c["upcoming"], MORNING + dt.timedelta(days=5))
        c["required"] = report(uow, p["jan"], "A6-DREIG")  # zwaar: interne schorsing, hearing
        c["objection"] = report(uow, p["jan"], "A6-PEST")
        deciding.decide(uow, c["objection"], "waarschuwing")
        procedure.make_known(uow, c["objection"], TODAY)
        procedure.record_objection(uow, c["objection"], TODAY, "De ouders vinden dit te zwaar.")
        c["schorsing"] = report(uow, p["ayse"], "A6-DREIG")
        hearing = hearings.plan_hearing(uow, c["schorsing"], NOW - dt.timedelta(hours=3))
        hearings.hold_hearing(
            uow, hearing, NOW - dt.timedelta(hours=2), "Ayşe en haar moeder gehoord."
        )
        external = dict(motivation=MOTIVATION, starts_on=first, duration_days=2)
        result = deciding.decide(uow, c["schorsing"], "externe_schorsing", **external)
        uow.commit()
    with open_as(path, "tl.boven") as d, d.unit_of_work() as uow:
        c["term"] = report(uow, p["zofia"], "A6-PEST")
        deciding.decide(uow, c["term"], "waarschuwing")
        backdate(
            uow, Decision, c["term"], decided_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=45)
        )
        # the term ends in 4 days: within the week before its end it shows in Te doen
        procedure.make_known(uow, c["term"], TODAY - dt.timedelta(days=38))
        uow.commit()
    with open_as(path, "hr") as d, d.unit_of_work() as uow:
        c["voornemen"] = report(uow, p["teacher"], "C1-VERTROUWELIJK")  # zwaar, and a datalek
        uow.commit()
    with open_as(path, "directie") as d, d.unit_of_work() as uow:
        assert deciding.decide(uow, c["voornemen"], "berisping").is_voornemen
        found = dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(days=5)
        backdate(uow, DataLeak, c["voornemen"], discovered_at=found)
        opened = {r.id: r.opened_at for r in uow.session.execute(select(Case.id, Case.opened_at))}
        leak = uow.session.scalars(select(DataLeak.title)).one()
        uow.commit()
    days = {name: opened[case_id].date() for name, case_id in c.items()}
    leak_due = (found + dt.timedelta(hours=72)).date()
    return World(path, c, p | {"leaver": leaver.id}, days, (first, result.ends_on), leak_due, leak)


def copy_of(world: World, folder: Path) -> Path:
    return copy_dossier(world.path, folder)


@pytest.fixture(scope="module")
def readers(world: World, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    path = copy_of(world, tmp_path_factory.mktemp("readers"))
    opened = {
        u: open_as(path, u) for u in ("tl.onder", "tl.boven", "hr", "directie", "admin", ADMIN)
    }
    yield opened
    for d in opened.values():
        d.close()


def items(world: World, d: Dossier, on: dt.date | None = None) -> list[tuple]:
    """The Te doen list as (kind, title, due, overdue, scenario name)."""
    names = {case_id: name for name, case_id in world.cases.items()}
    with d.unit_of_work(read_only=True) as uow:
        found = todo(uow.session, uow.actor, uow.policy, on=on)
    return [(i.kind, str(i.title), i.due, i.overdue, names.get(i.case_id, "")) for i in found]


def expected(world: World) -> dict[str, list[tuple]]:
    """What the directie sees today, per scenario ("" for items without a case)."""
    hearing_due = {
        n: CALENDAR.add_school_days(world.opened[n], 5) for n in ("required", "voornemen")
    }
    leak = f"Datalek beoordelen: {world.leak_title}"
    return {
        "overdue": [("hoorgesprek", HOUDEN, TODAY - dt.timedelta(days=3), True)],
        "upcoming": [("hoorgesprek", HOUDEN, TODAY + dt.timedelta(days=5), False)],
        "required": [("hoorgesprek", PLANNEN, hearing_due["required"], False)],
        "schorsing": [
            ("melding", "Melding: Inspectie van het Onderwijs", add_working_days(TODAY, 2), False),
            ("melding", "Melding: ouders/verzorgers", add_working_days(TODAY, 1), False),
            ("melding", "Melding: aangifte bij de politie", add_working_days(TODAY, 2), False),
        ],
        "term": [("bezwaartermijn", TERM, TODAY + dt.timedelta(days=4), False)],
        "objection": [
            ("bezwaar", "Beslissen op het bezwaar", TODAY + dt.timedelta(weeks=10), False)
        ],
        "voornemen": [
            ("hoorgesprek", PLANNEN, hearing_due["voornemen"], False),
            ("zienswijze", "Zienswijzetermijn eindigt; daarna het besluit nemen",
             TODAY + dt.timedelta(weeks=3), False),
        ],
        "": [
            ("datalek", leak, world.leak_due, world.leak_due < TODAY),
            ("bewaartermijn", "Bewaartermijn verstreken voor 1 persoon", TODAY, False),
        ],
    }  # fmt: skip


def flat(groups: dict[str, list[tuple]], *names: str) -> list[tuple]:
    return sorted((*item, name) for name in names for item in groups[name])


def test_the_directie_sees_every_kind_soonest_first(world: World, readers: dict) -> None:
    found = items(world, readers["directie"])
    assert sorted(found) == flat(expected(world), *expected(world))
    assert [i[2] for i in found] == sorted(i[2] for i in found)
    assert world.leak_due < TODAY  # found five days ago: the 72 hours are over
    with readers["directie"].unit_of_work(read_only=True) as uow:
        by_case = {i.case_id: i for i in todo(uow.session, uow.actor, uow.policy)}
    assert by_case[world.cases["upcoming"]].person == "Jan van der Berg"
    detail = by_case[world.cases["upcoming"]].detail
    assert detail == tr("Gepland om {time}", time=dt.time(10, 0))
    assert str(detail) == "Gepland om 10.00 uur"


@pytest.mark.parametrize(
    ("user", "scenarios"),
    [
        ("tl.onder", ("overdue", "upcoming", "required", "schorsing", "objection")),
        ("tl.boven", ("term",)),
        ("hr", ("voornemen",)),
        (ADMIN, ("",)),  # the data leak and retention, never a case
        ("admin", ()),
    ],
)
def test_each_role_sees_only_its_own(world: World, readers: dict, user: str, scenarios) -> None:
    found = items(world, readers[user])
    assert sorted(found) == flat(expected(world), *scenarios)


def test_the_sentences_keep_their_values_apart(world: World, readers: dict) -> None:
    """Titles and details are texts for the screens: the policy's words and the dates are
    values, so that an English screen can write them in English."""
    _first, last = world.suspension
    with readers["directie"].unit_of_work(read_only=True) as uow:
        found = todo(uow.session, uow.actor, uow.policy, on=last)
    ending = next(i for i in found if i.kind == "schorsing")
    assert ending.title == tr("{measure} eindigt", measure="Externe schorsing")
    assert ending.detail == tr("Plan zo nodig een terugkeergesprek.")
    notifications = [i for i in found if i.kind == "melding"]
    assert {dict(i.title.values)["to"] for i in notifications} == {
        procedure.NOTIFICATION_LABELS[kind] for kind in ("inspectie", "ouders", "aangifte")
    }
    described = [i.detail for i in notifications if i.detail is not None]
    assert described and all(d.template == "{description}" for d in described)
    descriptions = [dict(d.values)["description"] for d in described]
    # the policy's descriptions as written; the aangifte task the decision wrote, as a Text
    assert any(isinstance(d, str) for d in descriptions)
    tasks = [d for d in descriptions if isinstance(d, Text)]
    assert tasks and all(str(d).startswith("Aangifte overwegen (art. ") for d in tasks)
    leak = next(i for i in found if i.kind == "datalek")
    number = world.leak_title.removeprefix("Mogelijk datalek bij zaak ")
    worded = tr("Mogelijk datalek bij zaak {number}", number=number)  # as the report wrote it
    assert leak.title == tr("Datalek beoordelen: {leak}", leak=worded)
    assert leak.detail is not None and isinstance(dict(leak.detail.values)["moment"], dt.datetime)


def test_today_can_be_moved(world: World, readers: dict) -> None:
    d = readers["directie"]
    first, last = world.suspension
    assert last == CALENDAR.last_school_day(first, 2) and last > first
    ending = ("schorsing", "Externe schorsing eindigt", last, False, "schorsing")
    assert ending not in items(world, d, on=last - dt.timedelta(days=3))
    assert ending in items(world, d, on=last - dt.timedelta(days=2))
    assert ending in items(world, d, on=last)
    assert not any(i[0] == "schorsing" for i in items(world, d, on=last + dt.timedelta(days=1)))
    later = items(world, d, on=TODAY + dt.timedelta(weeks=4))
    overdue = {(i[0], i[4]) for i in later if i[3]}
    assert ("melding", "schorsing") in overdue  # due within two working days
    assert ("hoorgesprek", "upcoming") in overdue
    assert ("zienswijze", "voornemen") in overdue  # three weeks
    assert ("bezwaar", "objection") not in overdue  # six weeks and then four
    assert [i[2] for i in later] == sorted(i[2] for i in later)
    # a running objection term is no work until the week before it ends
    term = [i for i in items(world, d, on=TODAY - dt.timedelta(days=3)) if i[0] == "bezwaartermijn"]
    assert term == [("bezwaartermijn", TERM, TODAY + dt.timedelta(days=4), False, "term")]
    earlier = items(world, d, on=TODAY - dt.timedelta(days=4))
    assert not any(i[0] == "bezwaartermijn" for i in earlier)


def test_doing_the_things_removes_them(world: World, tmp_path: Path) -> None:
    c = world.cases
    with open_as(copy_of(world, tmp_path), "directie") as d:
        with d.unit_of_work() as uow:
            s = uow.session
            planned = s.scalar(select(Hearing.id).where(Hearing.case_id == c["overdue"]))
            hearings.hold_hearing(uow, planned, NOW - dt.timedelta(hours=1), REPORT)
            owed = s.scalars(select(Notification.id).where(Notification.case_id == c["schorsing"]))
            for notification in owed.all():
                procedure.notification_done(uow, notification, TODAY, "portaal")
            hearings.plan_hearing(uow, c["required"], MORNING + dt.timedelta(days=1))
            held = hearings.plan_hearing(uow, c["voornemen"], NOW - dt.timedelta(hours=2))
            hearings.hold_hearing(uow, held, NOW - dt.timedelta(hours=1), REPORT)
            deciding.decide(uow, c["voornemen"], "berisping", zienswijze_received=True)
            objection = s.scalar(select(Objection.id).where(Objection.case_id == c["objection"]))
            outcome = "Het besluit blijft in stand."
            procedure.decide_objection(uow, objection, ObjectionOutcome.ONGEGROND, outcome, TODAY)
            s.execute(update(DataLeak).values(report_to_ap=False))  # assessed: no AP report
            retention.purge_expired(uow, [world.persons["leaver"]])
            uow.commit()
        found = items(world, d)
    assert sorted(found) == sorted(
        [
            ("hoorgesprek", HOUDEN, TODAY + dt.timedelta(days=5), False, "upcoming"),
            ("hoorgesprek", HOUDEN, TODAY + dt.timedelta(days=1), False, "required"),
            ("bezwaartermijn", TERM, TODAY + dt.timedelta(days=4), False, "term"),
        ]
    )
