"""The ``work`` scenario of ``benchmarks.ui_probe``: with the main window up on the case
list (signed in as in ``open_window``), open a case and search, as a user would.

Opening: ``MainWindow.open_case`` of the case with the longest timeline until the new
CaseViewWidget (or anything in it) is painted; the tab is closed again between repeats.
The first open is reported apart. Baseline: the ``get_case`` service alone (``ctx.call``).

Searching: in "Alle zaken" (every case, as the "cases" group searches), the term is typed
into ``caseSearch`` with ``QTest.keyClicks``; timed until the model was reloaded and the
table (or the "no cases" text) repainted. ``typed_ms`` is from the last key, so it holds
the 250 ms pause the search box waits for; ``app_ms`` is from the moment that pause ends
(the search timer's timer event). Baseline: the same search's page query with raw
sqlcipher3. The terms are those of the "cases" group (``benchmarks.case_scene``); in a
larger dataset the same two words (so they find more cases).

Both start once the Te doen page has its deadlines (read in a worker thread when the window
is made), but they are not put in its tree: with PySide6 6.12.0 on Python 3.11 every
``QTreeWidgetItem.setData``/``setToolTip``/``setForeground`` call takes one reference from
``None``, and directie's 28,832 deadlines at 1,000,000 cases then abort the process
("none_dealloc"), as they abort the application.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool
from PySide6.QtWidgets import QWidget

from benchmarks.ui_probe import PaintWatch, close_window, emit, finish, ms, open_window, profiled

OPEN_REPEAT = 7
SEARCH_REPEAT = 5
RAW_REPEAT = 7
ALL_CASES = 1  # the status filter's "Alle zaken"
LONGEST_TIMELINE = """SELECT case_id, count(*) AS entries FROM timeline_entry
 GROUP BY case_id ORDER BY entries DESC, case_id LIMIT 1"""


def settle() -> None:
    """Let pending layout, paint and deferred deletes happen before the next repeat."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()


def median_ms(fn: Any, repeat: int = RAW_REPEAT) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        fn()
        times.append(ms(began, time.perf_counter()))
    return statistics.median(times)


def open_case(window: Any, case_id: int) -> dict[str, float]:
    """One ``open_case``: until the case view is painted; the tab is closed afterwards."""
    began = time.perf_counter()
    window.open_case(case_id)
    view = window.case_tabs.currentWidget()
    built = time.perf_counter()

    def inside(widget: QObject) -> bool:
        return isinstance(widget, QWidget) and (widget is view or view.isAncestorOf(widget))

    painted = PaintWatch(QCoreApplication.instance(), inside).wait()
    window.case_tabs.tabCloseRequested.emit(window.case_tabs.indexOf(view))
    settle()
    return {"build_ms": ms(began, built), "open_ms": ms(began, painted)}


def bench_open(window: Any, raw: Any, args: dict[str, Any]) -> dict[str, Any]:
    from casemanager.cases.viewing import get_case

    case_id, entries = raw.execute(LONGEST_TIMELINE).fetchone()
    settle()
    with profiled(args, "open_case"):
        first = open_case(window, case_id)
    rest = [open_case(window, case_id) for _ in range(OPEN_REPEAT - 1)]
    service = median_ms(lambda: window.ctx.call(get_case, case_id))
    return {
        "case_id": case_id,
        "timeline_entries": entries,
        "first_ms": first["open_ms"],
        "first_build_ms": first["build_ms"],
        "open_ms": statistics.median(r["open_ms"] for r in rest),
        "build_ms": statistics.median(r["build_ms"] for r in rest),
        "service_ms": service,
    }


class TimerWatch(QObject):
    """The moment the search box's pause ends: the timer event, before ``timeout``."""

    def __init__(self, timer: QObject) -> None:
        super().__init__()
        self.fired_at: float | None = None
        timer.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Timer and self.fired_at is None:
            self.fired_at = time.perf_counter()
        return False


def search_once(window: Any, term: str) -> dict[str, float]:
    from PySide6.QtTest import QTest

    page = window.case_list
    page.filters.clear()
    page.filters.status_combo.setCurrentIndex(ALL_CASES)
    page.focus_search()
    settle()
    loaded: list[float] = []

    def reloaded() -> None:
        loaded.append(time.perf_counter())

    page.model.loaded.connect(reloaded)
    timer = TimerWatch(page.filters.search_timer)
    viewport = page.table.viewport()
    shown = (viewport, page.empty_label)
    watch = PaintWatch(QCoreApplication.instance(), lambda w: w in shown, lambda: bool(loaded))
    began = time.perf_counter()
    QTest.keyClicks(page.search, term)
    typed = time.perf_counter()
    painted = watch.wait()
    page.model.loaded.disconnect(reloaded)
    assert page.search.text() == term and timer.fired_at is not None
    while not page.model.is_counted:  # a full page: the total is counted in the thread pool
        QThreadPool.globalInstance().waitForDone(50)
        QCoreApplication.processEvents()
    return {
        "keys_ms": ms(began, typed),
        "typed_ms": ms(typed, painted),
        "app_ms": ms(timer.fired_at, painted),
        "reload_ms": ms(timer.fired_at, loaded[0]),
        "counted_ms": ms(timer.fired_at, time.perf_counter()),
        "fetched": page.model.fetched,
        "total": page.model.total(),
    }


def bench_search(window: Any, raw: Any, args: dict[str, Any]) -> dict[str, Any]:
    from benchmarks import case_queries as bare
    from benchmarks.case_scene import COMMON, COMMON_CASES, RARE, RARE_CASES, _cases, _term

    found: dict[str, Any] = {}
    for kind, word, wanted in (("rare", RARE, RARE_CASES), ("common", COMMON, COMMON_CASES)):
        if args.get("same_words"):
            term, cases = word, _cases(raw, word)
        else:
            term, cases = _term(raw, word, wanted)
        with profiled(args, f"search_{kind}"):
            runs = [search_once(window, term) for _ in range(SEARCH_REPEAT)]
        ((sql, params),) = bare.list_page(
            (), words=[term], common=bare.is_common(raw, term), today=dt.date.today()
        )
        raw_ms = median_ms(lambda sql=sql, params=params: raw.execute(sql, params).fetchall())
        found[kind] = {
            "term": term,
            "cases": cases,
            **{key: statistics.median(r[key] for r in runs) for key in runs[0]},
            "raw_ms": raw_ms,
        }
    return found


def work(args: dict[str, Any]) -> None:
    from benchmarks.queries import connect_raw
    from ui.todo_page import TodoPage

    def keep_deadlines(page: TodoPage, items: Any, _today: dt.date) -> None:
        page.deadlines = list(items)  # not into the tree: see the module's docstring

    TodoPage.show_deadlines = keep_deadlines  # type: ignore[method-assign]
    window, _times = open_window({k: v for k, v in args.items() if k != "profile"})
    QThreadPool.globalInstance().waitForDone()  # Te doen, read in a worker thread
    settle()
    raw = connect_raw(window.ctx.dossier_path, window.ctx.dossier.keyring.data_key)
    result: dict[str, Any] = {"todo_deadlines": len(window.todo.deadlines)}
    try:
        if args.get("open_case"):
            result["open_case"] = bench_open(window, raw, args)
        if args.get("search"):
            result["search"] = bench_search(window, raw, args)
    finally:
        raw.close()
    emit(**result)
    close_window(window)
    finish()
