"""Beheer → Auditlog: who read and changed what, newest first, fetched page by page, with
filters for user, person, action and period; the chain check below it; the rows the
filters find exported as CSV (semicolons, UTF-8 with BOM, never over an existing file).

Paging is not audited; an export and a check each write one entry of their own.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casemanager.audit_log import AuditFilter, audit_choices, export_audit_csv
from casemanager.dutch import plural
from casemanager.errors import CaseManagerError
from ui import core_text, settings
from ui.admin.audit_check import AuditCheckBox
from ui.admin.audit_filters import AuditFilterBar
from ui.admin.audit_model import ACTION, AT, OBJECT, PERSON, ROLE, USER, AuditLogModel
from ui.context import AppContext, Locked
from ui.list_result import ListResult, number
from ui.look import icon
from ui.tables import set_up_list_table
from ui.tasks import error_text, run_task

COLUMN_WIDTHS = {AT: 150, USER: 120, ROLE: 100, ACTION: 190, OBJECT: 170, PERSON: 200}


class AuditPage(QWidget):
    exported = Signal(Path, int)  # the CSV file written and its number of rows

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditPage")
        self.ctx = ctx
        self.model = AuditLogModel(ctx, self)
        self.exporting = False

        title = QLabel(self.tr("Auditlog"), objectName="pageTitle")
        self.export_button = QPushButton(icon("save"), self.tr("Exporteren als CSV…"))
        self.export_button.setObjectName("exportAudit")
        self.export_button.setToolTip(
            self.tr("De regels die de filters nu vinden; het exporteren wordt zelf gelogd.")
        )
        self.export_button.clicked.connect(self.choose_export)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addStretch(1)
        top.addWidget(self.export_button)
        self.filters = AuditFilterBar()
        self.filters.changed.connect(self.apply_filter)
        self.table = self._make_table()
        self.result = ListResult(
            self.model, self.table, self._count_text,
            lambda: self.tr("Geen regels gevonden.\nPas de filters aan."),
            names=("auditCount", "auditMessage"), parent=self,
        )  # fmt: skip
        self.count_label, self.message = self.result.count_label, self.result.message
        self.stack = self.result.stack
        top.insertWidget(2, self.count_label)
        self.status = QLabel(objectName="auditStatus", wordWrap=True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        self.check = AuditCheckBox(ctx)
        self.check.checked.connect(lambda _check: self.refresh())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.check)
        ctx.locked_changed.connect(self._on_locked)
        self.refresh()

    def _make_table(self) -> QTableView:
        table = QTableView(objectName="auditTable")
        table.setModel(self.model)
        header = set_up_list_table(table, multi_select=True, row_height=26)
        header.setStretchLastSection(True)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        return table

    # --- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """The filter choices and the first page again, with the current filter."""
        if self.ctx.is_locked:
            return
        try:
            self.filters.set_choices(self.ctx.lists(audit_choices))
            self.model.set_filter(self.filters.current_filter())
        except CaseManagerError as error:
            self._show_error(core_text.message(error))

    def apply_filter(self) -> None:
        if self.ctx.is_locked:
            return
        try:
            self.model.set_filter(self.filters.current_filter())
        except CaseManagerError as error:
            self._show_error(core_text.message(error))

    def _count_text(self, total: int, counted: bool) -> str:
        if not counted:
            return self.tr("{number}+ regels, tellen…").format(number=number(total))
        if total == 1:
            return self.tr("1 regel")
        return self.tr("{number} regels").format(number=number(total))

    def _show_error(self, message: str) -> None:
        self.result.show_error(message)

    def _on_locked(self, locked: bool) -> None:
        if locked:
            self.result.clear()
        else:
            self.refresh()

    # --- export -------------------------------------------------------------------------

    def choose_export(self) -> None:
        if self.exporting or self.ctx.is_locked:
            return
        name = f"auditlog-{dt.date.today():%Y%m%d}.csv"
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Auditlog exporteren"),
            str(settings.last_folder("audit") / name),
            self.tr("CSV-bestand (*.csv)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != ".csv":
            target = target.with_name(target.name + ".csv")
        settings.remember_folder("audit", target.parent)
        self.export(target, self.filters.current_filter())

    def export(self, target: Path, filter: AuditFilter) -> None:
        """Write the rows ``filter`` finds to ``target`` in the thread pool."""
        try:
            dossier = self.ctx.dossier
        except Locked:
            return
        self.exporting = True
        self.export_button.setEnabled(False)
        self.status.hide()
        run_task(
            self,
            lambda: export_audit_csv(dossier, filter, target),
            lambda rows: self._exported(target, rows),
            on_error=self._export_failed,
            progress_title=self.tr("Auditlog exporteren…"),
        )

    def _exported(self, target: Path, rows: int) -> None:
        self._export_done()
        self.status.setStyleSheet("color: #1c4d24;")
        self.status.setText(
            self.tr("{rows} geëxporteerd naar {path}.").format(
                rows=plural(rows, self.tr("regel"), self.tr("regels")), path=target
            )
        )
        self.status.show()
        self.exported.emit(target, rows)
        self.refresh()  # the export is in the log now

    def _export_failed(self, error: BaseException) -> None:
        self._export_done()
        self.status.setStyleSheet("color: #b3261e;")
        self.status.setText(error_text(error))
        self.status.show()

    def _export_done(self) -> None:
        self.exporting = False
        self.export_button.setEnabled(True)
