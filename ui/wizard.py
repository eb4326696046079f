"""First start: create a new dossier or open an existing one. After creating, the recovery
key is shown once, can be saved as a PDF to print, and must be confirmed as stored."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ui import settings
from ui.tasks import error_text, run_task
from ui.unlock import busy_bar

START, NEW, KEY = 0, 1, 2


def password_strength(password: str) -> int:
    """0 (too short) to 3 (strong): length counts most; a sentence of words is strong."""
    if len(password) < 10:
        return 0
    kinds = sum(
        bool(any(test(c) for c in password))
        for test in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum())
    )
    return 1 + (len(password) >= 14) + (kinds >= 3 or len(password) >= 20)


class StartPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Welkom bij Casemanager"))
        self.setSubTitle(self.tr("Er is op deze computer nog geen dossier bekend."))
        self.new = QRadioButton(self.tr("Een nieuw dossier aanmaken voor onze school"))
        self.existing = QRadioButton(self.tr("Een bestaand dossier openen"))
        self.new.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.new)
        layout.addWidget(self.existing)
        layout.addStretch(1)

    def nextId(self) -> int:
        return NEW if self.new.isChecked() else -1


class NewDossierPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Nieuw dossier"))
        self.setSubTitle(self.tr("De school, waar het dossier komt, en de eerste beheerder."))
        self.setCommitPage(True)  # once the dossier exists there is no way back
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Dossier aanmaken"))
        self.dossier: Any = None
        self.recovery_key = ""
        self.folder = QLineEdit(str(Path.home()))
        browse = QPushButton(self.tr("Kiezen…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.file_name = QLineEdit("school.casedb")
        self.school = QLineEdit()
        self.place = QLineEdit()
        self.username = QLineEdit("beheerder")
        self.display_name = QLineEdit()
        self.password = QLineEdit()
        self.repeat = QLineEdit()
        for field in (self.password, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = QLabel()
        self.strength.setObjectName("hint")
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.busy = busy_bar()
        form = QFormLayout(self)
        form.addRow(self.tr("Map"), folder_row)
        form.addRow(self.tr("Bestandsnaam"), self.file_name)
        form.addRow(self.tr("Naam van de school"), self.school)
        form.addRow(self.tr("Plaats"), self.place)
        form.addRow(self.tr("Gebruikersnaam beheerder"), self.username)
        form.addRow(self.tr("Naam beheerder"), self.display_name)
        form.addRow(self.tr("Wachtwoord"), self.password)
        form.addRow(self.tr("Wachtwoord nogmaals"), self.repeat)
        form.addRow("", self.strength)
        form.addRow(self.busy)
        form.addRow(self.message)
        for field in (self.school, self.username, self.password, self.repeat, self.file_name):
            field.textChanged.connect(self._changed)
        self._changed()

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Map voor het dossier"),
                                                  self.folder.text())  # fmt: skip
        if chosen:
            self.folder.setText(chosen)

    def _changed(self) -> None:
        words = (self.tr("te kort (minstens 10 tekens)"), self.tr("redelijk"), self.tr("goed"),
                 self.tr("sterk"))  # fmt: skip
        strength = words[password_strength(self.password.text())]
        self.strength.setText(self.tr("Sterkte van het wachtwoord: {0}").format(strength))
        problem = ""
        if self.repeat.text() and self.repeat.text() != self.password.text():
            problem = self.tr("De twee wachtwoorden zijn niet gelijk.")
        self.message.setText(problem)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(
            self.school.text().strip() and self.username.text().strip()
            and len(self.password.text()) >= 10 and self.password.text() == self.repeat.text()
            and self.dossier is None and not self.busy.isVisible()
        )  # fmt: skip

    def validatePage(self) -> bool:
        if self.dossier is not None:
            return True
        name = self.file_name.text().strip() or "school.casedb"
        if not name.endswith(".casedb"):
            name += ".casedb"
        path = Path(self.folder.text()).expanduser() / name
        values = dict(
            school_name=self.school.text().strip(), place=self.place.text().strip(),
            admin_username=self.username.text().strip(),
            admin_display_name=self.display_name.text().strip(),
            admin_password=self.password.text(),
        )  # fmt: skip
        self.busy.show()
        self.message.clear()
        self.completeChanged.emit()
        run_task(self, lambda: create_dossier(path, values), self._created, on_error=self._failed)
        return False  # the wizard moves on when the dossier exists

    def _created(self, result: tuple[Any, str]) -> None:
        self.busy.hide()
        self.dossier, self.recovery_key = result
        settings.remember_dossier(self.dossier.path, self.dossier.actor.username)
        self.wizard().next()

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        self.message.setText(error_text(error))
        self.completeChanged.emit()

    def nextId(self) -> int:
        return KEY


class RecoveryKeyPage(QWizardPage):
    def __init__(self, new_page: NewDossierPage) -> None:
        super().__init__()
        self.new_page = new_page
        self.setTitle(self.tr("Uw herstelsleutel"))
        self.setSubTitle(
            self.tr("Deze sleutel ziet u maar één keer. Zonder wachtwoord en zonder deze sleutel "
                    "is het dossier voor altijd onleesbaar.")
        )  # fmt: skip
        self.key = QLabel()
        self.key.setObjectName("recoveryKey")
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(15)
        self.key.setFont(font)
        save = QPushButton(self.tr("Opslaan als PDF om af te drukken…"))
        save.clicked.connect(self.save_pdf)
        self.saved = QLabel()
        self.saved.setObjectName("hint")
        self.confirm = QCheckBox(self.tr("Ik heb de herstelsleutel afgedrukt of opgeschreven en "
                                         "veilig opgeborgen."))  # fmt: skip
        self.confirm.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.key)
        layout.addWidget(save, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.saved)
        layout.addStretch(1)
        layout.addWidget(self.confirm)

    def initializePage(self) -> None:
        self.key.setText(self.new_page.recovery_key)

    def isComplete(self) -> bool:
        return self.confirm.isChecked()

    def save_pdf(self) -> None:
        dossier = self.new_page.dossier
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Herstelsleutel opslaan"), str(Path.home() / "herstelsleutel.pdf"),
            self.tr("PDF (*.pdf)"),
        )  # fmt: skip
        if not target or dossier is None:
            return
        from casemanager.atomic import write_atomic
        from casemanager.dutch import long_date
        from reports.pdf_render import render_report_pdf
        from reports.recovery import recovery_key_document

        school = self.new_page.school.text().strip()
        document = recovery_key_document(school, dossier.path.name, self.new_page.recovery_key,
                                         long_date(dt.date.today()))  # fmt: skip
        write_atomic(Path(target), render_report_pdf(document))
        self.saved.setText(self.tr("Opgeslagen in {0}. Druk het bestand af en verwijder het "
                                   "daarna van de computer.").format(target))  # fmt: skip


class FirstStartWizard(QWizard):
    """``dossier`` is the created Dossier (signed in as its beheerder) or None; with
    ``open_existing`` the user chose to open a dossier they already have."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Casemanager — eerste start"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(640, 520)
        self.start = StartPage()
        self.new = NewDossierPage()
        self.key_page = RecoveryKeyPage(self.new)
        self.setPage(START, self.start)
        self.setPage(NEW, self.new)
        self.setPage(KEY, self.key_page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Beginnen"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Volgende"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Vorige"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Stoppen"))

    @property
    def dossier(self) -> Any:
        return self.new.dossier

    @property
    def open_existing(self) -> bool:
        return self.start.existing.isChecked()


def create_dossier(path: Path, values: dict[str, str]) -> tuple[Any, str]:
    """In the worker thread: create (and open) the dossier; returns it and the recovery key."""
    from casemanager.store.dossier import Dossier

    return Dossier.create(path, **values)
