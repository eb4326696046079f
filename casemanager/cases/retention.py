"""Retention (bewaartermijnen): who has passed the policy's term, and purging them.

Students and staff are kept for a number of years after they left; parents and others for
a number of years after they were registered and after their last case was closed (and a
parent as long as a child of theirs is kept; anyone named in another person's open case
until it is closed). Purging deletes the person's own cases with everything in them; a person
still named in someone else's case is anonymised rather than deleted. The audit entry that
remains counts what went, without names. ``list_expired_overview`` adds what a person
deciding needs to see (number, last case); ``purge_preview`` counts what a purge will take.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import delete, exists, func, or_, select, update
from sqlalchemy.orm import Session

from casemanager.cases.common import display_name, today
from casemanager.errors import InvalidInput
from casemanager.permissions import Permission, require
from casemanager.policy.calendar import add_years
from casemanager.policy.schema import Policy
from casemanager.texts import Text, tr
from models.cases import CLOSED_STATUSES, Case, CaseParty, Statement, TimelineEntry
from models.evidence import Evidence
from models.letters import Letter
from models.people import Guardianship, Person, PersonKind

if TYPE_CHECKING:
    from casemanager.uow import UnitOfWork


# the first name of an anonymised person: nothing is left to purge of them
ANONYMISED = "(verwijderd)"


@dataclass(frozen=True)
class ExpiredPerson:
    person_id: int
    name: str
    kind: str
    expired_on: dt.date
    cases: int


@dataclass(frozen=True)
class ExpiredOverview:
    person: ExpiredPerson
    number: str  # leerling- or personeelsnummer, "" without one
    left_on: dt.date | None
    last_case: str  # the number of the person's most recent case, "" without cases
    last_case_on: dt.date | None  # when it was closed (or opened, if still open)


@dataclass(frozen=True)
class PurgePreview:
    persons: int
    cases: int
    timeline_entries: int
    evidence: int
    letters: int
    anonymised: int  # named in someone else's case: kept, but without name or details


@dataclass(frozen=True)
class PurgeResult:
    persons: int
    cases: int
    anonymised: int


def expired_person_ids(session: Session, policy: Policy, on: dt.date) -> dict[int, dt.date]:
    """Person id → the day their retention ended, for everyone past it on ``on``."""
    found: dict[int, dt.date] = {}
    for kind in (PersonKind.LEERLING, PersonKind.MEDEWERKER):
        years = policy.retention.years_for(str(kind))
        # in SQL a day early (a 29 February); the exact end is counted below
        latest = add_years(on, -years) + dt.timedelta(days=1)
        for person_id, left in session.execute(
            select(Person.id, Person.leave_date).where(
                Person.kind == kind, Person.leave_date <= latest, Person.voornaam != ANONYMISED
            )
        ):
            end = add_years(left, years)
            if end <= on:
                found[person_id] = end
    own_cases = Case.subject_person_id == Person.id
    last_activity = (
        select(func.max(func.coalesce(Case.closed_at, Case.opened_at))).where(own_cases)
    ).scalar_subquery()
    still_open = exists().where(own_cases, Case.status.not_in(CLOSED_STATUSES))
    for kind in (PersonKind.OUDER, PersonKind.OVERIG):
        years = policy.retention.years_for(str(kind))
        known_since = dt.datetime.combine(add_years(on, -years) + dt.timedelta(days=1), dt.time())
        rows = session.execute(
            select(Person.id, Person.created_at, last_activity).where(
                Person.kind == kind,
                Person.voornaam != ANONYMISED,
                Person.created_at <= known_since,
                ~still_open,
            )
        )
        for person_id, created, last in rows:
            end = add_years(max(last or created, created).date(), years)
            if end <= on:
                found[person_id] = end
    # someone named in another person's case that is still open stays until it is closed
    for column, case_column in (
        (CaseParty.person_id, CaseParty.case_id),
        (Statement.person_id, Statement.case_id),
    ):
        named = (
            select(column)
            .join(Case, Case.id == case_column)
            .where(Case.status.not_in(CLOSED_STATUSES), Case.subject_person_id != column)
        )
        for person_id in session.scalars(named):
            found.pop(person_id, None)
    # a parent stays while any child of theirs is kept
    parents = sorted(_kinds(session, found, PersonKind.OUDER))
    for guardian_id, student_id in session.execute(
        select(Guardianship.guardian_id, Guardianship.student_id).where(
            Guardianship.guardian_id.in_(parents)
        )
    ):
        if student_id not in found:
            found.pop(guardian_id, None)
    return found


def _kinds(session: Session, ids: dict[int, dt.date], kind: PersonKind) -> set[int]:
    if not ids:
        return set()
    return set(
        session.scalars(select(Person.id).where(Person.id.in_(list(ids)), Person.kind == kind))
    )


def list_expired(uow: UnitOfWork, on: dt.date | None = None) -> list[ExpiredPerson]:
    require(uow.actor, Permission.RETENTION)
    found = expired_person_ids(uow.session, uow.policy, on or today())
    counts = (
        dict(
            uow.session.execute(
                select(Case.subject_person_id, func.count())
                .where(Case.subject_person_id.in_(list(found)))
                .group_by(Case.subject_person_id)
            ).all()
        )
        if found
        else {}
    )
    people = (
        uow.session.scalars(select(Person).where(Person.id.in_(list(found)))).all() if found else []
    )
    return sorted(
        (
            ExpiredPerson(p.id, display_name(p), str(p.kind), found[p.id], counts.get(p.id, 0))
            for p in people
        ),
        key=lambda e: (e.expired_on, e.name),
    )


def list_expired_overview(uow: UnitOfWork, on: dt.date | None = None) -> list[ExpiredOverview]:
    """``list_expired`` with each person's number, leave date and most recent case."""
    expired = list_expired(uow, on)
    ids = [e.person_id for e in expired]
    people: dict[int, tuple[str, dt.date | None]] = dict.fromkeys(ids, ("", None))
    latest: dict[int, tuple[str, dt.date]] = {}
    if ids:
        query = select(Person.id, Person.number, Person.leave_date).where(Person.id.in_(ids))
        for pid, number, left in uow.session.execute(query):
            people[pid] = (number or "", left)
        cases = select(Case.subject_person_id, Case.number, Case.opened_at, Case.closed_at)
        for pid, number, opened, closed in uow.session.execute(
            cases.where(Case.subject_person_id.in_(ids))
        ):
            moment = (closed or opened).date()
            if pid not in latest or moment > latest[pid][1]:
                latest[pid] = (number, moment)
    return [
        ExpiredOverview(e, *people[e.person_id], *latest.get(e.person_id, ("", None)))
        for e in expired
    ]


