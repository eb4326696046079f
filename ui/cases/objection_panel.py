"""After the decision: the day it was made known (the objection term starts then), the
objection received against it, and the decision on that objection."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casemanager.cases.actions import ActionState
from casemanager.cases.procedure import decide_objection, make_known, record_objection
from casemanager.cases.views import CaseView
from casemanager.errors import CaseManagerError
from models.procedure import ObjectionOutcome
from ui.cases.case_common import sentence
from ui.cases.procedure_parts import date_edit, hint, qdate
from ui.context import AppContext
from ui.dates import long_date
from ui.tasks import show_error

MIN_TEXT = 10  # the services' minimum for grounds and the decision on an objection


class ObjectionPanel(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._view: CaseView | None = None
        self.outcome_labels = {
            ObjectionOutcome.ONGEGROND: self.tr("Ongegrond: het besluit blijft staan"),
            ObjectionOutcome.DEELS_GEGROND: self.tr("Deels gegrond: een nieuw besluit volgt"),
            ObjectionOutcome.GEGROND: self.tr("Gegrond: het besluit vervalt"),
            ObjectionOutcome.INGETROKKEN: self.tr("Ingetrokken"),
        }
        self.known_note = hint("", "madeKnownNote")
        self.made_known_date = date_edit("madeKnownDate")
        self.make_known_button = QPushButton(self.tr("Bekendmaking vastleggen"))
        self.make_known_button.setObjectName("makeKnownButton")
        self.objections = QLabel(objectName="objectionsList", wordWrap=True)
        self.record_button = QPushButton(self.tr("Bezwaar vastleggen…"))
        self.record_button.setObjectName("recordObjectionButton")
        self.decide_button = QPushButton(self.tr("Beslissing op bezwaar…"))
        self.decide_button.setObjectName("decideObjectionButton")

        self.received_on = date_edit("objectionReceived")
        self.grounds = self._text_edit(
            "objectionGrounds", self.tr("Waartegen maakt de indiener bezwaar, en waarom?")
        )
        self.save_objection = QPushButton(self.tr("Bezwaar vastleggen"))
        self.save_objection.setObjectName("saveObjectionButton")
        self.record_form = self._form(
            "recordObjectionForm",
            [(self.tr("Ontvangen op"), self.received_on), (self.tr("Gronden"), self.grounds)],
            self.save_objection,
        )
        self.outcome = QComboBox(objectName="objectionOutcome")
        for outcome, label in self.outcome_labels.items():
            self.outcome.addItem(label, outcome)
        self.decided_on = date_edit("objectionDecidedOn")
        self.outcome_text = self._text_edit(
            "objectionOutcomeText", self.tr("De beslissing en haar motivering")
        )
        self.save_decision = QPushButton(self.tr("Beslissing vastleggen"))
        self.save_decision.setObjectName("saveObjectionDecisionButton")
        self.decide_form = self._form(
            "decideObjectionForm",
            [
                (self.tr("Beslissing"), self.outcome),
                (self.tr("Datum"), self.decided_on),
                (self.tr("Toelichting"), self.outcome_text),
            ],
            self.save_decision,
        )

        self.known_row = QWidget(objectName="madeKnownRow")
        known = QHBoxLayout(self.known_row)
        known.setContentsMargins(0, 0, 0, 0)
        known.addWidget(QLabel(self.tr("Bekendgemaakt op")))
        known.addWidget(self.made_known_date)
        known.addWidget(self.make_known_button)
        known.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.decide_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known_note)
        layout.addWidget(self.known_row)
        layout.addWidget(self.objections)
        layout.addLayout(buttons)
        layout.addWidget(self.record_form)
        layout.addWidget(self.decide_form)

        self.make_known_button.clicked.connect(self._make_known)
        self.record_button.clicked.connect(lambda: self._open(self.record_form))
        self.decide_button.clicked.connect(lambda: self._open(self.decide_form))
        self.grounds.textChanged.connect(self._update)
        self.outcome_text.textChanged.connect(self._update)
        self.save_objection.clicked.connect(self._record)
        self.save_decision.clicked.connect(self._decide)

    def _text_edit(self, name: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(objectName=name)
        edit.setPlaceholderText(placeholder)
        edit.setFixedHeight(80)
        return edit

    def _form(self, name: str, rows: list[tuple[str, QWidget]], save: QPushButton) -> QFrame:
        frame = QFrame(objectName=name)
        form = QFormLayout(frame)
        form.setContentsMargins(0, 6, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for label, widget in rows:
            form.addRow(label, widget)
        save.setProperty("primary", True)
        cancel = QPushButton(self.tr("Annuleren"))
        cancel.clicked.connect(frame.hide)
        row = QHBoxLayout()
        row.addWidget(save)
        row.addWidget(cancel)
        row.addWidget(hint(self.tr("Schrijf minstens %d tekens.") % MIN_TEXT), 1)
        form.addRow(row)
        frame.hide()
        return frame

    # --- showing a case -------------------------------------------------------------------

    def show_case(self, view: CaseView) -> None:
        self._view = view
        actions = {a.name: a for a in view.actions}
        final = [d for d in view.decisions if not d.is_voornemen]
        latest = final[-1] if final else None
        weeks = self.ctx.policy.terms.objection_weeks
        if latest is not None and latest.made_known_on is not None:
            note = self.tr("Het besluit is bekendgemaakt op %s.") % long_date(latest.made_known_on)
            if view.objection_term_end is not None:
                note += " " + self.tr("De bezwaartermijn loopt tot en met %s.") % long_date(
                    view.objection_term_end
                )
        else:
            note = (
                self.tr(
                    "Leg vast op welke dag het besluit is bekendgemaakt (brief verstuurd of "
                    "overhandigd); dan gaat de bezwaartermijn van %d weken in."
                )
                % weeks
            )
        self.known_note.setText(note)
        if latest is not None:
            self.made_known_date.setMinimumDate(qdate(latest.decided_at.astimezone().date()))
        self.made_known_date.setMaximumDate(QDate.currentDate())
        self.made_known_date.setDate(QDate.currentDate())
        self._apply(actions.get("make_known"), self.make_known_button, self.made_known_date)
        self.known_row.setVisible(latest is None or latest.made_known_on is None)
        self._apply(actions.get("objection"), self.record_button)
        self._apply(actions.get("decide_objection"), self.decide_button)
        lines = []
        for objection in view.objections:
            line = self.tr("<b>Bezwaar ontvangen op %s</b>: %s") % (
                long_date(objection.received_on),
                escape(objection.grounds),
            )
            if objection.outcome:
                label = self.outcome_labels.get(ObjectionOutcome(objection.outcome), "")
                line += "<br>" + self.tr("Beslist op %s: %s. %s") % (
                    long_date(objection.outcome_on) if objection.outcome_on else "",
                    escape(label),
                    escape(objection.outcome_text),
                )
            lines.append(f"<p>{line}</p>")
        self.objections.setText("".join(lines))
        self.objections.setVisible(bool(lines))
        for form in (self.record_form, self.decide_form):
            form.hide()
        for edit in (self.grounds, self.outcome_text):
            edit.clear()
        self._update()

    def _apply(self, state: ActionState | None, button: QPushButton, *more: QWidget) -> None:
        enabled = state is not None and state.enabled
        why = sentence(state.reason) if state is not None else ""
        for widget in (button, *more):
            widget.setEnabled(enabled)
            widget.setToolTip("" if enabled else why)

    def _open(self, form: QFrame) -> None:
        for other in (self.record_form, self.decide_form):
            other.setVisible(other is form)
        self._update()

    def _update(self) -> None:
        enough = self.tr("Schrijf minstens %d tekens.") % MIN_TEXT
        for edit, save in (
            (self.grounds, self.save_objection),
            (self.outcome_text, self.save_decision),
        ):
            ready = len(edit.toPlainText().strip()) >= MIN_TEXT
            save.setEnabled(ready)
            save.setToolTip("" if ready else enough)

    # --- the services ---------------------------------------------------------------------

    def _attempt(self, fn: Callable[..., object], *args: object) -> bool:
        try:
            self.ctx.call(fn, *args)
        except CaseManagerError as error:
            show_error(self, error)
            return False
        self.changed.emit()
        return True

    def _make_known(self) -> None:
        if self._view is not None:
            self._attempt(make_known, self._view.id, self.made_known_date.date().toPython())

    def _record(self) -> None:
        if self._view is not None:
            self._attempt(
                record_objection,
                self._view.id,
                self.received_on.date().toPython(),
                self.grounds.toPlainText(),
            )

    def _decide(self) -> None:
        open_ones = [o for o in (self._view.objections if self._view else ()) if not o.outcome]
        if not open_ones:
            return
        self._attempt(
            decide_objection,
            open_ones[-1].id,
            self.outcome.currentData(),
            self.outcome_text.toPlainText(),
            self.decided_on.date().toPython(),
        )
