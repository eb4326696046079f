"""The filter bar above the case list: a search box that searches as you type (after a
short pause) and the filters for status, team, violation, period and "mine".

It only turns its widgets into a ``CaseFilter`` and says when that changed; the page
(``list_page.py``) does the querying.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from casemanager.cases.listing import CaseFilter
from casemanager.people.teams import visible_teams as list_visible_teams
from casemanager.store.dossier import Dossier
from models.cases import CaseStatus
from ui import core_text
from ui.context import AppContext
from ui.filter_widgets import date_field, filter_combo, search_box
from ui.status_colors import status_label

_OPEN, _ALL = "open", "all"


def visible_teams(dossier: Dossier) -> list[tuple[int, str]]:
    """(id, name) of the teams the user can filter on."""
    return [(team.id, team.name) for team in list_visible_teams(dossier)]


class CaseFilterBar(QWidget):
    """The row of filters; ``search`` and ``clear_button`` belong to it but are laid out
    by the page, on the row above."""

    changed = Signal()  # the filter changed (for typed text: after a pause of 250 ms)
    leave_search = Signal()  # Down or Enter in the search box: go to the list

    def __init__(
        self, ctx: AppContext, teams: list[tuple[int, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseFilterBar")
        self.search, self.search_timer = search_box(
            self, "caseSearch", self.tr("Zoeken in zaken… (Ctrl+F)"),
            self.tr("Zoeken in zaken"), self.changed.emit, self.leave_search.emit,
        )  # fmt: skip

        self.status_combo = filter_combo("statusFilter", self.tr("Status"), 11, self.changed.emit)
        self.status_combo.addItem(self.tr("Alle open zaken"), _OPEN)
        self.status_combo.addItem(self.tr("Alle zaken"), _ALL)
        for status in CaseStatus:
            self.status_combo.addItem(status_label(status).capitalize(), status.value)
        self.team_combo = filter_combo("teamFilter", self.tr("Team"), 12, self.changed.emit)
        self.team_combo.addItem(self.tr("Alle teams"), None)
        for team_id, name in teams:
            self.team_combo.addItem(name, team_id)
        self.violation_combo = filter_combo(
            "violationFilter", self.tr("Overtreding"), 12, self.changed.emit
        )
        self.ctx = ctx
        self._fill_violations()
        self.violation_combo.view().setMinimumWidth(480)
        ctx.policy_changed.connect(self._fill_violations)

        self.period_check = QCheckBox(self.tr("&Periode"))
        self.period_check.setObjectName("periodFilter")
        self.period_check.setToolTip(
            self.tr("Zonder vinkje: geen periode. Met vinkje: alleen zaken met een "
                    "incidentdatum in deze periode.")
        )  # fmt: skip
        today = QDate.currentDate()
        self.date_from = date_field(
            today.addMonths(-3), self.tr("Periode vanaf"), self._period_changed
        )
        self.period_until = QLabel(self.tr("t/m"))
        self.date_to = date_field(today, self.tr("Periode tot en met"), self._period_changed)
        self.mine_check = QCheckBox(self.tr("Alleen &mijn zaken"))
        self.mine_check.setObjectName("mineFilter")
        self.mine_check.setToolTip(self.tr("Alleen de zaken waarvan jij de behandelaar bent"))
        self.clear_button = QPushButton(self.tr("Filters wissen"))
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.setToolTip(self.tr("Alle filters en de zoektekst wissen"))
        self.clear_button.clicked.connect(self.clear)

        filters = QHBoxLayout(self)
        filters.setContentsMargins(0, 0, 0, 0)
        filters.setSpacing(8)
        filters.addWidget(self.status_combo)
        filters.addWidget(self.team_combo)
        if len(teams) < 2:  # one team or none: nothing to choose
            self.team_combo.hide()
        filters.addWidget(self.violation_combo)
        filters.addSpacing(8)
        filters.addWidget(self.period_check)
        filters.addWidget(self.date_from)
        filters.addWidget(self.period_until)
        filters.addWidget(self.date_to)
        filters.addSpacing(8)
        filters.addWidget(self.mine_check)
        filters.addStretch(1)
        self._show_period(False)
        self.period_check.toggled.connect(self._show_period)
        self.period_check.toggled.connect(self.changed)
        self.mine_check.toggled.connect(self.changed)

    def _fill_violations(self) -> None:
        """The policy's violations; again when the beheerder stored another policy (the
        chosen one stays chosen while it still exists)."""
        chosen = self.violation_combo.currentData()
        self.violation_combo.blockSignals(True)
        self.violation_combo.clear()
        self.violation_combo.addItem(self.tr("Alle overtredingen"), None)
        for violation in self.ctx.policy.violations:
            title = core_text.term(violation.title)
            self.violation_combo.addItem(f"{violation.code} — {title}", violation.code)
        self.violation_combo.setCurrentIndex(max(0, self.violation_combo.findData(chosen)))
        self.violation_combo.blockSignals(False)
        if self.violation_combo.currentData() != chosen:
            self.changed.emit()

    def current_filter(self) -> CaseFilter:
        status = self.status_combo.currentData()
        team = self.team_combo.currentData()
        violation = self.violation_combo.currentData()
        start = end = None
        if self.period_check.isChecked():
            start, end = sorted((_day(self.date_from.date()), _day(self.date_to.date())))
        return CaseFilter(
            statuses=frozenset() if status in (_OPEN, _ALL) else frozenset({CaseStatus(status)}),
            open_only=status == _OPEN,
            team_ids=frozenset() if team is None else frozenset({int(team)}),
            violation_codes=frozenset() if violation is None else frozenset({violation}),
            date_from=start,
            date_to=end,
            mine=self.mine_check.isChecked(),
            text=self.search.text(),
        )

    def clear(self) -> None:
        """Back to every open case, without search text; one ``changed``."""
        combos = (self.status_combo, self.team_combo, self.violation_combo)
        widgets = (*combos, self.search, self.period_check, self.mine_check)
        for widget in widgets:
            widget.blockSignals(True)
        for combo in combos:
            combo.setCurrentIndex(0)
        self.search.clear()
        self.period_check.setChecked(False)
        self._show_period(False)
        self.mine_check.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self.search_timer.stop()
        self.changed.emit()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _show_period(self, on: bool) -> None:
        for widget in (self.date_from, self.period_until, self.date_to):
            widget.setVisible(on)

    def _period_changed(self) -> None:
        if self.period_check.isChecked():
            self.changed.emit()


def _day(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())
