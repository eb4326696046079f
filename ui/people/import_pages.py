"""The first two steps of the person import: choosing the export (Magister or Somtoday,
the file, who is in it) and coupling its columns to the register's fields.

Both pages keep what was chosen in the wizard's ``ImportChoice``; the file is read here
only for its header and first row (``read_csv``), nothing is compared or written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from casemanager.errors import CaseManagerError
from casemanager.people.columns import FIELDS, REQUIRED, word
from casemanager.people.csv_reading import read_csv
from casemanager.people.preview import column_mapping, suggest_columns
from ui import core_text, settings
from ui.cases.case_common import KIND_LABELS, kind_label
from ui.cases.form_widgets import error_label, hint_label, set_error

SOURCES = {"magister": "Magister", "somtoday": "Somtoday"}


def field_label(dutch: str) -> str:
    """A person field's name ('voornaam') in the screen's language."""
    return core_text.text(word(dutch))


@dataclass
class ImportChoice:
    """What the user chose so far, shared by the wizard's pages."""

    source: str = "magister"
    path: Path | None = None
    kind: str | None = None  # None: the file says (a kind column, or its number column)
    header: tuple[str, ...] = ()
    first_row: tuple[str, ...] = ()
    chosen: dict[str, str | None] = field(default_factory=dict)  # field name → header

    def mapping(self) -> dict[str, str]:
        """``{header: field}`` for the services (raises InvalidInput on a double choice)."""
        return column_mapping(self.header, self.chosen)

    def remembered(self) -> dict[str, str]:
        """field name → header, as ``settings.remember_column_map`` keeps it."""
        return {name: header for name, header in self.chosen.items() if header}


