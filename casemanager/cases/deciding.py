"""Proposing and deciding a measure: the ladder's proposal for a case, the voornemen where
the policy asks for one, the final decision and the notifications it makes owed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from casemanager.cases import timeline_titles
from casemanager.cases.common import add_timeline, is_minor, load_case, person_by_id, today
from casemanager.cases.history import earlier_sanctions
from casemanager.cases.stored_wording import reasons_json
from casemanager.cases.wording import aangifte_task
from casemanager.cases.workflow import OPEN_BEFORE_DECISION, move, refuse_reason
from casemanager.errors import InvalidInput
from casemanager.ladder import Proposal, check_decision, propose
from casemanager.policy.calendar import SchoolCalendar, add_working_days
from casemanager.policy.schema import Rung
from casemanager.texts import tr
from models.accounts import Role
from models.cases import Case, CaseStatus, TimelineKind
from models.people import Person
from models.procedure import Decision, Hearing, Notification, NotificationKind

if TYPE_CHECKING:
    from casemanager.uow import UnitOfWork


@dataclass(frozen=True)
class DecisionResult:
    decision_id: int
    is_voornemen: bool
    rung: str
    ends_on: dt.date | None
    notifications: tuple[str, ...]  # descriptions of what became owed


def case_proposal(uow: UnitOfWork, case: Case, on: dt.date | None = None) -> Proposal:
    person = person_by_id(uow, case.subject_person_id)
    violations = [
        uow.policy.violation(v.code) for v in case.violations if uow.policy.has_violation(v.code)
    ]
    history = earlier_sanctions(uow.session, uow.policy, person.id, exclude_case_id=case.id)
    return propose(uow.policy, str(person.kind), violations, history, on or today())


def proposal_for_case(uow: UnitOfWork, case_id: int) -> Proposal:
    case, _role = load_case(uow, case_id)
    return case_proposal(uow, case)


def decide(
    uow: UnitOfWork,
    case_id: int,
    chosen_rung: str,
    *,
    motivation: str = "",
    starts_on: dt.date | None = None,
    duration_days: int | None = None,
    zienswijze_received: bool = False,
) -> DecisionResult:
    """Decide ``chosen_rung`` for the case. Where the rung asks for a voornemen first and
    none covers it yet, this records the voornemen and starts the zienswijze term."""
    case, role = load_case(uow, case_id)
    policy = uow.policy
    ladder = policy.ladders[case.ladder]  # type: ignore[index]
    proposal = case_proposal(uow, case)
    rung = check_decision(
        ladder,
        proposed=proposal.rung,
        chosen=chosen_rung,
        motivation=motivation,
        roles=[str(role)],
        duration_days=duration_days,
    )
    if rung.intent_first and covering_intent(uow, case, ladder.index_of(rung.code)) is None:
        return _record_intent(uow, case, role, rung, proposal, motivation, duration_days)
    if case.status not in OPEN_BEFORE_DECISION and case.status != CaseStatus.BEZWAAR:
        raise InvalidInput(refuse_reason(case.status, CaseStatus.BESLUIT))
    if rung.hearing_required and not hearing_held(uow, case):
        raise InvalidInput(
            tr(
                "Voor '{rung}' moet eerst een hoorgesprek zijn gehouden. Plan het "
                "hoorgesprek en leg het verslag vast; neem daarna het besluit.",
                rung=rung.title,
            )
        )
    if rung.intent_first:
        intent = covering_intent(uow, case, ladder.index_of(rung.code))
        assert intent is not None
        if intent.zienswijze_due and intent.zienswijze_due > today() and not zienswijze_received:
            raise InvalidInput(
                tr(
                    "De termijn voor de zienswijze loopt tot en met {until}. "
                    "Neem het besluit daarna, of leg vast dat de zienswijze is ontvangen.",
                    until=intent.zienswijze_due,
                )
            )
    ends_on = None
    if rung.has_duration:
        if starts_on is None:
            # lower case, as check_decision names the measure in a sentence
            raise InvalidInput(
                tr("Geef de eerste dag van de {measure} op.", measure=rung.title.lower())
            )
        ends_on = _last_day(uow, rung, starts_on, int(duration_days or 0))
    decision = _add_decision(
        uow,
        case,
        role,
        rung,
        proposal,
        motivation,
        starts_on=starts_on if rung.has_duration else None,
        ends_on=ends_on,
        duration_days=duration_days if rung.has_duration else None,
    )
    owed = _owe_notifications(uow, case, decision, rung, proposal)
    move(uow, case, CaseStatus.BESLUIT)
    title = timeline_titles.decision(rung.title, starts_on, ends_on)
    text = timeline_titles.decision_lines(proposal.reasons, motivation)
    add_timeline(uow, case, TimelineKind.BESLUIT, title, text)
    uow.audit(
        "case.decide",
        "decision",
        decision.id,
        role=role,
        person_id=case.subject_person_id,
        rung=rung.code,
        proposed=proposal.rung,
        deviates=rung.code != proposal.rung,
    )
    return DecisionResult(decision.id, False, rung.code, ends_on, owed)


def _record_intent(
    uow: UnitOfWork,
    case: Case,
    role: Role,
    rung: Rung,
    proposal: Proposal,
    motivation: str,
    duration_days: int | None,
) -> DecisionResult:
    if case.status not in OPEN_BEFORE_DECISION:
        raise InvalidInput(refuse_reason(case.status, CaseStatus.BESLUIT))
    due = today() + dt.timedelta(weeks=uow.policy.terms.zienswijze_weeks)
    decision = _add_decision(
        uow,
        case,
        role,
        rung,
        proposal,
        motivation,
        duration_days=duration_days if rung.has_duration else None,
        is_voornemen=True,
        zienswijze_due=due,
    )
    add_timeline(
        uow,
        case,
        TimelineKind.BESLUIT,
        timeline_titles.intent(rung.title),
        timeline_titles.intent_lines(due, proposal.reasons),
    )
    uow.audit(
        "case.intent",
        "decision",
        decision.id,
        role=role,
        person_id=case.subject_person_id,
        rung=rung.code,
    )
    return DecisionResult(decision.id, True, rung.code, None, ())


def _add_decision(
    uow: UnitOfWork,
    case: Case,
    role: Role,
    rung: Rung,
    proposal: Proposal,
    motivation: str,
    **dates: object,
) -> Decision:
    decision = Decision(
        case_id=case.id,
        proposed_rung=proposal.rung,
        # the reasons as they were given, with their wording (read back by read_reasons)
        proposal_reasons=reasons_json(proposal.reasons),
        chosen_rung=rung.code,
        motivation=motivation.strip(),
        decided_by_id=uow.actor.account_id,
        decided_in_role=str(role),
        **dates,
    )
    uow.session.add(decision)
    uow.session.flush()
    return decision


def covering_intent(uow: UnitOfWork, case: Case, index: int) -> Decision | None:
    ladder = uow.policy.ladders[case.ladder]  # type: ignore[index]
    intents = uow.session.scalars(
        select(Decision).where(Decision.case_id == case.id, Decision.is_voornemen.is_(True))
    ).all()
    codes = [r.code for r in ladder.rungs]
    covering = [
        d for d in intents if d.chosen_rung in codes and codes.index(d.chosen_rung) >= index
    ]
    return max(covering, key=lambda d: d.id, default=None)


def hearing_held(uow: UnitOfWork, case: Case) -> bool:
    return (
        uow.session.scalar(
            select(Hearing.id)
            .where(Hearing.case_id == case.id, Hearing.held_at.is_not(None))
            .limit(1)
        )
        is not None
    )


def _last_day(uow: UnitOfWork, rung: Rung, first: dt.date, days: int) -> dt.date:
    if rung.duration == "schooldagen":
        calendar = SchoolCalendar(uow.policy.holidays)
        if not calendar.is_school_day(first):
            raise InvalidInput(
                tr("{day} is geen schooldag; kies een schooldag als eerste dag.", day=first)
            )
        return calendar.last_school_day(first, days)
    return first + dt.timedelta(days=days - 1)


def _owe_notifications(
    uow: UnitOfWork, case: Case, decision: Decision, rung: Rung, proposal: Proposal
) -> tuple[str, ...]:
    person = uow.session.get(Person, case.subject_person_id)
    minor = is_minor(person, today())
    owed: list[str] = []
    for rule in rung.notifications:
        if rule.applies(duration_days=decision.duration_days, minor=minor):
            due = add_working_days(today(), rule.due_working_days)
            uow.session.add(
                Notification(
                    case_id=case.id,
                    decision_id=decision.id,
                    kind=NotificationKind(rule.kind),
                    due_on=due,
                    description=rule.description,
                )
            )
            owed.append(rule.description or rule.kind)
    if proposal.aangifte_advised:
        articles = ", ".join(proposal.wvsr_articles)
        text = str(aangifte_task(articles))
        due = add_working_days(today(), uow.policy.terms.aangifte_working_days)
        uow.session.add(
            Notification(
                case_id=case.id,
                decision_id=decision.id,
                kind=NotificationKind.AANGIFTE,
                due_on=due,
                description=text,
            )
        )
        owed.append(text)
    return tuple(owed)
