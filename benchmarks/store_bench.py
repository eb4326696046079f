"""Group "store": unlocking and opening the dossier, and the case-list queries through the
store compared with the raw sqlcipher3 floor and plain SQLite.

"cold" is the first query on a fresh connection (connecting included): SQLite's page cache
is empty, so SQLCipher decrypts every page it reads; the OS file cache is warm. "cached" is
the same query repeated on a warm connection. An idle anchor connection stays open to each
file throughout, so closing a measured connection never checkpoints or removes the WAL.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from benchmarks.dataset import Dataset
from benchmarks.queries import (
    FIRST_PAGE,
    LIST_QUERIES,
    ListQuery,
    connect_plain,
    connect_raw,
    orm_first_page,
    orm_first_page_lazy,
    query_plan,
    run_bare,
    same_results,
    touch_list_fields,
)
from benchmarks.timing import Group, Record, Sample, Selection, measure, record
from casemanager.keyslots import KeySlotFile
from casemanager.store.dossier import Dossier
from casemanager.store.engine import CACHE_KIB

UNLOCK_REPEAT = 5
COLD_REPEAT = 7
CACHED_REPEAT = 15
MIN_SAMPLE_MS = 20.0  # cached calls quicker than this are timed in batches
RAW_TARGET = "<= 1.5x raw sqlcipher3"
PLAIN_TARGET = "<= 1.3x plain sqlite3 (cached)"


def run(dataset: Dataset, selection: Selection) -> list[Record]:
    def wants(measurement: str) -> bool:
        return selection.wants(GROUP.name, measurement)

    records: list[Record] = []
    if wants("unlock"):
        records += bench_unlock(dataset)
    queries = [query for query in LIST_QUERIES if wants(query.name)]
    if not queries and not wants("orm_first_page"):
        return records
    dossier = Dossier.open(dataset.dossier_path, dataset.username, dataset.password)
    key = dossier.keyring.data_key
    try:
        with _anchors(dataset, key):
            describe(dataset, key)
            check_and_explain(dossier, dataset, key)
            for query in queries:
                print(f"measuring {query.name}: {query.description}")
                records += bench_query(query, dossier, dataset, key)
            if wants("orm_first_page"):
                print("measuring orm_first_page: the first page as ORM objects")
                core = next((r for r in records if r.name == "first_page.store.cached"), None)
                records += bench_orm(dossier, core)
    finally:
        dossier.close()
    return records


# --- unlock and open ------------------------------------------------------------------------


def bench_unlock(dataset: Dataset) -> list[Record]:
    print(f"measuring unlock: Argon2id key slot, then the rest of Dossier.open (x{UNLOCK_REPEAT})")
    path, user, password = dataset.dossier_path, dataset.username, dataset.password

    def unlock() -> bytes:
        return KeySlotFile.load(dataset.keys_path).unlock_with_password(user, password)

    argon = measure(unlock, repeat=UNLOCK_REPEAT, warmup=1)
    slots = KeySlotFile.load(dataset.keys_path)
    key = slots.unlock_with_password(user, password)
    opened: list[Dossier] = []

    def open_with_key() -> None:  # Dossier.open minus the key-slot file and Argon2id
        opened.append(Dossier._open_with_key(path, slots, key, user))

    def open_total() -> None:
        opened.append(Dossier.open(path, user, password))

    def close() -> None:
        opened.pop().close()

    rest = measure(open_with_key, repeat=COLD_REPEAT, warmup=1, teardown=close)
    total = measure(open_total, repeat=UNLOCK_REPEAT, teardown=close)
    argon_record = record("unlock.argon2id", argon.median_ms)
    return [
        argon_record,
        record("unlock.open_without_argon2id", rest.median_ms),
        record("unlock.open_total", total.median_ms, baseline=argon_record),
    ]


# --- list queries ---------------------------------------------------------------------------


def measure_cached(fn: Callable[[], object]) -> Sample:
    """Repeated on a warm connection, after one warm-up call."""
    return measure(fn, repeat=CACHED_REPEAT, warmup=1, min_sample_ms=MIN_SAMPLE_MS)


def bench_query(query: ListQuery, dossier: Dossier, dataset: Dataset, key: bytes) -> list[Record]:
    plain_cold, plain_cached = _bare_samples(lambda: connect_plain(dataset.plain_path), query)
    raw_cold, raw_cached = _bare_samples(lambda: connect_raw(dataset.dossier_path, key), query)

    def store() -> Any:  # the store's list path: a read-only Core connection, no Session
        with dossier.reader() as connection:
            return connection.execute(query.statement).all()

    store_cold = measure(store, repeat=COLD_REPEAT, setup=dossier.engine.dispose)
    store_cached = measure_cached(store)

    name = query.name
    plain_c = record(f"{name}.plain.cold", plain_cold)
    plain_w = record(f"{name}.plain.cached", plain_cached)
    raw_c = record(f"{name}.raw.cold", raw_cold, baseline=plain_c)
    raw_w = record(f"{name}.raw.cached", raw_cached, baseline=plain_w)
    return [
        plain_c,
        raw_c,
        record(f"{name}.store.cold", store_cold.median_ms, baseline=raw_c, target=RAW_TARGET),
        plain_w,
        raw_w,
        record(f"{name}.store.cached", store_cached.median_ms, baseline=raw_w, target=RAW_TARGET),
        record(
            f"{name}.store.cached_vs_plain",
            store_cached.median_ms,
            baseline=plain_w,
            target=PLAIN_TARGET,
        ),
    ]


def _bare_samples(connect: Callable[[], Any], query: ListQuery) -> tuple[float, float]:
    """Median ms of the bare query cold (fresh connection, connecting included) and cached."""
    connections: list[Any] = []

    def cold() -> None:
        connection = connect()
        connections.append(connection)
        run_bare(connection, query)

    def close() -> None:
        connections.pop().close()

    cold_sample = measure(cold, repeat=COLD_REPEAT, teardown=close)
    warm = connect()
    try:
        cached_sample = measure_cached(lambda: run_bare(warm, query))
    finally:
        warm.close()
    return cold_sample.median_ms, cached_sample.median_ms


def bench_orm(dossier: Dossier, core_cached: Record | None) -> list[Record]:
    """The first page as Case objects: what the ORM costs over the Core select of columns."""

    def core() -> Any:
        with dossier.unit_of_work(read_only=True) as uow:
            return uow.session.execute(FIRST_PAGE.statement).all()

    def orm(statement: Any) -> Callable[[], int]:
        def load() -> int:
            with dossier.unit_of_work(read_only=True) as uow:
                return touch_list_fields(uow.session.scalars(statement).all())

        return load

    if core_cached is None:
        sample = measure_cached(core)
        core_cached = record("first_page.store.cached", sample.median_ms)
    eager = measure_cached(orm(orm_first_page()))
    lazy = measure_cached(orm(orm_first_page_lazy()))
    return [
        record("orm_first_page.store.cached", eager.median_ms, baseline=core_cached),
        record("orm_first_page_lazy.store.cached", lazy.median_ms, baseline=core_cached),
    ]


# --- context --------------------------------------------------------------------------------


@contextlib.contextmanager
def _anchors(dataset: Dataset, key: bytes) -> Iterator[None]:
    raw = connect_raw(dataset.dossier_path, key)
    plain = connect_plain(dataset.plain_path)
    try:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()  # Dossier.open wrote audit
        for connection in (raw, plain):
            connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
        yield
    finally:
        raw.close()
        plain.close()


def describe(dataset: Dataset, key: bytes) -> None:
    raw = connect_raw(dataset.dossier_path, key)
    try:
        pages = int(raw.execute("PRAGMA page_count").fetchone()[0])
        page_size = int(raw.execute("PRAGMA page_size").fetchone()[0])
        cipher = raw.execute("PRAGMA cipher_version").fetchone()[0]
    finally:
        raw.close()
    manifest = dataset.manifest
    print(
        f"dossier: {_mib(dataset.dossier_path)} ({pages:,} pages of {page_size} B), "
        f"plain copy: {_mib(dataset.plain_path)}; page cache {CACHE_KIB // 1024} MiB "
        f"per connection; SQLCipher {cipher} on SQLite {manifest['sqlcipher_sqlite_version']}, "
        f"plain SQLite {manifest['plain_sqlite_version']}; Argon2id {manifest['argon2']}"
    )


def check_and_explain(dossier: Dossier, dataset: Dataset, key: bytes) -> None:
    raw, plain = connect_raw(dataset.dossier_path, key), connect_plain(dataset.plain_path)
    try:
        for query in LIST_QUERIES:
            with dossier.unit_of_work(read_only=True) as uow:
                store_rows = uow.session.execute(query.statement).all()
            agree = same_results(store_rows, run_bare(raw, query), run_bare(plain, query))
            verdict = "same results" if agree else "WARNING: results differ between spellings"
            print(f"  {query.name}: {verdict}; plan: {query_plan(raw, query)}")
    finally:
        raw.close()
        plain.close()


def _mib(path: Path) -> str:
    return f"{path.stat().st_size / 2**20:.1f} MiB"


GROUP = Group(
    name="store",
    measurements=("unlock", "first_page", "count", "filtered_page", "orm_first_page"),
    run=run,
)
