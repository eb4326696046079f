"""The hoorgesprek: planning it (when, where, who), the invitation letter, and recording that
it was held with its report. Whether a hearing is required comes from the ladder's
proposal; which buttons work comes from the case's actions."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casemanager.cases.views import CaseView, HearingView
from casemanager.letters import LetterInfo, invitation_letters
from ui import core_text
from ui.cases.case_common import apply_action, clear_layout
from ui.cases.form_widgets import hint_label, primary
from ui.cases.hearing_dialogs import HoldHearingDialog, PlanHearingDialog, moment_text
from ui.context import AppContext
from ui.letters.preview import LettersDialog
from ui.tasks import Task, show_error


class HearingPanel(QWidget):
    """``changed`` after a hearing was planned or held."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._view: CaseView | None = None
        self.dialog: QDialog | None = None
        self.letters_dialog: LettersDialog | None = None
        self._letters_task: Task | None = None
        self.requirement = hint_label("", "hearingRequirement")
        self.plan_button = primary(
            QPushButton(self.tr("Hoorgesprek plannen…"), objectName="planHearing")
        )
        self.hold_button = QPushButton(self.tr("Verslag vastleggen…"), objectName="holdHearing")
        self.invite_button = QPushButton(self.tr("Uitnodiging maken"), objectName="inviteHearing")
        self.letters_status = hint_label("", "invitationStatus")
        self.cards = QVBoxLayout()
        cards = QWidget(objectName="hearingCards")
        cards.setLayout(self.cards)
        scroll = QScrollArea(objectName="hearingScroll", widgetResizable=True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(cards)
        buttons = QHBoxLayout()
        for button in (self.plan_button, self.invite_button, self.hold_button):
            buttons.addWidget(button)
        buttons.addWidget(self.letters_status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.requirement)
        layout.addLayout(buttons)
        layout.addWidget(scroll, 1)
        self.plan_button.clicked.connect(self.open_plan)
        self.hold_button.clicked.connect(self.open_hold)
        self.invite_button.clicked.connect(self._invite)

    def open_hearing(self) -> HearingView | None:
        """The earliest planned hearing without a report."""
        if self._view is None:
            return None
        return next((h for h in self._view.hearings if h.held_at is None), None)

    def show_case(self, view: CaseView) -> None:
        self._view = view
        self.requirement.setText(self._requirement(view))
        apply_action(self.plan_button, view.actions, "plan_hearing")
        apply_action(self.hold_button, view.actions, "hold_hearing")
        apply_action(
            self.invite_button,
            view.actions,
            "hold_hearing",
            self.tr("Maakt de uitnodigingsbrief voor het geplande hoorgesprek."),
        )
        if self._letters_task is not None:
            self.invite_button.setEnabled(False)
        clear_layout(self.cards)
        for hearing in reversed(view.hearings):
            self.cards.addWidget(self._card(hearing))
        if not view.hearings:
            self.cards.addWidget(hint_label(self.tr("Er is nog geen hoorgesprek gepland.")))
        self.cards.addStretch(1)

    def _requirement(self, view: CaseView) -> str:
        proposal = view.proposal
        ladder = self.ctx.policy.ladders.get(view.ladder)  # type: ignore[call-overload]
        if proposal is None or ladder is None:
            return ""
        try:
            rung = ladder.rung(proposal.rung)
        except KeyError:
            return ""
        if not rung.hearing_required:
            return self.tr(
                "Voor de voorgestelde maatregel (%s) is een hoorgesprek niet "
                "verplicht, maar wel mogelijk."
            ) % core_text.term(rung.title)
        if any(h.held_at for h in view.hearings):
            return self.tr("Het verplichte hoorgesprek is gehouden.")
        return self.tr(
            "Voor de voorgestelde maatregel (%s) is een hoorgesprek verplicht vóór het besluit."
        ) % core_text.term(rung.title)

    def _card(self, hearing: HearingView) -> QFrame:
        card = QFrame(objectName="hearingCard")
        card.setStyleSheet(
            "QFrame#hearingCard { background: #ffffff; border: 1px solid "
            "#dde3ea; border-radius: 6px; }"
        )
        lines = [f"<b>{escape(self.tr('Hoorgesprek op %s') % moment_text(hearing.planned_at))}</b>"]
        if hearing.location:
            lines.append(escape(self.tr("Waar: %s") % hearing.location))
        if hearing.participants:
            who = escape(hearing.participants).replace("\n", ", ")
            lines.append(escape(self.tr("Wie: ")) + who)
        if hearing.held_at is not None:
            lines.append(escape(self.tr("Gehouden op %s") % moment_text(hearing.held_at)))
        else:
            lines.append("<i>" + escape(self.tr("Nog geen verslag vastgelegd.")) + "</i>")
        label = QLabel("<br>".join(lines), wordWrap=True, objectName="hearingSummary")
        label.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(card)
        layout.addWidget(label)
        if hearing.report:
            report = QLabel(hearing.report, wordWrap=True, objectName="hearingReportText")
            report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            report.setStyleSheet("background: #f3f6f9; border-radius: 4px; padding: 6px;")
            layout.addWidget(report)
        return card

    # --- actions ------------------------------------------------------------------------

    def open_plan(self) -> PlanHearingDialog | None:
        if self._view is None:
            return None
        dialog = PlanHearingDialog(self.ctx, self._view, self)
        self._open(dialog)
        return dialog

    def open_hold(self) -> HoldHearingDialog | None:
        hearing = self.open_hearing()
        if hearing is None:
            return None
        dialog = HoldHearingDialog(self.ctx, hearing, self)
        self._open(dialog)
        return dialog

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.changed)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def _invite(self) -> None:
        hearing = self.open_hearing()
        if hearing is None or self._letters_task is not None:
            return
        self.invite_button.setEnabled(False)
        self.letters_status.setText(self.tr("De uitnodiging wordt gemaakt…"))

        def finished() -> None:
            self._letters_task = None
            self.invite_button.setEnabled(self.open_hearing() is not None)

        def failed(error: BaseException) -> None:
            self.letters_status.setText(self.tr("De uitnodiging is niet gemaakt."))
            show_error(self, error)

        self._letters_task = self.ctx.run(
            self,
            lambda uow: invitation_letters(uow, hearing.id),
            self._invited,
            progress_title=self.tr("Uitnodiging maken"),
            on_error=failed,
        )
        self._letters_task.finished.connect(finished)

    def _invited(self, letters: list[LetterInfo]) -> None:
        self.letters_status.setText(
            self.tr("1 brief gemaakt; hij staat als concept klaar.")
            if len(letters) == 1
            else self.tr("%d brieven gemaakt; ze staan als concept klaar.") % len(letters)
        )
        self.ctx.letters_changed.emit()
        self.changed.emit()
        dialog = LettersDialog(self.ctx, letters, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "letters_dialog", None))
        self.letters_dialog = dialog
        dialog.open()
