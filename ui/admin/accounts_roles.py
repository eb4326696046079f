"""Roles and teams of an account: the editor (also used when adding an account) and the
dialog that changes them through ``accounts.change_roles``."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casemanager.accounts import AccountInfo, change_roles
from ui.cases.form_widgets import ServiceDialog, hint_label
from ui.context import AppContext

# (role, label, what it may do): the order of the check boxes
ROLES = (
    ("teamleider", QT_TRANSLATE_NOOP("RolesEditor", "Teamleider"),
     QT_TRANSLATE_NOOP("RolesEditor", "meldt en behandelt zaken uit de eigen teams")),
    ("hr", QT_TRANSLATE_NOOP("RolesEditor", "P&O (hr)"),
     QT_TRANSLATE_NOOP("RolesEditor", "behandelt zaken van medewerkers")),
    ("directie", QT_TRANSLATE_NOOP("RolesEditor", "Directie"),
     QT_TRANSLATE_NOOP("RolesEditor", "ziet alle zaken; besluit over verwijdering en ontslag")),
    ("administratie", QT_TRANSLATE_NOOP("RolesEditor", "Administratie"),
     QT_TRANSLATE_NOOP("RolesEditor", "drukt vrijgegeven brieven af en verstuurt ze")),
    ("beheerder", QT_TRANSLATE_NOOP("RolesEditor", "Beheerder"),
     QT_TRANSLATE_NOOP("RolesEditor", "accounts, schoolgegevens, beleid en back-ups")),
)  # fmt: skip


def role_labels(roles: Iterable[str]) -> str:
    """The roles in the order of the check boxes, in Dutch: "Teamleider, Directie"."""
    order = [code for code, _label, _what in ROLES]
    ranked = sorted(roles, key=lambda r: order.index(r) if r in order else len(order))
    return ", ".join(role_label(r) for r in ranked)


def role_label(role: str) -> str:
    """The Dutch name of a role, as the check boxes show it."""
    for code, label, _what in ROLES:
        if code == role:
            return QCoreApplication.translate("RolesEditor", label)
    return role


class TeamField(QLineEdit):
    """Enter adds the typed team; it does not also press the dialog's OK button."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class RolesEditor(QWidget):
    """Check boxes for the roles and a checkable list of teams, with a field to add a team
    that does not exist yet (the service creates it when the account is saved)."""

    changed = Signal()

    def __init__(self, teams: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for row, (code, label, what) in enumerate(ROLES):
            box = QCheckBox(self.tr(label).replace("&", "&&"))
            box.setObjectName(f"role_{code}")
            box.toggled.connect(self.changed)
            self.boxes[code] = box
            grid.addWidget(box, row, 0)
            grid.addWidget(hint_label(self.tr(what)), row, 1)
        grid.setColumnStretch(1, 1)

        self.team_list = QListWidget(objectName="teamList")
        self.team_list.setMaximumHeight(120)
        self.team_list.itemChanged.connect(lambda _item: self.changed.emit())
        self.new_team = TeamField(objectName="newTeam")
        self.new_team.setPlaceholderText(self.tr("Naam van een nieuw team"))
        add = QPushButton(self.tr("Team toevoegen"))
        add.clicked.connect(self._add_typed_team)
        self.new_team.returnPressed.connect(self._add_typed_team)
        adding = QHBoxLayout()
        adding.addWidget(self.new_team, 1)
        adding.addWidget(add)
        for name in teams:
            self._team_item(name)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>Rollen</b>")))
        layout.addLayout(grid)
        layout.addSpacing(6)
        layout.addWidget(QLabel(self.tr("<b>Teams</b>")))
        layout.addWidget(
            hint_label(
                self.tr(
                    "Een teamleider ziet alleen de leerlingen en zaken van de teams die hier "
                    "zijn aangevinkt. Voor de andere rollen maken teams niets uit."
                )
            )
        )
        layout.addWidget(self.team_list)
        layout.addLayout(adding)

    def set_values(self, roles: Iterable[str], teams: Iterable[str]) -> None:
        chosen_roles, chosen_teams = set(roles), set(teams)
        for code, box in self.boxes.items():
            box.setChecked(code in chosen_roles)
        for name in chosen_teams:
            self._team_item(name)
        for row in range(self.team_list.count()):
            item = self.team_list.item(row)
            checked = item.text() in chosen_teams
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def roles(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def teams(self) -> list[str]:
        items = (self.team_list.item(row) for row in range(self.team_list.count()))
        return [item.text() for item in items if item.checkState() == Qt.CheckState.Checked]

    def _team_item(self, name: str) -> QListWidgetItem:
        found = self.team_list.findItems(name, Qt.MatchFlag.MatchExactly)
        if found:
            return found[0]
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        self.team_list.addItem(item)
        return item

    def _add_typed_team(self) -> None:
        name = self.new_team.text().strip()
        if name:
            self._team_item(name).setCheckState(Qt.CheckState.Checked)
            self.new_team.clear()


class RolesDialog(ServiceDialog):
    """Change the roles and teams of one account."""

    def __init__(
        self,
        ctx: AppContext,
        account: AccountInfo,
        teams: Iterable[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.account = account
        self.set_texts(self.tr("Rollen en teams van %s") % account.display_name, self.tr("Opslaan"))
        self.editor = RolesEditor(teams)
        self.editor.set_values(account.roles, account.teams)
        self.editor.changed.connect(self.update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr("Wat %s (%s) mag zien en doen. Een wijziging geldt vanaf de volgende keer "
                        "dat %s aanmeldt.")
                % (account.display_name, account.username, account.display_name)
            )
        )  # fmt: skip
        layout.addWidget(self.editor)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.update_ok()

    def is_valid(self) -> bool:
        return bool(self.editor.roles())

    def work(self) -> Callable[[Any], Any]:
        username, roles, teams = self.account.username, self.editor.roles(), self.editor.teams()
        return lambda uow: change_roles(uow, username, roles, teams)
