"""The access rules, walked as a full matrix of accounts × cases × services.

One dossier is built per module; a test that may change it works on its own copy of the
file pair. A refused call must raise PermissionDenied before it writes anything: the test
catches the refusal, commits the unit anyway and compares every row of every table.
"""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from conftest import ADMIN, ADMIN_PASSWORD
from school import PASSWORD, copy_dossier, create_school_dossier
from sqlalchemy import select, update

from casemanager.cases import (
    deciding,
    evidence,
    hearings,
    investigation,
    procedure,
    reporting,
    retention,
    viewing,
)
from casemanager.cases.deadlines import todo
from casemanager.cases.reporting import NewReport, PartyInput, add_party, report_case
from casemanager.cases.viewing import get_case
from casemanager.errors import PermissionDenied
from casemanager.policy.calendar import add_years
from casemanager.policy.loading import DEFAULT_POLICY
from casemanager.policy.stored import store_policy
from casemanager.store.dossier import Dossier
from models.audit import AuditEntry
from models.base import Base
from models.cases import PartyRole
from models.people import Person, PersonKind
from models.procedure import Decision, ObjectionOutcome

TODAY = dt.date.today()
NOW = dt.datetime.now()
USERS = ("tl.onder", "tl.boven", "hr", "directie", "admin", ADMIN)
KINDS = ("leerling", "ouder", "medewerker")
SUBJECT = {"leerling": "ayse", "ouder": "mother", "medewerker": "teacher"}
REPORTER = {"leerling": "tl.onder", "ouder": "tl.onder", "medewerker": "hr"}
LOWEST = {"leerling": "waarschuwing_mondeling", "ouder": "waarschuwing_mondeling"}
# the expected matrix, written out: (account, case kind) → role it acts in; else refused
CASE_ROLE = {
    ("tl.onder", "leerling"): "teamleider",
    ("tl.onder", "ouder"): "teamleider",
    ("hr", "medewerker"): "hr",
    ("directie", "leerling"): "directie",
    ("directie", "ouder"): "directie",
    ("directie", "medewerker"): "directie",
}
MOTIVATION = "Eerste keer; de betrokkene toonde direct spijt en verwijderde het bericht zelf."


@dataclass
class Ids:
    """One kind of case in five stages, and the rows inside them the services act on."""

    subject: int
    open: int = 0  # hoorgesprek planned (in the past, not held), evidence attached
    decided: int = 0  # besluit, an aangifte notification open
    known: int = 0  # made known 50 days ago: term over, objection possible
    objected: int = 0  # bezwaar received, not decided
    closed: int = 0  # geseponeerd
    evidence: int = 0
    hearing: int = 0
    notification: int = 0
    objection: int = 0


@dataclass
class World:
    path: Path
    persons: dict[str, int]
    cases: dict[str, Ids]


def open_as(path: Path, user: str) -> Dossier:
    return Dossier.open(path, user, ADMIN_PASSWORD if user == ADMIN else PASSWORD)


def new_report(subject: int) -> NewReport:
    return NewReport(
        subject_person_id=subject,
        violation_codes=("A6-KWETS",),  # middel and strafbaar: an aangifte becomes owed
        incident_date=TODAY - dt.timedelta(days=3),
        description="Kwetsende berichten over een klasgenoot in een groepsapp geplaatst.",
    )


