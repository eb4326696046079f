"""The main window: a navigation bar with the parts the user's roles allow, the pages,
open cases as tabs, the shortcuts, and the lock that hides it all."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QWidget,
)

from casemanager.letters.school import school_info
from casemanager.permissions import Permission, allows
from ui import settings
from ui.cases.case_view import CaseViewWidget
from ui.cases.list_page import CaseListPage
from ui.cases.report_form import ReportForm
from ui.context import AppContext
from ui.lock import IdleWatcher, LockScreen
from ui.look import icon, navigation_icon
from ui.parts import PartHolder, parts_for
from ui.settings_dialog import SettingsDialog
from ui.todo_page import TodoPage

# marked for lupdate, translated in the status bar
ROLE_LABELS = {
    "directie": QT_TRANSLATE_NOOP("MainWindow", "directie"),
    "teamleider": QT_TRANSLATE_NOOP("MainWindow", "teamleider"),
    "hr": QT_TRANSLATE_NOOP("MainWindow", "P&O (hr)"),
    "administratie": QT_TRANSLATE_NOOP("MainWindow", "administratie"),
    "beheerder": QT_TRANSLATE_NOOP("MainWindow", "beheerder"),
}


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("Casemanager"))
        self.setWindowIcon(icon("cases"))
        self.resize(1280, 820)
        self._hidden_dialogs: list[QWidget] = []

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setFixedWidth(190)
        self.pages = QStackedWidget()
        self.todo: TodoPage | None = None
        self.case_tabs: QTabWidget | None = None
        self.case_list: CaseListPage | None = None
        self._add_parts()
        self.navigation.currentRowChanged.connect(self._show_row)

        content = QWidget()
        row = QHBoxLayout(content)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.navigation)
        row.addWidget(self.pages, 1)
        self.lock_screen = LockScreen()
        self.lock_screen.unlocked.connect(self.unlock)
        self.stack = QStackedWidget()
        self.stack.addWidget(content)
        self.stack.addWidget(self.lock_screen)
        self.setCentralWidget(self.stack)

        self._add_actions()
        self.idle = IdleWatcher(settings.idle_minutes(), self)
        self.idle.idle.connect(self.lock)
        ctx.case_opened.connect(self.open_case)
        self._status()
        if self.navigation.count():
            self.navigation.setCurrentRow(0)

    # --- parts -----------------------------------------------------------------------------

    def _add_parts(self) -> None:
        if self._may(Permission.WORK_CASES):
            self.todo = TodoPage(self.ctx)
            self._add_part("todo", self.tr("Te doen"), self.todo)
            self.case_tabs = QTabWidget()
            self.case_tabs.setObjectName("caseTabs")
            self.case_tabs.setTabsClosable(True)
            self.case_tabs.setDocumentMode(True)
            self.case_tabs.tabCloseRequested.connect(self._close_tab)
            self.case_list = CaseListPage(self.ctx)
            self.case_tabs.addTab(self.case_list, icon("cases"), self.tr("Alle zaken"))
            self.case_tabs.tabBar().setTabButton(
                0, self.case_tabs.tabBar().ButtonPosition.RightSide, None
            )
            self._add_part("cases", self.tr("Zaken"), self.case_tabs)
        self.parts: dict[str, PartHolder] = {}
        for part in parts_for(self.ctx.actor):
            holder = PartHolder(self.ctx, part)
            holder.built.connect(self._part_built)
            self.parts[part.name] = holder
            self._add_part(part.name, self.tr(part.title), holder)
        if self.navigation.count() == 0:
            notice = QLabel(
                self.tr("Uw account heeft geen rol met onderdelen. Vraag de beheerder om een rol.")
            )
            notice.setWordWrap(True)
            notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.pages.addWidget(notice)

    def _add_part(self, name: str, label: str, widget: QWidget) -> None:
        item = QListWidgetItem(navigation_icon(name), label)
        item.setData(Qt.ItemDataRole.UserRole, name)
        self.navigation.addItem(item)
        self.pages.addWidget(widget)

    def _add_actions(self) -> None:
        toolbar = QToolBar(self.tr("Acties"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(toolbar)
        self.new_report = QAction(icon("new"), self.tr("Nieuwe melding"), self)
        self.new_report.setShortcut(QKeySequence("Ctrl+N"))
        self.new_report.triggered.connect(self.report)
        self.search = QAction(icon("search"), self.tr("Zoeken"), self)
        self.search.setShortcut(QKeySequence("Ctrl+F"))
        self.search.triggered.connect(self.focus_search)
        self.settings_action = QAction(icon("settings"), self.tr("Instellingen"), self)
        self.settings_action.triggered.connect(self.open_settings)
        self.lock_action = QAction(icon("lock"), self.tr("Vergrendelen"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        if self.case_tabs is not None:
            toolbar.addAction(self.new_report)
            toolbar.addAction(self.search)
        else:
            self.new_report.setEnabled(False)
            self.search.setEnabled("persons" in self.parts)
        spacer = QWidget()
        spacer.setSizePolicy(
            spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred
        )
        toolbar.addWidget(spacer)
        toolbar.addAction(self.settings_action)
        toolbar.addAction(self.lock_action)
        for action in (self.new_report, self.search, self.lock_action):
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            self.addAction(action)

    # --- actions ---------------------------------------------------------------------------

    def part(self, name: str) -> QWidget:
        """The page of a later part (Personen, Brieven, …), made if it was not yet."""
        return self.parts[name].ensure_page()

    def _show_row(self, row: int) -> None:
        holder = self.pages.widget(row)
        if isinstance(holder, PartHolder):
            holder.ensure_page()
        self.pages.setCurrentIndex(row)

    def _part_built(self, page: QWidget) -> None:
        restored = getattr(page, "restored", None)
        if restored is not None:  # Beheer put a backup back: sign in to it again
            restored.connect(self._restored)

    def _restored(self, path: Path) -> None:
        self.ctx.dossier_path = path
        self.lock()
        self.lock_screen.message.setText(
            self.tr("De back-up is teruggezet. Meld u opnieuw aan om ermee te werken.")
        )

    def show_part(self, name: str) -> None:
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.navigation.setCurrentRow(row)

    def open_case(self, case_id: int) -> None:
        if self.case_tabs is None:
            return
        self.show_part("cases")
        for index in range(1, self.case_tabs.count()):
            widget = self.case_tabs.widget(index)
            if isinstance(widget, CaseViewWidget) and widget.case_id == case_id:
                self.case_tabs.setCurrentIndex(index)
                return
        view = CaseViewWidget(self.ctx, case_id)
        index = self.case_tabs.addTab(view, view.case_number)
        view.title_changed.connect(lambda title, v=view: self._retitle(v, title))
        self.case_tabs.setCurrentIndex(index)

    def report(self) -> None:
        if self.ctx.is_locked or self.case_tabs is None:
            return
        form = ReportForm(self.ctx, self)
        form.exec()  # a saved report announces itself (cases_changed, case_opened)
        form.deleteLater()  # what was typed and the evidence files go with it

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.idle, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def focus_search(self) -> None:
        """Ctrl+F: the search box of the part on screen if it has one, else the cases'."""
        holder = self.pages.currentWidget()
        focus = (
            getattr(holder.page, "focus_search", None) if isinstance(holder, PartHolder) else None
        )
        if focus is not None:
            focus()
            return
        if self.case_tabs is None or self.case_list is None:
            return
        self.show_part("cases")
        self.case_tabs.setCurrentIndex(0)
        self.case_list.focus_search()

    def lock(self) -> None:
        if self.stack.currentWidget() is self.lock_screen:
            return
        self._hidden_dialogs = [w for w in self.ctx_top_levels() if w is not self and w.isVisible()]
        for widget in self._hidden_dialogs:
            widget.hide()
        actor = self.ctx.actor
        self.lock_screen.prepare(self.ctx.dossier_path, actor.username, actor.display_name)
        self.ctx.lock()
        self.idle.pause()
        self.stack.setCurrentWidget(self.lock_screen)
        for action in (self.new_report, self.search, self.lock_action, self.settings_action):
            action.setEnabled(False)
        self.lock_screen.password.setFocus()

    def unlock(self, dossier: object) -> None:
        self.ctx.unlock(dossier)  # type: ignore[arg-type]
        self.stack.setCurrentIndex(0)
        for action in (
            self.lock_action,
            self.settings_action,
            *((self.new_report, self.search) if self.case_tabs else ()),
        ):
            action.setEnabled(True)
        for widget in self._hidden_dialogs:
            widget.show()
        self._hidden_dialogs = []
        self.idle.resume()

    # --- helpers ---------------------------------------------------------------------------

    @staticmethod
    def ctx_top_levels() -> list[QWidget]:
        from PySide6.QtWidgets import QApplication

        return list(QApplication.topLevelWidgets())

    def _may(self, permission: Permission) -> bool:
        return allows(self.ctx.actor, permission)

    def _status(self) -> None:
        actor = self.ctx.actor
        school = self.ctx.read(school_info).name
        roles = ", ".join(sorted(self.tr(ROLE_LABELS.get(str(r), str(r))) for r in actor.roles))
        self.statusBar().showMessage(
            self.tr("Aangemeld als {0} ({1}) · {2}").format(actor.display_name, roles, school)
        )

    def _retitle(self, view: CaseViewWidget, title: str) -> None:
        if self.case_tabs is not None:
            index = self.case_tabs.indexOf(view)
            if index >= 0:
                self.case_tabs.setTabText(index, title)

    def _close_tab(self, index: int) -> None:
        if self.case_tabs is not None and index > 0:
            widget = self.case_tabs.widget(index)
            self.case_tabs.removeTab(index)
            widget.deleteLater()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if (handle := self.windowHandle()) is not None:
            self.idle.watch(handle)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.idle.pause()
        self.ctx.lock()
        super().closeEvent(event)
