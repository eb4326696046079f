"""rotate-key: re-encrypt the dossier under a new data key and rewrap every remaining slot.

Crash safety: (1) the database is exported under the new key to ``<name>.rotating``;
(2) the key-slot file is replaced atomically by one for the new key; (3) the export is
renamed over the dossier. A crash between (2) and (3) leaves a key-slot file whose key
opens only the ``.rotating`` file: :func:`finish_interrupted_rotation` completes step (3)
on the next open.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from casemanager import crypto
from casemanager.atomic import fsync_directory, fsync_file
from casemanager.errors import ConcurrentUse
from casemanager.keyslots import KeySlotFile, key_id
from casemanager.permissions import Permission, require
from casemanager.store.engine import make_engine, raw_connect
from casemanager.store.keyring import KeyRing

if TYPE_CHECKING:
    from casemanager.store.dossier import Dossier


def rotating_path(path: Path) -> Path:
    return path.with_name(path.name + ".rotating")


def rotate_key(dossier: Dossier) -> str:
    """Returns the new key's public fingerprint."""
    role = require(dossier.actor, Permission.ROTATE_KEY)
    path = dossier.path
    target = rotating_path(path)
    with contextlib.suppress(FileNotFoundError):
        target.unlink()  # a leftover export from a rotation that never got to step (2)
    new_key = crypto.random_key()
    slots = dossier.keyring.load_slots()

    with dossier.unit_of_work() as uow:
        uow.audit(
            "dossier.rotate_key",
            "dossier",
            dossier.keyring.dossier_id,
            role=role,
            new_key_id=key_id(new_key),
        )
        uow.commit()
    dossier.engine.dispose()
    if Path(f"{path}-wal").exists():
        raise ConcurrentUse()  # another program still has the dossier open

    try:
        _export(path, dossier.keyring.data_key, target, new_key)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
        dossier.replace_engine(make_engine(path, dossier.keyring.data_key), dossier.keyring)
        raise

    new_slots = slots.rewrapped(new_key)
    new_slots.save(dossier.keyring.keys_path)
    os.replace(target, path)
    fsync_directory(path.parent)
    keyring = KeyRing(path, dossier.keyring.dossier_id, new_key)
    dossier.replace_engine(make_engine(path, new_key), keyring)
    return new_slots.key_id


def _export(path: Path, data_key: bytes, target: Path, new_key: bytes) -> None:
    connection = raw_connect(path, data_key)
    try:
        connection.execute("BEGIN IMMEDIATE")  # no writer may slip in during the export
        connection.execute(
            f"ATTACH DATABASE ? AS rotated KEY \"x'{new_key.hex()}'\"", (str(target),)
        )
        connection.execute("SELECT sqlcipher_export('rotated')")
        connection.execute("COMMIT")
        connection.execute("DETACH DATABASE rotated")
    finally:
        connection.close()
    fsync_file(target)


def _dossier_id_in(path: Path, data_key: bytes) -> str | None:
    """The dossier id stored in ``path`` when ``data_key`` opens it, else None."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    connection = raw_connect(path, data_key)
    try:
        row = connection.execute("SELECT dossier_id FROM dossier_meta LIMIT 1").fetchone()
        return None if row is None else str(row[0])
    except sqlcipher3.DatabaseError:
        return None
    finally:
        connection.close()


def finish_interrupted_rotation(path: Path, slots: KeySlotFile, data_key: bytes) -> None:
    """If the key-slot file already holds the new key but the swap did not happen, do it.

    Only when the dossier itself no longer opens with the slots' key and the export does
    open with it and is this very dossier: anything else is left alone."""
    target = rotating_path(path)
    if not target.exists() or key_id(data_key) != slots.key_id:
        return
    if _dossier_id_in(path, data_key) is not None:
        return
    if _dossier_id_in(target, data_key) != slots.dossier_id:
        return
    os.replace(target, path)
    fsync_directory(path.parent)