def build_kind(d: Dossier, ids: Ids, kind: str) -> None:
    rung = LOWEST.get(kind, "waarschuwing")
    with d.unit_of_work() as uow:
        for stage in ("open", "decided", "known", "objected", "closed"):
            setattr(ids, stage, report_case(uow, new_report(ids.subject)).id)
        ids.evidence = evidence.add_evidence(uow, ids.open, "chat.png", b"\x89PNG chat")
        ids.hearing = hearings.plan_hearing(uow, ids.open, NOW - dt.timedelta(days=1))
        for stage in ("decided", "known", "objected"):
            deciding.decide(uow, getattr(ids, stage), rung, motivation=MOTIVATION)
        procedure.dismiss_case(uow, ids.closed, "Bij nader inzien geen overtreding gevonden.")
        uow.session.execute(
            update(Decision)
            .where(Decision.case_id == ids.known)
            .values(decided_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=60))
        )
        procedure.make_known(uow, ids.known, TODAY - dt.timedelta(days=50))
        procedure.make_known(uow, ids.objected, TODAY)
        ids.objection = procedure.record_objection(
            uow, ids.objected, TODAY, "De betrokkene vindt de maatregel te zwaar."
        )
        view = get_case(uow, ids.decided)
        ids.notification = view.notifications[0].id
        uow.commit()


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    dossier, school = create_school_dossier(tmp_path_factory.mktemp("template"))
    path = dossier.path
    with dossier, dossier.unit_of_work() as uow:
        for key, kind, extra in (
            ("colleague", PersonKind.MEDEWERKER, {}),
            ("leaver", PersonKind.LEERLING, {"leave_date": add_years(TODAY, -3)}),
        ):
            person = Person(kind=kind, voornaam=key.title(), achternaam="Test", **extra)
            uow.session.add(person)
            uow.session.flush()
            school.persons[key] = person.id
        uow.commit()
    cases = {kind: Ids(school.persons[SUBJECT[kind]]) for kind in KINDS}
    for kind in KINDS:
        with open_as(path, REPORTER[kind]) as d:
            build_kind(d, cases[kind], kind)
    return World(path, school.persons, cases)


@pytest.fixture
def fresh(world: World, tmp_path: Path) -> Iterator[Callable[[str], Dossier]]:
    """Open a private copy of the dossier as an account."""
    opened: list[Dossier] = []

    def open_copy(user: str) -> Dossier:
        opened.append(open_as(copy_dossier(world.path, tmp_path), user))
        return opened[-1]

    yield open_copy
    for d in opened:
        d.close()


@pytest.fixture(scope="module")
def shared(world: World, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Dossier]]:
    """One copy per account for calls that are refused: they must leave it unchanged."""
    copy = copy_dossier(world.path, tmp_path_factory.mktemp("refusals"))
    dossiers = {user: open_as(copy, user) for user in USERS}
    yield dossiers
    for d in dossiers.values():
        d.close()


