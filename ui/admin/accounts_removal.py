"""Removing an account, and replacing the dossier's key afterwards (``rotate-key``).

A removed account's key slot is deleted at once, so its password opens nothing. But the
person may have kept a copy of the dossier's data key (an old key-slot file, a copied
dossier): only a new data key makes such a copy worthless. That is what "Sleutel
vervangen" does, in the background, while a window says to wait.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from casemanager.accounts import AccountInfo, remove_account
from casemanager.errors import CaseManagerError
from casemanager.store.rotate import rotate_key
from ui.context import AppContext, Locked
from ui.tasks import Task, run_task, show_error

YES = QMessageBox.StandardButton.Yes
NO = QMessageBox.StandardButton.No


class AccountRemoval(QObject):
    """Asks, removes, offers the new key and replaces it. ``changed`` follows a removal;
    ``rotated`` carries the new key's fingerprint once the dossier is re-encrypted."""

    changed = Signal()
    rotated = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.owner = parent
        self.task: Task | None = None
        self.progress: QProgressDialog | None = None

    def remove(self, account: AccountInfo) -> bool:
        """Confirm, remove through the service, then offer the new key. True if removed."""
        who = f"{account.display_name} ({account.username})"
        answer = QMessageBox.question(
            self.owner,
            self.tr("Account verwijderen"),
            self.tr(
                "Het account van %s verwijderen?\n\n%s kan daarna niet meer aanmelden. "
                "Besluiten, brieven en het auditlog blijven de naam noemen bij wat deze persoon "
                "deed. Verwijderen kan niet ongedaan worden gemaakt; wie later terugkomt, krijgt "
                "een nieuw account met een andere gebruikersnaam."
            )
            % (who, account.display_name),
            YES | NO,
            NO,
        )
        if answer != YES:
            return False
        try:
            self.ctx.call(remove_account, account.username)
        except (CaseManagerError, Locked) as error:
            if isinstance(error, CaseManagerError):
                show_error(self.owner, error)
            return False
        self.changed.emit()
        self.offer_new_key(account.display_name)
        return True

    def offer_new_key(self, removed_name: str = "") -> None:
        """Explain why the key should be replaced, and do it when the beheerder agrees."""
        first = (
            self.tr("Het account van %s is verwijderd: het wachtwoord opent niets meer.")
            % removed_name
            if removed_name
            else self.tr("Na het verwijderen van een account hoort het dossier een nieuwe sleutel.")
        )
        answer = QMessageBox.question(
            self.owner,
            self.tr("Sleutel vervangen"),
            first
            + "\n\n"
            + self.tr(
                "Wie ooit toegang had, kan nog een kopie van de oude sleutel van het dossier "
                "hebben, bijvoorbeeld in een oud sleutelbestand. Met een nieuwe sleutel opent "
                "zo'n kopie het dossier niet meer. De andere gebruikers merken er niets van: hun "
                "wachtwoorden blijven hetzelfde.\n\n"
                "Het vervangen duurt bij een groot dossier een paar minuten. Vraag collega's het "
                "programma zolang te sluiten.\n\nDe sleutel nu vervangen?"
            ),
            YES | NO,
            YES,
        )
        if answer == YES:
            self.replace_key()

    def replace_key(self, on_done: Callable[[str], None] | None = None) -> Task | None:
        """Re-encrypt the dossier under a new key in the background."""
        if self.task is not None:
            return self.task
        try:
            dossier = self.ctx.dossier
        except Locked:
            return None
        progress = QProgressDialog(
            self.tr("Het dossier wordt opnieuw versleuteld met een nieuwe sleutel. Even geduld…"),
            "",
            0,
            0,
            self.owner,
        )
        progress.setWindowTitle(self.tr("Sleutel vervangen"))
        progress.setCancelButton(None)  # stopping halfway is not possible
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()
        self.progress = progress

        def done(fingerprint: str) -> None:
            self._finished()
            QMessageBox.information(
                self.owner,
                self.tr("Sleutel vervangen"),
                self.tr(
                    "Het dossier heeft een nieuwe sleutel (vingerafdruk %s). Oude kopieën van "
                    "de sleutel openen het niet meer.\n\nMaak nu een nieuwe back-up: een oudere "
                    "back-up blijft met de oude sleutel en de oude wachtwoorden te openen."
                )
                % fingerprint[:16],
            )
            self.rotated.emit(fingerprint)
            if on_done is not None:
                on_done(fingerprint)

        def failed(error: BaseException) -> None:
            self._finished()
            show_error(self.owner, error)

        self.task = run_task(self.owner, lambda: rotate_key(dossier), done, on_error=failed)
        return self.task

    def _finished(self) -> None:
        self.task = None
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
