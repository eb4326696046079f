"""Instellingen: the language of the application (from the next start) and the idle time
after which the dossier locks itself (at once)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui import settings
from ui.lock import IdleWatcher


class SettingsDialog(QDialog):
    def __init__(self, idle: IdleWatcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Instellingen"))
        self.setMinimumWidth(460)
        self.idle = idle
        self.language = QComboBox(objectName="languageChoice")
        # each language in its own words, so that someone who reads only one finds it
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(settings.language()))
        self.minutes = QSpinBox(objectName="idleMinutes")
        self.minutes.setRange(1, 120)
        self.minutes.setSuffix(self.tr(" minuten"))
        self.minutes.setValue(settings.idle_minutes())
        self.restart_note = QLabel(
            self.tr("De nieuwe taal gaat in wanneer u het programma opnieuw start."),
            objectName="hint",
            wordWrap=True,
        )
        self.restart_note.setVisible(False)
        self.language.currentIndexChanged.connect(self._language_changed)

        form = QFormLayout()
        form.addRow(self.tr("Taal"), self.language)
        form.addRow(self.tr("Vergrendelen na"), self.minutes)
        hint = QLabel(
            self.tr(
                "Zonder toetsenbord of muis vergrendelt het dossier zich na deze tijd; "
                "u opent het weer met uw wachtwoord."
            ),
            objectName="hint",
            wordWrap=True,
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Opslaan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.restart_note)
        layout.addWidget(buttons)

    def _language_changed(self) -> None:
        self.restart_note.setVisible(self.language.currentData() != settings.language())

    def accept(self) -> None:
        settings.set_language(str(self.language.currentData()))
        settings.set_idle_minutes(self.minutes.value())
        self.idle.set_minutes(self.minutes.value())
        super().accept()
