"""The stored persons an import compares its rows with: matched by number, or for a
parent without a number by name and postcode."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casemanager.people.csv_reading import Problem
from casemanager.people.records import NUMBERED, PersonRecord, name_key
from casemanager.texts import tr
from casemanager.uow import UnitOfWork
from models.people import Guardianship, Person, PersonKind, Team

_LABELS = {"date_of_birth": "geboortedatum", "start_date": "datum in", "leave_date": "datum uit"}


def field_label(name: str) -> str:
    """The Dutch name of a Person field, as the import report shows it."""
    return _LABELS.get(name) or str(Person.__table__.c[name].info.get("label", name))


def _persons_for(session: Session, records: list[PersonRecord]) -> list[Person]:
    """Only the stored persons the file can refer to: by number (its own rows and the
    children its parents name), and, when it has rows without a number, the persons
    without a number of those kinds. Loading all of a big school made an import slow."""
    numbers = {r.number for r in records if r.number}
    numbers |= {link.child_number for r in records for link in r.links if link.child_number}
    found: dict[int, Person] = {}
    for chunk in _chunks(sorted(numbers)):
        for person in session.scalars(select(Person).where(Person.number.in_(chunk))):
            found[person.id] = person
    by_name = [r for r in records if r.kind not in NUMBERED]  # parents and others
    if by_name:
        query = select(Person).where(Person.kind.in_(sorted({r.kind for r in by_name})))
        if all(r.number for r in by_name):  # then only a stored one without number can match
            query = query.where(Person.number.is_(None))
        for person in session.scalars(query):
            found[person.id] = person
    return list(found.values())


def _chunks(values: list[Any], size: int = 500) -> list[list[Any]]:
    return [values[i : i + size] for i in range(0, len(values), size)]


class StoredPersons:
    """The dossier's persons and teams as the plan needs them, loaded once."""

    def __init__(self, uow: UnitOfWork, records: list[PersonRecord]) -> None:
        session = uow.session
        self.persons = _persons_for(session, records)
        self.by_number = {(p.kind, p.number): p for p in self.persons if p.number}
        self.by_name: dict[tuple[Any, ...], list[Person]] = defaultdict(list)
        for p in self.persons:
            if p.kind not in NUMBERED:
                self.by_name[(p.kind, *name_key(p.voornaam, p.achternaam, p.postcode))].append(p)
        self.student_ids = {
            p.number: p.id for p in self.persons if p.kind is PersonKind.LEERLING and p.number
        }
        self.teams = {t.name.casefold(): t.id for t in session.scalars(select(Team))}
        self.links: dict[int, dict[int, str]] = defaultdict(dict)
        for ids in _chunks([p.id for p in self.persons]):
            for guardian_id, student_id, relation in session.execute(
                select(
                    Guardianship.guardian_id, Guardianship.student_id, Guardianship.relation
                ).where(Guardianship.guardian_id.in_(ids))
            ):
                self.links[guardian_id][student_id] = relation

    def match(self, record: PersonRecord, problems: list[Problem]) -> Person | None:
        if record.number and (record.kind, record.number) in self.by_number:
            return self.by_number[(record.kind, record.number)]
        if record.kind in NUMBERED:
            return None
        found = self.by_name.get((record.kind, *record.name_key), [])
        if record.number:  # a parent stored earlier without a number gets one now
            found = [p for p in found if p.number is None]
        if len(found) > 1:
            problems.append(
                (
                    record.line,
                    tr(
                        "er zijn {count} personen {name} met deze postcode; vul het nummer in "
                        "om te kiezen.",
                        count=len(found),
                        name=record.name,
                    ),
                )
            )
            return None
        return found[0] if found else None

    def changes(self, person: Person, record: PersonRecord) -> tuple[str, ...]:
        changed = [field_label(n) for n, v in record.values.items() if getattr(person, n) != v]
        if record.number and person.number != record.number:
            changed.insert(0, "nummer")
        if record.has_team:
            team_id = self.teams.get(record.team.casefold(), -1) if record.team else None
            if team_id != person.team_id:
                changed.append("team")
        stored = self.links.get(person.id, {})
        links = [(self.student_ids.get(link.child_number), link) for link in record.links]
        if any(sid not in stored for sid, _ in links):
            changed.append("kinderen")
        if any(sid in stored and link.relation not in (None, stored[sid]) for sid, link in links):
            changed.append("relatie")
        return tuple(changed)
