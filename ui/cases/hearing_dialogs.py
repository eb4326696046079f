"""The dialogs of the hoorgesprek: planning it (when, where, who) and recording that it was
held, with its report; or both at once for a talk that already took place."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casemanager.cases.hearings import MIN_REPORT_CHARS, hold_hearing, plan_hearing
from casemanager.cases.views import CaseView, HearingView
from ui.cases.case_common import kind_label, tr
from ui.cases.entry_dialogs import moment_edit
from ui.cases.form_widgets import ServiceDialog, hint_label
from ui.context import AppContext
from ui.dates import long_date_with_weekday

if TYPE_CHECKING:
    from casemanager.uow import UnitOfWork


def moment_text(moment: dt.datetime) -> str:
    """'dinsdag 7 november 2025 om 12:30'."""
    return tr("%s om %s") % (long_date_with_weekday(moment.date()), f"{moment:%H:%M}")


def next_school_morning(now: dt.datetime) -> dt.datetime:
    day = now.date() + dt.timedelta(days=1)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time(10, 0))


class PlanHearingDialog(ServiceDialog):
    """Plans a hearing; or, when the talk has already taken place, records it with its
    report at once (planned and held in one go)."""

    def __init__(self, ctx: AppContext, view: CaseView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_texts(self.tr("Hoorgesprek plannen"), self.tr("Plannen"))
        self.setObjectName("planHearingDialog")
        self.case_id = view.id
        self.planned_at = moment_edit(next_school_morning(dt.datetime.now()), "plannedAt")
        self.planned_at.setMaximumDateTime(self.planned_at.dateTime().addYears(1))
        self.already_held = QCheckBox(
            self.tr("Het gesprek is al gehouden: ik leg nu ook het verslag vast"),
            objectName="alreadyHeld",
        )
        self.report = report_edit()
        self.count = hint_label("", "reportCount")
        self.location = QLineEdit(objectName="hearingLocation")
        self.location.setMaxLength(300)
        self.location.setPlaceholderText(self.tr("bijv. kamer van de teamleider"))
        self.participants = QPlainTextEdit(objectName="hearingParticipants")
        self.participants.setMinimumHeight(100)
        who = [f"{view.person_name} ({kind_label(view.person_kind)})"]
        if view.person_kind == "leerling":
            who.append(self.tr("ouders/verzorgers"))
        actor = ctx.actor
        who.append(
            f"{actor.display_name} ({actor.function_title})"
            if actor.function_title
            else actor.display_name
        )
        self.participants.setPlainText("\n".join(who))
        form = QFormLayout()
        form.addRow(self.tr("Wanneer"), self.planned_at)
        form.addRow(self.tr("Waar"), self.location)
        form.addRow(self.tr("Wie zijn erbij"), self.participants)
        self.next_step = hint_label(
            self.tr(
                "De zaak krijgt de status 'hoorgesprek'. Daarna kunt u de uitnodigingsbrief maken."
            )
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.already_held)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.next_step)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.already_held.toggled.connect(self._held_toggled)
        self.report.textChanged.connect(self.update_ok)
        self._held_toggled(False)

    def _held_toggled(self, held: bool) -> None:
        self.report.setVisible(held)
        self.count.setVisible(held)
        self.next_step.setVisible(not held)
        self.ok.setText(self.tr("Vastleggen") if held else self.tr("Plannen"))
        now = QDateTime.currentDateTime()
        if held:
            self.planned_at.setMaximumDateTime(now)
            self.planned_at.setDateTime(now.addSecs(-now.time().second()))
        else:
            self.planned_at.setMaximumDateTime(now.addYears(1))
        self.update_ok()

    def is_valid(self) -> bool:
        return not self.already_held.isChecked() or report_long_enough(self.report, self.count)

    def work(self) -> Any:
        case_id, planned = self.case_id, self.planned_at.dateTime().toPython()
        location, participants = self.location.text(), self.participants.toPlainText()
        report = self.report.toPlainText() if self.already_held.isChecked() else None

        def plan_and_hold(uow: UnitOfWork) -> int:
            hearing_id = plan_hearing(
                uow, case_id, planned, location=location, participants=participants
            )
            if report is not None:
                hold_hearing(uow, hearing_id, planned, report)
            return hearing_id

        return plan_and_hold


def report_edit() -> QPlainTextEdit:
    report = QPlainTextEdit(objectName="hearingReport")
    report.setMinimumHeight(200)
    report.setPlaceholderText(
        tr("Wie waren er, wat is besproken, wat zei de persoon over de feiten, wat is afgesproken?")
    )
    return report


def report_long_enough(report: QPlainTextEdit, count: QLabel) -> bool:
    """True when the report is long enough; else ``count`` says how much more is needed."""
    missing = MIN_REPORT_CHARS - len(report.toPlainText().strip())
    count.setText(tr("Schrijf nog minstens %d tekens.") % missing if missing > 0 else "")
    return missing <= 0


class HoldHearingDialog(ServiceDialog):
    def __init__(
        self, ctx: AppContext, hearing: HearingView, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.set_texts(self.tr("Verslag van het hoorgesprek"), self.tr("Verslag vastleggen"))
        self.setObjectName("holdHearingDialog")
        self.setMinimumWidth(620)
        self.hearing_id = hearing.id
        now = dt.datetime.now().replace(second=0, microsecond=0)
        self.held_at = moment_edit(min(hearing.planned_at, now), "heldAt")
        self.report = report_edit()
        self.count = hint_label("", "reportCount")
        planned = self.tr("Gepland op %s") % moment_text(hearing.planned_at)
        if hearing.location:
            planned += ", " + hearing.location
        form = QFormLayout()
        form.addRow(self.tr("Gehouden op"), self.held_at)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(planned, wordWrap=True))
        layout.addLayout(form)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.report.textChanged.connect(self.update_ok)
        self.update_ok()

    def is_valid(self) -> bool:
        return report_long_enough(self.report, self.count)

    def work(self) -> Any:
        hearing_id, held = self.hearing_id, self.held_at.dateTime().toPython()
        report = self.report.toPlainText()
        return lambda uow: hold_hearing(uow, hearing_id, held, report)
