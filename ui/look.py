"""The application's look: the one style sheet and the one icon set from ``resources/``."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from casemanager.resources import resource_path

INK = "#1f3b5c"  # the colour the icons are drawn in
ON_DARK = "#e8eef5"  # the same icons on the dark navigation bar


@cache
def icon(name: str) -> QIcon:
    """An icon of the set in ``resources/icons`` (``icon("lock")``)."""
    return QIcon(str(resource_path("icons", f"{name}.svg")))


@cache
def navigation_icon(name: str) -> QIcon:
    """Light on the dark bar; the set's own colour on the light, selected item."""
    result = QIcon()
    for colour, mode in ((ON_DARK, QIcon.Mode.Normal), (INK, QIcon.Mode.Selected)):
        for size in (22, 44):  # 44 for screens at 200 %
            result.addPixmap(_drawn(name, colour, size), mode)
    return result


def _drawn(name: str, colour: str, size: int) -> QPixmap:
    svg = resource_path("icons", f"{name}.svg").read_text(encoding="utf-8")
    renderer = QSvgRenderer(QByteArray(svg.replace(INK, colour).encode("utf-8")))
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter)
    painter.end()
    return pixmap


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    sheet = resource_path("style", "app.qss").read_text(encoding="utf-8")
    # url() in a style sheet needs a real path: the icons folder is filled in here
    icons = resource_path("icons").as_posix()
    app.setStyleSheet(sheet.replace("@icons@", icons))