def fingerprint(d: Dossier) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table."""
    with d.unit_of_work(read_only=True) as uow:
        return {
            table.name: [
                tuple(row)
                for row in uow.session.execute(select(table).order_by(*table.primary_key.columns))
            ]
            for table in Base.metadata.sorted_tables
        }


def changed_tables(before: dict, after: dict) -> set[str]:
    return {name for name in before if before[name] != after[name]}


def last_seq(d: Dossier) -> int:
    with d.unit_of_work(read_only=True) as uow:
        return uow.session.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()))


def audit_since(d: Dossier, seq: int) -> list[tuple[Any, ...]]:
    """(action, username, role, person_id) of the entries written after ``seq``."""
    columns = (AuditEntry.action, AuditEntry.username, AuditEntry.role, AuditEntry.person_id)
    with d.unit_of_work(read_only=True) as uow:
        return [tuple(r) for r in uow.session.execute(select(*columns).where(AuditEntry.seq > seq))]


@dataclass(frozen=True)
class Service:
    name: str
    call: Callable[[Any, World, Ids, str], Any]
    changes: frozenset[str]  # tables an allowed call changes, besides the audit log
    action: str | None  # its audit entry
    about: str = "subject"  # whose person id the audit entry names: "subject" or "party"

    def __str__(self) -> str:
        return self.name


def _s(name: str, call, changes: str, action: str | None, about: str = "subject") -> Service:
    return Service(name, call, frozenset(changes.split()), action, about)


TL = "timeline_entry"
CASE_SERVICES = (
    _s("report_case", lambda u, w, i, k: report_case(u, new_report(i.subject)),
       f"case_file case_violation {TL}", "case.report"),
    _s("add_party", lambda u, w, i, k: add_party(
        u, i.open, PartyInput(w.persons["colleague"], PartyRole.GETUIGE)),
       f"case_party {TL}", "case.add_party"),
    _s("get_case", lambda u, w, i, k: get_case(u, i.open), "", "case.read"),
    _s("proposal_for_case", lambda u, w, i, k: deciding.proposal_for_case(u, i.open), "", None),
    _s("start_investigation", lambda u, w, i, k: investigation.start_investigation(u, i.open),
       f"case_file {TL}", "case.investigate"),
    _s("add_statement", lambda u, w, i, k: investigation.add_statement(
        u, i.open, "Ik heb het niet zo bedoeld.", person_id=i.subject,
        given_at=NOW - dt.timedelta(hours=1)),
       f"statement {TL}", "case.statement"),
    _s("add_note", lambda u, w, i, k: investigation.add_note(u, i.open, "Ouders gebeld"),
       TL, "case.note"),
    _s("add_evidence", lambda u, w, i, k: evidence.add_evidence(u, i.open, "b.png", b"other"),
       f"evidence {TL}", "case.evidence.add"),
    _s("evidence_content", lambda u, w, i, k: evidence.evidence_content(u, i.evidence),
       "", "case.evidence.read"),
    _s("plan_hearing", lambda u, w, i, k: hearings.plan_hearing(
        u, i.open, NOW + dt.timedelta(days=2)), f"hearing {TL}", "case.hearing.plan"),
    _s("hold_hearing", lambda u, w, i, k: hearings.hold_hearing(
        u, i.hearing, NOW - dt.timedelta(hours=1), "Gesprek gevoerd, de feiten zijn erkend."),
       f"hearing {TL}", "case.hearing.hold"),
    _s("decide", lambda u, w, i, k: deciding.decide(
        u, i.open, LOWEST.get(k, "waarschuwing"), motivation=MOTIVATION),
       f"case_file decision notification {TL}", "case.decide"),
    _s("make_known", lambda u, w, i, k: procedure.make_known(u, i.decided, TODAY),
       f"case_file decision {TL}", "case.made_known"),
    _s("notification_done", lambda u, w, i, k: procedure.notification_done(
        u, i.notification, TODAY), f"notification {TL}", "case.notification.done"),
    _s("record_objection", lambda u, w, i, k: procedure.record_objection(
        u, i.known, TODAY, "Het bezwaar komt na de termijn binnen."),
       f"case_file objection {TL}", "case.objection"),
    _s("decide_objection", lambda u, w, i, k: procedure.decide_objection(
        u, i.objection, ObjectionOutcome.ONGEGROND, "Het besluit blijft in stand.", TODAY),
       f"objection {TL}", "case.objection.decide"),
    _s("close_case", lambda u, w, i, k: procedure.close_case(u, i.known),
       f"case_file {TL}", "case.close"),
    _s("dismiss_case", lambda u, w, i, k: procedure.dismiss_case(
        u, i.open, "Geen overtreding van het protocol."), f"case_file {TL}", "case.dismiss"),
    _s("reopen_case", lambda u, w, i, k: procedure.reopen_case(
        u, i.closed, "Er is nieuw bewijs binnengekomen."), f"case_file {TL}", "case.reopen"),
)  # fmt: skip


# functions of these modules that take no case or are called by the services only
HELPERS = {
    "build_view", "case_proposal", "latest_decision", "objection_term_end", "close_refusal",
    "covering_intent", "hearing_held",
}  # fmt: skip


def test_the_matrix_walks_every_case_service() -> None:
    modules = (reporting, viewing, deciding, investigation, evidence, hearings, procedure)
    public = {
        name
        for module in modules
        for name, value in vars(module).items()
        if inspect.isfunction(value) and value.__module__ == module.__name__
        if not name.startswith("_") and "uow" in inspect.signature(value).parameters
    }
    assert public - HELPERS == {s.name for s in CASE_SERVICES}


def check_refused(d: Dossier, call: Callable[[Any], Any]) -> None:
    before = fingerprint(d)
    with d.unit_of_work() as uow:
        with pytest.raises(PermissionDenied):
            call(uow)
        uow.commit()  # even a caller that goes on after the refusal stores nothing
    assert changed_tables(before, fingerprint(d)) == set()


@pytest.mark.parametrize("user", USERS)
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("service", CASE_SERVICES, ids=str)
def test_case_service(service: Service, kind: str, user: str, world: World, fresh, shared) -> None:
    ids = world.cases[kind]
    role = CASE_ROLE.get((user, kind))
    if role is None:
        check_refused(shared[user], lambda uow: service.call(uow, world, ids, kind))
        return
    d = fresh(user)
    before, seq = fingerprint(d), last_seq(d)
    with d.unit_of_work() as uow:
        result = service.call(uow, world, ids, kind)
        uow.commit()
    after = fingerprint(d)
    assert changed_tables(before, after) - {"audit_log"} == service.changes
    entries = audit_since(d, seq)
    if service.action is None:
        assert entries == []
        assert result.ladder == ("medewerker" if kind == "medewerker" else "leerling")
        return
    person = world.persons["colleague"] if service.about == "party" else ids.subject
    assert entries == [(service.action, user, role, person)]
    if service.name == "get_case":
        assert result.id == ids.open and result.person_id == ids.subject
    if service.name == "evidence_content":
        assert result == ("chat.png", b"\x89PNG chat")


@pytest.mark.parametrize("user", USERS)
@pytest.mark.parametrize("kind", KINDS)
def test_todo_lists_only_visible_cases(kind: str, user: str, world: World, shared) -> None:
    d = shared[user]
    with d.unit_of_work(read_only=True) as uow:
        listed = {item.case_id for item in todo(uow.session, uow.actor, uow.policy)}
    ids = world.cases[kind]
    due = {ids.open, ids.decided, ids.known, ids.objected}  # each of these has something due
    if (user, kind) in CASE_ROLE:
        assert due <= listed
    else:
        assert due.isdisjoint(listed)
    visible = {
        getattr(world.cases[k], stage)
        for k in KINDS
        if (user, k) in CASE_ROLE
        for stage in ("open", "decided", "known", "objected", "closed")
    }
    assert listed - {None} <= visible


SYSTEM_ROLE = {
    ("list_expired", ADMIN): "beheerder",
    ("list_expired", "directie"): "directie",
    ("purge_expired", ADMIN): "beheerder",
    ("purge_expired", "directie"): "directie",
    ("store_policy", ADMIN): "beheerder",
}
SYSTEM_SERVICES = {
    "list_expired": (lambda u, w: retention.list_expired(u), "", None),
    "purge_expired": (
        lambda u, w: retention.purge_expired(u, [w.persons["leaver"]]),
        "person",
        "retention.purge",
    ),
    "store_policy": (
        lambda u, w: store_policy(u, DEFAULT_POLICY.read_text(encoding="utf-8")),
        "policy_document",
        "policy.set",
    ),
}


@pytest.mark.parametrize("user", USERS)
@pytest.mark.parametrize("name", SYSTEM_SERVICES)
def test_retention_and_policy(name: str, user: str, world: World, fresh, shared) -> None:
    call, changes, action = SYSTEM_SERVICES[name]
    role = SYSTEM_ROLE.get((name, user))
    if role is None:
        check_refused(shared[user], lambda uow: call(uow, world))
        return
    d = fresh(user)
    before, seq = fingerprint(d), last_seq(d)
    with d.unit_of_work() as uow:
        result = call(uow, world)
        uow.commit()
    assert changed_tables(before, fingerprint(d)) - {"audit_log"} == set(changes.split())
    assert [e[:3] for e in audit_since(d, seq)] == ([(action, user, role)] if action else [])
    if name == "list_expired":
        assert [e.person_id for e in result] == [world.persons["leaver"]]
    if name == "purge_expired":
        assert result.persons == 1
        assert world.persons["leaver"] not in [row[0] for row in fingerprint(d)["person"]]
