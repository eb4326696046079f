"""Who is acting, and what their roles allow. Every service calls :func:`require` itself."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from casemanager.errors import PermissionDenied
from models.accounts import Role


@dataclass(frozen=True)
class Actor:
    """The signed-in user, as plain data (safe to hand to the UI)."""

    account_id: int
    username: str
    display_name: str
    function_title: str
    roles: frozenset[Role]
    team_ids: frozenset[int]

    def has(self, role: Role) -> bool:
        return role in self.roles

    @property
    def main_role(self) -> Role:
        """The role shown next to the name: the first in the order of ROLE_ORDER."""
        return next((r for r in ROLE_ORDER if r in self.roles), Role.BEHEERDER)


ROLE_ORDER = (Role.DIRECTIE, Role.TEAMLEIDER, Role.HR, Role.ADMINISTRATIE, Role.BEHEERDER)


class Permission(enum.Enum):
    MANAGE_ACCOUNTS = "accounts te beheren"
    READ_AUDIT = "het auditlog in te zien"
    BACKUP = "een back-up te maken"
    ROTATE_KEY = "de sleutel van het dossier te vervangen"
    VERIFY = "de integriteit van het dossier te controleren"


GRANTS: dict[Permission, frozenset[Role]] = {
    Permission.MANAGE_ACCOUNTS: frozenset({Role.BEHEERDER}),
    Permission.READ_AUDIT: frozenset({Role.BEHEERDER}),
    Permission.BACKUP: frozenset({Role.BEHEERDER}),
    Permission.ROTATE_KEY: frozenset({Role.BEHEERDER}),
    Permission.VERIFY: frozenset({Role.BEHEERDER, Role.DIRECTIE}),
}


def require(actor: Actor, permission: Permission) -> Role:
    """The role under which the actor may do this; PermissionDenied if none."""
    allowed = GRANTS[permission]
    for role in ROLE_ORDER:
        if role in allowed and role in actor.roles:
            return role
    raise PermissionDenied(permission.value)
