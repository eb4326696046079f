"""The hoorgesprek: planned (who, when, where), then held with a report."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from casemanager.cases import timeline_titles
from casemanager.cases.common import add_timeline, as_local, load_case, local_now, required_text
from casemanager.cases.workflow import ensure_open, move
from casemanager.errors import InvalidInput, NotFound
from casemanager.texts import tr
from models.cases import CaseStatus, TimelineKind
from models.procedure import Hearing

if TYPE_CHECKING:
    from casemanager.uow import UnitOfWork

MIN_REPORT_CHARS = 20


def plan_hearing(
    uow: UnitOfWork,
    case_id: int,
    planned_at: dt.datetime,
    *,
    location: str = "",
    participants: str = "",
) -> int:
    case, role = load_case(uow, case_id)
    ensure_open(case, tr("een hoorgesprek te plannen"))
    if case.status != CaseStatus.HOORGESPREK:
        move(uow, case, CaseStatus.HOORGESPREK)
    planned_at = as_local(planned_at)
    hearing = Hearing(
        case_id=case.id,
        planned_at=planned_at,
        location=location.strip(),
        participants=participants.strip(),
    )
    uow.session.add(hearing)
    uow.session.flush()
    title = timeline_titles.hearing_planned(planned_at)
    add_timeline(uow, case, TimelineKind.HOORGESPREK, title, participants.strip())
    uow.audit(
        "case.hearing.plan", "hearing", hearing.id, role=role, person_id=case.subject_person_id
    )
    return hearing.id


def hold_hearing(uow: UnitOfWork, hearing_id: int, held_at: dt.datetime, report: str) -> None:
    """Record that the hearing took place, with its report (verslag)."""
    hearing = uow.session.get(Hearing, hearing_id)
    if hearing is None:
        raise NotFound(tr("Dit hoorgesprek bestaat niet (meer)."))
    case, role = load_case(uow, hearing.case_id)
    ensure_open(case, tr("het verslag van een hoorgesprek vast te leggen"))
    if hearing.is_held:
        raise InvalidInput(
            tr(
                "Van dit hoorgesprek is het verslag al vastgelegd. Een aanvulling of correctie "
                "legt u vast als notitie bij de zaak."
            )
        )
    held_at = as_local(held_at)
    if held_at > local_now():
        raise InvalidInput(
            tr("Het hoorgesprek kan niet in de toekomst gehouden zijn. Controleer datum en tijd.")
        )
    text = required_text(report, tr("verslag"), minimum=MIN_REPORT_CHARS)
    hearing.held_at = held_at
    hearing.report = text
    hearing.reported_by_id = uow.actor.account_id
    add_timeline(
        uow,
        case,
        TimelineKind.HOORGESPREK,
        timeline_titles.hearing_held(held_at.date()),
        text,
    )
    uow.audit(
        "case.hearing.hold", "hearing", hearing.id, role=role, person_id=case.subject_person_id
    )
