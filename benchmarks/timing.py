"""What every benchmark group shares: timing, result records, the table and results.json.

A group is a function ``run(dataset, selection) -> list[Record]`` registered in
``benchmarks.__main__``. Records are written to ``benchmarks/results.json`` as a JSON list of
``{"name", "value", "unit", "baseline_name", "baseline_value", "ratio", "target"}``; a run
limited with ``--only`` replaces its own records there and keeps the others.

Targets are reported, never enforced: a missed target prints ``NO`` and nothing fails.
"""

from __future__ import annotations

import gc
import json
import math
import re
import statistics
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from benchmarks.dataset import Dataset

RESULTS_PATH = Path(__file__).with_name("results.json")
MAX_BATCH = 1000
_TARGET = re.compile(r"<=\s*([0-9.]+)\s*x")


# --- timing ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sample:
    """Wall-clock times of one measurement, in milliseconds."""

    median_ms: float
    min_ms: float
    max_ms: float
    runs: int


def measure(
    fn: Callable[[], object],
    *,
    repeat: int,
    warmup: int = 0,
    setup: Callable[[], object] | None = None,
    teardown: Callable[[], object] | None = None,
    min_sample_ms: float = 0.0,
) -> Sample:
    """Time ``fn`` ``repeat`` times after ``warmup`` untimed runs; ``setup`` and ``teardown``
    run around every call (warm-up included) but outside the timed part.

    With ``min_sample_ms`` (only without setup/teardown), calls that are too quick to time
    one by one are batched so that one sample lasts at least that long; a sample's time is
    then the batch's time divided by the number of calls in it."""
    batched = min_sample_ms > 0 and setup is None and teardown is None
    gc.collect()
    for _ in range(warmup):
        _timed(fn, setup, teardown, 1)
    number = 1
    if batched:
        once = _timed(fn, None, None, 1)
        number = max(1, min(MAX_BATCH, math.ceil(min_sample_ms / max(once, 0.001))))
    times = [_timed(fn, setup, teardown, number) for _ in range(repeat)]
    return Sample(statistics.median(times), min(times), max(times), len(times))


def _timed(
    fn: Callable[[], object],
    setup: Callable[[], object] | None,
    teardown: Callable[[], object] | None,
    number: int,
) -> float:
    """Milliseconds per call of ``number`` back-to-back calls of ``fn``."""
    if setup is not None:
        setup()
    start = time.perf_counter()
    for _ in range(number):
        fn()
    elapsed = (time.perf_counter() - start) * 1000 / number
    if teardown is not None:
        teardown()
    return elapsed


# --- records --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Record:
    name: str
    value: float
    unit: str = "ms"
    baseline_name: str | None = None
    baseline_value: float | None = None
    ratio: float | None = None
    target: str | None = None

    @property
    def ok(self) -> bool | None:
        """Whether the target is met; None when there is no target to meet."""
        limit = target_limit(self.target)
        if limit is None or self.ratio is None:
            return None
        return self.ratio <= limit

    def to_json(self) -> dict[str, Any]:
        doc = asdict(self)
        for key in ("value", "baseline_value"):
            if doc[key] is not None:
                doc[key] = round(doc[key], 3)
        if doc["ratio"] is not None:
            doc["ratio"] = round(doc["ratio"], 3)
        return doc


def record(
    name: str,
    value: float,
    *,
    unit: str = "ms",
    baseline: Record | None = None,
    target: str | None = None,
) -> Record:
    """A record, compared with ``baseline`` (ratio = value / baseline value) when given."""
    if baseline is None:
        return Record(name, value, unit, target=target)
    ratio = value / baseline.value if baseline.value else None
    return Record(name, value, unit, baseline.name, baseline.value, ratio, target)


def target_limit(target: str | None) -> float | None:
    """``"<= 1.5x raw sqlcipher3"`` → 1.5."""
    if not target:
        return None
    match = _TARGET.search(target)
    return float(match.group(1)) if match else None


# --- groups and selection -------------------------------------------------------------------


@dataclass(frozen=True)
class Selection:
    """What ``--only`` asked for: group names or measurement names; empty means everything."""

    only: frozenset[str] = frozenset()

    def wants(self, group: str, measurement: str) -> bool:
        return not self.only or group in self.only or measurement in self.only


@dataclass(frozen=True)
class Group:
    name: str
    measurements: Sequence[str]
    run: Callable[[Dataset, Selection], list[Record]]


# --- output ---------------------------------------------------------------------------------

COLUMNS = ("name", "value", "unit", "baseline", "baseline value", "ratio", "target", "ok")


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.1f}" if abs(value) >= 100 else f"{value:,.3f}"


def table_rows(records: Iterable[Record]) -> list[tuple[str, ...]]:
    rows = []
    for rec in records:
        ok = {None: "", True: "yes", False: "NO"}[rec.ok]
        ratio = "" if rec.ratio is None else f"{rec.ratio:.2f}x"
        rows.append(
            (
                rec.name,
                _number(rec.value),
                rec.unit,
                rec.baseline_name or "",
                _number(rec.baseline_value),
                ratio,
                rec.target or "",
                ok,
            )
        )
    return rows


def print_table(records: Sequence[Record]) -> None:
    rows = [COLUMNS, *table_rows(records)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS))]
    numeric = {1, 4, 5}
    for number, row in enumerate(rows):
        cells = [
            cell.rjust(width) if i in numeric else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        print("  ".join(cells).rstrip())
        if number == 0:
            print("  ".join("-" * width for width in widths))
    missed = [rec.name for rec in records if rec.ok is False]
    met = sum(1 for rec in records if rec.ok)
    listed = f" ({', '.join(missed)})" if missed else ""
    print(f"\ntargets met: {met}, missed: {len(missed)}{listed}")


def write_results(records: Sequence[Record], *, merge: bool, path: Path = RESULTS_PATH) -> None:
    """Write the records; with ``merge``, keep earlier records whose names were not re-run."""
    docs = [rec.to_json() for rec in records]
    if merge and path.exists():
        try:
            earlier = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            earlier = []
        fresh = {doc["name"]: doc for doc in docs}
        merged = [
            fresh.pop(doc["name"], doc)
            for doc in earlier
            if isinstance(doc, dict) and isinstance(doc.get("name"), str)
        ]
        docs = merged + list(fresh.values())  # replaced in place, new ones at the end
    path.write_text(json.dumps(docs, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
