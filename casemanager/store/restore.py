"""Restore: put a checked backup in place of a dossier, moving the current one aside."""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

from casemanager.atomic import fsync_file, link_no_overwrite, temp_path_beside
from casemanager.errors import ConcurrentUse, DossierDamaged, DossierExists, PermissionDenied
from casemanager.keyslots import KeySlotFile
from casemanager.store.backup import timestamp
from casemanager.store.dossier import Dossier
from casemanager.store.keyring import DOSSIER_SUFFIX, keys_path_for
from casemanager.store.verify import verify_files
from casemanager.texts import tr
from models.accounts import Role


def restore(
    backup_path: Path, dossier_path: Path, username: str, password: str, *, force: bool = False
) -> Path | None:
    """Put a backup in place of ``dossier_path``. The backup is checked first (the user must
    be a beheerder in it, and it must verify). With ``force`` an existing dossier is moved
    aside, never deleted; returns where it went."""
    backup_path, dossier_path = Path(backup_path), Path(dossier_path)
    slots = KeySlotFile.load(keys_path_for(backup_path))
    report = verify_files(backup_path, slots, username, password)
    if Role.BEHEERDER not in report.roles:
        raise PermissionDenied(tr("een back-up terug te zetten (alleen een beheerder)"))
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
                f"{dossier_path.stem}.voor-herstel-{timestamp()}{DOSSIER_SUFFIX}"
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
