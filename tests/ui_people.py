"""Choosing a person from the demo dossier for a UI test: current, of the user's own team,
with as few measures as possible, so that the ladder's proposal is predictable."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from casemanager.uow import UnitOfWork
from models import Case, Decision, Person
from models.people import PersonKind
from ui.context import AppContext


@dataclass(frozen=True)
class ChosenPerson:
    id: int
    voornaam: str
    achternaam: str
    name: str  # voornaam, tussenvoegsel and achternaam
    measures: int  # decisions in earlier cases about this person


def least_sanctioned(
    ctx: AppContext, kind: PersonKind = PersonKind.LEERLING, *, skip: int = 0
) -> ChosenPerson:
    """The ``skip``-th current person of ``kind`` (in the user's teams, for students) in the
    order of fewest measures, then id."""

    def find(uow: UnitOfWork) -> ChosenPerson:
        measures = (
            select(func.count(Decision.id))
            .join(Case, Case.id == Decision.case_id)
            .where(Case.subject_person_id == Person.id)
            .scalar_subquery()
        )
        query = select(Person, measures).where(Person.kind == kind, Person.leave_date.is_(None))
        if kind == PersonKind.LEERLING and ctx.actor.team_ids:
            query = query.where(Person.team_id.in_(sorted(ctx.actor.team_ids)))
        found = uow.session.execute(query.order_by(measures, Person.id).offset(skip)).first()
        assert found is not None, f"the demo has no current {kind} for this user"
        person, count = found
        parts = (person.voornaam, person.tussenvoegsel, person.achternaam)
        name = " ".join(part for part in parts if part)
        return ChosenPerson(person.id, person.voornaam, person.achternaam, name, int(count))

    return ctx.read(find)
