"""The case-list queries, each in two spellings: a Core select for the store, bare SQL for
the raw sqlcipher3 floor and the plain-SQLite baseline; and the connections they run on.

The bare SQL is written by hand to be the query the Core select compiles to (same joins,
filters, order and limit); :func:`same_results` checks that the spellings agree.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Select, String, func, select, type_coerce
from sqlalchemy.orm import contains_eager

from casemanager.store.engine import configure, raw_connect
from models import CLOSED_STATUSES, Case, CaseStatus, Person

PAGE = 200
FILTER_TEAM_ID = 2  # the demo's "bovenbouw havo/vwo", the largest team
OPEN_STATUSES = tuple(s.value for s in CaseStatus if s not in CLOSED_STATUSES)

# A list shows status and severity as their Dutch text: selecting the stored strings skips
# building an enum object per cell, as the case-list service does.
LIST_COLUMNS = (
    Case.id,
    Case.number,
    Case.incident_date,
    Person.achternaam,
    Person.voornaam,
    Person.class_name,
    type_coerce(Case.status, String).label("status"),
    type_coerce(Case.severity, String).label("severity"),
)
NEWEST_FIRST = (Case.incident_date.desc(), Case.id.desc())

LIST_SQL = (
    "SELECT c.id, c.number, c.incident_date, p.achternaam, p.voornaam, p.class_name,"
    " c.status, c.severity"
    " FROM case_file AS c JOIN person AS p ON p.id = c.subject_person_id"
)
NEWEST_FIRST_SQL = f" ORDER BY c.incident_date DESC, c.id DESC LIMIT {PAGE}"


@dataclass(frozen=True)
class ListQuery:
    """One measured query: ``name`` is also what ``--only`` selects."""

    name: str
    description: str
    statement: Select[Any]
    sql: str
    params: tuple[Any, ...] = ()


def _list_select() -> Select[Any]:
    return select(*LIST_COLUMNS).join(Person, Person.id == Case.subject_person_id)


FIRST_PAGE = ListQuery(
    "first_page",
    f"first {PAGE} cases, newest incident first, with the subject's name and class",
    _list_select().order_by(*NEWEST_FIRST).limit(PAGE),
    LIST_SQL + NEWEST_FIRST_SQL,
)
COUNT = ListQuery(
    "count",
    "count(*) of all cases",
    select(func.count()).select_from(Case),
    "SELECT count(*) FROM case_file",
)
FILTERED_PAGE = ListQuery(
    "filtered_page",
    f"first {PAGE} open cases of team {FILTER_TEAM_ID}, newest incident first",
    _list_select()
    .where(Case.team_id == FILTER_TEAM_ID, Case.status.in_(OPEN_STATUSES))
    .order_by(*NEWEST_FIRST)
    .limit(PAGE),
    LIST_SQL
    + f" WHERE c.team_id = ? AND c.status IN ({', '.join('?' * len(OPEN_STATUSES))})"
    + NEWEST_FIRST_SQL,
    (FILTER_TEAM_ID, *OPEN_STATUSES),
)
LIST_QUERIES = (FIRST_PAGE, COUNT, FILTERED_PAGE)


def orm_first_page() -> Select[Any]:
    """The first page as Case objects, each with its subject Person loaded in the same query."""
    return (
        select(Case)
        .join(Case.subject_person)
        .options(contains_eager(Case.subject_person))
        .order_by(*NEWEST_FIRST)
        .limit(PAGE)
    )


def orm_first_page_lazy() -> Select[Any]:
    """The first page as Case objects; each subject Person is lazy-loaded when touched."""
    return select(Case).order_by(*NEWEST_FIRST).limit(PAGE)


def touch_list_fields(cases: Sequence[Case]) -> int:
    """Read what a list row shows, as a UI would (this triggers lazy loads)."""
    total = 0
    for case in cases:
        person = case.subject_person
        total += len(case.number) + len(person.achternaam) + len(person.class_name)
    return total


# --- connections ----------------------------------------------------------------------------


def connect_raw(path: Path, data_key: bytes) -> Any:
    """The floor: a bare sqlcipher3 connection with the store's key and pragmas."""
    connection = raw_connect(path, data_key)
    configure(connection)
    return connection


def connect_plain(path: Path) -> sqlite3.Connection:
    """The baseline: plain sqlite3 on the unencrypted copy, with the same pragmas (page
    cache size included), so the difference is the encryption alone."""
    connection = sqlite3.connect(str(path), isolation_level=None)
    configure(connection)
    return connection


def run_bare(connection: Any, query: ListQuery) -> list[Any]:
    return list(connection.execute(query.sql, query.params).fetchall())


def query_plan(connection: Any, query: ListQuery) -> str:
    rows = connection.execute(f"EXPLAIN QUERY PLAN {query.sql}", query.params).fetchall()
    return " | ".join(str(row[-1]) for row in rows)


def key_column(rows: Sequence[Sequence[Any]]) -> list[Any]:
    """What two spellings must agree on: the ids in order (or the count)."""
    return [row[0] for row in rows]


def same_results(*results: Sequence[Sequence[Any]]) -> bool:
    first = key_column(results[0])
    return all(key_column(other) == first for other in results[1:])