class FilePage(QWizardPage):
    def __init__(self, choice: ImportChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = choice
        self.setTitle(self.tr("Bestand kiezen"))
        self.setSubTitle(
            self.tr("Kies de CSV-export met leerlingen, ouders of medewerkers. Alles of niets: "
                    "heeft het bestand een fout, dan wordt niets geïmporteerd.")
        )  # fmt: skip
        self.sources = QButtonGroup(self)
        source_row = QHBoxLayout()
        for index, (key, name) in enumerate(SOURCES.items()):
            button = QRadioButton(name, objectName=f"source_{key}")
            button.setChecked(key == choice.source)
            self.sources.addButton(button, index)
            source_row.addWidget(button)
        source_row.addStretch(1)
        self.path_edit = QLineEdit(objectName="importPath")
        self.path_edit.setPlaceholderText(self.tr("Kies een .csv-bestand"))
        self.path_edit.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Bladeren…"), objectName="browseImport")
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.kind_combo = QComboBox(objectName="importKind")
        self.kind_combo.addItem(self.tr("Zoals het bestand aangeeft"), None)
        for kind in KIND_LABELS:
            self.kind_combo.addItem(kind_label(kind).capitalize(), kind)
        self.error = error_label("fileError")
        form = QFormLayout()
        form.addRow(self.tr("Export uit"), source_row)
        form.addRow(self.tr("Bestand"), path_row)
        form.addRow(self.tr("Wie staan erin"), self.kind_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            hint_label(
                self.tr("Magister: Leerlingen > Exporteren > CSV. Somtoday: Leerlingen > "
                        "Exporteren. Heeft het bestand geen kolom 'soort', kies dan hierboven "
                        "wie erin staan (bij een leerling- of personeelsnummer ziet het "
                        "programma dat zelf).")
            )
        )  # fmt: skip
        layout.addWidget(self.error)
        layout.addStretch(1)

    def browse(self) -> None:
        start = str(settings.last_folder("import"))
        title = self.tr("CSV-export kiezen")
        filters = self.tr("CSV-bestanden (*.csv *.txt);;Alle bestanden (*)")
        path, _ = QFileDialog.getOpenFileName(self, title, start, filters)
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:
        """Read the file's header and first row; a file that is no readable CSV export
        stays on this page with the reason and what to do."""
        path = Path(self.path_edit.text().strip())
        try:
            table = read_csv(path)
        except CaseManagerError as error:
            set_error(self.error, core_text.message(error), self.path_edit)
            return False
        set_error(self.error, "", self.path_edit)
        source = list(SOURCES)[max(0, self.sources.checkedId())]
        if (path, source) != (self.choice.path, self.choice.source) or (
            table.header != self.choice.header
        ):
            self.choice.chosen = {}  # another file or export: suggest the columns anew
        self.choice.source, self.choice.path = source, path
        self.choice.kind = self.kind_combo.currentData()
        self.choice.header = table.header
        self.choice.first_row = table.rows[0][1]
        settings.remember_folder("import", path.parent)
        return True


class ColumnsPage(QWizardPage):
    """A drop-down per field with the file's columns, filled in from the last import of
    this kind of export and the names Magister and Somtoday use; the first row beside it."""

    def __init__(self, choice: ImportChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = choice
        self.setTitle(self.tr("Kolommen koppelen"))
        self.setSubTitle(
            self.tr("Kies bij elk gegeven de kolom uit het bestand. Roepnaam en achternaam "
                    "zijn verplicht; een kolom die u niet gebruikt, blijft buiten de import.")
        )  # fmt: skip
        self.combos: dict[str, QComboBox] = {}
        self.samples: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        half = (len(FIELDS) + 1) // 2
        for index, info in enumerate(FIELDS):
            column, row = divmod(index, half)
            shown = field_label(info.label)
            label = shown + (" *" if info.name in REQUIRED else "")
            combo = QComboBox(objectName=f"column_{info.name}")
            combo.setAccessibleName(shown)
            combo.setMinimumContentsLength(16)
            combo.currentIndexChanged.connect(lambda _i, name=info.name: self._changed(name))
            sample = QLabel(objectName=f"sample_{info.name}")
            sample.setProperty("role", "hint")
            sample.setMinimumWidth(110)
            self.combos[info.name], self.samples[info.name] = combo, sample
            grid.addWidget(QLabel(label[:1].upper() + label[1:]), row, column * 4)
            grid.addWidget(combo, row, column * 4 + 1)
            grid.addWidget(sample, row, column * 4 + 2)
        grid.setColumnMinimumWidth(3, 24)
        self.error = error_label("columnsError")
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(
            hint_label(self.tr("Grijs: de waarde in de eerste regel van het bestand."))
        )
        layout.addWidget(self.error)
        layout.addStretch(1)

    def initializePage(self) -> None:
        choice = self.choice
        if not choice.chosen:
            remembered = settings.column_map(choice.source)
            choice.chosen = dict(suggest_columns(choice.header, remembered))
        for name, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— niet gebruiken —"), None)
            for header in choice.header:
                if header:
                    combo.addItem(header, header)
            combo.setCurrentIndex(max(0, combo.findData(choice.chosen.get(name))))
            combo.blockSignals(False)
            self._show_sample(name)
        set_error(self.error, "")

    def _changed(self, name: str) -> None:
        self.choice.chosen[name] = self.combos[name].currentData()
        self._show_sample(name)
        set_error(self.error, "")

    def _show_sample(self, name: str) -> None:
        header = self.combos[name].currentData()
        row, headers = self.choice.first_row, self.choice.header
        index = headers.index(header) if header in headers else -1
        text = row[index] if 0 <= index < len(row) else ""
        self.samples[name].setText(text[:24] + ("…" if len(text) > 24 else ""))
        self.samples[name].setToolTip(text)

    def validatePage(self) -> bool:
        missing = [info.label for info in FIELDS if info.name in REQUIRED
                   and not self.choice.chosen.get(info.name)]  # fmt: skip
        if missing:
            set_error(
                self.error,
                self.tr("Kies een kolom voor: {fields}. Zonder die gegevens kan niemand "
                        "worden geïmporteerd.").format(fields=", ".join(missing)),
            )  # fmt: skip
            return False
        try:
            self.choice.mapping()
        except CaseManagerError as error:
            set_error(self.error, core_text.message(error))
            return False
        return True
