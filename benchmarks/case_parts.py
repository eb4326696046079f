"""Shared timing of the "cases" group, and its measurements that are more than one call
against one statement: a person's history (the read part, and the total with its audit
entry) and the Te doen list one query at a time (where its time goes)."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Callable, Iterator
from typing import Any

from benchmarks import case_queries as bare
from benchmarks.case_scene import Scene
from benchmarks.dataset import Dataset
from benchmarks.queries import connect_raw
from benchmarks.timing import Record, Sample, measure, record
from casemanager import audit
from casemanager.access import visible_cases
from casemanager.cases import deadlines
from casemanager.cases.person_history import person_history
from casemanager.store.dossier import Dossier

COLD_REPEAT = 7
CACHED_REPEAT = 15
MIN_SAMPLE_MS = 20.0
RAW_TARGET = "<= 2x raw sqlcipher3"
BUDGET = Record("50 ms budget", 50.0)
BUDGET_TARGET = "<= 1x 50 ms budget"


def records_for(
    name: str,
    state: str,
    raw_sample: Sample,
    service_sample: Sample,
    budget: bool,
    target: str | None = RAW_TARGET,
) -> list[Record]:
    raw = record(f"{name}.raw.{state}", raw_sample.median_ms)
    value = service_sample.median_ms
    found = [raw, record(f"{name}.service.{state}", value, baseline=raw, target=target)]
    if budget:
        found.append(
            record(
                f"{name}.service.{state}_vs_budget", value, baseline=BUDGET, target=BUDGET_TARGET
            )
        )
    return found


def cached(fn: Callable[[], object]) -> Sample:
    return measure(fn, repeat=CACHED_REPEAT, warmup=1, min_sample_ms=MIN_SAMPLE_MS)


def bare_cold(dataset: Dataset, key: bytes, fn: Callable[[Any], object]) -> Sample:
    """A fresh connection per call, connecting and keying included (as the store's cold)."""
    connections: list[Any] = []

    def cold() -> None:
        connections.append(connect_raw(dataset.dossier_path, key))
        fn(connections[-1])

    return measure(cold, repeat=COLD_REPEAT, teardown=lambda: connections.pop().close())


def bench_history(scene: Scene, dossier: Dossier, dataset: Dataset, key: bytes) -> list[Record]:
    person = scene.student_id
    print(f"measuring history: person_history of student {person} ({scene.student_cases} cases)")
    username, role = dossier.actor.username, str(dossier.actor.main_role)
    cases_sql = bare.history_cases(scene.team_ids, person)

    def bare_read(connection: Any) -> list[list[Any]]:
        connection.execute("BEGIN DEFERRED")
        try:
            found = connection.execute(*cases_sql).fetchall()
            sql, params = bare.history_decisions([row[0] for row in found])
            return [found, connection.execute(sql, params).fetchall()]
        finally:
            connection.execute("ROLLBACK")

    def bare_total(connection: Any) -> None:
        found, _decisions = bare_read(connection)
        _bare_audit(connection, username, role, person, len(found))

    def read(d: Dossier) -> Any:
        with _without_audit(d):
            return person_history(d, person)

    warm = connect_raw(dataset.dossier_path, key)
    try:
        service_rows, bare_rows = read(dossier), bare_read(warm)
        agree = [r.case_id for r in service_rows] == [row[0] for row in bare_rows[0]]
        print(f"  {'same results' if agree else 'WARNING: service and bare SQL differ'}")
        raw_read = cached(lambda: bare_read(warm))
        raw_total = cached(lambda: bare_total(warm))
    finally:
        warm.close()
    raw_cold = bare_cold(dataset, key, bare_read)
    read_cold = measure(lambda: read(dossier), repeat=COLD_REPEAT, setup=dossier.engine.dispose)
    read_cached = cached(lambda: read(dossier))
    total = cached(lambda: person_history(dossier, person))
    return [
        *records_for("history.read", "cold", raw_cold, read_cold, True),
        *records_for("history.read", "cached", raw_read, read_cached, True),
        *records_for("history.total", "cached", raw_total, total, True),
    ]


def bench_todo_parts(scene: Scene, dossier: Dossier, dataset: Dataset, key: bytes) -> list[Record]:
    """Te doen, one kind of deadline at a time: where its time goes (cached only)."""
    print("measuring todo_parts: each query of the Te doen list, service and bare")
    statements = bare.todo_statements(scene.team_ids, scene.policy, scene.today)
    seen = visible_cases(dossier.actor)
    records: list[Record] = []
    warm = connect_raw(dataset.dossier_path, key)
    try:
        for part, statement in statements.items():
            function = getattr(deadlines, f"_{part}", None)
            if function is None:
                print(f"  {part}: deadlines._{part} is gone; skipped")
                continue
            takes_policy = "policy" in function.__code__.co_varnames

            def service(fn: Any = function, policy: bool = takes_policy) -> Any:
                with dossier.unit_of_work(read_only=True) as uow:
                    extra = (dossier.policy,) if policy else ()
                    return fn(uow.session, seen, *extra, scene.today)

            items = len(service())
            rows = len(warm.execute(*statement).fetchall())
            print(
                f"  {part}: {items:,} items from {rows:,} rows; {bare.query_plan(warm, statement)}"
            )
            raw_sample = cached(lambda s=statement: warm.execute(*s).fetchall())
            name = f"todo_parts.{part}"  # a diagnosis: compared, without a target
            records += records_for(name, "cached", raw_sample, cached(service), False, None)
    finally:
        warm.close()
    return records


class _NoAudit:
    """Stands in for the unit of work ``person_history`` writes its audit entry in."""

    def __enter__(self) -> _NoAudit:
        return self

    def __exit__(self, *_exc: object) -> None:
        return None

    def audit(self, *_args: object, **_kwargs: object) -> None:
        return None

    def commit(self) -> None:
        return None


@contextlib.contextmanager
def _without_audit(dossier: Dossier) -> Iterator[None]:
    """The read part of ``person_history``: its audit unit of work does nothing."""
    dossier.unit_of_work = lambda **_kwargs: _NoAudit()  # shadows the method
    try:
        yield
    finally:
        delattr(dossier, "unit_of_work")


def _bare_audit(connection: Any, username: str, role: str, person_id: int, cases: int) -> None:
    """What ``uow.audit('person.history', ...)`` and ``commit`` write, by hand."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        seq, prev_hash = connection.execute(bare.audit_head()).fetchone()
        fields: dict[str, Any] = {
            "seq": seq + 1,
            "at": dt.datetime.now(dt.UTC).isoformat(timespec="microseconds"),
            "username": username,
            "role": role,
            "action": "person.history",
            "object_type": "person",
            "object_id": str(person_id),
            "person_id": person_id,
            "details": json.dumps({"zaken": cases}, ensure_ascii=False, sort_keys=True),
            "prev_hash": prev_hash,
        }
        connection.execute(bare.AUDIT_INSERT, (*fields.values(), audit.entry_hash(**fields)))
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
