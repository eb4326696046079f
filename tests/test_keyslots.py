"""Key slots: unlocking, binding to user and dossier, rewrapping, recovery key format."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from casemanager import crypto
from casemanager.errors import (
    KeySlotFileDamaged,
    KeySlotFileMissing,
    UnknownUser,
    WrongPassword,
    WrongRecoveryKey,
)
from casemanager.keyslots import KeySlotFile, key_id
from casemanager.recovery import format_recovery_key, new_recovery_secret, parse_recovery_key


@pytest.fixture
def slots() -> tuple[KeySlotFile, bytes]:
    data_key = crypto.random_key()
    file = KeySlotFile("11111111-2222-3333-4444-555555555555", key_id(data_key))
    file.set_user_password("Anna", "wachtwoord van anna", data_key)
    file.set_user_password("bram", "wachtwoord van bram", data_key)
    return file, data_key


def test_each_user_unlocks_the_same_data_key(slots: tuple[KeySlotFile, bytes]) -> None:
    file, data_key = slots
    assert file.unlock_with_password("anna", "wachtwoord van anna") == data_key
    assert file.unlock_with_password("BRAM ", "wachtwoord van bram") == data_key


def test_wrong_password_and_unknown_user_are_told_apart(slots: tuple[KeySlotFile, bytes]) -> None:
    file, _ = slots
    with pytest.raises(WrongPassword, match="onjuist"):
        file.unlock_with_password("anna", "wachtwoord van bram")
    with pytest.raises(UnknownUser, match="geen account 'carla'"):
        file.unlock_with_password("carla", "wat dan ook")


def test_a_slot_moved_to_another_user_does_not_open(slots: tuple[KeySlotFile, bytes]) -> None:
    file, _ = slots
    anna = file.find_user_slot("anna")
    assert anna is not None
    file.slots = [s for s in file.slots if s.tag != file.user_tag("bram")]
    file.slots.append(replace(anna, tag=file.user_tag("bram")))
    with pytest.raises(WrongPassword):
        file.unlock_with_password("bram", "wachtwoord van anna")


def test_a_slot_from_another_dossier_does_not_open(slots: tuple[KeySlotFile, bytes]) -> None:
    file, _ = slots
    other = KeySlotFile("99999999-2222-3333-4444-555555555555", file.key_id, list(file.slots))
    with pytest.raises(UnknownUser):  # the tag is keyed with the dossier id
        other.unlock_with_password("anna", "wachtwoord van anna")


def test_rewrapping_needs_no_password_and_drops_the_old_key(
    slots: tuple[KeySlotFile, bytes],
) -> None:
    file, old_key = slots
    new_key = crypto.random_key()
    rewrapped = file.rewrapped(new_key)
    assert rewrapped.unlock_with_password("anna", "wachtwoord van anna") == new_key
    assert rewrapped.key_id == key_id(new_key) != key_id(old_key)
    serialized = json.dumps([s.to_json() for s in rewrapped.slots])
    assert old_key.hex() not in serialized


def test_password_change_replaces_only_that_slot(slots: tuple[KeySlotFile, bytes]) -> None:
    file, data_key = slots
    bram_before = file.find_user_slot("bram")
    file.set_user_password("anna", "een nieuw wachtwoord", data_key)
    assert file.unlock_with_password("anna", "een nieuw wachtwoord") == data_key
    with pytest.raises(WrongPassword):
        file.unlock_with_password("anna", "wachtwoord van anna")
    assert file.find_user_slot("bram") == bram_before
    assert len(file.slots) == 2


def test_recovery_key_round_trip_and_typing_tolerance() -> None:
    data_key = crypto.random_key()
    secret = new_recovery_secret()
    file = KeySlotFile("d", key_id(data_key))
    file.set_recovery(secret, data_key)
    printed = format_recovery_key(secret)
    assert len(printed.split("-")) == 8 and all(len(g) == 4 for g in printed.split("-"))
    sloppy = printed.lower().replace("-", " ").replace("o", "0").replace("i", "1")
    assert file.unlock_with_recovery(parse_recovery_key(sloppy)) == data_key
    with pytest.raises(WrongRecoveryKey):
        file.unlock_with_recovery(parse_recovery_key(format_recovery_key(new_recovery_secret())))
    with pytest.raises(WrongRecoveryKey):
        parse_recovery_key("ABCD-EFGH")


def test_saved_file_holds_no_username_and_keeps_the_previous_version(
    tmp_path: Path, slots: tuple[KeySlotFile, bytes]
) -> None:
    file, data_key = slots
    path = tmp_path / "x.casekeys"
    file.save(path)
    first = path.read_bytes()
    assert b"anna" not in first.lower() and b"bram" not in first.lower()
    file.set_user_password("carla", "wachtwoord van carla", data_key)
    file.save(path)
    assert Path(f"{path}.bak").read_bytes() == first
    assert KeySlotFile.load(path).unlock_with_password("carla", "wachtwoord van carla") == data_key
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{not json",
        b'{"format": "iets anders"}',
        b"\xff\xfe\x00",
        b'{"format": "casemanager-keyslots", "version": 1}',
    ],
)
def test_damaged_key_slot_files_are_named_as_such(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.casekeys"
    path.write_bytes(content)
    with pytest.raises(KeySlotFileDamaged, match=r"beschadigd.*\.bak"):
        KeySlotFile.load(path)


def test_missing_key_slot_file(tmp_path: Path) -> None:
    with pytest.raises(KeySlotFileMissing, match="ontbreekt"):
        KeySlotFile.load(tmp_path / "weg.casekeys")


def test_weakened_kdf_parameters_are_refused(slots: tuple[KeySlotFile, bytes]) -> None:
    file, _ = slots
    anna = file.find_user_slot("anna")
    assert anna is not None
    weak = replace(anna, kdf={**anna.kdf, "memory_kib": 1024, "iterations": 1})
    file.slots = [weak if s is anna else s for s in file.slots]
    with pytest.raises(KeySlotFileDamaged, match="zwak"):
        file.unlock_with_password("anna", "wachtwoord van anna")
