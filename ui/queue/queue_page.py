"""Brieven: the administration's print queue, with the current letter beside it.

The list holds the letters released to the administration (``queue_model``: a page at a
time, sorted in SQL), still to send or, with the filter, also those sent in the last 30
days. Several rows can be chosen: "Afdrukken" prints the chosen letters as one print job
(``printing``), "Als verzonden markeren…" records the day and way they went out
(``sent_dialog``). The administratie sees the letter itself and nothing else of its case.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casemanager.errors import CaseManagerError
from casemanager.letters.queue_listing import QueuedLetter, QueueFilter
from casemanager.permissions import Permission, allows
from ui import core_text
from ui.cases.form_widgets import primary
from ui.context import AppContext
from ui.list_result import number
from ui.queue.preview_pane import QueuePreview
from ui.queue.printing import QueuePrinter
from ui.queue.queue_model import (
    ADDRESSEE,
    CASE,
    LETTER_TYPE,
    REGISTERED,
    RELEASED,
    STATUS,
    QueueModel,
)
from ui.queue.sent_dialog import MarkSentDialog
from ui.tables import set_up_list_table

RECENT_DAYS = 30  # "ook verzonden": sent in the last 30 days
COLUMN_WIDTHS = {LETTER_TYPE: 180, CASE: 80, RELEASED: 100, REGISTERED: 100}
# "te versturen" only, or also "verzonden op 26-11-2026": the addressee keeps the rest
STATUS_WIDTHS = (110, 165)


class QueuePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queuePage")
        self.ctx = ctx
        self._allowed = allows(ctx.actor, Permission.PRINT_LETTERS)
        self.model = QueueModel(ctx, self)
        self.printer = QueuePrinter(ctx, self)

        title = QLabel(self.tr("Brieven"), objectName="pageTitle")
        self.show_sent = QComboBox(objectName="queueFilter")
        self.show_sent.addItem(self.tr("Nog te versturen"))
        self.show_sent.addItem(
            self.tr("Ook verzonden (laatste {days} dagen)").format(days=RECENT_DAYS)
        )
        self.count_label = QLabel(objectName="queueCount")
        self.count_label.setProperty("role", "hint")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(24)
        top.addWidget(self.show_sent)
        top.addStretch(1)
        top.addWidget(self.count_label)

        self.table = self._make_table()
        self.empty_label = QLabel(objectName="emptyState")
        self.empty_label.setProperty("role", "hint")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        self.print_button = primary(QPushButton(self.tr("Afdrukken…"), objectName="printButton"))
        self.sent_button = QPushButton(self.tr("Als verzonden markeren…"), objectName="sentButton")
        self.selection_label = QLabel(objectName="selectionLabel")
        self.selection_label.setProperty("role", "hint")
        self.status = QLabel(objectName="queueStatus")
        self.status.setProperty("role", "hint")
        self.status.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.print_button)
        actions.addWidget(self.sent_button)
        actions.addSpacing(12)
        actions.addWidget(self.selection_label, 1)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.stack, 1)
        column.addLayout(actions)
        column.addWidget(self.status)

        self.preview = QueuePreview(ctx)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([820, 430])
        self.preview.setMinimumWidth(340)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.show_sent.currentIndexChanged.connect(self._apply_filter)
        self.model.loaded.connect(self._show_result)
        self.model.counted.connect(self._show_count)
        self.model.failed.connect(self._show_error)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.print_button.clicked.connect(self.print_selected)
        self.sent_button.clicked.connect(self.mark_selected_sent)
        self.printer.busy_changed.connect(self._update_actions)
        self.printer.message.connect(self.status.setText)
        ctx.letters_changed.connect(self.refresh)
        ctx.locked_changed.connect(self._on_locked)
        self.refresh()
        self.setFocusProxy(self.table)

    def _make_table(self) -> QTableView:
        table = QTableView(objectName="queueTable")
        table.setModel(self.model)
        header = set_up_list_table(table, multi_select=True)
        header.setStretchLastSection(False)  # the addressee gets the room
        for column, width in {**COLUMN_WIDTHS, STATUS: STATUS_WIDTHS[0]}.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(ADDRESSEE, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(self.model.sort_column, self.model.sort_order)
        table.setSortingEnabled(True)  # before the first load the model only records it
        return table

    # --- loading and showing --------------------------------------------------------------

    def refresh(self) -> None:
        """Query again with the current filter and sort; keeps the chosen letters if shown."""
        if self.ctx.is_locked:
            return
        if not self._allowed:
            self._show_error(self.tr("Met jouw rol druk je geen brieven af."))
            return
        keep = [letter.id for letter in self.selected()]
        current = self.current()
        try:
            self.model.reload()
        except CaseManagerError as error:
            self._show_error(core_text.message(error))
            return
        rows = [r for r in map(self.model.row_of_letter, keep) if r is not None]
        selection = self.table.selectionModel()
        flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        for row in rows:
            selection.select(self.model.index(row, 0), flags)
        again = self.model.row_of_letter(current.id) if current is not None else None
        focus = again if again is not None else next(iter(rows), None)
        if focus is not None:
            selection.setCurrentIndex(self.model.index(focus, 0), selection.SelectionFlag.NoUpdate)
        self._show_current()
        self._update_actions()

    def selected(self) -> list[QueuedLetter]:
        """The chosen letters, in the order of the list."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.row_at(row) for row in rows]

    def current(self) -> QueuedLetter | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _apply_filter(self) -> None:
        since = dt.date.today() - dt.timedelta(days=RECENT_DAYS)
        with_sent = self.show_sent.currentIndex() == 1
        self.model.filter = QueueFilter(sent_since=since if with_sent else None)
        self.table.horizontalHeader().resizeSection(STATUS, STATUS_WIDTHS[with_sent])
        self.refresh()

    def _show_current(self) -> None:
        self.preview.show_letter(self.current())

    def _show_result(self) -> None:
        if self.model.is_counted:
            self._show_count()
        else:  # a full first page; the total follows from the thread pool
            self.count_label.setText(self.tr("{n}+ brieven, tellen…").format(n=self.model.total()))
        self.preview.setVisible(bool(self.model.total()))  # nothing to show: no pane
        if self.model.total():
            self.stack.setCurrentWidget(self.table)
            return
        if self.model.filter.sent_since is None:
            self.empty_label.setText(self.tr("Er liggen geen brieven klaar om te versturen."))
        else:
            self.empty_label.setText(
                self.tr("Geen brieven te versturen, en de laatste {days} dagen niets verzonden.")
                .format(days=RECENT_DAYS)
            )  # fmt: skip
        self.stack.setCurrentWidget(self.empty_label)

    def _letters(self, count: int) -> str:
        """'1 brief', '1.250 brieven'."""
        if count == 1:
            return self.tr("1 brief")
        return self.tr("{n} brieven").format(n=number(count))

    def _show_count(self) -> None:
        total = self.model.total()
        self.count_label.setText(self._letters(total) if total else self.tr("Geen brieven"))

    def _show_error(self, message: str) -> None:
        self.count_label.clear()
        self.preview.hide()
        self.empty_label.setText(message)
        self.stack.setCurrentWidget(self.empty_label)
        self._update_actions()

    def _update_actions(self) -> None:
        chosen = self.selected() if self._allowed and not self.ctx.is_locked else []
        waiting = [letter for letter in chosen if not letter.is_sent]
        busy = self.printer.busy
        self.print_button.setEnabled(bool(chosen) and not busy)
        self.print_button.setText(
            self.tr("{n} brieven afdrukken…").format(n=len(chosen))
            if len(chosen) > 1
            else self.tr("Afdrukken…")
        )
        self.print_button.setToolTip(
            self.tr("Nog even geduld: er wordt afgedrukt.")
            if busy
            else self.tr("De gekozen brieven als één afdruktaak; elke brief op een nieuw vel.")
        )
        self.sent_button.setEnabled(bool(waiting))
        self.sent_button.setToolTip(
            self.tr("Kies eerst brieven die nog verstuurd moeten worden.")
            if not waiting
            else self.tr("Leg vast op welke dag en hoe de gekozen brieven zijn verstuurd.")
        )
        pages = sum(letter.page_count for letter in chosen)
        text = self.tr("{letters} gekozen, {pages} pagina's").format(
            letters=self._letters(len(chosen)), pages=pages
        )
        if not chosen:  # a hint while there is something to choose
            text = self.tr("Kies brieven met Ctrl of Shift.") if self.model.rowCount() else ""
        self.selection_label.setText(text)

    # --- actions --------------------------------------------------------------------------

    def print_selected(self) -> None:
        self.printer.start(self.selected())

    def mark_selected_sent(self) -> None:
        letters = [letter for letter in self.selected() if not letter.is_sent]
        if not letters or self.ctx.is_locked:
            return
        dialog = MarkSentDialog(self.ctx, letters, self)
        if dialog.exec() and dialog.recorded:
            done = self._letters(len(dialog.recorded))
            self.status.setText(self.tr("{letters} als verzonden vastgelegd.").format(letters=done))
            self.ctx.letters_changed.emit()  # this page refreshes with the others
        dialog.deleteLater()

    def _on_locked(self, locked: bool) -> None:
        if locked:
            self.model.clear()
            self.preview.forget()
            self.count_label.clear()
            self.status.clear()
            self._update_actions()
        else:
            self.refresh()
