"""The application's look: the one style sheet and the one icon set from ``resources/``."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from casemanager.resources import resource_path


@cache
def icon(name: str) -> QIcon:
    """An icon of the set in ``resources/icons`` (``icon("lock")``)."""
    return QIcon(str(resource_path("icons", f"{name}.svg")))


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(resource_path("style", "app.qss").read_text(encoding="utf-8"))
