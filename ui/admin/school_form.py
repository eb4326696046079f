"""The fields of the school page: details, bevoegd gezag, logo and signers per ladder.

The form only holds what is typed; ``school_page`` loads and saves it through the
services. Each field has a red line under it for the service's message about that field
(too long, empty name, a logo that is no PNG).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casemanager.letters.school import LADDERS, MAX_SIGNERS, SchoolInfo
from reports.document import Signer
from ui.admin.school_preview import Draft
from ui.cases.form_widgets import error_label, hint_label, set_error

# (fields on the row, label): the details first, then the bevoegd gezag
DETAILS = (
    (("name",), QT_TRANSLATE_NOOP("SchoolForm", "Naam van de school")),
    (("street",), QT_TRANSLATE_NOOP("SchoolForm", "Adres")),
    (("postcode", "place"), QT_TRANSLATE_NOOP("SchoolForm", "Postcode en plaats")),
    (("phone",), QT_TRANSLATE_NOOP("SchoolForm", "Telefoon")),
    (("email",), QT_TRANSLATE_NOOP("SchoolForm", "E-mailadres")),
    (("website",), QT_TRANSLATE_NOOP("SchoolForm", "Website")),
)
BOARD = (
    (("board_name",), QT_TRANSLATE_NOOP("SchoolForm", "Naam")),
    (("board_street",), QT_TRANSLATE_NOOP("SchoolForm", "Adres")),
    (("board_postcode", "board_place"), QT_TRANSLATE_NOOP("SchoolForm", "Postcode en plaats")),
)
LADDER_TITLES = {
    "leerling": QT_TRANSLATE_NOOP("SchoolForm", "Zaken van leerlingen"),
    "medewerker": QT_TRANSLATE_NOOP("SchoolForm", "Zaken van medewerkers"),
}
THUMBNAIL = (180, 72)
LABEL_WIDTH = 140  # the same in every group, so the fields line up


class SchoolForm(QWidget):
    """Emits ``edited`` on every change, so the page can refresh the preview."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inputs: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.logo: bytes | None = None
        self.signer_inputs: dict[str, list[tuple[QLineEdit, QLineEdit]]] = {}

        details = self._group(self.tr("School"), DETAILS)
        place = hint_label(self.tr("De plaats staat ook boven elke brief, bij de datum."))
        details.layout().insertRow(3, "", place)  # under "Postcode en plaats"
        board = self._group(self.tr("Bevoegd gezag"), BOARD)
        where = self.tr(
            "Hier maken ouders en medewerkers bezwaar; de brieven noemen naam en adres. Leeg: "
            "de school zelf."
        )
        board.layout().insertRow(0, hint_label(where))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(details)
        layout.addWidget(board)
        layout.addWidget(self._logo_group())
        layout.addWidget(self._signers_group())
        layout.addStretch(1)

    # --- building ---------------------------------------------------------------------------

    def _group(self, title: str, rows: tuple[tuple[tuple[str, ...], str], ...]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        for names, label in rows:
            line, messages = QHBoxLayout(), QVBoxLayout()
            messages.setSpacing(2)
            for name in names:
                field = QLineEdit(objectName=f"school_{name}")
                field.textChanged.connect(self.edited)
                if name.endswith("postcode"):
                    field.setMaximumWidth(100)
                line.addWidget(field, 0 if name.endswith("postcode") else 1)
                self.inputs[name], self.errors[name] = field, error_label(f"error_{name}")
                messages.addWidget(self.errors[name])
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addLayout(line)
            cell.addLayout(messages)
            caption = QLabel(self.tr(label))
            caption.setMinimumWidth(LABEL_WIDTH)
            form.addRow(caption, cell)
        return box

    def _logo_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Logo"))
        self.thumbnail = QLabel(objectName="logoThumbnail")
        self.thumbnail.setFixedSize(*THUMBNAIL)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setStyleSheet("border: 1px dashed #b9c3cf; background: #ffffff;")
        choose = QPushButton(self.tr("Logo kiezen…"))
        choose.clicked.connect(self.choose_logo)
        self.remove_logo = QPushButton(self.tr("Logo weghalen"))
        self.remove_logo.clicked.connect(lambda: self.set_logo(None))
        buttons = QVBoxLayout()
        buttons.addWidget(choose)
        buttons.addWidget(self.remove_logo)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.thumbnail)
        row.addLayout(buttons)
        row.addStretch(1)
        self.errors["logo"] = error_label("error_logo")
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        size = self.tr("Een PNG-bestand van hoogstens 2 MB; 600 pixels breed is ruim genoeg.")
        layout.addWidget(hint_label(size))
        layout.addWidget(self.errors["logo"])
        return box

    def _signers_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Ondertekenaars van aangetekende brieven"))
        grid = QGridLayout(box)
        which = self.tr(
            "Bijvoorbeeld een besluit tot verwijdering of een berisping. Leeg: wie het besluit "
            "nam, ondertekent."
        )
        grid.addWidget(hint_label(which), 0, 0, 1, 3)
        row = 1
        for ladder in LADDERS:
            grid.addWidget(QLabel(f"<b>{self.tr(LADDER_TITLES[ladder])}</b>"), row, 0, 1, 3)
            row += 1
            pairs = []
            for position in range(MAX_SIGNERS):
                name, function = QLineEdit(), QLineEdit()
                name.setObjectName(f"signer_{ladder}_{position}_name")
                function.setObjectName(f"signer_{ladder}_{position}_function")
                name.setPlaceholderText(self.tr("naam, bijv. drs. A. Hendriks"))
                function.setPlaceholderText(self.tr("functie, bijv. rector"))
                for field in (name, function):
                    field.textChanged.connect(self.edited)
                grid.addWidget(name, row, 0)
                grid.addWidget(function, row, 1)
                pairs.append((name, function))
                row += 1
            self.signer_inputs[ladder] = pairs
        self.errors["signers"] = error_label("error_signers")
        grid.addWidget(self.errors["signers"], row, 0, 1, 3)
        return box

    # --- values -----------------------------------------------------------------------------

    def set_values(
        self, info: SchoolInfo, logo: bytes | None, signers: dict[str, tuple[Signer, ...]]
    ) -> None:
        for name, field in self.inputs.items():
            field.setText(getattr(info, name))
        for ladder, pairs in self.signer_inputs.items():
            given = list(signers.get(ladder, ()))
            for position, (name, function) in enumerate(pairs):
                signer = given[position] if position < len(given) else Signer("", "")
                name.setText(signer.name)
                function.setText(signer.function)
        self.set_logo(logo)
        self.clear_errors()

    def draft(self) -> Draft:
        """What the form holds now (text as typed; the services strip it when saving)."""
        values = {name: field.text().strip() for name, field in self.inputs.items()}
        info = replace(SchoolInfo(name=""), **values, has_logo=self.logo is not None)
        return Draft(info=info, logo=self.logo, signers=self.signers())

    def signers(self) -> dict[str, tuple[Signer, ...]]:
        """Per ladder the rows with a name or a function (a half row is the service's to
        refuse, with its message)."""
        return {
            ladder: tuple(
                Signer(name.text().strip(), function.text().strip())
                for name, function in pairs
                if name.text().strip() or function.text().strip()
            )
            for ladder, pairs in self.signer_inputs.items()
        }

    # --- the logo ---------------------------------------------------------------------------

    def choose_logo(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Logo kiezen"), "", self.tr("PNG-afbeelding (*.png)")
        )
        if not chosen:
            return
        try:
            with open(chosen, "rb") as file:
                data = file.read()
        except OSError as error:
            unreadable = self.tr(
                "Het bestand kan niet worden gelezen (%s). Kies een ander bestand."
            )
            self.show_error("logo", unreadable % error.strerror)
            return
        if QImage.fromData(data, "PNG").isNull():
            self.show_error("logo", self.tr(
                "Dit bestand is geen PNG-afbeelding. Sla het logo op als PNG (bijvoorbeeld met "
                "Paint of Voorbeeld) en kies het opnieuw."
            ))  # fmt: skip
            return
        self.set_logo(data)

    def set_logo(self, data: bytes | None) -> None:
        self.logo = data
        set_error(self.errors["logo"], "")
        self.remove_logo.setEnabled(data is not None)
        image = QImage.fromData(data or b"", "PNG")
        if image.isNull():
            self.thumbnail.setPixmap(QPixmap())
            self.thumbnail.setText(self.tr("geen logo"))
        else:
            scaled = QPixmap.fromImage(image).scaled(
                *THUMBNAIL,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            self.thumbnail.setPixmap(scaled)
        self.edited.emit()

    # --- messages ---------------------------------------------------------------------------

    def show_error(self, key: str, text: str) -> None:
        """The service's message under the field (or logo, or signers) it is about."""
        set_error(self.errors[key], text, self.inputs.get(key))

    def clear_errors(self) -> None:
        for key in self.errors:
            self.show_error(key, "")
