"""A case's states and the transitions between them (DOMAIN.md: a case's life).

gemeld → onderzoek → hoorgesprek → besluit → bekendgemaakt → (bezwaar) → afgesloten, with
geseponeerd (closed without a measure) and heropend. Services move a case only through
:func:`move`, which refuses a transition the table does not allow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from casemanager.cases import timeline_titles
from casemanager.cases.common import add_timeline, now
from casemanager.cases.wording import comma_list, status_text
from casemanager.errors import InvalidInput
from casemanager.texts import Text, tr
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
    S.ONDERZOEK: tr("het onderzoek starten"),
    S.HOORGESPREK: tr("een hoorgesprek plannen"),
    S.BESLUIT: tr("een besluit nemen"),
    S.BEKENDGEMAAKT: tr("het besluit als bekendgemaakt vastleggen"),
    S.BEZWAAR: tr("een bezwaar vastleggen"),
    S.AFGESLOTEN: tr("de zaak afsluiten"),
    S.GESEPONEERD: tr("de zaak seponeren"),
    S.HEROPEND: tr("de zaak heropenen"),
}


def can_move(case: Case, to: CaseStatus) -> bool:
    return to in TRANSITIONS[case.status]


def refuse_reason(status: CaseStatus, to: CaseStatus) -> Text:
    allowed = [_VERBS[s] for s in sorted(TRANSITIONS[status], key=list(S).index) if s != status]
    return tr(
        "U kunt nu niet {action}: de zaak is {status}. In deze fase kunt u: {options}.",
        action=_VERBS[to],
        status=status_text(status),
        options=comma_list(allowed) if allowed else tr("niets meer"),
    )


def move(uow: UnitOfWork, case: Case, to: CaseStatus, note: str | Text = "") -> None:
    """Move ``case`` to ``to`` and write the step on its timeline; InvalidInput if the
    transition is not allowed. ``note``: what a person typed, or the application's Text."""
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
    add_timeline(uow, case, TimelineKind.STATUS, timeline_titles.status_change(before, to), note)


def ensure_open(case: Case, action: Text) -> None:
    """Refuse changes to a closed case (reopen it first); ``action`` says what the user
    wanted, as "een hoorgesprek te plannen"."""
    if case.status in CLOSED_STATUSES:
        raise InvalidInput(
            tr(
                "Zaak {number} is {status}; heropen de zaak eerst om {action}.",
                number=case.number,
                status=status_text(case.status),
                action=action,
            )
        )
