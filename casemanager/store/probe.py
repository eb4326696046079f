"""Look at a dossier file before opening it for real, and tell what is wrong with it.

The probe reads only: it never creates tables, migrates or writes, so a failed open leaves
every file as it was. SQLCipher cannot tell a wrong key from a damaged first page (both
fail the page's HMAC); the key slots have already proven the key, so the probe reports
such a file as damaged or as belonging to another key-slot file.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from casemanager.errors import DossierDamaged, DossierNotFound, KeySlotMismatch, NotADossier
from casemanager.store.engine import raw_connect
from casemanager.texts import tr

SQLITE_HEADER = b"SQLite format 3\x00"
KNOWN_OTHER_FORMATS = {
    b"%PDF": tr("het is een PDF-bestand"),
    b"PK\x03\x04": tr("het is een ZIP- of Office-bestand"),
    b"\x89PNG": tr("het is een afbeelding"),
    b"\xff\xd8\xff": tr("het is een afbeelding"),
}


@dataclass(frozen=True)
class ProbeResult:
    dossier_id: str
    revision: str | None
    account_active: bool | None  # None: the account is not in the database


def check_file_shape(path: Path) -> None:
    """What can be said from the bytes alone, before any key is tried."""
    if not path.exists():
        raise DossierNotFound(path)
    if not path.is_file():
        raise NotADossier(path, tr("het is een map"))
    size = path.stat().st_size
    if size == 0:
        raise NotADossier(path, tr("het bestand is leeg"))
    with open(path, "rb") as handle:
        head = handle.read(16)
    if head.startswith(SQLITE_HEADER):
        raise NotADossier(path, tr("het is een onversleutelde SQLite-database"))
    for magic, what in KNOWN_OTHER_FORMATS.items():
        if head.startswith(magic):
            raise NotADossier(path, what)


def probe(path: Path, data_key: bytes, dossier_id: str, username: str) -> ProbeResult:
    check_file_shape(path)
    connection = raw_connect(path, data_key)
    try:
        return _read(connection, path, dossier_id, username)
    except sqlcipher3.DatabaseError as exc:
        message = str(exc)
        if "not a database" in message:
            if path.stat().st_size % 1024:
                raise DossierDamaged(path, tr("het bestand is afgekapt")) from exc
            raise DossierDamaged(
                path,
                tr(
                    "de eerste pagina kan niet worden ontsleuteld: het bestand is beschadigd, "
                    "of het sleutelbestand hoort bij een ander dossier"
                ),
            ) from exc
        raise DossierDamaged(path, message) from exc
    finally:
        with contextlib.suppress(sqlcipher3.Error):
            connection.close()


def _read(
    connection: sqlcipher3.Connection, path: Path, dossier_id: str, username: str
) -> ProbeResult:
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    if "dossier_meta" not in tables:
        raise NotADossier(path, tr("versleuteld, maar zonder casemanager-gegevens"))
    row = connection.execute("SELECT dossier_id FROM dossier_meta LIMIT 1").fetchone()
    if row is None:
        raise DossierDamaged(path, tr("de dossiergegevens ontbreken"))
    if row[0] != dossier_id:
        raise KeySlotMismatch(path.with_suffix(".casekeys"))
    revision = None
    if "alembic_version" in tables:
        found = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = found[0] if found else None
    _check_length(connection, path)
    account = connection.execute(
        "SELECT active FROM account WHERE username = ? AND removed_at IS NULL",
        (username.strip().casefold(),),
    ).fetchone()
    return ProbeResult(row[0], revision, None if account is None else bool(account[0]))


def _check_length(connection: sqlcipher3.Connection, path: Path) -> None:
    """A file cut short at a page boundary still decrypts page by page; the header's page
    count tells that pages are missing (only meaningful when no WAL holds newer pages)."""
    if Path(f"{path}-wal").exists():
        return
    # SQLCipher answers some pragmas as text
    page_count = int(connection.execute("PRAGMA page_count").fetchone()[0])
    page_size = int(connection.execute("PRAGMA page_size").fetchone()[0])
    if page_count * page_size > path.stat().st_size:
        raise DossierDamaged(path, tr("het bestand is afgekapt"))
