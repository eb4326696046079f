"""Running service calls off the UI thread: the one helper every screen uses.

``run_task`` hands a function to Qt's thread pool and calls back on the UI thread with the
result or the error. A function that is a generator of ``Progress`` (the demo, an import,
printing a batch) drives a progress dialog with a cancel button. Errors from the services
are sentences for the user, shown in the application's language (``ui.core_text``);
anything else is shown as an unexpected error.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Iterator
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from casemanager.errors import CaseManagerError
from casemanager.progress import Progress
from ui import core_text


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.cancelled = False
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
            if isinstance(result, Iterator):
                result = self._drain(result)
        except BaseException as error:
            error.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.signals.failed.emit(error)
            return
        self.signals.done.emit(result)

    def _drain(self, steps: Iterator[Any]) -> Any:
        while True:
            try:
                step = next(steps)
            except StopIteration as finished:
                return finished.value
            if isinstance(step, Progress):
                self.signals.progress.emit(step)
            if self.cancelled:
                steps.close()
                raise TaskCancelled


class TaskCancelled(Exception):
    """The user pressed Annuleren in the progress dialog."""


class Task(QObject):
    """One running call; keep a reference until it is done (``run_task`` does)."""

    finished = Signal()

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.signals = _Signals()
        self.runnable: _Runnable | None = None

    def cancel(self) -> None:
        if self.runnable is not None:
            self.runnable.cancelled = True


_running: set[Task] = set()


def run_task(
    parent: QWidget | None,
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    *,
    on_error: Callable[[BaseException], None] | None = None,
    progress_title: str | None = None,
) -> Task:
    """Run ``fn`` in the thread pool. ``progress_title`` shows a progress dialog (with
    Annuleren) fed by the Progress items ``fn`` yields; without it nothing is shown."""
    # the task is not a child of ``parent``: a screen closed while its work runs must not
    # take the task with it; its callbacks are skipped instead
    task = Task(None)
    dialog = _progress_dialog(parent, progress_title, task) if progress_title else None

    def finish() -> None:
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.reset()
            dialog.deleteLater()
        _running.discard(task)
        task.finished.emit()

    def alive() -> bool:
        return parent is None or shiboken6.isValid(parent)

    def done(result: Any) -> None:
        finish()
        if on_done is not None and alive():
            on_done(result)

    def failed(error: BaseException) -> None:
        finish()
        if isinstance(error, TaskCancelled) or not alive():
            return
        if on_error is not None:
            on_error(error)
        else:
            show_error(parent, error)

    task.signals.done.connect(done, Qt.ConnectionType.QueuedConnection)
    task.signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    if dialog is not None:
        task.signals.progress.connect(
            lambda step: _show_progress(dialog, step), Qt.ConnectionType.QueuedConnection
        )
    task.runnable = _Runnable(fn, task.signals)
    _running.add(task)
    QThreadPool.globalInstance().start(task.runnable)
    return task


def error_text(error: BaseException) -> str:
    if isinstance(error, CaseManagerError):
        return core_text.message(error)
    unexpected = QCoreApplication.translate(
        "tasks",
        "Er ging iets onverwachts mis. Er is niets half opgeslagen. Probeer het opnieuw; "
        "blijft het gebeuren, geef dan deze melding door aan de beheerder:",
    )
    return f"{unexpected}\n\n{error!r}"


def show_error(parent: QWidget | None, error: BaseException) -> None:
    title = QCoreApplication.translate("tasks", "Dat lukte niet")
    QMessageBox.warning(parent, title, error_text(error))


def _progress_dialog(parent: QWidget | None, title: str, task: Task) -> QProgressDialog:
    cancel = QCoreApplication.translate("tasks", "Annuleren")
    dialog = QProgressDialog(title, cancel, 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(task.cancel)
    return dialog


def _show_progress(dialog: QProgressDialog, step: Progress) -> None:
    # a str stage is the screen's own, already in the application's language
    stage = step.stage if isinstance(step.stage, str) else core_text.text(step.stage)
    dialog.setLabelText(stage)
    dialog.setMaximum(max(step.total, 1))
    dialog.setValue(min(step.done, step.total))


def wait_for_tasks(timeout_ms: int = 30_000) -> bool:
    """For tests and shutdown: wait until the pool is idle."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
