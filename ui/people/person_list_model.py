"""The person list as a table model that holds only the rows fetched so far.

Filtering, searching and sorting happen in SQL (``casemanager.people.registry``); the model
asks for one page at a time as the view scrolls (``canFetchMore``/``fetchMore``), so a
register of 40,000 persons costs the screen a few hundred rows. A new filter or sort order
resets the model and fetches the first page again. A page that is not full is the whole
answer; after a full one the total for "N personen" is counted in the thread pool
(``counted``), so the rows show first.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from casemanager.dutch import short_date
from casemanager.errors import CaseManagerError
from casemanager.people.registry import PersonFilter, PersonRow, count_persons, list_persons
from ui.cases.case_common import kind_label
from ui.context import AppContext
from ui.tasks import error_text, run_task

NAME, KIND, CLASS, TEAM, NUMBER, STATUS = range(6)
COLUMN_COUNT = 6
# the registry's sort for each column (every column sorts in SQL)
SORT_KEYS = {
    NAME: "name",
    KIND: "kind",
    CLASS: "class",
    TEAM: "team",
    NUMBER: "number",
    STATUS: "status",
}

PersonIdRole = Qt.ItemDataRole.UserRole + 1  # the person's id (int)

PAGE_SIZE = 200
LEFT_COLOR = "#5b6878"  # a person who has left: grey text

Index = QModelIndex | QPersistentModelIndex


class PersonListModel(QAbstractTableModel):
    loaded = Signal()  # the model was reset and holds the first page of a new query
    counted = Signal()  # the total of the current query is known (``total``)
    failed = Signal(str)  # fetching or counting failed; the Dutch message

    def __init__(
        self, ctx: AppContext, parent: QObject | None = None, *, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.page_size = page_size
        self.filter = PersonFilter()
        self.sort_column = NAME
        self.sort_order = Qt.SortOrder.AscendingOrder
        self._rows: list[PersonRow] = []
        self._total: int | None = 0  # None: still being counted
        self._query = 0  # which reload a background count belongs to
        self._exhausted = True
        self._loaded = False  # until the first reload(), sort() only records the order
        self._headers = (
            self.tr("Naam"),
            self.tr("Soort"),
            self.tr("Klas"),
            self.tr("Team"),
            self.tr("Nummer"),
            self.tr("Status"),
        )

    # --- the query ------------------------------------------------------------------------

    @property
    def fetched(self) -> int:
        """How many rows the model holds now (the view's row count)."""
        return len(self._rows)

    def total(self) -> int:
        """How many persons the current filter finds; while that is still being counted,
        the rows fetched so far."""
        return len(self._rows) if self._total is None else self._total

    @property
    def is_counted(self) -> bool:
        return self._total is not None

    def set_filter(self, filter: PersonFilter) -> None:
        self.filter = filter
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in SORT_KEYS:
            return
        changed = (column, order) != (self.sort_column, self.sort_order)
        self.sort_column, self.sort_order = column, order
        if changed and self._loaded:
            self.reload()

    def reload(self) -> None:
        """Fetch the first page and the total again: same filter and sort, fresh data."""
        self.beginResetModel()
        self._rows, self._total, self._exhausted = [], 0, True
        self._loaded = True
        self._query += 1
        try:
            first = self._page(0)
            self._rows = first
            self._exhausted = len(first) < self.page_size
            self._total = len(first) if self._exhausted else None
        finally:
            self.endResetModel()
        self.loaded.emit()
        if self._total is None:
            self._count(self._query)
        else:
            self.counted.emit()

    def _count(self, query: int) -> None:
        dossier, filter = self.ctx.dossier, self.filter

        def counted(total: int) -> None:
            if shiboken6.isValid(self) and query == self._query:
                self._total = total
                self.counted.emit()

        def failed(error: BaseException) -> None:
            if shiboken6.isValid(self) and query == self._query:
                self.failed.emit(error_text(error))

        run_task(None, lambda: count_persons(dossier, **filter.kwargs()), counted, on_error=failed)

    def clear(self) -> None:
        """Forget every row (the dossier was locked)."""
        self.beginResetModel()
        self._rows, self._total, self._exhausted = [], 0, True
        self._query += 1  # a count still running belongs to the dossier before the lock
        self.endResetModel()

    def _page(self, offset: int) -> list[PersonRow]:
        return self.ctx.lists(
            list_persons,
            **self.filter.kwargs(),
            sort=SORT_KEYS[self.sort_column],
            descending=self.sort_order == Qt.SortOrder.DescendingOrder,
            offset=offset,
            limit=self.page_size,
        )

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self.ctx.is_locked

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        try:
            more = self._page(len(self._rows))
        except CaseManagerError as error:
            self._exhausted = True
            self.failed.emit(str(error))
            return
        self._exhausted = len(more) < self.page_size
        if self._exhausted and self._total is None:  # everything is here: that is the total
            self._total = len(self._rows) + len(more)
            self._query += 1
            self.counted.emit()
        if more:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    # --- rows -----------------------------------------------------------------------------

    def row_at(self, row: int) -> PersonRow:
        return self._rows[row]

    def person_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of_person(self, person_id: int) -> int | None:
        """The row of a person among those fetched, or None."""
        return next((i for i, r in enumerate(self._rows) if r.id == person_id), None)

    # --- Qt's model interface -------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == PersonIdRole:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole and has_left(row):
            return QColor(LEFT_COLOR)
        return None

    def _text(self, row: PersonRow, column: int) -> str:
        if column == NAME:
            return row.sort_name
        if column == KIND:
            return kind_label(row.kind)
        if column == CLASS:
            return row.class_name
        if column == TEAM:
            return row.team
        if column == NUMBER:
            return row.number or ""
        if column == STATUS:
            return self.status_text(row)
        return ""

    def status_text(self, row: PersonRow) -> str:
        if has_left(row):
            return self.tr("vertrokken")
        if row.leave_date is not None:  # a date in the future
            return self.tr("actief, tot {date}").format(date=short_date(row.leave_date))
        return self.tr("actief")

    def _tooltip(self, row: PersonRow) -> str:
        lines = [f"{row.name} ({kind_label(row.kind)})"]
        if row.number:
            lines.append(self.tr("Nummer: {number}").format(number=row.number))
        if row.class_name or row.team:
            where = " · ".join(p for p in (row.class_name, row.team) if p)
            lines.append(self.tr("Klas en team: {where}").format(where=where))
        if has_left(row) and row.leave_date is not None:
            day = short_date(row.leave_date)
            lines.append(self.tr("Vertrokken op {date}").format(date=day))
        lines.append(self.tr("Enter of dubbelklik: persoon openen"))
        return "\n".join(lines)


def has_left(row: PersonRow, on: dt.date | None = None) -> bool:
    day = on or dt.date.today()
    return row.leave_date is not None and row.leave_date <= day
