"""Personen: the part of the main window for the register. The list (search, filters)
and one person's view share the space: opening a person shows the view, its back button
(or Alt+Left) returns to the list as it was. The import wizard starts from the list.
"""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from casemanager.people.plan import ImportReport
from ui.context import AppContext
from ui.people.import_wizard import ImportWizard
from ui.people.person_list_page import PersonListPage
from ui.people.person_view import PersonView


class PeoplePage(QWidget):
    """The "Personen" part: ``PeoplePage(ctx)``; ``refresh()`` reads the list again."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peoplePage")
        self.ctx = ctx
        self.wizard: ImportWizard | None = None
        self.list_page = PersonListPage(ctx)
        self.view = PersonView(ctx)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_page)
        self.stack.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.list_page.person_opened.connect(self.open_person)
        self.list_page.import_requested.connect(self.start_import)
        self.view.back_requested.connect(self.show_list)
        self.view.person_requested.connect(self.open_person)

    @property
    def showing_person(self) -> bool:
        return self.stack.currentWidget() is self.view

    def refresh(self) -> None:
        """Read the list again (and the person shown, if one is)."""
        self.list_page.refresh()
        if self.showing_person and self.view.person_id is not None:
            self.view.show_person(self.view.person_id)

    def open_person(self, person_id: int) -> None:
        """Show one person's details, relatives and history (an audited read)."""
        self.view.show_person(person_id)
        self.stack.setCurrentWidget(self.view)
        self.view.back_button.setFocus()

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_page)
        self.list_page.table.setFocus()

    def focus_search(self) -> None:
        """Ctrl+F from the main window: the list's search box."""
        self.show_list()
        self.list_page.focus_search()

    def start_import(self) -> None:
        """The import wizard, modal; the list is read again after an import."""
        if self.ctx.is_locked:
            return
        self.wizard = ImportWizard(self.ctx, self)
        self.wizard.imported.connect(self._imported)
        self.wizard.exec()
        self.wizard.deleteLater()
        self.wizard = None

    def _imported(self, _report: ImportReport) -> None:
        self.list_page.refresh()
