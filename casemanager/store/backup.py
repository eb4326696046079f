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
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, update

from casemanager.atomic import fsync_file, temp_path_beside
from casemanager.errors import DossierExists
from casemanager.permissions import Permission, require
from casemanager.store.engine import raw_connect
from casemanager.store.keyring import DOSSIER_SUFFIX, keys_path_for, link_pair_into_place
from models.meta import DossierMeta

if TYPE_CHECKING:
    from casemanager.store.dossier import Dossier


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    keys_path: Path
    size_bytes: int


def timestamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def default_backup_name(dossier_path: Path) -> str:
    return f"{dossier_path.stem}-backup-{timestamp()}{DOSSIER_SUFFIX}"


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
        link_pair_into_place(tmp_db, tmp_keys, target)
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
    name = f"{path.stem}.voor-update-{revision or 'leeg'}-{timestamp()}{DOSSIER_SUFFIX}"
    return write_pair(engine, data_key, keys, path.with_name(name))
