"""Beheer → Accounts: who works with the dossier and what each may do.

The list comes from ``accounts.list_accounts`` (with the last change from the audit log);
every button calls the same service as ``casemanager users``. Nothing is refused here:
the services check the beheerder's permission and the rules (not your own account, one
active beheerder stays) and their Dutch message is shown as it is.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casemanager.accounts import AccountInfo, last_changes, list_accounts, set_active, team_names
from casemanager.errors import CaseManagerError
from ui import core_text
from ui.admin.accounts_dialogs import AddAccountDialog, PasswordDialog
from ui.admin.accounts_removal import AccountRemoval
from ui.admin.accounts_roles import RolesDialog, role_labels
from ui.cases.form_widgets import hint_label, primary
from ui.context import AppContext, Locked
from ui.dates import short_moment
from ui.tables import set_up_list_table
from ui.tasks import show_error

TEAMS, STATUS = 4, 5  # columns
GREY = QColor("#8a96a3")
WARN = QColor("#9a5b00")


class AccountsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsPage")
        self.ctx = ctx
        self.accounts: list[AccountInfo] = []
        self.teams: list[str] = []
        self.removal = AccountRemoval(ctx, self)
        self.removal.changed.connect(self.refresh)

        title = QLabel(self.tr("Accounts"), objectName="pageTitle")
        self.show_removed = QCheckBox(self.tr("Verwijderde accounts tonen"))
        self.show_removed.toggled.connect(self.refresh)
        self.add_button = primary(QPushButton(self.tr("Nieuw account…")))
        self.add_button.clicked.connect(self.add_account)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.show_removed)
        top.addSpacing(12)
        top.addWidget(self.add_button)

        columns = [self.tr("Gebruikersnaam"), self.tr("Naam"), self.tr("Functie"),
                   self.tr("Rollen"), self.tr("Teams"), self.tr("Status"),
                   self.tr("Laatst gewijzigd")]  # fmt: skip
        self.table = QTableWidget(0, len(columns), objectName="accountsTable")
        self.table.setHorizontalHeaderLabels(columns)
        header = set_up_list_table(self.table)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEAMS, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.change_roles())

        self.selected_label = QLabel(objectName="selectedAccount")
        self.roles_button = QPushButton(self.tr("Rollen en teams…"))
        self.active_button = QPushButton(self.tr("Uitschakelen"))
        self.password_button = QPushButton(self.tr("Nieuw wachtwoord…"))
        self.recovery_button = QPushButton(self.tr("Met herstelsleutel…"))
        self.recovery_button.setToolTip(
            self.tr("Een nieuw wachtwoord instellen met de afgedrukte herstelsleutel")
        )
        self.remove_button = QPushButton(self.tr("Verwijderen…"))
        self.roles_button.clicked.connect(self.change_roles)
        self.active_button.clicked.connect(self.toggle_active)
        self.password_button.clicked.connect(lambda: self.new_password(recovery=False))
        self.recovery_button.clicked.connect(lambda: self.new_password(recovery=True))
        self.remove_button.clicked.connect(self.remove)
        actions = QHBoxLayout()
        actions.addWidget(self.selected_label, 1)
        for button in self._account_buttons():
            actions.addWidget(button)

        self.key_button = QPushButton(self.tr("Sleutel vervangen…"), objectName="rotateKey")
        self.key_button.clicked.connect(lambda: self.removal.offer_new_key())
        key_row = QHBoxLayout()
        key_row.addWidget(
            hint_label(
                self.tr(
                    "Wachtwoorden staan niet in het dossier: alleen de gebruiker zelf kent het "
                    "eigen wachtwoord. Na het verwijderen van een account vervangt u de sleutel "
                    "van het dossier, zodat een oude kopie ervan niets meer opent."
                )
            ),
            1,
        )
        key_row.addSpacing(12)
        key_row.addWidget(self.key_button, 0, Qt.AlignmentFlag.AlignTop)
        self.status = hint_label(name="accountsStatus")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addSpacing(8)
        layout.addLayout(key_row)
        self.refresh()

    # --- the list ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the accounts again, keeping the selection."""
        keep = self.current()
        try:
            self.accounts = self.ctx.read(list_accounts)
            changes = self.ctx.read(last_changes)
            self.teams = self.ctx.read(team_names)
        except Locked:
            return
        except CaseManagerError as error:
            self.status.setText(core_text.message(error))
            return
        shown = [a for a in self.accounts if self.show_removed.isChecked() or not a.removed]
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(shown))
        for row, account in enumerate(shown):
            self._fill_row(row, account, changes.get(account.username))
        self.table.setSortingEnabled(True)
        self.select(keep.username if keep else None)
        self._update_buttons()

    def _fill_row(self, row: int, account: AccountInfo, changed: dt.datetime | None) -> None:
        if account.removed:
            state = self.tr("verwijderd")
        else:
            state = self.tr("actief") if account.active else self.tr("uitgeschakeld")
        values = (
            account.username,
            account.display_name,
            account.function_title,
            role_labels(account.roles),
            ", ".join(account.teams),
            state,
            short_moment(changed.astimezone()) if changed else "",
        )
        for column, text in enumerate(values):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, account.username)
            if account.removed:
                item.setForeground(GREY)
            elif not account.active and column == STATUS:
                item.setForeground(WARN)
            self.table.setItem(row, column, item)

    def current(self) -> AccountInfo | None:
        items = self.table.selectedItems()
        username = items[0].data(Qt.ItemDataRole.UserRole) if items else None
        return next((a for a in self.accounts if a.username == username), None)

    def select(self, username: str | None) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == username:
                self.table.selectRow(row)
                return
        self.table.clearSelection()

    def _account_buttons(self) -> tuple[QPushButton, ...]:
        return (self.roles_button, self.active_button, self.password_button,
                self.recovery_button, self.remove_button)  # fmt: skip

    def _update_buttons(self) -> None:
        account = self.current()
        usable = account is not None and not account.removed
        for button in self._account_buttons():
            button.setEnabled(usable)
        if account is None:
            self.selected_label.setText(self.tr("Kies een account in de lijst."))
            return
        self.selected_label.setText(f"<b>{account.display_name}</b> ({account.username})")
        enable = account.removed or not account.active
        self.active_button.setText(self.tr("Inschakelen") if enable else self.tr("Uitschakelen"))

    # --- actions ----------------------------------------------------------------------------

    def add_account(self) -> None:
        dialog = AddAccountDialog(self.ctx, self.teams, self)
        if dialog.exec():
            name = dialog.username.text().strip().casefold()
            self.refresh()
            self.select(name)
            self.status.setText(
                self.tr("Account %s toegevoegd. Geef het eerste wachtwoord persoonlijk door.")
                % name
            )

    def change_roles(self) -> None:
        account = self.current()
        if account is None or account.removed:
            return
        if RolesDialog(self.ctx, account, self.teams, self).exec():
            self.refresh()
            self.status.setText(
                self.tr("De rollen en teams van %s zijn gewijzigd; ze gelden vanaf de volgende "
                        "keer aanmelden.") % account.display_name
            )  # fmt: skip

    def toggle_active(self) -> None:
        account = self.current()
        if account is None or account.removed:
            return
        try:
            self.ctx.call(set_active, account.username, not account.active)
        except CaseManagerError as error:
            show_error(self, error)
            return
        except Locked:
            return
        self.refresh()
        if account.active:
            done = self.tr("%s kan niet meer aanmelden tot het account weer is ingeschakeld.")
        else:
            done = self.tr("%s kan weer aanmelden.")
        self.status.setText(done % account.display_name)

    def new_password(self, *, recovery: bool) -> None:
        account = self.current()
        if account is None or account.removed:
            return
        if PasswordDialog(self.ctx, account, recovery=recovery, parent=self).exec():
            self.refresh()
            self.status.setText(self.tr("%s heeft een nieuw wachtwoord.") % account.display_name)

    def remove(self) -> None:
        account = self.current()
        if account is not None and not account.removed and self.removal.remove(account):
            self.status.setText(self.tr("Het account van %s is verwijderd.") % account.display_name)
