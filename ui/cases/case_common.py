"""How the report form and the case view word and show a case: labels for kinds of person
and roles, buttons that follow a case's ``ActionState``, badges for a violation's flags,
times as the school reads them, and file sizes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QLabel, QWidget

from casemanager.cases.actions import ActionState
from casemanager.texts import Text
from ui import core_text
from ui.core_text import tr
from ui.dates import short_moment

# marked for lupdate; translated where they are shown (kind_label, role_label)
KIND_LABELS = {
    "leerling": QT_TRANSLATE_NOOP("CaseView", "leerling"),
    "ouder": QT_TRANSLATE_NOOP("CaseView", "ouder/verzorger"),
    "medewerker": QT_TRANSLATE_NOOP("CaseView", "medewerker"),
    "overig": QT_TRANSLATE_NOOP("CaseView", "overig"),
}
ROLE_LABELS = {
    "slachtoffer": QT_TRANSLATE_NOOP("CaseView", "slachtoffer"),
    "getuige": QT_TRANSLATE_NOOP("CaseView", "getuige"),
    "melder": QT_TRANSLATE_NOOP("CaseView", "melder"),
    "betrokkene": QT_TRANSLATE_NOOP("CaseView", "betrokkene (mede-dader)"),
    "ouder": QT_TRANSLATE_NOOP("CaseView", "ouder/verzorger"),
    "overig": QT_TRANSLATE_NOOP("CaseView", "overig"),
}
# who decides a measure (Rung.decided_by, Decision.decided_in_role)
DECIDER_LABELS = {
    "teamleider": QT_TRANSLATE_NOOP("CaseView", "teamleider"),
    "hr": QT_TRANSLATE_NOOP("CaseView", "hr"),
    "directie": QT_TRANSLATE_NOOP("CaseView", "directie"),
}
FLAG_COLORS = {  # calm tints with dark text of the same hue (as ui/status_colors.py)
    "pestprotocol": ("#ece4f7", "#472c70"),
    "strafbaar": ("#fbe2d8", "#6e2a0f"),
    "datalek": ("#fcefd4", "#5c3900"),
}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("CaseView", KIND_LABELS.get(str(kind), str(kind)))


def role_label(role: str) -> str:
    return QCoreApplication.translate("CaseView", ROLE_LABELS.get(str(role), str(role)))


def decider_label(role: str) -> str:
    """A role that decides a measure ("directie"), in the application's language."""
    return QCoreApplication.translate("CaseView", DECIDER_LABELS.get(str(role), str(role)))


def sentence(reason: Text | None) -> str:
    """A service's reason fragment ("de zaak is gemeld") as a sentence for a tooltip, in
    the application's language."""
    shown = core_text.text(reason).strip() if reason is not None else ""
    if not shown:
        return ""
    return shown[:1].upper() + shown[1:] + ("" if shown.endswith((".", "?", "!")) else ".")


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
    """'03-11-2025 16:01', in the application's language."""
    return short_moment(moment)


def human_size(size: int) -> str:
    if size < 1024:
        return tr("%d bytes") % size
    if size < 1024 * 1024:
        return tr("%s kB") % f"{size / 1024:.0f}"
    return tr("%s MB") % QLocale().toString(size / 1024 / 1024, "f", 1)
