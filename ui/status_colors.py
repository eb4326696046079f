"""One colour per case status, for every screen that shows one: the case list's status
cell, the status pill in the case view, the Te doen list.

Calm tints with dark text of the same hue, so that the status reads from its word first and
its colour second (never colour alone). Every pair keeps a contrast of at least 7:1 (WCAG
AAA for normal text); ``tests/test_ui_case_list.py`` checks that. The QSS
(``QLabel#statusPill[status="gemeld"]``) uses the same values.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from casemanager.cases.common import STATUS_LABELS
from models.cases import CaseStatus, Severity


@dataclass(frozen=True)
class StatusColors:
    background: str  # "#rrggbb"
    foreground: str

    @property
    def qbackground(self) -> QColor:
        return QColor(self.background)

    @property
    def qforeground(self) -> QColor:
        return QColor(self.foreground)


STATUS_COLORS: dict[CaseStatus, StatusColors] = {
    # new work: blue
    CaseStatus.GEMELD: StatusColors("#e1ecf9", "#143f70"),
    CaseStatus.HEROPEND: StatusColors("#f9e2ec", "#6f1d41"),
    # being looked into: amber, then violet for the hearing
    CaseStatus.ONDERZOEK: StatusColors("#fcefd4", "#5c3900"),
    CaseStatus.HOORGESPREK: StatusColors("#ece4f7", "#472c70"),
    # decided and made known: teal, then green
    CaseStatus.BESLUIT: StatusColors("#dbf0ed", "#0f4a44"),
    CaseStatus.BEKENDGEMAAKT: StatusColors("#e0f2e2", "#1c4d24"),
    # an objection needs attention: warm orange
    CaseStatus.BEZWAAR: StatusColors("#fbe2d8", "#6e2a0f"),
    # finished: neutral greys
    CaseStatus.AFGESLOTEN: StatusColors("#e9ecef", "#363d45"),
    CaseStatus.GESEPONEERD: StatusColors("#f0f0f0", "#45494e"),
}


def status_colors(status: CaseStatus | str) -> StatusColors:
    return STATUS_COLORS[CaseStatus(status)]


def status_label(status: CaseStatus | str) -> str:
    """The status as the screens write it ("in onderzoek"), through Qt's translation."""
    text = STATUS_LABELS[CaseStatus(status)]
    return QCoreApplication.translate("CaseStatus", text)


def relative_luminance(color: str) -> float:
    """WCAG 2 relative luminance of "#rrggbb"."""
    channels = [int(color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two "#rrggbb" colours (1 to 21)."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


# The core's words for statuses and severities, marked here so that lupdate collects them
# (tests/test_ui_translation.py checks that every one is listed).
STATUS_TEXTS = (
    QT_TRANSLATE_NOOP("CaseStatus", "gemeld"),
    QT_TRANSLATE_NOOP("CaseStatus", "in onderzoek"),
    QT_TRANSLATE_NOOP("CaseStatus", "hoorgesprek"),
    QT_TRANSLATE_NOOP("CaseStatus", "besluit genomen"),
    QT_TRANSLATE_NOOP("CaseStatus", "bekendgemaakt"),
    QT_TRANSLATE_NOOP("CaseStatus", "in bezwaar"),
    QT_TRANSLATE_NOOP("CaseStatus", "afgesloten"),
    QT_TRANSLATE_NOOP("CaseStatus", "geseponeerd"),
    QT_TRANSLATE_NOOP("CaseStatus", "heropend"),
)
SEVERITY_TEXTS = (
    QT_TRANSLATE_NOOP("Severity", "licht"),
    QT_TRANSLATE_NOOP("Severity", "middel"),
    QT_TRANSLATE_NOOP("Severity", "zwaar"),
    QT_TRANSLATE_NOOP("Severity", "ernstig"),
)


def severity_label(severity: Severity | str) -> str:
    """A severity as the screens write it, through Qt's translation."""
    return QCoreApplication.translate("Severity", str(Severity(severity)))
