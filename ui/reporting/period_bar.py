"""The choices above the figures of Rapportage: a period and a team.

A period is a preset (this school year, the previous one, the last 12 months) or the two
dates the user sets; changing a date makes it "Andere periode". A Dutch school year runs
from 1 August up to and including 31 July (``statistics.school_year``). The bar only says
that the choice changed (after a short pause while dates are being typed); the page loads.
"""

from __future__ import annotations

import datetime as dt
import enum

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from casemanager.cases.statistics import school_year
from casemanager.people.teams import TeamRow
from ui import dates

TYPING_PAUSE_MS = 400


class Preset(enum.Enum):
    THIS_YEAR = "dit schooljaar"
    LAST_YEAR = "vorig schooljaar"
    LAST_12_MONTHS = "laatste 12 maanden"
    CUSTOM = "andere periode"


def preset_period(preset: Preset, today: dt.date) -> tuple[dt.date, dt.date]:
    """The dates of a preset (not of CUSTOM). The last 12 months are whole months: from the
    first day of the month eleven months ago up to and including today."""
    if preset is Preset.THIS_YEAR:
        return school_year(today)
    if preset is Preset.LAST_YEAR:
        return school_year(dt.date(today.year - 1, today.month, 1))
    if preset is Preset.LAST_12_MONTHS:
        months = today.year * 12 + today.month - 1 - 11
        return dt.date(months // 12, months % 12 + 1, 1), today
    raise ValueError("a custom period has no preset dates")


class PeriodBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportingPeriod")
        self.preset = QComboBox()
        self.preset.setObjectName("reportingPreset")
        self.preset.setAccessibleName(self.tr("Periode"))
        for preset, text in (
            (Preset.THIS_YEAR, self.tr("Dit schooljaar")),
            (Preset.LAST_YEAR, self.tr("Vorig schooljaar")),
            (Preset.LAST_12_MONTHS, self.tr("Laatste 12 maanden")),
            (Preset.CUSTOM, self.tr("Andere periode")),
        ):
            self.preset.addItem(text, preset)
        self.date_from = self._date_edit(self.tr("Van (datum van het incident)"))
        self.date_to = self._date_edit(self.tr("Tot en met"))
        self.team = QComboBox()
        self.team.setObjectName("reportingTeam")
        self.team.setAccessibleName(self.tr("Team"))
        self.team.setMinimumContentsLength(16)
        self.team.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.team.addItem(self.tr("Alle teams"), None)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(QLabel(self.tr("Periode")))
        layout.addWidget(self.preset)
        layout.addSpacing(6)
        layout.addWidget(self.date_from)
        layout.addWidget(QLabel(self.tr("t/m")))
        layout.addWidget(self.date_to)
        layout.addSpacing(18)
        layout.addWidget(QLabel(self.tr("Team")))
        layout.addWidget(self.team)
        layout.addStretch(1)

        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.changed)
        self._set_dates(*preset_period(Preset.THIS_YEAR, self.today()))
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.team.currentIndexChanged.connect(lambda _index: self.changed.emit())

    @staticmethod
    def today() -> dt.date:
        return dt.date.today()

    # --- the choice ---------------------------------------------------------------------------

    def period(self) -> tuple[dt.date, dt.date]:
        return self.date_from.date().toPython(), self.date_to.date().toPython()  # type: ignore[return-value]

    def team_id(self) -> int | None:
        value = self.team.currentData()
        return int(value) if value is not None else None

    def choose(self, preset: Preset) -> None:
        self.preset.setCurrentIndex(self.preset.findData(preset))

    def set_period(self, date_from: dt.date, date_to: dt.date) -> None:
        """Set the dates of an "Andere periode"; says changed at once."""
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData(Preset.CUSTOM))
        self.preset.blockSignals(False)
        self._set_dates(date_from, date_to)
        self._pause.stop()
        self.changed.emit()

    def set_teams(self, teams: list[TeamRow]) -> None:
        """The teams to choose from, after "Alle teams"; keeps the chosen team if still there."""
        keep = self.team_id()
        self.team.blockSignals(True)
        while self.team.count() > 1:
            self.team.removeItem(1)
        for team in teams:
            self.team.addItem(team.name, team.id)
        index = self.team.findData(keep) if keep is not None else 0
        self.team.setCurrentIndex(max(index, 0))
        self.team.blockSignals(False)
        if keep is not None and index < 0:
            self.changed.emit()

    # --- widgets ------------------------------------------------------------------------------

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(dates.edit_format())
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setMinimumWidth(110)
        edit.dateChanged.connect(self._date_typed)
        return edit

    def _set_dates(self, date_from: dt.date, date_to: dt.date) -> None:
        for edit, day in ((self.date_from, date_from), (self.date_to, date_to)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _preset_chosen(self, _index: int) -> None:
        preset = self.preset.currentData()
        if preset is Preset.CUSTOM:
            self.date_from.setFocus()
            return  # the dates stay as they are until the user changes one
        self._set_dates(*preset_period(preset, self.today()))
        self._pause.stop()
        self.changed.emit()

    def _date_typed(self) -> None:
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData(Preset.CUSTOM))
        self.preset.blockSignals(False)
        self._pause.start()
