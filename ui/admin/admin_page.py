"""Beheer: one tab per task the user's roles allow (accounts, school details, policy,
backup, audit log, retention, data leaks). A tab's page is built the first time it is
shown, so opening Beheer costs only the page the user looks at."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from casemanager.permissions import Actor, Permission, allows
from ui.context import AppContext


@dataclass(frozen=True)
class AdminTab:
    name: str
    title: str  # marked for lupdate; translated when shown
    permission: Permission
    module: str
    page_class: str


TABS = (
    AdminTab("accounts", QT_TRANSLATE_NOOP("AdminPage", "Accounts"), Permission.MANAGE_ACCOUNTS,
             "ui.admin.accounts_page", "AccountsPage"),
    AdminTab("school", QT_TRANSLATE_NOOP("AdminPage", "School en briefhoofd"),
             Permission.MANAGE_SCHOOL, "ui.admin.school_page", "SchoolPage"),
    AdminTab("policy", QT_TRANSLATE_NOOP("AdminPage", "Beleid"), Permission.MANAGE_POLICY,
             "ui.admin.policy_page", "PolicyPage"),
    AdminTab("backup", QT_TRANSLATE_NOOP("AdminPage", "Back-up"), Permission.BACKUP,
             "ui.admin.backup_page", "BackupPage"),
    AdminTab("audit", QT_TRANSLATE_NOOP("AdminPage", "Auditlog"), Permission.READ_AUDIT,
             "ui.admin.audit_page", "AuditPage"),
    AdminTab("retention", QT_TRANSLATE_NOOP("AdminPage", "Bewaartermijnen"),
             Permission.RETENTION, "ui.admin.retention_page", "RetentionPage"),
    AdminTab("leaks", QT_TRANSLATE_NOOP("AdminPage", "Datalekken"), Permission.DATA_LEAKS,
             "ui.admin.leaks_page", "LeaksPage"),
)  # fmt: skip


def tabs_for(actor: Actor) -> list[AdminTab]:
    """The Beheer tabs this user's roles allow; none: no Beheer part at all."""
    return [tab for tab in TABS if allows(actor, tab.permission)]


class AdminPage(QWidget):
    restored = Signal(Path)  # the dossier at this path was put back from a backup (or a
    # restore failed after closing it): the main window asks to sign in to it again
    built = Signal(str)  # a tab's page was made (its name)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adminPage")
        self.ctx = ctx
        self.tabs = QTabWidget(objectName="adminTabs")
        self.tabs.setDocumentMode(True)
        self._tabs = tabs_for(ctx.actor)
        self._pages: dict[str, QWidget] = {}
        for tab in self._tabs:
            self.tabs.addTab(QWidget(), QCoreApplication.translate("AdminPage", tab.title))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(self._build)
        if self._tabs:
            self._build(0)

    def names(self) -> list[str]:
        return [tab.name for tab in self._tabs]

    def show_tab(self, name: str) -> QWidget:
        """Switch to the tab ``name`` and return its page (built if it was not yet)."""
        index = self.names().index(name)
        self.tabs.setCurrentIndex(index)
        return self._build(index)

    def refresh(self) -> None:
        page = self._pages.get(self._tabs[self.tabs.currentIndex()].name) if self._tabs else None
        refresh: Callable[[], None] | None = getattr(page, "refresh", None)
        if refresh is not None:
            refresh()

    def _build(self, index: int) -> QWidget:
        tab = self._tabs[index]
        if tab.name in self._pages:
            return self._pages[tab.name]
        page_class = getattr(importlib.import_module(tab.module), tab.page_class)
        page: QWidget = page_class(self.ctx)
        # a restore (or one that failed after closing the dossier) ends this session
        for name in ("restored", "closed"):
            signal = getattr(page, name, None)
            if signal is not None:
                signal.connect(self.restored)
        leaks_changed = getattr(page, "changed", None)
        if leaks_changed is not None:  # Te doen lists open data leaks
            leaks_changed.connect(self.ctx.cases_changed)
        self._pages[tab.name] = page
        title, placeholder = self.tabs.tabText(index), self.tabs.widget(index)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        placeholder.deleteLater()
        self.tabs.insertTab(index, page, title)
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        self.built.emit(tab.name)
        return page
