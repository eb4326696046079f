"""A case's states and the transitions between them (DOMAIN.md: a case's life).

gemeld → onderzoek → hoorgesprek → besluit → bekendgemaakt → (bezwaar) → afgesloten, with
geseponeerd (closed without a measure) and heropend. Services move a case only through
:func:`move`, which refuses a transition the table does not allow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from casemanager.cases.common import STATUS_LABELS, add_timeline, now
from casemanager.errors import InvalidInput
from models.cases import CLOSED_STATUSES, Case, CaseStatus, TimelineKind

if TYPE_CHECKING:
    from casemanager.uow import UnitOfWork

S = CaseStatus
OPEN_BEFORE_DECISION = frozenset({S.GEMELD, S.ONDERZOEK, S.HOORGESPREK, S.HEROPEND})

TRANSITIONS: dict[CaseStatus, frozenset[CaseStatus]] = {
    S.GEMELD: frozenset({S.ONDERZOEK, S.HOORGESPREK, S.BESLUIT, S.GESEPONEERD}),
    S.ONDERZOEK: frozenset({S.HOORGESPREK, S.BESLUIT, S.GESEPONEERD}),
    S.HOORGESPREK: frozenset({S.ONDERZOEK, S.BESLUIT, S.GESEPONEERD}),
    S.BESLUIT: frozenset({S.BESLUIT, S.BEKENDGEMAAKT}),
    S.BEKENDGEMAAKT: frozenset({S.BEZWAAR, S.AFGESLOTEN}),
    S.BEZWAAR: frozenset({S.BESLUIT, S.AFGESLOTEN}),
    S.AFGESLOTEN: frozenset({S.HEROPEND}),
    S.GESEPONEERD: frozenset({S.HEROPEND}),
    S.HEROPEND: frozenset({S.ONDERZOEK, S.HOORGESPREK, S.BESLUIT, S.GESEPONEERD}),
}

# What the user was trying to do, for the message when it is not possible now.
_VERBS = {
    S.ONDERZOEK: "het onderzoek starten",
    S.HOORGESPREK: "een hoorgesprek plannen",
    S.BESLUIT: "een besluit nemen",
    S.BEKENDGEMAAKT: "het besluit als bekendgemaakt vastleggen",
    S.BEZWAAR: "een bezwaar vastleggen",
    S.AFGESLOTEN: "de zaak afsluiten",
    S.GESEPONEERD: "de zaak seponeren",
    S.HEROPEND: "de zaak heropenen",
}


def can_move(case: Case, to: CaseStatus) -> bool:
    return to in TRANSITIONS[case.status]


def refuse_reason(status: CaseStatus, to: CaseStatus) -> str:
    allowed = sorted(TRANSITIONS[status], key=list(S).index)
    options = ", ".join(_VERBS[s] for s in allowed if s != status) or "niets meer"
    return (
        f"U kunt nu niet {_VERBS[to]}: de zaak is {STATUS_LABELS[status]}. "
        f"In deze fase kunt u: {options}."
    )


def move(uow: UnitOfWork, case: Case, to: CaseStatus, note: str = "") -> None:
    """Move ``case`` to ``to`` and write the step on its timeline; InvalidInput if the
    transition is not allowed."""
    if not can_move(case, to):
        raise InvalidInput(refuse_reason(case.status, to))
    before = case.status
    if before == to:
        return
    case.status = to
    if to in CLOSED_STATUSES:
        case.closed_at = now()
    elif before in CLOSED_STATUSES:
        case.closed_at = None
    title = f"Status: {STATUS_LABELS[before]} → {STATUS_LABELS[to]}"
    add_timeline(uow, case, TimelineKind.STATUS, title, note)


def ensure_open(case: Case, action: str) -> None:
    """Refuse changes to a closed case (reopen it first)."""
    if case.status in CLOSED_STATUSES:
        raise InvalidInput(
            f"Zaak {case.number} is {STATUS_LABELS[case.status]}; heropen de zaak eerst om "
            f"{action}."
        )
