"""Typing (or scanning) the barcodes of registered letters: one field for one letter, a
table of the letters with a field per row for several.

A barcode scanner types the code and presses Enter: Enter in a field goes on to the next
letter's field (after the last, to the dialog's button), so scanning a pile of receipts
never submits the dialog halfway.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casemanager.letters.queue_listing import QueuedLetter
from ui.cases.form_widgets import restyle

TO, CASE, MUST, BARCODE = range(4)
ROW_HEIGHT = 34
EXAMPLE = "3SABCD1234567"


class BarcodeEntry(QWidget):
    """The barcode field(s) for ``letters``; ``texts()`` gives one per letter, in order."""

    edited = Signal()
    finished = Signal()  # Enter in the last field

    def __init__(self, letters: Sequence[QueuedLetter], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.letters = list(letters)
        self.fields = [self._field(i) for i in range(len(self.letters))]
        self.table = self._table() if len(self.letters) > 1 else None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table if self.table is not None else self.fields[0])

    def _field(self, row: int) -> QLineEdit:
        example = "" if len(self.letters) > 1 else self.tr("bijv. {code}").format(code=EXAMPLE)
        field = QLineEdit(objectName=f"barcode{row}", placeholderText=example)
        field.setMaxLength(60)
        field.textChanged.connect(self.edited)
        field.installEventFilter(self)
        return field

    def _table(self) -> QTableWidget:
        table = QTableWidget(len(self.letters), 4, objectName="barcodeTable")
        table.setHorizontalHeaderLabels(
            [self.tr("Aan"), self.tr("Zaak"), self.tr("Aangetekend"), self.tr("Barcode")]
        )
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field
        table.setShowGrid(False)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(TO, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(CASE, 90)
        header.resizeSection(MUST, 105)
        header.resizeSection(BARCODE, 190)
        for row, letter in enumerate(self.letters):
            must = self.tr("verplicht") if letter.registered else ""
            for column, text in ((TO, letter.addressee), (CASE, letter.case_number), (MUST, must)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(letter.subject if column == TO else "")
                table.setItem(row, column, item)
            table.setCellWidget(row, BARCODE, self.fields[row])
        table.setMinimumHeight(min(len(self.letters), 6) * ROW_HEIGHT + 34)
        return table

    # --- use --------------------------------------------------------------------------------

    def texts(self) -> list[str]:
        return [field.text() for field in self.fields]

    def set_needed(self, needed: bool) -> None:
        """Show the barcode field(s) only for aangetekend; the table lists the letters
        either way."""
        if self.table is None:
            self.fields[0].setVisible(needed)
        else:
            self.table.setColumnHidden(BARCODE, not needed)
        if not needed:
            self.mark(set())

    def mark(self, rows: set[int]) -> None:
        """Outline the fields of these letters in red (the style sheet's "invalid")."""
        for row, field in enumerate(self.fields):
            if bool(field.property("invalid")) != (row in rows):
                field.setProperty("invalid", row in rows)
                restyle(field)

    def focus_first(self) -> None:
        empty = next((field for field in self.fields if not field.text()), self.fields[0])
        empty.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        enter = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in enter
            and watched in self.fields
        ):
            index = self.fields.index(watched)  # type: ignore[arg-type]
            if index + 1 < len(self.fields):
                self.fields[index + 1].setFocus(Qt.FocusReason.TabFocusReason)
            else:
                self.finished.emit()
            return True
        return super().eventFilter(watched, event)
