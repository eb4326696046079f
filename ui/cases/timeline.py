"""Entries in time order, each as a small block: when and who in grey, the title in bold,
the text below it, a coloured bar for its kind and a marker on corrections. The case's
timeline, its statements and its notes are all shown this way."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QPainter,
    QPalette,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from casemanager.cases.views import CaseView, TimelineView
from casemanager.texts import Text
from ui import core_text
from ui.cases.case_common import apply_action, from_utc, tr, when
from ui.cases.form_widgets import hint_label

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_COLORS = {
    "melding": "#2d6cb3",
    "status": "#8a96a3",
    "notitie": "#5b6878",
    "verklaring": "#b37a00",
    "bewijs": "#1f7a70",
    "hoorgesprek": "#6a4aa0",
    "besluit": "#2f7d3a",
    "brief": "#3f6f8f",
    "melding_gedaan": "#3f6f8f",
    "bezwaar": "#b3541e",
    "correctie": "#b3261e",
}
PAD = 8
BAR = 4


@dataclass(frozen=True)
class Entry:
    id: int
    when: str
    who: str
    title: str
    text: str
    kind: str
    marker: str = ""  # "Correctie op …" or "Later gecorrigeerd"

    def html(self) -> str:
        meta = " · ".join(escape(p) for p in (self.when, self.who) if p)
        marker = ""
        if self.marker:
            marker = f"<div style='color:#b3261e; font-weight:bold'>{escape(self.marker)}</div>"
        body = escape(self.text).replace("\n", "<br>")
        return (
            f"<div style='color:#5b6878'>{meta}</div>{marker}"
            f"<div style='font-weight:bold; color:#1d2733'>{escape(self.title)}</div>"
            + (f"<div style='color:#1d2733'>{body}</div>" if body else "")
        )

    def plain(self) -> str:
        parts = [f"{self.when} · {self.who}", self.marker, self.title, self.text]
        return "\n".join(p for p in parts if p)


class EntryDelegate(QStyledItemDelegate):
    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def _document(self, entry: Entry, width: int) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(self.view.font())
        document.setHtml(entry.html())
        document.setTextWidth(max(width - 2 * PAD - BAR - 6, 80))
        return document

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        entry: Entry = index.data(ENTRY_ROLE)
        width = self.view.viewport().width()
        document = self._document(entry, width)
        return QSize(width, int(document.size().height()) + 2 * PAD)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        entry: Entry = index.data(ENTRY_ROLE)
        rect = option.rect  # type: ignore[attr-defined]
        painter.save()
        selected = option.state & QStyle.StateFlag.State_Selected  # type: ignore[attr-defined]
        background = option.palette.color(  # type: ignore[attr-defined]
            QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base
        )
        painter.fillRect(rect, QColor("#e3eefa") if selected else background)
        painter.fillRect(
            rect.x() + PAD // 2, rect.y() + PAD // 2, BAR, rect.height() - PAD,
            QColor(KIND_COLORS.get(entry.kind, "#8a96a3")),
        )  # fmt: skip
        painter.setPen(QColor("#e3e8ee"))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        document = self._document(entry, rect.width())
        painter.translate(rect.x() + PAD + BAR + 6, rect.y() + PAD)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = QRectF(0, 0, rect.width(), rect.height())
        document.documentLayout().draw(painter, context)
        painter.restore()


class EntryList(QListWidget):
    """A list of ``Entry`` blocks; ``current_entry`` is the selected one."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setItemDelegate(EntryDelegate(self))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(False)

    def set_entries(self, entries: list[Entry]) -> None:
        keep = self.current_entry.id if self.current_entry else None
        self.clear()
        for entry in entries:
            item = QListWidgetItem(entry.plain())
            item.setData(ENTRY_ROLE, entry)
            self.addItem(item)
            if entry.id == keep:
                self.setCurrentItem(item)

    def entries(self) -> list[Entry]:
        return [self.item(row).data(ENTRY_ROLE) for row in range(self.count())]

    @property
    def current_entry(self) -> Entry | None:
        item = self.currentItem()
        return item.data(ENTRY_ROLE) if item is not None else None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.doItemsLayout()  # the blocks' heights depend on the width


def timeline_entries(view: CaseView) -> list[Entry]:
    """The case's timeline, oldest first, with corrections marked both ways."""
    by_id = {t.id: t for t in view.timeline}
    corrected = {t.corrects_id: t for t in view.timeline if t.corrects_id is not None}
    return [_entry(t, by_id, corrected) for t in view.timeline]


def _entry(
    t: TimelineView, by_id: dict[int, TimelineView], corrected: dict[int, TimelineView]
) -> Entry:
    marker = ""
    if t.corrects_id is not None:
        earlier = by_id.get(t.corrects_id)
        what = ""
        if earlier is not None:
            what = tr("'%s' van %s") % (worded(earlier.title), when(from_utc(earlier.at)))
        marker = tr("Correctie op %s") % what if what else tr("Correctie")
    elif t.kind == "correctie":
        marker = tr("Correctie")
    elif t.id in corrected:
        marker = tr("Later gecorrigeerd op %s") % when(from_utc(corrected[t.id].at))
    title, text = worded(t.title), worded(t.text)
    return Entry(t.id, when(from_utc(t.at)), t.by, title, text, t.kind, marker)


def worded(value: str | Text | tuple[Text, ...]) -> str:
    """An entry's title or text in the application's language: the application's Texts
    translated (a tuple one line each), what a person typed (a str) exactly as typed."""
    if isinstance(value, str):
        return value
    if isinstance(value, Text):
        return core_text.text(value)
    return "\n".join(core_text.text(line) for line in value)


class TimelinePanel(QWidget):
    """The whole timeline; a correction of the selected entry is a new note
    (``correct_requested(entry_id, title)``), never a change of the entry itself."""

    correct_requested = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = EntryList("timelineList")
        self.explain = hint_label(
            tr("Alles wat er in deze zaak is gebeurd, het oudste bovenaan. Niets wordt "
               "overschreven: een correctie is een nieuwe regel."),
            "timelineHint",
        )  # fmt: skip
        self.correct_button = QPushButton(tr("Correctie toevoegen…"), objectName="correctEntry")
        self.correct_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.explain, 1)
        row.addWidget(self.correct_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        self.list.currentItemChanged.connect(lambda *_: self._update_button())
        self.correct_button.clicked.connect(self._correct)
        self._note_allowed = False

    def show_case(self, view: CaseView) -> None:
        first = self.list.count() == 0
        self.list.set_entries(timeline_entries(view))
        if first and self.list.count():
            self.list.scrollToBottom()
        apply_action(self.correct_button, view.actions, "note")
        self._note_allowed = self.correct_button.isEnabled()
        self._update_button()

    def _update_button(self) -> None:
        entry = self.list.current_entry
        allowed = self._note_allowed and entry is not None
        self.correct_button.setEnabled(allowed)
        if self._note_allowed and entry is None:
            self.correct_button.setToolTip(tr("Kies eerst de regel die u wilt corrigeren."))
        elif self._note_allowed:
            self.correct_button.setToolTip("")

    def _correct(self) -> None:
        entry = self.list.current_entry
        if entry is not None:
            self.correct_requested.emit(entry.id, entry.title)
