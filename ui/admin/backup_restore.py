"""Putting a backup back: the dialog that explains what happens and asks the password, and
the run itself.

The backup is checked first, while the dossier stays open (``check_backup``: the password
opens it, the user is a beheerder in it, it verifies), so a typing error costs nothing.
Only then is the dossier closed (``ctx.lock()``: the restore needs the file free) and
``store.restore`` puts the backup in place, moving the current dossier aside. Should that
fail, the unchanged dossier is opened again with the same password.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from casemanager.store.backup import BackupCheck, check_backup
from casemanager.store.restore import restore
from ui.cases.form_widgets import WrapLabel, error_label, hint_label, primary, set_error
from ui.context import AppContext, Locked
from ui.core_text import tr
from ui.tasks import error_text, run_task
from ui.unlock import open_dossier


class RestoreDialog(QDialog):
    """Explains, asks the password and checks the backup; ``confirmed`` once it may go."""

    confirmed = Signal(Path, str)  # the backup file, the password that opens it

    def __init__(self, ctx: AppContext, backup: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.backup = backup
        self.checking = False
        self.setWindowTitle(self.tr("Back-up terugzetten"))
        self.setMinimumWidth(560)
        aside = f"{ctx.dossier_path.stem}.voor-herstel-…{ctx.dossier_path.suffix}"
        intro = WrapLabel(
            self.tr(
                "<p>U zet deze back-up terug:<br><b>{backup}</b></p>"
                "<p>Wat er gebeurt:</p><ul>"
                "<li>Het dossier dat nu open is, wordt <b>niet gewist</b>. Het blijft met "
                "zijn sleutelbestand in dezelfde map staan, onder de naam {aside}.</li>"
                "<li>Wat na het maken van de back-up is vastgelegd, staat daarna alleen in "
                "dat opzijgezette dossier.</li>"
                "<li>Het programma sluit het dossier, zet de back-up terug en vraagt u "
                "opnieuw aan te melden.</li></ul>"
            ).format(backup=html.escape(str(backup)), aside=html.escape(aside))
        )
        intro.setObjectName("restoreIntro")
        self.password = QLineEdit(objectName="restorePassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.textChanged.connect(lambda: set_error(self.error, "", self.password))
        form = QFormLayout()
        form.addRow(self.tr("Uw wachtwoord:"), self.password)
        note = hint_label(
            self.tr(
                "Het wachtwoord van {user} zoals het gold toen de back-up werd gemaakt."
            ).format(user=ctx.actor.username)
        )
        form.addRow("", note)
        self.error = error_label("restoreError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = primary(self.buttons.button(QDialogButtonBox.StandardButton.Ok))
        self.ok.setText(self.tr("Terugzetten"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.password.setFocus()

    def submit(self) -> None:
        if self.checking:
            return
        password = self.password.text()
        if not password:
            set_error(self.error, self.tr("Vul uw wachtwoord in."), self.password)
            return
        try:
            dossier, path = self.ctx.dossier, self.backup
        except Locked:
            return
        self._set_checking(True)
        run_task(
            self,
            lambda: check_backup(dossier, path, password),
            lambda check: self._checked(check, password),
            on_error=self._failed,
            progress_title=self.tr("Back-up controleren…"),
        )

    def _checked(self, check: BackupCheck, password: str) -> None:
        self._set_checking(False)
        if not check.same_dossier:
            answer = QMessageBox.question(
                self,
                self.tr("Ander dossier"),
                self.tr(
                    "Deze back-up hoort bij een ander dossier dan het dossier dat nu open is. "
                    "Het huidige dossier wordt opzijgezet, niet gewist. Toch terugzetten?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.confirmed.emit(check.path, password)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_checking(False)
        set_error(self.error, error_text(error), self.password)

    def _set_checking(self, checking: bool) -> None:
        self.checking = checking
        self.ok.setEnabled(not checking)
        self.password.setEnabled(not checking)


def run_restore(
    parent: QWidget,
    ctx: AppContext,
    backup: Path,
    password: str,
    finished: Callable[[Path, bool, bool], None],
) -> None:
    """Close the dossier and put ``backup`` in its place, in the thread pool; then say what
    happened and call ``finished(dossier path, restored, closed)``: ``closed`` when the
    dossier stays closed (after a restore, or when it could not be opened again)."""
    dossier_path, username = ctx.dossier_path, ctx.actor.username
    ctx.lock()

    def restored(moved_to: Path | None) -> None:
        text = tr("De back-up is teruggezet op {path}.").format(path=dossier_path)
        if moved_to:
            aside = tr("Het dossier dat open was, staat nu op {path} (niet gewist).")
            text += " " + aside.format(path=moved_to)
        again = tr("Meld u opnieuw aan om verder te werken.")
        QMessageBox.information(parent, tr("Back-up teruggezet"), f"{text}\n\n{again}")
        finished(dossier_path, True, True)

    def not_restored(error: BaseException, reopened: bool) -> None:
        after = (
            tr("Het dossier is niet veranderd en weer geopend; u kunt verder werken.")
            if reopened
            else tr("Het dossier is niet veranderd, maar wel gesloten. Meld u opnieuw aan.")
        )
        QMessageBox.warning(
            parent, tr("Back-up niet teruggezet"), f"{error_text(error)}\n\n{after}"
        )
        finished(dossier_path, False, not reopened)

    def reopen(error: BaseException) -> None:
        def reopened(dossier: Any) -> None:
            ctx.unlock(dossier)
            not_restored(error, True)

        run_task(
            parent,
            lambda: open_dossier(dossier_path, username, password),
            reopened,
            on_error=lambda _again: not_restored(error, False),
        )

    run_task(
        parent,
        lambda: restore(backup, dossier_path, username, password, force=True),
        restored,
        on_error=reopen,
        progress_title=tr("Back-up terugzetten…"),
    )
