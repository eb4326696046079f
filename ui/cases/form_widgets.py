"""Building blocks for the report form and the case view's dialogs: labels for hints and
errors under a field, inputs that ask only for their minimum height, the primary button,
and a dialog that saves through a service and keeps its text on error."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget

from casemanager.errors import CaseManagerError
from ui import core_text
from ui.context import AppContext, Locked
from ui.tasks import Task, show_error

T = TypeVar("T", bound=QWidget)


class WrapLabel(QLabel):
    """A wrapping label that asks its layout for the height its text needs at its width,
    also where the layout does not ask for height-for-width (the report form's columns)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        height = self.heightForWidth(self.width()) if self.text() else 0
        if height > 0 and height != self.minimumHeight():
            self.setMinimumHeight(height)


_compact: dict[type, type] = {}


def compact(cls: type[T]) -> type[T]:
    """``cls`` (a list or text box) asking only for its minimum height: it still grows
    with the window, but a scroll area around it no longer scrolls for its default height."""
    if cls not in _compact:

        def size_hint(self: QWidget) -> QSize:
            return QSize(cls.sizeHint(self).width(), self.minimumHeight())  # type: ignore[attr-defined]

        _compact[cls] = type(f"Compact{cls.__name__}", (cls,), {"sizeHint": size_hint})
    return _compact[cls]


def hint_label(text: str = "", name: str = "") -> QLabel:
    """A grey, wrapping explanation (the style sheet's role "hint")."""
    label = WrapLabel(text)
    label.setProperty("role", "hint")
    if name:
        label.setObjectName(name)
    return label


def error_label(name: str = "fieldError") -> QLabel:
    """A red message under a field; hidden while it has no text."""
    label = WrapLabel()
    label.setObjectName(name)
    label.setProperty("role", "error")
    label.setStyleSheet("color: #b3261e;")
    label.hide()
    return label


def restyle(*widgets: QWidget) -> None:
    """Apply the style sheet again after a dynamic property changed."""
    for widget in widgets:
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def set_error(label: QLabel, text: str, field: QWidget | None = None) -> None:
    """Show ``text`` in ``label`` (or hide it when empty) and mark ``field`` invalid."""
    label.setText(text)
    label.setVisible(bool(text))
    if field is not None and bool(field.property("invalid")) != bool(text):
        field.setProperty("invalid", bool(text))
        restyle(field)


def primary(button: QPushButton) -> QPushButton:
    button.setProperty("primary", True)
    return button


# --- a dialog that saves through a service ------------------------------------------------


class ServiceDialog(QDialog):
    """A dialog whose OK button runs a service off the UI thread. It closes when the
    service succeeded; a refusal is shown inside the dialog, so nothing typed is lost."""

    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setMinimumWidth(520)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        primary(self.ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.error = error_label("dialogError")
        self.task: Task | None = None

    def set_texts(self, title: str, accept: str) -> None:
        self.setWindowTitle(title)
        self.ok.setText(accept)

    def work(self) -> Callable[[Any], Any] | None:
        """The service call to make with what was typed (None: nothing to do yet).
        Every dialog built on this one defines it; the base has no service of its own."""
        raise NotImplementedError(f"{type(self).__name__} does not say what to save")

    def is_valid(self) -> bool:
        return True

    def update_ok(self) -> None:
        self.ok.setEnabled(self.task is None and self.is_valid())

    def submit(self) -> None:
        fn = self.work() if self.is_valid() and self.task is None else None
        if fn is None:
            return
        set_error(self.error, "")
        try:
            self.task = self.ctx.run(self, fn, self._done, on_error=self._failed)
        except Locked:
            return
        self.update_ok()

    def _done(self, _result: object) -> None:
        self.task = None
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self.update_ok()
        if isinstance(error, CaseManagerError):
            set_error(self.error, core_text.message(error))
        else:
            show_error(self, error)
