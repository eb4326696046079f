"""The three parts of the person view: the person's details, their guardians or children,
and their history of cases with the measures taken. Each part only shows the plain data
it is given; the view (``person_view.py``) reads it through the services."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casemanager.cases.person_history import HistoryRow
from casemanager.people.details import PersonDetails, Relative
from casemanager.policy.schema import Policy
from ui.cases.case_common import clear_layout
from ui.core_text import term, tr
from ui.dates import short_date
from ui.status_colors import severity_label, status_colors, status_label
from ui.tables import set_up_list_table

IdRole = Qt.ItemDataRole.UserRole + 1  # the person's or case's id on a row's first cell
VIOLATION = 2  # the history's column of violations
# the relations an export usually names; another one is shown as the file has it
RELATIONS = {
    "ouder": QT_TRANSLATE_NOOP("Relation", "ouder"),
    "moeder": QT_TRANSLATE_NOOP("Relation", "moeder"),
    "vader": QT_TRANSLATE_NOOP("Relation", "vader"),
    "voogd": QT_TRANSLATE_NOOP("Relation", "voogd"),
    "verzorger": QT_TRANSLATE_NOOP("Relation", "verzorger"),
    "pleegouder": QT_TRANSLATE_NOOP("Relation", "pleegouder"),
}


def relation_label(relation: str) -> str:
    known = RELATIONS.get(relation.strip().lower())
    return QCoreApplication.translate("Relation", known) if known else relation


def make_table(name: str, headers: Sequence[str]) -> QTableWidget:
    """A read-only table of whole rows; Enter or a double click ``activated`` a row."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    header = set_up_list_table(table)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def fill_row(table: QTableWidget, row: int, item_id: int, cells: Sequence[str], tip: str) -> None:
    for column, text in enumerate(cells):
        item = QTableWidgetItem(text)
        item.setToolTip("\n".join(part for part in (text, tip) if part))
        if column == 0:
            item.setData(IdRole, item_id)
        table.setItem(row, column, item)


