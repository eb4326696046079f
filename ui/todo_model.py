"""The read-only model behind the Te doen tree: group headings at the top level ("Te laat (5)",
"Vandaag (6)", …), their deadlines as children.

A model instead of ``QTreeWidgetItem``s: with PySide6 6.12 on Python 3.11 every
``setData``/``setToolTip``/``setForeground`` on an item drops a reference to ``None``, and a
list of tens of thousands of deadlines then aborts the process ("deallocating None"). Here
nothing is stored in Qt: ``data()`` answers from plain Python lists, only for the rows shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from casemanager.cases.deadlines import Deadline
from ui import core_text
from ui.dates import weekday_short_date

TITLE, CASE, PERSON, DUE, DETAIL = range(5)
COLUMNS = 5
LATE = "late"
DeadlineRole = Qt.ItemDataRole.UserRole + 1  # the Deadline of a row (None on a heading)
GroupRole = Qt.ItemDataRole.UserRole  # the key of a heading ("late", "today", …)
LATE_COLOR = "#a1241b"
ROW_HEIGHT = 26
_HEADING = 0  # internalId of a heading; a deadline's is its group's row + 1
Index = QModelIndex | QPersistentModelIndex

_ROOT = QModelIndex()
# the kinds of deadline (Deadline.kind), marked for lupdate; translated in the tooltip
KIND_LABELS = {
    "hoorgesprek": QT_TRANSLATE_NOOP("TodoPage", "hoorgesprek"),
    "melding": QT_TRANSLATE_NOOP("TodoPage", "melding"),
    "schorsing": QT_TRANSLATE_NOOP("TodoPage", "einde van een maatregel"),
    "bezwaartermijn": QT_TRANSLATE_NOOP("TodoPage", "bezwaartermijn"),
    "bezwaar": QT_TRANSLATE_NOOP("TodoPage", "bezwaar"),
    "zienswijze": QT_TRANSLATE_NOOP("TodoPage", "zienswijze"),
    "datalek": QT_TRANSLATE_NOOP("TodoPage", "datalek"),
    "bewaartermijn": QT_TRANSLATE_NOOP("TodoPage", "bewaartermijn"),
}


class DeadlineModel(QAbstractItemModel):
    """Groups of deadlines, read-only. ``set_groups`` replaces everything at once."""

    def __init__(self, headers: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._groups: list[tuple[str, str, list[Deadline]]] = []  # key, heading, deadlines
        self._late = QBrush(QColor(LATE_COLOR))
        self._bold = QFont()
        self._bold.setBold(True)
        self._heading_size = QSize(0, ROW_HEIGHT + 4)
        self._row_size = QSize(0, ROW_HEIGHT)

    def set_groups(self, groups: list[tuple[str, str, list[Deadline]]]) -> None:
        """``groups``: (key, heading text with its count, the group's deadlines) each."""
        self.beginResetModel()
        self._groups = [(key, heading, list(found)) for key, heading, found in groups]
        self.endResetModel()

    def set_heading_font(self, font: QFont) -> None:
        self._bold = QFont(font)
        self._bold.setBold(True)

    def deadline(self, index: Index) -> Deadline | None:
        """The deadline of a row, None for a heading or an invalid index."""
        if not index.isValid() or index.internalId() == _HEADING:
            return None
        return self._groups[index.internalId() - 1][2][index.row()]

    # --- the structure --------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if not 0 <= column < COLUMNS or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row < len(self._groups):
                return self.createIndex(row, column, _HEADING)
            return QModelIndex()
        if parent.internalId() != _HEADING or parent.column() != 0:
            return QModelIndex()
        if row < len(self._groups[parent.row()][2]):
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _HEADING:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _HEADING)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _HEADING and parent.column() == 0:
            return len(self._groups[parent.row()][2])
        return 0

    def columnCount(self, parent: Index = _ROOT) -> int:
        return COLUMNS

    def hasChildren(self, parent: Index = _ROOT) -> bool:
        return self.rowCount(parent) > 0

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < COLUMNS
        ):
            return self._headers[section]
        return None

    # --- the contents ---------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _HEADING:
            return self._heading_data(index, role)
        key, _heading, found = self._groups[index.internalId() - 1]
        deadline = found[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _texts(deadline)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(deadline)
        if role == DeadlineRole:
            return deadline
        if role == Qt.ItemDataRole.ForegroundRole and key == LATE and column == DUE:
            return self._late
        if role == Qt.ItemDataRole.SizeHintRole and column == TITLE:
            return self._row_size
        return None

    def _heading_data(self, index: Index, role: int) -> Any:
        key, heading, _found = self._groups[index.row()]
        if index.column() != TITLE:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return heading
        if role == GroupRole:
            return key
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and key == LATE:
            return self._late
        if role == Qt.ItemDataRole.SizeHintRole:
            return self._heading_size
        return None


def due_text(deadline: Deadline) -> str:
    return weekday_short_date(deadline.due)


def detail_text(deadline: Deadline) -> str:
    return core_text.text(deadline.detail) if deadline.detail is not None else ""


def _texts(deadline: Deadline) -> tuple[str, str, str, str, str]:
    return (
        core_text.text(deadline.title),
        deadline.case_number,
        deadline.person,
        due_text(deadline),
        detail_text(deadline),
    )


def _tooltip(deadline: Deadline) -> str:
    kind = QCoreApplication.translate("TodoPage", KIND_LABELS.get(deadline.kind, deadline.kind))
    tip = QCoreApplication.translate("TodoPage", "Soort: {kind}").format(kind=kind)
    if deadline.case_id is not None:
        tip += "\n" + QCoreApplication.translate(
            "TodoPage", "Enter of dubbelklik opent zaak {number}."
        ).format(number=deadline.case_number)
    if deadline.detail is not None:
        tip += "\n" + detail_text(deadline)
    return tip
