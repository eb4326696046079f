"""Group "ui": the desktop application, each measurement in fresh processes
(``benchmarks.ui_probe``, ``QT_QPA_PLATFORM=offscreen``) so imports and memory are real.

* ``ui_start``: process start (``Popen``) to the unlock dialog painted, as ``casemanager
  start DOSSIER``; baseline a bare PySide6 process that shows a QLabel. Which heavy modules
  (reportlab, docx, SQLAlchemy, ...) are loaded by then is printed; budget 1 s.
* ``ui_case_list`` (100,000 cases) and ``ui_case_list_large`` (1,000,000): as directie,
  ``Dossier.open`` (its Argon2id part reported apart), then ``MainWindow`` on "Zaken" until
  the case table is painted with rows; budget 500 ms after unlock. Baseline: a bare
  QTableView over a model reading the same first page with raw sqlcipher3, from the key
  on. The peak RSS is reported for the whole process and since unlock (Argon2id's 256 MiB
  buffer, freed once the key is derived, left out); the 250 MB budget is for the latter.
* ``ui_open_case``: ``open_case`` of the case with the longest timeline until painted;
  baseline the ``get_case`` service alone; budget 300 ms (first open and later opens).
* ``ui_search``: a rare and a common term typed into the search box, in "Alle zaken";
  ``.app`` is from the end of the 250 ms typing pause to the list repainted (budget
  200 ms), ``.typed`` from the last key (pause included), ``.counted`` until the total
  "N zaken" is there (counted in the thread pool after a full page); baseline the raw
  page query.
  Opening and searching are also measured at 1,000,000 cases when that dataset is there,
  with the same two words. The Te doen page is left unfilled there (``ui_probe_work``).

The large dataset is measured when it is built (``benchmarks.dataset.ensure_large``);
``--only ui_case_list_large`` builds it first (about 30 minutes, 13 GB). The children use
a bytecode cache (``PYTHONPYCACHEPREFIX`` in the temporary directory), as an installed
application has, and one untimed run first. ``BENCH_UI_PROFILE=PREFIX`` makes them write
cProfile files ``PREFIX.<part>.prof`` of the timed parts (their times then include the
profiler's overhead).
"""

from __future__ import annotations

import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from benchmarks import dataset as datasets
from benchmarks.dataset import Dataset
from benchmarks.timing import Group, Record, Selection, record

ROOT = Path(__file__).resolve().parent.parent
START_REPEAT = 7
LIST_REPEAT = 5
USER = "directie"  # sees every case
LETTER_MODULES = ("reportlab", "docx")
HEAVY_SHOWN = ("reportlab", "docx", "sqlalchemy", "alembic", "pydantic", "casemanager.store")
START_BUDGET = Record("1 s budget", 1000.0)
LIST_BUDGET = Record("500 ms budget", 500.0)
OPEN_BUDGET = Record("300 ms budget", 300.0)
SEARCH_BUDGET = Record("200 ms budget", 200.0)
MEMORY_BUDGET = Record("250 MB budget", 250.0, unit="MB")


def run(dataset: Dataset, selection: Selection) -> list[Record]:
    def wants(measurement: str) -> bool:
        return selection.wants(GROUP.name, measurement)

    records: list[Record] = []
    with _child_environment() as env:
        if wants("ui_start"):
            records += bench_start(dataset, env)
        sizes = [("100k", dataset, wants("ui_case_list"))]
        large = large_dataset(selection)
        if large is not None:
            sizes.append(("1m", large, wants("ui_case_list_large")))
        for size, data, list_wanted in sizes:
            work = {"open_case": wants("ui_open_case"), "search": wants("ui_search")}
            try:
                if list_wanted:
                    records += bench_list(size, data, env)
                if any(work.values()):
                    records += bench_work(size, data, env, work)
            except RuntimeError as error:  # a child that crashed: its records are missing
                print(f"  FAILED: {error}")
    return records


def large_dataset(selection: Selection) -> Dataset | None:
    """The 1,000,000-case dataset: built when ``ui_case_list_large`` is asked for by name,
    else used only when it is already built."""
    if "ui_case_list_large" in selection.only:
        return datasets.ensure_large()
    if not selection.wants(GROUP.name, "ui_case_list_large"):
        return None
    reason = datasets.stale_reason(datasets.LARGE_FILES)
    if reason is None:
        return datasets.ensure_large()
    print(
        f"ui: 1,000,000 cases not measured ({reason}); `python -m benchmarks --only "
        "ui_case_list_large` builds that dataset first (about 30 minutes, 13 GB)"
    )
    return None


