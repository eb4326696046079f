"""Writing files so that a crash leaves either the old or the new version, never half."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def fsync_directory(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_path_beside(path: Path, suffix: str = ".tmp") -> Path:
    """A fresh, unused name in the same directory (so a rename stays on one file system)."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=suffix, dir=path.parent)
    os.close(fd)
    os.unlink(name)
    return Path(name)


def write_atomic(path: Path, data: bytes, *, keep_backup: bool = False) -> None:
    """Replace ``path`` with ``data``; with ``keep_backup`` the old version stays at ``.bak``."""
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if keep_backup and path.exists():
            write_atomic(path.with_name(path.name + ".bak"), path.read_bytes())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    fsync_directory(path.parent)


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def link_no_overwrite(source: Path, target: Path) -> None:
    """Give ``source`` the name ``target`` only if that name is free (atomic on POSIX)."""
    os.link(source, target)
    os.unlink(source)
    fsync_directory(target.parent)


def write_new_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` completely or not at all, refusing an existing file
    (DossierExists names it)."""
    from casemanager.errors import DossierExists

    path = Path(path)
    if path.exists():
        raise DossierExists(path)
    tmp = temp_path_beside(path, ".tmp")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            link_no_overwrite(tmp, path)
        except FileExistsError as exc:
            raise DossierExists(path) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
