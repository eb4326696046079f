"""Adding evidence to a case: the files (checked at once) and what is known about them
(when it was captured, where online, which account), stored together in one unit of work."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from casemanager.cases.evidence import add_evidence
from casemanager.cases.views import CaseView
from ui.cases.entry_dialogs import moment_edit
from ui.cases.evidence_files import EvidenceFileList
from ui.cases.form_widgets import ServiceDialog, hint_label
from ui.context import AppContext


class EvidenceDialog(ServiceDialog):
    def __init__(self, ctx: AppContext, view: CaseView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_texts(self.tr("Bewijs toevoegen aan zaak %s") % view.number, self.tr("Toevoegen"))
        self.setObjectName("evidenceDialog")
        self.resize(640, 560)
        self.case_id = view.id
        self.files = EvidenceFileList()
        self.captured_known = QCheckBox(self.tr("bekend:"), objectName="capturedKnown")
        now = dt.datetime.now().replace(second=0, microsecond=0)
        self.captured_at = moment_edit(now, "capturedAt")
        self.captured_at.setEnabled(False)
        self.platform = QLineEdit(view.platform, objectName="evidencePlatform")
        self.platform.setMaxLength(100)
        self.url = QLineEdit(objectName="evidenceUrl")
        self.url.setMaxLength(2000)
        self.url.setPlaceholderText(self.tr("https://… (niet verplicht)"))
        self.account = QLineEdit(objectName="evidenceAccount")
        self.account.setMaxLength(100)
        self.account.setPlaceholderText(self.tr("bijv. @gebruikersnaam (niet verplicht)"))
        self.description = QLineEdit(objectName="evidenceDescription")
        self.description.setMaxLength(2000)
        self.description.setPlaceholderText(self.tr("bijv. screenshot aangeleverd door de melder"))
        captured = QHBoxLayout()
        captured.addWidget(self.captured_known)
        captured.addWidget(self.captured_at)
        captured.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Vastgelegd op"), captured)
        form.addRow(self.tr("Platform"), self.platform)
        form.addRow(self.tr("Internetadres"), self.url)
        form.addRow(self.tr("Account"), self.account)
        form.addRow(self.tr("Beschrijving"), self.description)
        layout = QVBoxLayout(self)
        layout.addWidget(self.files, 1)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Wat u hieronder invult geldt voor alle bestanden hierboven. Het bestand "
                    "wordt versleuteld in het dossier bewaard, met een vingerafdruk (SHA-256) "
                    "waaraan te zien is dat het niet veranderd is."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.captured_known.toggled.connect(self.captured_at.setEnabled)
        self.files.changed.connect(self.update_ok)
        self.update_ok()

    def is_valid(self) -> bool:
        return bool(self.files.files())

    def work(self) -> Any:
        case_id, files = self.case_id, self.files.files()
        captured = (
            self.captured_at.dateTime().toPython() if self.captured_known.isChecked() else None
        )
        details = {
            "captured_at": captured,
            "url": self.url.text(),
            "platform": self.platform.text(),
            "account_name": self.account.text(),
            "description": self.description.text(),
        }

        def store(uow: Any) -> list[int]:
            return [add_evidence(uow, case_id, f.name, f.content, **details) for f in files]

        return store
