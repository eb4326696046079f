"""The register of persons: list, count and find, for the roles that may see them.

Every query selects columns through ``dossier.reader()`` (no ORM objects), filters with
``access.visible_persons`` and sorts and pages in SQL. Names sort and match on
``Person.name_key``: folded, so diacritics and case are ignored ("celik" finds "Çelik").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Select, and_, case, exists, func, or_, select

from casemanager.access import visible_persons
from casemanager.dutch import fold
from casemanager.errors import InvalidInput
from casemanager.permissions import Permission, require
from casemanager.texts import tr
from models.people import Person, PersonKind, Team

if TYPE_CHECKING:
    from casemanager.store.dossier import Dossier


@dataclass(frozen=True)
class PersonRow:
    id: int
    number: str | None
    name: str  # "voornaam tussenvoegsel achternaam"
    sort_name: str  # "achternaam, voornaam tussenvoegsel"
    kind: PersonKind
    team: str  # "" without a team
    class_name: str
    leave_date: dt.date | None

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON-ready values."""
        return {
            "id": self.id,
            "number": self.number,
            "name": self.name,
            "sort_name": self.sort_name,
            "kind": self.kind.value,
            "team": self.team,
            "class_name": self.class_name,
            "leave_date": self.leave_date.isoformat() if self.leave_date else None,
        }


@dataclass(frozen=True)
class PersonFilter:
    """What a person list shows (the keyword filters of ``list_persons``); None or an
    empty text means "no filter on this"."""

    kind: str | None = None  # a PersonKind value
    search: str = ""
    team_id: int | None = None
    class_name: str = ""
    active: bool | None = None  # True: not left; False: left

    def kwargs(self) -> dict[str, Any]:
        """As keyword arguments of ``list_persons`` and ``count_persons``."""
        return {
            "kind": self.kind,
            "search": self.search,
            "team_id": self.team_id,
            "class_name": self.class_name,
            "active": self.active,
        }


_COLUMNS = (
    Person.id,
    Person.number,
    Person.voornaam,
    Person.tussenvoegsel,
    Person.achternaam,
    Person.kind,
    Team.name.label("team"),
    Person.class_name,
    Person.leave_date,
)
_NAME = (Person.name_key,)
SORTS: dict[str, tuple[Any, ...]] = {
    "name": _NAME,
    "number": (func.length(Person.number), Person.number),
    "kind": (Person.kind, *_NAME),
    "team": (Team.name.collate("NOCASE"), *_NAME),
    "class": (Person.class_name.collate("NOCASE"), *_NAME),
    "leave_date": (Person.leave_date, *_NAME),
    "status": (),  # who has left (depends on today: see _order), then by name
}


def list_persons(
    dossier: Dossier,
    *,
    kind: PersonKind | str | None = None,
    search: str | None = None,
    team_id: int | None = None,
    class_name: str | None = None,
    active: bool | None = None,
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = 200,
) -> list[PersonRow]:
    """One page of the persons the signed-in user may see. ``search``: every word must
    occur in the roepnaam, tussenvoegsel, achternaam or number; ``active``: True for those
    who have not left (no datum uit, or one in the future), False for those who have;
    ``sort``: one of SORTS ("status": present before left); ``limit`` None for all."""
    if sort not in SORTS:
        raise InvalidInput(
            tr(
                "Sorteren op '{sort}' kan niet; kies uit {sorts}.",
                sort=sort,
                sorts=", ".join(SORTS),
            )
        )
    if offset < 0 or (limit is not None and limit < 0):
        raise InvalidInput(tr("Begin en aantal van een lijst kunnen niet negatief zijn."))
    conditions = _conditions(dossier, kind, search, team_id, class_name, active)
    order = [c.desc() if descending else c.asc() for c in (*_order(sort), Person.id)]
    query = _select(*_COLUMNS).where(*conditions).order_by(*order).offset(offset).limit(limit)
    with dossier.reader() as connection:
        return [_row(r) for r in connection.execute(query)]


def count_persons(
    dossier: Dossier,
    *,
    kind: PersonKind | str | None = None,
    search: str | None = None,
    team_id: int | None = None,
    class_name: str | None = None,
    active: bool | None = None,
) -> int:
    """How many persons ``list_persons`` would give with these filters and no limit."""
    conditions = _conditions(dossier, kind, search, team_id, class_name, active)
    query = _select(func.count(Person.id)).where(*conditions)
    with dossier.reader() as connection:
        return int(connection.execute(query).scalar_one())


