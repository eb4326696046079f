"""Choosing the measure: the ladder's rungs with who decides them and what they need, and
for the chosen rung its duration and first day, the checklist, and the motivation when it
differs from the proposal.

Whether the user may take a rung now, and why not, is the service's word
(``CaseView.rung_options``); the chooser shows it. ``changed`` after another rung was chosen
or anything was typed.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casemanager.cases.rung_options import RungOption
from casemanager.cases.views import CaseView
from casemanager.ladder import motivation_problem
from casemanager.policy.calendar import SchoolCalendar
from casemanager.policy.schema import Ladder, Rung
from ui import core_text, dates
from ui.cases.case_common import decider_label, sentence
from ui.cases.form_widgets import restyle
from ui.cases.procedure_parts import clear_grid, hint
from ui.context import AppContext
from ui.dates import long_date_with_weekday


def who_decides(rung: Rung) -> str:
    """'directie', 'teamleider of directie'."""
    names = [decider_label(role) for role in rung.decided_by]
    if len(names) == 1:
        return names[0]
    last = QCoreApplication.translate("DecisionPanel", "%s of %s")
    return last % (", ".join(names[:-1]), names[-1])


class RungChooser(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._view: CaseView | None = None
        self._ladder: Ladder | None = None
        self._options: dict[str, RungOption] = {}
        self._calendar = SchoolCalendar(ctx.policy.holidays)
        self.rung_grid = QGridLayout()
        self.rung_grid.setHorizontalSpacing(12)
        self.rung_grid.setColumnStretch(1, 1)
        self.rungs = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        self.duration = QSpinBox(objectName="durationSpin")
        self.duration.setMinimumWidth(70)
        self.duration_unit = QLabel()
        self.start_label = QLabel(self.tr("Eerste dag"))
        self.start_date = QDateEdit(objectName="startDate", calendarPopup=True)
        self.start_date.setDisplayFormat(dates.edit_format())
        self.end_note = hint("", "endNote")
        self.end_note.setWordWrap(False)
        self.duration_row = QWidget()
        row = QHBoxLayout(self.duration_row)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (QLabel(self.tr("Duur")), self.duration, self.duration_unit):
            row.addWidget(widget)
        row.addSpacing(16)
        for widget in (self.start_label, self.start_date):
            row.addWidget(widget)
        row.addWidget(self.end_note, 1)
        self.checklist = hint("", "rungChecklist")
        self.motivation_label = QLabel(objectName="motivationLabel")
        self.motivation = QPlainTextEdit(objectName="motivationEdit")
        self.motivation.setPlaceholderText(
            self.tr("Waarom kiest u een andere maatregel dan het voorstel?")
        )
        self.motivation.setFixedHeight(90)
        self.motivation_problem = QLabel(objectName="motivationProblem", wordWrap=True)
        self.motivation_problem.setProperty("role", "error")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.rung_grid)
        layout.addWidget(self.duration_row)
        layout.addWidget(self.checklist)
        for widget in (self.motivation_label, self.motivation, self.motivation_problem):
            layout.addWidget(widget)

        self.rungs.idToggled.connect(lambda _id, on: on and self.rung_changed())
        self.duration.valueChanged.connect(self._typed)
        self.start_date.dateChanged.connect(self._typed)
        self.motivation.textChanged.connect(self._typed)

    # --- the rungs ------------------------------------------------------------------------

    def show_rungs(self, view: CaseView, ladder: Ladder | None) -> None:
        """The rungs of ``ladder`` for ``view``, none chosen and nothing typed."""
        self._view, self._ladder = view, ladder
        self._options = {option.code: option for option in view.rung_options}
        self._calendar = SchoolCalendar(self.ctx.policy.holidays)
        for radio in list(self.rungs.buttons()):
            self.rungs.removeButton(radio)
        clear_grid(self.rung_grid)
        self.radios.clear()
        self.motivation.blockSignals(True)
        self.motivation.clear()
        self.motivation.blockSignals(False)
        if ladder is None or view.proposal is None:
            return
        for index, rung in enumerate(ladder.rungs):
            proposed = rung.code == view.proposal.rung
            title = core_text.term(rung.title) + (self.tr("  (voorstel)") if proposed else "")
            radio = QRadioButton(title, objectName=f"rung_{rung.code}")
            if proposed:
                font = radio.font()
                font.setBold(True)
                radio.setFont(font)
            details = hint(self._details(rung))
            option = self._options.get(rung.code)
            tip = (
                sentence(option.reason)
                if option and not option.allowed
                else core_text.term(rung.description)
            )
            for widget in (radio, details):
                widget.setEnabled(self.offered(rung.code))
                widget.setToolTip(tip)
            self.rungs.addButton(radio, index)
            self.radios[rung.code] = radio
            self.rung_grid.addWidget(radio, index, 0)
            self.rung_grid.addWidget(details, index, 1)

    def offered(self, code: str) -> bool:
        """Whether the user can choose rung ``code``: a rung of their role on this case, even
        when the service refuses it for now (no hearing yet; the reason shows until then)."""
        option = self._options.get(code)
        rung = self._rung(code)
        if option is None or rung is None:
            return False
        return option.allowed or (self._view is not None and self._view.role in rung.decided_by)

    def _details(self, rung: Rung) -> str:
        parts = [self.tr("beslist door %s") % who_decides(rung)]
        if rung.hearing_required:
            parts.append(self.tr("hoorgesprek vereist"))
        if rung.intent_first:
            parts.append(self.tr("eerst een voornemen"))
        if rung.has_duration:
            unit = self._unit_name(rung.duration)
            if rung.max_duration:
                parts.append(self.tr("ten hoogste %d %s") % (rung.max_duration, unit))
            else:
                parts.append(unit)
        return " · ".join(parts)

    def _unit_name(self, duration: str) -> str:
        """What a duration is counted in ("schooldagen"), as the policy says it."""
        if duration == "schooldagen":
            return self.tr("schooldagen")
        if duration == "kalenderdagen":
            return self.tr("kalenderdagen")
        return duration

    def _rung(self, code: str) -> Rung | None:
        rungs = self._ladder.rungs if self._ladder else []
        return next((rung for rung in rungs if rung.code == code), None)

    def select(self, code: str) -> bool:
        """Choose rung ``code`` when the user can; whether it is chosen now."""
        radio = self.radios.get(code)
        if radio is not None and radio.isEnabled():
            radio.setChecked(True)
        return radio is not None and radio.isChecked()

    # --- the chosen rung ------------------------------------------------------------------

    def chosen(self) -> Rung | None:
        index = self.rungs.checkedId()
        if self._ladder is None or index < 0:
            return None
        return self._ladder.rungs[index]

    def option(self) -> RungOption | None:
        """What the service says about the chosen rung."""
        rung = self.chosen()
        return self._options.get(rung.code) if rung is not None else None

    def records_intent(self) -> bool:
        """Deciding the chosen rung records a voornemen first."""
        option = self.option()
        return option is not None and option.step == "voornemen"

    def deviates(self) -> bool:
        rung, view = self.chosen(), self._view
        return bool(rung and view and view.proposal and rung.code != view.proposal.rung)

    def first_day(self) -> dt.date:
        return self.start_date.date().toPython()  # type: ignore[return-value]

    def rung_changed(self) -> None:
        rung, proposal = self.chosen(), self._view.proposal if self._view else None
        deviates = self.deviates()
        for widget in (self.motivation_label, self.motivation, self.motivation_problem):
            widget.setVisible(deviates)
        self.motivation_label.setText(
            self.tr("<b>Motivering</b> (verplicht: u wijkt af van het voorstel '%s')")
            % escape(core_text.term(proposal.rung_title) if proposal else "")
        )
        has_duration = rung is not None and rung.has_duration
        self.duration_row.setVisible(has_duration)
        if rung is not None and has_duration:
            self.duration.setRange(1, rung.max_duration or 365)
            first = dt.date.today() + dt.timedelta(days=1)
            if rung.duration == "schooldagen":
                first = self._calendar.add_school_days(first, 0)
            self.start_date.setMinimumDate(QDate.currentDate())
            self.start_date.setDate(QDate(first.year, first.month, first.day))
        for widget in (self.start_label, self.start_date, self.end_note):
            widget.setVisible(not self.records_intent())
        checklist = rung.checklist if rung else []
        items = "".join(f"<li>{escape(core_text.term(item))}</li>" for item in checklist)
        self.checklist.setText(self.tr("Vooraf nodig:") + f"<ul>{items}</ul>" if items else "")
        self.checklist.setVisible(bool(items))
        self._typed()

    def _unit(self, duration: str, count: int) -> str:
        if duration == "schooldagen":
            return self.tr("schooldag") if count == 1 else self.tr("schooldagen")
        return self.tr("dag") if count == 1 else self.tr("dagen")

    def _typed(self) -> None:
        rung = self.chosen()
        if rung is not None and rung.has_duration:
            self.duration_unit.setText(self._unit(rung.duration, self.duration.value()))
        if rung is not None and rung.has_duration and self.end_note.isVisibleTo(self):
            first, days = self.first_day(), self.duration.value()
            if rung.duration == "schooldagen":
                last = self._calendar.last_school_day(first, days)
            else:
                last = first + dt.timedelta(days=days - 1)
            self.end_note.setText(self.tr("laatste dag: %s") % long_date_with_weekday(last))
        deviating = self.motivation.isVisibleTo(self)
        problem = motivation_problem(self.motivation.toPlainText()) if deviating else None
        text = core_text.text(problem) if problem is not None else ""
        self.motivation_problem.setText(text or self.tr("De motivering is voldoende."))
        self.motivation_problem.setProperty("role", "error" if text else "hint")
        self.motivation.setProperty("invalid", bool(text and self.motivation.toPlainText()))
        restyle(self.motivation_problem, self.motivation)
        self.changed.emit()

    def problem(self) -> str:
        """Why the chosen rung cannot be decided as filled in now; empty when it can."""
        rung, option = self.chosen(), self.option()
        if rung is None or option is None:
            return self.tr("Kies een maatregel.")
        if not option.allowed:
            return sentence(option.reason)
        if rung.has_duration and not self.records_intent():
            first = self.first_day()
            if rung.duration == "schooldagen" and not self._calendar.is_school_day(first):
                return self.tr("%s is geen schooldag; kies een schooldag als eerste dag.") % (
                    long_date_with_weekday(first)
                )
        if self.deviates():
            problem = motivation_problem(self.motivation.toPlainText())
            return core_text.text(problem) if problem is not None else ""
        return ""

    def motivation_text(self) -> str:
        """The motivation, when the chosen rung needs one."""
        return self.motivation.toPlainText() if self.motivation.isVisibleTo(self) else ""
