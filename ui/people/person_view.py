"""One person on one screen: who they are, their guardians or children, and their whole
history of cases and measures; and the inzage export (AVG art. 15) of everything the
dossier holds about them.

Reading the details and the history are audited reads (the services write the entries).
A case in the history opens in the Zaken part (``ctx.case_opened``), for roles that work
with cases; a guardian or child opens in this view (``person_requested``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from casemanager.cases.inzage import export_person
from casemanager.cases.person_history import person_history
from casemanager.errors import CaseManagerError
from casemanager.people.details import PersonDetails, person_details
from casemanager.permissions import Permission, allows
from ui import core_text, settings
from ui.cases.case_common import kind_label
from ui.context import AppContext, Locked
from ui.dates import short_date
from ui.look import icon
from ui.people.person_sections import DetailsBox, HistoryBox, RelativesBox
from ui.tasks import show_error


class PersonView(QWidget):
    """``back_requested`` from the back button (or Alt+Left); ``person_requested(id)``
    for a guardian or child the user opens from here."""

    back_requested = Signal()
    person_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personView")
        self.ctx = ctx
        self.person: PersonDetails | None = None
        self.exported: tuple[Path, Path] | None = None
        self._works_cases = allows(ctx.actor, Permission.WORK_CASES)

        self.back_button = QPushButton(icon("back"), self.tr("Alle personen"))
        self.back_button.setObjectName("personBack")
        self.back_button.setToolTip(self.tr("Terug naar de lijst (Alt+Links)"))
        self.back_button.clicked.connect(self.back_requested)
        self.name_label = QLabel(objectName="pageTitle")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QLabel(objectName="personSummary")
        self.summary.setProperty("role", "hint")
        self.left_badge = QLabel(objectName="leftBadge")
        self.left_badge.setStyleSheet(
            "background: #e9ecef; color: #363d45; border-radius: 9px; padding: 2px 9px;"
            " font-weight: bold;"
        )
        self.inzage_button = QPushButton(icon("pdf"), self.tr("Inzage exporteren…"))
        self.inzage_button.setObjectName("exportInzage")
        self.inzage_button.setToolTip(
            self.tr("Alles wat het dossier over deze persoon bevat opslaan als JSON en PDF "
                    "(inzageverzoek, AVG artikel 15)")
        )  # fmt: skip
        self.inzage_button.setVisible(self._works_cases)
        self.inzage_button.clicked.connect(self.export_inzage)

        self.details = DetailsBox()
        self.relatives = RelativesBox()
        self.relatives.person_requested.connect(self.person_requested)
        self.history = HistoryBox(ctx.policy)
        self.history.case_requested.connect(ctx.case_opened.emit)
        self.problem = QLabel(objectName="personProblem", wordWrap=True)
        self.problem.setProperty("role", "error")
        self.problem.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        for box in (self.details, self.relatives):  # as tall as their rows; the rest: history
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        title_row = QHBoxLayout()
        title_row.addWidget(self.back_button)
        title_row.addSpacing(16)
        title_row.addWidget(self.name_label)
        title_row.addSpacing(10)
        title_row.addWidget(self.left_badge)
        title_row.addStretch(1)
        title_row.addWidget(self.inzage_button)
        self.sections = QWidget()
        body = QVBoxLayout(self.sections)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(10)
        body.addWidget(self.summary)
        body.addWidget(self.details)
        body.addWidget(self.relatives)
        body.addWidget(self.history, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(title_row)
        layout.addWidget(self.problem, 1)  # at the top, when the sections are hidden
        layout.addWidget(self.sections, 1)
        self.problem.hide()

        back = QShortcut(QKeySequence("Alt+Left"), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.back_requested)
        ctx.locked_changed.connect(self._on_locked)

    @property
    def person_id(self) -> int | None:
        return self.person.id if self.person else None

    def show_person(self, person_id: int) -> None:
        """Read the person, their relatives and history (audited) and show them."""
        try:
            person = self.ctx.call(person_details, person_id)
        except Locked:
            return
        except CaseManagerError as error:
            self.person = None
            self.name_label.setText(self.tr("Persoon niet te tonen"))
            self.problem.setText(core_text.message(error))
            for widget in (self.sections, self.left_badge, self.inzage_button):
                widget.hide()
            self.problem.show()
            return
        self.person = person
        self.problem.hide()
        self.sections.show()
        self.inzage_button.setVisible(self._works_cases)
        self.name_label.setText(person.name)
        where = (person.class_name, person.team, person.function_title)
        parts = [kind_label(person.kind).capitalize(), *(p for p in where if p)]
        if person.number:
            parts.append(self.tr("nr. {number}").format(number=person.number))
        self.summary.setText(" · ".join(parts))
        left = person.leave_date is not None and person.has_left()
        if left and person.leave_date is not None:
            day = short_date(person.leave_date)
            self.left_badge.setText(self.tr("vertrokken op {date}").format(date=day))
        self.left_badge.setVisible(left)
        self.details.show_person(person)
        self.relatives.show_person(person)
        self._show_history(person.id)

    def _show_history(self, person_id: int) -> None:
        if not self._works_cases:
            self.history.show_message(self.tr("Met uw rol ziet u geen zaken of maatregelen."))
            return
        try:
            rows = self.ctx.lists(person_history, person_id)
        except Locked:
            return
        except CaseManagerError as error:
            self.history.show_message(core_text.message(error))
            return
        self.history.show_history(rows, may_open=True)

    # --- inzage ----------------------------------------------------------------------------

    def choose_folder(self) -> Path | None:
        """The folder the user chooses for the export, or None."""
        start = str(settings.last_folder("inzage"))
        title = self.tr("Map kiezen voor het inzage-overzicht")
        folder = QFileDialog.getExistingDirectory(self, title, start)
        return Path(folder) if folder else None

    def export_inzage(self) -> None:
        """Write the inzage JSON and PDF into a folder the user chooses, in the background;
        an existing file is never overwritten (the service refuses, in Dutch)."""
        if self.person is None or self.ctx.is_locked:
            return
        folder = self.choose_folder()
        if folder is None:
            return
        person_id = self.person.id
        self.inzage_button.setEnabled(False)

        def done(paths: tuple[Path, Path]) -> None:
            self.inzage_button.setEnabled(True)
            self.exported = paths
            settings.remember_folder("inzage", folder)
            names = "\n".join(path.name for path in paths)
            QMessageBox.information(
                self,
                self.tr("Inzage opgeslagen"),
                self.tr("Het inzage-overzicht is opgeslagen in {folder}:\n\n{names}").format(
                    folder=folder, names=names
                ),
            )

        def failed(error: BaseException) -> None:
            self.inzage_button.setEnabled(True)
            show_error(self, error)

        try:
            self.ctx.run(
                self,
                lambda uow: export_person(uow, person_id, folder),
                done,
                progress_title=self.tr("Inzage-overzicht maken…"),
                on_error=failed,
            )
        except Locked:
            self.inzage_button.setEnabled(True)

    def _on_locked(self, locked: bool) -> None:
        """Nothing about the person stays on screen while the dossier is locked."""
        if locked:
            self.details.clear()
            self.relatives.hide()
            self.history.show_message("")
            self.name_label.clear()
            self.summary.clear()
        elif self.person is not None:
            self.show_person(self.person.id)
