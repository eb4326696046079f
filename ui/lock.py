"""Locking: after an idle time or on Ctrl+L the window's content is hidden, the dossier's
connections are closed and its key let go; the same user unlocks with their password.

The screens stay alive behind the lock (only hidden), so whatever was being typed is there
again after unlocking. Open dialogs are hidden with the window and shown again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.look import icon
from ui.tasks import run_task
from ui.unlock import busy_bar, open_dossier, show_failure

ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
}  # fmt: skip


class IdleWatcher(QObject):
    """Emits ``idle`` after ``minutes`` without keyboard or mouse input in any window.

    It watches the application's windows (QWindow), where all input arrives first, rather
    than every object: an application-wide event filter runs Python for each of the
    thousands of paint and layout events of a new screen (35 ms on opening a case). A
    window is watched from the moment it is there or gets the focus (a new dialog).
    """

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse one may run 5% late
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._focus_moved)
            for window in app.topLevelWindows():
                self.watch(window)

    def watch(self, window: QWindow) -> None:
        """Count input to ``window`` as activity (installing twice installs once)."""
        window.installEventFilter(self)

    def _focus_moved(self, window: QWindow | None) -> None:
        if window is not None:
            self.watch(window)
            self._active()

    def _active(self) -> None:
        if self.timer.isActive():
            self.timer.start()

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(int(minutes * 60_000))
        self.timer.start()

    def set_interval_ms(self, milliseconds: int) -> None:
        """For tests: a short idle time."""
        self.timer.setInterval(milliseconds)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self._active()
        return False

    def pause(self) -> None:
        self.timer.stop()

    def resume(self) -> None:
        self.timer.start()


class LockScreen(QWidget):
    """Shown instead of the window's content while the dossier is locked."""

    unlocked = Signal(object)  # the reopened Dossier

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.path: Path | None = None
        self.username = ""
        card = QFrame()
        card.setObjectName("lockCard")
        card.setMaximumWidth(440)
        symbol = QLabel()
        symbol.setPixmap(icon("lock").pixmap(48, 48))
        symbol.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(self.tr("Het dossier is vergrendeld"))
        self.title.setObjectName("pageTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.password = QLineEdit()
        self.password.setObjectName("lockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Wachtwoord"))
        self.password.returnPressed.connect(self.try_unlock)
        self.button = QPushButton(icon("unlock"), self.tr("Ontgrendelen"))
        self.button.setProperty("primary", True)
        self.button.clicked.connect(self.try_unlock)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.busy = busy_bar()
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        for widget in (symbol, self.title, self.who, self.password, self.button, self.busy,
                       self.message):  # fmt: skip
            inner.addWidget(widget)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def prepare(self, path: Path, username: str, display_name: str) -> None:
        self.path, self.username = path, username
        self.who.setText(
            self.tr("Alleen {0} ({1}) kan het dossier weer openen. Uw werk staat klaar.").format(
                display_name, username
            )
        )
        self.password.clear()
        self.message.clear()
        self.password.setFocus()

    def try_unlock(self) -> None:
        password = self.password.text()
        if not password or self.path is None:
            self.message.setText(self.tr("Vul uw wachtwoord in."))
            return
        self._busy(True)
        path, username = self.path, self.username
        run_task(self, lambda: open_dossier(path, username, password), self._done,
                 on_error=self._failed)  # fmt: skip

    def _done(self, dossier: Any) -> None:
        self._busy(False)
        self.password.clear()
        self.unlocked.emit(dossier)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        show_failure(self.message, self.password, error)

    def _busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.button.setEnabled(not busy)
        self.password.setEnabled(not busy)
