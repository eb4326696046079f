"""Backup and restore: an encrypted, consistent copy of both files, taken while in use.

The copy uses SQLite's online backup API under the same data key, so the backup file is as
encrypted as the dossier and its key-slot file is a plain copy. Nothing existing is ever
overwritten: a restore over a dossier first moves the current one aside.

``backup`` runs at once (the CLI); ``backup_steps`` is the same work as a generator of
``Progress`` for a progress dialog. ``last_backup`` and ``backup_overdue`` feed the
reminder to make one; ``check_backup`` tries a backup file before a restore replaces the
open dossier with it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, select, update

from casemanager.atomic import fsync_file, temp_path_beside
from casemanager.errors import DossierDamaged, DossierExists, InvalidInput, PermissionDenied
from casemanager.keyslots import KeySlotFile
from casemanager.permissions import Permission, require
from casemanager.progress import Progress
from casemanager.store.engine import raw_connect
from casemanager.store.keyring import DOSSIER_SUFFIX, keys_path_for, link_pair_into_place
from casemanager.store.probe import check_file_shape
from casemanager.store.verify import verify_files
from casemanager.texts import tr
from models.accounts import Role
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
    steps = backup_steps(dossier, target)
    while True:
        try:
            next(steps)
        except StopIteration as finished:
            return finished.value


def backup_steps(dossier: Dossier, target: Path) -> Generator[Progress, None, BackupInfo]:
    """``backup`` as a generator of Progress. The steps come before anything is written:
    stopping the generator there (Annuleren) leaves no trace; once the copy has begun it
    runs to the end, since a half backup helps nobody."""
    role = require(dossier.actor, Permission.BACKUP)
    target = Path(target)
    if target.is_dir():
        target = target / default_backup_name(dossier.path)
    yield Progress(tr("Doelmap controleren"), 0, 2)
    _check_target(dossier, target)
    yield Progress(tr("Dossier en sleutelbestand versleuteld kopiëren"), 1, 2)
    with dossier.unit_of_work() as uow:
        uow.session.execute(update(DossierMeta).values(last_backup_at=dt.datetime.now(dt.UTC)))
        uow.audit(
            "dossier.backup", "dossier", dossier.keyring.dossier_id, role=role, target=str(target)
        )
        uow.commit()
    return write_pair(dossier.engine, dossier.keyring.data_key, dossier.keyring.keys_path, target)


def _check_target(dossier: Dossier, target: Path) -> None:
    """Refuse, before the date of the last backup is set, a target that cannot be written."""
    if not target.parent.is_dir():
        raise InvalidInput(
            tr("De map {folder} bestaat niet. Kies een andere map.", folder=str(target.parent))
        )
    for existing in (target, keys_path_for(target)):
        if existing.exists():
            raise DossierExists(existing)
    free = shutil.disk_usage(target.parent).free
    needed = dossier.path.stat().st_size + dossier.keyring.keys_path.stat().st_size
    if free < needed:
        raise InvalidInput(
            tr(
                "Er is te weinig ruimte in {folder} voor de back-up. Maak ruimte vrij "
                "of kies een andere schijf.",
                folder=str(target.parent),
            )
        )


# --- the reminder ---------------------------------------------------------------------------

BACKUP_REMINDER_DAYS = 7  # a backup older than this (or none at all) is asked for


def last_backup(dossier: Dossier) -> dt.datetime | None:
    """When the last backup of this dossier was made (UTC), or None if never."""
    require(dossier.actor, Permission.BACKUP)
    with dossier.reader() as connection:
        moment = connection.scalar(select(DossierMeta.last_backup_at).limit(1))
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def backup_overdue(last: dt.datetime | None, now: dt.datetime | None = None) -> bool:
    """Whether a new backup is due: never made, or older than BACKUP_REMINDER_DAYS."""
    if last is None:
        return True
    moment = now or dt.datetime.now(dt.UTC)
    return moment - last > dt.timedelta(days=BACKUP_REMINDER_DAYS)


# --- before a restore -----------------------------------------------------------------------


@dataclass(frozen=True)
class BackupCheck:
    path: Path
    size_bytes: int
    audit_entries: int
    same_dossier: bool  # False: a backup of another dossier (another school's, say)


def check_backup(
    dossier: Dossier, path: Path, password: str
) -> Generator[Progress, None, BackupCheck]:
    """Try a backup file as ``restore`` will, before the open dossier is closed for it:
    the signed-in beheerder's password must open it, they must be a beheerder in it, and
    it must verify. The open dossier is left as it is."""
    require(dossier.actor, Permission.BACKUP)
    path = Path(path)
    if path.resolve() == dossier.path.resolve():
        raise InvalidInput(tr("Dit is het dossier zelf, geen back-up. Kies het back-upbestand."))
    yield Progress(tr("Back-up openen"), 0, 2)
    check_file_shape(path)
    slots = KeySlotFile.load(keys_path_for(path))
    yield Progress(tr("Back-up controleren"), 1, 2)
    report = verify_files(path, slots, dossier.actor.username, password)
    if Role.BEHEERDER not in report.roles:
        raise PermissionDenied(tr("een back-up terug te zetten (alleen een beheerder)"))
    if not report.ok:
        raise DossierDamaged(path, report.summary())
    return BackupCheck(
        path,
        path.stat().st_size,
        report.chain.entries,
        slots.dossier_id == dossier.keyring.dossier_id,
    )


def backup_before_migration(
    path: Path, engine: Engine, data_key: bytes, revision: str | None
) -> BackupInfo:
    keys = keys_path_for(path)
    name = f"{path.stem}.voor-update-{revision or 'leeg'}-{timestamp()}{DOSSIER_SUFFIX}"
    return write_pair(engine, data_key, keys, path.with_name(name))
