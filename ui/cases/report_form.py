"""Nieuwe melding: who, which violation, when and where, what happened, who else, and the
evidence. Every field says what is missing next to it while the user types; "Melden" is
enabled once the report is complete. Saving reports the case and adds the evidence in one
unit of work, so a refusal leaves nothing half stored."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from casemanager.cases.evidence import add_evidence
from casemanager.cases.reporting import CaseRef, NewReport, report_case
from casemanager.errors import CaseManagerError, FieldTooLong
from casemanager.uow import UnitOfWork
from ui import core_text
from ui.cases.evidence_files import ChosenFile
from ui.cases.form_widgets import set_error
from ui.cases.report_checks import FieldChecks, parse_time
from ui.cases.report_fields import ReportFields
from ui.context import AppContext, Locked
from ui.dates import long_date_with_weekday
from ui.tasks import Task, show_error


class ReportForm(ReportFields):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.created_case_id: int | None = None
        self.created_case_number: str | None = None
        self.task: Task | None = None
        self.checks = FieldChecks(self)
        self._connect()
        self._date_changed()
        self._refresh()
        self.person.setFocus()

    def _connect(self) -> None:
        self.subject_chooser.changed.connect(self._person_changed)
        self.date.dateChanged.connect(self._date_changed)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.evidence.changed.connect(self._show_evidence_problems)
        self.evidence.refused.connect(self._show_evidence_problems)
        for signal in (
            self.violations.changed,
            self.parties.changed,
            self.evidence.changed,
            self.description.textChanged,
            self.time.textChanged,
        ):
            signal.connect(self._refresh)

    # --- reacting to the fields -------------------------------------------------------------

    def _person_changed(self) -> None:
        row = self.subject_chooser.person
        self.parties.set_subject(row.id if row else None)
        self.violations.set_person_kind(str(row.kind) if row else None)
        self._refresh()

    def _show_evidence_problems(self) -> None:
        widget = self.evidence.error if self.evidence.error.text() else self.evidence.list
        QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(widget))

    def _date_changed(self) -> None:
        self.weekday.setText(long_date_with_weekday(self.date.date().toPython()))
        set_error(self.date_error, "")

    def _refresh(self) -> None:
        """Show the problems of the fields the user has been in; enable Melden when none."""
        problems = self.checks.update()
        busy = self.task is not None
        self.save_button.setEnabled(not problems and not busy)
        if busy:
            self.summary.setText(self.tr("De melding wordt opgeslagen…"))
        elif problems:
            self.summary.setText(self.tr("Nog nodig: %s.") % ", ".join(problems))
        else:
            self.summary.setText(self.tr("Alles is ingevuld. Druk op Melden om op te slaan."))
        self.save_button.setToolTip("" if not problems else self.summary.text())

    # --- saving -----------------------------------------------------------------------------

    def report(self) -> NewReport:
        person_id = self.person.selected_person_id
        assert person_id is not None
        return NewReport(
            subject_person_id=person_id,
            violation_codes=tuple(self.violations.checked_codes()),
            incident_date=self.date.date().toPython(),
            description=self.description.toPlainText(),
            subject=self.subject.text(),
            incident_time=parse_time(self.time.text()) if self.time.text().strip() else None,
            place=self.place.text(),
            platform=self.platform.currentText(),
            parties=self.parties.parties(),
            team_id=self.subject_chooser.team_id(),
        )

    def save(self) -> None:
        self.checks.touch_all()
        self._refresh()
        if not self.save_button.isEnabled():
            return
        report = self.report()
        files = self.evidence.files()
        set_error(self.general_error, "")
        try:
            self.task = self.ctx.run(
                self, lambda uow: store(uow, report, files), self._saved, on_error=self._failed
            )
        except Locked:
            return
        self._refresh()

    def _saved(self, ref: CaseRef) -> None:
        self.task = None
        self.created_case_id = ref.id
        self.created_case_number = ref.number
        self.ctx.cases_changed.emit()
        self.ctx.case_opened.emit(self.created_case_id)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self._refresh()
        if not isinstance(error, CaseManagerError):
            show_error(self, error)
            return
        field = error.field if isinstance(error, FieldTooLong) else None
        # the Dutch message says which field it is about; the user reads it in their language
        set_error(self.checks.label_for(str(error), field), core_text.message(error))

    # --- leaving without saving -------------------------------------------------------------

    def has_input(self) -> bool:
        return bool(
            self.person.text().strip()
            or self.violations.checked_codes()
            or self.description.toPlainText().strip()
            or self.subject.text().strip()
            or self.time.text().strip()
            or self.place.text().strip()
            or self.platform.currentText().strip()
            or self.parties.parties()
            or self.evidence.files()
            or self.date.date() != QDate.currentDate()
        )

    def reject(self) -> None:
        if self.task is not None:
            return  # saving: wait for the answer
        if self.created_case_id is None and self.has_input():
            answer = QMessageBox.question(
                self,
                self.tr("Melding niet opslaan?"),
                self.tr(
                    "U hebt de melding nog niet opgeslagen. Wat u hebt ingevuld gaat verloren. "
                    "Wilt u stoppen zonder op te slaan?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in a field must not press Melden by accident (it is only for the buttons)
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not isinstance(self.focusWidget(), QPushButton):
            event.accept()
            return
        super().keyPressEvent(event)


def store(uow: UnitOfWork, report: NewReport, files: list[ChosenFile]) -> CaseRef:
    """The report and its evidence in one unit of work: all stored, or nothing."""
    ref = report_case(uow, report)
    for chosen in files:
        add_evidence(uow, ref.id, chosen.name, chosen.content, platform=report.platform)
    return ref
