"""Signing in: the dossier, the username and the password; the Argon2 work runs off the UI
thread while a busy bar moves. Every failure gets the same sentence as in the CLI, in the
application's language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casemanager.demo_login import ACCOUNTS as DEMO_ACCOUNTS
from casemanager.demo_login import DEFAULT_PASSWORD
from ui import settings
from ui.look import icon
from ui.tasks import error_text, run_task


class UnlockDialog(QDialog):
    """``dossier`` holds the opened Dossier after ``exec()`` returns Accepted."""

    opened = Signal(object)

    def __init__(self, path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Casemanager — aanmelden"))
        self.setWindowIcon(icon("lock"))
        self.setMinimumWidth(460)
        self.dossier: Any = None  # the opened casemanager.store.dossier.Dossier
        self.path = Path(path) if path else None

        title = QLabel(self.tr("Aanmelden"))
        title.setObjectName("pageTitle")
        self.file_label = QLabel()
        self.file_label.setObjectName("hint")
        self.file_label.setWordWrap(True)
        other = QPushButton(self.tr("Ander dossier…"))
        other.setAutoDefault(False)
        other.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(other)

        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Gebruikersnaam"), self.username)
        form.addRow(self.tr("Wachtwoord"), self.password)

        self.demo_hint = QLabel()
        self.demo_hint.setObjectName("demoHint")
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.busy = busy_bar()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Aanmelden"))
        self.ok.setDefault(True)
        stop = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        stop.setText(self.tr("Stoppen"))
        # Focus moves to Stoppen while the fields are disabled; an auto-default button would
        # then become the default, and Enter after a wrong password would quit.
        stop.setAutoDefault(False)
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(file_row)
        layout.addLayout(form)
        layout.addWidget(self.demo_hint)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self._show_path()

    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Dossier openen"), str(self.path.parent if self.path else Path.home()),
            self.tr("Dossiers (*.casedb)"),
        )  # fmt: skip
        if chosen:
            self.path = Path(chosen)
            self._show_path()

    def sign_in(self) -> None:
        if self.path is None:
            self.message.setText(self.tr("Kies eerst het dossier waarin u wilt werken."))
            return
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self.message.setText(self.tr("Vul uw gebruikersnaam en wachtwoord in."))
            return
        self._set_busy(True)
        path = self.path
        run_task(self, lambda: open_dossier(path, username, password), self._opened,
                 on_error=self._failed)  # fmt: skip

    def _opened(self, dossier: Any) -> None:
        self._set_busy(False)
        self.dossier = dossier
        settings.remember_dossier(dossier.path, dossier.actor.username)
        self.opened.emit(dossier)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        show_failure(self.message, self.password, error)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.ok.setEnabled(not busy)
        self.username.setEnabled(not busy)
        self.password.setEnabled(not busy)
        if busy:
            self.message.clear()
        else:
            self.ok.setDefault(True)

    def _show_path(self) -> None:
        if self.path is None:
            self.file_label.setText(self.tr("Nog geen dossier gekozen."))
            self.demo_hint.hide()
            return
        self.file_label.setText(self.tr("Dossier: {0}").format(self.path))
        remembered = settings.last_username(self.path)
        if remembered and not self.username.text():
            self.username.setText(remembered)
        demo = settings.is_demo(self.path)
        self.demo_hint.setVisible(demo)
        if demo:
            self.demo_hint.setText(
                self.tr(
                    "Dit is het demodossier met een verzonnen school. Meld u aan met een van de "
                    "accounts {0}; het wachtwoord is voor alle accounts: {1}"
                ).format(", ".join(DEMO_ACCOUNTS), DEFAULT_PASSWORD)
            )
        (self.password if self.username.text() else self.username).setFocus()


def open_dossier(path: Path, username: str, password: str) -> Any:
    """Runs in the worker thread; the store (SQLAlchemy, Alembic, pydantic) is imported here,
    so the dialog itself appears before those are loaded."""
    from casemanager.store.dossier import Dossier

    return Dossier.open(path, username, password)


def busy_bar() -> QProgressBar:
    """Moving, without a percentage, hidden until shown: while the key is derived."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.hide()
    return bar


def show_failure(message: QLabel, password: QLineEdit, error: BaseException) -> None:
    """The service's sentence, and the password ready to be typed again."""
    message.setText(error_text(error))
    password.selectAll()
    password.setFocus()
