"""The tamper-evident audit log: append an entry, verify the chain.

Each entry stores SHA-256 over its own canonical content and the previous entry's hash.
Editing, deleting or reordering entries underneath (with raw SQL, after dropping the
append-only triggers) breaks the chain at that place; deleting the newest entries is
caught by comparing the head hash with one kept outside the dossier.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from casemanager.texts import Text, tr
from models.audit import AuditEntry

GENESIS = "0" * 64
_COLUMNS = (
    AuditEntry.seq,
    AuditEntry.at,
    AuditEntry.username,
    AuditEntry.role,
    AuditEntry.action,
    AuditEntry.object_type,
    AuditEntry.object_id,
    AuditEntry.person_id,
    AuditEntry.details,
    AuditEntry.prev_hash,
    AuditEntry.hash,
)


def entry_hash(
    seq: int,
    at: str,
    username: str,
    role: str,
    action: str,
    object_type: str,
    object_id: str,
    person_id: int | None,
    details: str,
    prev_hash: str,
) -> str:
    canonical = json.dumps(
        [seq, at, username, role, action, object_type, object_id, person_id, details, prev_hash],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def append(
    session: Session,
    *,
    username: str,
    role: str,
    action: str,
    object_type: str,
    object_id: object = "",
    person_id: int | None = None,
    details: Mapping[str, Any] | None = None,
) -> AuditEntry:
    """Add one entry after the current head. The caller's transaction must hold the write
    lock (SQLite: BEGIN IMMEDIATE) so that two writers cannot take the same head."""
    head = session.execute(
        select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    seq, prev_hash = (head.seq + 1, head.hash) if head else (1, GENESIS)
    at = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
    details_text = json.dumps(dict(details or {}), ensure_ascii=False, sort_keys=True, default=str)
    fields = {
        "seq": seq,
        "at": at,
        "username": username,
        "role": role,
        "action": action,
        "object_type": object_type,
        "object_id": str(object_id),
        "person_id": person_id,
        "details": details_text,
        "prev_hash": prev_hash,
    }
    entry = AuditEntry(**fields, hash=entry_hash(**fields))
    session.add(entry)
    session.flush()
    return entry


def contains_hash(session: Session, entry_hash_hex: str) -> bool:
    """Whether an entry with this hash exists: a head hash noted earlier must still be there."""
    found = session.scalar(select(AuditEntry.seq).where(AuditEntry.hash == entry_hash_hex))
    return found is not None


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    entries: int
    head_hash: str
    first_broken: int | None = None
    problem: str | Text = ""


def verify_rows(rows: Iterable[Any]) -> ChainReport:
    expected_seq, prev_hash, count = 1, GENESIS, 0
    for row in rows:
        if row.seq != expected_seq:
            return ChainReport(
                False,
                count,
                prev_hash,
                expected_seq,
                tr(
                    "regel {expected} ontbreekt of staat op een andere plaats "
                    "(gevonden: regel {found})",
                    expected=expected_seq,
                    found=row.seq,
                ),
            )
        if row.prev_hash != prev_hash:
            problem = tr("regel {seq} sluit niet aan op de vorige", seq=row.seq)
            return ChainReport(False, count, prev_hash, row.seq, problem)
        recomputed = entry_hash(
            row.seq,
            row.at,
            row.username,
            row.role,
            row.action,
            row.object_type,
            row.object_id,
            row.person_id,
            row.details,
            row.prev_hash,
        )
        if recomputed != row.hash:
            problem = tr("regel {seq} is na het schrijven gewijzigd", seq=row.seq)
            return ChainReport(False, count, prev_hash, row.seq, problem)
        prev_hash, expected_seq, count = row.hash, expected_seq + 1, count + 1
    return ChainReport(True, count, prev_hash)


def verify_chain(connection: Connection) -> ChainReport:
    result = connection.execution_options(yield_per=2000).execute(
        select(*_COLUMNS).order_by(AuditEntry.seq)
    )
    return verify_rows(result)
