"""Nieuwe melding: who, which violation, when and where, what happened, who else, and the
evidence. Every field says what is missing next to it while the user types; "Melden" is
enabled once the report is complete. Saving reports the case and adds the evidence in one
unit of work, so a refusal leaves nothing half stored."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casemanager.cases.evidence import add_evidence
from casemanager.cases.reporting import OLDEST_INCIDENT_YEARS, CaseRef, NewReport, report_case
from casemanager.dutch import long_date_with_weekday
from casemanager.errors import CaseManagerError, FieldTooLong
from casemanager.uow import UnitOfWork
from ui.cases.case_common import compact, error_label, hint_label, primary, set_error
from ui.cases.evidence_files import ChosenFile, EvidenceFileList
from ui.cases.party_editor import PartiesEditor
from ui.cases.report_checks import FieldChecks, parse_time
from ui.cases.subject_chooser import SubjectChooser
from ui.cases.violation_picker import ViolationPicker
from ui.context import AppContext, Locked
from ui.tasks import Task, show_error

PLATFORMS = ("WhatsApp", "Instagram", "TikTok", "Snapchat", "YouTube", "Facebook",
             "X (Twitter)", "Discord", "Telegram", "Microsoft Teams", "Somtoday", "itslearning",
             "e-mail")  # fmt: skip


def with_error(field: QWidget | QLayout, error: QLabel) -> QVBoxLayout:
    """A field with its error message right under it (taking no room while hidden)."""
    box = QVBoxLayout()
    box.setSpacing(2)
    if isinstance(field, QLayout):
        box.addLayout(field)
    else:
        box.addWidget(field)
    box.addWidget(error)
    return box


class ReportForm(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("reportForm")
        self.setWindowTitle(self.tr("Nieuwe melding"))
        self.resize(1100, 780)
        self.created_case_id: int | None = None
        self.created_case_number: str | None = None
        self.task: Task | None = None

        # who
        self.subject_chooser = SubjectChooser(ctx)
        self.person = self.subject_chooser.picker
        self.person_error = self.subject_chooser.error
        # what
        self.violations = ViolationPicker(ctx.policy)
        self.violation_error = error_label("violationError")
        self.subject = QLineEdit(objectName="subjectEdit")
        self.subject.setMaxLength(300)
        self.subject.setPlaceholderText(self.tr("Niet verplicht; leeg: de naam van de overtreding"))
        self.description = compact(QPlainTextEdit)(objectName="descriptionEdit")
        self.description.setPlaceholderText(
            self.tr("Wat is er gebeurd? Beschrijf feitelijk: wie, wat, waar, hoe het bekend werd.")
        )
        self.description.setMinimumHeight(64)
        self.description_error = error_label("descriptionError")
        # when and where
        today = QDate.currentDate()
        self.date = QDateEdit(today, objectName="incidentDate", calendarPopup=True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.date.setDateRange(QDate(today.year() - OLDEST_INCIDENT_YEARS, 1, 1), today)
        self.weekday = hint_label("", "incidentWeekday")
        self.date_error = error_label("dateError")
        self.time = QLineEdit(objectName="incidentTime")
        self.time.setPlaceholderText(self.tr("bijv. 14:35 (niet verplicht)"))
        self.time.setMaximumWidth(180)
        self.time_error = error_label("timeError")
        self.place = QLineEdit(objectName="placeEdit")
        self.place.setMaxLength(300)
        self.place.setPlaceholderText(self.tr("bijv. klassenapp 3H2, aula, thuis"))
        self.place_error = error_label("placeError")
        self.platform = QComboBox(objectName="platformChoice", editable=True)
        self.platform.addItems(["", *PLATFORMS])
        self.platform.lineEdit().setMaxLength(100)
        self.platform.lineEdit().setPlaceholderText(self.tr("kies of typ (niet verplicht)"))
        self.platform_error = error_label("platformError")
        # who else, evidence
        self.parties = PartiesEditor(ctx)
        self.evidence = EvidenceFileList()
        # bottom
        self.summary = hint_label("", "reportSummary")
        self.general_error = error_label("reportError")
        self.cancel_button = QPushButton(self.tr("Annuleren"), objectName="cancelReport")
        self.save_button = primary(QPushButton(self.tr("Melden"), objectName="saveReport"))
        self.save_button.setDefault(True)

        self._lay_out()
        self.checks = FieldChecks(self)
        self._connect()
        self._date_changed()
        self._refresh()
        self.person.setFocus()

    # --- layout ----------------------------------------------------------------------------

    def _group(self, title: str, name: str) -> tuple[QGroupBox, QVBoxLayout]:
        group = QGroupBox(title, objectName=name)
        layout = QVBoxLayout(group)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        return group, layout

    def _lay_out(self) -> None:
        who, who_layout = self._group(self.tr("Over wie gaat de melding?"), "whoGroup")
        who_layout.addWidget(self.subject_chooser)

        what, what_layout = self._group(self.tr("Welke overtreding van het protocol?"), "whatGroup")
        what_layout.addWidget(self.violations, 1)
        what_layout.addWidget(self.violation_error)

        story, story_layout = self._group(self.tr("Wat is er gebeurd?"), "storyGroup")
        form = QFormLayout()
        form.addRow(self.tr("Onderwerp"), self.subject)
        story_layout.addLayout(form)
        story_layout.addWidget(self.description, 1)
        story_layout.addWidget(self.description_error)

        where, _ = self._group(self.tr("Wanneer en waar?"), "whenGroup")
        form = QFormLayout()
        where.layout().addLayout(form)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date)
        date_row.addWidget(self.weekday, 1)
        form.addRow(self.tr("Datum"), with_error(date_row, self.date_error))
        time_row = QHBoxLayout()
        time_row.addWidget(self.time)
        time_row.addStretch(1)
        form.addRow(self.tr("Tijd"), with_error(time_row, self.time_error))
        form.addRow(self.tr("Plaats"), with_error(self.place, self.place_error))
        form.addRow(self.tr("Platform"), with_error(self.platform, self.platform_error))

        others, others_layout = self._group(self.tr("Andere betrokkenen"), "partiesGroup")
        others_layout.addWidget(self.parties)
        proof, proof_layout = self._group(self.tr("Bewijs"), "evidenceGroup")
        proof_layout.addWidget(self.evidence)

        left = QVBoxLayout()
        left.addWidget(who)
        left.addWidget(others)
        left.addWidget(what, 1)
        right = QVBoxLayout()
        right.addWidget(where)
        right.addWidget(story, 3)
        right.addWidget(proof, 2)
        columns = QHBoxLayout()
        columns.addLayout(left, 5)
        columns.addSpacing(6)
        columns.addLayout(right, 4)
        body = QWidget(objectName="reportBody")
        body.setLayout(columns)
        self.scroll = QScrollArea(objectName="reportScroll", widgetResizable=True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(body)

        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        self._tab_order()

    def _tab_order(self) -> None:
        """Tab goes down the left column, then down the right one, then to the buttons."""
        chain = [
            self.person, self.subject_chooser.team, self.parties.picker, self.parties.role,
            self.parties.add_button, self.parties.list, self.violations.filter,
            self.violations.list, self.date, self.time, self.place, self.platform,
            self.subject, self.description, self.evidence.add_button, self.evidence.list,
            self.cancel_button, self.save_button,
        ]  # fmt: skip
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

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
        set_error(self.checks.label_for(str(error), field), str(error))

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
