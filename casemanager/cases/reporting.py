"""Reporting a case (melding): who, what, when and where, and who else is involved."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from casemanager.access import case_role, may_see_person
from casemanager.cases import timeline_titles
from casemanager.cases.common import add_timeline, display_name, person_by_id, required_text, today
from casemanager.cases.wording import comma_list, person_kind_text
from casemanager.dataleaks import case_leak_description, case_leak_title
from casemanager.errors import InvalidInput, PermissionDenied
from casemanager.permissions import Permission, require
from casemanager.policy.schema import SEVERITY_ORDER
from casemanager.texts import tr
from models.cases import (
    Case,
    CaseParty,
    CaseStatus,
    CaseViolation,
    PartyRole,
    Severity,
    TimelineKind,
)
from models.dataleak import DataLeak
from models.people import Guardianship, Person, PersonKind

if TYPE_CHECKING:
    from casemanager.uow import UnitOfWork

OLDEST_INCIDENT_YEARS = 5


@dataclass(frozen=True)
class PartyInput:
    person_id: int
    role: PartyRole
    note: str = ""


@dataclass(frozen=True)
class NewReport:
    subject_person_id: int
    violation_codes: Sequence[str]
    incident_date: dt.date
    description: str
    subject: str = ""
    incident_time: dt.time | None = None
    place: str = ""
    platform: str = ""
    parties: Sequence[PartyInput] = field(default_factory=tuple)
    team_id: int | None = None  # only for a person without a team (a parent, an outsider)


@dataclass(frozen=True)
class CaseRef:
    id: int
    number: str


def report_case(uow: UnitOfWork, report: NewReport) -> CaseRef:
    require(uow.actor, Permission.WORK_CASES)
    policy = uow.policy
    person = person_by_id(uow, report.subject_person_id)
    if not may_see_person(uow.session, uow.actor, person.id):
        raise PermissionDenied(
            tr("een melding te maken over {person}", person=display_name(person))
        )
    ladder = policy.ladder_name_for(str(person.kind))
    team_id = _team_of(uow, person, report.team_id)
    role = case_role(uow.actor, ladder, team_id)
    if role is None:
        raise PermissionDenied(
            tr(
                "een melding te maken over {person} (ander team of andere ladder)",
                person=display_name(person),
            )
        )
    violations = _violations(uow, report.violation_codes, str(person.kind))
    _check_date(report.incident_date)
    description = required_text(report.description, tr("omschrijving"), minimum=10)
    subject = report.subject.strip() or violations[0].title
    heaviest = max(violations, key=lambda v: v.severity_rank)
    year = today().year
    seq = (uow.session.scalar(select(func.max(Case.seq)).where(Case.year == year)) or 0) + 1
    case = Case(
        number=f"{year}-{seq:04d}",
        year=year,
        seq=seq,
        subject_person_id=person.id,
        team_id=team_id,
        subject=subject,
        incident_date=report.incident_date,
        incident_time=report.incident_time,
        place=report.place.strip(),
        platform=report.platform.strip(),
        description=description,
        severity=Severity(heaviest.severity),
        status=CaseStatus.GEMELD,
        owner_id=uow.actor.account_id,
        created_by_id=uow.actor.account_id,
        ladder=ladder,
    )
    case.violations = [CaseViolation(code=v.code) for v in violations]
    case.parties = _parties(uow, person, report.parties)
    uow.session.add(case)
    uow.session.flush()
    codes = ", ".join(v.code for v in violations)
    add_timeline(
        uow,
        case,
        TimelineKind.MELDING,
        timeline_titles.report(subject),
        f"Overtreding: {codes}\n\n{description}",
    )
    if any(v.datalek for v in violations):
        uow.session.add(
            DataLeak(
                case_id=case.id,
                title=str(case_leak_title(case.number)),
                description=str(case_leak_description(case.number, subject)),
                discovered_at=dt.datetime.now(dt.UTC),
                registered_by_id=uow.actor.account_id,
            )
        )
    uow.audit("case.report", "case", case.number, role=role, person_id=person.id, violations=codes)
    return CaseRef(case.id, case.number)


def add_party(uow: UnitOfWork, case_id: int, party: PartyInput) -> None:
    from casemanager.cases.common import load_case
    from casemanager.cases.workflow import ensure_open

    case, role = load_case(uow, case_id)
    ensure_open(case, tr("iemand toe te voegen"))
    subject = person_by_id(uow, case.subject_person_id)
    for new in _parties(uow, subject, [party]):
        if any(p.person_id == new.person_id and p.role == new.role for p in case.parties):
            raise InvalidInput(tr("Deze persoon staat al met deze rol bij de zaak."))
        case.parties.append(new)
        person = person_by_id(uow, new.person_id)
        add_timeline(
            uow,
            case,
            TimelineKind.NOTITIE,
            timeline_titles.party_added(display_name(person), new.role),
        )
    uow.audit(
        "case.add_party",
        "case",
        case.number,
        role=role,
        person_id=case.subject_person_id,
        party_person_id=party.person_id,
    )


def _team_of(uow: UnitOfWork, person: Person, chosen: int | None) -> int | None:
    if person.team_id is not None:
        return person.team_id
    if person.kind == PersonKind.OUDER:
        child_teams = uow.session.scalars(
            select(Person.team_id)
            .join(Guardianship, Guardianship.student_id == Person.id)
            .where(Guardianship.guardian_id == person.id, Person.team_id.is_not(None))
        ).all()
        mine = [t for t in child_teams if t in uow.actor.team_ids]
        if chosen in child_teams:
            return chosen
        if mine or child_teams:
            return (mine or child_teams)[0]
    return chosen


def _violations(uow: UnitOfWork, codes: Sequence[str], kind: str) -> list:
    if not codes:
        raise InvalidInput(tr("Kies minstens één overtreding uit het protocol."))
    found = []
    for code in dict.fromkeys(c.strip() for c in codes):
        if not uow.policy.has_violation(code):
            raise InvalidInput(
                tr(
                    "De overtreding '{code}' staat niet in het beleid. "
                    "Kies een overtreding uit de lijst.",
                    code=code,
                )
            )
        violation = uow.policy.violation(code)
        if kind not in violation.applies_to:
            raise InvalidInput(
                tr(
                    "De overtreding '{violation}' geldt niet voor een {kind} "
                    "(alleen voor: {kinds}).",
                    violation=violation.title,
                    kind=person_kind_text(kind),
                    kinds=comma_list(person_kind_text(k) for k in violation.applies_to),
                )
            )
        found.append(violation)
    return sorted(found, key=lambda v: (-SEVERITY_ORDER.index(v.severity), v.code))


def _check_date(day: dt.date) -> None:
    if day > today():
        raise InvalidInput(
            tr("De datum van het incident ligt in de toekomst. Controleer de datum.")
        )
    if day.year < today().year - OLDEST_INCIDENT_YEARS:
        raise InvalidInput(
            tr(
                "De datum van het incident ligt meer dan {years} jaar terug. Controleer de datum.",
                years=OLDEST_INCIDENT_YEARS,
            )
        )


def _parties(uow: UnitOfWork, subject: Person, parties: Sequence[PartyInput]) -> list[CaseParty]:
    result: list[CaseParty] = []
    seen: set[tuple[int, PartyRole]] = set()
    for party in parties:
        if party.person_id == subject.id and party.role != PartyRole.MELDER:
            raise InvalidInput(tr("De persoon over wie de melding gaat, staat al bij de zaak."))
        person_by_id(uow, party.person_id)
        key = (party.person_id, party.role)
        if key in seen:
            continue
        seen.add(key)
        result.append(
            CaseParty(person_id=party.person_id, role=party.role, note=party.note.strip())
        )
    return result
