"""The register of data leaks as a table, with the reporting clock.

The deadline is the policy's term after discovery (``list_leaks`` counts it: 72 hours by
default). While a leak is not yet assessed its status is that clock ("nog 31 uur", or
"termijn verstreken") in a warning colour; ``tick()`` (the page calls it every minute)
updates it without asking the dossier again. The clock texts are plain functions of a row
and a moment, so they are tested without waiting.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont

from casemanager.dataleaks import LeakRow
from ui import core_text
from ui.core_text import tr
from ui.dates import clock, short_date
from ui.rows_model import RowsTableModel

DISCOVERED, TITLE, PERSONS, REPORTED, REFERENCE, STATUS = range(6)
LeakIdRole = Qt.ItemDataRole.UserRole + 1
WARNING_COLOR = "#7a4200"  # amber text, 8:1 on white: the clock is running
LATE_COLOR = "#a1241b"  # the term has passed (as Te doen's "te laat")


def moment_text(moment: dt.datetime) -> str:
    """'29-11-2026 10.13 uur' in local time."""
    local = moment.astimezone()
    return f"{short_date(local.date())} {clock(local)}"


def time_left(deadline: dt.datetime, now: dt.datetime) -> str:
    """'nog 31 uur', 'nog 40 minuten' or 'termijn verstreken'."""
    left = deadline - now
    if left <= dt.timedelta(0):
        return tr("termijn verstreken")
    hours = int(left.total_seconds() // 3600)
    if hours >= 1:
        return tr("nog {hours} uur").format(hours=hours)
    return tr("nog {minutes} minuten").format(minutes=max(1, int(left.total_seconds() // 60)))


def is_late(row: LeakRow, now: dt.datetime) -> bool:
    return row.report_to_ap is None and row.report_deadline <= now


def status_text(row: LeakRow, now: dt.datetime) -> str:
    """What the leak waits for, or what was decided."""
    if row.report_to_ap is None:
        return tr("Beoordelen: {left}").format(left=time_left(row.report_deadline, now))
    day = short_date(row.decided_at.astimezone().date()) if row.decided_at else ""
    if row.report_to_ap:
        return tr("Gemeld bij de AP op {day}").format(day=day)
    return tr("Niet gemeld (besloten op {day})").format(day=day)


def reported_text(row: LeakRow) -> str:
    if row.report_to_ap is None:
        return tr("nog niet besloten")
    return tr("ja") if row.report_to_ap else tr("nee")


class LeakListModel(RowsTableModel[LeakRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.now = dt.datetime.now(dt.UTC)

    def column_titles(self) -> tuple[str, ...]:
        return (
            self.tr("Ontdekt"),
            self.tr("Wat er gebeurde"),
            self.tr("Personen"),
            self.tr("Gemeld bij AP"),
            self.tr("Meldingsnummer"),
            self.tr("Status"),
        )

    def set_rows(self, rows: list[LeakRow], now: dt.datetime | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.now = now or dt.datetime.now(dt.UTC)
        self.endResetModel()

    def tick(self, now: dt.datetime | None = None) -> None:
        """Move the clock on: the status column is drawn again."""
        self.now = now or dt.datetime.now(dt.UTC)
        if self.rows:
            top, bottom = self.index(0, STATUS), self.index(len(self.rows) - 1, STATUS)
            self.dataChanged.emit(top, bottom)

    def row_of(self, leak_id: int) -> int | None:
        return self.row_where(lambda row: row.id == leak_id)

    def cell_data(self, row: LeakRow, column: int, role: int) -> Any:
        if role == LeakIdRole:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and column == STATUS:
            return self.tr("Uiterlijk melden: {moment}").format(
                moment=moment_text(row.report_deadline)
            )
        if column == STATUS and row.report_to_ap is None:
            if role == Qt.ItemDataRole.ForegroundRole:
                late = is_late(row, self.now)
                return QColor(LATE_COLOR if late else WARNING_COLOR)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def cell_text(self, row: LeakRow, column: int) -> str:
        if column == DISCOVERED:
            return moment_text(row.discovered_at)
        if column == TITLE:
            return core_text.text(row.worded_title)
        if column == PERSONS:
            return str(row.persons_affected)
        if column == REPORTED:
            return reported_text(row)
        if column == REFERENCE:
            return row.ap_reference
        if column == STATUS:
            return status_text(row, self.now)
        return ""
