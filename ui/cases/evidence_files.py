"""Evidence files chosen on this computer, before they go into the dossier: added with a
file dialog or by dragging them in, each checked at once (a folder, an empty file or one
over the limit is refused with a message next to the list) and read with its SHA-256."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent, QIcon, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casemanager.cases.evidence import MAX_EVIDENCE_BYTES, read_evidence_file
from casemanager.errors import CaseManagerError
from ui import core_text
from ui.cases.case_common import human_size
from ui.cases.form_widgets import compact, error_label, hint_label, restyle, set_error

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp"}


def file_filter() -> str:
    """The file dialog's choice of file kinds, translated."""
    return QCoreApplication.translate(
        "evidence",
        "Afbeeldingen (*.png *.jpg *.jpeg *.gif *.webp *.heic *.bmp);;Alle bestanden (*)",
    )


@dataclass(frozen=True)
class ChosenFile:
    path: Path
    name: str
    size: int
    sha256: str
    content: bytes


class EvidenceFileList(QWidget):
    """``changed`` when a file was added or removed, ``refused(message)`` when a file could
    not be added; ``files()`` gives them in order."""

    changed = Signal()
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceFiles")
        self.setAcceptDrops(True)
        self._files: list[ChosenFile] = []
        limit = MAX_EVIDENCE_BYTES // 1024 // 1024
        self.drop_hint = hint_label(
            self.tr("Sleep screenshots hierheen of kies 'Bestanden toevoegen…' (tot %d MB).")
            % limit,
            "evidenceDropHint",
        )
        self.list = compact(QListWidget)(objectName="evidenceFileList")
        self.list.setIconSize(QSize(40, 40))
        self.list.setMinimumHeight(48)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.add_button = QPushButton(self.tr("Bestanden toevoegen…"), objectName="addFiles")
        self.remove_button = QPushButton(self.tr("Weghalen"), objectName="removeFiles")
        self.remove_button.setEnabled(False)
        self.error = error_label("evidenceError")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.drop_hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.list.selectedItems()))
        )

    def files(self) -> list[ChosenFile]:
        return list(self._files)

    # --- adding -------------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Bewijs kiezen"), str(Path.home()), file_filter()
        )
        if names:
            self.add_paths([Path(name) for name in names])

    def add_paths(self, paths: list[Path]) -> list[str]:
        """Add what can be evidence; the problems with the others are shown (and returned)."""
        problems: list[str] = []
        known = {f.sha256 for f in self._files}
        for path in paths:
            try:
                content = read_evidence_file(path)
            except CaseManagerError as error:
                problems.append(core_text.message(error))
                continue
            except OSError as error:
                problems.append(
                    self.tr("Het bestand %s kon niet worden gelezen (%s).")
                    % (path.name, error.strerror or error)
                )
                continue
            digest = hashlib.sha256(content).hexdigest()
            if digest in known:
                problems.append(self.tr("%s staat al in de lijst (zelfde inhoud).") % path.name)
                continue
            known.add(digest)
            chosen = ChosenFile(path, path.name, len(content), digest, content)
            self._files.append(chosen)
            self.list.addItem(self._item(chosen))
        set_error(self.error, "\n".join(problems), self.list)
        if len(problems) < len(paths):
            self.changed.emit()
        if problems:
            self.refused.emit(self.error.text())
        return problems

    def remove_selected(self) -> None:
        rows = sorted((self.list.row(item) for item in self.list.selectedItems()), reverse=True)
        for row in rows:
            self.list.takeItem(row)
            del self._files[row]
        set_error(self.error, "", self.list)
        self.changed.emit()

    def _item(self, chosen: ChosenFile) -> QListWidgetItem:
        item = QListWidgetItem(f"{chosen.name}  ·  {human_size(chosen.size)}")
        item.setToolTip(f"{chosen.path}\nSHA-256: {chosen.sha256}")
        if chosen.path.suffix.lower() in IMAGE_SUFFIXES:
            pixmap = QPixmap()
            if pixmap.loadFromData(chosen.content):
                item.setIcon(QIcon(pixmap.scaled(40, 40, Qt.AspectRatioMode.KeepAspectRatio)))
        return item

    # --- dragging files in ----------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
            self._highlight(True)
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._highlight(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._highlight(False)
        urls = event.mimeData().urls()
        local = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
        event.acceptProposedAction()
        problems = self.add_paths(local) if local else []
        if len(local) < len(urls):
            problems.append(
                self.tr(
                    "Alleen bestanden van deze computer kunnen bewijs zijn, geen internetadressen. "
                    "Sla het eerst op (bijvoorbeeld als screenshot) en sleep dat bestand hierheen."
                )
            )
            set_error(self.error, "\n".join(problems), self.list)
            self.refused.emit(self.error.text())

    def _highlight(self, on: bool) -> None:
        self.list.setProperty("dropTarget", on)
        self.list.setStyleSheet("QListWidget { border: 2px dashed #2d6cb3; }" if on else "")
        restyle(self.list)
