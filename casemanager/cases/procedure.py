"""After the decision: making it known, the notifications owed, objection, and ending a
case (closing, dismissing) or reopening it."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import select

from casemanager.cases import timeline_titles
from casemanager.cases.common import add_timeline, load_case, required_text, today
from casemanager.cases.workflow import move
from casemanager.errors import InvalidInput, NotFound
from casemanager.texts import Text, tr
from models.cases import Case, CaseStatus, TimelineKind
from models.procedure import Decision, Notification, Objection, ObjectionOutcome

if TYPE_CHECKING:
    from casemanager.uow import UnitOfWork

# to whom a notification goes; str() is the Dutch the timeline records
NOTIFICATION_LABELS: dict[str, Text] = {
    "inspectie": tr("Inspectie van het Onderwijs"),
    "leerplicht": tr("leerplichtambtenaar"),
    "ouders": tr("ouders/verzorgers"),
    "aangifte": tr("aangifte bij de politie"),
    "ap": tr("Autoriteit Persoonsgegevens"),
}


def notification_label(kind: str) -> Text | str:
    """To whom a notification of ``kind`` goes; an unknown kind as it is."""
    return NOTIFICATION_LABELS.get(str(kind), str(kind))


def latest_decision(uow: UnitOfWork, case: Case) -> Decision | None:
    return uow.session.scalars(
        select(Decision)
        .where(Decision.case_id == case.id, Decision.is_voornemen.is_(False))
        .order_by(Decision.decided_at.desc(), Decision.id.desc())
        .limit(1)
    ).first()


def objection_term_end(uow: UnitOfWork, decision: Decision) -> dt.date | None:
    if decision.made_known_on is None:
        return None
    return decision.made_known_on + dt.timedelta(weeks=uow.policy.terms.objection_weeks)


def make_known(uow: UnitOfWork, case_id: int, on: dt.date) -> dt.date:
    """The decision was made known (letters sent or handed over) on ``on``; returns the
    last day of the objection term."""
    case, role = load_case(uow, case_id)
    decision = latest_decision(uow, case)
    if decision is None or case.status != CaseStatus.BESLUIT:
        raise InvalidInput(tr("Er is geen besluit dat nog bekendgemaakt moet worden."))
    if on > today() or on < decision.decided_at.date():
        raise InvalidInput(tr("De datum van bekendmaking ligt niet tussen het besluit en vandaag."))
    decision.made_known_on = on
    move(uow, case, CaseStatus.BEKENDGEMAAKT, timeline_titles.made_known(on))
    end = objection_term_end(uow, decision)
    assert end is not None
    add_timeline(uow, case, TimelineKind.STATUS, timeline_titles.objection_term_until(end))
    uow.audit(
        "case.made_known", "decision", decision.id, role=role, person_id=case.subject_person_id
    )
    return end


def notification_done(
    uow: UnitOfWork, notification_id: int, on: dt.date, reference: str = ""
) -> None:
    notification = uow.session.get(Notification, notification_id)
    if notification is None:
        raise NotFound(tr("Deze melding bestaat niet (meer)."))
    case, role = load_case(uow, notification.case_id)
    if notification.is_done:
        raise InvalidInput(tr("Deze melding is al als gedaan vastgelegd."))
    if on > today():
        raise InvalidInput(tr("De datum van de melding ligt in de toekomst."))
    notification.done_at = dt.datetime.combine(on, dt.time(12, 0))
    notification.done_by_id = uow.actor.account_id
    notification.reference = reference.strip()
    label = notification_label(str(notification.kind))
    title = timeline_titles.notification_done(label, on, reference.strip())
    add_timeline(uow, case, TimelineKind.MELDING_GEDAAN, title)
    uow.audit(
        "case.notification.done",
        "notification",
        notification.id,
        role=role,
        person_id=case.subject_person_id,
    )


def record_objection(uow: UnitOfWork, case_id: int, received_on: dt.date, grounds: str) -> int:
    case, role = load_case(uow, case_id)
    decision = latest_decision(uow, case)
    if decision is None:
        raise InvalidInput(tr("Er is nog geen besluit waartegen bezwaar kan worden gemaakt."))
    if case.status != CaseStatus.BEKENDGEMAAKT:
        move(uow, case, CaseStatus.BEZWAAR)  # refuses with the reason why
    if received_on > today():
        raise InvalidInput(tr("De datum van ontvangst ligt in de toekomst."))
    text = required_text(grounds, tr("gronden van het bezwaar"), minimum=10)
    objection = Objection(
        case_id=case.id, decision_id=decision.id, received_on=received_on, grounds=text
    )
    uow.session.add(objection)
    uow.session.flush()
    end = objection_term_end(uow, decision)
    late = end if end and received_on > end else None
    move(uow, case, CaseStatus.BEZWAAR, timeline_titles.objection_received_on(received_on, late))
    add_timeline(uow, case, TimelineKind.BEZWAAR, timeline_titles.objection_received(late), text)
    uow.audit(
        "case.objection", "objection", objection.id, role=role, person_id=case.subject_person_id
    )
    return objection.id


def decide_objection(
    uow: UnitOfWork, objection_id: int, outcome: ObjectionOutcome, text: str, on: dt.date
) -> None:
    objection = uow.session.get(Objection, objection_id)
    if objection is None:
        raise NotFound(tr("Dit bezwaar bestaat niet (meer)."))
    case, role = load_case(uow, objection.case_id)
    if objection.is_decided:
        raise InvalidInput(tr("Op dit bezwaar is al beslist."))
    if on > today() or on < objection.received_on:
        raise InvalidInput(
            tr("De datum van de beslissing ligt niet tussen de ontvangst en vandaag.")
        )
    outcome_text = required_text(text, tr("beslissing op bezwaar"), minimum=10)
    objection.outcome = outcome
    objection.outcome_on = on
    objection.outcome_text = outcome_text
    follow = {
        ObjectionOutcome.GEGROND: "Het besluit vervalt; neem zo nodig een nieuw besluit.",
        ObjectionOutcome.DEELS_GEGROND: "Neem een nieuw besluit dat de beslissing volgt.",
    }.get(outcome, "Het besluit blijft staan; de zaak kan worden afgesloten.")
    add_timeline(
        uow,
        case,
        TimelineKind.BEZWAAR,
        timeline_titles.objection_decided(outcome),
        f"{objection.outcome_text}\n\n{follow}",
    )
    uow.audit(
        "case.objection.decide",
        "objection",
        objection.id,
        role=role,
        person_id=case.subject_person_id,
        outcome=str(outcome),
    )


def close_refusal(uow: UnitOfWork, case: Case) -> Text | None:
    """Why the case cannot be closed yet (the objection term, an undecided objection)."""
    if case.status == CaseStatus.BEKENDGEMAAKT:
        decision = latest_decision(uow, case)
        end = objection_term_end(uow, decision) if decision else None
        if end and end >= today():
            return tr(
                "De bezwaartermijn loopt nog tot en met {end}. Sluit de zaak daarna, "
                "of leg eerst een ontvangen bezwaar vast.",
                end=end,
            )
    if case.status == CaseStatus.BEZWAAR:
        open_objection = uow.session.scalar(
            select(Objection.id).where(Objection.case_id == case.id, Objection.outcome.is_(None))
        )
        if open_objection is not None:
            return tr(
                "Er is nog niet beslist op het bezwaar. Leg eerst de beslissing op bezwaar vast."
            )
    return None


def close_case(uow: UnitOfWork, case_id: int, note: str = "") -> None:
    case, role = load_case(uow, case_id)
    refusal = close_refusal(uow, case)
    if refusal is not None:
        raise InvalidInput(refusal)
    move(uow, case, CaseStatus.AFGESLOTEN, note.strip())
    uow.audit("case.close", "case", case.number, role=role, person_id=case.subject_person_id)


def dismiss_case(uow: UnitOfWork, case_id: int, motivation: str) -> None:
    """Close without a measure (seponeren), with the reason why."""
    case, role = load_case(uow, case_id)
    text = required_text(motivation, tr("reden van seponeren"), minimum=10)
    move(uow, case, CaseStatus.GESEPONEERD, text)
    uow.audit("case.dismiss", "case", case.number, role=role, person_id=case.subject_person_id)


def reopen_case(uow: UnitOfWork, case_id: int, reason: str) -> None:
    case, role = load_case(uow, case_id)
    text = required_text(reason, tr("reden van heropenen"), minimum=10)
    move(uow, case, CaseStatus.HEROPEND, text)
    uow.audit("case.reopen", "case", case.number, role=role, person_id=case.subject_person_id)
