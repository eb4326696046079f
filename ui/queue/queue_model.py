"""The print queue as a table model that holds only the rows fetched so far.

Filtering and sorting happen in SQL (``casemanager.letters.queue_listing``); the model asks
for one page at a time as the view scrolls (``canFetchMore``/``fetchMore``), as the case
list does (``ui.cases.list_model``). A new filter or sort order resets the model and
fetches the first page again. A page that is not full is the whole answer; after a full one
the total is counted in the thread pool (``counted``), so the rows show first.
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
from PySide6.QtGui import QColor, QFont

from casemanager.dutch import short_date
from casemanager.errors import CaseManagerError
from casemanager.letters.queue_listing import (
    QueuedLetter,
    QueueFilter,
    QueueSort,
    count_queue,
    list_queue,
)
from ui.context import AppContext
from ui.tasks import error_text, run_task

ADDRESSEE, LETTER_TYPE, CASE, RELEASED, REGISTERED, STATUS = range(6)
COLUMN_COUNT = 6
SORT_KEYS: dict[int, QueueSort] = {
    ADDRESSEE: QueueSort.ADDRESSEE,
    LETTER_TYPE: QueueSort.LETTER_TYPE,
    CASE: QueueSort.CASE_NUMBER,
    RELEASED: QueueSort.RELEASED,
    REGISTERED: QueueSort.REGISTERED,
    STATUS: QueueSort.STATUS,
}
LetterIdRole = Qt.ItemDataRole.UserRole + 1  # the letter's id (int)

PAGE_SIZE = 200
# a sent letter in the green of a case made known (ui/status_colors.py); one still to send
# stays plain: in the default list every letter is, and colour there would only be noise
SENT = (QColor("#e0f2e2"), QColor("#1c4d24"))
REGISTERED_INK = QColor("#6e2a0f")  # "ja": this one needs the registered-mail counter
NOT_REGISTERED_INK = QColor("#5b6878")  # the style sheet's hint grey

Index = QModelIndex | QPersistentModelIndex


def local_day(moment: dt.datetime) -> dt.date:
    """The day a moment (aware, UTC) falls on here."""
    return moment.astimezone().date()


class QueueModel(QAbstractTableModel):
    loaded = Signal()  # reset with the first page of a new query
    counted = Signal()  # the total of the current query is known (``total``)
    failed = Signal(str)  # fetching a further page or the count failed; the Dutch message

    def __init__(
        self, ctx: AppContext, parent: QObject | None = None, *, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.page_size = page_size
        self.filter = QueueFilter()
        self.sort_column = RELEASED
        self.sort_order = Qt.SortOrder.AscendingOrder  # the oldest waiting letter first
        self._rows: list[QueuedLetter] = []
        self._total: int | None = 0  # None: still being counted
        self._query = 0  # which reload a background count belongs to
        self._exhausted = True
        self._loaded = False  # until the first reload(), sort() only records the order
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = (
            self.tr("Aan"),
            self.tr("Soort brief"),
            self.tr("Zaak"),
            self.tr("Vrijgegeven"),
            self.tr("Aangetekend"),
            self.tr("Status"),
        )

    # --- the query ------------------------------------------------------------------------

    @property
    def fetched(self) -> int:
        return len(self._rows)

    def total(self) -> int:
        """How many letters the filter finds; while still counting, the rows fetched."""
        return len(self._rows) if self._total is None else self._total

    @property
    def is_counted(self) -> bool:
        return self._total is not None

    def set_filter(self, filter: QueueFilter) -> None:
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

        run_task(None, lambda: count_queue(dossier, filter), counted, on_error=failed)

    def clear(self) -> None:
        """Forget every row (the dossier was locked)."""
        self.beginResetModel()
        self._rows, self._total, self._exhausted = [], 0, True
        self._query += 1  # a count still running belongs to the dossier before the lock
        self.endResetModel()

    def _page(self, offset: int) -> list[QueuedLetter]:
        descending = self.sort_order == Qt.SortOrder.DescendingOrder
        sort = SORT_KEYS[self.sort_column]
        return self.ctx.lists(
            list_queue, self.filter, sort, descending, offset=offset, limit=self.page_size
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

    def row_at(self, row: int) -> QueuedLetter:
        return self._rows[row]

    def row_of_letter(self, letter_id: int) -> int | None:
        """The row of a letter among those fetched, or None."""
        return next((i for i, r in enumerate(self._rows) if r.id == letter_id), None)

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
        if role == LetterIdRole:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if column == STATUS and row.is_sent and role == Qt.ItemDataRole.BackgroundRole:
            return SENT[0]
        if column == STATUS and row.is_sent and role == Qt.ItemDataRole.ForegroundRole:
            return SENT[1]
        if column == REGISTERED and role == Qt.ItemDataRole.ForegroundRole:
            return REGISTERED_INK if row.registered else NOT_REGISTERED_INK
        if column == REGISTERED and role == Qt.ItemDataRole.FontRole and row.registered:
            return self._bold
        return None

    def _text(self, row: QueuedLetter, column: int) -> str:
        if column == ADDRESSEE:
            return row.addressee
        if column == LETTER_TYPE:
            return row.type_title
        if column == CASE:
            return row.case_number
        if column == RELEASED:
            return short_date(local_day(row.released_at))
        if column == REGISTERED:
            return self.tr("ja") if row.registered else self.tr("nee")
        if column == STATUS:
            return self.status_text(row)
        return ""

    def status_text(self, row: QueuedLetter) -> str:
        if row.sent_at is None:
            return self.tr("te versturen")
        return self.tr("verzonden op {day}").format(day=short_date(local_day(row.sent_at)))

    def _tooltip(self, row: QueuedLetter) -> str:
        pages = self.tr("1 pagina") if row.page_count == 1 else self.tr("{n} pagina's")
        lines = [
            row.subject,
            self.tr("Aan: {addressee}").format(addressee=row.addressee),
            self.tr("Versie {version}, {pages}").format(
                version=row.version, pages=pages.format(n=row.page_count)
            ),
        ]
        if row.registered:
            lines.append(self.tr("Moet aangetekend worden verstuurd."))
        if row.sent_at is not None:
            how = row.send_method + (
                self.tr(", barcode {code}").format(code=row.tracking_number)
                if row.tracking_number
                else ""
            )
            lines.append(self.status_text(row) + f" ({how})")
        return "\n".join(lines)
