"""The words a case's sentences share, as translatable texts: its statuses, the roles that
decide, the kinds of person, the units of a measure's duration, and lists of these.

A sentence that names a status or a role takes the word as a nested :class:`Text`, so that
the English screens write "under investigation" where the Dutch says "in onderzoek". Words
outside these tables (a role or a unit a newer policy might add) stay as they are written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from casemanager.texts import Text, Value, tr
from models.cases import CaseStatus

STATUS_TEXTS: dict[CaseStatus, Text] = {
    CaseStatus.GEMELD: tr("gemeld"),
    CaseStatus.ONDERZOEK: tr("in onderzoek"),
    CaseStatus.HOORGESPREK: tr("hoorgesprek"),
    CaseStatus.BESLUIT: tr("besluit genomen"),
    CaseStatus.BEKENDGEMAAKT: tr("bekendgemaakt"),
    CaseStatus.BEZWAAR: tr("in bezwaar"),
    CaseStatus.AFGESLOTEN: tr("afgesloten"),
    CaseStatus.GESEPONEERD: tr("geseponeerd"),
    CaseStatus.HEROPEND: tr("heropend"),
}

_ROLES = {
    "teamleider": tr("teamleider"),
    "hr": tr("hr"),
    "directie": tr("directie"),
}

_PERSON_KINDS = {
    "leerling": tr("leerling"),
    "ouder": tr("ouder"),
    "medewerker": tr("medewerker"),
    "overig": tr("overig"),
}

_UNITS = {
    "schooldagen": tr("schooldagen"),
    "kalenderdagen": tr("kalenderdagen"),
}


def status_text(status: CaseStatus | str) -> Text:
    """'in onderzoek', as a sentence names the status of a case."""
    return STATUS_TEXTS[CaseStatus(status)]


def role_text(role: str) -> Value:
    """A role that decides a measure ('directie')."""
    return _ROLES.get(str(role), str(role))


def person_kind_text(kind: str) -> Value:
    """A kind of person ('leerling')."""
    return _PERSON_KINDS.get(str(kind), str(kind))


def unit_text(unit: str) -> Value:
    """The unit a measure's duration is counted in ('schooldagen')."""
    return _UNITS.get(str(unit), str(unit))


def comma_list(parts: Iterable[Value]) -> Value:
    """'a, b, c'; a single part as it is."""
    return _chain([*parts], "comma")


def or_list(parts: Iterable[Value]) -> Value:
    """'a of b of c'."""
    return _chain([*parts], "or")


def semicolon_list(parts: Iterable[Value]) -> Value:
    """'a; b; c'."""
    return _chain([*parts], "semicolon")


def roles_text(roles: Iterable[str], *, joined_by_or: bool = False) -> Value:
    """'teamleider, directie' (or 'teamleider of directie')."""
    parts = [role_text(role) for role in roles]
    return or_list(parts) if joined_by_or else comma_list(parts)


def aangifte_task(articles: str) -> Text:
    """The notification a decision adds when the violations may be criminal offences."""
    return tr(
        "Aangifte overwegen (art. {articles} Sr) en het besluit vastleggen", articles=articles
    )


_AANGIFTE_TASK = re.compile(
    r"Aangifte overwegen \(art\. (?P<articles>.+) Sr\) en het besluit vastleggen"
)


def notification_description(stored: str) -> Value:
    """A notification's stored description as the screens word it: the police-report task
    a decision wrote (its Dutch is the record) as that Text again, else the policy's text."""
    match = _AANGIFTE_TASK.fullmatch(stored)
    return aangifte_task(match["articles"]) if match else stored


def _chain(parts: list[Value], how: str) -> Value:
    if not parts:
        return ""
    result = parts[0]
    for part in parts[1:]:
        # lupdate reads each template as it is written: one literal per separator
        if how == "or":
            result = tr("{earlier} of {next}", earlier=result, next=part)
        elif how == "semicolon":
            result = tr("{earlier}; {next}", earlier=result, next=part)
        else:
            result = tr("{earlier}, {next}", earlier=result, next=part)
    return result
