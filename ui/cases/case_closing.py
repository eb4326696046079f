"""Ending a case, at the bottom of the procedure: its status, and closing, dismissing
(seponeren) or reopening it, each after a dialog that asks for the reason the service
keeps (``procedure_parts.ask_reason``).

Whether each step is possible now, and why not, comes from ``CaseView.actions`` (closing
also waits for the objection term and an undecided objection there); the service checks
again when the step is taken.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from casemanager.cases.procedure import close_case, dismiss_case, reopen_case
from casemanager.cases.views import CaseView
from casemanager.errors import CaseManagerError
from ui.cases.case_common import apply_action
from ui.cases.procedure_parts import ask_reason
from ui.context import AppContext
from ui.status_colors import status_label
from ui.tasks import show_error

MIN_REASON = 10  # the services' minimum for the reason to dismiss or reopen a case


class CaseClosing(QWidget):
    """The case's status and the buttons that end it or open it again; ``changed`` after
    a step was taken."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._view: CaseView | None = None
        self.status = QLabel(objectName="procedureStatus")
        self.close_button = QPushButton(self.tr("Zaak afsluiten…"), objectName="closeButton")
        self.dismiss_button = QPushButton(self.tr("Seponeren…"), objectName="dismissButton")
        self.reopen_button = QPushButton(self.tr("Heropenen…"), objectName="reopenButton")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.status, 1)
        for button in (self.close_button, self.dismiss_button, self.reopen_button):
            row.addWidget(button)
        self.close_button.clicked.connect(self._close)
        self.dismiss_button.clicked.connect(self._dismiss)
        self.reopen_button.clicked.connect(self._reopen)

    def show_case(self, view: CaseView) -> None:
        self._view = view
        self.status.setText(self.tr("Status van de zaak: %s") % status_label(view.status))
        for name, button in (
            ("close", self.close_button),
            ("dismiss", self.dismiss_button),
            ("reopen", self.reopen_button),
        ):
            apply_action(button, view.actions, name)

    def _attempt(self, fn: Callable[..., object], text: str | None) -> None:
        if text is None or self._view is None:
            return  # cancelled
        try:
            self.ctx.call(fn, self._view.id, text)
        except CaseManagerError as error:
            show_error(self, error)
            return
        self.changed.emit()

    def _close(self) -> None:
        note = ask_reason(
            self,
            self.tr("Zaak afsluiten"),
            self.tr("De zaak wordt afgesloten. Toelichting (niet verplicht):"),
            minimum=0,
            accept=self.tr("Afsluiten"),
        )
        self._attempt(close_case, note)

    def _dismiss(self) -> None:
        reason = ask_reason(
            self,
            self.tr("Zaak seponeren"),
            self.tr("De zaak wordt zonder maatregel afgesloten. Waarom?"),
            minimum=MIN_REASON,
            accept=self.tr("Seponeren"),
        )
        self._attempt(dismiss_case, reason)

    def _reopen(self) -> None:
        reason = ask_reason(
            self,
            self.tr("Zaak heropenen"),
            self.tr("Waarom wordt de zaak heropend?"),
            minimum=MIN_REASON,
            accept=self.tr("Heropenen"),
        )
        self._attempt(reopen_case, reason)
