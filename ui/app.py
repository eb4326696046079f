"""Starting the desktop application: the first-start wizard or the unlock dialog, then the
main window. Heavy parts (the store, the letters) load only once they are needed."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog

from ui import settings, translation
from ui.look import apply_style
from ui.unlock import UnlockDialog
from ui.wizard import FirstStartWizard


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv or sys.argv[:1])
    app.setOrganizationName("casemanager")
    app.setApplicationName("casemanager")
    app.setApplicationDisplayName("Casemanager")
    apply_style(app)
    translation.install(app, settings.language())  # the translators are children of app
    return app


def sign_in(path: Path | None) -> object | None:
    """The opened Dossier, through the wizard (no dossier known) or the unlock dialog."""
    if path is None or not path.exists():
        wizard = FirstStartWizard()
        if not wizard.exec():
            return wizard.dossier  # a dossier made before a late Stoppen is still opened
        if wizard.dossier is not None:
            return wizard.dossier
        path = None  # open an existing one: the unlock dialog asks which
    dialog = UnlockDialog(path)
    if path is None:
        dialog.choose_file()
    return dialog.dossier if dialog.exec() == QDialog.DialogCode.Accepted else None


def run(dossier_path: Path | None = None) -> int:
    app = make_application()
    dossier = sign_in(dossier_path or settings.last_dossier())
    if dossier is None:
        return 0
    from ui.context import AppContext
    from ui.main_window import MainWindow

    window = MainWindow(AppContext(dossier))  # type: ignore[arg-type]
    window.show()
    return app.exec()
