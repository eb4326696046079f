"""Who is acting, and what their roles allow. Every service calls :func:`require` itself."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from casemanager.errors import PermissionDenied
from casemanager.texts import tr
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
    """Each value completes "U hebt geen toestemming om …" (``PermissionDenied``)."""

    MANAGE_ACCOUNTS = tr("accounts te beheren")
    READ_AUDIT = tr("het auditlog in te zien")
    BACKUP = tr("een back-up te maken")
    ROTATE_KEY = tr("de sleutel van het dossier te vervangen")
    VERIFY = tr("de integriteit van het dossier te controleren")
    MANAGE_POLICY = tr("het beleid van de school te wijzigen")
    WORK_CASES = tr("met zaken te werken")
    LIST_PERSONS = tr("personen in te zien")
    IMPORT_PERSONS = tr("personen te importeren")
    RETENTION = tr("verlopen gegevens te verwijderen")
    DATA_LEAKS = tr("datalekken te registreren en te beoordelen")
    MANAGE_SCHOOL = tr("de schoolgegevens en het briefhoofd te wijzigen")
    PRINT_LETTERS = tr("vrijgegeven brieven af te drukken en als verzonden te registreren")
    VIEW_STATISTICS = tr("de cijfers over zaken in te zien")


GRANTS: dict[Permission, frozenset[Role]] = {
    Permission.MANAGE_ACCOUNTS: frozenset({Role.BEHEERDER}),
    Permission.READ_AUDIT: frozenset({Role.BEHEERDER}),
    Permission.BACKUP: frozenset({Role.BEHEERDER}),
    Permission.ROTATE_KEY: frozenset({Role.BEHEERDER}),
    Permission.VERIFY: frozenset({Role.BEHEERDER, Role.DIRECTIE}),
    Permission.MANAGE_POLICY: frozenset({Role.BEHEERDER}),
    # which cases and persons a role sees within these is decided in access.py
    Permission.WORK_CASES: frozenset({Role.DIRECTIE, Role.TEAMLEIDER, Role.HR}),
    Permission.LIST_PERSONS: frozenset({Role.DIRECTIE, Role.TEAMLEIDER, Role.HR, Role.BEHEERDER}),
    Permission.IMPORT_PERSONS: frozenset({Role.BEHEERDER, Role.DIRECTIE}),
    Permission.RETENTION: frozenset({Role.BEHEERDER, Role.DIRECTIE}),
    Permission.DATA_LEAKS: frozenset({Role.DIRECTIE, Role.BEHEERDER}),
    Permission.MANAGE_SCHOOL: frozenset({Role.BEHEERDER}),
    Permission.PRINT_LETTERS: frozenset({Role.ADMINISTRATIE}),
    # numbers only, over the cases the role may see (access.visible_cases)
    Permission.VIEW_STATISTICS: frozenset({Role.DIRECTIE, Role.TEAMLEIDER, Role.HR}),
}


def allows(actor: Actor, permission: Permission) -> bool:
    """Whether any of the actor's roles has this permission (for choosing what to show)."""
    return bool(GRANTS[permission] & actor.roles)


def require(actor: Actor, permission: Permission) -> Role:
    """The role under which the actor may do this; PermissionDenied if none."""
    allowed = GRANTS[permission]
    for role in ROLE_ORDER:
        if role in allowed and role in actor.roles:
            return role
    raise PermissionDenied(permission.value)