def find_persons(dossier: Dossier, text: str, limit: int = 20) -> list[PersonRow]:
    """For a person picker: every word is the start of the roepnaam, tussenvoegsel,
    achternaam or number. Persons who have not left come first, then by name."""
    require(dossier.actor, Permission.LIST_PERSONS)
    words = text.split()
    if not words:
        return []
    matches = [_word_match(word, prefix_only=True) for word in words]
    left = and_(Person.leave_date.is_not(None), Person.leave_date <= dt.date.today())
    query = (
        _select(*_COLUMNS)
        .where(visible_persons(dossier.actor), *matches)
        .order_by(left, *_NAME, Person.id)
        .limit(limit)
    )
    with dossier.reader() as connection:
        return [_row(r) for r in connection.execute(query)]


def person_teams(dossier: Dossier) -> list[tuple[int, str]]:
    """(id, name) of the active teams that have a person the signed-in user may see: the
    choices of a team filter on the register."""
    require(dossier.actor, Permission.LIST_PERSONS)
    member = exists().where(Person.team_id == Team.id, visible_persons(dossier.actor))
    query = select(Team.id, Team.name).where(Team.active.is_(True), member).order_by(Team.name)
    with dossier.reader() as connection:
        return [(int(team_id), str(name)) for team_id, name in connection.execute(query)]


def person_classes(dossier: Dossier, team_id: int | None = None) -> list[str]:
    """The classes of the persons the signed-in user may see (of one team, if given), in
    natural order ("1A" before "10B"): the choices of a class filter."""
    require(dossier.actor, Permission.LIST_PERSONS)
    query = select(Person.class_name).where(visible_persons(dossier.actor), Person.class_name != "")
    if team_id is not None:
        query = query.where(Person.team_id == team_id)
    with dossier.reader() as connection:
        found = set(connection.scalars(query.distinct()))
    return sorted(found, key=_natural)


def _order(sort: str) -> tuple[Any, ...]:
    if sort != "status":
        return SORTS[sort]
    today = dt.date.today()
    gone = and_(Person.leave_date.is_not(None), Person.leave_date <= today)
    return (case((gone, 1), else_=0), *_NAME)


def _natural(text: str) -> tuple[Any, ...]:
    """Natural order ("2B" before "10A"): digits compare as numbers, letters without case."""
    parts = re.split(r"(\d+)", text.casefold())
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts if p)


def _word_match(word: str, *, prefix_only: bool) -> ColumnElement[bool]:
    """``word`` (diacritics and case ignored) starts a name part, or starts the number;
    without ``prefix_only`` it may occur anywhere in them."""
    folded = _escape(fold(word))
    if prefix_only:
        in_name = or_(
            Person.name_key.like(f"{folded}%", escape="\\"),
            Person.name_key.like(f"% {folded}%", escape="\\"),
        )
        in_number = Person.number.ilike(f"{_escape(word)}%", escape="\\")
    else:
        in_name = Person.name_key.like(f"%{folded}%", escape="\\")
        in_number = Person.number.ilike(f"%{_escape(word)}%", escape="\\")
    return or_(in_name, in_number)


def _select(*columns: Any) -> Select[Any]:
    return select(*columns).select_from(Person).outerjoin(Team, Team.id == Person.team_id)


def _conditions(
    dossier: Dossier,
    kind: PersonKind | str | None,
    search: str | None,
    team_id: int | None,
    class_name: str | None,
    active: bool | None,
) -> list[ColumnElement[bool]]:
    require(dossier.actor, Permission.LIST_PERSONS)
    conditions = [visible_persons(dossier.actor)]
    if kind is not None:
        conditions.append(Person.kind == _kind(kind))
    for word in (search or "").split():
        conditions.append(_word_match(word, prefix_only=False))
    if team_id is not None:
        conditions.append(Person.team_id == team_id)
    if class_name:
        conditions.append(Person.class_name.collate("NOCASE") == class_name.strip())
    if active is not None:
        today = dt.date.today()
        gone = and_(Person.leave_date.is_not(None), Person.leave_date <= today)
        conditions.append(~gone if active else gone)
    return conditions


def _kind(kind: PersonKind | str) -> PersonKind:
    try:
        return PersonKind(kind)
    except ValueError:
        names = ", ".join(k.value for k in PersonKind)
        raise InvalidInput(
            tr("De soort '{kind}' bestaat niet; kies uit {names}.", kind=str(kind), names=names)
        ) from None


def _escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _row(r: Any) -> PersonRow:
    # positional: a page has hundreds of rows, and reading a Row by name costs more
    person_id, number, voornaam, tussen, achternaam, kind, team, class_name, left = r
    given = f"{voornaam} {tussen}" if voornaam and tussen else voornaam or tussen
    return PersonRow(
        person_id,
        number,
        f"{given} {achternaam}" if given and achternaam else given or achternaam,
        f"{achternaam}, {given}" if given else achternaam,
        _KINDS[kind],
        team or "",
        class_name,
        left,
    )


_KINDS = {**{kind: kind for kind in PersonKind}, **{kind.value: kind for kind in PersonKind}}
