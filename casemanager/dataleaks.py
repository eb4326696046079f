"""The register of data leaks (AVG art. 33): register a possible leak, assess within the
policy's 72 hours whether to report it to the Autoriteit Persoonsgegevens, list them.
Every leak stays in the register, reported or not.

The register has no columns of its own for the cause and the measures taken: they are kept
as headed paragraphs of the description ("Oorzaak: ...", "Genomen maatregelen: ...").
Moments come back as aware UTC datetimes."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from casemanager.cases.common import required_text
from casemanager.errors import InvalidInput, NotFound
from casemanager.permissions import Permission, require
from casemanager.texts import Text, tr
from models.dataleak import DataLeak

if TYPE_CHECKING:
    from casemanager.uow import UnitOfWork

# headed paragraphs of the description: the register has no columns of their own for these
CAUSE = tr("Oorzaak: {text}")
MEASURES = tr("Genomen maatregelen: {text}")
_CASE_LEAK = re.compile(r"Mogelijk datalek bij zaak (?P<number>\S+)")
_CASE_REPORT = re.compile(r"Gemeld bij zaak (?P<number>\S+): (?P<subject>.*)", re.DOTALL)


def case_leak_title(number: str) -> Text:
    """The title of the leak a report registers when its violation may be a data leak."""
    return tr("Mogelijk datalek bij zaak {number}", number=number)


def case_leak_description(number: str, subject: str) -> Text:
    return tr("Gemeld bij zaak {number}: {subject}", number=number, subject=subject)


@dataclass(frozen=True)
class LeakRow:
    id: int
    title: str
    description: str
    discovered_at: dt.datetime
    report_deadline: dt.datetime
    persons_affected: int
    data_categories: str
    case_id: int | None
    report_to_ap: bool | None
    ap_reference: str
    decided_at: dt.datetime | None
    decision_motivation: str

    @property
    def worded_title(self) -> Text | str:
        """The title for a screen: the one a report wrote as that Text again, else as typed."""
        return worded_title(self.title)


def register_leak(
    uow: UnitOfWork,
    title: str,
    discovered_at: dt.datetime,
    *,
    description: str = "",
    persons_affected: int = 0,
    data_categories: str = "",
    cause: str = "",
    measures: str = "",
) -> int:
    role = require(uow.actor, Permission.DATA_LEAKS)
    discovered = _utc(discovered_at)
    if discovered > dt.datetime.now(dt.UTC):
        raise InvalidInput(
            tr("Het moment van ontdekken ligt in de toekomst. Controleer datum en tijd.")
        )
    if persons_affected < 0:
        raise InvalidInput(tr("Het aantal betrokken personen kan niet negatief zijn."))
    paragraphs = (
        description.strip(),
        str(_headed(CAUSE, cause.strip())) if cause.strip() else "",
        str(_headed(MEASURES, measures.strip())) if measures.strip() else "",
    )
    leak = DataLeak(
        title=required_text(title, "titel"),
        description="\n\n".join(p for p in paragraphs if p),
        discovered_at=discovered,
        persons_affected=persons_affected,
        data_categories=data_categories.strip(),
        registered_by_id=uow.actor.account_id,
    )
    uow.session.add(leak)
    uow.session.flush()
    uow.audit("dataleak.register", "data_leak", leak.id, role=role, personen=persons_affected)
    return leak.id


def assess_leak(
    uow: UnitOfWork,
    leak_id: int,
    *,
    report_to_ap: bool,
    motivation: str,
    ap_reference: str = "",
    decided_at: dt.datetime | None = None,
) -> None:
    """Record the decision whether the leak is reported to the AP, and why. ``decided_at``
    is when that was decided (and the report made), if earlier than now."""
    role = require(uow.actor, Permission.DATA_LEAKS)
    leak = uow.session.get(DataLeak, leak_id)
    if leak is None:
        raise NotFound(tr("Dit datalek staat niet (meer) in het register."))
    if leak.is_decided:
        raise InvalidInput(
            tr("Over dit datalek is al besloten. Leg een aanvulling vast in de omschrijving.")
        )
    text = required_text(motivation, "motivering van het besluit", minimum=10)
    now = dt.datetime.now(dt.UTC)
    moment = now if decided_at is None else _utc(decided_at)
    if moment > now:
        raise InvalidInput(tr("Het moment van het besluit ligt in de toekomst. Controleer het."))
    if moment < _aware(leak.discovered_at):
        raise InvalidInput(
            tr("Het moment van het besluit ligt vóór de ontdekking van het lek. Controleer het.")
        )
    leak.report_to_ap = report_to_ap
    leak.decision_motivation = text
    leak.ap_reference = ap_reference.strip()
    leak.decided_at = moment
    leak.decided_by_id = uow.actor.account_id
    uow.audit("dataleak.assess", "data_leak", leak.id, role=role, gemeld_bij_ap=report_to_ap)


def list_leaks(uow: UnitOfWork, hours: int | None = None) -> list[LeakRow]:
    """The register, newest first; ``hours`` overrides the policy's reporting term."""
    require(uow.actor, Permission.DATA_LEAKS)
    term = dt.timedelta(hours=hours or uow.policy.terms.dataleak_hours)
    leaks = uow.session.scalars(select(DataLeak).order_by(DataLeak.discovered_at.desc())).all()
    return [
        LeakRow(
            leak.id,
            leak.title,
            leak.description,
            _aware(leak.discovered_at),
            _aware(leak.discovered_at) + term,
            leak.persons_affected,
            leak.data_categories,
            leak.case_id,
            leak.report_to_ap,
            leak.ap_reference,
            _aware(leak.decided_at) if leak.decided_at else None,
            leak.decision_motivation,
        )
        for leak in leaks
    ]


def worded_title(stored: str) -> Text | str:
    match = _CASE_LEAK.fullmatch(stored)
    return case_leak_title(match["number"]) if match else stored


def description_texts(description: str) -> list[Text | str]:
    """The paragraphs of a leak's description for a screen (``ui.core_text``): what a
    report wrote, and the cause and the measures with their heading, as Texts; what was
    typed as it was typed."""
    found: list[Text | str] = []
    for paragraph in description.split("\n\n"):
        reported = _CASE_REPORT.fullmatch(paragraph)
        if reported:
            found.append(case_leak_description(reported["number"], reported["subject"]))
            continue
        for heading in (CAUSE, MEASURES):
            prefix = heading.template.removesuffix("{text}")
            if paragraph.startswith(prefix):
                found.append(_headed(heading, paragraph.removeprefix(prefix)))
                break
        else:
            found.append(paragraph)
    return found


def _headed(heading: Text, typed: str) -> Text:
    return Text(heading.template, (("text", typed),))


def _aware(stored: dt.datetime) -> dt.datetime:
    """The database gives UTC back without its zone (SQLite): put it back."""
    return stored if stored.tzinfo else stored.replace(tzinfo=dt.UTC)


def _utc(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(dt.UTC) if moment.tzinfo else moment.astimezone().astimezone(dt.UTC)
