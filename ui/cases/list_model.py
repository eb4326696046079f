"""The case list as a table model that holds only the rows fetched so far.

Filtering, full-text search and sorting happen in SQL (``casemanager.cases.listing``); the
paging, the reload on a new filter or sort order and the count of "N zaken" in the thread
pool are ``ui.paged_model``'s: counting a common word's 38,586 cases took 330 ms of a
million, so the rows show first.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from casemanager.cases.listing import CaseFilter, CaseRow, CaseSort, count_cases, list_cases
from casemanager.store.dossier import Dossier
from ui import core_text
from ui.context import AppContext
from ui.dates import short_date
from ui.paged_model import PAGE_SIZE, PagedTableModel
from ui.status_colors import severity_label, status_colors, status_label

NUMBER, DATE, PERSON, CLASS, VIOLATION, STATUS, NEXT_DUE = range(7)

# columns the view may sort on, and the SQL order each stands for; VIOLATION has none
SORT_KEYS: dict[int, CaseSort] = {
    NUMBER: CaseSort.NUMBER,
    DATE: CaseSort.INCIDENT_DATE,
    PERSON: CaseSort.PERSON,
    CLASS: CaseSort.CLASS,
    STATUS: CaseSort.STATUS,
    NEXT_DUE: CaseSort.NEXT_DUE,
}

CaseIdRole = Qt.ItemDataRole.UserRole + 1  # the case's id (int)
StatusRole = Qt.ItemDataRole.UserRole + 2  # the case's status value ("gemeld", ...)

OVERDUE_COLOR = "#a1241b"  # a deadline already past, in the next-deadline column


class CaseListModel(PagedTableModel[CaseRow, CaseFilter]):
    sort_keys = SORT_KEYS

    def __init__(
        self, ctx: AppContext, parent: QObject | None = None, *, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__(
            ctx, CaseFilter(open_only=True), parent, page_size=page_size,
            sort_column=DATE, sort_order=Qt.SortOrder.DescendingOrder,
        )  # fmt: skip
        self._titles = {v.code: core_text.term(v.title) for v in ctx.policy.violations}

    def column_titles(self) -> tuple[str, ...]:
        return (
            self.tr("Nummer"),
            self.tr("Datum"),
            self.tr("Persoon"),
            self.tr("Klas"),
            self.tr("Overtreding"),
            self.tr("Status"),
            self.tr("Volgende termijn"),
        )

    def fetch_page(self, cursor: int | None, limit: int) -> list[CaseRow]:
        sort = SORT_KEYS[self.sort_column]
        return self.ctx.lists(
            list_cases, self.filter, sort, self.descending, offset=cursor or 0, limit=limit
        )

    def count_all(self, dossier: Dossier, filter: CaseFilter) -> int:
        return count_cases(dossier, filter)

    # --- rows -----------------------------------------------------------------------------

    def case_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of_case(self, case_id: int) -> int | None:
        """The row of a case among those fetched, or None."""
        return self.row_where(lambda r: r.id == case_id)

    # --- Qt's model interface -------------------------------------------------------------

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.ToolTipRole
            and not self.is_sortable(section)
        ):
            return self.tr("Op deze kolom kan niet worden gesorteerd.")
        return super().headerData(section, orientation, role)

    def cell_data(self, row: CaseRow, column: int, role: int) -> Any:
        if role == CaseIdRole:
            return row.id
        if role == StatusRole:
            return row.status.value
        if column == STATUS and role == Qt.ItemDataRole.BackgroundRole:
            return status_colors(row.status).qbackground
        if column == STATUS and role == Qt.ItemDataRole.ForegroundRole:
            return status_colors(row.status).qforeground
        if column == NEXT_DUE and role == Qt.ItemDataRole.ForegroundRole and _overdue(row):
            return QColor(OVERDUE_COLOR)
        return None

    def cell_text(self, row: CaseRow, column: int) -> str:
        if column == NUMBER:
            return row.number
        if column == DATE:
            return short_date(row.incident_date)
        if column == PERSON:
            return row.person_name
        if column == CLASS:
            return row.class_name
        if column == VIOLATION:  # the title says more than the code (in the tooltip)
            codes = (c.strip() for c in row.violation_codes.split(","))
            return "; ".join(self._titles.get(code, code) for code in codes if code)
        if column == STATUS:
            return status_label(row.status)
        if column == NEXT_DUE:
            return short_date(row.next_due) if row.next_due else ""
        return ""

    def row_tooltip(self, row: CaseRow) -> str:
        codes = [c.strip() for c in row.violation_codes.split(",") if c.strip()]
        violations = "; ".join(f"{c} {self._titles.get(c, '')}".strip() for c in codes)
        lines = [
            self.tr("Zaak {number}: {person}").format(number=row.number, person=row.person_name),
            self.tr("Team: {team}").format(team=row.team_name or self.tr("geen")),
            self.tr("Overtreding: {violations}").format(violations=violations or "—"),
            self.tr("Ernst: {severity}").format(severity=severity_label(row.severity)),
            self.tr("Status: {status}").format(status=status_label(row.status)),
            self.tr("Behandelaar: {owner}").format(owner=row.owner_name),
        ]
        if row.next_due:
            due = short_date(row.next_due)
            if _overdue(row):
                lines.append(self.tr("Volgende termijn: {due} (verstreken)").format(due=due))
            else:
                lines.append(self.tr("Volgende termijn: {due}").format(due=due))
        return "\n".join(lines)


def _overdue(row: CaseRow) -> bool:
    return row.next_due is not None and row.next_due < dt.date.today()
