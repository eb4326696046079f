"""A table model that holds only the rows fetched so far, a page at a time.

The lists of cases, persons, queued letters and audit entries are filtered and sorted in
SQL; the model asks for one page as the view scrolls (``canFetchMore``/``fetchMore``), so a
list of 100,000 rows costs the screen a few hundred. A new filter or sort order resets the
model and fetches the first page again (``loaded``). A page that is not full is the whole
answer; after a full one the total is counted in the thread pool (``counted``), so the rows
show first. Each ``reload`` or ``clear`` starts a new generation: a count that finishes
for an older one is dropped. A page or a count that fails emits ``failed`` (the message,
in the application's language).

A subclass (``PagedTableModel[RowType, FilterType]``) provides:

* ``fetch_page(cursor, limit)``: up to ``limit`` rows of the current filter and sort
  from ``cursor`` on; the cursor is an offset unless ``next_cursor`` says otherwise;
* ``count_all(dossier, filter)``: how many rows the filter finds; it runs in the thread
  pool, so it uses its arguments only, never the model;
* ``column_titles``, ``cell_text`` and optionally ``row_tooltip`` and ``cell_data``: what
  the table shows (``RowsTableModel``, ui/rows_model.py);
* optionally ``sort_keys`` (column -> the service's sort) and ``next_cursor`` (to page by
  a key, e.g. "before sequence number", rather than by offset).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Generic, TypeVar

import shiboken6
from PySide6.QtCore import (
    QModelIndex,
    QObject,
    Qt,
    Signal,
)

from casemanager.errors import CaseManagerError
from casemanager.store.dossier import Dossier
from ui.context import AppContext
from ui.rows_model import Index, Row, RowsTableModel
from ui.tasks import error_text, run_task

PAGE_SIZE = 200

Filter = TypeVar("Filter")


class PagedTableModel(RowsTableModel[Row], Generic[Row, Filter]):
    loaded = Signal()  # the model was reset and holds the first page of a new query
    counted = Signal()  # the total of the current query is known (``total``)
    failed = Signal(str)  # fetching a page or the count failed; the message for the user

    # the columns the view may sort on, and the service's sort each stands for
    sort_keys: ClassVar[Mapping[int, Any]] = {}

    def __init__(
        self,
        ctx: AppContext,
        filter: Filter,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
        sort_column: int = 0,
        sort_order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.page_size = page_size
        self.filter = filter
        self.sort_column = sort_column
        self.sort_order = sort_order
        self._total: int | None = 0  # None: still being counted
        self._query = 0  # which reload a background count belongs to
        self._exhausted = True
        self._loaded = False  # until the first reload(), sort() only records the order

    # --- what a subclass provides ---------------------------------------------------------

    def fetch_page(self, cursor: int | None, limit: int) -> list[Row]:
        """Up to ``limit`` rows of the current filter and sort, from ``cursor`` on."""
        raise NotImplementedError

    def count_all(self, dossier: Dossier, filter: Filter) -> int:
        """How many rows ``filter`` finds (in the thread pool: the arguments only)."""
        raise NotImplementedError

    def next_cursor(self) -> int | None:
        """Where the next page starts: by default the offset, the rows held so far."""
        return len(self._rows)

    # --- the query ------------------------------------------------------------------------

    @property
    def fetched(self) -> int:
        """How many rows the model holds now (the view's row count)."""
        return len(self._rows)

    def total(self) -> int:
        """How many rows the current filter finds, over all pages; while that is still
        being counted, the rows fetched so far."""
        return len(self._rows) if self._total is None else self._total

    @property
    def is_counted(self) -> bool:
        return self._total is not None

    @property
    def descending(self) -> bool:
        return self.sort_order == Qt.SortOrder.DescendingOrder

    def set_filter(self, filter: Filter) -> None:
        self.filter = filter
        self.reload()

    def is_sortable(self, column: int) -> bool:
        return column in self.sort_keys

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not self.is_sortable(column):
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
            first = self.fetch_page(self.next_cursor(), self.page_size)
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
        dossier, filter, count = self.ctx.dossier, self.filter, self.count_all

        def counted(total: int) -> None:
            if shiboken6.isValid(self) and query == self._query:
                self._total = total
                self.counted.emit()

        def failed(error: BaseException) -> None:
            if shiboken6.isValid(self) and query == self._query:
                self.failed.emit(error_text(error))

        run_task(None, lambda: count(dossier, filter), counted, on_error=failed)

    def clear(self) -> None:
        """Forget every row (the dossier was locked)."""
        self.beginResetModel()
        self._rows, self._total, self._exhausted = [], 0, True
        self._query += 1  # a count still running belongs to the dossier before the lock
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self.ctx.is_locked

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        try:
            more = self.fetch_page(self.next_cursor(), self.page_size)
        except CaseManagerError as error:
            self._exhausted = True
            self.failed.emit(error_text(error))
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