# --- the child processes ---------------------------------------------------------------------


@contextlib.contextmanager
def _child_environment() -> Iterator[dict[str, str]]:
    """Offscreen Qt, fresh settings (QSettings) and a bytecode cache of their own."""
    with tempfile.TemporaryDirectory(prefix="casemanager-ui-bench-") as home:
        env = dict(os.environ)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            XDG_CONFIG_HOME=str(Path(home, "config")),
            PYTHONPYCACHEPREFIX=str(Path(tempfile.gettempdir(), "casemanager-ui-bench-pyc")),
        )
        yield env


def probe(env: dict[str, str], scenario: str, args: dict[str, Any] | None = None) -> dict:
    """Run one scenario in a fresh process; its result, with ``wall_ms`` when it reports
    the wall clock of its moment: that moment minus the moment the process was started."""
    args = dict(args or {})
    if prefix := os.environ.get("BENCH_UI_PROFILE"):
        args["profile"] = f"{prefix}.{scenario}"
    command = [sys.executable, "-m", "benchmarks.ui_probe", scenario, json.dumps(args)]
    started = time.time()
    done = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=3600, check=False
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    if not lines:
        tail = "\n".join(done.stderr.strip().splitlines()[-15:])
        raise RuntimeError(f"ui_probe {scenario} failed (exit {done.returncode}):\n{tail}")
    result: dict[str, Any] = json.loads(lines[-1].removeprefix("RESULT "))
    if "wall" in result:
        result["wall_ms"] = (result["wall"] - started) * 1000
    return result


def repeated(env: dict[str, str], scenario: str, args: dict[str, Any], times: int) -> dict:
    """``times`` timed runs after one untimed run: the median of every number, the last run
    for everything else."""
    probe(env, scenario, args)
    runs = [probe(env, scenario, args) for _ in range(times)]
    found = dict(runs[-1])
    for key, value in runs[0].items():
        if isinstance(value, int | float) and not isinstance(value, bool):
            found[key] = statistics.median(run[key] for run in runs)
    return found


def _login(data: Dataset) -> dict[str, Any]:
    return {"path": str(data.dossier_path), "user": USER, "password": data.password}


# --- measurements ----------------------------------------------------------------------------


def budget(name: str, value: float, limit: Record) -> Record:
    return record(f"{name}_vs_budget", value, unit=limit.unit, baseline=limit, target=_one(limit))


def _one(limit: Record) -> str:
    return f"<= 1x {limit.name}"


def bench_start(data: Dataset, env: dict[str, str]) -> list[Record]:
    print(f"measuring ui_start: process start to the unlock dialog painted ({START_REPEAT} runs)")
    bare = repeated(env, "bare_start", {}, START_REPEAT)
    app = repeated(env, "start", {"path": str(data.dossier_path)}, START_REPEAT)
    letters = [name for name in LETTER_MODULES if name in app["loaded"]]
    print(
        f"  loaded when the dialog is painted: {', '.join(app['loaded']) or 'none'} of "
        f"{', '.join(HEAVY_SHOWN)}; {app['modules']} modules; letter modules "
        f"{'LOADED: ' + ', '.join(letters) if letters else 'not loaded'}"
    )
    bare_rec = record("ui_start.bare_qlabel", bare["wall_ms"])
    bare_rss = record("ui_start.bare_qlabel.peak_rss", bare["peak_mb"], unit="MB")
    return [
        bare_rec,
        record("ui_start.unlock_dialog", app["wall_ms"], baseline=bare_rec),
        budget("ui_start.unlock_dialog", app["wall_ms"], START_BUDGET),
        record("ui_start.letter_modules_loaded", len(letters), unit="modules"),
        bare_rss,
        record("ui_start.peak_rss", app["peak_mb"], unit="MB", baseline=bare_rss),
    ]


