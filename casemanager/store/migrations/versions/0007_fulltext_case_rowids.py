"""full-text index rows numbered by case: the case follows from the rowid

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26 10:00:00

Revision 0003 numbered the rows of ``case_search`` ``source_id * 16 + kind`` and kept the
case in a stored column; a search then read that column for every matching row, and a
common word (80,000 rows in a dossier of 1,000,000 cases) took seconds. From here::

    case_search(body)   rowid = case_id << 39 | source_id << 4 | kind

so the case is ``rowid >> 39``, read from the index itself, and a case's rows lie next to
each other. 24 bits for the case (16,777,216 cases), 35 for the source row's id. The table
is made again and filled from the source rows; the triggers follow the new numbering.
Downgrading restores the 0003 layout the same way.

Careful in later migrations: a source table recreated in batch mode loses its triggers
(see 0003).
"""

from __future__ import annotations

from collections.abc import Callable

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

TABLE = "case_search"
CASE, SUBJECT, PARTY = 1, 2, 3
CASE_COLUMNS = ("number", "subject", "description", "place", "platform")
# table: (kind, indexed columns); each row belongs to the case in its case_id column
TEXT_SOURCES: dict[str, tuple[int, tuple[str, ...]]] = {
    "statement": (4, ("text",)),
    "timeline_entry": (5, ("title", "text")),
    "hearing": (6, ("report",)),
    "decision": (7, ("motivation",)),
    "evidence": (8, ("file_name", "description")),
}
CASE_SHIFT, SOURCE_SHIFT = 39, 4
MAX_CASE_ID = (1 << (63 - CASE_SHIFT)) - 1
TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'"


class Layout:
    """How one revision numbers its rows and which columns its table has."""

    def __init__(self, rowid: Callable[[str, str, int], str], case_column: bool) -> None:
        self.rowid = rowid  # (case id expr, source id expr, kind) -> rowid expr
        self.case_column = case_column

    def insert(self, rowid: str, case_id: str, body: str, source: str = "") -> str:
        if self.case_column:
            into, values = f"INSERT INTO {TABLE}(rowid, case_id, body)", f"{rowid}, {case_id}"
        else:
            into, values = f"INSERT INTO {TABLE}(rowid, body)", rowid
        if source:
            return f"{into} SELECT {values}, {body} {source};"
        return f"{into} VALUES ({values}, {body});"

    def create(self) -> str:
        columns = "case_id UNINDEXED, body" if self.case_column else "body"
        return f"CREATE VIRTUAL TABLE {TABLE} USING fts5({columns}, {TOKENIZE})"


BY_CASE = Layout(lambda case, source, kind: f"(({case}) << {CASE_SHIFT}) + "
                 f"(({source}) << {SOURCE_SHIFT}) + {kind}", case_column=False)  # fmt: skip
BY_SOURCE = Layout(lambda _case, source, kind: f"({source}) * 16 + {kind}", case_column=True)


def _join(row: str, *columns: str) -> str:
    return " || ' ' || ".join(f"coalesce({row}.{c}, '')" for c in columns)


def _subject_name(p: str) -> str:
    return _join(p, "voornaam", "tussenvoegsel", "achternaam", "class_name", "number")


def _party_name(p: str) -> str:
    return _join(p, "voornaam", "tussenvoegsel", "achternaam")


def _delete(rowid: str) -> str:
    return f"DELETE FROM {TABLE} WHERE rowid = {rowid};"


def _trigger(name: str, event: str, table: str, *statements: str) -> str:
    body = " ".join(statements)
    return f"CREATE TRIGGER {TABLE}_{name} AFTER {event} ON {table} BEGIN {body} END"


