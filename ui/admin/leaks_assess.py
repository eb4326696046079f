"""Assessing a data leak: report it to the Autoriteit Persoonsgegevens (with the AP's
reference and when it was reported) or not (with the written reason), once (``assess_leak``
refuses a second decision). The clock of the leak stays in view while deciding."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from casemanager.dataleaks import LeakRow, assess_leak
from ui import core_text
from ui.admin.leaks_model import LATE_COLOR, WARNING_COLOR, is_late, moment_text, time_left
from ui.cases.entry_dialogs import moment_edit
from ui.cases.form_widgets import ServiceDialog, hint_label
from ui.context import AppContext

if TYPE_CHECKING:
    from casemanager.uow import UnitOfWork

MIN_MOTIVATION = 10  # as assess_leak demands


class AssessLeakDialog(ServiceDialog):
    def __init__(self, ctx: AppContext, leak: LeakRow, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_texts(self.tr("Datalek beoordelen"), self.tr("Besluit vastleggen"))
        self.setObjectName("assessLeakDialog")
        self.setMinimumWidth(620)
        self.leak = leak
        now = dt.datetime.now(dt.UTC)
        heading = QLabel(
            core_text.text(leak.worded_title), wordWrap=True, styleSheet="font-weight: bold;"
        )
        heading.setTextFormat(Qt.TextFormat.PlainText)
        self.clock = QLabel(
            self.tr("Ontdekt {discovered}; uiterlijk melden {deadline}: {left}").format(
                discovered=moment_text(leak.discovered_at),
                deadline=moment_text(leak.report_deadline),
                left=time_left(leak.report_deadline, now),
            ),
            objectName="assessClock",
            wordWrap=True,
        )
        colour = LATE_COLOR if is_late(leak, now) else WARNING_COLOR
        self.clock.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.report = QRadioButton(
            self.tr("Melden bij de Autoriteit Persoonsgegevens"), objectName="reportToAp"
        )
        self.no_report = QRadioButton(self.tr("Niet melden"), objectName="noReport")
        choice = QButtonGroup(self)
        for button in (self.report, self.no_report):
            choice.addButton(button)
            button.toggled.connect(self._chosen)
        self.reference = QLineEdit(objectName="apReference")
        self.reference.setMaxLength(100)
        self.reference.setPlaceholderText(self.tr("het meldingsnummer dat de AP gaf"))
        self.moment = moment_edit(dt.datetime.now().replace(second=0, microsecond=0), "decidedAt")
        self.motivation = QPlainTextEdit(objectName="assessMotivation")
        self.motivation.setTabChangesFocus(True)
        self.motivation.setMinimumHeight(110)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Meldingsnummer AP"), self.reference)
        self.form.addRow(self.tr("Besloten op"), self.moment)
        self.form.addRow(self.tr("Motivering"), self.motivation)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.clock)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Meld het lek binnen de termijn als het waarschijnlijk een risico is voor de "
                    "betrokkenen (AVG artikel 33). Het besluit wordt vastgelegd en kan daarna "
                    "niet meer worden gewijzigd; ook een lek dat niet wordt gemeld, blijft in "
                    "het register."
                )
            )
        )
        layout.addWidget(self.report)
        layout.addWidget(self.no_report)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.reference.textChanged.connect(self.update_ok)
        self.motivation.textChanged.connect(self.update_ok)
        self._chosen()

    def _chosen(self) -> None:
        reporting = self.report.isChecked()
        self.form.setRowVisible(self.reference, reporting)
        deciding = self.report.isChecked() or self.no_report.isChecked()
        self.form.setRowVisible(self.moment, deciding)
        self.form.setRowVisible(self.motivation, deciding)
        label = self.form.labelForField(self.moment)
        if isinstance(label, QLabel):
            label.setText(self.tr("Gemeld op") if reporting else self.tr("Besloten op"))
        self.motivation.setPlaceholderText(
            self.tr("Waarom melden: welk risico lopen de betrokkenen?")
            if reporting
            else self.tr("Waarom niet melden: waarom is er geen risico voor de betrokkenen?")
        )
        self.update_ok()

    def is_valid(self) -> bool:
        if not (self.report.isChecked() or self.no_report.isChecked()):
            return False
        if self.report.isChecked() and not self.reference.text().strip():
            return False
        return len(self.motivation.toPlainText().strip()) >= MIN_MOTIVATION

    def work(self) -> Any:
        leak_id, reporting = self.leak.id, self.report.isChecked()
        reference = self.reference.text() if reporting else ""
        motivation, moment = self.motivation.toPlainText(), self.moment.dateTime().toPython()

        def assess(uow: UnitOfWork) -> None:
            assess_leak(
                uow,
                leak_id,
                report_to_ap=reporting,
                motivation=motivation,
                ap_reference=reference,
                decided_at=moment,
            )

        return assess
