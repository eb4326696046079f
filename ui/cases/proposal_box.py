"""The ladder's proposal for a case, above the decision: the proposed rung, the advice that
goes with it (pestprotocol, aangifte, datalek), the reasons, the person's earlier sanctions
in the look-back period and, on request, every other case about the same person (an
audited read)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from casemanager.cases.person_history import person_history
from casemanager.cases.views import CaseView
from casemanager.errors import CaseManagerError
from ui import core_text
from ui.cases.procedure_parts import hint
from ui.context import AppContext
from ui.dates import long_date, short_date
from ui.status_colors import status_label
from ui.tasks import show_error


class ProposalBox(QFrame):
    """The ladder's proposal: the rung, the reasons, the advice and earlier sanctions."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("proposalBox")
        self._view: CaseView | None = None
        self.title = QLabel(objectName="proposalTitle", wordWrap=True)
        self.advice = QLabel(objectName="proposalAdvice", wordWrap=True)
        self.advice.setStyleSheet(
            "QLabel#proposalAdvice { background: #fcefd4; color: #5c3900;"
            " border-radius: 5px; padding: 6px 8px; }"
        )
        self.reasons = QLabel(objectName="proposalReasons", wordWrap=True)
        self.sanctions = QLabel(objectName="earlierSanctions", wordWrap=True)
        self.history_button = QPushButton(self.tr("Alle zaken van deze persoon tonen"))
        self.history_button.setObjectName("historyButton")
        self.history_button.setToolTip(self.tr("Het inzien van de geschiedenis wordt gelogd."))
        self.history = hint("", "personHistory")
        row = QHBoxLayout()
        row.addWidget(self.sanctions, 1)
        row.addWidget(self.history_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.advice, self.reasons):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.history)
        self.history_button.clicked.connect(self._show_history)

    def show_case(self, view: CaseView) -> None:
        self._view = view
        self.history.hide()
        self.history_button.setEnabled(True)
        proposal = view.proposal
        if proposal is None:
            self.title.setText(self.tr("Geen voorstel: deze zaak heeft geen overtreding."))
            for widget in (self.advice, self.reasons, self.sanctions):
                widget.hide()
            return
        self.title.setText(
            self.tr("Voorstel van de ladder: <b>%s</b>")
            % escape(core_text.term(proposal.rung_title))
        )
        advice = []
        if proposal.pestprotocol:
            advice.append(self.tr("het pestprotocol is leidend"))
        if proposal.aangifte_advised:
            articles = ", ".join(proposal.wvsr_articles)
            advice.append(self.tr("aangifte overwegen (art. %s Sr)") % articles)
        if proposal.datalek:
            hours = self.ctx.policy.terms.dataleak_hours
            advice.append(self.tr("mogelijk datalek: binnen %d uur beoordelen") % hours)
        self.advice.setText(self.tr("Let op: %s.") % "; ".join(advice) if advice else "")
        self.advice.setVisible(bool(advice))
        items = "".join(
            f"<li>{escape(reason)}</li>" for reason in core_text.texts(proposal.reasons)
        )
        self.reasons.setText(self.tr("Waarom:") + f"<ul style='margin: 0'>{items}</ul>")
        self.reasons.show()
        months = self.ctx.policy.terms.look_back_months
        if proposal.counted:
            rows = "".join(
                f"<li>{escape(core_text.term(s.rung_title))}, {long_date(s.decided_on)} "
                + self.tr("(zaak %s)") % s.case_number
                + "</li>"
                for s in proposal.counted
            )
            text = self.tr("Eerdere maatregelen (laatste %d maanden):") % months
            self.sanctions.setText(f"{text}<ul style='margin: 0'>{rows}</ul>")
        else:
            self.sanctions.setText(
                self.tr("Geen eerdere maatregelen in de laatste %d maanden.") % months
            )
        self.sanctions.show()

    def _show_history(self) -> None:
        view = self._view
        if view is None:
            return
        try:
            rows = self.ctx.lists(person_history, view.person_id)
        except CaseManagerError as error:
            show_error(self, error)
            return
        titles = rung_titles(self.ctx, view.ladder)
        lines = []
        for row in rows:
            if row.case_id == view.id:
                continue
            measures = ", ".join(titles.get(d.rung, d.rung) for d in row.decisions)
            lines.append(
                f"{row.number} · {short_date(row.incident_date)} · {status_label(row.status)}"
                f" · {escape(row.violation_codes)}"
                + (f" · <b>{escape(measures)}</b>" if measures else "")
            )
        self.history.setText("<br>".join(lines) or self.tr("Geen andere zaken over deze persoon."))
        self.history.show()
        self.history_button.setEnabled(False)


def rung_titles(ctx: AppContext, ladder_name: str) -> dict[str, str]:
    """The titles of the rungs of the policy's ladder ``ladder_name``, by code, in the
    application's language."""
    ladder = ctx.policy.ladders.get(ladder_name)  # type: ignore[call-overload]
    return {r.code: core_text.term(r.title) for r in ladder.rungs} if ladder else {}
