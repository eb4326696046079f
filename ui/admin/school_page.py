"""Beheer → School en briefhoofd: the school's details, the bevoegd gezag, the logo and who
signs formal letters, with a live preview of a letter beside the form.

"Opslaan" stores everything in one unit of work through ``update_school``, ``set_logo``
and ``set_signers`` (what ``casemanager school`` does): when one of them refuses, nothing
is stored, and the message appears under the field it is about.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casemanager.errors import CaseManagerError, FieldTooLong, InvalidInput
from casemanager.letters.school import (
    LADDERS,
    logo,
    school_info,
    set_logo,
    set_signers,
    signers_for,
    update_school,
)
from casemanager.uow import UnitOfWork
from ui import core_text
from ui.admin.policy_check import template_sources
from ui.admin.school_form import SchoolForm
from ui.admin.school_preview import Draft, LetterPreview, samples
from ui.cases.form_widgets import hint_label, primary
from ui.context import AppContext, Locked
from ui.tasks import show_error

# the Dutch labels the columns declare (models/meta.py): a FieldTooLong names one of these
FIELD_OF_LABEL = {
    "naam van de school": "name", "adres": "street", "postcode": "postcode", "plaats": "place",
    "telefoon": "phone", "e-mailadres": "email", "website": "website",
    "naam van het bevoegd gezag": "board_name", "adres van het bevoegd gezag": "board_street",
    "postcode van het bevoegd gezag": "board_postcode",
    "plaats van het bevoegd gezag": "board_place",
    "naam ondertekenaar": "signers", "functie ondertekenaar": "signers",
}  # fmt: skip


class SchoolPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schoolPage")
        self.ctx = ctx
        self.stored: Draft | None = None  # as last read from the dossier

        title = QLabel(self.tr("School en briefhoofd"), objectName="pageTitle")
        self.form = SchoolForm()
        self.form.edited.connect(self._edited)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.preview = LetterPreview()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        splitter.setChildrenCollapsible(False)

        self.save_button = primary(QPushButton(self.tr("Opslaan"), objectName="saveSchool"))
        self.save_button.clicked.connect(self.save)
        self.undo_button = QPushButton(self.tr("Wijzigingen ongedaan maken"))
        self.undo_button.clicked.connect(self.undo)
        self.status = hint_label(name="schoolStatus")
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(title)
        intro = self.tr(
            "Deze gegevens staan op elke brief, op elke computer. Het voorbeeld rechts "
            "verandert mee terwijl u typt."
        )
        layout.addWidget(hint_label(intro))
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.refresh()

    # --- reading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the stored details again; what is being typed and not saved yet stays."""
        keep_typing = self.is_changed()
        try:
            self.stored = self.ctx.read(read_school)
            found = samples(self.ctx.policy)
            sources = self.ctx.read(template_sources, [s.letter_type for s in found])
        except Locked:
            return
        except CaseManagerError as error:
            self.status.setText(core_text.message(error))
            return
        self.preview.set_samples(found, sources)
        if keep_typing:
            self._edited()
        else:
            self.undo()

    def undo(self) -> None:
        """Back to what is stored."""
        if self.stored is None:
            return
        self.form.blockSignals(True)
        self.form.set_values(self.stored.info, self.stored.logo, self.stored.signers)
        self.form.blockSignals(False)
        self._edited()

    def is_changed(self) -> bool:
        return self.stored is not None and self.form.draft() != self.stored

    def _edited(self) -> None:
        changed = self.is_changed()
        self.save_button.setEnabled(changed)
        self.undo_button.setEnabled(changed)
        unsaved = self.tr("Er zijn wijzigingen die nog niet zijn opgeslagen.")
        self.status.setText(unsaved if changed else "")
        self.preview.show_draft(self.form.draft())

    # --- saving -----------------------------------------------------------------------------

    def save(self) -> None:
        stored, draft = self.stored, self.form.draft()
        if stored is None:
            return
        changes = {
            name: getattr(draft.info, name)
            for name in self.form.inputs
            if getattr(draft.info, name) != getattr(stored.info, name)
        }
        logo_changed = draft.logo != stored.logo
        signers = {
            ladder: list(draft.signers[ladder])
            for ladder in LADDERS
            if draft.signers[ladder] != stored.signers[ladder]
        }
        stage = ["school"]  # which service refused, for a message without a field

        def store(uow: UnitOfWork) -> None:
            if changes:
                update_school(uow, **changes)
            stage[0] = "logo"
            if logo_changed:
                set_logo(uow, draft.logo)
            stage[0] = "signers"
            for ladder, chosen in signers.items():
                set_signers(uow, ladder, chosen)

        self.form.clear_errors()
        try:
            self.ctx.call(store)
        except Locked:
            return
        except InvalidInput as error:
            self._refused(error, stage[0], changes)
            return
        except CaseManagerError as error:
            show_error(self, error)
            return
        self.refresh()
        self.status.setText(self.tr("Opgeslagen. Nieuwe brieven krijgen dit briefhoofd."))

    def _refused(self, error: InvalidInput, stage: str, changes: dict[str, str]) -> None:
        if isinstance(error, FieldTooLong):
            key = FIELD_OF_LABEL.get(error.field, "")
        elif stage == "school":
            key = "name" if "name" in changes else ""
        else:
            key = stage if stage in ("logo", "signers") else ""
        if key:
            self.form.show_error(key, core_text.message(error))
        fix = self.tr("Niets opgeslagen: verbeter wat in rood staat en kies dan opnieuw Opslaan.")
        self.status.setText(fix if key else core_text.message(error))


def read_school(uow: UnitOfWork) -> Draft:
    """The stored details, logo and signers, as the form holds them."""
    signers = {ladder: signers_for(uow, ladder) for ladder in LADDERS}
    return Draft(info=school_info(uow), logo=logo(uow), signers=signers)
