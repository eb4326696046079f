"""Small pieces the report form and the case view share: labels for hints and errors,
buttons that follow a case's ``ActionState``, badges for a violation's flags, times as the
school reads them, and a dialog that saves through a service and keeps its text on error."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from casemanager.cases.actions import ActionState
from casemanager.errors import CaseManagerError
from ui.context import AppContext, Locked
from ui.tasks import Task, show_error

T = TypeVar("T", bound=QWidget)
KIND_LABELS = {
    "leerling": "leerling",
    "ouder": "ouder/verzorger",
    "medewerker": "medewerker",
    "overig": "overig",
}
ROLE_LABELS = {
    "slachtoffer": "slachtoffer",
    "getuige": "getuige",
    "melder": "melder",
    "betrokkene": "betrokkene (mede-dader)",
    "ouder": "ouder/verzorger",
    "overig": "overig",
}
FLAG_COLORS = {  # calm tints with dark text of the same hue (as ui/status_colors.py)
    "pestprotocol": ("#ece4f7", "#472c70"),
    "strafbaar": ("#fbe2d8", "#6e2a0f"),
    "datalek": ("#fcefd4", "#5c3900"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("CaseView", text)


def kind_label(kind: str) -> str:
    return tr(KIND_LABELS.get(str(kind), str(kind)))


def role_label(role: str) -> str:
    return tr(ROLE_LABELS.get(str(role), str(role)))


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


def sentence(reason: str) -> str:
    """A service's reason fragment ("de zaak is gemeld") as a sentence for a tooltip."""
    reason = reason.strip()
    if not reason:
        return ""
    return reason[:1].upper() + reason[1:] + ("" if reason.endswith((".", "?", "!")) else ".")


def apply_action(
    button: QAbstractButton, actions: Iterable[ActionState], name: str, tooltip: str = ""
) -> None:
    """Enable ``button`` as the case allows action ``name``; otherwise say why."""
    state = next((a for a in actions if a.name == name), None)
    if state is None:
        button.setEnabled(False)
        button.setToolTip(tr("Dit kan nu niet."))
    elif state.enabled:
        button.setEnabled(True)
        button.setToolTip(tooltip)
    else:
        button.setEnabled(False)
        button.setToolTip(sentence(state.reason))


def primary(button: QPushButton) -> QPushButton:
    button.setProperty("primary", True)
    return button


def flag_badges(
    *, pestprotocol: bool, strafbaar: bool, datalek: bool, wvsr: Iterable[str] = (), hours: int = 72
) -> list[QLabel]:
    """Badges for the flags of a violation, each with a tooltip that says what follows."""
    articles = ", ".join(wvsr)
    flags = [
        ("pestprotocol", pestprotocol, tr("Pestprotocol"),
         tr("Het pestprotocol van de school is leidend.")),
        ("strafbaar", strafbaar, tr("Mogelijk strafbaar"),
         tr("Mogelijk een strafbaar feit: overweeg aangifte")
         + (f" (art. {articles} Sr)." if articles else ".")),
        ("datalek", datalek, tr("Mogelijk datalek"),
         tr("Persoonsgegevens kunnen zijn gelekt: beoordeel binnen %d uur of het gemeld "
            "moet worden bij de Autoriteit Persoonsgegevens.") % hours),
    ]  # fmt: skip
    badges = []
    for flag, on, text, tip in flags:
        if not on:
            continue
        background, foreground = FLAG_COLORS[flag]
        badge = QLabel(text, objectName="flagBadge", toolTip=tip)
        badge.setProperty("flag", flag)
        badge.setStyleSheet(
            f"background: {background}; color: {foreground}; border-radius: 9px;"
            " padding: 2px 9px; font-weight: bold;"
        )
        badges.append(badge)
    return badges


def badge_box(name: str = "flagBadges") -> tuple[QWidget, QHBoxLayout]:
    """A row to hold flag badges (see ``show_badges``)."""
    box = QWidget(objectName=name)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(6)
    return box, row


def show_badges(row: QHBoxLayout, badges: list[QLabel]) -> None:
    """Replace the badges in ``row``; the row's widget hides when there are none."""
    clear_layout(row)
    for badge in badges:
        row.addWidget(badge)
    row.addStretch(1)
    parent = row.parentWidget()
    if parent is not None:
        parent.setVisible(bool(badges))


def clear_layout(layout: Any) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.setParent(None)  # type: ignore[call-overload]
            widget.deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())


# --- times ------------------------------------------------------------------------------


def from_utc(moment: dt.datetime) -> dt.datetime:
    """A moment the services record as 'now' (kept in UTC; read back without a zone) as
    naive local time. Times the user types (hearings, statements) are already local."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    return aware.astimezone().replace(tzinfo=None)


def when(moment: dt.datetime) -> str:
    """'3-11-2025 16:01'."""
    return f"{moment.day}-{moment.month}-{moment.year} {moment:%H:%M}"


def human_size(size: int) -> str:
    if size < 1024:
        return tr("%d bytes") % size
    if size < 1024 * 1024:
        return tr("%s kB") % f"{size / 1024:.0f}"
    return tr("%s MB") % f"{size / 1024 / 1024:.1f}".replace(".", ",")


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
            set_error(self.error, str(error))
        else:
            show_error(self, error)
