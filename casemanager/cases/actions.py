"""Which actions a case allows now, and why the others are not possible: the screen enables
buttons from this and shows the reason as a tooltip. The services check again themselves."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from casemanager.access import case_role
from casemanager.cases.procedure import close_refusal
from casemanager.cases.wording import status_text
from casemanager.cases.workflow import OPEN_BEFORE_DECISION, TRANSITIONS
from casemanager.texts import Text, tr
from models.cases import CLOSED_STATUSES, Case, CaseStatus
from models.procedure import Hearing, Notification, Objection

if TYPE_CHECKING:
    from casemanager.uow import UnitOfWork

S = CaseStatus


@dataclass(frozen=True)
class ActionState:
    name: str
    label: str
    enabled: bool
    reason: Text | None = None  # why it is not possible now (None when enabled)


def available_actions(uow: UnitOfWork, case: Case) -> tuple[ActionState, ...]:
    role = case_role(uow.actor, case.ladder, case.team_id)
    status = case.status
    phase = tr("de zaak is {status}", status=status_text(status))
    closed = status in CLOSED_STATUSES
    session = uow.session
    open_hearing = session.scalar(
        select(Hearing.id).where(Hearing.case_id == case.id, Hearing.held_at.is_(None)).limit(1)
    )
    open_notification = session.scalar(
        select(Notification.id)
        .where(Notification.case_id == case.id, Notification.done_at.is_(None))
        .limit(1)
    )
    open_objection = session.scalar(
        select(Objection.id)
        .where(Objection.case_id == case.id, Objection.outcome.is_(None))
        .limit(1)
    )
    ladder = uow.policy.ladders.get(case.ladder)  # type: ignore[call-overload]
    decidable = (
        [r for r in ladder.rungs if role is not None and str(role) in r.decided_by]
        if ladder
        else []
    )

    def state(name: str, label: str, possible: bool, why: Text | None) -> ActionState:
        if role is None:
            return ActionState(
                name, label, False, tr("U werkt niet aan zaken van dit team of deze ladder.")
            )
        return ActionState(name, label, possible, None if possible else why)

    reopen_first = tr("{phase}; heropen de zaak eerst", phase=phase)
    return (
        state("investigate", "Onderzoek starten", S.ONDERZOEK in TRANSITIONS[status], phase),
        state("statement", "Verklaring vastleggen", not closed, reopen_first),
        state("note", "Notitie toevoegen", True, None),
        state("evidence", "Bewijs toevoegen", not closed, reopen_first),
        state("plan_hearing", "Hoorgesprek plannen", status in OPEN_BEFORE_DECISION, phase),
        state(
            "hold_hearing",
            "Verslag hoorgesprek",
            open_hearing is not None and not closed,
            tr("er is geen gepland hoorgesprek zonder verslag"),
        ),
        state(
            "decide",
            "Besluit nemen",
            bool(decidable)
            and (
                status in OPEN_BEFORE_DECISION or (status == S.BEZWAAR and open_objection is None)
            ),
            phase if decidable else tr("uw rol mag op deze ladder geen maatregel nemen"),
        ),
        state(
            "make_known",
            "Bekendmaking vastleggen",
            status == S.BESLUIT,
            tr("er is geen besluit dat nog bekendgemaakt moet worden"),
        ),
        state(
            "notification",
            "Melding gedaan",
            open_notification is not None,
            tr("er staan geen meldingen open"),
        ),
        state(
            "objection",
            "Bezwaar vastleggen",
            status == S.BEKENDGEMAAKT,
            tr("bezwaar kan alleen tegen een bekendgemaakt besluit"),
        ),
        state(
            "decide_objection",
            "Beslissing op bezwaar",
            open_objection is not None,
            tr("er is geen bezwaar waarop nog beslist moet worden"),
        ),
        _close_state(uow, case, state, phase),
        state("dismiss", "Seponeren", S.GESEPONEERD in TRANSITIONS[status], phase),
        state(
            "reopen", "Heropenen", S.HEROPEND in TRANSITIONS[status], tr("de zaak is niet gesloten")
        ),
    )


def _close_state(uow: UnitOfWork, case: Case, state: Any, phase: Text) -> ActionState:
    if S.AFGESLOTEN not in TRANSITIONS[case.status]:
        return state("close", "Zaak afsluiten", False, phase)
    refusal = close_refusal(uow, case)
    return state("close", "Zaak afsluiten", refusal is None, refusal)
