"""Beheer → Datalekken: the register (newest first), with the reporting clock of every leak
not yet assessed, the chosen leak in full below it, registering a possible leak and
assessing one (report to the Autoriteit Persoonsgegevens, or not, with the reason).

The clock moves every minute on its own; the register is read again after a change and
when the page is shown again (``refresh``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casemanager.dataleaks import LeakRow, description_texts, list_leaks
from casemanager.dutch import plural
from casemanager.errors import CaseManagerError
from ui import core_text
from ui.admin.leaks_assess import AssessLeakDialog
from ui.admin.leaks_form import RegisterLeakDialog, data_kinds_text
from ui.admin.leaks_model import (
    DISCOVERED,
    LATE_COLOR,
    PERSONS,
    REFERENCE,
    REPORTED,
    STATUS,
    TITLE,
    WARNING_COLOR,
    LeakListModel,
    is_late,
    moment_text,
    time_left,
)
from ui.cases.form_widgets import primary
from ui.context import AppContext, Locked
from ui.look import icon
from ui.tables import set_up_list_table

TICK_MS = 60_000  # the clock moves on every minute
COLUMN_WIDTHS = {DISCOVERED: 150, PERSONS: 80, REPORTED: 130, REFERENCE: 140, STATUS: 240}


class LeaksPage(QWidget):
    changed = Signal()  # a leak was registered or assessed (Te doen shows open leaks)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leaksPage")
        self.ctx = ctx
        self.model = LeakListModel(self)
        self.dialog: RegisterLeakDialog | AssessLeakDialog | None = None

        title = QLabel(self.tr("Datalekken"), objectName="pageTitle")
        self.count_label = QLabel(objectName="leakCount")
        self.count_label.setProperty("role", "hint")
        self.register_button = primary(
            QPushButton(icon("add"), self.tr("Mogelijk datalek registreren…"))
        )
        self.register_button.setObjectName("registerLeak")
        self.register_button.clicked.connect(self.register_leak)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(self.register_button)
        self.table = self._make_table()
        self.message = QLabel(objectName="leakMessage", wordWrap=True)
        self.message.setProperty("role", "hint")
        self.message.hide()

        self.detail = QGroupBox(self.tr("Het gekozen datalek"), objectName="leakDetail")
        self.detail_title = QLabel(objectName="leakDetailTitle", wordWrap=True)
        self.detail_title.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.detail_facts = QLabel(objectName="leakFacts", wordWrap=True)
        self.detail_clock = QLabel(objectName="leakClock", wordWrap=True)
        self.detail_text = QLabel(objectName="leakText", wordWrap=True)
        self.detail_decision = QLabel(objectName="leakDecision", wordWrap=True)
        for label in (self.detail_title, self.detail_facts, self.detail_text, self.detail_decision):
            label.setTextFormat(Qt.TextFormat.PlainText)  # what was typed, never markup
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.assess_button = primary(QPushButton(self.tr("Beoordelen…")))
        self.assess_button.setObjectName("assessLeak")
        self.assess_button.clicked.connect(self.assess_leak)
        heading = QHBoxLayout()
        heading.addWidget(self.detail_title, 1)
        heading.addWidget(self.assess_button, 0, Qt.AlignmentFlag.AlignTop)
        lines = QVBoxLayout(self.detail)
        lines.setSpacing(6)
        lines.addLayout(heading)
        for label in (self.detail_facts, self.detail_clock, self.detail_text):
            lines.addWidget(label)
        lines.addWidget(self.detail_decision)
        lines.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.detail)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_detail())
        ctx.locked_changed.connect(self._unlocked)
        self.refresh()

    def _make_table(self) -> QTableView:
        table = QTableView(objectName="leakTable")
        table.setModel(self.model)
        header = set_up_list_table(table)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        table.doubleClicked.connect(lambda _index: self.assess_leak())
        return table

    # --- the register ----------------------------------------------------------------------

    def _unlocked(self, locked: bool) -> None:
        if not locked:
            self.refresh()

    def refresh(self) -> None:
        """Read the register again; the chosen leak stays chosen."""
        keep = self.current().id if self.current() else None
        try:
            rows = self.ctx.read(list_leaks)
        except Locked:
            return
        except CaseManagerError as error:
            self.message.setText(core_text.message(error))
            self.message.show()
            return
        self.message.hide()
        self.model.set_rows(rows)
        waiting = sum(1 for r in rows if r.report_to_ap is None)
        self.count_label.setText(
            self.tr("{leaks}, waarvan {waiting} nog te beoordelen").format(
                leaks=plural(len(rows), self.tr("datalek"), self.tr("datalekken")),
                waiting=waiting,
            )
        )
        row = self.model.row_of(keep) if keep is not None else None
        self.table.selectRow(row if row is not None else 0)
        self.show_detail()

    def tick(self, now: dt.datetime | None = None) -> None:
        """The clock moves on: the list's status and the chosen leak's deadline."""
        self.model.tick(now)
        self.show_detail()

    def current(self) -> LeakRow | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def select_leak(self, leak_id: int) -> None:
        row = self.model.row_of(leak_id)
        if row is not None:
            self.table.selectRow(row)

    def show_detail(self) -> None:
        leak = self.current()
        self.detail.setVisible(leak is not None)
        if leak is None:
            return
        now = self.model.now
        self.detail_title.setText(core_text.text(leak.worded_title))
        facts = [
            self.tr("Ontdekt {moment}").format(moment=moment_text(leak.discovered_at)),
            plural(leak.persons_affected, self.tr("betrokken persoon"), self.tr("betrokkenen")),
        ]
        if leak.data_categories:
            kinds = data_kinds_text(leak.data_categories)
            facts.append(self.tr("gegevens: {kinds}").format(kinds=kinds))
        self.detail_facts.setText(" · ".join(facts))
        paragraphs = description_texts(leak.description)
        self.detail_text.setText("\n\n".join(core_text.text(p) for p in paragraphs))
        self.detail_text.setVisible(bool(leak.description))
        undecided = leak.report_to_ap is None
        self.assess_button.setVisible(undecided)
        self.detail_clock.setVisible(undecided)
        self.detail_decision.setVisible(not undecided)
        if undecided:
            colour = LATE_COLOR if is_late(leak, now) else WARNING_COLOR
            self.detail_clock.setStyleSheet(f"color: {colour}; font-weight: bold;")
            self.detail_clock.setText(
                self.tr("Uiterlijk melden bij de AP: {deadline} — {left}").format(
                    deadline=moment_text(leak.report_deadline),
                    left=time_left(leak.report_deadline, now),
                )
            )
            return
        decided = moment_text(leak.decided_at) if leak.decided_at else ""
        outcome = (
            self.tr("Gemeld bij de Autoriteit Persoonsgegevens op {moment}, meldingsnummer {ref}.")
            if leak.report_to_ap
            else self.tr("Besloten op {moment}: niet melden bij de Autoriteit Persoonsgegevens.")
        ).format(moment=decided, ref=leak.ap_reference or "—")
        self.detail_decision.setText(
            outcome + "\n" + self.tr("Motivering: {text}").format(text=leak.decision_motivation)
        )

    # --- registering and assessing ------------------------------------------------------

    def register_leak(self) -> RegisterLeakDialog | None:
        """The form for a new possible leak (window-modal; the list follows when saved)."""
        if self.ctx.is_locked:
            return None
        dialog = RegisterLeakDialog(self.ctx, self)
        self._open(dialog)
        return dialog

    def assess_leak(self) -> AssessLeakDialog | None:
        leak = self.current()
        if leak is None or leak.report_to_ap is not None or self.ctx.is_locked:
            return None
        dialog = AssessLeakDialog(self.ctx, leak, self)
        self._open(dialog)
        return dialog

    def _open(self, dialog: RegisterLeakDialog | AssessLeakDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _saved(self, dialog: RegisterLeakDialog | AssessLeakDialog) -> None:
        self.refresh()
        if isinstance(dialog, RegisterLeakDialog) and self.model.rows:
            newest = max(self.model.rows, key=lambda r: r.id)
            self.select_leak(newest.id)
        self.changed.emit()
