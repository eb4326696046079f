"""Dialogs of the accounts page: a new account, and a new password for an account (set by
the beheerder, or with the dossier's recovery key as ``unlock-with-recovery`` does)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from casemanager.account_rules import MIN_PASSWORD_LENGTH
from casemanager.accounts import AccountInfo, add_account, change_password
from casemanager.store.dossier import Dossier
from ui.admin.accounts_roles import RolesEditor
from ui.cases.form_widgets import ServiceDialog, error_label, hint_label, set_error
from ui.context import AppContext, Locked
from ui.tasks import run_task
from ui.wizard import password_strength


class PasswordFields(QObject):
    """A new password twice, with its strength and whether the two are the same; its rows
    go into the dialog's own form, so all labels line up."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.password = QLineEdit(objectName="newPassword")
        self.repeat = QLineEdit(objectName="repeatPassword")
        for field in (self.password, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.textChanged.connect(self._update)
        self.strength = hint_label(name="passwordStrength")
        self.problem = error_label("passwordProblem")
        self._update()

    def add_to(self, form: QFormLayout) -> None:
        form.addRow(self.tr("Nieuw wachtwoord"), self.password)
        form.addRow(self.tr("Nogmaals"), self.repeat)
        form.addRow("", self.strength)
        form.addRow("", self.problem)

    def value(self) -> str:
        return self.password.text()

    def is_valid(self) -> bool:
        text = self.password.text()
        return len(text) >= MIN_PASSWORD_LENGTH and text == self.repeat.text()

    def _update(self) -> None:
        words = (self.tr("te kort (minstens 10 tekens)"), self.tr("redelijk"), self.tr("goed"),
                 self.tr("sterk"))  # fmt: skip
        strength = words[password_strength(self.password.text())]
        self.strength.setText(
            self.tr("Sterkte: %s. Een zin van een paar woorden is sterk en goed te onthouden.")
            % strength
        )
        differs = bool(self.repeat.text()) and self.repeat.text() != self.password.text()
        problem = self.tr("De twee wachtwoorden zijn niet gelijk.") if differs else ""
        set_error(self.problem, problem, self.repeat)


class AddAccountDialog(ServiceDialog):
    """A new account: who, what they may do, and a first password to hand over."""

    def __init__(self, ctx: AppContext, teams: Iterable[str], parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.set_texts(self.tr("Nieuw account"), self.tr("Account toevoegen"))
        self.username = QLineEdit(objectName="username")
        self.username.setPlaceholderText(self.tr("bijvoorbeeld f.yilmaz"))
        self.display_name = QLineEdit(objectName="displayName")
        self.function = QLineEdit(objectName="functionTitle")
        self.function.setPlaceholderText(self.tr("bijvoorbeeld teamleider bovenbouw"))
        self.roles = RolesEditor(teams)
        self.passwords = PasswordFields(self)
        form = QFormLayout()
        form.addRow(self.tr("Gebruikersnaam"), self.username)
        form.addRow(self.tr("Volledige naam"), self.display_name)
        form.addRow(self.tr("Functie"), self.function)
        form.addRow("", hint_label(self.tr("De functie staat onder de naam in brieven.")))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.roles)
        layout.addSpacing(6)
        layout.addWidget(QLabel(self.tr("<b>Eerste wachtwoord</b>")))
        layout.addWidget(
            hint_label(
                self.tr("Geef het wachtwoord persoonlijk door; de nieuwe gebruiker kiest daarna "
                        "zelf een ander.")
            )
        )  # fmt: skip
        password_form = QFormLayout()
        self.passwords.add_to(password_form)
        layout.addLayout(password_form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for field in (self.username, self.passwords.password, self.passwords.repeat):
            field.textChanged.connect(self.update_ok)
        self.roles.changed.connect(self.update_ok)
        self.update_ok()

    def is_valid(self) -> bool:
        return bool(self.username.text().strip() and self.roles.roles()) and (
            self.passwords.is_valid()
        )

    def work(self) -> Callable[[Any], Any]:
        values = dict(
            username=self.username.text().strip(),
            display_name=self.display_name.text().strip(),
            function_title=self.function.text().strip(),
            password=self.passwords.value(),
            roles=self.roles.roles(),
            teams=self.roles.teams(),
        )
        return lambda uow: add_account(uow, **values)


class PasswordDialog(ServiceDialog):
    """A new password for one account. With ``recovery`` the dossier is opened with the
    recovery key as that user, who then gets the new password (``unlock-with-recovery``);
    otherwise the beheerder sets it (``users passwd``)."""

    def __init__(
        self,
        ctx: AppContext,
        account: AccountInfo,
        *,
        recovery: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.account = account
        self.recovery = recovery
        if recovery:
            self.set_texts(self.tr("Wachtwoord herstellen met de herstelsleutel"),
                           self.tr("Wachtwoord instellen"))  # fmt: skip
        else:
            self.set_texts(self.tr("Nieuw wachtwoord"), self.tr("Wachtwoord instellen"))
        self.key = QLineEdit(objectName="recoveryKey")
        self.key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.key.setFont(mono)
        self.passwords = PasswordFields(self)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        who = f"{account.display_name} ({account.username})"
        if recovery:
            explanation = self.tr(
                "Typ de herstelsleutel over zoals hij is afgedrukt toen het dossier werd "
                "aangemaakt: acht groepen van vier letters en cijfers. Hoofd- of kleine letters "
                "en streepjes maken niet uit. Daarna krijgt %s het nieuwe wachtwoord."
            )
            layout.addWidget(hint_label(explanation % who))
            form.addRow(self.tr("Herstelsleutel"), self.key)
            self.key.textChanged.connect(self.update_ok)
        else:
            self.key.hide()
            explanation = self.tr(
                "%s meldt voortaan aan met dit wachtwoord. Geef het persoonlijk door en vraag "
                "om daarna zelf een ander te kiezen."
            )
            layout.addWidget(hint_label(explanation % who))
        self.passwords.add_to(form)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        for field in (self.passwords.password, self.passwords.repeat):
            field.textChanged.connect(self.update_ok)
        self.update_ok()

    def is_valid(self) -> bool:
        has_key = bool(self.key.text().strip()) or not self.recovery
        return has_key and self.passwords.is_valid()

    def work(self) -> Callable[[Any], Any]:
        username, password = self.account.username, self.passwords.value()
        return lambda uow: change_password(uow, username, password)

    def submit(self) -> None:
        if not self.recovery:
            super().submit()
            return
        if not self.is_valid() or self.task is not None:
            return
        try:
            path = self.ctx.dossier_path
            self.ctx.dossier  # noqa: B018 - refuse while the dossier is locked
        except Locked:
            return
        set_error(self.error, "")
        key, username, password = self.key.text(), self.account.username, self.passwords.value()
        self.task = run_task(
            self,
            lambda: reset_with_recovery(path, key, username, password),
            self._done,
            on_error=self._failed,
        )
        self.update_ok()


def reset_with_recovery(path: Path, recovery_key: str, username: str, password: str) -> None:
    """What ``casemanager unlock-with-recovery`` does: open the dossier with the recovery
    key as ``username``, who then sets the new password as their own."""
    with (
        Dossier.open_with_recovery(path, recovery_key, username) as dossier,
        dossier.unit_of_work() as uow,
    ):
        change_password(uow, username, password)
