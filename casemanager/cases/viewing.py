"""A whole case as plain, frozen data for a screen or an export; reading it is audited."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casemanager.access import case_role
from casemanager.cases.actions import available_actions
from casemanager.cases.common import STATUS_LABELS, display_name, load_case
from casemanager.cases.deciding import case_proposal
from casemanager.cases.procedure import latest_decision, notification_label, objection_term_end
from casemanager.cases.rung_options import rung_options
from casemanager.cases.stored_wording import read_reasons, read_wording
from casemanager.cases.views import (
    ANONYMOUS,
    CaseView,
    DecisionView,
    EvidenceView,
    HearingView,
    NotificationView,
    ObjectionView,
    PartyView,
    StatementView,
    TimelineView,
    ViolationView,
)
from casemanager.cases.wording import notification_description
from casemanager.policy.schema import Policy
from models.accounts import Account
from models.cases import Case, CaseParty, Statement
from models.evidence import Evidence
from models.people import Person, Team
from models.procedure import Decision, Hearing, Notification, Objection

if TYPE_CHECKING:
    from casemanager.uow import UnitOfWork


def get_case(uow: UnitOfWork, case_id: int) -> CaseView:
    """Everything about one case; writes a 'case.read' audit entry (commit the unit)."""
    case, role = load_case(uow, case_id)
    uow.audit("case.read", "case", case.number, role=role, person_id=case.subject_person_id)
    return build_view(uow, case)


def build_view(uow: UnitOfWork, case: Case) -> CaseView:
    session, policy = uow.session, uow.policy
    names = dict(session.execute(select(Account.id, Account.display_name)).all())
    person = session.get(Person, case.subject_person_id)
    assert person is not None
    team = session.get(Team, case.team_id) if case.team_id else None
    ladder = policy.ladders.get(case.ladder)  # type: ignore[call-overload]

    def rung_title(code: str) -> str:
        try:
            return ladder.rung(code).title if ladder else code
        except KeyError:
            return code

    def rows(model: Any, order: tuple[Any, ...]) -> Sequence[Any]:
        return session.scalars(select(model).where(model.case_id == case.id).order_by(*order)).all()

    decisions = rows(Decision, (Decision.decided_at, Decision.id))
    latest = latest_decision(uow, case)
    return CaseView(
        id=case.id,
        number=case.number,
        status=str(case.status),
        status_label=STATUS_LABELS[case.status],
        subject=case.subject,
        description=case.description,
        incident_date=case.incident_date,
        incident_time=case.incident_time,
        place=case.place,
        platform=case.platform,
        severity=str(case.severity),
        ladder=case.ladder,
        person_id=person.id,
        person_name=display_name(person),
        person_kind=str(person.kind),
        class_name=person.class_name,
        team=team.name if team else "",
        owner=names.get(case.owner_id, ""),
        opened_at=case.opened_at,
        closed_at=case.closed_at,
        violations=tuple(_violation(policy, v.code) for v in case.violations),
        parties=tuple(_party(session, p) for p in case.parties),
        timeline=tuple(
            TimelineView(
                t.id,
                t.at,
                t.kind,
                *read_wording(t.wording, t.title, t.text),
                names.get(t.account_id, ""),
                t.corrects_entry_id,
            )
            for t in case.timeline
        ),
        statements=tuple(_statement(session, s, names) for s in case.statements),
        evidence=tuple(
            EvidenceView(
                e.id,
                e.file_name,
                e.media_type,
                e.size_bytes,
                e.sha256,
                e.captured_at,
                e.url,
                e.platform,
                e.account_name,
                e.description,
                e.added_at,
            )
            for e in rows(Evidence, (Evidence.added_at, Evidence.id))
        ),
        hearings=tuple(
            HearingView(h.id, h.planned_at, h.location, h.participants, h.held_at, h.report)
            for h in rows(Hearing, (Hearing.planned_at, Hearing.id))
        ),
        decisions=tuple(
            DecisionView(
                d.id,
                d.is_voornemen,
                d.proposed_rung,
                d.chosen_rung,
                rung_title(d.chosen_rung),
                read_reasons(d.proposal_reasons),
                d.motivation,
                d.starts_on,
                d.ends_on,
                d.duration_days,
                names.get(d.decided_by_id, ""),
                d.decided_in_role,
                d.decided_at,
                d.zienswijze_due,
                d.made_known_on,
            )
            for d in decisions
        ),
        notifications=tuple(
            NotificationView(
                n.id,
                str(n.kind),
                notification_label(str(n.kind)),
                notification_description(n.description),
                n.due_on,
                n.done_at,
                n.reference,
            )
            for n in rows(Notification, (Notification.due_on, Notification.id))
        ),
        objections=tuple(
            ObjectionView(
                o.id,
                o.decision_id,
                o.received_on,
                o.grounds,
                str(o.outcome) if o.outcome else None,
                o.outcome_on,
                o.outcome_text,
            )
            for o in rows(Objection, (Objection.received_on, Objection.id))
        ),
        proposal=case_proposal(uow, case) if case.violations else None,
        objection_term_end=objection_term_end(uow, latest) if latest else None,
        actions=available_actions(uow, case),
        role=_role(uow, case),
        rung_options=rung_options(uow, case),
    )


def _violation(policy: Policy, code: str) -> ViolationView:
    if not policy.has_violation(code):
        return ViolationView(code, code, "", "", False, False, False)
    v = policy.violation(code)
    return ViolationView(
        v.code, v.title, v.article, v.article_text, v.pestprotocol, v.strafbaar, v.datalek
    )


def _party(session: Session, party: CaseParty) -> PartyView:
    person = session.get(Person, party.person_id)
    return PartyView(
        party.person_id, display_name(person), str(person.kind), str(party.role), party.note
    )


def _statement(session: Session, statement: Statement, names: dict[int, str]) -> StatementView:
    who = ANONYMOUS
    if statement.person_id is not None:
        who = display_name(session.get(Person, statement.person_id))
    return StatementView(
        statement.id,
        who,
        statement.given_at,
        statement.text,
        names.get(statement.recorded_by_id, ""),
        statement.corrects_id,
    )


def _role(uow: UnitOfWork, case: Case) -> str | None:
    role = case_role(uow.actor, case.ladder, case.team_id)
    return str(role) if role is not None else None
