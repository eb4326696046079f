"""One case in a tab: the header, then what happened (overview, timeline, evidence,
statements and notes, the hearing) and the decision with everything that follows it
(``ProcedurePanel``). Each part shows the same ``CaseView``; after any change the whole
case is read again, so every part and every button reflects the new state."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from casemanager.cases.investigation import start_investigation
from casemanager.cases.viewing import get_case
from casemanager.cases.views import CaseView
from casemanager.errors import CaseManagerError
from ui import core_text
from ui.cases.case_header import CaseHeader
from ui.cases.evidence_panel import EvidencePanel
from ui.cases.hearing_panel import HearingPanel
from ui.cases.overview_panel import OverviewPanel
from ui.cases.procedure_panel import ProcedurePanel
from ui.cases.statements_panel import StatementsPanel
from ui.cases.timeline import TimelinePanel
from ui.context import AppContext, Locked


class CaseViewWidget(QWidget):
    """``title_changed(text)`` after each (re)load, for the tab that shows the case."""

    title_changed = Signal(str)

    def __init__(self, ctx: AppContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseView")
        self.ctx = ctx
        self.case_id = case_id
        self.view: CaseView | None = None
        self.header = CaseHeader()
        self.overview = OverviewPanel(ctx)
        self.timeline = TimelinePanel()
        self.evidence = EvidencePanel(ctx)
        self.statements = StatementsPanel(ctx)
        self.hearing = HearingPanel(ctx)
        self.procedure = ProcedurePanel(ctx)
        self.tabs = QTabWidget(objectName="caseSections")
        self.tabs.setDocumentMode(True)
        self._tab_titles = {
            self.overview: self.tr("Overzicht"),
            self.timeline: self.tr("Tijdlijn"),
            self.evidence: self.tr("Bewijs"),
            self.statements: self.tr("Verklaringen en notities"),
            self.hearing: self.tr("Hoorgesprek"),
            self.procedure: self.tr("Besluit en afhandeling"),
        }
        for widget, title in self._tab_titles.items():
            self.tabs.addTab(widget, title)
        self.problem = QLabel(objectName="caseProblem", wordWrap=True)
        self.problem.setProperty("role", "error")
        self.problem.setMargin(24)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(0)
        content_layout.addWidget(self.header)
        content_layout.addWidget(self.tabs, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(content)
        self.stack.addWidget(self.problem)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        for panel in (self.overview, self.evidence, self.statements, self.hearing):
            panel.changed.connect(self._changed)
        self.procedure.changed.connect(self.reload)
        self.timeline.correct_requested.connect(
            lambda entry_id, title: self.statements.open_note((entry_id, title))
        )
        self.header.investigate_requested.connect(self._investigate)
        self.reload()

    @property
    def case_number(self) -> str:
        return self.view.number if self.view else self.tr("Zaak %d") % self.case_id

    @property
    def title(self) -> str:
        if self.view is None:
            return self.case_number
        return f"{self.view.number} · {self.view.person_name}"

    def reload(self) -> None:
        """Read the case again (an audited read) and show it in every part."""
        try:
            view = self.ctx.call(get_case, self.case_id)
        except Locked:
            return
        except CaseManagerError as error:
            self.problem.setText(core_text.message(error))
            self.stack.setCurrentWidget(self.problem)
            return
        self.view = view
        self.stack.setCurrentIndex(0)
        self.header.show_case(view, self.ctx.policy)
        for panel in (self.overview, self.timeline, self.evidence, self.statements, self.hearing):
            panel.show_case(view)
        self.procedure.show_case(view)
        counts = {
            self.timeline: len(view.timeline),
            self.evidence: len(view.evidence),
            self.statements: len(view.statements),
        }
        for widget, title in self._tab_titles.items():
            count = counts.get(widget)
            text = f"{title} ({count})" if count else title
            self.tabs.setTabText(self.tabs.indexOf(widget), text)
        self.title_changed.emit(self.title)

    def _changed(self) -> None:
        self.reload()
        self.ctx.cases_changed.emit()

    def _investigate(self) -> None:
        try:
            self.ctx.run(
                self,
                lambda uow: start_investigation(uow, self.case_id),
                lambda _result: self._changed(),
            )
        except Locked:
            return

    def show_section(self, name: str) -> None:
        """Bring a part to the front: overview, timeline, evidence, statements, hearing,
        procedure."""
        widget = getattr(self, name)
        self.tabs.setCurrentWidget(widget)
