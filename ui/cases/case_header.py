"""The top of a case: its number and subject, the status as a coloured pill, and the facts
a reader needs first (person, class and team, violation, severity, owner, when and where)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from casemanager.cases.views import CaseView
from casemanager.policy.schema import Policy
from ui import core_text
from ui.cases.case_common import (
    apply_action,
    badge_box,
    flag_badges,
    from_utc,
    kind_label,
    show_badges,
    when,
)
from ui.cases.form_widgets import restyle
from ui.dates import long_date_with_weekday
from ui.status_colors import severity_label, status_colors, status_label


class CaseHeader(QFrame):
    """``investigate_requested`` when the user starts the investigation."""

    investigate_requested = Signal()

    def __init__(self, parent: QFrame | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseHeader")
        self.setStyleSheet(
            "QFrame#caseHeader { background: #ffffff; border-bottom: 1px solid #dde3ea; }"
            ' QLabel[role="key"] { color: #5b6878; }'
        )
        self.number = QLabel(objectName="caseNumber")
        self.number.setStyleSheet("font-size: 15pt; font-weight: bold; color: #1f3b5c;")
        self.subject = QLabel(objectName="caseSubject", wordWrap=True)
        self.subject.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.pill = QLabel(objectName="statusPill")
        self.pill.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.investigate_button = QPushButton(
            self.tr("Onderzoek starten"), objectName="startInvestigation"
        )
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        fields = (
            ("person", self.tr("Persoon")),
            ("class", self.tr("Klas en team")),
            ("owner", self.tr("Eigenaar")),
            ("violation", self.tr("Overtreding")),
            ("severity", self.tr("Ernst")),
            ("incident", self.tr("Incident")),
        )
        for index, (name, text) in enumerate(fields):
            key = QLabel(text)
            key.setProperty("role", "key")
            value = QLabel(objectName=f"header_{name}", wordWrap=True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[name] = value
            row, column = divmod(index, 3)
            grid.addWidget(key, row, column * 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, column * 2 + 1, Qt.AlignmentFlag.AlignTop)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        self.badge_widget, self.badges = badge_box("caseFlags")

        top = QHBoxLayout()
        top.addWidget(self.number)
        top.addSpacing(8)
        top.addWidget(self.pill)
        top.addSpacing(8)
        top.addWidget(self.subject, 1)
        top.addWidget(self.investigate_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.badge_widget)
        self.investigate_button.clicked.connect(self.investigate_requested)

    def show_case(self, view: CaseView, policy: Policy) -> None:
        self.number.setText(view.number)
        self.subject.setText(view.subject)
        self.pill.setText(status_label(view.status))
        self.pill.setProperty("status", view.status)
        colors = status_colors(view.status)
        self.pill.setStyleSheet(
            f"QLabel#statusPill {{ background: {colors.background}; color: {colors.foreground};"
            " border-radius: 10px; padding: 3px 10px; font-weight: bold; }"
        )
        restyle(self.pill)
        person = f"{view.person_name} ({kind_label(view.person_kind)})"
        klass = " · ".join(p for p in (view.class_name, view.team) if p) or "—"
        violations = "<br>".join(
            f"{escape(core_text.term(v.title))} "
            f"<span style='color:#5b6878'>({escape(core_text.term(v.article) or v.code)})</span>"
            for v in view.violations
        )
        incident = long_date_with_weekday(view.incident_date)
        if view.incident_time is not None:
            incident += f", {view.incident_time:%H:%M}"
        extra = " · ".join(p for p in (view.place, view.platform) if p)
        opened = self.tr("gemeld op %s") % when(from_utc(view.opened_at))
        values = {
            "person": escape(person),
            "class": escape(klass),
            "owner": escape(view.owner),
            "violation": violations or "—",
            "severity": escape(severity_label(view.severity)),
            "incident": escape(incident)
            + (f"<br>{escape(extra)}" if extra else "")
            + f"<br><span style='color:#5b6878'>{escape(opened)}</span>",
        }
        for name, text in values.items():
            self.values[name].setText(text)
        show_badges(
            self.badges,
            flag_badges(
                pestprotocol=any(v.pestprotocol for v in view.violations),
                strafbaar=any(v.strafbaar for v in view.violations),
                datalek=any(v.datalek for v in view.violations),
                wvsr=sorted(
                    {
                        a
                        for v in view.violations
                        if policy.has_violation(v.code)
                        for a in policy.violation(v.code).wvsr
                    }
                ),
                hours=policy.terms.dataleak_hours,
            ),
        )
        apply_action(self.investigate_button, view.actions, "investigate")
        self.investigate_button.setVisible(view.status in ("gemeld", "heropend"))
