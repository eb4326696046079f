"""Te doen: the signed-in user's due and overdue deadlines, grouped by when they are due.

The deadlines come from ``casemanager.cases.deadlines.todo`` (derived, never stored), read
off the UI thread. Activating a deadline of a case (Enter or a double click) asks the main
window to open that case.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from casemanager.cases.deadlines import Deadline, todo
from casemanager.errors import CaseManagerError
from casemanager.uow import UnitOfWork
from ui import core_text
from ui.context import AppContext, Locked
from ui.tasks import error_text, run_task
from ui.todo_model import (
    CASE,
    DETAIL,
    DUE,
    LATE,
    LATE_COLOR,
    PERSON,
    ROW_HEIGHT,
    TITLE,
    DeadlineModel,
    DeadlineRole,
    GroupRole,
)

__all__ = [
    "CASE",
    "DETAIL",
    "DUE",
    "GROUPS",
    "LATE",
    "LATER",
    "LATE_COLOR",
    "PERSON",
    "ROW_HEIGHT",
    "TITLE",
    "TODAY",
    "WEEK",
    "DeadlineModel",
    "DeadlineRole",
    "DeadlineTree",
    "GroupRole",
    "TodoPage",
    "group_deadlines",
]

TODAY, WEEK, LATER = "today", "week", "later"
GROUPS = (LATE, TODAY, WEEK, LATER)


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


class DeadlineTree(QTreeView):
    """The tree over a ``DeadlineModel``; Enter, Return and a double click activate the
    current deadline, or fold/unfold the current group."""

    deadline_activated = Signal(object)  # the Deadline

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and index.isValid():
            self._activate(index)
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if self._deadline(index) is not None:
            self._activate(index)
            return
        super().mouseDoubleClickEvent(event)

    def _deadline(self, index: QModelIndex | QPersistentModelIndex) -> Deadline | None:
        # Ask the Python model directly, not ``index.data()``: PySide6 6.12 drops a
        # reference to None each time an empty QVariant comes back to Python (a heading).
        model = self.model()
        if not index.isValid() or not isinstance(model, DeadlineModel):
            return None
        return model.deadline(index)

    def _activate(self, index: QModelIndex | QPersistentModelIndex) -> None:
        deadline = self._deadline(index)
        if deadline is None:  # a heading: open or close the group
            heading = index.siblingAtColumn(TITLE)
            self.setExpanded(heading, not self.isExpanded(heading))
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

        self.model = DeadlineModel(
            [self.tr("Wat"), self.tr("Zaak"), self.tr("Persoon"), self.tr("Uiterlijk"),
             self.tr("Toelichting")],
            self,
        )  # fmt: skip
        self.tree = DeadlineTree()
        self.tree.setObjectName("todoTree")
        self.tree.setModel(self.model)
        self.model.set_heading_font(self.tree.font())
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
            shown = (
                core_text.message(error)
                if isinstance(error, CaseManagerError)
                else error_text(error)
            )
            self.empty.setText(shown)
            self.stack.setCurrentWidget(self.empty)
        self.refreshed.emit()

    def _on_locked(self, locked: bool) -> None:
        if locked:
            self._generation += 1  # drop an answer still on its way
            self.deadlines = []
            self.model.set_groups([])
            self.summary.clear()
        else:
            self.refresh()

    # --- showing --------------------------------------------------------------------------

    def show_deadlines(self, items: Sequence[Deadline], today: dt.date) -> None:
        self.deadlines = list(items)
        groups = group_deadlines(items, today)
        headings = {
            LATE: self.tr("Te laat"),
            TODAY: self.tr("Vandaag"),
            WEEK: self.tr("Deze week"),
            LATER: self.tr("Later"),
        }
        self.model.set_groups(
            [(key, f"{headings[key]} ({len(found)})", found) for key, found in groups]
        )
        if not groups:
            self.summary.clear()
            self.empty.setText(
                self.tr("Niets te doen.\nTermijnen van jouw zaken verschijnen hier vanzelf.")
            )
            self.stack.setCurrentWidget(self.empty)
            return
        root = QModelIndex()
        for row in range(self.model.rowCount(root)):
            self.tree.setFirstColumnSpanned(row, root, True)
            self.tree.expand(self.model.index(row, TITLE, root))
        self.summary.setText(self._summary(groups))
        self.stack.setCurrentWidget(self.tree)

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
