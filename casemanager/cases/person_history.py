"""A person's history: their cases as subject with the final decisions, for the ladder's
context on screen. Reading it is audited; only the cases the user may see are listed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from casemanager.access import visible_cases
from casemanager.cases.listing import codes_text, violation_codes_expression
from casemanager.permissions import Permission, require
from casemanager.store.dossier import Dossier
from models.cases import Case, CaseStatus, Severity
from models.procedure import Decision


@dataclass(frozen=True)
class HistoryDecision:
    rung: str
    decided_at: dt.datetime
    ends_on: dt.date | None


@dataclass(frozen=True)
class HistoryRow:
    case_id: int
    number: str
    incident_date: dt.date
    status: CaseStatus
    severity: Severity
    violation_codes: str
    decisions: tuple[HistoryDecision, ...]  # final decisions, oldest first


def person_history(dossier: Dossier, person_id: int) -> list[HistoryRow]:
    """The cases with ``person_id`` as subject that the user may see, newest incident first,
    each with its final decisions (voornemens left out). Writes a 'person.history' audit
    entry; the lists and counts above are not audited (they show no case content beyond
    number, date, name and status; opening a case is)."""
    require(dossier.actor, Permission.WORK_CASES)
    cases = (
        select(
            Case.id,
            Case.number,
            Case.incident_date,
            Case.status,
            Case.severity,
            violation_codes_expression(),
        )
        .where(Case.subject_person_id == person_id, visible_cases(dossier.actor))
        .order_by(Case.incident_date.desc(), Case.id.desc())
    )
    with dossier.reader() as connection:
        found = connection.execute(cases).all()
        decisions = connection.execute(
            select(Decision.case_id, Decision.chosen_rung, Decision.decided_at, Decision.ends_on)
            .where(Decision.case_id.in_([r[0] for r in found]), ~Decision.is_voornemen)
            .order_by(Decision.decided_at, Decision.id)
        ).all()
    # a person's sanctions are case content: who looked at them is logged
    with dossier.unit_of_work() as uow:
        uow.audit("person.history", "person", person_id, person_id=person_id, zaken=len(found))
        uow.commit()
    by_case: dict[int, list[HistoryDecision]] = {}
    for case_id, rung, decided_at, ends_on in decisions:
        by_case.setdefault(case_id, []).append(HistoryDecision(rung, decided_at, ends_on))
    return [
        HistoryRow(r[0], r[1], r[2], r[3], r[4], codes_text(r[5]), tuple(by_case.get(r[0], ())))
        for r in found
    ]
