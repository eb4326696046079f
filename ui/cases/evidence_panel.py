"""The evidence of a case: the files with their SHA-256, a preview of images (read through
the audited service, once per file while the case is open), and adding files by the file
dialog or by dragging them onto the panel."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casemanager.cases.evidence import evidence_content
from casemanager.cases.views import CaseView, EvidenceView
from ui.cases.case_common import apply_action, from_utc, human_size, when
from ui.cases.evidence_dialog import EvidenceDialog
from ui.cases.evidence_files import file_filter
from ui.cases.form_widgets import hint_label, primary
from ui.context import AppContext, Locked
from ui.tasks import Task

EVIDENCE_ROLE = Qt.ItemDataRole.UserRole + 1


class ImagePreview(QLabel):
    """An image scaled to the space it has, keeping its proportions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidencePreview")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(240, 180)
        self.setWordWrap(True)
        self.setStyleSheet(
            "QLabel#evidencePreview { background: #f3f6f9; border: 1px solid #dde3ea;"
            " border-radius: 6px; color: #5b6878; padding: 8px; }"
        )
        self.original = QPixmap()

    def show_image(self, pixmap: QPixmap) -> None:
        self.original = pixmap
        self._fit()

    def show_text(self, text: str) -> None:
        self.original = QPixmap()
        self.clear()
        self.setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self.original.isNull():
            return
        room = self.contentsRect().size() - QSize(4, 4)
        scaled = self.original.scaled(
            room.expandedTo(QSize(16, 16)),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.setPixmap(
            scaled
            if self.original.width() > room.width() or self.original.height() > room.height()
            else self.original
        )


class EvidencePanel(QWidget):
    """``changed`` after evidence was added."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAcceptDrops(True)
        self._view: CaseView | None = None
        self._images: dict[int, QPixmap] = {}  # read once while the case is open
        self._task: Task | None = None
        self.dialog: EvidenceDialog | None = None
        self.add_button = primary(
            QPushButton(self.tr("Bewijs toevoegen…"), objectName="addEvidence")
        )
        self.drop_hint = hint_label(self.tr("U kunt bestanden ook hierheen slepen."))
        self.drop_hint.setWordWrap(False)
        self.list = QListWidget(objectName="evidenceList")
        self.list.setMinimumWidth(260)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setStyleSheet("QListWidget#evidenceList::item { padding: 6px 4px; }")
        self.preview = ImagePreview()
        self.details = QLabel(objectName="evidenceDetails", wordWrap=True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = hint_label(self.tr("Er is nog geen bewijs bij deze zaak."), "evidenceEmpty")

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.details)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        top = QHBoxLayout()
        top.addWidget(self.add_button)
        top.addSpacing(8)
        top.addWidget(self.drop_hint)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        self.add_button.clicked.connect(self.choose_files)
        self.list.currentItemChanged.connect(lambda item, _old: self._show(item))

    def show_case(self, view: CaseView) -> None:
        self._view = view
        apply_action(self.add_button, view.actions, "evidence")
        self.drop_hint.setVisible(self.add_button.isEnabled())
        keep = self.current_evidence.id if self.current_evidence else None
        self.list.blockSignals(True)
        self.list.clear()
        for evidence in view.evidence:
            added = when(from_utc(evidence.added_at))
            item = QListWidgetItem(
                f"{evidence.file_name}\n{human_size(evidence.size_bytes)} · {added}"
            )
            item.setData(EVIDENCE_ROLE, evidence)
            item.setToolTip(evidence.description or evidence.file_name)
            self.list.addItem(item)
            if evidence.id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.empty.setVisible(not view.evidence)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        else:
            self._show(self.list.currentItem())

    @property
    def current_evidence(self) -> EvidenceView | None:
        item = self.list.currentItem()
        return item.data(EVIDENCE_ROLE) if item is not None else None

    # --- showing one file -------------------------------------------------------------------

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.preview.show_text(self.tr("Kies links een bestand."))
            self.details.setText("")
            return
        evidence: EvidenceView = item.data(EVIDENCE_ROLE)
        self.details.setText(self._details(evidence))
        if not evidence.media_type.startswith("image/"):
            self.preview.show_text(
                self.tr("Van dit soort bestand (%s) is geen voorbeeld te zien.")
                % evidence.media_type
            )
            return
        if evidence.id in self._images:
            self._show_image(evidence.id)
            return
        self.preview.show_text(self.tr("Het beeld wordt geladen…"))
        try:
            self._task = self.ctx.run(
                self,
                lambda uow: evidence_content(uow, evidence.id),
                lambda result: self._loaded(evidence.id, result[1]),
            )
        except Locked:
            return

    def _loaded(self, evidence_id: int, content: bytes) -> None:
        self._task = None
        pixmap = QPixmap()
        pixmap.loadFromData(content)
        self._images[evidence_id] = pixmap
        current = self.current_evidence
        if current is not None and current.id == evidence_id:
            self._show_image(evidence_id)

    def _show_image(self, evidence_id: int) -> None:
        pixmap = self._images[evidence_id]
        if pixmap.isNull():
            self.preview.show_text(self.tr("Dit beeld kan niet worden getoond."))
        else:
            self.preview.show_image(pixmap)

    def _details(self, e: EvidenceView) -> str:
        rows = [
            (self.tr("Bestand"), e.file_name),
            (self.tr("Grootte"), f"{human_size(e.size_bytes)} ({e.media_type})"),
            (self.tr("SHA-256"), e.sha256),
            (self.tr("Vastgelegd op"), when(e.captured_at) if e.captured_at else ""),
            (self.tr("Platform"), e.platform),
            (self.tr("Account"), e.account_name),
            (self.tr("Internetadres"), e.url),
            (self.tr("Beschrijving"), e.description),
            (self.tr("Toegevoegd op"), when(from_utc(e.added_at))),
        ]
        cells = "".join(
            f"<tr><td style='color:#5b6878; padding-right:10px'>{escape(k)}</td>"
            f"<td>{escape(v)}</td></tr>"
            for k, v in rows
            if v
        )
        return f"<table>{cells}</table>"

    # --- adding -------------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Bewijs kiezen"), str(Path.home()), file_filter()
        )
        if names:
            self.open_dialog([Path(name) for name in names])

    def open_dialog(self, paths: list[Path]) -> EvidenceDialog | None:
        if self._view is None or not self.add_button.isEnabled():
            return None
        dialog = EvidenceDialog(self.ctx, self._view, self)
        dialog.files.add_paths(paths)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.changed)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.add_button.isEnabled():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        if paths:
            self.open_dialog(paths)
