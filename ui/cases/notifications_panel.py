"""The notifications a decision made owed (Inspectie, leerplicht, parents, aangifte) as a
checklist: ticking one records that it was done today, with an optional reference."""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from casemanager.cases.procedure import notification_done
from casemanager.cases.views import CaseView, NotificationView
from casemanager.errors import CaseManagerError
from ui import core_text
from ui.cases.case_common import sentence
from ui.cases.procedure_parts import clear_grid, hint
from ui.context import AppContext
from ui.dates import long_date
from ui.tasks import show_error


class NotificationsPanel(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.checkboxes: dict[int, QCheckBox] = {}
        self.references: dict[int, QLineEdit] = {}
        self.states: dict[int, QLabel] = {}  # due, late or done
        self.empty = hint(self.tr("Er zijn geen meldingen verschuldigd."), "noNotifications")
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addLayout(self.grid)

    def show_case(self, view: CaseView) -> None:
        clear_grid(self.grid)
        self.checkboxes.clear()
        self.references.clear()
        self.states.clear()
        state = next((a for a in view.actions if a.name == "notification"), None)
        # the action is off when nothing is open; off for another reason means: not yours
        may = state is not None and (state.enabled or not self._any_open(view))
        why = sentence(state.reason) if state is not None and not may else ""
        self.empty.setVisible(not view.notifications)
        for row, notification in enumerate(view.notifications):
            self._add_row(2 * row, notification, may, why)

    def _any_open(self, view: CaseView) -> bool:
        return any(n.done_at is None for n in view.notifications)

    def _add_row(self, row: int, notification: NotificationView, may: bool, why: str) -> None:
        done = notification.done_at is not None
        label = core_text.text(notification.label)
        box = QCheckBox(label[:1].upper() + label[1:])
        box.setObjectName(f"notification_{notification.id}")
        box.setChecked(done)
        box.setEnabled(may and not done)
        when = QLabel(self._when(notification), wordWrap=True)
        late = not done and notification.due_on is not None and notification.due_on < today()
        when.setProperty("role", "error" if late else "hint")
        self.grid.addWidget(box, row, 0)
        self.grid.addWidget(when, row, 1)
        self.states[notification.id] = when
        if not done:
            reference = QLineEdit(objectName=f"reference_{notification.id}")
            reference.setPlaceholderText(self.tr("kenmerk (niet verplicht)"))
            reference.setFixedWidth(200)
            reference.setEnabled(may)
            self.references[notification.id] = reference
            self.grid.addWidget(reference, row, 2)
        tip = why or self.tr("Vink aan zodra de melding is gedaan; de datum wordt vandaag.")
        box.setToolTip("" if done else tip)
        if notification.description:
            description = hint(core_text.text(notification.description))
            description.setContentsMargins(22, 0, 0, 8)  # under the check box's text
            self.grid.addWidget(description, row + 1, 0, 1, 3)
        box.toggled.connect(partial(self._done, notification.id))
        self.checkboxes[notification.id] = box

    def _when(self, notification: NotificationView) -> str:
        if notification.done_at is not None:
            text = self.tr("gedaan op %s") % long_date(notification.done_at.date())
            if notification.reference:
                text += self.tr(", kenmerk %s") % notification.reference
            return text
        if notification.due_on is None:
            return self.tr("open")
        if notification.due_on < today():
            return self.tr("te laat: uiterlijk %s") % long_date(notification.due_on)
        return self.tr("uiterlijk %s") % long_date(notification.due_on)

    def _done(self, notification_id: int, checked: bool) -> None:
        box = self.checkboxes[notification_id]
        if not checked or not box.isEnabled():
            return
        reference = self.references.get(notification_id)
        try:
            self.ctx.call(
                notification_done,
                notification_id,
                today(),
                reference.text() if reference is not None else "",
            )
        except CaseManagerError as error:
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
            show_error(self, error)
            return
        box.setEnabled(False)
        self.changed.emit()


def today() -> dt.date:
    return dt.date.today()
