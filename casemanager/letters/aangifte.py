"""The summary a school hands to the police with an aangifte.

It names the school as the reporting organisation with a contact person, the people
involved by name and role only (never a home address), a neutral chronology, the digital
evidence with the SHA-256 of each stored file, the articles of the Wetboek van
Strafrecht that may apply, and the measures the school already took. It is stored like a
letter, so the dossier shows what was handed over and when.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from casemanager.cases.common import as_local, display_name, load_case, today
from casemanager.dutch import clock, long_date
from casemanager.errors import InvalidInput
from casemanager.letters.addressing import Addressee
from casemanager.letters.context import letter_context
from casemanager.letters.generation import store_rendered
from casemanager.letters.school import letterhead, school_info
from casemanager.letters.templates import template_source
from casemanager.letters.views import LetterInfo
from casemanager.permissions import Permission, require
from casemanager.texts import tr
from models.cases import Case, CaseParty, TimelineEntry, TimelineKind
from models.evidence import Evidence
from models.procedure import Decision
from reports.document import ReportDocument
from reports.rendering import render_report

if TYPE_CHECKING:
    from casemanager.uow import UnitOfWork

LETTER_TYPE = "aangifte_samenvatting"
POLICE = Addressee(None, ("Politie",), "", False, "Politie (aangifte)")
ROLE_WORDS = {
    "betrokkene": "verdachte of betrokkene",
    "melder": "melder",
    "slachtoffer": "slachtoffer",
    "getuige": "getuige",
    "ouder": "ouder/verzorger",
    "overig": "overig",
}
# timeline entries that say something about the facts; letters and notes stay internal
CHRONOLOGY_KINDS = {
    TimelineKind.MELDING,
    TimelineKind.BEWIJS,
    TimelineKind.HOORGESPREK,
    TimelineKind.BESLUIT,
    TimelineKind.MELDING_GEDAAN,
}


def aangifte_summary(uow: UnitOfWork, case_id: int, on: dt.date | None = None) -> LetterInfo:
    from reports.templating import TemplateFailed, render  # Jinja loads with the first use

    require(uow.actor, Permission.WORK_CASES)
    case, role = load_case(uow, case_id)
    on = on or today()
    school = school_info(uow)
    context = letter_context(uow, case, school=school, addressee=POLICE, on=on)
    context.update(
        betrokkenen=_people(case),
        chronologie=_chronology(uow, case),
        bewijs=_evidence(uow, case),
        maatregelen=_measures(uow, case),
    )
    try:
        parsed = render(f"{LETTER_TYPE}.txt", template_source(uow, LETTER_TYPE), context)
    except TemplateFailed as error:
        raise InvalidInput(
            tr("De samenvatting kon niet worden gemaakt. {problem}", problem=error.args[0])
        ) from error
    actor = uow.actor
    author = ", ".join(p for p in (actor.display_name, actor.function_title) if p)
    document = ReportDocument(
        letterhead=letterhead(uow),
        title=parsed.subject,
        reference=case.number,
        date_line=f"Opgesteld op {long_date(on)} door {author}",
        blocks=parsed.blocks,
    )
    return store_rendered(
        uow,
        case,
        LETTER_TYPE,
        render_report(document),
        subject=parsed.subject,
        target=POLICE,
        decision=None,
        registered=False,
        role=role,
    )


def _people(case: Case) -> list[dict[str, str]]:
    subject = case.subject_person
    rows = [_person_row(subject, "betrokkene")]
    for party in sorted(case.parties, key=lambda p: (str(p.role), p.id)):
        if party.person_id != subject.id:
            rows.append(_person_row(party.person, str(party.role), party))
    return rows


def _person_row(person: Any, role: str, party: CaseParty | None = None) -> dict[str, str]:
    return {
        "naam": display_name(person),
        "rol": ROLE_WORDS.get(role, role),
        "soort": str(person.kind),
        "klas": person.class_name,
        "geboortedatum": long_date(person.date_of_birth) if person.date_of_birth else "",
    }


def _chronology(uow: UnitOfWork, case: Case) -> list[dict[str, str]]:
    where = ", ".join(p for p in (case.platform, case.place) if p)
    rows = [
        {
            "datum": long_date(case.incident_date),
            "tijd": clock(case.incident_time) if case.incident_time else "",
            "gebeurtenis": f"Voorval: {case.subject}" + (f" ({where})" if where else ""),
        }
    ]
    entries = uow.session.scalars(
        select(TimelineEntry)
        .where(TimelineEntry.case_id == case.id, TimelineEntry.kind.in_(CHRONOLOGY_KINDS))
        .order_by(TimelineEntry.at, TimelineEntry.id)
    )
    for entry in entries:
        moment = as_local(entry.at)
        rows.append(
            {"datum": long_date(moment.date()), "tijd": clock(moment), "gebeurtenis": entry.title}
        )
    return rows


def _evidence(uow: UnitOfWork, case: Case) -> list[dict[str, str]]:
    rows = uow.session.scalars(
        select(Evidence).where(Evidence.case_id == case.id).order_by(Evidence.added_at)
    )
    return [
        {
            "bestandsnaam": e.file_name,
            "platform": e.platform,
            "url": e.url,
            "account": e.account_name,
            "vastgelegd": _moment(e.captured_at) if e.captured_at else _moment(e.added_at),
            "sha256": e.sha256,
            "omschrijving": e.description,
        }
        for e in rows
    ]


def _measures(uow: UnitOfWork, case: Case) -> list[dict[str, str]]:
    ladder = uow.policy.ladders[case.ladder]
    decisions = uow.session.scalars(
        select(Decision)
        .where(Decision.case_id == case.id, Decision.is_voornemen.is_(False))
        .order_by(Decision.decided_at)
    )
    rows = []
    for decision in decisions:
        period = ""
        if decision.starts_on and decision.ends_on:
            period = f"{long_date(decision.starts_on)} tot en met {long_date(decision.ends_on)}"
        rows.append(
            {
                "naam": ladder.rung(decision.chosen_rung).title,
                "besluitdatum": long_date(as_local(decision.decided_at).date()),
                "periode": period,
            }
        )
    return rows


def _moment(value: dt.datetime) -> str:
    local = as_local(value)
    return f"{long_date(local.date())} {clock(local)}"
