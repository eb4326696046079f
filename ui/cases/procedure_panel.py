"""The procedure of one case, from the ladder's proposal to closing: the proposal and the
person's earlier sanctions (``ProposalBox``), the decision (``DecisionPanel``), the
decisions taken and their letters, the notifications owed, the objection, and closing,
dismissing or reopening the case (``CaseClosing``).

Only what the case's state and the user's role allow is enabled (``CaseView.actions`` and
``CaseView.rung_options``); the others say why in their tooltip. After every change the
panel reads the case again, shows it and emits ``changed``.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casemanager.cases.deciding import DecisionResult
from casemanager.cases.viewing import get_case
from casemanager.cases.views import CaseView
from casemanager.errors import CaseManagerError
from casemanager.letters import LetterInfo, case_letters, letters_for_decision
from ui import core_text
from ui.cases.case_closing import CaseClosing
from ui.cases.case_common import decider_label
from ui.cases.decision_panel import DecisionPanel
from ui.cases.notifications_panel import NotificationsPanel
from ui.cases.objection_panel import ObjectionPanel
from ui.cases.procedure_parts import hint
from ui.cases.proposal_box import ProposalBox, rung_titles
from ui.context import AppContext
from ui.dates import long_date, short_date
from ui.letters.preview import LettersDialog
from ui.tasks import Task, show_error


class ProcedurePanel(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._view: CaseView | None = None
        self.letters_dialog: LettersDialog | None = None
        self._letters_task: Task | None = None
        self.proposal = ProposalBox(ctx)
        self.decision = DecisionPanel(ctx)
        self.decisions = QLabel(objectName="decisionsList", wordWrap=True)
        self.letters_button = QPushButton(self.tr("Brieven van deze zaak…"))
        self.letters_button.setObjectName("caseLettersButton")
        self.remake_button = QPushButton(self.tr("Brieven opnieuw maken"))
        self.remake_button.setObjectName("remakeLettersButton")
        self.remake_button.setToolTip(
            self.tr("Maakt een nieuwe versie van de brieven bij het laatste besluit.")
        )
        self.letters_status = hint("", "lettersStatus")
        self.notifications = NotificationsPanel(ctx)
        self.objection = ObjectionPanel(ctx)
        self.closing = CaseClosing(ctx)
        self.status = self.closing.status
        self.close_button = self.closing.close_button
        self.dismiss_button = self.closing.dismiss_button
        self.reopen_button = self.closing.reopen_button

        self.decision_group = self._group(self.tr("Besluit"), self.proposal, self.decision)
        letters_row = QHBoxLayout()
        letters_row.addWidget(self.letters_button)
        letters_row.addWidget(self.remake_button)
        letters_row.addWidget(self.letters_status, 1)
        self.decisions_group = self._group(self.tr("Genomen besluiten"), self.decisions)
        self.decisions_group.layout().addLayout(letters_row)
        self.notifications_group = self._group(self.tr("Meldingen"), self.notifications)
        self.objection_group = self._group(self.tr("Bekendmaking en bezwaar"), self.objection)
        self.case_group = self._group(self.tr("Zaak"), self.closing)

        body = QWidget(objectName="procedureBody")
        column = QVBoxLayout(body)
        for group in (
            self.decision_group,
            self.decisions_group,
            self.notifications_group,
            self.objection_group,
            self.case_group,
        ):
            column.addWidget(group)
        column.addStretch(1)
        self.scroll = QScrollArea(objectName="procedureScroll", widgetResizable=True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)

        self.decision.decided.connect(self._decided)
        self.notifications.changed.connect(self._reload)
        self.objection.changed.connect(self._reload)
        self.closing.changed.connect(self._reload)
        self.letters_button.clicked.connect(self._case_letters)
        self.remake_button.clicked.connect(self._remake_letters)

    def _group(self, title: str, *widgets: QWidget) -> QGroupBox:
        group = QGroupBox(title)
        layout = QVBoxLayout(group)
        for widget in widgets:
            layout.addWidget(widget)
        return group

    # --- showing a case -------------------------------------------------------------------

    def show_case(self, view: CaseView) -> None:
        self._view = view
        self.proposal.show_case(view)
        self.decision.show_case(view)
        self.notifications.show_case(view)
        self.objection.show_case(view)
        self.closing.show_case(view)
        # once decided, the decisions below say what was proposed and chosen
        self.decision_group.setVisible(self.decision.is_open or not view.decisions)
        self.decisions.setText(self._decisions_text(view))
        self.decisions_group.setVisible(bool(view.decisions))
        self.remake_button.setEnabled(self._letters_task is None)
        self.notifications_group.setVisible(bool(view.notifications))
        self.objection_group.setVisible(any(not d.is_voornemen for d in view.decisions))

    def _decisions_text(self, view: CaseView) -> str:
        titles = rung_titles(self.ctx, view.ladder)
        parts = []
        for d in view.decisions:
            kind = self.tr("Voornemen") if d.is_voornemen else self.tr("Besluit")
            when = short_date(d.decided_at.astimezone().date())
            lines = [
                f"<b>{kind}: {escape(core_text.term(d.chosen_title))}</b> — "
                + self.tr("%s door %s (%s)")
                % (when, escape(d.decided_by), escape(decider_label(d.decided_in_role)))
            ]
            if d.starts_on and d.ends_on:
                lines.append(
                    self.tr("van %s tot en met %s") % (long_date(d.starts_on), long_date(d.ends_on))
                )
            if d.chosen_rung != d.proposed_rung:
                lines.append(
                    self.tr("Afwijkend van het voorstel '%s'. Motivering: %s")
                    % (escape(titles.get(d.proposed_rung, d.proposed_rung)), escape(d.motivation))
                )
            if d.zienswijze_due:
                lines.append(self.tr("zienswijze tot en met %s") % long_date(d.zienswijze_due))
            if d.made_known_on:
                lines.append(self.tr("bekendgemaakt op %s") % long_date(d.made_known_on))
            parts.append("<p>" + "<br>".join(lines) + "</p>")
        return "".join(parts)

    # --- after a change -------------------------------------------------------------------

    def _reload(self) -> None:
        if self._view is None:
            return
        try:
            view = self.ctx.call(get_case, self._view.id)
        except CaseManagerError as error:
            show_error(self, error)
            return
        self.show_case(view)
        self.changed.emit()
        self.ctx.cases_changed.emit()

    def _decided(self, result: DecisionResult) -> None:
        self._reload()
        self._make_letters(result.decision_id)

    # --- letters --------------------------------------------------------------------------

    def _make_letters(self, decision_id: int) -> None:
        self.letters_status.setText(self.tr("De brieven worden gemaakt…"))
        self.remake_button.setEnabled(False)

        def finished() -> None:
            self._letters_task = None
            self.remake_button.setEnabled(True)

        def failed(error: BaseException) -> None:
            self.letters_status.setText(
                self.tr("De brieven zijn niet gemaakt. Probeer 'Brieven opnieuw maken'.")
            )
            show_error(self, error)

        self._letters_task = self.ctx.run(
            self,
            lambda uow: letters_for_decision(uow, decision_id),
            self._letters_made,
            progress_title=self.tr("Brieven maken"),
            on_error=failed,
        )
        self._letters_task.finished.connect(finished)

    def _letters_made(self, letters: list[LetterInfo]) -> None:
        if letters:
            self.letters_status.setText(
                self.tr("1 brief gemaakt; hij staat als concept klaar.")
                if len(letters) == 1
                else self.tr("%d brieven gemaakt; ze staan als concept klaar.") % len(letters)
            )
            self.ctx.letters_changed.emit()
            self._reload()
            self.show_letters(letters)
        else:
            self.letters_status.setText(self.tr("Bij deze maatregel horen geen brieven."))

    def show_letters(self, letters: list[LetterInfo]) -> None:
        dialog = LettersDialog(self.ctx, letters, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "letters_dialog", None))
        self.letters_dialog = dialog
        dialog.open()

    def _case_letters(self) -> None:
        if self._view is None:
            return
        try:
            letters = self.ctx.call(case_letters, self._view.id)
        except CaseManagerError as error:
            show_error(self, error)
            return
        if not letters:
            self.letters_status.setText(self.tr("Deze zaak heeft nog geen brieven."))
            return
        self.show_letters(list(reversed(letters)))  # newest first

    def _remake_letters(self) -> None:
        if self._view is not None and self._view.decisions and self._letters_task is None:
            self._make_letters(self._view.decisions[-1].id)
