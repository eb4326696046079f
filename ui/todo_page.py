"""Te doen: the signed-in user's due and overdue deadlines, grouped by when they are due.

The deadlines come from ``casemanager.cases.deadlines.todo`` (derived, never stored), read
off the UI thread. Activating a deadline of a case (Enter or a double click) asks the main
window to open that case.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casemanager.cases.deadlines import Deadline, todo
from casemanager.dutch import WEEKDAYS, short_date
from casemanager.uow import UnitOfWork
from ui.context import AppContext, Locked
from ui.tasks import error_text, run_task

TITLE, CASE, PERSON, DUE, DETAIL = range(5)
LATE, TODAY, WEEK, LATER = "late", "today", "week", "later"
GROUPS = (LATE, TODAY, WEEK, LATER)
DeadlineRole = Qt.ItemDataRole.UserRole + 1  # the Deadline of an item (None on a heading)
LATE_COLOR = "#a1241b"
ROW_HEIGHT = 26


def group_deadlines(items: Sequence[Deadline], today: dt.date) -> list[tuple[str, list[Deadline]]]:
    """The non-empty groups in the order of ``GROUPS``: overdue, today, the rest of this
    week (to Sunday), later; each keeps the order of ``items``."""
    end_of_week = today + dt.timedelta(days=6 - today.weekday())
    groups: dict[str, list[Deadline]] = {key: [] for key in GROUPS}
    for item in items:
        if item.overdue or item.due < today:
            groups[LATE].append(item)
        elif item.due == today:
            groups[TODAY].append(item)
        elif item.due <= end_of_week:
            groups[WEEK].append(item)
        else:
            groups[LATER].append(item)
    return [(key, found) for key, found in groups.items() if found]


class DeadlineTree(QTreeWidget):
    """The tree; Enter, Return and a double click activate the current deadline."""

    deadline_activated = Signal(object)  # the Deadline

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self._activate(item)
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self.itemAt(event.position().toPoint())
        if item is not None and item.data(TITLE, DeadlineRole) is not None:
            self._activate(item)
            return
        super().mouseDoubleClickEvent(event)

    def _activate(self, item: QTreeWidgetItem) -> None:
        deadline = item.data(TITLE, DeadlineRole)
        if deadline is None:  # a heading: open or close the group
            item.setExpanded(not item.isExpanded())
        else:
            self.deadline_activated.emit(deadline)


class TodoPage(QWidget):
    refreshed = Signal()  # the list shows what the services gave (or the error)
    deadline_activated = Signal(object)  # any Deadline, also one without a case (datalek)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todoPage")
        self.ctx = ctx
        self.deadlines: list[Deadline] = []
        self._generation = 0

        title = QLabel(self.tr("Te doen"))
        title.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setObjectName("todoSummary")
        self.summary.setProperty("role", "hint")
        refresh = QPushButton(self.tr("Vernieuwen"))
        refresh.setObjectName("todoRefresh")
        refresh.setToolTip(self.tr("De lijst opnieuw opbouwen (F5)"))
        refresh.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.summary, 1)
        top.addWidget(refresh)

        self.tree = DeadlineTree()
        self.tree.setObjectName("todoTree")
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels(
            [self.tr("Wat"), self.tr("Zaak"), self.tr("Persoon"), self.tr("Uiterlijk"),
             self.tr("Toelichting")]
        )  # fmt: skip
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Interactive)
        for column, width in ((TITLE, 400), (CASE, 100), (PERSON, 190), (DUE, 120)):
            header.resizeSection(column, width)
        self.tree.deadline_activated.connect(self._activated)

        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setProperty("role", "hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

        again = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        again.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        again.activated.connect(self.refresh)
        ctx.cases_changed.connect(self.refresh)
        ctx.locked_changed.connect(self._on_locked)
        self.refresh()

    # --- loading --------------------------------------------------------------------------

    @staticmethod
    def today() -> dt.date:
        return dt.date.today()

    def refresh(self) -> None:
        """Read the deadlines again, off the UI thread; ``refreshed`` once they show."""
        if self.ctx.is_locked:
            return
        self._generation += 1
        generation, day, ctx = self._generation, self.today(), self.ctx
        if not self.deadlines:
            self.summary.setText(self.tr("Bezig met laden…"))

        def read(uow: UnitOfWork) -> list[Deadline]:
            return todo(uow.session, uow.actor, uow.policy, on=day)

        run_task(
            self,
            lambda: ctx.read(read),
            lambda items: self._loaded(generation, day, items),
            on_error=lambda error: self._failed(generation, error),
        )

    def _loaded(self, generation: int, day: dt.date, items: list[Deadline]) -> None:
        if generation != self._generation:  # an older answer after a newer request
            return
        self.show_deadlines(items, day)
        self.refreshed.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        if not isinstance(error, Locked):
            self.summary.clear()
            self.empty.setText(error_text(error))
            self.stack.setCurrentWidget(self.empty)
        self.refreshed.emit()

    def _on_locked(self, locked: bool) -> None:
        if locked:
            self._generation += 1  # drop an answer still on its way
            self.deadlines = []
            self.tree.clear()
            self.summary.clear()
        else:
            self.refresh()

    # --- showing --------------------------------------------------------------------------

    def show_deadlines(self, items: Sequence[Deadline], today: dt.date) -> None:
        self.deadlines = list(items)
        self.tree.clear()
        groups = group_deadlines(items, today)
        if not groups:
            self.summary.clear()
            self.empty.setText(
                self.tr("Niets te doen.\nTermijnen van jouw zaken verschijnen hier vanzelf.")
            )
            self.stack.setCurrentWidget(self.empty)
            return
        headings = {
            LATE: self.tr("Te laat"),
            TODAY: self.tr("Vandaag"),
            WEEK: self.tr("Deze week"),
            LATER: self.tr("Later"),
        }
        for key, found in groups:
            heading = QTreeWidgetItem(self.tree, [f"{headings[key]} ({len(found)})"])
            heading.setData(TITLE, Qt.ItemDataRole.UserRole, key)
            heading.setFirstColumnSpanned(True)
            heading.setSizeHint(TITLE, QSize(0, ROW_HEIGHT + 4))
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            font = QFont(self.tree.font())
            font.setBold(True)
            heading.setFont(TITLE, font)
            if key == LATE:
                heading.setForeground(TITLE, QBrush(QColor(LATE_COLOR)))
            for deadline in found:
                self._add_item(heading, deadline, late=key == LATE)
            heading.setExpanded(True)
        self.summary.setText(self._summary(groups))
        self.stack.setCurrentWidget(self.tree)

    def _add_item(self, heading: QTreeWidgetItem, deadline: Deadline, *, late: bool) -> None:
        due = f"{WEEKDAYS[deadline.due.weekday()][:2]} {short_date(deadline.due)}"
        texts = [deadline.title, deadline.case_number, deadline.person, due, deadline.detail]
        item = QTreeWidgetItem(heading, texts)
        item.setData(TITLE, DeadlineRole, deadline)
        item.setSizeHint(TITLE, QSize(0, ROW_HEIGHT))
        tip = self.tr("Soort: {kind}").format(kind=deadline.kind)
        if deadline.case_id is not None:
            tip += "\n" + self.tr("Enter of dubbelklik opent zaak {number}.").format(
                number=deadline.case_number
            )
        if deadline.detail:
            tip += "\n" + deadline.detail
        for column in range(len(texts)):
            item.setToolTip(column, tip)
        if late:
            item.setForeground(DUE, QBrush(QColor(LATE_COLOR)))

    def _summary(self, groups: list[tuple[str, list[Deadline]]]) -> str:
        counts = {key: len(found) for key, found in groups}
        parts = []
        if counts.get(LATE):
            parts.append(self.tr("{n} te laat").format(n=counts[LATE]))
        if counts.get(TODAY):
            parts.append(self.tr("{n} vandaag").format(n=counts[TODAY]))
        total = sum(counts.values())
        parts.append(self.tr("{n} in totaal").format(n=total))
        return " · ".join(parts)

    def _activated(self, deadline: Deadline) -> None:
        self.deadline_activated.emit(deadline)
        if deadline.case_id is not None:
            self.ctx.case_opened.emit(deadline.case_id)
