"""The filter bar above the person list: a search box that searches as you type (after a
short pause) and the filters for kind, team, class and active or left.

It only turns its widgets into a ``PersonFilter`` and says when that changed; the page
(``person_list_page.py``) does the querying. The team and class choices come from the
register (only teams and classes of persons the user may see).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from casemanager.people.registry import PersonFilter, person_classes, person_teams
from ui.cases.case_common import KIND_LABELS, kind_label
from ui.context import AppContext
from ui.filter_widgets import filter_combo, search_box

_ACTIVE, _LEFT = "actief", "vertrokken"


class PersonFilterBar(QWidget):
    """The row of filters; ``search`` and ``clear_button`` belong to it but are laid out
    by the page, on the row above."""

    changed = Signal()  # the filter changed (for typed text: after a pause of 250 ms)
    leave_search = Signal()  # Down or Enter in the search box: go to the list

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("personFilterBar")
        self.search, self.search_timer = search_box(
            self, "personSearch", self.tr("Zoeken op naam of nummer… (Ctrl+F)"),
            self.tr("Zoeken in personen"), self.changed.emit, self.leave_search.emit,
        )  # fmt: skip

        self.kind_combo = filter_combo("kindFilter", self.tr("Soort"), 14)
        self.kind_combo.addItem(self.tr("Alle soorten"), None)
        for kind in KIND_LABELS:
            self.kind_combo.addItem(kind_label(kind).capitalize(), kind)
        self.team_combo = filter_combo("teamFilter", self.tr("Team"), 16)
        self.team_combo.addItem(self.tr("Alle teams"), None)
        for team_id, name in ctx.lists(person_teams):
            self.team_combo.addItem(name, team_id)
        self.class_combo = filter_combo("classFilter", self.tr("Klas"), 9)
        self.status_combo = filter_combo("statusFilter", self.tr("Actief of vertrokken"), 14)
        self.status_combo.addItem(self.tr("Actief en vertrokken"), None)
        self.status_combo.addItem(self.tr("Alleen actief"), _ACTIVE)
        self.status_combo.addItem(self.tr("Alleen vertrokken"), _LEFT)
        self.clear_button = QPushButton(self.tr("Filters wissen"))
        self.clear_button.setObjectName("clearPersonFilters")
        self.clear_button.setToolTip(self.tr("Alle filters en de zoektekst wissen"))
        self.clear_button.clicked.connect(self.clear)
        self._fill_classes()

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        for combo in (self.kind_combo, self.team_combo, self.class_combo, self.status_combo):
            row.addWidget(combo)
            combo.currentIndexChanged.connect(lambda _i, c=combo: self._combo_changed(c))
        row.addStretch(1)
        if self.team_combo.count() <= 2:  # one team or none: nothing to choose
            self.team_combo.hide()

    def current_filter(self) -> PersonFilter:
        status = self.status_combo.currentData()
        team = self.team_combo.currentData()
        return PersonFilter(
            kind=self.kind_combo.currentData(),
            search=self.search.text().strip(),
            team_id=None if team is None else int(team),
            class_name=self.class_combo.currentData() or "",
            active=None if status is None else status == _ACTIVE,
        )

    def clear(self) -> None:
        """Everyone, without search text; one ``changed``."""
        combos = (self.kind_combo, self.team_combo, self.class_combo, self.status_combo)
        for widget in (*combos, self.search):
            widget.blockSignals(True)
        for combo in combos:
            combo.setCurrentIndex(0)
        self.search.clear()
        self._fill_classes()
        for widget in (*combos, self.search):
            widget.blockSignals(False)
        self.search_timer.stop()
        self.changed.emit()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _combo_changed(self, combo: QComboBox) -> None:
        if combo is self.team_combo:  # its classes only; a class of another team is let go
            self.class_combo.blockSignals(True)
            self._fill_classes()
            self.class_combo.blockSignals(False)
        self.changed.emit()

    def _fill_classes(self) -> None:
        keep = self.class_combo.currentData()
        team = self.team_combo.currentData()
        self.class_combo.clear()
        self.class_combo.addItem(self.tr("Alle klassen"), None)
        for name in self.ctx.lists(person_classes, None if team is None else int(team)):
            self.class_combo.addItem(name, name)
        self.class_combo.setCurrentIndex(max(0, self.class_combo.findData(keep)))
