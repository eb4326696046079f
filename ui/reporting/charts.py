"""One calm bar chart (QtCharts) for Rapportage: counts over categories, in the colours of
``resources/style/app.qss``.

A chart shows whole numbers: its value axis has whole steps (1, 2, 5, 10, ...) from zero
and each bar carries its count. A category label longer than the room beside a horizontal
bar is elided (the full text is in the chart's tooltip and in the Tabel tab). QtCharts
draws titles and axis labels as rich text, so every text from the dossier is escaped.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QFrame, QSizePolicy, QWidget

# the application's blues (app.qss): bars, the highlighted bars, text, grid, axis line
BAR_COLOURS = ("#2d6cb3", "#8fb3da")
TITLE_COLOUR = "#1f3b5c"
LABEL_COLOUR = "#33414f"
HINT_COLOUR = "#5b6878"
GRID_COLOUR = "#e3e8ee"
LINE_COLOUR = "#b9c3cf"
LABEL_WIDTH = 200  # pixels for a category label beside a horizontal bar


def whole_step(largest: int, ticks: int = 5) -> int:
    """A step of 1, 2 or 5 times a power of ten giving at most ``ticks`` steps to ``largest``."""
    if largest <= ticks:
        return 1
    power = 10 ** math.floor(math.log10(largest / ticks))
    return next(f * power for f in (1, 2, 5, 10) if largest / (f * power) <= ticks)


def distinct(labels: Sequence[str]) -> list[str]:
    """The labels, a later duplicate numbered: a category axis needs unique texts."""
    seen: dict[str, int] = {}
    result = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        result.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return result


def plain(label: str) -> str:
    """A title or label as the reader sees it: line breaks as spaces, unescaped."""
    return html.unescape(re.sub(r"<br\s*/?>", " ", re.sub(r"<(?!br)[^>]*>", "", label)))


class StatisticsChart(QChartView):
    """A titled bar chart, vertical (months) or horizontal (long category names)."""

    def __init__(self, title: str, *, horizontal: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.horizontal = horizontal
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 200)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(QBrush(QColor("#ffffff")))
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(0)
        chart.setBackgroundBrush(QBrush(QColor("#ffffff")))
        chart.setMargins(QMargins(4, 2, 12, 2))
        title_font = QFont(self.font())
        title_font.setPointSizeF(10.5)
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        chart.setTitleBrush(QBrush(QColor(TITLE_COLOUR)))
        chart.setTitle(html.escape(title))
        chart.legend().setVisible(False)  # one set; what colours mean is under the title
        self.setChart(chart)
        self._label_font = QFont(self.font())
        self._label_font.setPointSizeF(8.5)

    # --- filling -----------------------------------------------------------------------------

    def show_bars(
        self,
        categories: Sequence[str],
        values: Sequence[int],
        *,
        highlighted: Sequence[int] = (),
        key: Sequence[str] = (),
        note: str = "",
        groups: Sequence[tuple[str, int]] = (),
    ) -> None:
        """Replace the chart's content: one bar per category. Bars at the ``highlighted``
        indexes get the second colour; ``key`` names what the two colours mean and ``note``
        is a line under the title. With ``groups`` (label, number of bars) the axis names
        groups of bars instead of each bar (years under many months), without counts."""
        self.clear()
        chart = self.chart()
        series = self._bar_series(values, highlighted, counts=not groups)
        chart.addSeries(series)
        if groups:
            category_axis: QAbstractAxis = self._group_axis(groups)
        else:
            category_axis = QBarCategoryAxis()
            # axis labels are rich text: a team called "havo & vwo" must stay text
            category_axis.append(distinct([self._label_html(c) for c in categories]))
            category_axis.setGridLineVisible(False)
        value_axis = self._value_axis(max(values, default=0))
        for axis in (category_axis, value_axis):
            axis.setLabelsFont(self._label_font)
            axis.setLabelsColor(QColor(LABEL_COLOUR))
            axis.setLinePen(QPen(QColor(LINE_COLOUR)))
        sides = (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom)
        category_side, value_side = sides if self.horizontal else reversed(sides)
        chart.addAxis(category_axis, category_side)
        chart.addAxis(value_axis, value_side)
        series.attachAxis(category_axis)
        series.attachAxis(value_axis)
        if self.horizontal:  # each bar has its count: the grid is enough
            value_axis.setLabelsVisible(False)
        chart.setTitle(self._title_html(key, note))
        full = [f"{c}: {v}" for c, v in zip(categories, values, strict=True)]
        self.setToolTip("\n".join(reversed(full) if self.horizontal else full))

    def clear(self) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
            axis.deleteLater()  # removing gives it back to us
        chart.setTitle(html.escape(self.title))
        self.setToolTip("")

    # --- reading back (what is drawn) ----------------------------------------------------------

    def categories(self) -> list[str]:
        """The category (or group) labels as shown: elided, unescaped, in the axis's order."""
        labels: list[str] = []
        for axis in self.chart().axes():
            if isinstance(axis, QCategoryAxis):
                labels += axis.categoriesLabels()
            elif isinstance(axis, QBarCategoryAxis):
                labels += axis.categories()
        return [plain(label) for label in labels]

    def values(self) -> list[int]:
        """The bars' counts, in the order of :meth:`categories`."""
        return [
            round(bar_set.at(i)) for bar_set in self._bar_sets() for i in range(bar_set.count())
        ]

    def highlighted(self) -> list[int]:
        return sorted(index for bar_set in self._bar_sets() for index in bar_set.selectedBars())

    def texts(self) -> list[str]:
        """Every text the chart draws: title, categories and value labels."""
        return [plain(self.chart().title()), *self.categories(), *map(str, self.values())]

    # --- parts ---------------------------------------------------------------------------------

    def _bar_sets(self) -> list[QBarSet]:
        return [
            bar_set
            for series in self.chart().series()
            if isinstance(series, QAbstractBarSeries)
            for bar_set in series.barSets()
        ]

    def _bar_series(
        self, values: Sequence[int], highlighted: Sequence[int], *, counts: bool
    ) -> QAbstractBarSeries:
        bar_set = QBarSet(self.tr("Zaken"))
        bar_set.append([float(v) for v in values])
        bar_set.setColor(QColor(BAR_COLOURS[0]))
        bar_set.setSelectedColor(QColor(BAR_COLOURS[1]))
        bar_set.setPen(QPen(Qt.PenStyle.NoPen))
        bar_set.setLabelColor(QColor(LABEL_COLOUR))
        bar_set.setLabelFont(self._label_font)
        bar_set.selectBars(list(highlighted))
        series = QHorizontalBarSeries() if self.horizontal else QBarSeries()
        # a bar takes 70 % of its row, less with few rows: one team is not one big block
        series.setBarWidth(min(0.7, 0.14 * max(len(values), 1)))
        series.append(bar_set)
        series.setLabelsVisible(counts)  # the count on each bar
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsPrecision(6)
        return series

    def _group_axis(self, groups: Sequence[tuple[str, int]]) -> QCategoryAxis:
        """An axis naming runs of bars: bar i stands at i, a group ends half a bar after
        its last bar; a grid line marks where the next group starts."""
        axis = QCategoryAxis()
        axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionCenter)
        end = -0.5
        for label, size in groups:
            end += size
            axis.append(html.escape(label), end)
        axis.setStartValue(-0.5)
        axis.setRange(-0.5, end)
        axis.setGridLinePen(QPen(QColor(LINE_COLOUR)))
        return axis

    def _value_axis(self, largest: int) -> QValueAxis:
        step = whole_step(largest)
        axis = QValueAxis()
        # room beyond the longest bar for its count
        axis.setRange(0, max(step, math.ceil((largest * 1.12 + 0.5) / step) * step))
        axis.setTickType(QValueAxis.TickType.TicksDynamic)
        axis.setTickAnchor(0)
        axis.setTickInterval(step)
        axis.setLabelFormat("%d")
        axis.setGridLinePen(QPen(QColor(GRID_COLOUR)))
        axis.setMinorTickCount(0)
        return axis

    def _label_html(self, label: str) -> str:
        """``label`` escaped; beside a horizontal bar, elided to ``LABEL_WIDTH``."""
        if self.horizontal:
            metrics = QFontMetrics(self._label_font)
            label = metrics.elidedText(label, Qt.TextElideMode.ElideRight, LABEL_WIDTH)
        return html.escape(label)

    def _title_html(self, key: Sequence[str], note: str) -> str:
        """The title; with a key or a note, a second line in small grey text."""
        parts = [
            f"<span style='color:{colour}'>■</span>&nbsp;{html.escape(text)}"
            for colour, text in zip(BAR_COLOURS, key, strict=False)
        ]
        if note:
            parts.append(html.escape(note))
        if not parts:
            return html.escape(self.title)
        style = f"font-size:8.5pt; font-weight:normal; color:{HINT_COLOUR}"
        return f"{html.escape(self.title)}<br><span style='{style}'>{' &nbsp; '.join(parts)}</span>"
