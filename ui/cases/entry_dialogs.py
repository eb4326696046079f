"""Writing a statement (verklaring) or a note, or a correction of one: the correction is a
new entry that points at the earlier one, which stays as it was."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casemanager.cases import views
from casemanager.cases.investigation import add_note, add_statement
from casemanager.cases.views import CaseView, StatementView
from ui import dates
from ui.cases.case_common import role_label
from ui.cases.form_widgets import ServiceDialog, hint_label
from ui.cases.person_picker import PersonPicker
from ui.context import AppContext

MIN_STATEMENT = 3  # as casemanager.cases.investigation requires
ANONYMOUS = 0
SOMEONE_ELSE = -1


def moment_edit(value: dt.datetime, name: str) -> QDateTimeEdit:
    """A date and time up to now, typed or chosen from a calendar."""
    edit = QDateTimeEdit(QDateTime(value), objectName=name, calendarPopup=True)
    edit.setDisplayFormat(dates.edit_format(with_time=True))
    edit.setMaximumDateTime(QDateTime.currentDateTime())
    return edit


class StatementDialog(ServiceDialog):
    """A statement of someone in the case, someone else, or anonymous."""

    def __init__(
        self,
        ctx: AppContext,
        view: CaseView,
        parent: QWidget | None = None,
        correcting: StatementView | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        if correcting is not None:
            self.set_texts(self.tr("Correctie op verklaring"), self.tr("Correctie vastleggen"))
        else:
            self.set_texts(self.tr("Verklaring vastleggen"), self.tr("Vastleggen"))
        self.setObjectName("statementDialog")
        self.case_id = view.id
        self.correcting = correcting
        self.person = QComboBox(objectName="statementPerson")
        self.person.addItem(view.person_name, view.person_id)
        seen = {view.person_id}
        for party in view.parties:
            if party.person_id not in seen:
                seen.add(party.person_id)
                self.person.addItem(f"{party.name} — {role_label(party.role)}", party.person_id)
        self.person.addItem(self.tr("Anoniem"), ANONYMOUS)
        self.person.addItem(self.tr("Iemand anders zoeken…"), SOMEONE_ELSE)
        self.other = PersonPicker(ctx)
        self.other.hide()
        now = dt.datetime.now().replace(second=0, microsecond=0)
        self.given_at = moment_edit(correcting.given_at if correcting else now, "givenAt")
        self.text = QPlainTextEdit(objectName="statementText")
        self.text.setMinimumHeight(160)
        self.text.setPlaceholderText(
            self.tr("Wat heeft deze persoon verklaard? Zo letterlijk mogelijk.")
        )
        form = QFormLayout()
        form.addRow(self.tr("Van"), self.person)
        form.addRow("", self.other)
        form.addRow(self.tr("Gegeven op"), self.given_at)
        layout = QVBoxLayout(self)
        if correcting is not None:
            self.text.setPlainText(correcting.text)
            layout.addWidget(
                hint_label(
                    self.tr(
                        "De oorspronkelijke verklaring blijft bewaard; deze correctie komt "
                        "erbij en verwijst ernaar. Pas de tekst hieronder aan."
                    ),
                    "correctionHint",
                )
            )
            names = [self.person.itemText(i).split(" — ")[0] for i in range(self.person.count())]
            if correcting.person == views.ANONYMOUS:
                self.person.setCurrentIndex(self.person.findData(ANONYMOUS))
            elif correcting.person in names:
                self.person.setCurrentIndex(names.index(correcting.person))
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        layout.addWidget(hint_label(self.tr("Minstens %d tekens.") % MIN_STATEMENT))
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.person.currentIndexChanged.connect(self._person_changed)
        self.other.person_chosen.connect(lambda _id: self.update_ok())
        self.other.person_cleared.connect(self.update_ok)
        self.text.textChanged.connect(self.update_ok)
        self.update_ok()

    def _person_changed(self) -> None:
        self.other.setVisible(self.person.currentData() == SOMEONE_ELSE)
        self.update_ok()

    def person_id(self) -> int | None:
        choice = self.person.currentData()
        if choice == SOMEONE_ELSE:
            return self.other.selected_person_id
        return None if choice == ANONYMOUS else int(choice)

    def is_valid(self) -> bool:
        if self.person.currentData() == SOMEONE_ELSE and self.other.selected_person_id is None:
            return False
        return len(self.text.toPlainText().strip()) >= MIN_STATEMENT

    def work(self) -> Any:
        case_id, text, person_id = self.case_id, self.text.toPlainText(), self.person_id()
        given_at = self.given_at.dateTime().toPython()
        corrects = self.correcting.id if self.correcting else None
        return lambda uow: add_statement(
            uow, case_id, text, person_id=person_id, given_at=given_at, corrects_id=corrects
        )


class NoteDialog(ServiceDialog):
    """A note on the timeline, or a correction of an entry (``correcting``: id, title)."""

    def __init__(
        self,
        ctx: AppContext,
        case_id: int,
        parent: QWidget | None = None,
        correcting: tuple[int, str] | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        title = self.tr("Correctie toevoegen") if correcting else self.tr("Notitie toevoegen")
        self.set_texts(title, self.tr("Opslaan"))
        self.setObjectName("noteDialog")
        self.case_id = case_id
        self.correcting = correcting
        self.title = QLineEdit(objectName="noteTitle")
        self.title.setMaxLength(300)
        self.title.setPlaceholderText(self.tr("Kort: waar gaat de notitie over?"))
        self.text = QPlainTextEdit(objectName="noteText")
        self.text.setMinimumHeight(140)
        self.text.setPlaceholderText(self.tr("Toelichting (niet verplicht)"))
        layout = QVBoxLayout(self)
        if correcting is not None:
            self.title.setText(self.tr("Correctie: %s") % correcting[1])
            self.text.setPlaceholderText(self.tr("Wat klopt er niet, en wat is juist?"))
            layout.addWidget(
                hint_label(
                    self.tr(
                        "'%s' blijft staan zoals het is; deze correctie komt erbij en "
                        "verwijst ernaar."
                    )
                    % correcting[1],
                    "correctionHint",
                )
            )
        form = QFormLayout()
        form.addRow(self.tr("Titel"), self.title)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.title.textChanged.connect(self.update_ok)
        self.text.textChanged.connect(self.update_ok)
        self.update_ok()

    def is_valid(self) -> bool:
        if self.correcting is not None and not self.text.toPlainText().strip():
            return False
        return bool(self.title.text().strip())

    def work(self) -> Any:
        case_id, title, text = self.case_id, self.title.text(), self.text.toPlainText()
        corrects = self.correcting[0] if self.correcting else None
        return lambda uow: add_note(uow, case_id, title, text, corrects=corrects)
