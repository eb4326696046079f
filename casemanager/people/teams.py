"""The teams a user can filter the case list on."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from casemanager.permissions import Permission, require
from models.accounts import Role
from models.people import Team

if TYPE_CHECKING:
    from casemanager.store.dossier import Dossier


@dataclass(frozen=True)
class TeamRow:
    id: int
    name: str


def visible_teams(dossier: Dossier) -> list[TeamRow]:
    """The directie and HR see every team's cases; a teamleider only their own teams'."""
    actor = dossier.actor
    require(actor, Permission.WORK_CASES)
    statement = select(Team.id, Team.name).where(Team.active.is_(True)).order_by(Team.name)
    if not (actor.has(Role.DIRECTIE) or actor.has(Role.HR)):
        statement = statement.where(Team.id.in_(sorted(actor.team_ids)))
    with dossier.reader() as connection:
        return [TeamRow(int(team_id), str(name)) for team_id, name in connection.execute(statement)]
