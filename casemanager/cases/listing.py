"""The case list: filters, full-text search, sorting and paging, all done in SQL.

Lists read through ``dossier.reader()`` (Core, read-only) and select columns, never ORM
objects or case texts; they are not audited: opening a case is, through the case view.
Every query applies :func:`casemanager.access.visible_cases` and starts with the
``WORK_CASES`` permission (administratie and beheerder are refused).

``next_due`` of a case, its earliest open deadline, is the smallest of:

- ``due_on`` of a notification not yet done (also when overdue);
- the day of a hearing that is planned and not yet held (also when past), unless the case
  is closed;
- ``zienswijze_due`` of a voornemen not yet followed by a final decision (one with a higher
  id), unless the case is closed;
- ``ends_on`` of a final decision (not a voornemen) from today on (a measure still running).

A closed (afgesloten, geseponeerd) case has none. These are dates in the dossier only;
the Te doen list (deadlines.py) also derives terms from the policy (hearing within n
school days, objection terms), which this column leaves out.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from sqlalchemy import (
    ColumnElement,
    Date,
    case,
    exists,
    func,
    or_,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import UnaryExpression

from casemanager.access import visible_cases
from casemanager.permissions import Permission, require
from casemanager.store.backend import backend_for
from casemanager.store.dossier import Dossier
from models.accounts import Account
from models.cases import CLOSED_STATUSES, Case, CaseParty, CaseStatus, CaseViolation, Severity
from models.people import Person, Team
from models.procedure import Decision, Hearing, Notification

# status order for sorting: reported and reopened first, then as a case's life goes on
_FIRST = (CaseStatus.GEMELD, CaseStatus.HEROPEND)
STATUS_ORDER = (*_FIRST, *(status for status in CaseStatus if status not in _FIRST))
SEVERITY_ORDER = (Severity.LICHT, Severity.MIDDEL, Severity.ZWAAR, Severity.ERNSTIG)


@dataclass(frozen=True)
class CaseFilter:
    """What the list shows; an empty set or None means "no filter on this"."""

    statuses: frozenset[CaseStatus] = frozenset()
    team_ids: frozenset[int] = frozenset()
    violation_codes: frozenset[str] = frozenset()  # any of these
    date_from: dt.date | None = None  # incident date, inclusive
    date_to: dt.date | None = None  # incident date, inclusive
    owner_id: int | None = None
    person_id: int | None = None  # as subject or as party
    mine: bool = False  # owned by the signed-in user
    text: str = ""  # full-text search
    open_only: bool = False  # not afgesloten or geseponeerd


class CaseSort(enum.Enum):
    NUMBER = "number"
    INCIDENT_DATE = "incident_date"
    PERSON = "person"  # achternaam, voornaam
    CLASS = "class"
    STATUS = "status"  # in STATUS_ORDER
    SEVERITY = "severity"  # licht → ernstig
    NEXT_DUE = "next_due"  # cases without a deadline last, in both directions


@dataclass(frozen=True)
class CaseRow:
    id: int
    number: str
    incident_date: dt.date
    person_name: str
    class_name: str
    team_name: str  # empty without a team
    violation_codes: str  # "A.2, A.6"
    status: CaseStatus
    severity: Severity
    owner_name: str
    next_due: dt.date | None


def next_due_expression(today: dt.date) -> ColumnElement[dt.date | None]:
    """The case's earliest open deadline (see the module's docstring), as one correlated
    scalar subquery on ``Case`` that SQL can sort on; none for a closed case."""
    final = aliased(Decision)
    later_final = exists().where(
        final.case_id == Decision.case_id,
        ~final.is_voornemen,
        final.id > Decision.id,
    )
    still_open = Case.status.not_in(sorted(CLOSED_STATUSES))
    branches = [
        select(Notification.due_on.label("due")).where(
            Notification.case_id == Case.id,
            Notification.done_at.is_(None),
            Notification.due_on.is_not(None),
        ),
        select(func.date(Hearing.planned_at)).where(
            Hearing.case_id == Case.id, Hearing.held_at.is_(None), still_open
        ),
        select(Decision.zienswijze_due).where(
            Decision.case_id == Case.id,
            Decision.is_voornemen,
            Decision.zienswijze_due.is_not(None),
            ~later_final,
            still_open,
        ),
        select(Decision.ends_on).where(
            Decision.case_id == Case.id, ~Decision.is_voornemen, Decision.ends_on >= today
        ),
    ]
    # each branch refers to the case of the enclosing list row, two levels up
    deadlines = union_all(*(branch.correlate(Case) for branch in branches)).subquery()
    earliest = select(func.min(deadlines.c.due)).scalar_subquery()
    # Closed cases (most of a big dossier) skip the four lookups: sorting 100,000 cases
    # by next deadline took seconds. A notification forgotten on a closed case still
    # shows in Te doen.
    return type_coerce(case((still_open, earliest), else_=None), Date)


def violation_codes_expression() -> ColumnElement[str | None]:
    return (
        select(func.aggregate_strings(CaseViolation.code, ","))
        .where(CaseViolation.case_id == Case.id)
        .scalar_subquery()
    )


def codes_text(joined: str | None) -> str:
    return ", ".join(sorted(joined.split(","))) if joined else ""


def _name(voornaam: str, tussenvoegsel: str, achternaam: str) -> str:
    return " ".join(part for part in (voornaam, tussenvoegsel, achternaam) if part)


def _conditions(
    dossier: Dossier, filter: CaseFilter, connection: Connection
) -> list[ColumnElement[bool]]:
    actor = dossier.actor
    where = [visible_cases(actor)]
    if filter.statuses:
        where.append(Case.status.in_(sorted(filter.statuses)))
    if filter.open_only:
        where.append(Case.status.not_in(sorted(CLOSED_STATUSES)))
    if filter.team_ids:
        where.append(Case.team_id.in_(sorted(filter.team_ids)))
    if filter.violation_codes:
        where.append(
            exists().where(
                CaseViolation.case_id == Case.id,
                CaseViolation.code.in_(sorted(filter.violation_codes)),
            )
        )
    if filter.date_from is not None:
        where.append(Case.incident_date >= filter.date_from)
    if filter.date_to is not None:
        where.append(Case.incident_date <= filter.date_to)
    if filter.owner_id is not None:
        where.append(Case.owner_id == filter.owner_id)
    if filter.mine:
        where.append(Case.owner_id == actor.account_id)
    if filter.person_id is not None:
        party = exists().where(
            CaseParty.case_id == Case.id, CaseParty.person_id == filter.person_id
        )
        where.append(or_(Case.subject_person_id == filter.person_id, party))
    if filter.text.strip():
        where.append(backend_for(dossier.engine).case_text_match(filter.text, connection))
    return where


def _order(
    sort: CaseSort, descending: bool, next_due: ColumnElement[dt.date | None]
) -> list[UnaryExpression[object]]:
    keys: dict[CaseSort, list[ColumnElement[object]]] = {
        CaseSort.NUMBER: [Case.year, Case.seq],
        CaseSort.INCIDENT_DATE: [Case.incident_date],
        CaseSort.PERSON: [Person.name_key],
        CaseSort.CLASS: [Person.class_name, Person.name_key],
        CaseSort.STATUS: [case({s: i for i, s in enumerate(STATUS_ORDER)}, value=Case.status)],
        CaseSort.SEVERITY: [
            case({s: i for i, s in enumerate(SEVERITY_ORDER)}, value=Case.severity)
        ],
        CaseSort.NEXT_DUE: [next_due],
    }
    ordered = [key.desc() if descending else key.asc() for key in keys[sort]]
    if sort is CaseSort.NEXT_DUE:
        ordered = [key.nulls_last() for key in ordered]
    # the unique tiebreaker keeps pages stable: no case twice, none skipped
    return [*ordered, Case.id.desc() if descending else Case.id.asc()]


def list_cases(
    dossier: Dossier,
    filter: CaseFilter | None = None,
    sort: CaseSort = CaseSort.INCIDENT_DATE,
    descending: bool = True,
    offset: int = 0,
    limit: int = 200,
    *,
    today: dt.date | None = None,
) -> list[CaseRow]:
    """One page of the cases the signed-in user may see, filtered and sorted. ``today``
    decides which measures still run (for ``next_due``); the computer's date by default."""
    require(dossier.actor, Permission.WORK_CASES)
    if offset < 0 or limit < 0:
        raise ValueError("offset and limit cannot be negative")
    day = today or dt.date.today()
    # First the page's ids (filter, sort, limit), then the columns for those ids only:
    # SQLite would otherwise compute every column of every match before sorting (a
    # common search word matching thousands of cases took 200 ms).
    columns = (
        select(
            Case.id,
            Case.number,
            Case.incident_date,
            Person.voornaam,
            Person.tussenvoegsel,
            Person.achternaam,
            Person.class_name,
            Team.name,
            violation_codes_expression(),
            Case.status,
            Case.severity,
            Account.display_name,
            next_due_expression(day),
        )
        .select_from(Case)
        .join(Person, Person.id == Case.subject_person_id)
        .join(Account, Account.id == Case.owner_id)
        .outerjoin(Team, Team.id == Case.team_id)
    )
    with dossier.reader() as connection:
        page = (
            select(Case.id)
            .select_from(Case)
            .join(Person, Person.id == Case.subject_person_id)
            .where(*_conditions(dossier, filter or CaseFilter(), connection))
            .order_by(*_order(sort, descending, next_due_expression(day)))
            .offset(offset)
            .limit(limit)
        )
        ids = list(connection.scalars(page))
        found = {r[0]: r for r in connection.execute(columns.where(Case.id.in_(ids)))}
    rows = [found[case_id] for case_id in ids if case_id in found]
    # in the order of the columns above
    return [
        CaseRow(*r[:3], _name(*r[3:6]), r[6], r[7] or "", codes_text(r[8]), *r[9:]) for r in rows
    ]


def count_cases(dossier: Dossier, filter: CaseFilter | None = None) -> int:
    """How many cases :func:`list_cases` finds with this filter, over all pages."""
    require(dossier.actor, Permission.WORK_CASES)
    with dossier.reader() as connection:
        where = _conditions(dossier, filter or CaseFilter(), connection)
        statement = select(func.count()).select_from(Case).where(*where)
        return int(connection.execute(statement).scalar_one())
