"""Deciding a measure: the rungs to choose from with what the chosen one needs
(``RungChooser``), the zienswijze where a voornemen came first, and the decision itself.

What the user may decide, and why not, comes from the service: ``CaseView.actions``
("decide") for the case as a whole and ``CaseView.rung_options`` rung by rung. The service
checks everything again when the decision is taken.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casemanager.cases.deciding import decide
from casemanager.cases.rung_options import zienswijze_note
from casemanager.cases.views import CaseView
from casemanager.errors import CaseManagerError
from casemanager.policy.schema import Rung
from casemanager.texts import Text
from ui import core_text
from ui.cases.case_common import sentence
from ui.cases.procedure_parts import hint
from ui.cases.rung_chooser import RungChooser
from ui.context import AppContext
from ui.dates import long_date
from ui.tasks import show_error


class DecisionPanel(QWidget):
    decided = Signal(object)  # the service's DecisionResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._view: CaseView | None = None
        self.is_open = False  # a decision can be taken now
        self.phase_note = hint("", "decisionPhaseNote")
        self.rung_chooser = RungChooser(ctx)
        self.zienswijze = QCheckBox(objectName="zienswijzeReceived")
        self.decide_button = QPushButton(self.tr("Besluiten"), objectName="decideButton")
        self.decide_button.setProperty("primary", True)
        self.why_not = hint("", "decideWhyNot")
        # the chooser's parts, as the procedure's tests and screens know them
        chooser = self.rung_chooser
        self.radios = chooser.radios
        self.duration_row, self.duration = chooser.duration_row, chooser.duration
        self.start_date, self.end_note = chooser.start_date, chooser.end_note
        self.checklist, self.motivation = chooser.checklist, chooser.motivation
        self.motivation_problem = chooser.motivation_problem

        self.chooser = QFrame(objectName="rungChooser")
        column = QVBoxLayout(self.chooser)
        column.setContentsMargins(0, 6, 0, 0)
        column.addWidget(QLabel(self.tr("<b>Maatregel kiezen</b>")))
        column.addWidget(self.rung_chooser)
        column.addWidget(self.zienswijze)
        action = QHBoxLayout()
        action.addWidget(self.decide_button)
        action.addWidget(self.why_not, 1)
        column.addLayout(action)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.phase_note)
        layout.addWidget(self.chooser)

        self.rung_chooser.changed.connect(self._update)
        self.zienswijze.toggled.connect(self._update)
        self.decide_button.clicked.connect(self._decide)

    # --- showing a case -------------------------------------------------------------------

    def show_case(self, view: CaseView) -> None:
        # the same case shown again (another screen changed something): keep what was typed
        before, chosen, kept = self._view, self.chosen(), None
        if before is not None and chosen is not None and _same_stage(before, view):
            typed = self.motivation.toPlainText()
            kept = (chosen.code, typed, self.duration.value(), self.start_date.date())
        self._view = view
        ladder = self.ctx.policy.ladders.get(view.ladder)  # type: ignore[call-overload]
        self.rung_chooser.show_rungs(view, ladder)
        state = next((a for a in view.actions if a.name == "decide"), None)
        allowed = state is not None and state.enabled
        has_proposal = view.proposal is not None and ladder is not None
        self.is_open = has_proposal and allowed
        self.chooser.setVisible(self.is_open)
        self.phase_note.setText(self._note(view, has_proposal, state.reason if state else None))
        self.phase_note.setVisible(bool(self.phase_note.text()))
        self.zienswijze.setChecked(False)
        code = kept[0] if kept else view.proposal.rung if view.proposal else ""
        chosen_again = self.rung_chooser.select(code)
        self.rung_chooser.rung_changed()
        if kept and chosen_again:
            self.motivation.setPlainText(kept[1])
            self.duration.setValue(kept[2])
            self.start_date.setDate(kept[3])

    def _note(self, view: CaseView, has_proposal: bool, refusal: Text | None) -> str:
        """Above the chooser: why nothing can be decided, or why not the proposal."""
        if not has_proposal:
            return self.tr("Zonder overtreding uit het beleid is er geen voorstel.")
        if not self.is_open and refusal is None:
            return self.tr("Een besluit nemen kan nu niet.")
        if not self.is_open and refusal is not None:
            return self.tr("Een besluit nemen kan nu niet: %s.") % core_text.text(refusal)
        code = view.proposal.rung if view.proposal else ""
        proposed = next((o for o in view.rung_options if o.code == code), None)
        if proposed is not None and not self.rung_chooser.offered(code):
            return self.tr(
                "%s Leg de zaak aan hen voor, of kies met een motivering een andere maatregel."
            ) % sentence(proposed.reason)
        return ""

    # --- the chosen rung ------------------------------------------------------------------

    def chosen(self) -> Rung | None:
        return self.rung_chooser.chosen()

    def problem(self) -> str:
        """Why deciding is not possible as filled in now; empty when it is."""
        if self._view is None or self._view.proposal is None or not self.is_open:
            return self.tr("Er kan nu geen besluit worden genomen.")
        why = self.rung_chooser.problem()
        if why:
            return why
        option = self.rung_chooser.option()
        if option is not None and option.zienswijze_until and not self.zienswijze.isChecked():
            note = zienswijze_note(option)
            return core_text.text(note) if note is not None else ""
        return ""

    def _update(self) -> None:
        option = self.rung_chooser.option()
        self.decide_button.setText(
            self.tr("Voornemen vastleggen")
            if self.rung_chooser.records_intent()
            else self.tr("Besluiten")
        )
        # the service lets the decision wait until the zienswijze term has passed
        until = option.zienswijze_until if option is not None else None
        self.zienswijze.setVisible(until is not None)
        if until is not None:
            self.zienswijze.setText(
                self.tr("De zienswijze is ontvangen (de termijn loopt tot en met %s)")
                % long_date(until)
            )
        why = self.problem()
        self.decide_button.setEnabled(not why)
        self.decide_button.setToolTip(why)
        # a problem with the rung or its motivation is already said under those fields
        self.why_not.setText("" if self.rung_chooser.problem() else why)

    def _decide(self) -> None:
        view, rung = self._view, self.chosen()
        if view is None or rung is None or self.problem():
            return
        intent = self.rung_chooser.records_intent()
        question = (
            self.tr("U legt het voornemen '%s' voor %s vast. De zienswijzetermijn gaat vandaag in.")
            if intent
            else self.tr(
                "U besluit tot '%s' voor %s. Een besluit wordt niet overschreven; een correctie "
                "is een nieuw besluit."
            )
        ) % (core_text.term(rung.title), view.person_name)
        answer = QMessageBox.question(
            self, self.decide_button.text(), question + "\n\n" + self.tr("Doorgaan?")
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        timed = rung.has_duration
        try:
            result = self.ctx.call(
                decide,
                view.id,
                rung.code,
                motivation=self.rung_chooser.motivation_text(),
                starts_on=self.rung_chooser.first_day() if timed and not intent else None,
                duration_days=self.duration.value() if timed else None,
                zienswijze_received=self.zienswijze.isChecked(),
            )
        except CaseManagerError as error:
            show_error(self, error)
            return
        self.decided.emit(result)


def _same_stage(before: CaseView, now: CaseView) -> bool:
    """The same case, with nothing decided or moved on since it was shown."""
    return (before.id, before.status, len(before.decisions)) == (
        now.id,
        now.status,
        len(now.decisions),
    )
