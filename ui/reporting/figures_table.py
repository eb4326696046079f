"""The Tabel tab of Rapportage: the figures of the charts as rows, under four headings.

Every figure is there in full (also the violations the chart puts together as "overige"),
with the violation's code and the rung's ladder, so it reads like the CSV export.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from casemanager.cases.statistics import CaseStatistics, MonthCount, RungCount, TeamCount
from ui import dates
from ui.core_text import term, tr
from ui.list_result import number
from ui.tables import set_up_list_table

HEADING_BACKGROUND = "#e9eef4"  # the header colour of app.qss
HEADING_COLOUR = "#1f3b5c"
NUMBER = 1  # the column with the counts


def month_name(month: MonthCount) -> str:
    """'augustus 2026' / 'August 2026'."""
    if not dates.in_english():
        return month.label
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return english.toString(QDate(month.year, month.month, 1), "MMMM yyyy")


def team_name(team: TeamCount) -> str:
    return team.name if team.team_id is not None else tr("Zonder team")


def rung_name(rung: RungCount, *, with_ladder: bool) -> str:
    """The rung's title from the policy, in the application's language."""
    title = term(rung.title)
    return f"{term(rung.ladder_title)} · {title}" if with_ladder else title


class FiguresTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("reportingTable")
        # the third column only takes the rest of the width: counts stay beside their text
        self.setHorizontalHeaderLabels([self.tr("Omschrijving"), self.tr("Aantal zaken"), ""])
        header = set_up_list_table(self, multi_select=True, row_height=26)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NUMBER, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(NUMBER, 120)
        header.setStretchLastSection(True)
        count_header = self.horizontalHeaderItem(NUMBER)
        if count_header is not None:
            count_header.setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )

    def show_statistics(self, statistics: CaseStatistics) -> None:
        """Replace the rows with these figures."""
        s = statistics
        self.setRowCount(0)
        self._heading(self.tr("Per maand"))
        for month in s.months:
            self._row(month_name(month), month.count)
        self._heading(self.tr("Per overtreding (een zaak met meer overtredingen telt bij elk)"))
        if not s.violations:
            self._row(self.tr("Geen overtredingen geregistreerd"), None)
        for violation in s.violations:
            self._row(f"{violation.code} · {term(violation.title)}", violation.count)
        self._heading(self.tr("Per team"))
        for team in s.teams:
            self._row(team_name(team), team.count)
        self._heading(self.tr("Per maatregel (laatste besluit; een voornemen telt niet)"))
        ladders = {r.ladder for r in s.rungs}
        for rung in s.rungs:
            self._row(rung_name(rung, with_ladder=len(ladders) > 1), rung.count)
        self._row(self.tr("Zonder besluit"), s.total - s.decided)
        self._heading(self.tr("Totaal"))
        self._row(self.tr("Zaken in de periode"), s.total)
        self.resizeColumnToContents(0)
        self.setColumnWidth(0, min(max(self.columnWidth(0) + 24, 360), 720))

    def clear_figures(self) -> None:
        self.setRowCount(0)

    def texts(self) -> list[str]:
        """Every cell's text, row by row (for checking what is shown)."""
        return [
            item.text()
            for row in range(self.rowCount())
            for column in range(self.columnCount())
            if (item := self.item(row, column)) is not None and item.text()
        ]

    # --- rows ---------------------------------------------------------------------------------

    def _heading(self, text: str) -> None:
        row = self.rowCount()
        self.insertRow(row)
        item = QTableWidgetItem(text)
        font = QFont(self.font())
        font.setBold(True)
        item.setFont(font)
        item.setForeground(QBrush(QColor(HEADING_COLOUR)))
        item.setBackground(QBrush(QColor(HEADING_BACKGROUND)))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.setItem(row, 0, item)
        self.setSpan(row, 0, 1, self.columnCount())

    def _row(self, text: str, count: int | None) -> None:
        row = self.rowCount()
        self.insertRow(row)
        label = QTableWidgetItem(text)
        label.setToolTip(text)
        self.setItem(row, 0, label)
        if count is not None:
            figure = QTableWidgetItem(number(count))
            figure.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(row, NUMBER, figure)
