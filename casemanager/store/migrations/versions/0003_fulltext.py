"""full-text search over case texts (SQLite FTS5, inside the encrypted dossier)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 06:00:00

One FTS5 table ``case_search(case_id UNINDEXED, body)``; one row per source row with
``rowid = source_id * 16 + kind`` (kinds: casemanager.store.fulltext.Source), kept current
by the triggers below and filled from the existing rows here. The statements are written
out in this file, not imported, so this revision stays what it was.

Careful in later migrations: when batch mode recreates one of the source tables (case_file,
person, case_party, statement, timeline_entry, hearing, decision, evidence), SQLite drops
that table's triggers with it; such a migration must create them again.
tests/test_fulltext.py checks that all of them exist at head.
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

STRIDE = 16
TABLE = "case_search"


def _join(row: str, *columns: str) -> str:
    return " || ' ' || ".join(f"coalesce({row}.{c}, '')" for c in columns)


def _subject_name(p: str) -> str:
    return _join(p, "voornaam", "tussenvoegsel", "achternaam", "class_name", "number")


def _party_name(p: str) -> str:
    return _join(p, "voornaam", "tussenvoegsel", "achternaam")


# table: (kind, indexed columns); each row belongs to the case in its case_id column
TEXT_SOURCES: dict[str, tuple[int, tuple[str, ...]]] = {
    "statement": (4, ("text",)),
    "timeline_entry": (5, ("title", "text")),
    "hearing": (6, ("report",)),
    "decision": (7, ("motivation",)),
    "evidence": (8, ("file_name", "description")),
}
CASE, SUBJECT, PARTY = 1, 2, 3
CASE_COLUMNS = ("number", "subject", "description", "place", "platform")


def _insert(rowid: str, case_id: str, body: str, source: str = "") -> str:
    """INSERT one index row (VALUES), or one per row of ``source`` (a FROM ... clause)."""
    into = f"INSERT INTO {TABLE}(rowid, case_id, body)"
    if source:
        return f"{into} SELECT {rowid}, {case_id}, {body} {source};"
    return f"{into} VALUES ({rowid}, {case_id}, {body});"


def _delete(rowid: str) -> str:
    return f"DELETE FROM {TABLE} WHERE rowid = {rowid};"


def _trigger(name: str, event: str, table: str, *statements: str) -> str:
    body = " ".join(statements)
    return f"CREATE TRIGGER {TABLE}_{name} AFTER {event} ON {table} BEGIN {body} END"


def _subject_insert(case: str) -> str:
    return _insert(
        f"{case}.id * {STRIDE} + {SUBJECT}",
        f"{case}.id",
        _subject_name("p"),
        f"FROM person AS p WHERE p.id = {case}.subject_person_id",
    )


def _party_insert(party: str) -> str:
    return _insert(
        f"{party}.id * {STRIDE} + {PARTY}",
        f"{party}.case_id",
        _party_name("p"),
        f"FROM person AS p WHERE p.id = {party}.person_id",
    )


def triggers() -> dict[str, str]:
    """Trigger name (without the table prefix) → CREATE TRIGGER statement."""
    case_row = _insert(f"new.id * {STRIDE} + {CASE}", "new.id", _join("new", *CASE_COLUMNS))
    made = {
        "case_ai": _trigger("case_ai", "INSERT", "case_file", case_row, _subject_insert("new")),
        "case_au": _trigger(
            "case_au",
            f"UPDATE OF {', '.join(CASE_COLUMNS)}",
            "case_file",
            _delete(f"old.id * {STRIDE} + {CASE}"),
            case_row,
        ),
        "case_subject_au": _trigger(
            "case_subject_au",
            "UPDATE OF subject_person_id",
            "case_file",
            _delete(f"old.id * {STRIDE} + {SUBJECT}"),
            _subject_insert("new"),
        ),
        "case_ad": _trigger(
            "case_ad",
            "DELETE",
            "case_file",
            _delete(f"old.id * {STRIDE} + {CASE}"),
            _delete(f"old.id * {STRIDE} + {SUBJECT}"),
        ),
        "party_ai": _trigger("party_ai", "INSERT", "case_party", _party_insert("new")),
        "party_au": _trigger(
            "party_au",
            "UPDATE OF case_id, person_id",
            "case_party",
            _delete(f"old.id * {STRIDE} + {PARTY}"),
            _party_insert("new"),
        ),
        "party_ad": _trigger(
            "party_ad", "DELETE", "case_party", _delete(f"old.id * {STRIDE} + {PARTY}")
        ),
        # a changed name, class or number: renew the rows of the cases the person is in
        "person_au": _trigger(
            "person_au",
            "UPDATE OF voornaam, tussenvoegsel, achternaam, class_name, number",
            "person",
            f"DELETE FROM {TABLE} WHERE rowid IN (SELECT id * {STRIDE} + {SUBJECT}"
            " FROM case_file WHERE subject_person_id = new.id);",
            _insert(
                f"c.id * {STRIDE} + {SUBJECT}",
                "c.id",
                _subject_name("new"),
                "FROM case_file AS c WHERE c.subject_person_id = new.id",
            ),
            f"DELETE FROM {TABLE} WHERE rowid IN (SELECT id * {STRIDE} + {PARTY}"
            " FROM case_party WHERE person_id = new.id);",
            _insert(
                f"cp.id * {STRIDE} + {PARTY}",
                "cp.case_id",
                _party_name("new"),
                "FROM case_party AS cp WHERE cp.person_id = new.id",
            ),
        ),
    }
    for table, (kind, columns) in TEXT_SOURCES.items():
        row = _insert(f"new.id * {STRIDE} + {kind}", "new.case_id", _join("new", *columns))
        gone = _delete(f"old.id * {STRIDE} + {kind}")
        made[f"{table}_ai"] = _trigger(f"{table}_ai", "INSERT", table, row)
        made[f"{table}_au"] = _trigger(
            f"{table}_au", f"UPDATE OF case_id, {', '.join(columns)}", table, gone, row
        )
        made[f"{table}_ad"] = _trigger(f"{table}_ad", "DELETE", table, gone)
    return made


def backfill() -> list[str]:
    """Index the rows that exist already."""
    statements = [
        _insert(
            f"id * {STRIDE} + {CASE}", "id", _join("case_file", *CASE_COLUMNS), "FROM case_file"
        ),
        _insert(
            f"c.id * {STRIDE} + {SUBJECT}",
            "c.id",
            _subject_name("p"),
            "FROM case_file AS c JOIN person AS p ON p.id = c.subject_person_id",
        ),
        _insert(
            f"cp.id * {STRIDE} + {PARTY}",
            "cp.case_id",
            _party_name("p"),
            "FROM case_party AS cp JOIN person AS p ON p.id = cp.person_id",
        ),
    ]
    for table, (kind, columns) in TEXT_SOURCES.items():
        statements.append(
            _insert(f"id * {STRIDE} + {kind}", "case_id", _join(table, *columns), f"FROM {table}")
        )
    return statements


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        raise RuntimeError("this migration only knows SQLite FTS5")
    op.execute(
        f"CREATE VIRTUAL TABLE {TABLE} USING fts5("
        "case_id UNINDEXED, body, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    # a deleted or changed text leaves the index at once, not at the next merge
    op.execute(f"INSERT INTO {TABLE}({TABLE}, rank) VALUES ('secure-delete', 1)")
    for statement in backfill():
        op.execute(statement)
    for statement in triggers().values():
        op.execute(statement)


def downgrade() -> None:
    for name in triggers():
        op.execute(f"DROP TRIGGER IF EXISTS {TABLE}_{name}")
    op.execute(f"DROP TABLE IF EXISTS {TABLE}")
