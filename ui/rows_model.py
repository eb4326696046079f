"""A read-only table model over a list of plain rows: the part of Qt's model interface every
list of ours writes the same way. A subclass says what a column is titled and what a cell
shows; ``PagedTableModel`` adds paging on top, the data-leak register uses it as it is.

A subclass provides ``column_titles()`` and ``cell_text(row, column)``, and optionally
``row_tooltip(row)`` and ``cell_data(row, column, role)`` for any other role (colours,
fonts, ids, a cell's own tooltip).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class RowsTableModel(QAbstractTableModel, Generic[Row]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._headers = self.column_titles()

    # --- what a subclass provides ---------------------------------------------------------

    def column_titles(self) -> tuple[str, ...]:
        raise NotImplementedError

    def cell_text(self, row: Row, column: int) -> str:
        raise NotImplementedError

    def row_tooltip(self, row: Row) -> str | None:
        return None

    def cell_data(self, row: Row, column: int, role: int) -> Any:
        """Any other role of a cell (colours, fonts, ids): None by default."""
        return None

    # --- rows -----------------------------------------------------------------------------

    @property
    def rows(self) -> list[Row]:
        return self._rows

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def row_where(self, test: Callable[[Row], bool]) -> int | None:
        """The first row held that passes ``test``, or None."""
        return next((i for i, r in enumerate(self._rows) if test(r)), None)

    # --- Qt's model interface -------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

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
            return self.cell_text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.row_tooltip(row)
            if tip is not None:
                return tip
        return self.cell_data(row, column, role)
