"""One person's details for the person view: who they are, how to reach them, and their
guardians (of a student) or children (of a parent), as plain frozen data.

Reading them is a read of personal data: the service checks the permission and the
access rules (``access.visible_persons``) itself and writes a 'person.read' audit entry
for the person, and one for each guardian whose address and contact details it shows
(commit the unit). Relatives the user may not see in the register are left out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import aliased

from casemanager.access import may_see_person, visible_persons
from casemanager.errors import NotFound, PermissionDenied
from casemanager.permissions import Permission, require
from models.people import Guardianship, Person, PersonKind, Team

if TYPE_CHECKING:
    from casemanager.uow import UnitOfWork


@dataclass(frozen=True)
class Relative:
    """A guardian of a student, or a child of a parent."""

    person_id: int
    name: str
    kind: PersonKind
    number: str | None
    relation: str  # "moeder", "vader", "voogd", "ouder", ...
    receives_letters: bool
    class_name: str
    team: str
    address: str  # "Kerkstraat 1, 6211 AB Maastricht"; empty for a child
    email: str
    phone: str
    left: bool


@dataclass(frozen=True)
class PersonDetails:
    id: int
    kind: PersonKind
    number: str | None
    name: str  # "voornaam tussenvoegsel achternaam"
    date_of_birth: dt.date | None
    team: str
    class_name: str
    function_title: str
    street: str
    postcode: str
    city: str
    email: str
    phone: str
    start_date: dt.date | None
    leave_date: dt.date | None
    guardians: tuple[Relative, ...]  # of a student (or anyone with guardians)
    children: tuple[Relative, ...]  # of a parent

    @property
    def address(self) -> str:
        return address_line(self.street, self.postcode, self.city)

    def has_left(self, on: dt.date | None = None) -> bool:
        """Whether the person had left on ``on`` (today by default)."""
        day = on or dt.date.today()
        return self.leave_date is not None and self.leave_date <= day


def address_line(street: str, postcode: str, city: str) -> str:
    place = " ".join(p for p in (postcode, city) if p)
    return ", ".join(p for p in (street, place) if p)


def person_details(uow: UnitOfWork, person_id: int) -> PersonDetails:
    """The person's details with their visible guardians and children; audited."""
    role = require(uow.actor, Permission.LIST_PERSONS)
    session = uow.session
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound(
            f"Persoon {person_id} bestaat niet (meer). Zoek de persoon opnieuw in de lijst."
        )
    if not may_see_person(session, uow.actor, person.id):
        raise PermissionDenied("de gegevens van deze persoon in te zien")
    guardians = _relatives(uow, person.id, as_student=True)
    children = _relatives(uow, person.id, as_student=False)
    uow.audit("person.read", "person", person.id, role=role, person_id=person.id)
    for guardian in guardians:  # their address and contact details are shown too
        uow.audit(
            "person.read", "person", guardian.person_id, role=role,
            person_id=guardian.person_id, via=person.id,
        )  # fmt: skip
    team = session.get(Team, person.team_id) if person.team_id else None
    return PersonDetails(
        id=person.id,
        kind=person.kind,
        number=person.number,
        name=person.full_name,
        date_of_birth=person.date_of_birth,
        team=team.name if team else "",
        class_name=person.class_name,
        function_title=person.function_title,
        street=person.street,
        postcode=person.postcode,
        city=person.city,
        email=person.email,
        phone=person.phone,
        start_date=person.start_date,
        leave_date=person.leave_date,
        guardians=guardians,
        children=children,
    )


def _relatives(uow: UnitOfWork, person_id: int, *, as_student: bool) -> tuple[Relative, ...]:
    """The guardians of ``person_id`` (``as_student``) or their children, those the user
    may see, by name. Children are shown without address or contact details."""
    link = aliased(Guardianship)  # visible_persons has a subquery on Guardianship itself
    mine, other = (
        (link.student_id, link.guardian_id) if as_student else (link.guardian_id, link.student_id)
    )
    rows = uow.session.execute(
        select(Person, link.relation, link.receives_letters, Team.name)
        .join(link, other == Person.id)
        .outerjoin(Team, Team.id == Person.team_id)
        .where(mine == person_id, visible_persons(uow.actor))
        .order_by(Person.name_key, Person.id)
    ).all()
    today = dt.date.today()
    return tuple(
        Relative(
            person_id=p.id,
            name=p.full_name,
            kind=p.kind,
            number=p.number,
            relation=relation,
            receives_letters=bool(letters),
            class_name=p.class_name,
            team=team or "",
            address=address_line(p.street, p.postcode, p.city) if as_student else "",
            email=p.email if as_student else "",
            phone=p.phone if as_student else "",
            left=p.leave_date is not None and p.leave_date <= today,
        )
        for p, relation, letters, team in rows
    )
