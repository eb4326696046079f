"""Account services as the beheerder and as others; password changes rewrap one slot."""

from __future__ import annotations

import pytest
from conftest import ADMIN, ADMIN_PASSWORD, add_user

from casemanager import accounts
from casemanager.errors import (
    FieldTooLong,
    InvalidInput,
    NotFound,
    PermissionDenied,
    WrongPassword,
)
from casemanager.keyslots import KeySlotFile
from casemanager.store.dossier import Dossier
from models.accounts import Role


def test_add_and_list(dossier: Dossier) -> None:
    with dossier.unit_of_work() as uow:
        info = accounts.add_account(
            uow,
            username="M.deVries",
            display_name="Marieke de Vries",
            password="een lang wachtwoord",
            roles=["teamleider", "directie"],
            teams=["onderbouw havo/vwo", "bovenbouw vmbo"],
            function_title="teamleider onderbouw",
        )
    assert info.username == "m.devries"
    with dossier.unit_of_work() as uow:
        listed = {a.username: a for a in accounts.list_accounts(uow)}
    assert listed["m.devries"].roles == ("directie", "teamleider")
    assert listed["m.devries"].teams == ("bovenbouw vmbo", "onderbouw havo/vwo")
    with Dossier.open(dossier.path, "m.devries", "een lang wachtwoord") as opened:
        assert opened.actor.roles == frozenset({Role.TEAMLEIDER, Role.DIRECTIE})
        assert len(opened.actor.team_ids) == 2


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"username": "x"}, InvalidInput, "gebruikersnaam"),
        ({"username": "met spatie"}, InvalidInput, "gebruikersnaam"),
        ({"password": "kort"}, InvalidInput, "te kort"),
        ({"roles": ["koning"]}, InvalidInput, "Onbekende rol 'koning'"),
        ({"roles": []}, InvalidInput, "minstens één rol"),
        ({"display_name": "x" * 101}, FieldTooLong, "'naam' is te lang: 101 tekens"),
        ({"username": ADMIN}, InvalidInput, "bestaat al"),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(
    dossier: Dossier, kwargs: dict, error: type[Exception], match: str
) -> None:
    values = {
        "username": "nieuw",
        "display_name": "Nieuwe Collega",
        "password": "goed wachtwoord",
        "roles": ["hr"],
    } | kwargs
    slots_before = dossier.keyring.keys_path.read_bytes()
    with pytest.raises(error, match=match), dossier.unit_of_work() as uow:
        accounts.add_account(uow, **values)
    with dossier.unit_of_work() as uow:
        assert [a.username for a in accounts.list_accounts(uow)] == [ADMIN]
    assert dossier.keyring.keys_path.read_bytes() == slots_before


def test_only_a_beheerder_manages_accounts(dossier: Dossier) -> None:
    add_user(dossier, "directeur", "wachtwoord directeur", "directie")
    with Dossier.open(dossier.path, "directeur", "wachtwoord directeur") as as_director:
        with (
            pytest.raises(PermissionDenied, match="accounts te beheren"),
            as_director.unit_of_work() as uow,
        ):
            accounts.add_account(
                uow, username="stiekem", display_name="S", password="wachtwoord!!", roles=["hr"]
            )
        for action in (
            lambda uow: accounts.list_accounts(uow),
            lambda uow: accounts.set_active(uow, ADMIN, False),
            lambda uow: accounts.remove_account(uow, ADMIN),
            lambda uow: accounts.change_password(uow, ADMIN, "overgenomen wachtwoord"),
        ):
            with pytest.raises(PermissionDenied), as_director.unit_of_work() as uow:
                action(uow)
        # but everyone may change their own password
        with as_director.unit_of_work() as uow:
            accounts.change_password(uow, "directeur", "nieuw wachtwoord directeur")
    with pytest.raises(WrongPassword):
        Dossier.open(dossier.path, "directeur", "wachtwoord directeur")
    Dossier.open(dossier.path, "directeur", "nieuw wachtwoord directeur").close()


def test_password_change_rewraps_only_one_slot(dossier: Dossier) -> None:
    add_user(dossier, "hr.jan", "wachtwoord van jan", "hr")
    before = KeySlotFile.load(dossier.keyring.keys_path)
    with dossier.unit_of_work() as uow:
        accounts.change_password(uow, "hr.jan", "ander wachtwoord jan")
    after = KeySlotFile.load(dossier.keyring.keys_path)
    changed = {s.tag for s in after.slots} ^ {s.tag for s in before.slots}
    assert changed == set()
    differing = [s for s in after.slots if s not in before.slots]
    assert [s.tag for s in differing] == [after.user_tag("hr.jan")]
    Dossier.open(dossier.path, ADMIN, ADMIN_PASSWORD).close()


def test_the_last_beheerder_and_oneself_cannot_be_disabled(dossier: Dossier) -> None:
    with pytest.raises(PermissionDenied, match="eigen account"), dossier.unit_of_work() as uow:
        accounts.set_active(uow, ADMIN, False)
    add_user(dossier, "tweede", "wachtwoord tweede", "beheerder")
    with Dossier.open(dossier.path, "tweede", "wachtwoord tweede") as second:
        with second.unit_of_work() as uow:
            accounts.set_active(uow, ADMIN, False)
        with pytest.raises(PermissionDenied), second.unit_of_work() as uow:
            accounts.remove_account(uow, "tweede")


def test_disable_enable_remove(dossier: Dossier) -> None:
    add_user(dossier, "adm", "wachtwoord administratie", "administratie")
    with dossier.unit_of_work() as uow:
        accounts.set_active(uow, "adm", False)
    with dossier.unit_of_work() as uow:
        accounts.set_active(uow, "adm", True)
    Dossier.open(dossier.path, "adm", "wachtwoord administratie").close()
    with dossier.unit_of_work() as uow:
        accounts.remove_account(uow, "adm")
    assert not dossier.keyring.has_user("adm")
    with dossier.unit_of_work() as uow:
        (removed,) = [a for a in accounts.list_accounts(uow) if a.username == "adm"]
    assert removed.removed and not removed.active
    with pytest.raises(InvalidInput, match="al verwijderd"), dossier.unit_of_work() as uow:
        accounts.remove_account(uow, "adm")
    with pytest.raises(NotFound), dossier.unit_of_work() as uow:
        accounts.set_active(uow, "spook", True)
