"""To whom a letter about a person goes, and what the envelope and the salutation say.

A student under 18 is written to through the parents or guardians who receive letters:
one letter per home address, so parents who live apart each get their own. An adult
student and a member of staff are written to themselves. A letter to an organisation
(the Inspectie) takes its address from the policy.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from casemanager.cases.common import display_name, is_minor
from casemanager.dutch import fold
from casemanager.errors import InvalidInput
from casemanager.policy.schema import Recipient
from casemanager.texts import tr
from models.people import Person, PersonKind

NAME_LINE_WIDTH = 45  # characters that fit on one line of the envelope window


@dataclass(frozen=True)
class Addressee:
    person_id: int | None  # None for an organisation
    address_lines: tuple[str, ...]  # the window-envelope block
    salutation: str  # "Geachte heer, mevrouw" — without the comma
    to_parents: bool
    label: str  # one line for lists: "Ouders/verzorgers van Ayşe Doğan, Maastricht"


def addressees(person: Person, on: dt.date) -> list[Addressee]:
    """Everyone a letter about ``person`` is sent to; never empty (InvalidInput instead)."""
    if person.kind == PersonKind.LEERLING and is_minor(person, on):
        return _to_parents(person)
    return [_to_person(person)]


def organisation(recipient: Recipient) -> Addressee:
    lines = (recipient.name, *recipient.address)
    return Addressee(
        person_id=None,
        address_lines=lines,
        salutation=recipient.salutation,
        to_parents=False,
        label=recipient.name,
    )


def _to_person(person: Person) -> Addressee:
    _require_address(person, display_name(person))
    name = display_name(person)
    return Addressee(
        person_id=person.id,
        address_lines=(name, *_postal(person)),
        salutation=f"Geachte {name}",
        to_parents=False,
        label=f"{name}, {person.city}".rstrip(", "),
    )


def _to_parents(student: Person) -> list[Addressee]:
    child = display_name(student)
    guardians = [
        link.guardian for link in student.guardians if link.receives_letters and _has(link.guardian)
    ]
    if not guardians:
        if not _has(student):
            raise InvalidInput(
                tr(
                    "Er is geen adres bekend van de ouders of verzorgers van {child}, en ook "
                    "niet van {first_name} zelf. Vul het adres aan in de leerlingadministratie, "
                    "importeer de leerlingen opnieuw en maak de brief dan opnieuw.",
                    child=child,
                    first_name=student.voornaam,
                )
            )
        # the parents are not on file, but the family's address is
        return [
            Addressee(
                person_id=student.id,
                address_lines=("Aan de ouders/verzorgers van", child, *_postal(student)),
                salutation=f"Geachte ouders/verzorgers van {student.voornaam}",
                to_parents=True,
                label=f"Ouders/verzorgers van {child}, {student.city}",
            )
        ]
    homes: dict[tuple[str, str], list[Person]] = {}
    for guardian in guardians:
        homes.setdefault(_home_key(guardian), []).append(guardian)
    return [_household(people, student) for people in homes.values()]


def _household(people: list[Person], student: Person) -> Addressee:
    """One letter to the parents who share a home."""
    names = [display_name(p) for p in people]
    joined = " en ".join(names)
    name_lines = (joined,) if len(joined) <= NAME_LINE_WIDTH else tuple(names)
    who = "ouders/verzorgers" if len(people) > 1 else "ouder/verzorger"
    return Addressee(
        person_id=people[0].id,
        address_lines=(*name_lines, *_postal(people[0])),
        salutation=f"Geachte {who} van {student.voornaam}",
        to_parents=True,
        label=f"{joined} ({who} van {display_name(student)}), {people[0].city}",
    )


def _postal(person: Person) -> tuple[str, ...]:
    place = " ".join(p for p in (person.postcode, person.city.upper()) if p)
    return tuple(line for line in (person.street, place) if line)


def _has(person: Person) -> bool:
    return bool(person.street.strip() and person.city.strip())


def _require_address(person: Person, name: str) -> None:
    if not _has(person):
        raise InvalidInput(
            tr(
                "Het adres van {name} is niet bekend. Vul het adres aan in de administratie, "
                "importeer opnieuw en maak de brief dan opnieuw.",
                name=name,
            )
        )


def _home_key(person: Person) -> tuple[str, str]:
    postcode = person.postcode.replace(" ", "").upper()
    return (postcode or fold(person.city), fold(person.street).replace(" ", ""))
