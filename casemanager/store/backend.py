"""Everything that is specific to the database engine, behind one small interface.

The services use SQLAlchemy and never SQLite pragmas directly; what SQLite (SQLCipher) does
differently from a PostgreSQL server lives here, so a school board's server can get a
backend of its own.
"""

from __future__ import annotations

from typing import Protocol

from sqlalchemy import ColumnElement, Engine
from sqlalchemy.engine import Connection

from casemanager.store import fulltext
from models.base import Base


class Backend(Protocol):
    name: str

    def integrity_problems(self, connection: Connection) -> list[str]:
        """Storage-level problems, empty when the database is sound."""

    def refresh_statistics(self, connection: Connection) -> None:
        """Let the query planner know the table sizes again where they changed a lot, so a
        list or Te doen query starts from its most selective index. Cheap when nothing
        changed; run when a dossier is opened."""

    def case_text_match(
        self, query: str, connection: Connection | None = None
    ) -> ColumnElement[bool]:
        """An SQL condition on ``Case.id``: the case's texts hold every word of ``query``
        (case and diacritics ignored, the last word also as the start of a word, as the
        user types; see :mod:`casemanager.store.fulltext`). ``true()`` for a query without
        words. Whatever the user typed is searched for as text, never read as syntax.
        With the ``connection`` the query will run on, the condition is shaped by how
        common each word is."""


MIN_ROWS_TO_ANALYSE = 50  # below this the planner's defaults serve as well


class SqlCipherBackend:
    name = "sqlcipher"

    def refresh_statistics(self, connection: Connection) -> None:
        # Without statistics SQLite guessed that "team = x" narrows more than "hearing not
        # yet held" and scanned a whole team's cases for each Te doen query. PRAGMA
        # optimize is not used: it also analyses the full-text index's shadow tables, and
        # a statistic taken while that index was small makes every later insert into it
        # crawl. So only the model's tables, when they are new or grew or shrank tenfold.
        known: dict[str, int] = {}
        has_stats = connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_schema WHERE name = 'sqlite_stat1'"
        ).first()
        if has_stats:
            for table, stat in connection.exec_driver_sql("SELECT tbl, stat FROM sqlite_stat1"):
                rows = int(str(stat).split()[0]) if stat else 0
                known[table] = max(known.get(table, 0), rows)
        for table in sorted(Base.metadata.tables):
            size = connection.exec_driver_sql(f'SELECT max(rowid) FROM "{table}"').scalar() or 0
            before = known.get(table)
            if (before is None and size >= MIN_ROWS_TO_ANALYSE) or (
                before is not None and not before / 10 <= size <= max(before, 1) * 10
            ):
                connection.exec_driver_sql(f'ANALYZE "{table}"')

    def integrity_problems(self, connection: Connection) -> list[str]:
        problems: list[str] = []
        # cipher_integrity_check verifies the HMAC of every page: bits flipped on disk.
        for (message,) in connection.exec_driver_sql("PRAGMA cipher_integrity_check"):
            problems.append(str(message))
        for (message,) in connection.exec_driver_sql("PRAGMA quick_check"):
            if message != "ok":
                problems.append(str(message))
        return problems

    def case_text_match(
        self, query: str, connection: Connection | None = None
    ) -> ColumnElement[bool]:
        # FTS5 table and triggers: migrations 0003 and 0007
        return fulltext.fts5_case_match(query, connection)


def backend_for(engine: Engine) -> Backend:
    if engine.dialect.name == "sqlite":
        return SqlCipherBackend()
    raise ValueError(f"casemanager supports no {engine.dialect.name} database yet")
