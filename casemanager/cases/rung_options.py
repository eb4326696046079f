"""What the signed-in user can decide on a case, rung by rung, and why not: the decision
panel shows this instead of working the rules out again. ``deciding.decide`` checks the
same rules when the decision is taken."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from casemanager.access import case_role
from casemanager.cases.common import STATUS_LABELS, today
from casemanager.cases.deciding import covering_intent, hearing_held
from casemanager.cases.workflow import OPEN_BEFORE_DECISION
from casemanager.dutch import long_date
from models.cases import Case, CaseStatus

if TYPE_CHECKING:
    from casemanager.uow import UnitOfWork


@dataclass(frozen=True)
class RungOption:
    code: str
    title: str
    allowed: bool
    reason: str  # why not (empty when allowed)
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
        reason = ""
        if role is None or str(role) not in rung.decided_by:
            who = " of ".join(rung.decided_by)
            reason = f"Alleen {who} mag '{rung.title}' nemen."
        elif step == "besluit" and not open_for_decision:
            reason = f"De zaak is {STATUS_LABELS[case.status]}; een besluit kan nu niet."
        elif step == "besluit" and rung.hearing_required and not held:
            reason = (f"Voor '{rung.title}' moet eerst een hoorgesprek zijn gehouden "
                      "(met verslag).")  # fmt: skip
        options.append(
            RungOption(
                code=rung.code,
                title=rung.title,
                allowed=not reason,
                reason=reason,
                step=step,
                zienswijze_until=until if until and until > today() else None,
            )
        )
    return tuple(options)


def zienswijze_note(option: RungOption) -> str:
    """The sentence for a rung whose zienswijze term still runs."""
    if option.zienswijze_until is None:
        return ""
    return (
        f"De termijn voor de zienswijze loopt tot en met {long_date(option.zienswijze_until)}; "
        "besluit daarna, of vink aan dat de zienswijze is ontvangen."
    )
