"""rotate-key, backup, restore, the recovery key and the backup before a migration."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import sqlcipher3
from conftest import ADMIN, ADMIN_PASSWORD, add_user

from casemanager import accounts
from casemanager.errors import DossierDamaged, DossierExists, PermissionDenied, UnknownUser
from casemanager.keyslots import KeySlotFile
from casemanager.store import migrations
from casemanager.store.backup import backup
from casemanager.store.dossier import Dossier
from casemanager.store.engine import raw_connect
from casemanager.store.keyring import keys_path_for
from casemanager.store.restore import restore
from casemanager.store.rotate import rotate_key, rotating_path
from casemanager.store.verify import check_engine, verify


def opens_with(path: Path, key: bytes) -> bool:
    connection = raw_connect(path, key)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        connection.close()


def test_remove_user_then_rotate_makes_the_old_key_worthless(
    created: tuple[Path, str],
) -> None:
    path, recovery_key = created
    with Dossier.open(path, ADMIN, ADMIN_PASSWORD) as dossier:
        add_user(dossier, "blijft", "wachtwoord blijft", "hr")
        add_user(dossier, "vertrekt", "wachtwoord vertrekt", "hr")
        old_key = dossier.keyring.data_key
        with dossier.unit_of_work() as uow:
            accounts.remove_account(uow, "vertrekt")
        rotate_key(dossier)
        assert dossier.keyring.data_key != old_key
        # the open dossier goes on working under the new key
        add_user(dossier, "na.rotatie", "wachtwoord na rotatie", "directie")
        assert verify(dossier).ok
    assert not opens_with(path, old_key)
    assert not rotating_path(path).exists()
    for user, password in (
        (ADMIN, ADMIN_PASSWORD),
        ("blijft", "wachtwoord blijft"),
        ("na.rotatie", "wachtwoord na rotatie"),
    ):
        Dossier.open(path, user, password).close()
    with pytest.raises(UnknownUser):
        Dossier.open(path, "vertrekt", "wachtwoord vertrekt")
    with Dossier.open_with_recovery(path, recovery_key, ADMIN) as recovered:
        assert recovered.actor.username == ADMIN


def test_only_a_beheerder_rotates(dossier: Dossier) -> None:
    add_user(dossier, "directeur", "wachtwoord directeur", "directie")
    with Dossier.open(dossier.path, "directeur", "wachtwoord directeur") as director:
        with pytest.raises(PermissionDenied):
            rotate_key(director)
        with pytest.raises(PermissionDenied):
            backup(director, dossier.path.parent / "b.casedb")


def test_rotation_interrupted_before_the_swap_is_finished_on_open(
    created: tuple[Path, str],
) -> None:
    """Crash after the new key-slot file was written but before the rename."""
    path, _ = created
    slots = KeySlotFile.load(keys_path_for(path))
    old_key = slots.unlock_with_password(ADMIN, ADMIN_PASSWORD)
    new_key = os.urandom(32)
    connection = raw_connect(path, old_key)
    connection.execute(
        f"ATTACH DATABASE ? AS r KEY \"x'{new_key.hex()}'\"", (str(rotating_path(path)),)
    )
    connection.execute("SELECT sqlcipher_export('r')")
    connection.execute("DETACH DATABASE r")
    connection.close()
    slots.rewrapped(new_key).save(keys_path_for(path))

    with Dossier.open(path, ADMIN, ADMIN_PASSWORD) as dossier:
        assert dossier.keyring.data_key == new_key
        assert check_engine(dossier.engine).ok
    assert not rotating_path(path).exists()


def test_a_leftover_export_that_is_not_this_dossier_is_never_swapped_in(
    created: tuple[Path, str],
) -> None:
    path, _ = created
    rotating_path(path).write_bytes(b"")  # e.g. an export that died at its first byte
    Dossier.open(path, ADMIN, ADMIN_PASSWORD).close()
    assert path.stat().st_size > 0
    assert rotating_path(path).exists()  # left alone; the next rotation clears it


def test_backup_while_in_use_and_restore(tmp_path: Path, dossier: Dossier) -> None:
    add_user(dossier, "voor.backup", "wachtwoord voor backup", "hr")
    target_dir = tmp_path / "usb"
    target_dir.mkdir()
    info = backup(dossier, target_dir)
    assert info.path.parent == target_dir and info.keys_path.exists()
    add_user(dossier, "na.backup", "wachtwoord na backup", "hr")
    dossier.close()

    with pytest.raises(DossierExists):
        restore(info.path, dossier.path, ADMIN, ADMIN_PASSWORD)
    moved = restore(info.path, dossier.path, ADMIN, ADMIN_PASSWORD, force=True)
    assert moved is not None and moved.exists() and keys_path_for(moved).exists()
    Dossier.open(dossier.path, "voor.backup", "wachtwoord voor backup").close()
    with pytest.raises(UnknownUser):
        Dossier.open(dossier.path, "na.backup", "wachtwoord na backup")
    # nothing lost: the dossier that was replaced still opens, with the later account
    Dossier.open(moved, "na.backup", "wachtwoord na backup").close()
    with Dossier.open(dossier.path, ADMIN, ADMIN_PASSWORD) as restored:
        assert verify(restored).ok


def test_backup_refuses_to_overwrite(tmp_path: Path, dossier: Dossier) -> None:
    target = tmp_path / "bestaat.casedb"
    target.write_bytes(b"iets waardevols")
    with pytest.raises(DossierExists):
        backup(dossier, target)
    assert target.read_bytes() == b"iets waardevols"


def test_a_damaged_backup_is_not_restored(tmp_path: Path, dossier: Dossier) -> None:
    for i in range(3):
        add_user(dossier, f"collega{i}", "wachtwoord collega", "hr")
    info = backup(dossier, tmp_path / "b.casedb")
    dossier.close()
    data = bytearray(info.path.read_bytes())
    for i in range(len(data) - 3000, len(data) - 2900):
        data[i] ^= 0x55
    info.path.write_bytes(bytes(data))
    before = dossier.path.read_bytes()
    with pytest.raises(DossierDamaged):
        restore(info.path, dossier.path, ADMIN, ADMIN_PASSWORD, force=True)
    assert dossier.path.read_bytes() == before


def test_restore_requires_a_beheerder_of_the_backup(tmp_path: Path, dossier: Dossier) -> None:
    add_user(dossier, "hr.piet", "wachtwoord hr piet", "hr")
    info = backup(dossier, tmp_path / "b.casedb")
    dossier.close()
    with pytest.raises(PermissionDenied):
        restore(info.path, tmp_path / "nieuw.casedb", "hr.piet", "wachtwoord hr piet")
    assert not (tmp_path / "nieuw.casedb").exists()


def test_recovery_key_sets_a_new_password(created: tuple[Path, str]) -> None:
    path, recovery_key = created
    with (
        Dossier.open_with_recovery(path, recovery_key.lower(), ADMIN) as dossier,
        dossier.unit_of_work() as uow,
    ):
        accounts.change_password(uow, ADMIN, "hersteld wachtwoord")
    Dossier.open(path, ADMIN, "hersteld wachtwoord").close()


def test_an_older_schema_is_backed_up_before_it_is_migrated(
    created: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pretend this program knows a newer revision; the store must copy the dossier first."""
    path, _ = created
    current = migrations.head_revision()
    upgraded: list[str] = []
    monkeypatch.setattr(migrations, "head_revision", lambda: "0002_volgende")
    monkeypatch.setattr(migrations, "upgrade", lambda engine: upgraded.append("done"))
    Dossier.open(path, ADMIN, ADMIN_PASSWORD).close()
    assert upgraded == ["done"]
    (copy,) = path.parent.glob(f"school.voor-update-{current}-*.casedb")
    assert keys_path_for(copy).exists()
    Dossier.open(copy, ADMIN, ADMIN_PASSWORD).close()
