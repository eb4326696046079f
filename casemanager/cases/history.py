"""A person's earlier sanctions: the history the ladder counts."""

from __future__ import annotations

from sqlalchemy import and_, exists, select
from sqlalchemy.orm import Session

from casemanager.ladder import EarlierSanction
from casemanager.policy.schema import Policy
from models.cases import Case
from models.procedure import Decision, Objection, ObjectionOutcome


def earlier_sanctions(
    session: Session, policy: Policy, person_id: int, *, exclude_case_id: int | None = None
) -> list[EarlierSanction]:
    """Final decisions in the person's cases (as subject), without those set aside on
    objection; the ladder itself keeps only those within the look-back period."""
    overturned = exists().where(
        and_(Objection.decision_id == Decision.id, Objection.outcome == ObjectionOutcome.GEGROND)
    )
    query = (
        select(Decision.chosen_rung, Decision.decided_at, Case.number, Case.ladder)
        .join(Case, Case.id == Decision.case_id)
        .where(
            Case.subject_person_id == person_id,
            Decision.is_voornemen.is_(False),
            ~overturned,
        )
        .order_by(Decision.decided_at)
    )
    if exclude_case_id is not None:
        query = query.where(Case.id != exclude_case_id)
    return [
        EarlierSanction(
            rung=row.chosen_rung,
            rung_title=_title(policy, row.ladder, row.chosen_rung),
            decided_on=row.decided_at.date(),
            case_number=row.number,
        )
        for row in session.execute(query)
    ]


def _title(policy: Policy, ladder: str, rung: str) -> str:
    try:
        return policy.ladders[ladder].rung(rung).title  # type: ignore[index]
    except KeyError:
        return rung
