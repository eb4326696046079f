"""The benchmark data: the demo dossier (``casemanager demo``) with 100,000 cases and a plain
SQLite copy of it, built once.

Both live in ``benchmarks/data/`` (git-ignored) and are rebuilt when a file is missing,
when ``--rebuild`` is given, or when the manifest no longer matches: the dataset version,
the schema's head revision, the calibrated Argon2id parameters, the demo options, or the
demo builder itself (a hash of ``casemanager/demo/*.py`` and the standard policy it plans
with). The dossier is made by the demo builder with the calibrated Argon2id parameters, so
unlocking it costs what it costs a school; every demo account has the demo password. It is
opened once with ``Dossier.open`` before the copy is made, so whatever opening does to a
new dossier (such as gathering the query planner's statistics) is in both files. The plain
copy is made with ``sqlcipher_export`` (full-text index and statistics included).

The demo dates its cases relative to the day it is built, so what is due on the Te doen
list depends on how old the dataset is; the manifest records the day.

A second, large dataset (``ensure_large``: 1,000,000 cases in ``benchmarks/data/large/``, no
plain copy) is built the same way, only for the "ui" group's ``ui_case_list_large``; it takes
about 30 minutes and 13 GB. The demo builder refuses more than 250,000 cases, so that limit is
raised for this build only.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import sqlcipher3

from casemanager import crypto, demo
from casemanager.demo import DEFAULT_PASSWORD, DemoOptions, Progress, build_demo, builder
from casemanager.keyslots import KeySlotFile
from casemanager.resources import resource_path
from casemanager.store import migrations
from casemanager.store.dossier import Dossier
from casemanager.store.engine import raw_connect
from casemanager.store.keyring import keys_path_for

DATA_DIR = Path(__file__).with_name("data")
DOSSIER_PATH = DATA_DIR / "school.casedb"
PLAIN_PATH = DATA_DIR / "plain.sqlite"
MANIFEST_PATH = DATA_DIR / "manifest.json"
DATASET_VERSION = 2
OPTIONS = DemoOptions(students=15_000, staff=1_200, cases=100_000, seed=2026)
USERNAME = "beheerder"  # the demo's accounts: beheerder, directie, teamleider, hr, ...
PASSWORD = DEFAULT_PASSWORD  # a throwaway demo dossier; `casemanager` opens it as well


@dataclass(frozen=True)
class _Files:
    """Where one dataset lives and what it is built with; ``plain_path`` None: no copy."""

    dossier_path: Path
    plain_path: Path | None
    manifest_path: Path
    options: DemoOptions


NEW_MIGRATION = "the schema has a new migration"
DEFAULT_FILES = _Files(DOSSIER_PATH, PLAIN_PATH, MANIFEST_PATH, OPTIONS)
LARGE_DIR = DATA_DIR / "large"
LARGE_FILES = _Files(
    LARGE_DIR / "school.casedb",
    None,
    LARGE_DIR / "manifest.json",
    DemoOptions(students=100_000, staff=8_000, cases=1_000_000, seed=2026),
)


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


def ensure(*, rebuild: bool = False, files: _Files = DEFAULT_FILES) -> Dataset:
    """The dataset, built first when it is missing or out of date."""
    reason = "--rebuild" if rebuild else stale_reason(files)
    where = files.dossier_path.parent
    if reason == NEW_MIGRATION:
        migrate(files)
        reason = stale_reason(files)
    if reason is None:
        manifest = json.loads(files.manifest_path.read_text(encoding="utf-8"))
        print(f"dataset: cached in {where} (built {manifest['built_at']})")
    else:
        print(f"dataset: building in {where} ({reason})")
        manifest = build(files)
    plain = files.plain_path or files.dossier_path  # the large set has no plain copy
    return Dataset(files.dossier_path, plain, USERNAME, PASSWORD, manifest)


def ensure_large(*, rebuild: bool = False) -> Dataset:
    """The 1,000,000-case dataset in ``benchmarks/data/large/`` (its plain_path is the dossier:
    no plain copy is made)."""
    return ensure(rebuild=rebuild, files=LARGE_FILES)


def builder_fingerprint() -> str:
    """A hash of the demo builder's source and the policy it plans cases with."""
    digest = hashlib.sha256()
    package = Path(demo.__file__).parent
    files = [*sorted(package.glob("*.py")), resource_path("policy", "standaard.toml")]
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def stale_reason(files: _Files = DEFAULT_FILES) -> str | None:
    paths = (files.dossier_path, keys_path_for(files.dossier_path), files.manifest_path)
    for path in (*paths, *([files.plain_path] if files.plain_path else [])):
        if not path.exists():
            return f"{path.name} is missing"
    try:
        manifest = json.loads(files.manifest_path.read_text(encoding="utf-8"))
        slot = KeySlotFile.load(keys_path_for(files.dossier_path)).find_user_slot(USERNAME)
    except (OSError, ValueError) as exc:
        return f"unreadable: {exc}"
    if manifest.get("version") != DATASET_VERSION:
        return "the dataset definition changed"
    if manifest.get("schema_revision") != migrations.head_revision():
        return NEW_MIGRATION
    if manifest.get("demo_options") != asdict(files.options):
        return "the demo options changed"
    if manifest.get("demo_builder") != builder_fingerprint():
        return "the demo builder changed"
    calibrated = crypto.CALIBRATED
    if slot is None or (slot.kdf.get("memory_kib"), slot.kdf.get("iterations")) != (
        calibrated.memory_kib,
        calibrated.iterations,
    ):
        return "the calibrated Argon2id parameters changed"
    return None


