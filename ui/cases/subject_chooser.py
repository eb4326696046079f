"""Who the report is about: the person picker, what is known of the chosen person, and
for someone without a team (an outsider) the team whose case it becomes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from casemanager.errors import CaseManagerError
from casemanager.people.registry import PersonRow
from casemanager.people.teams import TeamRow, visible_teams
from casemanager.policy.schema import Policy
from ui.cases.form_widgets import error_label, hint_label
from ui.cases.person_picker import PersonPicker, describe
from ui.context import AppContext, Locked


class SubjectChooser(QWidget):
    """``changed`` when a person was chosen or the choice was undone."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._teams: list[TeamRow] | None = None
        self.picker = PersonPicker(ctx)
        self.info = hint_label("", "chosenPerson")
        self.error = error_label("personError")
        self.team = QComboBox(objectName="teamChoice")
        self.team_label = QLabel(self.tr("Team van de zaak:"))
        team_row = QHBoxLayout()
        team_row.addWidget(self.team_label)
        team_row.addWidget(self.team, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.picker)
        layout.addWidget(self.error)
        layout.addWidget(self.info)
        layout.addLayout(team_row)
        self.team_label.hide()
        self.team.hide()
        self.picker.person_chosen.connect(self._chosen)
        self.picker.person_cleared.connect(self._cleared)

    @property
    def person(self) -> PersonRow | None:
        return self.picker.selected_person

    def team_id(self) -> int | None:
        """The team chosen for a person without one (None: the service decides)."""
        if self.team.isVisibleTo(self):
            return self.team.currentData()
        if self._teams is not None and len(self._teams) == 1:
            return self._teams[0].id
        return None

    def _needs_team(self, row: PersonRow, policy: Policy) -> bool:
        """Someone without a team on the students' ladder, other than a parent (whose
        children's team counts)."""
        kind = str(row.kind)
        return not row.team and kind != "ouder" and policy.ladder_name_for(kind) == "leerling"

    def _chosen(self, _person_id: int) -> None:
        row = self.picker.selected_person
        if row is None:
            return
        self.info.setText(describe(row))
        needs_team = self._needs_team(row, self.ctx.policy)
        if needs_team:
            self._fill_teams()
        self.team.setVisible(needs_team and self.team.count() > 1)
        self.team_label.setVisible(self.team.isVisibleTo(self))
        self.changed.emit()

    def _cleared(self) -> None:
        self.info.setText("")
        self.team.hide()
        self.team_label.hide()
        self.changed.emit()

    def _fill_teams(self) -> None:
        if self._teams is not None:
            return
        try:
            self._teams = self.ctx.lists(visible_teams)
        except (CaseManagerError, Locked):
            self._teams = []
        self.team.clear()
        for team in self._teams:
            self.team.addItem(team.name, team.id)
