"""What a paged list page shows around its table: how many rows there are (the first page at
once as "200+ …, tellen…", the exact number when the thread pool has counted them) and,
instead of the table, a message when nothing is found or the list could not be read.

The case, person and audit pages each have one; they only say how their rows are counted
and what an empty list means.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QTableView, QWidget

from casemanager.errors import CaseManagerError
from ui import core_text
from ui.paged_model import PagedTableModel


def number(total: int) -> str:
    """1.234 in Dutch, 1,234 in English (the language's locale, set at start)."""
    return QLocale().toString(total)


class ListResult(QObject):
    def __init__(
        self,
        model: PagedTableModel,
        table: QTableView,
        count_text: Callable[[int, bool], str],
        empty_text: Callable[[], str],
        *,
        names: tuple[str, str],
        parent: QWidget,
        key: Callable[[Any], object] = attrgetter("id"),
    ) -> None:
        """``count_text(total, counted)`` words the count (not yet counted: a full first
        page); ``empty_text()`` says why there are no rows; ``names`` are the object names
        of the count and the message; ``key`` tells rows apart across a reload."""
        super().__init__(parent)
        self.model = model
        self.table = table
        self.count_text = count_text
        self.empty_text = empty_text
        self.key = key
        self.count_label = QLabel(objectName=names[0])
        self.count_label.setProperty("role", "hint")
        self.message = QLabel(objectName=names[1], wordWrap=True)
        self.message.setProperty("role", "hint")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(table)
        self.stack.addWidget(self.message)
        model.loaded.connect(self.show_result)
        model.counted.connect(self.show_count)
        model.failed.connect(self.show_error)

    def reload(self) -> None:
        """Query again with the model's filter and sort; the row selected before (by its
        key) stays selected when it is still there. A service's refusal is shown."""
        rows = self.table.selectionModel().selectedRows()
        keep = self.key(self.model.row_at(rows[0].row())) if rows else None
        try:
            self.model.reload()
        except CaseManagerError as error:
            self.show_error(core_text.message(error))
            return
        if keep is not None:
            row = self.model.row_where(lambda r: self.key(r) == keep)
            if row is not None:
                self.table.selectRow(row)

    def enter_table(self) -> None:
        """From the search box to the list: the first row chosen unless one already is."""
        if self.model.rowCount():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.table.selectionModel().hasSelection():
                self.table.selectRow(0)

    def show_result(self) -> None:
        total = self.model.total()
        self.count_label.setText(self.count_text(total, self.model.is_counted))
        if total:
            self.stack.setCurrentWidget(self.table)
        else:
            self.message.setText(self.empty_text())
            self.stack.setCurrentWidget(self.message)

    def show_count(self) -> None:
        self.count_label.setText(self.count_text(self.model.total(), True))

    def show_error(self, message: str) -> None:
        self.count_label.clear()
        self.message.setText(message)
        self.stack.setCurrentWidget(self.message)

    def clear(self) -> None:
        """Locked: no rows and no count on screen."""
        self.model.clear()
        self.count_label.clear()