def migrate(files: _Files) -> None:
    """Bring a dataset up to the newest schema in place, as opening it in the application
    would (building the large one again takes hours); the backup the store makes before a
    migration is removed again, and the plain copy exported anew."""
    where = files.dossier_path.parent
    print(f"dataset: migrating in {where} ({NEW_MIGRATION})")
    started = time.perf_counter()
    before = set(where.iterdir())
    with Dossier.open(files.dossier_path, USERNAME, PASSWORD) as dossier:
        data_key = dossier.keyring.data_key
    for made in set(where.iterdir()) - before:
        if ".voor-update-" in made.name:
            made.unlink()
    if files.plain_path is not None:
        files.plain_path.unlink(missing_ok=True)
        export_plain(files.dossier_path, data_key, files.plain_path)
    manifest = json.loads(files.manifest_path.read_text(encoding="utf-8"))
    manifest["schema_revision"] = migrations.head_revision()
    files.manifest_path.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(f"dataset: migrated in {_since(started)}")


def build(files: _Files = DEFAULT_FILES) -> dict[str, Any]:
    started = time.perf_counter()
    _remove_old_files(files)
    files.dossier_path.parent.mkdir(parents=True, exist_ok=True)
    reporter = _Reporter()
    with _calibrated_kdf(), _case_limit(files.options.cases):
        demo_builder = build_demo(files.dossier_path, files.options, password=PASSWORD)
        while True:
            try:
                reporter(next(demo_builder))
            except StopIteration as done:
                result = done.value
                break
    reporter.finish()
    print(f"  demo dossier built in {result.seconds:.1f} s: {_counts(result.counts)}")

    step = time.perf_counter()
    with Dossier.open(files.dossier_path, USERNAME, PASSWORD) as dossier:  # as `make run` would
        data_key = dossier.keyring.data_key
    print(f"  opened once (statistics for the query planner) in {_since(step)}")
    if files.plain_path is not None:
        step = time.perf_counter()
        export_plain(files.dossier_path, data_key, files.plain_path)
        print(f"  plain copy exported in {_since(step)}")

    manifest = _manifest(time.perf_counter() - started, result.counts, files)
    files.manifest_path.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(f"dataset: built in {manifest['build_seconds']:.1f} s")
    return manifest


