"""What every case service needs: load a case the actor may touch, write to its timeline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import select

from casemanager.access import require_case
from casemanager.cases.stored_wording import dutch_text, wording_json
from casemanager.cases.wording import STATUS_TEXTS
from casemanager.errors import InvalidInput, NotFound
from casemanager.texts import Text, tr
from models.accounts import Role
from models.cases import Case, CaseStatus, TimelineEntry, TimelineKind
from models.people import Person

if TYPE_CHECKING:
    from casemanager.uow import UnitOfWork

# the Dutch words, as the timeline records a change of status
STATUS_LABELS: dict[CaseStatus, str] = {status: str(text) for status, text in STATUS_TEXTS.items()}


def load_case(uow: UnitOfWork, case_id: int) -> tuple[Case, Role]:
    """The case and the role the actor works on it under; NotFound or PermissionDenied."""
    case = uow.session.get(Case, case_id)
    if case is None:
        raise NotFound(
            tr(
                "Zaak {case} bestaat niet (meer). Ververs de lijst en probeer het opnieuw.",
                case=case_id,
            )
        )
    role = require_case(uow.actor, case)
    return case, role


def add_timeline(
    uow: UnitOfWork,
    case: Case,
    kind: TimelineKind | str,
    title: str | Text,
    text: str | Text | Sequence[Text] = "",
    *,
    at: dt.datetime | None = None,
    corrects: int | None = None,
) -> TimelineEntry:
    """An entry on the case's timeline. The record keeps the Dutch; what the application
    wrote (a Text, or lines of Texts) is kept in ``wording`` too, for the English screens.
    A str is what a person typed and stays as it is."""
    entry = TimelineEntry(
        case_id=case.id,
        account_id=uow.actor.account_id,
        kind=str(kind),
        title=str(title),
        text=dutch_text(text),
        wording=wording_json(title, text),
        corrects_entry_id=corrects,
    )
    if at is not None:
        entry.at = at
    uow.session.add(entry)
    return entry


def display_name(person: Person) -> str:
    return " ".join(p for p in (person.voornaam, person.tussenvoegsel, person.achternaam) if p)


def is_minor(person: Person | None, on: dt.date) -> bool:
    """Under 18 on ``on``; a student without a known birth date counts as a minor, so that
    the parents are informed rather than forgotten."""
    if person is None or person.date_of_birth is None:
        return person is not None and str(person.kind) == "leerling"
    born = person.date_of_birth
    age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return age < 18


def today() -> dt.date:
    return dt.datetime.now().date()


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def required_text(value: str, label: str | Text, *, minimum: int = 1) -> str:
    """``value`` without the spaces around it; InvalidInput naming the field ``label``
    (a Text, or a str the screens show as it is) when it is shorter than ``minimum``."""
    text = value.strip()
    if len(text) < minimum:
        if minimum <= 1:
            raise InvalidInput(tr("Vul '{field}' in; dit veld is verplicht.", field=label))
        raise InvalidInput(
            tr(
                "'{field}' is te kort: schrijf minstens {minimum} tekens.",
                field=label,
                minimum=minimum,
            )
        )
    return text


def person_by_id(uow: UnitOfWork, person_id: int) -> Person:
    person = uow.session.get(Person, person_id)
    if person is None:
        raise NotFound(
            tr("Persoon {person} bestaat niet (meer). Kies de persoon opnieuw.", person=person_id)
        )
    return person


def case_by_number(uow: UnitOfWork, number: str) -> int:
    found = uow.session.scalar(select(Case.id).where(Case.number == number.strip()))
    if found is None:
        raise NotFound(tr("Zaak {number} bestaat niet. Controleer het zaaknummer.", number=number))
    return found


def as_local(value: dt.datetime) -> dt.datetime:
    """A moment as naive local time: how the school's times (hearings, statements) are kept."""
    return value.astimezone().replace(tzinfo=None) if value.tzinfo else value


def local_now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)
