"""Zaken: the case list with its filter bar and a search box that searches as you type.

The page turns the filter bar's ``CaseFilter`` into a query of the model
(``list_model.py``), which fetches a page at a time. Enter or a double click on a row asks
the main window to open that case (``ctx.case_opened``).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casemanager.cases.listing import CaseFilter
from casemanager.permissions import GRANTS, Permission
from ui.cases.list_filters import CaseFilterBar, visible_teams
from ui.cases.list_model import CLASS, DATE, NUMBER, PERSON, STATUS, VIOLATION, CaseListModel
from ui.context import AppContext
from ui.list_result import ListResult, number
from ui.tables import set_up_list_table

COLUMN_WIDTHS = {NUMBER: 100, DATE: 100, CLASS: 70, VIOLATION: 210, STATUS: 130}


class CaseTable(QTableView):
    """The table; Enter, Return and a double click ask for the row's case."""

    open_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and event.button() == Qt.MouseButton.LeftButton:
            self.open_requested.emit(index)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)


class CaseListPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseListPage")
        self.ctx = ctx
        self.model = CaseListModel(ctx, self)
        self._allowed = bool(ctx.actor.roles & GRANTS[Permission.WORK_CASES])

        title = QLabel(self.tr("Zaken"))
        title.setObjectName("pageTitle")
        self.filters = CaseFilterBar(ctx, ctx.lists(visible_teams) if self._allowed else [])
        self.search = self.filters.search
        self.search.setMinimumWidth(280)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(24)
        top.addWidget(self.search, 1)
        top.addWidget(self.filters.clear_button)
        self.model.filter = self.filters.current_filter()
        self.table = self._make_table()
        self.result = ListResult(
            self.model, self.table, self._count_text, self._empty_text,
            names=("caseCount", "emptyState"), parent=self,
        )  # fmt: skip
        self.count_label, self.empty_label = self.result.count_label, self.result.message
        self.stack = self.result.stack
        top.addSpacing(16)
        top.addWidget(self.count_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.stack, 1)

        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        self.filters.changed.connect(self.apply_filter)
        self.filters.leave_search.connect(self._to_table)
        ctx.cases_changed.connect(self.refresh)
        ctx.locked_changed.connect(self._on_locked)
        self.refresh()

    def _make_table(self) -> CaseTable:
        table = CaseTable()
        table.setObjectName("caseTable")
        table.setModel(self.model)
        header = set_up_list_table(table)
        header.setStretchLastSection(True)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(PERSON, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(self.model.sort_column, self.model.sort_order)
        table.setSortingEnabled(True)  # before the first load the model only records it
        header.sortIndicatorChanged.connect(self._keep_sortable_indicator)
        table.open_requested.connect(self._open)
        return table

    # --- loading and showing --------------------------------------------------------------

    def apply_filter(self) -> None:
        self.model.filter = self.filters.current_filter()
        self.refresh()

    def refresh(self) -> None:
        """Query again with the current filter and sort; keeps the selected case if shown."""
        if self.ctx.is_locked:
            return
        if not self._allowed:
            self._show_error(self.tr("Met jouw rol werk je niet met zaken."))
            return
        self.result.reload()

    def selected_case_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.case_id(rows[0].row()) if rows else None

    def focus_search(self) -> None:
        self.filters.focus_search()

    def _to_table(self) -> None:
        self.result.enter_table()

    def _count_text(self, total: int, counted: bool) -> str:
        if not counted:  # a full first page; the total follows from the thread pool
            return self.tr("{number}+ zaken, tellen…").format(number=number(total))
        if total == 0:
            return self.tr("Geen zaken")
        if total == 1:
            return self.tr("1 zaak")
        return self.tr("{number} zaken").format(number=number(total))

    def _empty_text(self) -> str:
        if self.model.filter in (CaseFilter(), CaseFilter(open_only=True)):
            return self.tr("Er zijn geen open zaken.")
        return self.tr("Geen zaken gevonden.\nPas de filters aan of wis de zoektekst.")

    def _show_error(self, message: str) -> None:
        self.result.show_error(message)

    def _on_locked(self, locked: bool) -> None:
        if locked:
            self.result.clear()
        else:
            self.refresh()

    def _keep_sortable_indicator(self, column: int, order: Qt.SortOrder) -> None:
        if not self.model.is_sortable(column):  # e.g. Overtreding: no order in SQL
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column, self.model.sort_order)
            header.blockSignals(False)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.ctx.case_opened.emit(self.model.case_id(index.row()))
