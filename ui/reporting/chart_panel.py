"""The Grafieken tab of Rapportage: four charts of one ``CaseStatistics``.

Per month (bars, every month of the period), per violation (horizontal, the most frequent
first, at most eight), per team and per rung (horizontal, in ladder order; with two
ladders the second one's rungs are the lighter bars, as the key under the title says).
Horizontal charts list from the top down.

The charts stand in two columns: months over teams (few labels), violations over rungs
(many). A column shares its height by the number of bars, so each label keeps the room
it needs to be drawn rather than elided to "...".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from casemanager.cases.statistics import CaseStatistics, MonthCount
from ui.core_text import term
from ui.reporting.charts import StatisticsChart
from ui.reporting.figures_table import month_name, rung_name, team_name

T = TypeVar("T")
LONG_PERIOD = 13  # months; beyond this the month axis names the years
MOST_VIOLATIONS = 8  # bars in the violation chart; the Tabel tab has them all
CHROME = 3  # the height of a chart's title and axis, in bars


class ChartPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportingCharts")
        self.months = StatisticsChart(self.tr("Zaken per maand"), horizontal=False)
        self.violations = StatisticsChart(self.tr("Zaken per overtreding"), horizontal=True)
        self.teams = StatisticsChart(self.tr("Zaken per team"), horizontal=True)
        self.rungs = StatisticsChart(self.tr("Maatregelen (laatste besluit)"), horizontal=True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(12)
        self._columns = (QVBoxLayout(), QVBoxLayout())
        placed = ((self.months, self.teams), (self.violations, self.rungs))
        for column, charts in zip(self._columns, placed, strict=True):
            column.setSpacing(12)
            for chart in charts:
                column.addWidget(chart, 1)
            layout.addLayout(column, 1)

    def charts(self) -> list[StatisticsChart]:
        return [self.months, self.violations, self.teams, self.rungs]

    def clear(self) -> None:
        for chart in self.charts():
            chart.clear()

    def show_statistics(self, statistics: CaseStatistics) -> None:
        months = statistics.months
        labels = self.month_labels(months)
        counts = [m.count for m in months]
        first, last = month_name(months[0]), month_name(months[-1])
        span = self.tr("{first} t/m {last}").format(first=first, last=last)
        if len(months) > LONG_PERIOD:  # a bar per month, a label per year
            years = [(str(year), sum(1 for m in months if m.year == year)) for year in
                     dict.fromkeys(m.year for m in months)]  # fmt: skip
            self.months.show_bars(labels, counts, groups=years, note=span)
        else:
            self.months.show_bars(labels, counts, note=span)
        shown = statistics.violations[:MOST_VIOLATIONS]
        note = ""
        if len(statistics.violations) > len(shown):
            note = self.tr("de {shown} meest voorkomende van {all}; alle staan in Tabel").format(
                shown=len(shown), all=len(statistics.violations)
            )
        self.violations.show_bars(
            top_down([term(v.title) for v in shown]), top_down([v.count for v in shown]), note=note
        )
        self.teams.show_bars(
            top_down([team_name(t) for t in statistics.teams]),
            top_down([t.count for t in statistics.teams]),
        )
        rungs = top_down(list(statistics.rungs))
        ladders = list(dict.fromkeys(r.ladder_title for r in statistics.rungs))
        # with more ladders, the rungs of the second (and further) are the lighter bars
        self.rungs.show_bars(
            [rung_name(r, with_ladder=False) for r in rungs],
            [r.count for r in rungs],
            highlighted=[i for i, r in enumerate(rungs) if r.ladder_title in ladders[1:]],
            key=[term(title) for title in ladders] if len(ladders) > 1 else (),
        )
        right = self._columns[1]
        right.setStretch(0, max(len(shown), 1) + CHROME)
        right.setStretch(1, max(len(rungs), 1) + CHROME)

    def month_labels(self, months: Sequence[MonthCount]) -> list[str]:
        """'aug', 'sep', ... (the years are in the note under the title)."""
        names = self.tr("jan feb mrt apr mei jun jul aug sep okt nov dec").split()
        return [names[m.month - 1] for m in months]


def top_down(items: Sequence[T]) -> list[T]:
    """A horizontal chart draws its first category at the bottom: reverse to read down."""
    return list(reversed(items))
