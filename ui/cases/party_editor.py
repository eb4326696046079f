"""Other people in a report, each with a role: victim, witness, reporter, co-perpetrator."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casemanager.cases.reporting import PartyInput
from models.cases import PartyRole
from ui.cases.case_common import role_label
from ui.cases.form_widgets import compact, error_label, set_error
from ui.cases.person_picker import PersonPicker, describe
from ui.context import AppContext

ROLES = (
    PartyRole.SLACHTOFFER,
    PartyRole.GETUIGE,
    PartyRole.MELDER,
    PartyRole.BETROKKENE,
    PartyRole.OUDER,
    PartyRole.OVERIG,
)
PARTY_ROLE = Qt.ItemDataRole.UserRole + 1


class PartiesEditor(QWidget):
    """``changed`` when a party was added or removed."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partiesEditor")
        self.subject_id: int | None = None
        self._parties: list[PartyInput] = []
        self.picker = PersonPicker(ctx)
        self.picker.setObjectName("partyPicker")
        self.picker.setPlaceholderText(self.tr("Zoek nog iemand (naam of nummer)…"))
        self.role = QComboBox(objectName="partyRole")
        for role in ROLES:
            self.role.addItem(role_label(role), role)
        self.add_button = QPushButton(self.tr("Toevoegen"), objectName="addParty")
        self.add_button.setEnabled(False)
        self.list = compact(QListWidget)(objectName="partyList")
        self.list.setMinimumHeight(44)
        self.remove_button = QPushButton(self.tr("Weghalen"), objectName="removeParty")
        self.remove_button.setEnabled(False)
        self.error = error_label("partyError")
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("als")))
        row.addWidget(self.role, 1)
        row.addWidget(self.add_button)
        row.addSpacing(12)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picker)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.list, 1)
        self.picker.person_chosen.connect(lambda _id: self.add_button.setEnabled(True))
        self.picker.person_cleared.connect(lambda: self.add_button.setEnabled(False))
        self.picker.search_failed.connect(lambda text: set_error(self.error, text))
        self.add_button.clicked.connect(self.add_chosen)
        self.list.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.list.selectedItems()))
        )
        self.remove_button.clicked.connect(self.remove_selected)

    def parties(self) -> tuple[PartyInput, ...]:
        return tuple(self._parties)

    def set_subject(self, person_id: int | None) -> None:
        self.subject_id = person_id

    def add_chosen(self) -> None:
        person = self.picker.selected_person
        if person is None:
            return
        role = PartyRole(self.role.currentData())
        if person.id == self.subject_id and role != PartyRole.MELDER:
            set_error(
                self.error,
                self.tr(
                    "%s is de persoon over wie de melding gaat. Die kan hier alleen als "
                    "melder staan."
                )
                % person.name,
            )
            return
        if any(p.person_id == person.id and p.role == role for p in self._parties):
            set_error(self.error, self.tr("%s staat al in de lijst als %s.") % (
                person.name, role_label(role)))  # fmt: skip
            return
        set_error(self.error, "")
        self._parties.append(PartyInput(person.id, role))
        item = QListWidgetItem(f"{person.name} — {role_label(role)}")
        item.setToolTip(describe(person))
        item.setData(PARTY_ROLE, (person.id, str(role)))
        self.list.addItem(item)
        self.picker.clear_choice()
        self.add_button.setEnabled(False)
        self.changed.emit()

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            row = self.list.row(item)
            self.list.takeItem(row)
            del self._parties[row]
        set_error(self.error, "")
        self.changed.emit()
