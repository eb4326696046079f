"""The child process of the "ui" group: ``python -m benchmarks.ui_probe SCENARIO [JSON]``.

Started by ``benchmarks.ui_bench`` with ``QT_QPA_PLATFORM=offscreen``, one scenario per
process, so imports and memory are those of a fresh application. It prints one line
``RESULT {...}`` (JSON): times it took itself with ``time.perf_counter()`` (ms), the wall
clock (``time.time()``) of the moment that matters, for the parent to subtract the moment it
started the process, and the peak RSS (VmHWM) in MB.

"Painted" is the first paint event of a watched widget once the wanted state is reached,
timed in the next pass of the event loop, when the painting of that window is done.

Scenarios: ``start`` (process start to the unlock dialog painted), ``list`` (unlock, then
the case table painted), ``work`` (opening a case and searching: ``ui_probe_work``), and
the baselines ``bare_start`` and ``bare_list`` (``ui_probe_bare``). Only the standard
library and QtCore are imported before a scenario starts.
"""

from __future__ import annotations

import contextlib
import cProfile
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

HEAVY = ("reportlab", "docx", "sqlalchemy", "alembic", "pydantic", "casemanager.store")


def peak_mb() -> float:
    """The peak RSS so far (since the last ``reset_peak``), in MB: VmHWM, as ``ru_maxrss``
    would also count the parent's RSS at the fork before this process was started."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024 / 1e6
    raise RuntimeError("no VmHWM in /proc/self/status")


def reset_peak() -> None:
    """Start the peak RSS again from the current RSS (Linux: ``clear_refs`` 5), so that
    Argon2id's 256 MiB, freed when the key is derived, is not in the peak after unlock."""
    with open("/proc/self/clear_refs", "w") as refs:
        refs.write("5")


def ms(start: float, end: float) -> float:
    return (end - start) * 1000


def emit(**values: Any) -> None:
    print("RESULT " + json.dumps(values), flush=True)


class PaintWatch(QObject):
    """Waits for the first paint of an object ``accept`` takes while ``ready()`` holds."""

    def __init__(
        self,
        watched: QObject,
        accept: Callable[[QObject], bool] = lambda _w: True,
        ready: Callable[[], bool] = lambda: True,
        on_done: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        self.watched, self.accept, self.ready, self.on_done = watched, accept, ready, on_done
        self.painted_at: float | None = None
        self.wall_at = 0.0
        self._seen = False
        self._loop = QEventLoop()
        self._guard = QTimer(self, singleShot=True)
        self._guard.timeout.connect(self._loop.quit)
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self._seen
            and event.type() == QEvent.Type.Paint
            and self.accept(watched)
            and self.ready()
        ):
            self._seen = True
            QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        self.painted_at, self.wall_at = time.perf_counter(), time.time()
        self.watched.removeEventFilter(self)
        self._guard.stop()
        self._loop.quit()
        if self.on_done is not None:
            self.on_done()

    def wait(self, timeout_s: float = 600.0) -> float:
        if self.painted_at is None:
            self._guard.start(int(timeout_s * 1000))
            self._loop.exec()
        if self.painted_at is None:
            raise TimeoutError(f"nothing painted within {timeout_s:.0f} s")
        return self.painted_at


@contextlib.contextmanager
def profiled(args: dict[str, Any], part: str) -> Iterator[None]:
    """cProfile around the timed part when the parent asked for it (``profile`` = a path)."""
    target = args.get("profile")
    if not target:
        yield
        return
    profile = cProfile.Profile()
    profile.enable()
    try:
        yield
    finally:
        profile.disable()
        profile.dump_stats(f"{target}.{part}.prof")


