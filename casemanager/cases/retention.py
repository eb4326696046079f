"""Retention (bewaartermijnen): who has passed the policy's term, and purging them.

Students and staff are kept for a number of years after they left; parents and others for
a number of years after they were registered and after their last case was closed (and a
parent as long as a child of theirs is kept; anyone named in another person's open case
until it is closed). Purging deletes the person's own cases with everything in them; a person
still named in someone else's case is anonymised rather than deleted. The audit entry that
remains counts what went, without names.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import delete, exists, func, or_, select, update
from sqlalchemy.orm import Session

from casemanager.cases.common import display_name, today
from casemanager.dutch import long_date
from casemanager.errors import InvalidInput
from casemanager.permissions import Permission, require
from casemanager.policy.calendar import add_years
from casemanager.policy.schema import Policy
from models.cases import CLOSED_STATUSES, Case, CaseParty, Statement, TimelineEntry
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


def purge_expired(uow: UnitOfWork, person_ids: list[int], on: dt.date | None = None) -> PurgeResult:
    """Delete what retention allows for these persons. Every id must still be past its
    term on ``on``; otherwise nothing is deleted."""
    role = require(uow.actor, Permission.RETENTION)
    day = on or today()
    found = expired_person_ids(uow.session, uow.policy, day)
    not_expired = [pid for pid in person_ids if pid not in found]
    if not_expired:
        raise InvalidInput(
            f"{len(not_expired)} van de gekozen personen zijn (nog) niet voorbij hun bewaartermijn "
            "op " + long_date(day) + "; er is niets verwijderd. Ververs de lijst en kies opnieuw."
        )
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


def _still_referenced(session: Session, person_id: int) -> bool:
    for column in (CaseParty.person_id, Statement.person_id, Letter.person_id):
        if session.scalar(select(column).where(column == person_id).limit(1)) is not None:
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
    # ("Verklaring van ...", "Betrokkene toegevoegd: ..."): it goes there too
    session.execute(
        update(TimelineEntry)
        .where(TimelineEntry.title.contains(old_name, autoescape=True))
        .values(title=func.replace(TimelineEntry.title, old_name, display_name(person)))
    )
