"""The benchmark data: a real encrypted dossier and a plain SQLite copy, built once.

Both live in ``benchmarks/data/`` (git-ignored) and are rebuilt when a file is missing,
when ``--rebuild`` is given, or when the manifest no longer matches (dataset version,
schema revision, Argon2 parameters). The dossier is made with ``Dossier.create`` and the
calibrated Argon2id parameters, so unlocking it costs what it costs a school; the rows go
in with Core ``insert()`` executemany in one transaction per file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, Table, create_engine, event, insert, select

from benchmarks.rows import Row, Rows, generate
from casemanager import crypto
from casemanager.keyslots import KeySlotFile
from casemanager.store import migrations
from casemanager.store.dossier import Dossier
from casemanager.store.keyring import keys_path_for
from models import Base

DATA_DIR = Path(__file__).with_name("data")
DOSSIER_PATH = DATA_DIR / "school.casedb"
PLAIN_PATH = DATA_DIR / "plain.sqlite"
MANIFEST_PATH = DATA_DIR / "manifest.json"
DATASET_VERSION = 1
PERSONS = 20_000
CASES = 100_000
SEED = 2025
USERNAME = "beheer"
PASSWORD = "benchmark correct paard batterij"  # a throwaway benchmark dossier
CHUNK = 25_000


@dataclass(frozen=True)
class Dataset:
    dossier_path: Path
    plain_path: Path
    username: str
    password: str
    manifest: dict[str, Any]

    @property
    def keys_path(self) -> Path:
        return keys_path_for(self.dossier_path)


def ensure(*, rebuild: bool = False) -> Dataset:
    """The dataset, built first when it is missing or out of date."""
    reason = "--rebuild" if rebuild else stale_reason()
    if reason is None:
        manifest = json.loads(MANIFEST_PATH.read_text(encoding="utf-8"))
        print(f"dataset: cached in {DATA_DIR} (built {manifest['built_at']})")
    else:
        print(f"dataset: building ({reason})")
        manifest = build()
    return Dataset(DOSSIER_PATH, PLAIN_PATH, USERNAME, PASSWORD, manifest)


def stale_reason() -> str | None:
    for path in (DOSSIER_PATH, keys_path_for(DOSSIER_PATH), PLAIN_PATH, MANIFEST_PATH):
        if not path.exists():
            return f"{path.name} is missing"
    try:
        manifest = json.loads(MANIFEST_PATH.read_text(encoding="utf-8"))
        slot = KeySlotFile.load(keys_path_for(DOSSIER_PATH)).find_user_slot(USERNAME)
    except (OSError, ValueError) as exc:
        return f"unreadable: {exc}"
    if manifest.get("version") != DATASET_VERSION:
        return "the dataset definition changed"
    if manifest.get("schema_revision") != migrations.head_revision():
        return "the schema has a new migration"
    calibrated = crypto.CALIBRATED
    if slot is None or (slot.kdf.get("memory_kib"), slot.kdf.get("iterations")) != (
        calibrated.memory_kib,
        calibrated.iterations,
    ):
        return "the calibrated Argon2id parameters changed"
    return None


def build() -> dict[str, Any]:
    started = time.perf_counter()
    _remove_old_files()
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    rows = generate(PERSONS, CASES, SEED)
    counts = f"{len(rows.persons):,} persons and {len(rows.cases):,} cases"
    print(f"  generated {counts} in {_since(started)}")

    step = time.perf_counter()
    with _calibrated_kdf():
        dossier, _recovery_key = Dossier.create(
            DOSSIER_PATH,
            school_name="Stedelijk Benchmark College",
            admin_username=USERNAME,
            admin_password=PASSWORD,
            admin_display_name="Bea Heerder",
            place="Maastricht",
        )
    print(f"  created the dossier (calibrated Argon2id, twice) in {_since(step)}")
    try:
        with dossier.engine.connect() as connection:
            seeded = {
                table: [dict(row) for row in connection.execute(select(table)).mappings()]
                for table in Base.metadata.sorted_tables
            }
        _insert_all(dossier.engine, rows, "encrypted")
    finally:
        dossier.close()  # the last connection checkpoints the WAL into the file

    plain = _plain_engine(PLAIN_PATH)
    try:
        Base.metadata.create_all(plain)
        with plain.begin() as connection:
            for table, table_rows in seeded.items():
                if table_rows:
                    connection.execute(insert(table), table_rows)
        _insert_all(plain, rows, "plain")
    finally:
        plain.dispose()

    manifest = _manifest(time.perf_counter() - started)
    MANIFEST_PATH.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(f"dataset: built in {manifest['build_seconds']:.1f} s")
    return manifest


def _insert_all(engine: Engine, rows: Rows, label: str) -> None:
    """Every generated row, in one transaction, as one executemany per table (chunked)."""
    by_name = Base.metadata.tables
    tables: list[tuple[Table, list[Row]]] = [
        (by_name["team"], rows.teams),
        (by_name["account"], rows.accounts),
        (by_name["account_role"], rows.account_roles),
        (by_name["account_team"], rows.account_teams),
        (by_name["person"], rows.persons),
        (by_name["guardianship"], rows.guardianships),
        (by_name["case_file"], rows.cases),
    ]
    started = time.perf_counter()
    with engine.begin() as connection:
        for table, table_rows in tables:
            step = time.perf_counter()
            for start in range(0, len(table_rows), CHUNK):
                connection.execute(insert(table), table_rows[start : start + CHUNK])
                if len(table_rows) > CHUNK:
                    done = min(start + CHUNK, len(table_rows))
                    print(f"    {label} {table.name}: {done:,}/{len(table_rows):,}", flush=True)
            print(f"  {label}: {table.name:<13} {len(table_rows):>7,} rows in {_since(step)}")
        commit = time.perf_counter()
    print(f"  {label}: committed in {_since(commit)}; all inserts {_since(started)}")


def _plain_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    return engine


@contextlib.contextmanager
def _calibrated_kdf() -> Iterator[None]:
    """Dossier.create with the calibrated Argon2id: CASEMANAGER_KDF=minimum is set aside."""
    saved = os.environ.pop("CASEMANAGER_KDF", None)
    try:
        yield
    finally:
        if saved is not None:
            os.environ["CASEMANAGER_KDF"] = saved


def _remove_old_files() -> None:
    keys = keys_path_for(DOSSIER_PATH)
    for base in (DOSSIER_PATH, PLAIN_PATH, keys, MANIFEST_PATH):
        for suffix in ("", "-wal", "-shm", "-journal", ".bak"):
            with contextlib.suppress(FileNotFoundError):
                Path(f"{base}{suffix}").unlink()


def _manifest(build_seconds: float) -> dict[str, Any]:
    slot = KeySlotFile.load(keys_path_for(DOSSIER_PATH)).find_user_slot(USERNAME)
    kdf = {} if slot is None else {k: v for k, v in slot.kdf.items() if k != "salt"}
    return {
        "version": DATASET_VERSION,
        "persons": PERSONS,
        "cases": CASES,
        "seed": SEED,
        "schema_revision": migrations.head_revision(),
        "argon2": kdf,
        "sqlcipher_sqlite_version": sqlcipher3.sqlite_version,
        "plain_sqlite_version": sqlite3.sqlite_version,
        "build_seconds": round(build_seconds, 1),
        "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }


def _since(start: float) -> str:
    return f"{time.perf_counter() - start:.2f} s"