def finish(code: int = 0) -> None:
    """Leave without Qt's and Python's teardown (its time and its crashes are not measured)."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


# --- process start to the first window ------------------------------------------------------


def start(args: dict[str, Any]) -> None:
    """As ``casemanager start PATH``: ``ui.app.run`` until the unlock dialog is painted."""
    began = time.perf_counter()
    from PySide6.QtWidgets import QWidget

    from ui.app import make_application, run
    from ui.unlock import UnlockDialog

    app = make_application()
    dialogs: list[QWidget] = []

    def accept(widget: QObject) -> bool:
        if isinstance(widget, QWidget) and isinstance(widget.window(), UnlockDialog):
            dialogs.append(widget.window())
            return True
        return False

    def done() -> None:
        loaded = [name for name in HEAVY if name in sys.modules]
        emit(
            wall=watch.wall_at,
            since_main_ms=ms(began, watch.painted_at or 0.0),
            loaded=loaded,
            modules=len(sys.modules),
            peak_mb=peak_mb(),
        )
        dialogs[-1].reject()

    watch = PaintWatch(app, accept, on_done=done)
    run(Path(args["path"]))
    finish()


# --- unlock to the case list ----------------------------------------------------------------


def open_window(args: dict[str, Any]) -> tuple[Any, dict[str, float]]:
    """Unlock as ``ui.unlock`` does (the Argon2 part timed apart), then the main window on
    the case list, until its table is painted with rows: ``(window, times)``."""
    from casemanager.keyslots import KeySlotFile
    from ui.app import make_application
    from ui.unlock import open_dossier

    make_application()
    argon2: list[float] = []
    derive = KeySlotFile.unlock_with_password

    def timed(self: KeySlotFile, *a: Any, **kw: Any) -> bytes:
        begun = time.perf_counter()
        try:
            return derive(self, *a, **kw)
        finally:
            argon2.append(ms(begun, time.perf_counter()))

    KeySlotFile.unlock_with_password = timed  # type: ignore[method-assign]
    began = time.perf_counter()
    dossier = open_dossier(Path(args["path"]), args["user"], args["password"])
    unlocked = time.perf_counter()
    KeySlotFile.unlock_with_password = derive  # type: ignore[method-assign]
    unlock_peak = peak_mb()
    reset_peak()
    with profiled(args, "list"):
        from ui.context import AppContext
        from ui.main_window import MainWindow

        window = MainWindow(AppContext(dossier))
        window.show()
        window.show_part("cases")
        built = time.perf_counter()
        page = window.case_list
        viewport = page.table.viewport()
        watch = PaintWatch(viewport, lambda w: w is viewport, lambda: page.model.rowCount() > 0)
        painted = watch.wait()
    times = {
        "argon2_ms": sum(argon2),
        "unlock_ms": ms(began, unlocked),
        "window_ms": ms(unlocked, built),
        "after_unlock_ms": ms(unlocked, painted),
        "unlock_peak_mb": unlock_peak,
    }
    return window, times


def close_window(window: Any) -> None:
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()  # the Te doen page reads in a worker thread
    window.close()  # locks the dossier: every connection closed


def case_list(args: dict[str, Any]) -> None:
    window, times = open_window(args)
    after = peak_mb()
    model = window.case_list.model
    first = [model.case_id(row) for row in range(min(model.fetched, 20))]
    emit(
        **times,
        peak_mb=max(after, times["unlock_peak_mb"]),
        after_unlock_peak_mb=after,
        loaded=[name for name in HEAVY if name in sys.modules],
        fetched=model.fetched,
        total=model.total(),
        first_ids=first,
    )
    close_window(window)
    finish()


def main() -> None:
    scenario = sys.argv[1]
    args = json.loads(sys.argv[2]) if len(sys.argv) > 2 else {}
    if scenario == "work":
        from benchmarks.ui_probe_work import work as run
    elif scenario in ("bare_start", "bare_list"):
        from benchmarks import ui_probe_bare

        run = getattr(ui_probe_bare, scenario)
    else:
        run = {"start": start, "list": case_list}[scenario]
    run(args)


if __name__ == "__main__":
    main()
