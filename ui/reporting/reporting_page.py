"""Rapportage: numbers about cases over a period, as charts, as a table and as a CSV file.

Numbers only: the service (``casemanager.cases.statistics``) counts over the cases the
user may see and never reads a name. The figures are counted off the UI thread; an answer
that arrives after a newer choice, or after locking, is dropped. Locking clears the page;
unlocking counts again. The CSV export writes the figures on screen, never over an
existing file.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casemanager.cases.statistics import (
    CaseStatistics,
    case_statistics,
    school_year,
    write_statistics_csv,
)
from casemanager.errors import CaseManagerError
from casemanager.people.teams import TeamRow, visible_teams
from casemanager.permissions import Permission, allows
from ui import settings
from ui.context import AppContext, Locked
from ui.dates import long_date
from ui.list_result import number
from ui.look import icon
from ui.reporting.chart_panel import ChartPanel
from ui.reporting.figures_table import FiguresTable
from ui.reporting.period_bar import PeriodBar
from ui.tasks import error_text, run_task


def default_file_name(statistics: CaseStatistics) -> str:
    """'zaken-cijfers-2025-2026.csv' for a school year, otherwise with both dates; with
    the team's name when one team was chosen."""
    s = statistics
    if (s.date_from, s.date_to) == school_year(s.date_from):
        period = f"{s.date_from.year}-{s.date_to.year}"
    else:
        period = f"{s.date_from:%Y-%m-%d}-tot-en-met-{s.date_to:%Y-%m-%d}"
    team = re.sub(r"[^a-z0-9]+", "-", s.team_name.lower()).strip("-") if s.team_id else ""
    return f"zaken-cijfers-{period}{'-' + team if team else ''}.csv"


class ReportingPage(QWidget):
    loaded = Signal()  # the figures of the current choice are shown (or the error is)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportingPage")
        self.ctx = ctx
        self.statistics: CaseStatistics | None = None
        self._generation = 0
        self._allowed = allows(ctx.actor, Permission.VIEW_STATISTICS)

        title = QLabel(self.tr("Rapportage"))
        title.setObjectName("pageTitle")
        self.export_button = QPushButton(icon("save"), self.tr("Exporteren als CSV…"))
        self.export_button.setObjectName("reportingExport")
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export_csv)
        self.period = PeriodBar()
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(24)
        top.addWidget(self.period, 1)
        top.addWidget(self.export_button)

        self.saved_label = QLabel()
        self.saved_label.setObjectName("reportingSaved")
        self.saved_label.setProperty("role", "hint")
        self.summary = QLabel()
        self.summary.setObjectName("reportingSummary")
        self.summary.setProperty("role", "hint")
        self.summary.setToolTip(
            self.tr(
                "Alleen aantallen, zonder namen. Een zaak telt in de maand van het incident; "
                "bij een maatregel telt het laatste besluit, een voornemen nog niet."
            )
        )
        self.charts = ChartPanel()
        self.table = FiguresTable()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.charts, self.tr("Grafieken"))
        self.tabs.addTab(self.table, self.tr("Tabel"))
        corner = QWidget()
        corner_row = QHBoxLayout(corner)
        corner_row.setContentsMargins(0, 0, 4, 4)
        corner_row.setSpacing(16)
        corner_row.addWidget(self.saved_label)
        corner_row.addWidget(self.summary)
        self.tabs.setCornerWidget(corner)
        self.message = QLabel()
        self.message.setObjectName("emptyState")
        self.message.setProperty("role", "hint")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.message)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

        self.period.changed.connect(self.refresh)
        ctx.cases_changed.connect(self.refresh)
        ctx.locked_changed.connect(self._on_locked)
        if self._allowed:
            self._load_teams()
        self.refresh()

    # --- counting -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Count again for the chosen period and team, off the UI thread."""
        if self.ctx.is_locked:
            return
        if not self._allowed:
            self._show_message(self.tr("Met jouw rol zie je geen cijfers over zaken."))
            return
        date_from, date_to = self.period.period()
        self._generation += 1
        self.export_button.setEnabled(False)  # the figures on screen are about to change
        self.saved_label.clear()
        if date_from > date_to:
            self._show_message(
                self.tr("De begindatum ligt na de einddatum. Kies een andere periode.")
            )
            return
        generation, dossier, team_id = self._generation, self.ctx.dossier, self.period.team_id()
        self.summary.setText(self.tr("Bezig met tellen…"))
        run_task(
            self,
            lambda: case_statistics(dossier, date_from, date_to, team_id),
            lambda found: self._counted(generation, found),
            on_error=lambda error: self._failed(generation, error),
        )

    def _counted(self, generation: int, statistics: CaseStatistics) -> None:
        if generation != self._generation:  # an older answer after a newer choice
            return
        self.statistics = statistics
        self.charts.show_statistics(statistics)
        self.table.show_statistics(statistics)
        self.summary.setText(self._summary_text(statistics))
        if statistics.total:
            self.stack.setCurrentWidget(self.tabs)
        else:  # empty charts say nothing: say it in words (there is nothing to export)
            self.message.setText(
                self.tr(
                    "Geen zaken van {start} t/m {end}.\nKies een andere periode of een ander team."
                ).format(start=long_date(statistics.date_from), end=long_date(statistics.date_to))
            )
            self.stack.setCurrentWidget(self.message)
        self.export_button.setEnabled(statistics.total > 0)
        self.loaded.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation or isinstance(error, Locked):
            return
        self._show_message(error_text(error))

    def _summary_text(self, s: CaseStatistics) -> str:
        """'250 zaken, 175 met een besluit · alleen aantallen' (the period is in the bar)."""
        if s.total == 0:
            return self.tr("Geen zaken in deze periode")
        cases = (
            self.tr("1 zaak") if s.total == 1 else self.tr("{n} zaken").format(n=number(s.total))
        )
        return self.tr("{cases}, {decided} met een besluit · alleen aantallen").format(
            cases=cases, decided=number(s.decided)
        )

    def _show_message(self, text: str) -> None:
        self.statistics = None
        self.summary.clear()
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)
        self.export_button.setEnabled(False)
        self.loaded.emit()

    def _load_teams(self) -> None:
        try:
            teams: list[TeamRow] = self.ctx.lists(visible_teams)
        except CaseManagerError:
            teams = []  # then only "Alle teams": the figures say what the user may see
        self.period.set_teams(teams)

    # --- exporting ----------------------------------------------------------------------------

    def export_csv(self) -> None:
        """Ask where, then write the figures on screen as CSV (never over an existing file)."""
        statistics = self.statistics
        if statistics is None:
            return
        proposed = settings.last_folder("rapportage") / default_file_name(statistics)
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Cijfers exporteren als CSV"),
            str(proposed),
            self.tr("CSV-bestand (*.csv)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # we never overwrite: we say so
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != ".csv":
            target = target.with_name(target.name + ".csv")
        run_task(self, lambda: write_statistics_csv(statistics, target), self._exported)

    def _exported(self, path: Path) -> None:
        settings.remember_folder("rapportage", path.parent)
        self.saved_label.setText(self.tr("Opgeslagen als {name}").format(name=path.name))

    # --- locking ------------------------------------------------------------------------------

    def _on_locked(self, locked: bool) -> None:
        if locked:
            self._generation += 1  # drop an answer still on its way
            self.statistics = None
            self.charts.clear()
            self.table.clear_figures()
            self.summary.clear()
            self.saved_label.clear()
            self.export_button.setEnabled(False)
        elif self._allowed:
            self._load_teams()
            self.refresh()
