"""Checking the audit log: storage and hash chain in the background (``check_log``), the
outcome in words, and the head hash to note down outside the dossier (selectable, with a
copy button). A head hash noted earlier can be given: if it is gone, entries were removed.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from casemanager.audit_log import LogCheck, check_log
from casemanager.dutch import plural
from ui import core_text
from ui.context import AppContext, Locked
from ui.look import icon
from ui.tasks import error_text, run_task

OK_STYLE = "color: #1c4d24; font-weight: bold;"
PROBLEM_STYLE = (
    "background: #fbe2d8; color: #6e2a0f; font-weight: bold; border-radius: 5px; padding: 6px;"
)
HASH_FONT = "font-family: monospace;"


class AuditCheckBox(QGroupBox):
    checked = Signal(object)  # the LogCheck; the log has a new entry (the check itself)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Keten controleren"), parent)
        self.setObjectName("auditCheck")
        self.ctx = ctx
        self.last: LogCheck | None = None
        self.busy = False
        intro = QLabel(
            self.tr(
                "Controleert of het dossier onbeschadigd is en of alle regels van het auditlog "
                "nog onveranderd op elkaar aansluiten. Noteer de kop-hash buiten dit dossier "
                "(op papier, of in een mail aan uzelf): staat hij bij een latere controle niet "
                "meer in het log, dan zijn er regels weggehaald."
            ),
            wordWrap=True,
        )
        intro.setProperty("role", "hint")
        self.expected = QLineEdit(objectName="expectedHead")
        self.expected.setPlaceholderText(self.tr("Eerder genoteerde kop-hash (niet verplicht)"))
        self.expected.setStyleSheet(HASH_FONT)
        self.button = QPushButton(icon("check"), self.tr("Keten controleren"))
        self.button.setObjectName("checkChain")
        self.button.clicked.connect(self.run_check)
        self.outcome = QLabel(objectName="checkOutcome", wordWrap=True)
        self.outcome.hide()
        self.head = QLineEdit(objectName="headHash")
        self.head.setReadOnly(True)
        self.head.setStyleSheet(HASH_FONT)
        self.head.setPlaceholderText(self.tr("nog niet gecontroleerd"))
        self.head.setAccessibleName(self.tr("Kop-hash"))
        self.copy_button = QPushButton(self.tr("Kopiëren"), objectName="copyHead")
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self.copy_head)

        grid = QGridLayout(self)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        grid.addWidget(intro, 0, 0, 1, 3)
        grid.addWidget(QLabel(self.tr("Vergelijk met:")), 1, 0)
        grid.addWidget(self.expected, 1, 1)
        grid.addWidget(self.button, 1, 2)
        grid.addWidget(QLabel(self.tr("Kop-hash:")), 2, 0)
        grid.addWidget(self.head, 2, 1)
        grid.addWidget(self.copy_button, 2, 2)
        grid.addWidget(self.outcome, 3, 0, 1, 3)
        grid.setColumnStretch(1, 1)

    def run_check(self) -> None:
        if self.busy:
            return
        try:
            dossier = self.ctx.dossier
        except Locked:
            return
        expected = self.expected.text()
        self._set_busy(True)
        run_task(
            self,
            lambda: check_log(dossier, expected),
            self.show_check,
            on_error=self._failed,
            progress_title=self.tr("Keten controleren…"),
        )

    def show_check(self, check: LogCheck) -> None:
        self._set_busy(False)
        self.last = check
        self.head.setText(check.head_hash)
        self.head.setCursorPosition(0)
        self.copy_button.setEnabled(bool(check.head_hash))
        entries = plural(check.entries, self.tr("regel"), self.tr("regels"))
        if check.ok:
            text = self.tr("In orde: het dossier is onbeschadigd en de keten van {entries} sluit.")
            text = text.format(entries=entries)
            if check.expected_head_found:
                text += " " + self.tr("De eerder genoteerde kop-hash staat er nog in.")
            self.outcome.setStyleSheet(OK_STYLE)
        else:
            found = "\n".join(f"• {problem}" for problem in map(core_text.text, check.problems))
            advice = self.tr(
                "Bewaar de bestaande back-ups zoals ze zijn en meld dit bij de functionaris "
                "gegevensbescherming."
            )
            text = self.tr("Er is een probleem gevonden:") + f"\n{found}\n{advice}"
            self.outcome.setStyleSheet(PROBLEM_STYLE)
        self.outcome.setText(text)
        self.outcome.show()
        self.checked.emit(check)

    def copy_head(self) -> None:
        if self.head.text():
            QGuiApplication.clipboard().setText(self.head.text())

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.outcome.setStyleSheet(PROBLEM_STYLE)
        self.outcome.setText(error_text(error))
        self.outcome.show()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.button.setEnabled(not busy)
