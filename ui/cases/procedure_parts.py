"""Small widgets the procedure's panels share: a grey hint, emptying a grid that is built
again for each case, a day field, and the dialog that asks the reason for a step."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui import dates


def hint(text: str = "", name: str = "") -> QLabel:
    """A grey, wrapping explanation (the style sheet's role "hint")."""
    label = QLabel(text, wordWrap=True)
    label.setProperty("role", "hint")
    if name:
        label.setObjectName(name)
    return label


def clear_grid(grid: QGridLayout) -> None:
    """Take every widget out of ``grid``; hidden at once, deleted by the event loop."""
    while grid.count():
        widget = grid.takeAt(0).widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_edit(name: str) -> QDateEdit:
    """A day up to today, today to start with (the day something happened)."""
    edit = QDateEdit(objectName=name, calendarPopup=True)
    edit.setDisplayFormat(dates.edit_format())
    edit.setMaximumDate(QDate.currentDate())
    edit.setDate(QDate.currentDate())
    return edit


class ReasonDialog(QDialog):
    """Confirm a step, with the reason the service keeps (required from ``minimum`` chars)."""

    def __init__(
        self, parent: QWidget | None, title: str, prompt: str, minimum: int, accept: str
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.minimum = minimum
        self.text = QPlainTextEdit(objectName="reasonEdit")
        self.text.setFixedHeight(100)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(accept)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt, wordWrap=True))
        layout.addWidget(self.text)
        if minimum:
            layout.addWidget(hint(self.tr("Schrijf minstens %d tekens.") % minimum))
        layout.addWidget(buttons)
        self.text.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(len(self.text.toPlainText().strip()) >= self.minimum)


def ask_reason(
    parent: QWidget | None, title: str, prompt: str, *, minimum: int, accept: str
) -> str | None:
    """The text typed, or None when the user cancelled."""
    dialog = ReasonDialog(parent, title, prompt, minimum, accept)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.text.toPlainText().strip()
