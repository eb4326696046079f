"""The investigation: starting it, statements and notes. Both are append-only: a
correction is a new entry that points at the one it corrects."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from casemanager.cases import timeline_titles
from casemanager.cases.common import (
    add_timeline,
    as_local,
    display_name,
    load_case,
    local_now,
    person_by_id,
    required_text,
)
from casemanager.cases.workflow import ensure_open, move
from casemanager.errors import InvalidInput, NotFound
from casemanager.texts import Text, tr
from models.cases import CaseStatus, Statement, TimelineEntry, TimelineKind

if TYPE_CHECKING:
    from casemanager.uow import UnitOfWork


def start_investigation(uow: UnitOfWork, case_id: int, note: str = "") -> None:
    case, role = load_case(uow, case_id)
    move(uow, case, CaseStatus.ONDERZOEK, note.strip())
    uow.audit("case.investigate", "case", case.number, role=role, person_id=case.subject_person_id)


def add_statement(
    uow: UnitOfWork,
    case_id: int,
    text: str,
    *,
    person_id: int | None,
    given_at: dt.datetime,
    corrects_id: int | None = None,
) -> int:
    """Record a verklaring (``person_id`` None: anonymous); returns its id."""
    case, role = load_case(uow, case_id)
    ensure_open(case, tr("een verklaring vast te leggen"))
    body = required_text(text, tr("verklaring"), minimum=3)
    given_at = as_local(given_at)
    if given_at > local_now():
        raise InvalidInput(
            tr("Het moment van de verklaring ligt in de toekomst. Controleer datum en tijd.")
        )
    who: str | Text = timeline_titles.ANONYMOUS
    if person_id is not None:
        who = display_name(person_by_id(uow, person_id))
    if corrects_id is not None:
        earlier = uow.session.get(Statement, corrects_id)
        if earlier is None or earlier.case_id != case.id:
            raise NotFound(tr("De verklaring die u wilt corrigeren hoort niet bij deze zaak."))
    statement = Statement(
        case_id=case.id,
        person_id=person_id,
        given_at=given_at,
        text=body,
        recorded_by_id=uow.actor.account_id,
        corrects_id=corrects_id,
    )
    uow.session.add(statement)
    if case.status in (CaseStatus.GEMELD, CaseStatus.HEROPEND):
        move(uow, case, CaseStatus.ONDERZOEK)
    title = timeline_titles.statement(who, correction=corrects_id is not None)
    add_timeline(
        uow, case, TimelineKind.CORRECTIE if corrects_id else TimelineKind.VERKLARING, title, body
    )
    uow.session.flush()
    uow.audit("case.statement", "case", case.number, role=role, person_id=case.subject_person_id)
    return statement.id


def add_note(
    uow: UnitOfWork, case_id: int, title: str, text: str = "", *, corrects: int | None = None
) -> int:
    """A note on the timeline; ``corrects`` names the entry this one corrects."""
    case, role = load_case(uow, case_id)
    heading = required_text(title, tr("titel"))
    if corrects is not None:
        earlier = uow.session.get(TimelineEntry, corrects)
        if earlier is None or earlier.case_id != case.id:
            raise NotFound(tr("De notitie die u wilt corrigeren hoort niet bij deze zaak."))
    kind = TimelineKind.CORRECTIE if corrects else TimelineKind.NOTITIE
    entry = add_timeline(uow, case, kind, heading, text.strip(), corrects=corrects)
    uow.session.flush()
    uow.audit("case.note", "case", case.number, role=role, person_id=case.subject_person_id)
    return entry.id
