"""Every way opening a dossier can fail: a clear message, and no file changed."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ADMIN, ADMIN_PASSWORD, add_user, raw_connection

from casemanager import accounts
from casemanager.errors import (
    AccountDisabled,
    DossierDamaged,
    DossierNotFound,
    DossierOpenError,
    DossierTooNew,
    KeySlotFileDamaged,
    KeySlotFileMissing,
    NotADossier,
    UnknownUser,
    WrongPassword,
)
from casemanager.store.dossier import Dossier
from casemanager.store.keyring import keys_path_for
from models.people import Person, PersonKind


def snapshot(directory: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.iterdir())
        if p.is_file()
    }


def assert_open_fails(
    path: Path,
    error: type[DossierOpenError],
    match: str,
    user: str = ADMIN,
    password: str = ADMIN_PASSWORD,
) -> None:
    before = snapshot(path.parent)
    with pytest.raises(error, match=match):
        Dossier.open(path, user, password)
    assert snapshot(path.parent) == before, "a failed open changed files"


def test_wrong_password(created: tuple[Path, str]) -> None:
    path, _ = created
    assert_open_fails(path, WrongPassword, "wachtwoord .* onjuist", password="verkeerd!!")


def test_unknown_user(created: tuple[Path, str]) -> None:
    path, _ = created
    assert_open_fails(path, UnknownUser, "geen account 'niemand'", user="niemand")


def test_disabled_user(dossier: Dossier) -> None:
    add_user(dossier, "oud.lid", "wachtwoord oud lid", "teamleider")
    with dossier.unit_of_work() as uow:
        accounts.set_active(uow, "oud.lid", False)
    dossier.close()
    assert_open_fails(
        dossier.path, AccountDisabled, "uitgeschakeld", "oud.lid", "wachtwoord oud lid"
    )


def test_removed_user_has_no_slot(dossier: Dossier) -> None:
    add_user(dossier, "vertrokken", "wachtwoord vertrokken", "hr")
    with dossier.unit_of_work() as uow:
        accounts.remove_account(uow, "vertrokken")
    dossier.close()
    assert_open_fails(
        dossier.path, UnknownUser, "geen account", "vertrokken", "wachtwoord vertrokken"
    )


def test_missing_dossier(tmp_path: Path) -> None:
    with pytest.raises(DossierNotFound, match="bestaat niet"):
        Dossier.open(tmp_path / "nergens.casedb", ADMIN, ADMIN_PASSWORD)


def test_missing_key_slot_file(created: tuple[Path, str]) -> None:
    path, _ = created
    keys_path_for(path).unlink()
    assert_open_fails(path, KeySlotFileMissing, "sleutelbestand .* ontbreekt")


def test_damaged_key_slot_file(created: tuple[Path, str]) -> None:
    path, _ = created
    keys = keys_path_for(path)
    keys.write_bytes(keys.read_bytes()[:200])
    assert_open_fails(path, KeySlotFileDamaged, "beschadigd")


def test_key_slot_file_of_another_dossier(tmp_path: Path, created: tuple[Path, str]) -> None:
    path, _ = created
    other, _ = Dossier.create(
        tmp_path / "ander.casedb",
        school_name="Ander College",
        admin_username=ADMIN,
        admin_password=ADMIN_PASSWORD,
    )
    other.close()
    shutil.copyfile(keys_path_for(tmp_path / "ander.casedb"), keys_path_for(path))
    assert_open_fails(path, DossierOpenError, "ander dossier|hoort niet bij")


def _flip_bytes(offset: int) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        data = bytearray(path.read_bytes())
        for i in range(offset, offset + 16):
            data[i] ^= 0xFF
        path.write_bytes(bytes(data))

    return damage


def _truncate(fraction: float, align: bool) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        size = int(path.stat().st_size * fraction)
        size = size - size % 4096 if align else size + 123
        with open(path, "r+b") as handle:
            handle.truncate(size)

    return damage


@pytest.mark.parametrize(
    "damage",
    [
        _flip_bytes(100),
        _truncate(0.5, align=True),
        _truncate(0.5, align=False),
        _truncate(0.0, True),
    ],
    ids=["first-page-flipped", "truncated-at-page", "truncated-mid-page", "only-header-gone"],
)
def test_damaged_database(created: tuple[Path, str], damage: Callable[[Path], None]) -> None:
    path, _ = created
    damage(path)
    expected = NotADossier if path.stat().st_size == 0 else DossierDamaged
    assert_open_fails(path, expected, "beschadigd|afgekapt|leeg")


def test_damage_deep_inside_is_found_by_verify(dossier: Dossier) -> None:
    """A flipped page that an open never reads shows up in the full integrity check."""
    from casemanager.store.verify import verify

    # persons added last fill the file's last pages, which opening the dossier never reads
    with dossier.unit_of_work() as uow:
        for i in range(300):
            uow.session.add(
                Person(kind=PersonKind.LEERLING, voornaam=f"Leerling {i}", achternaam="x" * 90)
            )
        uow.commit()
    dossier.close()
    size = dossier.path.stat().st_size
    _flip_bytes(size - 2000)(dossier.path)
    with Dossier.open(dossier.path, ADMIN, ADMIN_PASSWORD) as reopened:
        report = verify(reopened)
    assert not report.ok
    assert report.storage_problems


@pytest.mark.parametrize(
    ("content", "match"),
    [
        (b"", "leeg"),
        (b"%PDF-1.7\n" + b"x" * 5000, "PDF"),
        (b"\x00" * 8192, "beschadigd|ander dossier"),
    ],
)
def test_files_that_are_not_dossiers(created: tuple[Path, str], content: bytes, match: str) -> None:
    path, _ = created
    path.write_bytes(content)
    assert_open_fails(path, DossierOpenError, match)


def test_plain_sqlite_database(created: tuple[Path, str]) -> None:
    path, _ = created
    path.unlink()
    with sqlite3.connect(path) as plain:
        plain.execute("CREATE TABLE x (a)")
    assert_open_fails(path, NotADossier, "onversleutelde SQLite")


def test_dossier_from_a_newer_version(created: tuple[Path, str]) -> None:
    path, _ = created
    connection = raw_connection(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_toekomst'")
    connection.close()
    assert_open_fails(path, DossierTooNew, "nieuwere versie .* 9999_toekomst")


def test_a_failed_open_is_followed_by_a_good_one(created: tuple[Path, str]) -> None:
    path, _ = created
    with pytest.raises(WrongPassword):
        Dossier.open(path, ADMIN, "fout wachtwoord")
    with Dossier.open(path, ADMIN, ADMIN_PASSWORD) as opened:
        assert opened.actor.username == ADMIN