def triggers(layout: Layout) -> dict[str, str]:
    """Trigger name (without the table prefix) → CREATE TRIGGER statement."""
    rowid, insert = layout.rowid, layout.insert

    def subject_insert(case: str) -> str:
        return insert(
            rowid(f"{case}.id", f"{case}.id", SUBJECT),
            f"{case}.id",
            _subject_name("p"),
            f"FROM person AS p WHERE p.id = {case}.subject_person_id",
        )

    def party_insert(party: str, person: str = "p", source: str = "") -> str:
        return insert(
            rowid(f"{party}.case_id", f"{party}.id", PARTY),
            f"{party}.case_id",
            _party_name(person),
            source or f"FROM person AS p WHERE p.id = {party}.person_id",
        )

    case_row = insert(rowid("new.id", "new.id", CASE), "new.id", _join("new", *CASE_COLUMNS))
    too_many = ""
    if not layout.case_column:  # the case must fit its 24 bits of the rowid
        too_many = (
            f"SELECT RAISE(ABORT, 'case id above {MAX_CASE_ID}') WHERE new.id > {MAX_CASE_ID};"
        )
    party_gone = _delete(rowid("old.case_id", "old.id", PARTY))
    made = {
        "case_ai": _trigger(
            "case_ai", "INSERT", "case_file", too_many, case_row, subject_insert("new")
        ),
        "case_au": _trigger(
            "case_au",
            f"UPDATE OF {', '.join(CASE_COLUMNS)}",
            "case_file",
            _delete(rowid("old.id", "old.id", CASE)),
            case_row,
        ),
        "case_subject_au": _trigger(
            "case_subject_au",
            "UPDATE OF subject_person_id",
            "case_file",
            _delete(rowid("old.id", "old.id", SUBJECT)),
            subject_insert("new"),
        ),
        "case_ad": _trigger(
            "case_ad",
            "DELETE",
            "case_file",
            _delete(rowid("old.id", "old.id", CASE)),
            _delete(rowid("old.id", "old.id", SUBJECT)),
        ),
        "party_ai": _trigger("party_ai", "INSERT", "case_party", party_insert("new")),
        "party_au": _trigger(
            "party_au",
            "UPDATE OF case_id, person_id",
            "case_party",
            party_gone,
            party_insert("new"),
        ),
        "party_ad": _trigger("party_ad", "DELETE", "case_party", party_gone),
        # a changed name, class or number: renew the rows of the cases the person is in
        "person_au": _trigger(
            "person_au",
            "UPDATE OF voornaam, tussenvoegsel, achternaam, class_name, number",
            "person",
            f"DELETE FROM {TABLE} WHERE rowid IN (SELECT {rowid('id', 'id', SUBJECT)}"
            " FROM case_file WHERE subject_person_id = new.id);",
            insert(
                rowid("c.id", "c.id", SUBJECT),
                "c.id",
                _subject_name("new"),
                "FROM case_file AS c WHERE c.subject_person_id = new.id",
            ),
            f"DELETE FROM {TABLE} WHERE rowid IN (SELECT {rowid('case_id', 'id', PARTY)}"
            " FROM case_party WHERE person_id = new.id);",
            party_insert("cp", "new", "FROM case_party AS cp WHERE cp.person_id = new.id"),
        ),
    }
    for table, (kind, columns) in TEXT_SOURCES.items():
        row = insert(rowid("new.case_id", "new.id", kind), "new.case_id", _join("new", *columns))
        gone = _delete(rowid("old.case_id", "old.id", kind))
        made[f"{table}_ai"] = _trigger(f"{table}_ai", "INSERT", table, row)
        made[f"{table}_au"] = _trigger(
            f"{table}_au", f"UPDATE OF case_id, {', '.join(columns)}", table, gone, row
        )
        made[f"{table}_ad"] = _trigger(f"{table}_ad", "DELETE", table, gone)
    return made


def backfill(layout: Layout) -> list[str]:
    """Index the rows that exist."""
    rowid, insert = layout.rowid, layout.insert
    statements = [
        insert(rowid("id", "id", CASE), "id", _join("case_file", *CASE_COLUMNS), "FROM case_file"),
        insert(
            rowid("c.id", "c.id", SUBJECT),
            "c.id",
            _subject_name("p"),
            "FROM case_file AS c JOIN person AS p ON p.id = c.subject_person_id",
        ),
        insert(
            rowid("cp.case_id", "cp.id", PARTY),
            "cp.case_id",
            _party_name("p"),
            "FROM case_party AS cp JOIN person AS p ON p.id = cp.person_id",
        ),
    ]
    for table, (kind, columns) in TEXT_SOURCES.items():
        statements.append(
            insert(rowid("case_id", "id", kind), "case_id", _join(table, *columns), f"FROM {table}")
        )
    return statements


def rebuild(old: Layout, new: Layout) -> None:
    if op.get_bind().dialect.name != "sqlite":
        raise RuntimeError("this migration only knows SQLite FTS5")
    for name in triggers(old):
        op.execute(f"DROP TRIGGER IF EXISTS {TABLE}_{name}")
    op.execute(f"DROP TABLE IF EXISTS {TABLE}")
    op.execute(new.create())
    # a deleted or changed text leaves the index at once, not at the next merge
    op.execute(f"INSERT INTO {TABLE}({TABLE}, rank) VALUES ('secure-delete', 1)")
    for statement in backfill(new):
        op.execute(statement)
    for statement in triggers(new).values():
        op.execute(statement)


def upgrade() -> None:
    rebuild(BY_SOURCE, BY_CASE)


def downgrade() -> None:
    rebuild(BY_CASE, BY_SOURCE)
