"""The fields of Nieuwe melding and their layout: who, the other parties and the violation
on the left; when and where, what happened and the evidence on the right; a summary and
the buttons below. ``ReportForm`` adds what the fields do."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QDate
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
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casemanager.cases.reporting import OLDEST_INCIDENT_YEARS
from ui import dates
from ui.cases.evidence_files import EvidenceFileList
from ui.cases.form_widgets import compact, error_label, hint_label, primary
from ui.cases.party_editor import PartiesEditor
from ui.cases.subject_chooser import SubjectChooser
from ui.cases.violation_picker import ViolationPicker
from ui.context import AppContext

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


class ReportFields(QDialog):
    """The report form's widgets, laid out, with the tab order; no behaviour of its own."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("reportForm")
        self.setWindowTitle(self.tr("Nieuwe melding"))
        self.resize(1100, 780)

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
        self.date.setDisplayFormat(dates.edit_format())
        self.date.setDateRange(QDate(today.year() - OLDEST_INCIDENT_YEARS, 1, 1), today)
        self.weekday = hint_label("", "incidentWeekday")
        self.date_error = error_label("dateError")
        self.time = QLineEdit(objectName="incidentTime")
        self.time.setPlaceholderText(self.tr("bijv. 14:35"))
        self.time.setToolTip(self.tr("Niet verplicht: het tijdstip, als het bekend is."))
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