def bench_list(size: str, data: Dataset, env: dict[str, str]) -> list[Record]:
    cases = data.manifest["counts"]["case_file"]
    print(f"measuring ui_case_list.{size}: unlock to the case list painted, {cases:,} cases")
    bare = repeated(env, "bare_list", _login(data), LIST_REPEAT)
    app = repeated(env, "list", _login(data), LIST_REPEAT)
    same = app["first_ids"] == bare["first_ids"]
    print(
        f"  {app['fetched']} rows fetched of {app['total']:,} open cases; Argon2id "
        f"{app['argon2_ms']:.0f} ms of {app['unlock_ms']:.0f} ms unlock; MainWindow built "
        f"{app['window_ms']:.0f} ms after unlock; loaded then: {', '.join(app['loaded'])}; "
        f"{'same first rows as the bare table' if same else 'WARNING: rows differ from bare'}"
    )
    name = f"ui_case_list.{size}"
    bare_rec = record(f"{name}.bare", bare["after_key_ms"])
    bare_peak = record(f"{name}.bare.peak_rss", bare["peak_mb"], unit="MB")
    bare_after = record(
        f"{name}.bare.peak_rss_after_unlock", bare["after_unlock_peak_mb"], unit="MB"
    )
    after = app["after_unlock_peak_mb"]
    return [
        record(f"{name}.argon2", app["argon2_ms"]),
        record(f"{name}.unlock", app["unlock_ms"]),
        record(f"{name}.main_window", app["window_ms"]),
        bare_rec,
        record(f"{name}.after_unlock", app["after_unlock_ms"], baseline=bare_rec),
        budget(f"{name}.after_unlock", app["after_unlock_ms"], LIST_BUDGET),
        record(f"{name}.rows", app["fetched"], unit="rows"),
        bare_peak,
        record(f"{name}.peak_rss", app["peak_mb"], unit="MB", baseline=bare_peak),
        bare_after,
        record(f"{name}.peak_rss_after_unlock", after, unit="MB", baseline=bare_after),
        budget(f"{name}.peak_rss_after_unlock", after, MEMORY_BUDGET),
    ]


def bench_work(size: str, data: Dataset, env: dict[str, str], work: dict) -> list[Record]:
    print(f"measuring ui_open_case / ui_search.{size}: in the main window, as {USER}")
    same_words = size != "100k"  # the words the "cases" group picks in the 100k dataset
    found = probe(env, "work", {**_login(data), **work, "same_words": same_words})
    records: list[Record] = []
    print(f"  Te doen holds {found['todo_deadlines']:,} deadlines (not shown: ui_probe_work)")
    if opened := found.get("open_case"):
        name = f"ui_open_case.{size}"
        print(
            f"  case {opened['case_id']} ({opened['timeline_entries']} timeline entries): "
            f"first open {opened['first_ms']:.0f} ms (widget built in "
            f"{opened['first_build_ms']:.0f} ms), later opens {opened['open_ms']:.0f} ms"
        )
        service = record(f"{name}.get_case", opened["service_ms"])
        records += [service]
        for kind, key in (("first", "first_ms"), ("repeat", "open_ms")):
            records += [
                record(f"{name}.{kind}", opened[key], baseline=service),
                budget(f"{name}.{kind}", opened[key], OPEN_BUDGET),
            ]
    for kind, searched in found.get("search", {}).items():
        name = f"ui_search.{size}.{kind}"
        print(
            f"  '{searched['term']}' ({searched['cases']:,} cases): {searched['fetched']} rows "
            f"of {searched['total']:,}; reload {searched['reload_ms']:.0f} ms, painted "
            f"{searched['app_ms']:.0f} ms after the pause, {searched['typed_ms']:.0f} ms "
            f"after the last key (typing took {searched['keys_ms']:.0f} ms); the total "
            f"{searched['counted_ms']:.0f} ms after the pause"
        )
        raw = record(f"{name}.raw", searched["raw_ms"])
        records += [
            raw,
            record(f"{name}.app", searched["app_ms"], baseline=raw),
            budget(f"{name}.app", searched["app_ms"], SEARCH_BUDGET),
            record(f"{name}.typed", searched["typed_ms"]),
            record(f"{name}.counted", searched["counted_ms"]),
        ]
    return records


GROUP = Group(
    name="ui",
    measurements=("ui_start", "ui_case_list", "ui_case_list_large", "ui_open_case", "ui_search"),
    run=run,
)