def export_plain(dossier_path: Path, data_key: bytes, plain_path: Path) -> None:
    """An unencrypted copy of the whole database (schema, rows, full-text index)."""
    connection = raw_connect(dossier_path, data_key)
    try:
        connection.execute("ATTACH DATABASE ? AS plaintext KEY ''", (str(plain_path),))
        connection.execute("SELECT sqlcipher_export('plaintext')").fetchall()
        connection.execute("DETACH DATABASE plaintext")
    finally:
        connection.close()
    plain = sqlite3.connect(str(plain_path))
    try:
        plain.execute("PRAGMA journal_mode = WAL")
    finally:
        plain.close()


class _Reporter:
    """Prints each stage of the demo builder once, with its time, and a line per commit."""

    def __init__(self) -> None:
        self.stage = ""
        self.started = time.perf_counter()
        self.last_print = 0.0

    def __call__(self, progress: Progress) -> None:
        now = time.perf_counter()
        if progress.stage != self.stage:
            self.finish()
            self.stage, self.started, self.last_print = progress.stage, now, now
        elif now - self.last_print >= 15:
            print(f"    {self.stage}: {progress.done:,}/{progress.total:,}", flush=True)
            self.last_print = now

    def finish(self) -> None:
        if self.stage:
            print(f"  {self.stage}: {_since(self.started)}", flush=True)
            self.stage = ""


def _counts(counts: dict[str, int]) -> str:
    shown = ("case_file", "leerlingen", "ouders", "medewerkers", "decision", "timeline_entry")
    return ", ".join(f"{counts[k]:,} {k}" for k in shown if k in counts)


@contextlib.contextmanager
def _calibrated_kdf() -> Iterator[None]:
    """Build with the calibrated Argon2id: CASEMANAGER_KDF=minimum is set aside."""
    saved = os.environ.pop("CASEMANAGER_KDF", None)
    try:
        yield
    finally:
        if saved is not None:
            os.environ["CASEMANAGER_KDF"] = saved


@contextlib.contextmanager
def _case_limit(cases: int) -> Iterator[None]:
    """Let the demo builder make ``cases`` cases when that is above its own limit."""
    word, least, most = saved = builder.LIMITS["cases"]
    builder.LIMITS["cases"] = (word, least, max(most, cases))
    try:
        yield
    finally:
        builder.LIMITS["cases"] = saved


def _remove_old_files(files: _Files) -> None:
    folder, name = files.dossier_path.parent, files.dossier_path.name
    for leftover in folder.glob(f".{name}.*"):  # an interrupted demo build
        leftover.unlink()
    keys = keys_path_for(files.dossier_path)
    plain = [files.plain_path] if files.plain_path else []
    for base in (files.dossier_path, *plain, keys, files.manifest_path):
        for suffix in ("", "-wal", "-shm", "-journal", ".bak"):
            with contextlib.suppress(FileNotFoundError):
                Path(f"{base}{suffix}").unlink()


def _manifest(build_seconds: float, counts: dict[str, int], files: _Files) -> dict[str, Any]:
    slot = KeySlotFile.load(keys_path_for(files.dossier_path)).find_user_slot(USERNAME)
    kdf = {} if slot is None else {k: v for k, v in slot.kdf.items() if k != "salt"}
    return {
        "version": DATASET_VERSION,
        "demo_options": asdict(files.options),
        "demo_builder": builder_fingerprint(),
        "counts": counts,
        "schema_revision": migrations.head_revision(),
        "argon2": kdf,
        "sqlcipher_sqlite_version": sqlcipher3.sqlite_version,
        "plain_sqlite_version": sqlite3.sqlite_version,
        "dossier_mib": round(files.dossier_path.stat().st_size / 2**20, 1),
        "build_seconds": round(build_seconds, 1),
        "built_on": dt.date.today().isoformat(),
        "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }


def _since(start: float) -> str:
    return f"{time.perf_counter() - start:.2f} s"
