"""The filter bar above the audit log: user, person (number or name, as you type), action
and period. It turns its widgets into an ``AuditFilter`` and says when that changed; the
page does the querying. The users and actions to choose from are those in the log."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from casemanager.audit_log import AuditChoices, AuditFilter, action_text
from ui import core_text
from ui.filter_widgets import date_field, filter_combo
from ui.look import icon

TYPING_DELAY_MS = 300


class AuditFilterBar(QWidget):
    changed = Signal()  # the filter changed (typed text: after a short pause)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditFilterBar")
        self.user_combo = filter_combo(
            "auditUserFilter", self.tr("Gebruiker"), 14, self.changed.emit
        )
        self.action_combo = filter_combo(
            "auditActionFilter", self.tr("Actie"), 22, self.changed.emit
        )
        self.person = QLineEdit(objectName="auditPersonFilter")
        self.person.setPlaceholderText(self.tr("Persoon: nummer of naam"))
        self.person.setAccessibleName(self.tr("Persoon"))
        self.person.setToolTip(
            self.tr("Het leerling- of personeelsnummer, of het begin van de naam")
        )
        self.person.setClearButtonEnabled(True)
        self.person.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.person.setMinimumWidth(220)
        self.typing = QTimer(self)
        self.typing.setSingleShot(True)
        self.typing.setInterval(TYPING_DELAY_MS)
        self.typing.timeout.connect(self.changed)
        self.person.textChanged.connect(self.typing.start)

        self.period_check = QCheckBox(self.tr("&Periode"), objectName="auditPeriodFilter")
        self.period_check.setToolTip(self.tr("Alleen regels uit deze periode"))
        today = QDate.currentDate()
        self.date_from = date_field(
            today.addMonths(-1), self.tr("Periode vanaf"), self._period_changed
        )
        self.period_until = QLabel(self.tr("t/m"))
        self.date_to = date_field(today, self.tr("Periode tot en met"), self._period_changed)
        self.clear_button = QPushButton(self.tr("Filters wissen"), objectName="auditClear")
        self.clear_button.clicked.connect(self.clear)
        self.set_choices(AuditChoices((), ()))

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        for widget in (self.person, self.user_combo, self.action_combo):
            row.addWidget(widget)
        row.addSpacing(8)
        for widget in (self.period_check, self.date_from, self.period_until, self.date_to):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.clear_button)
        self._show_period(False)
        self.period_check.toggled.connect(self._show_period)
        self.period_check.toggled.connect(self.changed)

    def _period_changed(self) -> None:
        if self.period_check.isChecked():
            self.changed.emit()

    def set_choices(self, choices: AuditChoices) -> None:
        """Fill the user and action lists; what was chosen stays chosen if still there."""
        filling = (
            (self.user_combo, self.tr("Alle gebruikers"), [(u, u) for u in choices.usernames]),
            (
                self.action_combo,
                self.tr("Alle acties"),
                sorted((core_text.text(action_text(a)), a) for a in choices.actions),
            ),
        )
        for combo, everything, items in filling:
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for text, value in items:
                combo.addItem(text, value)
                combo.setItemData(combo.count() - 1, value, Qt.ItemDataRole.ToolTipRole)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)

    def current_filter(self) -> AuditFilter:
        start = end = None
        if self.period_check.isChecked():
            start, end = sorted((_day(self.date_from.date()), _day(self.date_to.date())))
        return AuditFilter(
            username=str(self.user_combo.currentData() or ""),
            person=self.person.text().strip(),
            action=str(self.action_combo.currentData() or ""),
            date_from=start,
            date_to=end,
        )

    def clear(self) -> None:
        """Every entry again; one ``changed``."""
        widgets = (self.user_combo, self.action_combo, self.person, self.period_check)
        for widget in widgets:
            widget.blockSignals(True)
        self.user_combo.setCurrentIndex(0)
        self.action_combo.setCurrentIndex(0)
        self.person.clear()
        self.period_check.setChecked(False)
        self._show_period(False)
        for widget in widgets:
            widget.blockSignals(False)
        self.typing.stop()
        self.changed.emit()

    def _show_period(self, on: bool) -> None:
        for widget in (self.date_from, self.period_until, self.date_to):
            widget.setVisible(on)


def _day(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())
