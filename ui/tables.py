"""The look and behaviour every read-only list in the app shares: whole rows are chosen,
nothing is edited in place, rows alternate in colour on one line each without a grid, there
are no row numbers, and the column headings sit left and do not light up with the
selection. Each list adds its own columns, widths, stretch and sorting to the header this
returns."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def set_up_list_table(
    table: QTableView, *, multi_select: bool = False, row_height: int = 28
) -> QHeaderView:
    """Give ``table`` the shared list settings and return its horizontal header.

    One row at a time unless ``multi_select`` (then Qt's extended selection: Shift and
    Ctrl add rows); ``row_height`` is the height of every row in pixels."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi_select
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setShowGrid(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(row_height)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return header