class DetailsBox(QGroupBox):
    """Number, class and team, function, birth date, address and contact, dates in/out:
    what the register holds, each only when filled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Gegevens"), parent)
        self.setObjectName("personDetails")
        self.grid = QGridLayout(self)
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(6)
        self.values: dict[str, QLabel] = {}

    def clear(self) -> None:
        clear_layout(self.grid)
        self.values = {}

    def show_person(self, person: PersonDetails) -> None:
        self.clear()
        student, staff = person.kind == "leerling", person.kind == "medewerker"
        born = short_date(person.date_of_birth) if person.date_of_birth else ""
        rows = [
            ("number", tr("Leerlingnummer") if student else tr("Nummer"), person.number or ""),
            ("function", tr("Functie"), person.function_title),
            ("class", tr("Klas"), person.class_name),
            ("team", tr("Team"), person.team),
            ("born", tr("Geboortedatum"), born),
            ("address", tr("Adres"), person.address),
            ("email", tr("E-mail"), person.email),
            ("phone", tr("Telefoon"), person.phone),
            ("start", tr("In dienst") if staff else tr("Ingeschreven"), _day(person.start_date)),
            ("leave", tr("Uit dienst") if staff else tr("Vertrokken"), _day(person.leave_date)),
        ]
        shown = [(name, key, value) for name, key, value in rows if value]
        if not shown:
            shown = [("none", tr("Gegevens"), tr("Er staan geen gegevens in het register."))]
        half = (len(shown) + 1) // 2
        for index, (name, key, value) in enumerate(shown):
            column, row = divmod(index, half)
            label = QLabel(key)
            label.setProperty("role", "hint")
            text = QLabel(value, objectName=f"person_{name}")
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.setWordWrap(True)
            self.values[name] = text
            self.grid.addWidget(label, row, column * 2, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(text, row, column * 2 + 1, Qt.AlignmentFlag.AlignTop)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(3, 1)


class RelativesBox(QGroupBox):
    """The guardians of a student (with address and contact, and who receives letters) or
    the children of a parent. ``person_requested(id)`` on Enter or a double click."""

    person_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Ouders/verzorgers"), parent)
        self.setObjectName("personRelatives")
        self.guardians = make_table(
            "guardianTable",
            [tr("Naam"), tr("Relatie"), tr("Adres"), tr("Telefoon"), tr("E-mail"), tr("Post")],
        )
        self.children = make_table(
            "childTable", [tr("Naam"), tr("Relatie"), tr("Nummer"), tr("Klas"), tr("Team")]
        )
        self.empty = QLabel(objectName="relativesEmpty")
        self.empty.setProperty("role", "hint")
        self.stack = QStackedWidget()
        for widget in (self.guardians, self.children, self.empty):
            self.stack.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        for table in (self.guardians, self.children):
            table.activated.connect(lambda index, t=table: self._open(t, index))

    def show_person(self, person: PersonDetails) -> None:
        """Shown for students and parents (and anyone with links); hidden otherwise."""
        is_parent = bool(person.children) or (person.kind == "ouder" and not person.guardians)
        self.setVisible(bool(person.guardians or person.children) or person.kind == "leerling"
                        or person.kind == "ouder")  # fmt: skip
        if is_parent:
            self.setTitle(tr("Kinderen (%d)") % len(person.children))
            self._fill_children(person.children)
        else:
            self.setTitle(tr("Ouders/verzorgers (%d)") % len(person.guardians))
            self._fill_guardians(person.guardians)

    def _fill_guardians(self, guardians: Sequence[Relative]) -> None:
        self.guardians.setRowCount(len(guardians))
        for row, g in enumerate(guardians):
            post = tr("ontvangt brieven") if g.receives_letters else tr("geen brieven")
            tip = tr("Dubbelklik of Enter: %s openen") % g.name
            cells = [g.name, relation_label(g.relation), g.address, g.phone, g.email, post]
            fill_row(self.guardians, row, g.person_id, cells, tip)
        self._show(self.guardians, tr("Er zijn geen ouders of verzorgers bekend."))

    def _fill_children(self, children: Sequence[Relative]) -> None:
        self.children.setRowCount(len(children))
        left = tr("vertrokken")  # outside the f-string, where lupdate sees it
        for row, c in enumerate(children):
            name = f"{c.name} ({left})" if c.left else c.name
            tip = tr("Dubbelklik of Enter: %s openen") % c.name
            cells = [name, relation_label(c.relation), c.number or "", c.class_name, c.team]
            fill_row(self.children, row, c.person_id, cells, tip)
        self._show(self.children, tr("Er zijn geen kinderen bekend die u mag zien."))

    def _show(self, table: QTableWidget, empty_text: str) -> None:
        if table.rowCount():
            height = _table_height(table)
            table.setFixedHeight(height)
            self.stack.setCurrentWidget(table)
        else:
            self.empty.setText(empty_text)
            self.stack.setCurrentWidget(self.empty)
            height = self.empty.sizeHint().height()
        self.stack.setFixedHeight(height)

    def _open(self, table: QTableWidget, index: QModelIndex) -> None:
        item = table.item(index.row(), 0)
        if item is not None:
            self.person_requested.emit(int(item.data(IdRole)))


class HistoryBox(QGroupBox):
    """The person's cases, newest first, each with its violations, status and the final
    decisions (the measures). ``case_requested(id)`` on Enter or a double click."""

    case_requested = Signal(int)

    def __init__(self, policy: Policy, parent: QWidget | None = None) -> None:
        super().__init__(tr("Zaken en maatregelen"), parent)
        self.setObjectName("personHistory")
        self.policy = policy
        self.table = make_table(
            "historyTable",
            [tr("Zaak"), tr("Datum"), tr("Overtreding"), tr("Ernst"), tr("Status"),
             tr("Maatregelen")],
        )  # fmt: skip
        header = self.table.horizontalHeader()  # the measures in full; violations elide
        header.setStretchLastSection(False)
        header.setSectionResizeMode(VIOLATION, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._open)
        self.empty = QLabel(objectName="historyEmpty", wordWrap=True)
        self.empty.setProperty("role", "hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.may_open = False

    def show_message(self, text: str) -> None:
        self.setTitle(tr("Zaken en maatregelen"))
        self.empty.setText(text)
        self.stack.setCurrentWidget(self.empty)

    def show_history(self, rows: Sequence[HistoryRow], may_open: bool) -> None:
        self.may_open = may_open
        measures = sum(len(r.decisions) for r in rows)
        self.setTitle(tr("Zaken en maatregelen (%d zaken, %d maatregelen)") % (len(rows), measures))
        if not rows:
            self.show_message(tr("Geen zaken over deze persoon (die u mag zien)."))
            return
        self.table.setRowCount(len(rows))
        tip = tr("Dubbelklik of Enter: zaak openen") if may_open else ""
        for row, case in enumerate(rows):
            cells = [
                case.number,
                short_date(case.incident_date),
                "; ".join(self._violation(c) for c in case.violation_codes.split(", ") if c),
                severity_label(case.severity),
                status_label(case.status),
                "; ".join(self._measure(d.rung, d.decided_at.date(), d.ends_on)
                          for d in case.decisions) or "—",
            ]  # fmt: skip
            fill_row(self.table, row, case.case_id, cells, tip)
            status = self.table.item(row, 4)
            colors = status_colors(case.status)
            status.setBackground(colors.qbackground)
            status.setForeground(colors.qforeground)
        self.stack.setCurrentWidget(self.table)

    def _violation(self, code: str) -> str:
        if not self.policy.has_violation(code):
            return code
        return term(self.policy.violation(code).title)

    def _measure(self, rung: str, decided: dt.date, ends_on: dt.date | None) -> str:
        title = next(
            (r.title for ladder in self.policy.ladders.values() for r in ladder.rungs
             if r.code == rung),
            rung,
        )  # fmt: skip
        text = f"{term(title)}, {short_date(decided)}"
        return text if ends_on is None else tr("%s (tot %s)") % (text, short_date(ends_on))

    def _open(self, index: QModelIndex) -> None:
        item = self.table.item(index.row(), 0)
        if item is not None and self.may_open:
            self.case_requested.emit(int(item.data(IdRole)))


def _day(day: dt.date | None) -> str:
    return short_date(day) if day else ""


def _table_height(table: QTableWidget) -> int:
    """Tall enough for every row (a family has a few): no scroll bar inside the view."""
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    return table.horizontalHeader().sizeHint().height() + rows + 2 * table.frameWidth() + 2
