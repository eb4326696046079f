"""The person list as a table model that holds only the rows fetched so far.

Filtering, searching and sorting happen in SQL (``casemanager.people.registry``); the
paging, the reload on a new filter or sort order and the count of "N personen" in the
thread pool are ``ui.paged_model``'s, so a register of 40,000 persons costs the screen a few
hundred rows.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from casemanager.people.registry import PersonFilter, PersonRow, count_persons, list_persons
from casemanager.store.dossier import Dossier
from ui.cases.case_common import kind_label
from ui.context import AppContext
from ui.dates import short_date
from ui.paged_model import PAGE_SIZE, PagedTableModel

NAME, KIND, CLASS, TEAM, NUMBER, STATUS = range(6)
# the registry's sort for each column (every column sorts in SQL)
SORT_KEYS = {
    NAME: "name",
    KIND: "kind",
    CLASS: "class",
    TEAM: "team",
    NUMBER: "number",
    STATUS: "status",
}

PersonIdRole = Qt.ItemDataRole.UserRole + 1  # the person's id (int)

LEFT_COLOR = "#5b6878"  # a person who has left: grey text


class PersonListModel(PagedTableModel[PersonRow, PersonFilter]):
    sort_keys = SORT_KEYS

    def __init__(
        self, ctx: AppContext, parent: QObject | None = None, *, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__(ctx, PersonFilter(), parent, page_size=page_size, sort_column=NAME)

    def column_titles(self) -> tuple[str, ...]:
        return (
            self.tr("Naam"),
            self.tr("Soort"),
            self.tr("Klas"),
            self.tr("Team"),
            self.tr("Nummer"),
            self.tr("Status"),
        )

    def fetch_page(self, cursor: int | None, limit: int) -> list[PersonRow]:
        return self.ctx.lists(
            list_persons,
            **self.filter.kwargs(),
            sort=SORT_KEYS[self.sort_column],
            descending=self.descending,
            offset=cursor or 0,
            limit=limit,
        )

    def count_all(self, dossier: Dossier, filter: PersonFilter) -> int:
        return count_persons(dossier, **filter.kwargs())

    # --- rows -----------------------------------------------------------------------------

    def person_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of_person(self, person_id: int) -> int | None:
        """The row of a person among those fetched, or None."""
        return self.row_where(lambda r: r.id == person_id)

    # --- Qt's model interface -------------------------------------------------------------

    def cell_data(self, row: PersonRow, column: int, role: int) -> Any:
        if role == PersonIdRole:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and has_left(row):
            return QColor(LEFT_COLOR)
        return None

    def cell_text(self, row: PersonRow, column: int) -> str:
        if column == NAME:
            return row.sort_name
        if column == KIND:
            return kind_label(row.kind)
        if column == CLASS:
            return row.class_name
        if column == TEAM:
            return row.team
        if column == NUMBER:
            return row.number or ""
        if column == STATUS:
            return self.status_text(row)
        return ""

    def status_text(self, row: PersonRow) -> str:
        if has_left(row):
            return self.tr("vertrokken")
        if row.leave_date is not None:  # a date in the future
            return self.tr("actief, tot {date}").format(date=short_date(row.leave_date))
        return self.tr("actief")

    def row_tooltip(self, row: PersonRow) -> str:
        lines = [f"{row.name} ({kind_label(row.kind)})"]
        if row.number:
            lines.append(self.tr("Nummer: {number}").format(number=row.number))
        if row.class_name or row.team:
            where = " · ".join(p for p in (row.class_name, row.team) if p)
            lines.append(self.tr("Klas en team: {where}").format(where=where))
        if has_left(row) and row.leave_date is not None:
            day = short_date(row.leave_date)
            lines.append(self.tr("Vertrokken op {date}").format(date=day))
        lines.append(self.tr("Enter of dubbelklik: persoon openen"))
        return "\n".join(lines)


def has_left(row: PersonRow, on: dt.date | None = None) -> bool:
    day = on or dt.date.today()
    return row.leave_date is not None and row.leave_date <= day
