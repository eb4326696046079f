"""Statements (verklaringen) and notes of a case, side by side, with adding and correcting.
A correction is a new entry; the list marks both the correction and what it corrects."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casemanager.cases.views import ANONYMOUS, CaseView, StatementView
from ui.cases.case_common import apply_action, tr, when
from ui.cases.entry_dialogs import NoteDialog, StatementDialog
from ui.cases.form_widgets import hint_label
from ui.cases.timeline import Entry, EntryList, timeline_entries
from ui.context import AppContext


def statement_entries(view: CaseView) -> list[Entry]:
    by_id = {s.id: s for s in view.statements}
    corrected = {s.corrects_id: s for s in view.statements if s.corrects_id is not None}
    entries = []
    for s in view.statements:
        marker = ""
        if s.corrects_id is not None:
            earlier = by_id.get(s.corrects_id)
            marker = tr("Correctie op de verklaring van %s") % (
                when(earlier.given_at) if earlier else tr("eerder")
            )
        elif s.id in corrected:
            marker = tr("Later gecorrigeerd (%s)") % when(corrected[s.id].given_at)
        by = tr("vastgelegd door %s") % s.recorded_by if s.recorded_by else ""
        who = tr("anoniem") if s.person == ANONYMOUS else s.person
        title = tr("Verklaring van %s") % who
        kind = "correctie" if s.corrects_id else "verklaring"
        entries.append(Entry(s.id, when(s.given_at), by, title, s.text, kind, marker))
    return entries


def note_entries(view: CaseView) -> list[Entry]:
    notes = {t.id for t in view.timeline if t.kind == "notitie" or t.corrects_id is not None}
    return [e for e in timeline_entries(view) if e.id in notes]


class StatementsPanel(QWidget):
    """``changed`` after a statement or note was stored."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._view: CaseView | None = None
        self.dialog: QDialog | None = None
        self.statements = EntryList("statementList")
        self.notes = EntryList("noteList")
        self.add_statement = QPushButton(
            self.tr("Verklaring toevoegen…"), objectName="addStatement"
        )
        self.correct_statement = QPushButton(self.tr("Corrigeren…"), objectName="correctStatement")
        self.add_note = QPushButton(self.tr("Notitie toevoegen…"), objectName="addNote")
        self.correct_note = QPushButton(self.tr("Corrigeren…"), objectName="correctNote")
        self.empty_statements = hint_label(self.tr("Nog geen verklaringen."))
        self.empty_notes = hint_label(self.tr("Nog geen notities."))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(
            self._column(
                self.tr("Verklaringen"),
                self.statements,
                self.empty_statements,
                self.add_statement,
                self.correct_statement,
            )
        )
        splitter.addWidget(
            self._column(
                self.tr("Notities"), self.notes, self.empty_notes, self.add_note, self.correct_note
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.add_statement.clicked.connect(lambda: self.open_statement())
        self.correct_statement.clicked.connect(self._correct_statement)
        self.add_note.clicked.connect(lambda: self.open_note())
        self.correct_note.clicked.connect(self._correct_note)
        self.statements.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.notes.currentItemChanged.connect(lambda *_: self._update_buttons())

    def _column(
        self, title: str, entries: EntryList, empty: QWidget, add: QPushButton, correct: QPushButton
    ) -> QGroupBox:
        group = QGroupBox(title)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(correct)
        buttons.addStretch(1)
        layout = QVBoxLayout(group)
        layout.addLayout(buttons)
        layout.addWidget(empty)
        layout.addWidget(entries, 1)
        return group

    def show_case(self, view: CaseView) -> None:
        self._view = view
        self.statements.set_entries(statement_entries(view))
        self.notes.set_entries(note_entries(view))
        self.empty_statements.setVisible(not view.statements)
        self.empty_notes.setVisible(self.notes.count() == 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        if self._view is None:
            return
        actions = self._view.actions
        apply_action(self.add_statement, actions, "statement")
        apply_action(self.add_note, actions, "note")
        for button, entries, name in (
            (self.correct_statement, self.statements, "statement"),
            (self.correct_note, self.notes, "note"),
        ):
            apply_action(button, actions, name)
            if button.isEnabled() and entries.current_entry is None:
                button.setEnabled(False)
                button.setToolTip(self.tr("Kies eerst wat u wilt corrigeren."))

    # --- dialogs ------------------------------------------------------------------------

    def open_statement(self, correcting: StatementView | None = None) -> StatementDialog | None:
        if self._view is None:
            return None
        dialog = StatementDialog(self.ctx, self._view, self, correcting)
        self._open(dialog)
        return dialog

    def open_note(self, correcting: tuple[int, str] | None = None) -> NoteDialog | None:
        if self._view is None:
            return None
        dialog = NoteDialog(self.ctx, self._view.id, self, correcting)
        self._open(dialog)
        return dialog

    def _correct_statement(self) -> None:
        entry = self.statements.current_entry
        if entry is not None and self._view is not None:
            statement = next(s for s in self._view.statements if s.id == entry.id)
            self.open_statement(statement)

    def _correct_note(self) -> None:
        entry = self.notes.current_entry
        if entry is not None:
            self.open_note((entry.id, entry.title))

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.changed)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
