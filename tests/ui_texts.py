"""What a screen shows as text, and whether any of it is one of the application's own Dutch
texts: the tests of the English screens use these."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

ROWS = 40  # rows of each list read; the columns repeat their kind of text
PLACEHOLDER = re.compile(r"%n|%\d|%s|%d|\{[a-z_]+\}")
WORD = re.compile(r"[^\W\d_]{2,}")


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a user can see on ``root`` and its visible children,
    tooltips included (a disabled button's tooltip says why)."""
    yield "window title", root.windowTitle()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        where = type(widget).__name__
        yield f"{where} tooltip", widget.toolTip()
        if isinstance(widget, QLabel):
            yield where, plain(widget.text())
        elif isinstance(widget, QAbstractButton):
            yield where, widget.text().replace("&", "")
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield where, widget.tabText(index).replace("&", "")
                yield f"{where} tooltip", widget.tabToolTip(index)
        elif isinstance(widget, QLineEdit):
            yield f"{where} placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield where, widget.itemText(index)
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)) and widget.isReadOnly():
            yield where, widget.toPlainText()
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            yield from _model_texts(widget, where)


def _model_texts(view: QAbstractItemView, where: str) -> Iterator[tuple[str, str]]:
    model = view.model()

    def columns(parent: QModelIndex) -> int:
        try:
            return model.columnCount(parent)
        except TypeError:  # a list model keeps columnCount to itself: one column
            return 1

    for column in range(columns(QModelIndex())):
        yield f"{where} header", str(model.headerData(column, Qt.Orientation.Horizontal) or "")

    def rows(parent: QModelIndex, depth: int) -> Iterator[tuple[str, str]]:
        for row in range(min(model.rowCount(parent), ROWS)):
            for column in range(columns(parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        yield where, plain(value)
            first = model.index(row, 0, parent)
            if depth < 2 and columns(first) and model.rowCount(first):
                yield from rows(first, depth + 1)

    yield from rows(QModelIndex(), 0)


def plain(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", text))


@dataclass
class DutchTexts:
    """The application's Dutch texts that have a different English: the catalogue's
    sources (screens and core sentences) and the policy's texts with an English."""

    exact: set[str] = field(default_factory=set)
    inside: list[str] = field(default_factory=list)  # long enough to look for within a text
    patterns: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)

    @classmethod
    def load(cls, catalogue: Path, policy_english: Mapping[str, str]) -> DutchTexts:
        known = cls()
        for message in ElementTree.parse(catalogue).getroot().iter("message"):
            source = message.findtext("source") or ""
            english = message.findtext("translation") or ""
            if source and english and english != source:
                known.add(source)
        for dutch, english in policy_english.items():
            if english != dutch:
                known.add(dutch)
        return known

    def add(self, source: str) -> None:
        if PLACEHOLDER.search(source):
            fixed = PLACEHOLDER.split(source)
            # only a template with words of its own can be recognised within a text
            if len(WORD.findall(" ".join(fixed))) >= 3:
                pattern = "[^\n]+?".join(re.escape(part) for part in fixed)
                self.patterns.append((source, re.compile(pattern)))
            return
        text = source.replace("&", "").strip()
        self.exact.add(text)
        if len(text.split()) >= 3:
            self.inside.append(text)

    def found_in(self, shown: str) -> str | None:
        """The Dutch text ``shown`` is (or holds), or None."""
        text = " ".join(shown.replace("&", "").split())
        if not text:
            return None
        if text in self.exact or text.rstrip(":") in self.exact:
            return text
        for source in self.inside:
            if source in text:
                return source
        for source, pattern in self.patterns:
            if pattern.search(text):
                return source
        return None
