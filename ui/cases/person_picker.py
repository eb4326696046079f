"""Choosing a person by typing: a line edit whose popup lists the persons the user may see
(``find_persons``: every word starts a name part or the number), searched as the user types
with a short pause, each with their kind, class and team."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from casemanager.errors import CaseManagerError
from casemanager.people.registry import PersonRow, find_persons
from ui import core_text
from ui.cases.case_common import kind_label, tr
from ui.context import AppContext, Locked
from ui.dates import short_date

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
DEBOUNCE_MS = 200


def describe(row: PersonRow) -> str:
    """'Sanne de Vries · leerling, 3H2 (onderbouw havo/vwo) · nr. 2500047'."""
    details = kind_label(row.kind)
    if row.class_name:
        details += f", {row.class_name}"
    if row.team:
        details += f" ({row.team})"
    parts = [row.name, details]
    if row.number:
        parts.append(tr("nr. %s") % row.number)
    if row.leave_date is not None:
        parts.append(tr("uit %s") % short_date(row.leave_date))
    return " · ".join(parts)


class PersonPicker(QLineEdit):
    """``person_chosen(id)`` when the user picks someone from the list; ``person_cleared``
    when they change the text after that. ``searched(text, count)`` after each search,
    ``search_failed(message)`` when the service refused."""

    person_chosen = Signal(int)
    person_cleared = Signal()
    searched = Signal(str, int)
    search_failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, limit: int = 20) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.limit = limit
        self.setObjectName("personPicker")
        self.setPlaceholderText(self.tr("Typ een deel van de naam of het leerlingnummer…"))
        self.setClearButtonEnabled(True)
        self._selected: PersonRow | None = None
        self._rows: dict[int, PersonRow] = {}
        self.results = QStandardItemModel(self)
        self.suggestions = QCompleter(self.results, self)
        self.suggestions.setWidget(self)
        self.suggestions.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.suggestions.setMaxVisibleItems(10)
        self.suggestions.popup().setObjectName("personPickerPopup")
        self.suggestions.activated[QModelIndex].connect(self._activated)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self.textEdited.connect(self._edited)
        self.returnPressed.connect(self._enter)

    # --- what was chosen ----------------------------------------------------------------

    @property
    def selected_person_id(self) -> int | None:
        return self._selected.id if self._selected else None

    @property
    def selected_person(self) -> PersonRow | None:
        return self._selected

    def choose(self, row: PersonRow) -> None:
        """Pick ``row`` as if the user chose it from the list."""
        self._timer.stop()
        self._selected = row
        self._rows[row.id] = row
        self.setText(row.name)
        self.setToolTip(describe(row))
        self.suggestions.popup().hide()
        self.person_chosen.emit(row.id)

    def clear_choice(self) -> None:
        had = self._selected is not None
        self._selected = None
        self.setToolTip("")
        self.clear()
        self.results.clear()
        if had:
            self.person_cleared.emit()

    def popup_rows(self) -> list[PersonRow]:
        """The persons the popup shows now, in its order."""
        found = []
        for row in range(self.results.rowCount()):
            person_id = self.results.item(row).data(PERSON_ID_ROLE)
            if person_id is not None:
                found.append(self._rows[person_id])
        return found

    # --- searching ----------------------------------------------------------------------

    def _edited(self, text: str) -> None:
        if self._selected is not None and text != self._selected.name:
            self._selected = None
            self.setToolTip("")
            self.person_cleared.emit()
        if text.strip():
            self._timer.start()
        else:
            self._timer.stop()
            self.results.clear()
            self.suggestions.popup().hide()

    def search_now(self) -> None:
        self._timer.stop()
        text = self.text().strip()
        if not text or (self._selected is not None and text == self._selected.name):
            return
        try:
            rows = self.ctx.lists(find_persons, text, self.limit)
        except Locked:
            return
        except CaseManagerError as error:
            self.search_failed.emit(core_text.message(error))
            return
        self.results.clear()
        for row in rows:
            self._rows[row.id] = row
            item = QStandardItem(describe(row))
            item.setData(row.id, PERSON_ID_ROLE)
            item.setData(row.name, NAME_ROLE)
            item.setEditable(False)
            self.results.appendRow(item)
        if not rows:
            item = QStandardItem(self.tr("Niemand gevonden bij '%s'") % text)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.appendRow(item)
        self.searched.emit(text, len(rows))
        if self.isVisible():
            popup = self.suggestions.popup()
            popup.setMinimumWidth(max(self.width(), 460))
            self.suggestions.complete()
            if rows:
                popup.setCurrentIndex(self.suggestions.completionModel().index(0, 0))

    def _activated(self, index: QModelIndex) -> None:
        person_id = index.data(PERSON_ID_ROLE)
        if person_id is not None and person_id in self._rows:
            self.choose(self._rows[person_id])

    def _enter(self) -> None:
        """Enter in the field: search at once; with exactly one match, take it."""
        if self._selected is not None:
            return
        self.search_now()
        rows = self.popup_rows()
        if len(rows) == 1:
            self.choose(rows[0])
