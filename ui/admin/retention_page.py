"""Beheer → Bewaartermijnen: who has passed the policy's retention term, and removing them.

The list names the persons (the decision needs to know who goes), their last case and the
day their term ended. "Verwijderen…" first counts what would go (``purge_preview``) and
says it in the confirmation ("12 zaken en 340 tijdlijnregels van 5 personen …"); only
after "Ja" does ``purge_expired`` run, in the background. Annuleren changes nothing.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casemanager.cases.retention import (
    ExpiredOverview,
    PurgePreview,
    PurgeResult,
    list_expired_overview,
    purge_expired,
    purge_preview,
)
from casemanager.dutch import plural
from casemanager.errors import CaseManagerError
from ui import core_text
from ui.cases.case_common import kind_label
from ui.context import AppContext, Locked
from ui.dates import short_date
from ui.tables import set_up_list_table
from ui.tasks import error_text

CHECK, NAME, NUMBER, KIND, LEFT, CASES, LAST_CASE, UNTIL = range(8)
PersonIdRole = Qt.ItemDataRole.UserRole + 1
WIDTHS = (36, 0, 110, 110, 110, 70, 200, 150)  # per column; the name takes the rest


class RetentionPage(QWidget):
    purged = Signal(object)  # the PurgeResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionPage")
        self.ctx = ctx
        self.rows: list[ExpiredOverview] = []
        self.busy = False

        title = QLabel(self.tr("Bewaartermijnen"), objectName="pageTitle")
        self.count_label = QLabel(objectName="retentionCount")
        self.count_label.setProperty("role", "hint")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.count_label)
        top.addStretch(1)
        r = ctx.policy.retention
        intro = QLabel(
            self.tr(
                "Volgens het beleid worden gegevens van leerlingen {leerling} jaar en van "
                "medewerkers {medewerker} jaar na hun vertrek bewaard, van ouders en anderen "
                "{ouder} jaar na hun laatste zaak. Kies wie nu weg mag. Wie nog in de zaak van "
                "een ander voorkomt, wordt geanonimiseerd in plaats van verwijderd. Het "
                "auditlog houdt bij hoeveel er is verwijderd, zonder namen."
            ).format(leerling=r.leerling_years, medewerker=r.medewerker_years, ouder=r.ouder_years),
            wordWrap=True,
        )
        intro.setProperty("role", "hint")
        self.table = self._make_table()
        self.empty = QLabel(objectName="retentionEmpty", wordWrap=True)
        self.empty.setProperty("role", "hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.all_button = QPushButton(self.tr("Alles selecteren"), objectName="selectAll")
        self.all_button.clicked.connect(lambda: self.set_all_checked(True))
        self.none_button = QPushButton(self.tr("Niets selecteren"), objectName="selectNone")
        self.none_button.clicked.connect(lambda: self.set_all_checked(False))
        self.purge_button = QPushButton(objectName="purgeButton")
        self.purge_button.clicked.connect(self.confirm_purge)
        self.status = QLabel(objectName="retentionStatus", wordWrap=True)
        self.status.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addStretch(1)
        buttons.addWidget(self.purge_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(intro)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.table.itemChanged.connect(lambda _item: self._update_buttons())
        ctx.locked_changed.connect(self._unlocked)
        self.refresh()

    def _make_table(self) -> QTableWidget:
        headers = ["", self.tr("Naam"), self.tr("Nummer"), self.tr("Soort")]
        headers += [self.tr("Vertrokken"), self.tr("Zaken"), self.tr("Laatste zaak")]
        headers.append(self.tr("Einde bewaartermijn"))
        table = QTableWidget(0, len(headers), objectName="retentionTable")
        table.setHorizontalHeaderLabels(headers)
        header = set_up_list_table(table, multi_select=True)
        for column, width in enumerate(WIDTHS):
            header.resizeSection(column, width)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        table.cellClicked.connect(self._toggle_row)
        return table

    # --- the list ------------------------------------------------------------------------

    def _unlocked(self, locked: bool) -> None:
        if not locked:
            self.refresh()

    def refresh(self) -> None:
        """Ask again who is past their term (today)."""
        try:
            self.rows = self.ctx.read(list_expired_overview)
            message = self.tr("Niemand is voorbij de bewaartermijn: er is niets te verwijderen.")
        except Locked:
            return
        except CaseManagerError as error:
            self.rows, message = [], core_text.message(error)
        self.empty.setText(message)
        self._fill()

    def _fill(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for row, found in enumerate(self.rows):
            person = found.person
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            check.setCheckState(Qt.CheckState.Unchecked)
            check.setData(PersonIdRole, person.person_id)
            check.setToolTip(self.tr("Aanvinken om te verwijderen"))
            self.table.setItem(row, CHECK, check)
            last = f"{found.last_case} ({_day(found.last_case_on)})" if found.last_case else ""
            texts = {
                NAME: person.name,
                NUMBER: found.number,
                KIND: kind_label(person.kind),
                LEFT: _day(found.left_on),
                CASES: str(person.cases),
                LAST_CASE: last or self.tr("geen"),
                UNTIL: short_date(person.expired_on),
            }
            for column, text in texts.items():
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.blockSignals(False)
        total = len(self.rows)
        self.count_label.setText(
            self.tr("{persons} voorbij de bewaartermijn").format(
                persons=plural(total, self.tr("persoon"), self.tr("personen"))
            )
        )
        self.stack.setCurrentWidget(self.table if total else self.empty)
        self._update_buttons()

    def checked_ids(self) -> list[int]:
        """The persons ticked for removal."""
        items = [self.table.item(row, CHECK) for row in range(self.table.rowCount())]
        ticked = [i for i in items if i is not None and i.checkState() == Qt.CheckState.Checked]
        return [int(item.data(PersonIdRole)) for item in ticked]

    def set_checked(self, person_ids: set[int]) -> None:
        """Tick exactly these persons."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, CHECK)
            if item is not None:
                on = int(item.data(PersonIdRole)) in person_ids
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def set_all_checked(self, on: bool) -> None:
        self.set_checked({r.person.person_id for r in self.rows} if on else set())

    def _toggle_row(self, row: int, column: int) -> None:
        item = self.table.item(row, CHECK)
        if item is not None and column != CHECK:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _update_buttons(self) -> None:
        count = len(self.checked_ids())
        text = self.tr("Verwijderen… ({count})") if count else self.tr("Verwijderen…")
        self.purge_button.setText(text.format(count=count))
        self.purge_button.setEnabled(bool(count) and not self.busy)
        for button in (self.all_button, self.none_button):
            button.setEnabled(bool(self.rows) and not self.busy)

    # --- removing ------------------------------------------------------------------------

    def confirm_purge(self) -> None:
        ids = self.checked_ids()
        if not ids or self.busy:
            return
        try:
            preview = self.ctx.read(purge_preview, ids)
        except Locked:
            return
        except CaseManagerError as error:
            self._show_status(core_text.message(error), ok=False)
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Definitief verwijderen"),
            self.confirmation_text(preview),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.purge(ids)

    def confirmation_text(self, preview: PurgePreview) -> str:
        """'12 zaken en 340 tijdlijnregels van 5 personen worden definitief verwijderd …'"""
        p = preview
        cases = plural(p.cases, self.tr("zaak"), self.tr("zaken"))
        entries = plural(p.timeline_entries, self.tr("tijdlijnregel"), self.tr("tijdlijnregels"))
        persons = plural(p.persons, self.tr("persoon"), self.tr("personen"))
        text = self.tr(
            "{cases} en {entries} van {persons} worden definitief verwijderd of geanonimiseerd."
        ).format(cases=cases, entries=entries, persons=persons)
        extra = []
        if p.evidence:
            extra.append(plural(p.evidence, self.tr("bewijsstuk"), self.tr("bewijsstukken")))
        if p.letters:
            extra.append(plural(p.letters, self.tr("brief"), self.tr("brieven")))
        if extra:
            things = self.tr(" en ").join(extra)
            text += " " + self.tr("Daarmee gaan ook {things} weg.").format(things=things)
        if preview.anonymised:
            text += " " + self.tr(
                "{count} van hen komen nog voor in de zaak van een ander: die worden "
                "geanonimiseerd (naam en gegevens weg) in plaats van verwijderd."
            ).format(count=preview.anonymised)
        return text + "\n\n" + self.tr("Dit kan niet ongedaan worden gemaakt. Doorgaan?")

    def purge(self, person_ids: list[int]) -> None:
        """Remove these persons' data in the background (after the confirmation)."""
        self.busy = True
        self._update_buttons()
        today = dt.date.today()
        self.ctx.run(
            self,
            lambda uow: purge_expired(uow, person_ids, today),
            self._purged,
            on_error=self._failed,
            progress_title=self.tr("Verlopen gegevens verwijderen…"),
        )

    def _purged(self, result: PurgeResult) -> None:
        self.busy = False
        self._show_status(
            self.tr("Verwijderd: {persons}, {cases}; {anonymised} geanonimiseerd.").format(
                persons=plural(result.persons, self.tr("persoon"), self.tr("personen")),
                cases=plural(result.cases, self.tr("zaak"), self.tr("zaken")),
                anonymised=result.anonymised,
            ),
            ok=True,
        )
        self.refresh()
        self.ctx.cases_changed.emit()
        self.purged.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self._show_status(error_text(error), ok=False)
        self.refresh()

    def _show_status(self, text: str, *, ok: bool) -> None:
        self.status.setStyleSheet("color: #1c4d24;" if ok else "color: #b3261e;")
        self.status.setText(text)
        self.status.show()


def _day(day: dt.date | None) -> str:
    return short_date(day) if day else ""
