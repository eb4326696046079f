"""What the signed-in user can decide on a case, rung by rung, and why not: the decision
panel shows this instead of working the rules out again. ``deciding.decide`` checks the
same rules when the decision is taken."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from casemanager.access import case_role
from casemanager.cases.common import today
from casemanager.cases.deciding import covering_intent, hearing_held
from casemanager.cases.wording import roles_text, status_text
from casemanager.cases.workflow import OPEN_BEFORE_DECISION
from casemanager.texts import Text, tr
from models.cases import Case, CaseStatus

if TYPE_CHECKING:
    from casemanager.uow import UnitOfWork


@dataclass(frozen=True)
class RungOption:
    code: str
    title: str
    allowed: bool
    reason: Text | None  # why not (None when allowed)
    step: str  # "besluit", or "voornemen" when this rung starts with an intention
    zienswijze_until: dt.date | None  # the zienswijze term still runs until this day


def rung_options(uow: UnitOfWork, case: Case) -> tuple[RungOption, ...]:
    ladder = uow.policy.ladders.get(case.ladder)  # type: ignore[call-overload]
    if ladder is None:
        return ()
    role = case_role(uow.actor, case.ladder, case.team_id)
    held = hearing_held(uow, case)
    open_for_decision = case.status in OPEN_BEFORE_DECISION or case.status == CaseStatus.BEZWAAR
    options = []
    for index, rung in enumerate(ladder.rungs):
        intent = covering_intent(uow, case, index) if rung.intent_first else None
        step = "voornemen" if rung.intent_first and intent is None else "besluit"
        until = intent.zienswijze_due if intent and intent.zienswijze_due else None
        reason = None
        if role is None or str(role) not in rung.decided_by:
            who = roles_text(rung.decided_by, joined_by_or=True)
            reason = tr("Alleen {roles} mag '{rung}' nemen.", roles=who, rung=rung.title)
        elif step == "besluit" and not open_for_decision:
            reason = tr(
                "De zaak is {status}; een besluit kan nu niet.", status=status_text(case.status)
            )
        elif step == "besluit" and rung.hearing_required and not held:
            reason = tr(
                "Voor '{rung}' moet eerst een hoorgesprek zijn gehouden (met verslag).",
                rung=rung.title,
            )
        options.append(
            RungOption(
                code=rung.code,
                title=rung.title,
                allowed=reason is None,
                reason=reason,
                step=step,
                zienswijze_until=until if until and until > today() else None,
            )
        )
    return tuple(options)


def zienswijze_note(option: RungOption) -> Text | None:
    """The sentence for a rung whose zienswijze term still runs."""
    if option.zienswijze_until is None:
        return None
    return tr(
        "De termijn voor de zienswijze loopt tot en met {until}; "
        "besluit daarna, of vink aan dat de zienswijze is ontvangen.",
        until=option.zienswijze_until,
    )
