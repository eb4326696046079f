"""The Te doen list: what is due or overdue for the signed-in user, derived from the policy's
terms and the facts in the dossier. Each kind of deadline is one query over the cases the
user may see; nothing here is stored."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.engine import Connection, Row
from sqlalchemy.orm import Session, aliased

from casemanager.access import visible_cases
from casemanager.cases.common import today
from casemanager.cases.procedure import notification_label
from casemanager.cases.retention import expired_person_ids
from casemanager.cases.wording import notification_description
from casemanager.cases.workflow import OPEN_BEFORE_DECISION
from casemanager.dataleaks import worded_title
from casemanager.permissions import GRANTS, Actor, Permission
from casemanager.policy.calendar import SchoolCalendar
from casemanager.policy.schema import Policy
from casemanager.texts import Text, tr
from models.cases import CLOSED_STATUSES, Case, CaseStatus, CaseViolation
from models.dataleak import DataLeak
from models.people import Person
from models.procedure import Decision, Hearing, Notification, Objection

Seen = ColumnElement[bool]  # the condition access.visible_cases(actor) gives


@dataclass(frozen=True)
class Deadline:
    # hoorgesprek, melding, schorsing, bezwaartermijn, bezwaar, zienswijze, datalek, bewaartermijn
    kind: str
    title: Text
    due: dt.date
    overdue: bool
    case_id: int | None = None
    case_number: str = ""
    person: str = ""
    detail: Text | None = None  # what to keep in mind, when there is something


def todo(
    session: Session, actor: Actor, policy: Policy, on: dt.date | None = None
) -> list[Deadline]:
    """Everything due for ``actor``, soonest first. Run it in a read-only unit of work."""
    day = on or today()
    items: list[Deadline] = []
    # Core execution on the session's connection: these select columns, no ORM objects
    connection = session.connection()
    if actor.roles & GRANTS[Permission.WORK_CASES]:
        seen = visible_cases(actor)
        items += _hearings_planned(connection, seen, day)
        items += _hearings_required(connection, seen, policy, day)
        items += _notifications(connection, seen, day)
        items += _measures_ending(connection, seen, policy, day)
        items += _objection_terms(connection, seen, policy, day)
        items += _zienswijze(connection, seen, day)
    if actor.roles & GRANTS[Permission.DATA_LEAKS]:
        items += _data_leaks(connection, policy, day)
    if actor.roles & GRANTS[Permission.RETENTION]:
        items += _retention(session, policy, day)
    return sorted(items, key=lambda d: (d.due, d.case_number, d.kind))


def _person_name() -> ColumnElement[str]:
    return func.trim(
        Person.voornaam + " " + func.coalesce(Person.tussenvoegsel + " ", "") + Person.achternaam
    )


def _case_columns() -> tuple[ColumnElement[Any], ...]:
    return (Case.id, Case.number, _person_name().label("person"))


def _deadline(
    kind: str, title: Text, due: dt.date, day: dt.date, row: Row[Any], detail: Text | None = None
) -> Deadline:
    return Deadline(
        kind, title, due, due < day, row.id, row.number, " ".join(row.person.split()), detail
    )


def _hearings_planned(connection: Connection, seen: Seen, day: dt.date) -> list[Deadline]:
    query = (
        select(*_case_columns(), Hearing.planned_at)
        .join(Case, Case.id == Hearing.case_id)
        .join(Person, Person.id == Case.subject_person_id)
        .where(Hearing.held_at.is_(None), Case.status.not_in(CLOSED_STATUSES), seen)
    )
    return [
        _deadline(
            "hoorgesprek",
            tr("Hoorgesprek houden en verslag vastleggen"),
            row.planned_at.date(),
            day,
            row,
            tr("Gepland om {time}", time=row.planned_at.time()),
        )
        for row in connection.execute(query)
    ]


def _hearings_required(
    connection: Connection, seen: Seen, policy: Policy, day: dt.date
) -> list[Deadline]:
    """Open cases whose violation starts on a rung that needs a hearing, with none planned.
    (A rung reached only through earlier sanctions shows up once the proposal is made.)"""
    calendar = SchoolCalendar(policy.holidays)
    needs = []
    for name, ladder in policy.ladders.items():
        codes = [
            v.code
            for v in policy.violations
            if ladder.rung(ladder.start[v.severity]).hearing_required
        ]
        if codes:
            needs.append(
                and_(
                    Case.ladder == name,
                    exists().where(CaseViolation.case_id == Case.id, CaseViolation.code.in_(codes)),
                )
            )
    if not needs:
        return []
    query = (
        select(*_case_columns(), Case.opened_at)
        .join(Person, Person.id == Case.subject_person_id)
        .where(
            Case.status.in_(OPEN_BEFORE_DECISION),
            seen,
            or_(*needs),
            ~exists().where(Hearing.case_id == Case.id),
        )
    )
    days = policy.terms.hearing_within_school_days
    title = tr("Hoorgesprek plannen (verplicht vóór het besluit)")
    return [
        _deadline(
            "hoorgesprek", title, calendar.add_school_days(row.opened_at.date(), days), day, row
        )
        for row in connection.execute(query)
    ]


def _notifications(connection: Connection, seen: Seen, day: dt.date) -> list[Deadline]:
    query = (
        select(*_case_columns(), Notification.kind, Notification.due_on, Notification.description)
        .join(Case, Case.id == Notification.case_id)
        .join(Person, Person.id == Case.subject_person_id)
        .where(Notification.done_at.is_(None), seen)
    )
    return [
        _deadline(
            "melding",
            tr("Melding: {to}", to=notification_label(str(row.kind))),
            row.due_on or day,
            day,
            row,
            # a description from the policy: the screens look up its English there
            tr("{description}", description=notification_description(row.description))
            if row.description
            else None,
        )
        for row in connection.execute(query)
    ]


def _measures_ending(
    connection: Connection, seen: Seen, policy: Policy, day: dt.date
) -> list[Deadline]:
    soon = day + dt.timedelta(days=policy.terms.ending_soon_days)
    query = (
        select(*_case_columns(), Decision.ends_on, Decision.chosen_rung, Case.ladder)
        .join(Case, Case.id == Decision.case_id)
        .join(Person, Person.id == Case.subject_person_id)
        .where(Decision.is_voornemen.is_(False), Decision.ends_on.between(day, soon), seen)
    )
    items = []
    for row in connection.execute(query):
        try:
            title = policy.ladders[row.ladder].rung(row.chosen_rung).title  # type: ignore[index]
        except KeyError:
            title = row.chosen_rung
        items.append(
            _deadline(
                "schorsing",
                tr("{measure} eindigt", measure=title),
                row.ends_on,
                day,
                row,
                tr("Plan zo nodig een terugkeergesprek."),
            )
        )
    return items


def _objection_terms(
    connection: Connection, seen: Seen, policy: Policy, day: dt.date
) -> list[Deadline]:
    weeks = dt.timedelta(weeks=policy.terms.objection_weeks)
    decide_within = dt.timedelta(weeks=policy.terms.objection_decision_weeks)
    notice_from = day + dt.timedelta(days=policy.terms.objection_notice_days) - weeks
    # driven by the (few) cases in these two states, each looking up its own decisions
    known = (
        select(func.max(Decision.made_known_on))
        .where(Decision.case_id == Case.id, Decision.is_voornemen.is_(False))
        .scalar_subquery()
    )
    query = (
        select(*_case_columns(), Case.status, known.label("known"))
        .join(Person, Person.id == Case.subject_person_id)
        .where(
            Case.status.in_([CaseStatus.BEKENDGEMAAKT, CaseStatus.BEZWAAR]),
            or_(
                # a running term is no work yet: shown from a week before it ends
                and_(Case.status == CaseStatus.BEKENDGEMAAKT, known <= notice_from),
                # only while an objection still waits for its decision
                and_(
                    Case.status == CaseStatus.BEZWAAR,
                    exists().where(Objection.case_id == Case.id, Objection.outcome.is_(None)),
                ),
            ),
            seen,
        )
    )
    items = []
    for row in connection.execute(query):
        if row.known is None:
            continue
        end = row.known + weeks
        if row.status == CaseStatus.BEKENDGEMAAKT:
            title = tr("Bezwaartermijn loopt af; daarna kan de zaak worden afgesloten")
            items.append(_deadline("bezwaartermijn", title, end, day, row))
        else:
            title = tr("Beslissen op het bezwaar")
            items.append(_deadline("bezwaar", title, end + decide_within, day, row))
    return items


def _zienswijze(connection: Connection, seen: Seen, day: dt.date) -> list[Deadline]:
    final = aliased(Decision)
    query = (
        select(*_case_columns(), Decision.zienswijze_due)
        .join(Case, Case.id == Decision.case_id)
        .join(Person, Person.id == Case.subject_person_id)
        .where(
            Decision.is_voornemen.is_(True),
            Case.status.in_(OPEN_BEFORE_DECISION),
            ~exists().where(
                final.case_id == Decision.case_id,
                final.is_voornemen.is_(False),
                final.id > Decision.id,
            ),
            seen,
        )
    )
    title = tr("Zienswijzetermijn eindigt; daarna het besluit nemen")
    rows = connection.execute(query)
    return [_deadline("zienswijze", title, row.zienswijze_due, day, row) for row in rows]


def _data_leaks(connection: Connection, policy: Policy, day: dt.date) -> list[Deadline]:
    hours = dt.timedelta(hours=policy.terms.dataleak_hours)
    query = select(DataLeak.title, DataLeak.discovered_at).where(DataLeak.report_to_ap.is_(None))
    items = []
    for title, discovered in connection.execute(query):
        deadline = discovered + hours
        items.append(
            Deadline(
                "datalek",
                tr("Datalek beoordelen: {leak}", leak=worded_title(title)),
                deadline.date(),
                deadline.date() < day,
                detail=tr(
                    "Uiterlijk {moment} (UTC) melden bij de AP, zo nodig",
                    moment=deadline.replace(tzinfo=None),
                ),
            )
        )
    return items


def _retention(session: Session, policy: Policy, day: dt.date) -> list[Deadline]:
    expired = len(expired_person_ids(session, policy, day))
    if not expired:
        return []
    title = (
        tr("Bewaartermijn verstreken voor 1 persoon")
        if expired == 1
        else tr("Bewaartermijn verstreken voor {count} personen", count=expired)
    )
    detail = tr("Bekijk de lijst en verwijder hun gegevens.")
    return [Deadline("bewaartermijn", title, day, False, detail=detail)]
