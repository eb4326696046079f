"""The values a letter template is filled with, read from one case (see reports/fields.py).

Dates and times arrive as the Dutch words a letter uses ("26 november 2026", "14.35 uur"),
so a template never formats anything itself.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from casemanager.cases.common import as_local, display_name, is_minor
from casemanager.dutch import clock, long_date, plural
from casemanager.ladder import article_key
from casemanager.letters.addressing import Addressee
from casemanager.letters.school import SchoolInfo
from casemanager.policy.schema import Policy
from models.cases import Case
from models.procedure import Decision, Hearing, Notification, NotificationKind

if TYPE_CHECKING:
    from casemanager.uow import UnitOfWork

DURATION_UNITS = {
    "schooldagen": ("schooldag", "schooldagen"),
    "kalenderdagen": ("kalenderdag", "kalenderdagen"),
}


def letter_context(
    uow: UnitOfWork,
    case: Case,
    *,
    school: SchoolInfo,
    addressee: Addressee,
    on: dt.date,
    decision: Decision | None = None,
    hearing: Hearing | None = None,
) -> dict[str, Any]:
    policy = uow.policy
    person = case.subject_person
    violations = [policy.violation(v.code) for v in case.violations if policy.has_violation(v.code)]
    articles = sorted({a for v in violations if v.strafbaar for a in v.wvsr}, key=article_key)
    return {
        "school": _school(school),
        "datum": long_date(on),
        "zaak": case_fields(case),
        "betrokkene": {
            "naam": display_name(person),
            "voornaam": person.voornaam,
            "achternaam": " ".join(p for p in (person.tussenvoegsel, person.achternaam) if p),
            "klas": person.class_name,
            "team": person.team.name if person.team else "",
            "functie": person.function_title,
            "soort": str(person.kind),
            "minderjarig": is_minor(person, on),
            "geboortedatum": long_date(person.date_of_birth) if person.date_of_birth else "",
        },
        "geadresseerde": {
            "naam": addressee.address_lines[0] if addressee.address_lines else "",
            "aanhef": addressee.salutation,
            "is_ouder": addressee.to_parents,
        },
        "overtredingen": [
            {
                "code": v.code,
                "titel": v.title,
                "artikel": v.article,
                "artikeltekst": v.article_text,
                "pestprotocol": v.pestprotocol,
            }
            for v in violations
        ],
        "maatregel": measure_fields(uow, policy, case, decision) if decision else None,
        "hoorgesprek": _hearing(hearing) if hearing else None,
        "termijnen": {
            "bezwaar_weken": policy.terms.objection_weeks,
            # letters say: within six weeks of the date of this letter
            "bezwaar_tot": long_date(on + dt.timedelta(weeks=policy.terms.objection_weeks)),
            "zienswijze_weken": policy.terms.zienswijze_weeks,
            "beslissing_bezwaar_weken": policy.terms.objection_decision_weeks,
            "zienswijze_tot": _date(decision.zienswijze_due) if decision else "",
        },
        "strafbaar": any(v.strafbaar for v in violations),
        "wetsartikelen": [{"artikel": a, "omschrijving": policy.wvsr.get(a, "")} for a in articles],
        # the aangifte summary's own fields are filled by aangifte.py
        "betrokkenen": [],
        "chronologie": [],
        "bewijs": [],
        "maatregelen": [],
        "contactpersoon": {
            "naam": uow.actor.display_name,
            "functie": uow.actor.function_title,
            "telefoon": school.phone,
            "email": school.email,
        },
    }


def case_fields(case: Case) -> dict[str, str]:
    return {
        "nummer": case.number,
        "onderwerp": case.subject,
        "datum_voorval": long_date(case.incident_date),
        "tijd_voorval": clock(case.incident_time) if case.incident_time else "",
        "plaats_voorval": case.place,
        "platform": case.platform,
        "omschrijving": case.description,
        "datum_melding": long_date(as_local(case.opened_at).date()),
    }


def measure_fields(
    uow: UnitOfWork, policy: Policy, case: Case, decision: Decision
) -> dict[str, Any]:
    rung = policy.ladders[case.ladder].rung(decision.chosen_rung)
    duration = ""
    if rung.has_duration and decision.duration_days:
        one, many = DURATION_UNITS.get(rung.duration, ("dag", "dagen"))
        duration = plural(decision.duration_days, one, many)
    decider = decision.decided_by
    owed = set(
        uow.session.scalars(
            # with case_id the notification table's index is used (not a scan of every row)
            select(Notification.kind).where(
                Notification.case_id == case.id, Notification.decision_id == decision.id
            )
        )
    )
    return {
        "code": rung.code,
        "naam": rung.title,
        "begindatum": _date(decision.starts_on),
        "einddatum": _date(decision.ends_on),
        "duur": duration,
        "dagen": decision.duration_days or 0,
        "melding_inspectie": NotificationKind.INSPECTIE in owed,
        "melding_leerplicht": NotificationKind.LEERPLICHT in owed,
        "motivering": decision.motivation,
        "besluitdatum": long_date(as_local(decision.decided_at).date()),
        "genomen_door": ", ".join(p for p in (decider.display_name, decider.function_title) if p),
        "is_voornemen": decision.is_voornemen,
    }


def latest_hearing(uow: UnitOfWork, case: Case) -> Hearing | None:
    return uow.session.scalar(
        select(Hearing).where(Hearing.case_id == case.id).order_by(Hearing.planned_at.desc())
    )


def _hearing(hearing: Hearing) -> dict[str, str]:
    moment = as_local(hearing.planned_at)
    return {
        "datum": long_date(moment.date()),
        "tijd": clock(moment),
        "plaats": hearing.location,
        "aanwezigen": hearing.participants,
    }


def _school(school: SchoolInfo) -> dict[str, str]:
    return {
        "naam": school.name,
        "adres": school.street,
        "postcode": school.postcode,
        "plaats": school.place,
        "telefoon": school.phone,
        "email": school.email,
        "website": school.website,
        "bevoegd_gezag": school.board_name or school.name,
        "bevoegd_gezag_adres": school.board_address or _school_address(school),
    }


def _school_address(school: SchoolInfo) -> str:
    postal = " ".join(p for p in (school.postcode, school.place) if p)
    return ", ".join(p for p in (school.street, postal) if p)


def _date(day: dt.date | None) -> str:
    return long_date(day) if day else ""
