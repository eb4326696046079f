"""Personen: the register as a list, with its filter bar and a search box that searches
as you type, and the import button for the roles that may import.

The page turns the filter bar's ``PersonFilter`` into a query of the model
(``person_list_model.py``), which fetches a page at a time. Enter or a double click on a
row asks for that person's view (``person_opened``).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casemanager.people.registry import PersonFilter
from casemanager.permissions import Permission, allows
from ui.cases.list_page import CaseTable
from ui.context import AppContext
from ui.list_result import ListResult, number
from ui.look import icon
from ui.people.person_filters import PersonFilterBar
from ui.people.person_list_model import CLASS, KIND, NAME, NUMBER, STATUS, TEAM, PersonListModel
from ui.tables import set_up_list_table

COLUMN_WIDTHS = {KIND: 130, CLASS: 80, TEAM: 190, NUMBER: 110, STATUS: 150}


class PersonListPage(QWidget):
    """``person_opened(id)`` on Enter or a double click; ``import_requested`` from the
    import button (shown only to roles that may import persons)."""

    person_opened = Signal(int)
    import_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personListPage")
        self.ctx = ctx
        self.model = PersonListModel(ctx, self)
        self._allowed = allows(ctx.actor, Permission.LIST_PERSONS)

        title = QLabel(self.tr("Personen"))
        title.setObjectName("pageTitle")
        self.table = self._make_table()
        self.result = ListResult(
            self.model, self.table, self._count_text, self._empty_text,
            names=("personCount", "emptyState"), parent=self,
        )  # fmt: skip
        self.count_label, self.empty_label = self.result.count_label, self.result.message
        self.stack = self.result.stack
        self.filters = PersonFilterBar(ctx) if self._allowed else None
        self.import_button = QPushButton(icon("add"), self.tr("Personen importeren…"))
        self.import_button.setObjectName("importPersons")
        self.import_button.setToolTip(
            self.tr("Leerlingen, ouders of medewerkers inlezen uit een CSV-export van "
                    "Magister of Somtoday")
        )  # fmt: skip
        self.import_button.setVisible(allows(ctx.actor, Permission.IMPORT_PERSONS))
        self.import_button.clicked.connect(self.import_requested)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(24)
        if self.filters is not None:
            self.filters.search.setMinimumWidth(280)
            top.addWidget(self.filters.search, 1)
            top.addWidget(self.filters.clear_button)
        else:
            top.addStretch(1)
        top.addSpacing(16)
        top.addWidget(self.count_label)
        top.addSpacing(16)
        top.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        if self.filters is not None:
            layout.addWidget(self.filters)
            self.model.filter = self.filters.current_filter()
            self.filters.changed.connect(self.apply_filter)
            self.filters.leave_search.connect(self._to_table)
        layout.addWidget(self.stack, 1)

        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        ctx.locked_changed.connect(self._on_locked)
        self.refresh()

    def _make_table(self) -> CaseTable:
        table = CaseTable()
        table.setObjectName("personTable")
        table.setModel(self.model)
        header = set_up_list_table(table)
        header.setStretchLastSection(False)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(self.model.sort_column, self.model.sort_order)
        table.setSortingEnabled(True)  # before the first load the model only records it
        table.open_requested.connect(self._open)
        return table

    # --- loading and showing --------------------------------------------------------------

    def apply_filter(self) -> None:
        if self.filters is not None:
            self.model.filter = self.filters.current_filter()
        self.refresh()

    def refresh(self) -> None:
        """Query again with the current filter and sort; keeps the selected person if shown."""
        if self.ctx.is_locked:
            return
        if not self._allowed:
            self._show_error(self.tr("Met uw rol kunt u geen personen inzien."))
            return
        self.result.reload()

    def selected_person_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.person_id(rows[0].row()) if rows else None

    def focus_search(self) -> None:
        if self.filters is not None:
            self.filters.focus_search()

    def _to_table(self) -> None:
        self.result.enter_table()

    def _count_text(self, total: int, counted: bool) -> str:
        if not counted:  # a full first page; the total follows from the thread pool
            return self.tr("{number}+ personen, tellen…").format(number=number(total))
        if total == 0:
            return self.tr("Geen personen")
        if total == 1:
            return self.tr("1 persoon")
        return self.tr("{number} personen").format(number=number(total))

    def _empty_text(self) -> str:
        if self.model.filter == PersonFilter():
            return self.tr("Er staan nog geen personen in het dossier die u mag zien.")
        return self.tr("Geen personen gevonden.\nPas de filters aan of wis de zoektekst.")

    def _show_error(self, message: str) -> None:
        self.result.show_error(message)

    def _on_locked(self, locked: bool) -> None:
        if locked:
            self.result.clear()
        else:
            self.refresh()

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.person_opened.emit(self.model.person_id(index.row()))
