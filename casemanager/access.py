"""Who may see which cases and persons: the rules every service applies, as Python checks
for one object and as SQL conditions for lists.

- directie: every case and person;
- teamleider: cases on the student ladder within their own teams; students of their teams,
  the parents of those students, staff (to name them as parties) and others;
- hr: cases on the staff ladder; staff and others;
- beheerder: the register of persons (to import and check it), never a case;
- administratie: neither; it sees letters released to it (the letters issue).

The scope is the case's subject. Other parties (a victim, a witness) may be anyone in the
register, also outside the actor's teams: a victim in another team is a real situation,
and naming them shows the actor nothing of that person's own cases.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, false, or_, select, true
from sqlalchemy.orm import Session, aliased

from casemanager.errors import PermissionDenied
from casemanager.permissions import Actor, Permission, require
from casemanager.texts import tr
from models.accounts import Role
from models.cases import Case
from models.people import Guardianship, Person, PersonKind


def case_role(actor: Actor, ladder: str, team_id: int | None) -> Role | None:
    """The role under which ``actor`` may work on a case with this ladder and team."""
    if actor.has(Role.DIRECTIE):
        return Role.DIRECTIE
    if actor.has(Role.TEAMLEIDER) and ladder == "leerling" and team_id in actor.team_ids:
        return Role.TEAMLEIDER
    if actor.has(Role.HR) and ladder == "medewerker":
        return Role.HR
    return None


def require_case(actor: Actor, case: Case) -> Role:
    """The role to act under on ``case``; PermissionDenied when it is not the actor's."""
    require(actor, Permission.WORK_CASES)
    role = case_role(actor, case.ladder, case.team_id)
    if role is None:
        raise PermissionDenied(tr("zaak {number} in te zien of te bewerken", number=case.number))
    return role


def visible_cases(actor: Actor) -> ColumnElement[bool]:
    """An SQL condition on ``Case`` for the cases ``actor`` may see."""
    if actor.has(Role.DIRECTIE):
        return true()
    conditions: list[ColumnElement[bool]] = []
    if actor.has(Role.TEAMLEIDER) and actor.team_ids:
        conditions.append(and_(Case.ladder == "leerling", Case.team_id.in_(sorted(actor.team_ids))))
    if actor.has(Role.HR):
        conditions.append(Case.ladder == "medewerker")
    return or_(*conditions) if conditions else false()


def visible_persons(actor: Actor) -> ColumnElement[bool]:
    """An SQL condition on ``Person`` for the persons ``actor`` may see in the register."""
    if actor.has(Role.DIRECTIE) or actor.has(Role.BEHEERDER):
        return true()
    conditions: list[ColumnElement[bool]] = []
    if actor.has(Role.TEAMLEIDER):
        teams = sorted(actor.team_ids)
        # the parents as one list, made once: a correlated EXISTS per parent probed every
        # student of the teams (14 s to count a register of 40,000 persons)
        student = aliased(Person)
        parents = (
            select(Guardianship.guardian_id)
            .join(student, student.id == Guardianship.student_id)
            .where(student.kind == PersonKind.LEERLING, student.team_id.in_(teams))
        )
        conditions += [
            and_(Person.kind == PersonKind.LEERLING, Person.team_id.in_(teams)),
            and_(Person.kind == PersonKind.OUDER, Person.id.in_(parents)),
            Person.kind.in_([PersonKind.MEDEWERKER, PersonKind.OVERIG]),
        ]
    if actor.has(Role.HR):
        conditions.append(Person.kind.in_([PersonKind.MEDEWERKER, PersonKind.OVERIG]))
    return or_(*conditions) if conditions else false()


def may_see_person(session: Session, actor: Actor, person_id: int) -> bool:
    found = session.scalar(select(Person.id).where(Person.id == person_id, visible_persons(actor)))
    return found is not None