def purge_preview(
    uow: UnitOfWork, person_ids: list[int], on: dt.date | None = None
) -> PurgePreview:
    """What ``purge_expired`` would delete for these persons, counted; changes nothing."""
    require(uow.actor, Permission.RETENTION)
    _require_expired(uow, person_ids, on or today(), tr("er is niets geteld"))
    session = uow.session
    case_ids = session.scalars(select(Case.id).where(Case.subject_person_id.in_(person_ids))).all()
    timeline, evidence, letters = (
        int(session.scalar(select(func.count()).where(column.in_(case_ids))) or 0)
        for column in (TimelineEntry.case_id, Evidence.case_id, Letter.case_id)
    )
    elsewhere = sum(1 for pid in person_ids if _still_referenced(session, pid, case_ids))
    return PurgePreview(len(person_ids), len(case_ids), timeline, evidence, letters, elsewhere)


def _require_expired(uow: UnitOfWork, person_ids: list[int], day: dt.date, outcome: Text) -> None:
    found = expired_person_ids(uow.session, uow.policy, day)
    not_expired = [pid for pid in person_ids if pid not in found]
    if not_expired:
        raise InvalidInput(
            tr(
                "{count} van de gekozen personen zijn (nog) niet voorbij hun bewaartermijn "
                "op {day}; {outcome}. Ververs de lijst en kies opnieuw.",
                count=len(not_expired),
                day=day,
                outcome=outcome,
            )
        )


def purge_expired(uow: UnitOfWork, person_ids: list[int], on: dt.date | None = None) -> PurgeResult:
    """Delete what retention allows for these persons. Every id must still be past its
    term on ``on``; otherwise nothing is deleted."""
    role = require(uow.actor, Permission.RETENTION)
    _require_expired(uow, person_ids, on or today(), tr("er is niets verwijderd"))
    session = uow.session
    case_ids = session.scalars(select(Case.id).where(Case.subject_person_id.in_(person_ids))).all()
    # one statement, so the database's ON DELETE CASCADE removes everything in the cases
    session.execute(delete(Case).where(Case.id.in_(case_ids)))
    session.execute(
        delete(Guardianship).where(
            or_(Guardianship.student_id.in_(person_ids), Guardianship.guardian_id.in_(person_ids))
        )
    )
    anonymised = 0
    for person in session.scalars(select(Person).where(Person.id.in_(person_ids))).all():
        if _still_referenced(session, person.id):
            _anonymise(session, person)
            anonymised += 1
        else:
            session.delete(person)
    session.flush()
    uow.audit(
        "retention.purge",
        "person",
        ",".join(map(str, sorted(person_ids))),
        role=role,
        personen=len(person_ids),
        zaken=len(case_ids),
        geanonimiseerd=anonymised,
    )
    return PurgeResult(len(person_ids), len(case_ids), anonymised)


def _still_referenced(session: Session, person_id: int, leaving: Sequence[int] = ()) -> bool:
    """Whether the person is named in a case (or letter) other than those in ``leaving``."""
    for column, case_column in (
        (CaseParty.person_id, CaseParty.case_id),
        (Statement.person_id, Statement.case_id),
        (Letter.person_id, Letter.case_id),
    ):
        query = select(column).where(column == person_id)
        if leaving:
            query = query.where(or_(case_column.is_(None), case_column.not_in(leaving)))
        if session.scalar(query.limit(1)) is not None:
            return True
    return False


def _anonymise(session: Session, person: Person) -> None:
    old_name = display_name(person)
    person.voornaam = ANONYMISED
    person.tussenvoegsel = ""
    person.achternaam = f"persoon {person.id}"
    person.number = None
    person.date_of_birth = None
    for field in ("street", "postcode", "city", "email", "phone", "class_name", "function_title"):
        setattr(person, field, "")
    # the services wrote the name into timeline titles of the cases that remain
    # ("Verklaring van ...", "Betrokkene toegevoegd: ..."), and into their wording
    # (JSON, where the name is written as a JSON string): it goes there too
    new_name = display_name(person)
    session.execute(
        update(TimelineEntry)
        .where(TimelineEntry.title.contains(old_name, autoescape=True))
        .values(title=func.replace(TimelineEntry.title, old_name, new_name))
    )
    old_json, new_json = (json.dumps(n, ensure_ascii=False)[1:-1] for n in (old_name, new_name))
    session.execute(
        update(TimelineEntry)
        .where(TimelineEntry.wording.contains(old_json, autoescape=True))
        .values(wording=func.replace(TimelineEntry.wording, old_json, new_json))
    )
