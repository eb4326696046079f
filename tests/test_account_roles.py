"""Changing an account's roles and teams, and when each account last changed."""

from __future__ import annotations

import json

import pytest
from conftest import ADMIN, add_user
from sqlalchemy import select

from casemanager import accounts
from casemanager.errors import InvalidInput, NotFound, PermissionDenied
from casemanager.store.dossier import Dossier
from models.accounts import Role
from models.audit import AuditEntry


def roles_of(dossier: Dossier, username: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    with dossier.unit_of_work() as uow:
        (info,) = [a for a in accounts.list_accounts(uow) if a.username == username]
    return info.roles, info.teams


def test_roles_and_teams_are_replaced_and_audited(dossier: Dossier) -> None:
    add_user(dossier, "f.yilmaz", "wachtwoord fatma", "teamleider", teams=("onderbouw",))
    with dossier.unit_of_work() as uow:
        info = accounts.change_roles(
            uow, "F.Yilmaz", ["teamleider", "directie"], ["bovenbouw vmbo", " ", "onderbouw"]
        )
        uow.commit()
    assert info.roles == ("directie", "teamleider")
    assert info.teams == ("bovenbouw vmbo", "onderbouw")
    assert roles_of(dossier, "f.yilmaz") == (info.roles, info.teams)
    with Dossier.open(dossier.path, "f.yilmaz", "wachtwoord fatma") as opened:
        assert opened.actor.roles == frozenset({Role.TEAMLEIDER, Role.DIRECTIE})
        assert len(opened.actor.team_ids) == 2
    with dossier.unit_of_work() as uow:
        entry = uow.session.execute(
            select(AuditEntry.object_id, AuditEntry.username, AuditEntry.details).where(
                AuditEntry.action == "account.roles"
            )
        ).one()
    details = json.loads(entry.details)
    assert entry.object_id == "f.yilmaz" and entry.username == ADMIN
    assert details["before"] == {"roles": ["teamleider"], "teams": ["onderbouw"]}
    assert details["roles"] == ["directie", "teamleider"]


def test_the_teams_to_choose_from(dossier: Dossier) -> None:
    add_user(dossier, "tl", "wachtwoord teamleider", "teamleider", teams=("onderbouw", "mavo"))
    with dossier.unit_of_work(read_only=True) as uow:
        assert accounts.team_names(uow) == ["mavo", "onderbouw"]


def test_keeping_a_role_while_dropping_another(dossier: Dossier) -> None:
    add_user(dossier, "dubbel", "wachtwoord dubbel", "hr", "administratie")
    with dossier.unit_of_work() as uow:
        accounts.change_roles(uow, "dubbel", ["hr"], [])
        uow.commit()
    assert roles_of(dossier, "dubbel") == (("hr",), ())


@pytest.mark.parametrize(
    ("username", "roles", "error", "match"),
    [
        ("nieuw", [], InvalidInput, "minstens één rol"),
        ("nieuw", ["koning"], InvalidInput, "Onbekende rol 'koning'"),
        ("spook", ["hr"], NotFound, "geen account 'spook'"),
        (ADMIN, ["hr"], InvalidInput, "eigen beheerdersrol"),
    ],
)
def test_refused_changes_change_nothing(
    dossier: Dossier, username: str, roles: list[str], error: type[Exception], match: str
) -> None:
    add_user(dossier, "nieuw", "wachtwoord nieuw", "administratie")
    with pytest.raises(error, match=match), dossier.unit_of_work() as uow:
        accounts.change_roles(uow, username, roles, ["ergens"])
        uow.commit()
    assert roles_of(dossier, "nieuw") == (("administratie",), ())
    assert roles_of(dossier, ADMIN) == (("beheerder",), ())


def test_one_active_beheerder_always_stays(dossier: Dossier) -> None:
    """Two beheerders each signed in: the second takes the first's role; the first, whose
    sign-in still says beheerder, can then not take the second's: nobody would be left."""
    add_user(dossier, "tweede", "wachtwoord tweede", "beheerder")
    with Dossier.open(dossier.path, "tweede", "wachtwoord tweede") as second:
        with second.unit_of_work() as uow:
            accounts.change_roles(uow, ADMIN, ["directie"])
            uow.commit()
        with (
            pytest.raises(InvalidInput, match="laatste actieve beheerder"),
            dossier.unit_of_work() as uow,
        ):
            accounts.change_roles(uow, "tweede", ["hr"])
            uow.commit()
    assert roles_of(dossier, "tweede") == (("beheerder",), ())


def test_removed_accounts_get_no_roles_and_only_a_beheerder_changes_them(
    dossier: Dossier,
) -> None:
    add_user(dossier, "weg", "wachtwoord weg", "hr")
    add_user(dossier, "directeur", "wachtwoord directeur", "directie")
    with dossier.unit_of_work() as uow:
        accounts.remove_account(uow, "weg")
    with pytest.raises(InvalidInput, match="verwijderd"), dossier.unit_of_work() as uow:
        accounts.change_roles(uow, "weg", ["hr"])
    with Dossier.open(dossier.path, "directeur", "wachtwoord directeur") as as_director:
        with pytest.raises(PermissionDenied), as_director.unit_of_work() as uow:
            accounts.change_roles(uow, "directeur", ["beheerder"])
        for read in (accounts.last_changes, accounts.team_names):
            with pytest.raises(PermissionDenied), as_director.unit_of_work(read_only=True) as uow:
                read(uow)


def test_last_changes_come_from_the_audit_log(dossier: Dossier) -> None:
    add_user(dossier, "hr.jan", "wachtwoord van jan", "hr")
    with dossier.unit_of_work(read_only=True) as uow:
        first = accounts.last_changes(uow)
    assert {ADMIN, "hr.jan"} <= set(first)
    with dossier.unit_of_work() as uow:
        accounts.set_active(uow, "hr.jan", False)
    with dossier.unit_of_work(read_only=True) as uow:
        later = accounts.last_changes(uow)
    assert later["hr.jan"] > first["hr.jan"]
    assert later["hr.jan"].tzinfo is not None
    assert later[ADMIN] == first[ADMIN]
