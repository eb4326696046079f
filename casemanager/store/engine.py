"""SQLCipher connections and the SQLAlchemy engine over them.

The data key goes to SQLCipher as a raw key (``x'…'``), so SQLCipher's own PBKDF2 is
skipped: the slow step is the Argon2id in the key slots, once per unlock.

Pool choice: a QueuePool of ordinary connections, each keyed in the ``connect`` event and
used by one thread at a time. The sqlite dialect's default SingletonThreadPool crashed the
process when more threads used it than it had connections (seen with sqlcipher3 0.6.4).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

PAGE_SIZE = 4096
# Per connection. 16 MiB keeps the hot pages of a 100,000-case dossier decrypted, which is
# where SQLCipher's cost lies (the page HMAC on pages that are not cached).
CACHE_KIB = 16 * 1024
BUSY_TIMEOUT_MS = 30_000
POOL_SIZE = 4
MAX_OVERFLOW = 8


def key_pragma(data_key: bytes) -> str:
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


def apply_key(dbapi_connection: Any, data_key: bytes) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA cipher_log_level = NONE")
        cursor.execute(key_pragma(data_key))
    finally:
        cursor.close()


def configure(dbapi_connection: Any) -> None:
    """Pragmas every connection needs. Must run after the key."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode = WAL")
        # A decision must survive a power cut: FULL syncs the WAL on every commit.
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        # Purged data (retention, AVG erasure) is overwritten in the file, not left in free
        # pages that anyone holding the key could still read.
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    finally:
        cursor.close()


def raw_connect(path: Path, data_key: bytes) -> Any:
    """A bare sqlcipher3 connection, keyed but not yet read from."""
    connection = sqlcipher3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    apply_key(connection, data_key)
    return connection


def _begin(connection: Any, read_only: bool) -> None:
    """Start the transaction on the DBAPI connection itself: this runs for every unit of
    work and list page, and SQLAlchemy's statement machinery costs more than the BEGIN.

    query_only belongs to the DBAPI connection, which the pool reuses for both kinds of
    unit, so it is set whenever it differs from what this transaction needs."""
    fairy = connection.connection
    dbapi_connection = fairy.dbapi_connection
    if fairy.info.get("query_only") != read_only:
        dbapi_connection.execute(f"PRAGMA query_only = {'ON' if read_only else 'OFF'}")
        fairy.info["query_only"] = read_only
    # IMMEDIATE takes the write lock at the start, so two writers wait for each other
    # (busy_timeout) instead of one failing halfway with "database is locked"; it also
    # serialises appends to the audit hash chain. Readers never wait (WAL).
    dbapi_connection.execute("BEGIN DEFERRED" if read_only else "BEGIN IMMEDIATE")


def make_engine(path: Path, data_key: bytes) -> Engine:
    engine = create_engine(
        f"sqlite:///{Path(path)}",
        module=sqlcipher3,
        poolclass=QueuePool,
        pool_size=POOL_SIZE,
        max_overflow=MAX_OVERFLOW,
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take over transaction control from the driver, so BEGIN can be IMMEDIATE.
        dbapi_connection.isolation_level = None
        apply_key(dbapi_connection, data_key)
        configure(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        _begin(connection, bool(connection.get_execution_options().get("read_only")))

    return engine
