"""What the case is about: the description, each violation with the protocol article's text
and its flags, and the people involved with their roles (and adding someone)."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casemanager.cases.reporting import PartyInput, add_party
from casemanager.cases.views import CaseView
from models.cases import PartyRole
from ui import core_text
from ui.cases.case_common import (
    apply_action,
    badge_box,
    clear_layout,
    flag_badges,
    kind_label,
    role_label,
    show_badges,
)
from ui.cases.form_widgets import ServiceDialog, hint_label
from ui.cases.party_editor import ROLES
from ui.cases.person_picker import PersonPicker
from ui.context import AppContext


class AddPartyDialog(ServiceDialog):
    def __init__(self, ctx: AppContext, view: CaseView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_texts(self.tr("Betrokkene toevoegen"), self.tr("Toevoegen"))
        self.setObjectName("addPartyDialog")
        self.case_id = view.id
        self.picker = PersonPicker(ctx)
        self.role = QComboBox(objectName="partyRole")
        for role in ROLES:
            self.role.addItem(role_label(role), role)
        self.note = QLineEdit(objectName="partyNote")
        self.note.setMaxLength(300)
        self.note.setPlaceholderText(self.tr("niet verplicht"))
        form = QFormLayout()
        form.addRow(self.tr("Wie"), self.picker)
        form.addRow(self.tr("Rol"), self.role)
        form.addRow(self.tr("Toelichting"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.picker.person_chosen.connect(lambda _id: self.update_ok())
        self.picker.person_cleared.connect(self.update_ok)
        self.update_ok()

    def is_valid(self) -> bool:
        return self.picker.selected_person_id is not None

    def work(self) -> Any:
        person_id = self.picker.selected_person_id
        assert person_id is not None
        party = PartyInput(person_id, PartyRole(self.role.currentData()), self.note.text())
        case_id = self.case_id
        return lambda uow: add_party(uow, case_id, party)


class OverviewPanel(QWidget):
    """``changed`` after someone was added."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._view: CaseView | None = None
        self.dialog: QDialog | None = None
        self.description = QLabel(objectName="caseDescription", wordWrap=True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.violations = QVBoxLayout()
        self.parties = QLabel(objectName="caseParties", wordWrap=True)
        self.add_party_button = QPushButton(
            self.tr("Betrokkene toevoegen…"), objectName="addPartyButton"
        )
        story = QGroupBox(self.tr("Wat is er gebeurd?"))
        QVBoxLayout(story).addWidget(self.description)
        rules = QGroupBox(self.tr("Overtreding van het protocol"))
        rules.setLayout(self.violations)
        people = QGroupBox(self.tr("Betrokkenen"))
        people_layout = QVBoxLayout(people)
        people_layout.addWidget(self.parties)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_party_button)
        people_layout.addLayout(row)
        body = QWidget(objectName="overviewBody")
        column = QVBoxLayout(body)
        for group in (story, rules, people):
            column.addWidget(group)
        column.addStretch(1)
        scroll = QScrollArea(objectName="overviewScroll", widgetResizable=True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.add_party_button.clicked.connect(self.open_add_party)

    def show_case(self, view: CaseView) -> None:
        self._view = view
        self.description.setText(view.description)
        clear_layout(self.violations)
        policy = self.ctx.policy
        for v in view.violations:
            title = QLabel(
                f"<b>{escape(core_text.term(v.title))}</b> — "
                + escape(
                    self.tr("artikel %s van het protocol") % (core_text.term(v.article) or v.code)
                ),
                wordWrap=True,
            )
            text = hint_label(core_text.term(v.article_text))
            box, row = badge_box()
            wvsr = policy.violation(v.code).wvsr if policy.has_violation(v.code) else []
            show_badges(
                row,
                flag_badges(
                    pestprotocol=v.pestprotocol,
                    strafbaar=v.strafbaar,
                    datalek=v.datalek,
                    wvsr=wvsr,
                    hours=policy.terms.dataleak_hours,
                ),
            )
            for widget in (title, text, box):
                self.violations.addWidget(widget)
        lines = [
            f"<b>{escape(view.person_name)}</b> — "
            + escape(self.tr("over wie de melding gaat (%s)") % kind_label(view.person_kind))
        ]
        for p in view.parties:
            line = f"{escape(p.name)} — {escape(role_label(p.role))} ({escape(kind_label(p.kind))})"
            if p.note:
                line += f"<br><span style='color:#5b6878'>{escape(p.note)}</span>"
            lines.append(line)
        self.parties.setText("<br>".join(lines))
        apply_action(self.add_party_button, view.actions, "statement")

    def open_add_party(self) -> AddPartyDialog | None:
        if self._view is None:
            return None
        dialog = AddPartyDialog(self.ctx, self._view, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.changed)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog
