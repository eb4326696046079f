"""The pieces every filter bar above a list is made of: a search box that answers once
the user pauses, a filter choice, and a date field with a calendar. One look and one
behaviour for the case list, the person list and the audit log."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit

from ui import dates
from ui.look import icon

SEARCH_DELAY_MS = 250  # searching waits for a pause in typing, not for every key


class _SearchKeys(QObject):
    """Escape empties the search box; Down, Return or Enter search at once for what was
    typed (not waiting for the pause) and go on to the list."""

    def __init__(
        self, box: QLineEdit, timer: QTimer, on_pause: Callable[[], object],
        on_leave: Callable[[], object],
    ) -> None:  # fmt: skip
        super().__init__(box)
        self.box, self.timer, self.on_pause, self.on_leave = box, timer, on_pause, on_leave

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not (isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress):
            return False
        if event.key() == Qt.Key.Key_Escape and self.box.text():
            self.box.clear()
            return True
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.timer.isActive():
                self.timer.stop()
                self.on_pause()
            self.on_leave()
            return True
        return False


def search_box(
    owner: QObject,
    name: str,
    placeholder: str,
    accessible_name: str,
    on_pause: Callable[[], object],
    on_leave: Callable[[], object],
) -> tuple[QLineEdit, QTimer]:
    """A search field with a search icon and a clear button, and the timer that calls
    ``on_pause`` once typing stops; Down, Return or Enter call ``on_leave``."""
    box = QLineEdit(objectName=name)
    box.setPlaceholderText(placeholder)
    box.setAccessibleName(accessible_name)
    box.setClearButtonEnabled(True)
    box.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(SEARCH_DELAY_MS)
    timer.timeout.connect(lambda: on_pause())
    box.textChanged.connect(timer.start)
    box.installEventFilter(_SearchKeys(box, timer, on_pause, on_leave))
    return box, timer


def filter_combo(
    name: str, caption: str, length: int, on_change: Callable[[], object] | None = None
) -> QComboBox:
    """A filter choice ``length`` characters wide, named ``caption`` for screen readers."""
    combo = QComboBox(objectName=name)
    combo.setAccessibleName(caption)
    combo.setToolTip(caption)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(length)
    if on_change is not None:
        combo.currentIndexChanged.connect(lambda _index: on_change())
    return combo


def date_field(day: QDate, caption: str, on_change: Callable[[], object]) -> QDateEdit:
    """A date typed as dd-mm-jjjj or chosen from a calendar."""
    edit = QDateEdit(day)
    edit.setDisplayFormat(dates.edit_format())
    edit.setCalendarPopup(True)
    edit.setAccessibleName(caption)
    edit.dateChanged.connect(lambda _day: on_change())
    return edit
