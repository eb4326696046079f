"""Group "cases": the case services on the 100,000-case demo dossier, each called as a
signed-in user and compared in the same run with its bare SQL (benchmarks.case_queries) on
a raw sqlcipher3 connection with the same key.

"cold" is the first call on a fresh connection (connecting included; SQLite's page cache
empty, the OS file cache warm); "cached" is the same call repeated on a warm connection.
The page, the rare-term search, the history and Te doen also have an absolute budget: a
``*_vs_budget`` record compares the service's median with 50 ms.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from benchmarks import case_queries as bare
from benchmarks.case_import import bench_import
from benchmarks.case_parts import (
    COLD_REPEAT,
    bare_cold,
    bench_history,
    bench_todo_parts,
    cached,
    records_for,
)
from benchmarks.case_scene import Scene, find_scene
from benchmarks.dataset import Dataset
from benchmarks.queries import connect_raw
from benchmarks.timing import Group, Record, Selection, measure
from casemanager.cases import deadlines
from casemanager.cases.deciding import proposal_for_case
from casemanager.cases.listing import CaseFilter, CaseSort, list_cases
from casemanager.store.dossier import Dossier
from models import CLOSED_STATUSES, CaseStatus

OPEN = frozenset(s for s in CaseStatus if s not in CLOSED_STATUSES)


@dataclass(frozen=True)
class Pair:
    """One service call and its bare SQL; ``same`` checks that they found the same."""

    name: str
    user: str  # the demo account that signs in: "teamleider" or "directie"
    description: str
    service: Callable[[Dossier], Any]
    bare: Callable[[Any], Any]  # on a raw sqlcipher3 connection
    same: Callable[[Any, Any], bool]
    budget: bool = False
    cold: bool = True


def pairs(scene: Scene) -> list[Pair]:
    team, today = scene.team_ids, scene.today

    def page(by_name: bool) -> Pair:
        sort = CaseSort.PERSON if by_name else CaseSort.INCIDENT_DATE
        return Pair(
            "case_page_by_name" if by_name else "case_page",
            "teamleider",
            f"teamleider's first page of open cases, {sort.value} {'A-Z' if by_name else 'desc'}",
            lambda d: list_cases(d, CaseFilter(statuses=OPEN), sort, not by_name, today=today),
            lambda c: bare.run_all(
                c, bare.list_page(team, statuses=bare.OPEN, by_name=by_name, today=today)
            )[0],
            _same_page,
            budget=True,
        )

    def search(kind: str, word: str, user: str) -> Pair:
        scope = team if user == "teamleider" else ()
        return Pair(
            f"{kind}.{user}",
            user,
            f"full-text search for '{word}' as {user}, newest first",
            lambda d: list_cases(d, CaseFilter(text=word), today=today),
            lambda c: bare.run_all(
                c,
                bare.list_page(scope, words=[word], common=bare.is_common(c, word), today=today),
            )[0],
            _same_page,
            budget=kind == "search_rare",
        )

    todo_statements = list(bare.todo_statements(team, scene.policy, today).values())
    proposal_statements = bare.proposal_statements(scene.proposal_case_id, scene.student_id)
    return [
        page(by_name=False),
        page(by_name=True),
        *(
            search(kind, word, user)
            for kind, word in (("search_rare", scene.rare), ("search_common", scene.common))
            for user in ("directie", "teamleider")
        ),
        Pair(
            "todo",
            "teamleider",
            "the teamleider's Te doen list, in a read-only unit of work",
            lambda d: _todo(d, today),
            lambda c: bare.run_all(c, todo_statements),
            _same_todo,
            budget=True,
        ),
        Pair(
            "proposal",
            "teamleider",
            f"ladder proposal for case {scene.proposal_case_id} ({scene.sanctions} sanctions)",
            lambda d: _proposal(d, scene.proposal_case_id),
            lambda c: bare.run_all(c, proposal_statements),
            lambda s, b: {x.case_number for x in s.counted} <= {row[2] for row in b[-1]},
        ),
    ]


def run(dataset: Dataset, selection: Selection) -> list[Record]:
    def wants(measurement: str) -> bool:
        return selection.wants(GROUP.name, measurement)

    records: list[Record] = []
    opened: dict[str, Dossier] = {}
    reads = [m for m in GROUP.measurements if m != "import" and wants(m)]
    try:
        if not reads:
            return records + (bench_import(dataset) if wants("import") else [])
        for user in ("teamleider", "directie"):
            opened[user] = Dossier.open(dataset.dossier_path, user, dataset.password)
        key = opened["teamleider"].keyring.data_key
        with _anchor(dataset, key):
            scene = find_scene(dataset, key, opened["teamleider"])
            for pair in pairs(scene):
                if wants(pair.name.split(".")[0]):
                    records += bench_pair(pair, opened[pair.user], dataset, key)
            if wants("history"):
                records += bench_history(scene, opened["teamleider"], dataset, key)
            if wants("todo_parts"):
                records += bench_todo_parts(scene, opened["teamleider"], dataset, key)
    finally:
        for dossier in opened.values():
            dossier.close()
    if wants("import"):
        records += bench_import(dataset)
    return records


# --- measuring ------------------------------------------------------------------------------


def bench_pair(pair: Pair, dossier: Dossier, dataset: Dataset, key: bytes) -> list[Record]:
    print(f"measuring {pair.name}: {pair.description}")
    warm = connect_raw(dataset.dossier_path, key)
    try:
        agree = pair.same(pair.service(dossier), pair.bare(warm))
        print(f"  {'same results' if agree else 'WARNING: service and bare SQL differ'}")
        raw_cached = cached(lambda: pair.bare(warm))
    finally:
        warm.close()
    service_cached = cached(lambda: pair.service(dossier))
    records = []
    if pair.cold:
        raw_cold = bare_cold(dataset, key, pair.bare)
        service_cold = measure(
            lambda: pair.service(dossier), repeat=COLD_REPEAT, setup=dossier.engine.dispose
        )
        records += records_for(pair.name, "cold", raw_cold, service_cold, pair.budget)
    records += records_for(pair.name, "cached", raw_cached, service_cached, pair.budget)
    return records


# --- the services and what they found --------------------------------------------------------


def _todo(dossier: Dossier, today: dt.date) -> list[deadlines.Deadline]:
    with dossier.unit_of_work(read_only=True) as uow:
        return deadlines.todo(uow.session, dossier.actor, dossier.policy, today)


def _proposal(dossier: Dossier, case_id: int) -> Any:
    with dossier.unit_of_work(read_only=True) as uow:
        return proposal_for_case(uow, case_id)


def _same_page(rows: Any, bare_rows: Any) -> bool:
    def due(value: Any) -> str | None:
        return None if value is None else str(value)

    found = [(r.id, due(r.next_due)) for r in rows]
    return found == [(row[0], due(row[-1])) for row in bare_rows]


def _same_todo(items: Any, results: Any) -> bool:
    """The same cases, as often: rows without a made-known date make no item."""
    rows = [row for rows in results for row in rows if not (len(row) == 5 and row[-1] is None)]
    return Counter(item.case_id for item in items) == Counter(row[0] for row in rows)


@contextlib.contextmanager
def _anchor(dataset: Dataset, key: bytes) -> Iterator[None]:
    """An idle connection, so closing a measured one never checkpoints or removes the WAL."""
    connection = connect_raw(dataset.dossier_path, key)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        yield
    finally:
        connection.close()


GROUP = Group(
    name="cases",
    measurements=(
        "case_page",
        "case_page_by_name",
        "search_rare",
        "search_common",
        "history",
        "todo",
        "todo_parts",
        "proposal",
        "import",
    ),
    run=run,
)
