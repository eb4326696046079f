"""Backup and restore: an encrypted, consistent copy of both files, taken while in use.

The copy uses SQLite's online backup API under the same data key, so the backup file is as
encrypted as the dossier and its key-slot file is a plain copy. Nothing existing is ever
overwritten: a restore over a dossier first moves the current one aside.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, update

from casemanager.atomic import fsync_file, link_no_overwrite, temp_path_beside
from casemanager.errors import ConcurrentUse, DossierDamaged, DossierExists, PermissionDenied
from casemanager.keyslots import KeySlotFile
from casemanager.permissions import Permission, require
from casemanager.store.engine import raw_connect
from casemanager.store.keyring import DOSSIER_SUFFIX, keys_path_for
from models.accounts import Role
from models.meta import DossierMeta

if TYPE_CHECKING:
    from casemanager.store.dossier import Dossier


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    keys_path: Path
    size_bytes: int


def _timestamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def default_backup_name(dossier_path: Path) -> str:
    return f"{dossier_path.stem}-backup-{_timestamp()}{DOSSIER_SUFFIX}"


def copy_database(engine: Engine, data_key: bytes, target: Path) -> None:
    """Online copy of the engine's database into ``target`` (a fresh path), then fsync."""
    destination = raw_connect(target, data_key)
    try:
        with engine.connect() as connection:
            source = connection.connection.dbapi_connection
            assert source is not None
            source.backup(destination)
    finally:
        destination.close()
    os.chmod(target, 0o600)
    fsync_file(target)


def write_pair(engine: Engine, data_key: bytes, keys: Path, target: Path) -> BackupInfo:
    """Write database and key-slot copies beside ``target`` and link both into place."""
    target_keys = keys_path_for(target)
    for existing in (target, target_keys):
        if existing.exists():
            raise DossierExists(existing)
    tmp_db = temp_path_beside(target, DOSSIER_SUFFIX)
    tmp_keys = temp_path_beside(target_keys, ".casekeys")
    try:
        copy_database(engine, data_key, tmp_db)
        shutil.copyfile(keys, tmp_keys)
        os.chmod(tmp_keys, 0o600)
        fsync_file(tmp_keys)
        try:
            link_no_overwrite(tmp_keys, target_keys)
            link_no_overwrite(tmp_db, target)
        except FileExistsError as exc:
            raise DossierExists(target) from exc
    finally:
        for leftover in (tmp_db, tmp_keys):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    return BackupInfo(target, target_keys, target.stat().st_size)


def backup(dossier: Dossier, target: Path) -> BackupInfo:
    """Back up the open dossier to ``target`` (a file name, or a folder to put it in)."""
    role = require(dossier.actor, Permission.BACKUP)
    target = Path(target)
    if target.is_dir():
        target = target / default_backup_name(dossier.path)
    with dossier.unit_of_work() as uow:
        uow.session.execute(update(DossierMeta).values(last_backup_at=dt.datetime.now(dt.UTC)))
        uow.audit(
            "dossier.backup", "dossier", dossier.keyring.dossier_id, role=role, target=str(target)
        )
        uow.commit()
    return write_pair(dossier.engine, dossier.keyring.data_key, dossier.keyring.keys_path, target)


def backup_before_migration(
    path: Path, engine: Engine, data_key: bytes, revision: str | None
) -> BackupInfo:
    keys = keys_path_for(path)
    name = f"{path.stem}.voor-update-{revision or 'leeg'}-{_timestamp()}{DOSSIER_SUFFIX}"
    return write_pair(engine, data_key, keys, path.with_name(name))


def restore(
    backup_path: Path, dossier_path: Path, username: str, password: str, *, force: bool = False
) -> Path | None:
    """Put a backup in place of ``dossier_path``. The backup is checked first (the user must
    be a beheerder in it, and it must verify). With ``force`` an existing dossier is moved
    aside, never deleted; returns where it went."""
    from casemanager.store.dossier import Dossier
    from casemanager.store.verify import verify_files

    backup_path, dossier_path = Path(backup_path), Path(dossier_path)
    slots = KeySlotFile.load(keys_path_for(backup_path))
    report = verify_files(backup_path, slots, username, password)
    if Role.BEHEERDER not in report.roles:
        raise PermissionDenied("een back-up terug te zetten (alleen een beheerder)")
    if not report.ok:
        raise DossierDamaged(backup_path, report.summary())
    dossier_keys = keys_path_for(dossier_path)
    if not force:
        for existing in (dossier_path, dossier_keys):
            if existing.exists():
                raise DossierExists(existing)
    if Path(f"{dossier_path}-wal").exists():
        raise ConcurrentUse()

    tmp_db = temp_path_beside(dossier_path, DOSSIER_SUFFIX)
    tmp_keys = temp_path_beside(dossier_keys, ".casekeys")
    moved_to: Path | None = None
    try:
        shutil.copyfile(backup_path, tmp_db)
        shutil.copyfile(keys_path_for(backup_path), tmp_keys)
        os.chmod(tmp_db, 0o600)
        os.chmod(tmp_keys, 0o600)
        fsync_file(tmp_db)
        fsync_file(tmp_keys)
        if dossier_path.exists() or dossier_keys.exists():
            moved_to = dossier_path.with_name(
                f"{dossier_path.stem}.voor-herstel-{_timestamp()}{DOSSIER_SUFFIX}"
            )
            for old, new in _pairs(dossier_path, moved_to):
                if old.exists():
                    link_no_overwrite(old, new)
        link_no_overwrite(tmp_keys, dossier_keys)
        link_no_overwrite(tmp_db, dossier_path)
    finally:
        for leftover in (tmp_db, tmp_keys):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    with Dossier.open(dossier_path, username, password) as restored, restored.unit_of_work() as uow:
        uow.audit(
            "dossier.restore",
            "dossier",
            restored.keyring.dossier_id,
            role=Role.BEHEERDER,
            source=str(backup_path),
            previous_moved_to=str(moved_to or ""),
        )
        uow.commit()
    return moved_to


def _pairs(path: Path, new_path: Path) -> Iterator[tuple[Path, Path]]:
    yield keys_path_for(path), keys_path_for(new_path)
    yield path, new_path
