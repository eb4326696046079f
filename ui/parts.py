"""The parts of the main window after Te doen and Zaken: Personen, Brieven, Rapportage and
Beheer, each shown to the roles that may use it. A part's page is made the first time
the user opens it, so signing in costs only the case list."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from casemanager.permissions import Actor, Permission, allows
from ui.context import AppContext


@dataclass(frozen=True)
class Part:
    name: str  # also the name of its navigation icon
    title: str  # marked for lupdate; the main window translates it
    allowed: Callable[[Actor], bool]
    module: str
    page_class: str


def _may(permission: Permission) -> Callable[[Actor], bool]:
    return lambda actor: allows(actor, permission)


def _has_admin_tab(actor: Actor) -> bool:
    from ui.admin.admin_page import tabs_for

    return bool(tabs_for(actor))


LATER_PARTS = (
    Part("persons", QT_TRANSLATE_NOOP("MainWindow", "Personen"), _may(Permission.LIST_PERSONS),
         "ui.people.people_page", "PeoplePage"),
    Part("letters", QT_TRANSLATE_NOOP("MainWindow", "Brieven"), _may(Permission.PRINT_LETTERS),
         "ui.queue.queue_page", "QueuePage"),
    Part("reports", QT_TRANSLATE_NOOP("MainWindow", "Rapportage"),
         _may(Permission.VIEW_STATISTICS), "ui.reporting.reporting_page", "ReportingPage"),
    Part("admin", QT_TRANSLATE_NOOP("MainWindow", "Beheer"), _has_admin_tab,
         "ui.admin.admin_page", "AdminPage"),
)  # fmt: skip


def parts_for(actor: Actor) -> list[Part]:
    return [part for part in LATER_PARTS if part.allowed(actor)]


class PartHolder(QWidget):
    """Stands in the main window's page stack for a part until it is first shown."""

    built = Signal(QWidget)  # the part's page, just made

    def __init__(self, ctx: AppContext, part: Part, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.part = part
        self.page: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def ensure_page(self) -> QWidget:
        """The part's page, made now if this is the first time."""
        if self.page is None:
            page_class = getattr(importlib.import_module(self.part.module), self.part.page_class)
            self.page = page_class(self.ctx)
            self._layout.addWidget(self.page)
            self.built.emit(self.page)
        return self.page
