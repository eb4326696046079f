"""The unlocked dossier's data key and the key-slot file it belongs to."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from casemanager.atomic import link_no_overwrite, write_atomic
from casemanager.errors import DossierExists
from casemanager.keyslots import KeySlotFile

DOSSIER_SUFFIX = ".casedb"
KEYS_SUFFIX = ".casekeys"


def keys_path_for(dossier_path: Path) -> Path:
    return Path(dossier_path).with_suffix(KEYS_SUFFIX)


def link_pair_into_place(tmp_db: Path, tmp_keys: Path, path: Path) -> None:
    """Give a finished database and its key-slot file their names, the keys first. Neither
    name may exist yet (DossierExists); when the database cannot follow, the key-slot
    file is taken back, so no half pair stays behind."""
    keys = keys_path_for(path)
    try:
        link_no_overwrite(tmp_keys, keys)
    except FileExistsError as exc:
        raise DossierExists(keys) from exc
    try:
        link_no_overwrite(tmp_db, path)
    except FileExistsError as exc:
        keys.unlink()
        raise DossierExists(path) from exc


@dataclass
class KeyRing:
    dossier_path: Path
    dossier_id: str
    data_key: bytes

    @property
    def keys_path(self) -> Path:
        return keys_path_for(self.dossier_path)

    def load_slots(self) -> KeySlotFile:
        return KeySlotFile.load(self.keys_path)

    def snapshot(self) -> Callable[[], None]:
        """A function that puts the key-slot file back as it is now."""
        previous = self.keys_path.read_bytes()
        return lambda: write_atomic(self.keys_path, previous)

    def set_password(self, username: str, password: str) -> None:
        slots = self.load_slots()
        slots.set_user_password(username, password, self.data_key)
        slots.save(self.keys_path)

    def remove_user(self, username: str) -> None:
        slots = self.load_slots()
        slots.remove_user(username)
        slots.save(self.keys_path)

    def has_user(self, username: str) -> bool:
        return self.load_slots().has_user(username)
