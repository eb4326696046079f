"""The import's check step: every row of the file with what would happen to it, and every
row with a problem marked in red with the Dutch problem text. The preview is made in the
background (``preview_import`` writes nothing); a file with problems cannot be imported.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from casemanager.people.columns import FIELDS
from casemanager.people.plan import ImportPlan
from casemanager.people.preview import ImportPreview, PreviewRow, sentence
from ui import core_text
from ui.cases.form_widgets import error_label, set_error
from ui.core_text import tr
from ui.people.import_pages import field_label
from ui.tables import set_up_list_table

PROBLEM_BACKGROUND = "#fde7e9"  # a row with a problem: light red, dark red text
PROBLEM_FOREGROUND = "#7a1c14"
Index = QModelIndex | QPersistentModelIndex
LINE, RESULT = 0, 1  # then one column per chosen field
RESULT_WIDTH = 420
WRAP_ROWS = 500  # rows up to this many get the height their problem text needs
ACTIONS = {  # what the import does with a row (casemanager.people.plan.RowAction)
    "toegevoegd": QT_TRANSLATE_NOOP("ImportAction", "toegevoegd"),
    "gewijzigd": QT_TRANSLATE_NOOP("ImportAction", "gewijzigd"),
    "overgeslagen": QT_TRANSLATE_NOOP("ImportAction", "overgeslagen"),
}
DELIMITERS = {  # as casemanager.people.csv_reading names them (in the empty context)
    "puntkomma": QT_TRANSLATE_NOOP("", "puntkomma"),
    "komma": QT_TRANSLATE_NOOP("", "komma"),
    "tab": QT_TRANSLATE_NOOP("", "tab"),
}


def action_label(action: object) -> str:
    word = str(action)
    return QCoreApplication.translate("ImportAction", ACTIONS.get(word, word))


def plan_summary(plan: ImportPlan) -> list[str]:
    """The counts, new teams and unused columns, in the screen's language (the notes
    the import makes stay as it words them)."""
    name = plan.delimiter_name
    delimiter = QCoreApplication.translate("", DELIMITERS[name]) if name in DELIMITERS else name
    lines = [
        tr("Bestand {file} ({encoding}, gescheiden door {delimiter}): {rows} regels met "
           "personen.").format(file=plan.file, encoding=plan.encoding, delimiter=delimiter,
                               rows=len(plan.rows)),
        tr("Toegevoegd: {added}, gewijzigd: {changed}, overgeslagen: {skipped}.").format(
            added=len(plan.added), changed=len(plan.changed), skipped=len(plan.skipped)),
    ]  # fmt: skip
    if plan.new_teams:
        lines.append(tr("Nieuwe teams: {teams}.").format(teams=", ".join(plan.new_teams)))
    if plan.ignored_columns:
        columns = ", ".join(plan.ignored_columns)
        lines.append(tr("Niet gebruikte kolommen: {columns}.").format(columns=columns))
    lines += [tr("Let op: {note}.").format(note=note) for note in plan.notes]
    return lines


class PreviewModel(QAbstractTableModel):
    """The preview's rows (all, or only those with a problem) in the chosen columns."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.preview: ImportPreview | None = None
        self.fields: list[tuple[str, int]] = []  # (field label, column in the file)
        self.rows: list[PreviewRow] = []

    def set_preview(
        self, preview: ImportPreview, chosen: dict[str, str | None], only_problems: bool
    ) -> None:
        self.beginResetModel()
        self.preview = preview
        header = list(preview.header)
        self.fields = [
            (field_label(info.label).capitalize(), header.index(chosen[info.name] or ""))
            for info in FIELDS
            if chosen.get(info.name) in header
        ]
        rows = preview.rows
        self.rows = [r for r in rows if r.problems] if only_problems else list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2 + len(self.fields)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == LINE:
            return self.tr("Regel")
        if section == RESULT:
            return self.tr("Probleem of resultaat")
        return self.fields[section - 2][0]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column, tooltip=role == Qt.ItemDataRole.ToolTipRole)
        if row.problems and role == Qt.ItemDataRole.BackgroundRole:
            return QColor(PROBLEM_BACKGROUND)
        if row.problems and role == Qt.ItemDataRole.ForegroundRole:
            return QColor(PROBLEM_FOREGROUND)
        return None

    def _text(self, row: PreviewRow, column: int, *, tooltip: bool) -> str:
        if column == LINE:
            return str(row.line)
        if column == RESULT:
            if row.problems:
                problems = (sentence(core_text.text(p)) for p in row.problems)
                return ("\n" if tooltip else " ").join(problems)
            if row.action is None:  # a good row in a file that has problems elsewhere
                return self.tr("in orde")
            action = action_label(row.action)
            return f"{action}: {row.note}" if row.note else action
        cell = self.fields[column - 2][1]
        return row.cells[cell] if cell < len(row.cells) else ""


class PreviewPage(QWizardPage):
    """Shows the preview the wizard made; complete (importable) only without problems."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Controleren en importeren"))
        self.setSubTitle(self.tr("Zo wordt het bestand ingelezen. Er is nog niets gewijzigd."))
        self.preview: ImportPreview | None = None
        self.summary = QLabel(objectName="previewSummary", wordWrap=True)
        self.problems = error_label("previewProblems")
        self.only_problems = QCheckBox(self.tr("Alleen regels met een probleem tonen"))
        self.only_problems.setObjectName("onlyProblems")
        self.only_problems.hide()
        self.model = PreviewModel(self)
        self.table = QTableView(objectName="previewTable")
        self.table.setModel(self.model)
        header = set_up_list_table(self.table, multi_select=True, row_height=26)
        # unlike the other lists: long cells wrap, and rows do not alternate in colour
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(False)
        header.setStretchLastSection(True)
        self.error = error_label("importError")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        layout.addWidget(self.only_problems)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        self.chosen: dict[str, str | None] = {}
        self.only_problems.toggled.connect(self._refill)

    def clear(self) -> None:
        self.preview = None
        self.summary.setText(self.tr("Het bestand wordt gecontroleerd…"))
        set_error(self.problems, "")
        set_error(self.error, "")
        self.only_problems.hide()
        self.model.set_preview(ImportPreview("", (), (), (), None), {}, only_problems=False)
        self.completeChanged.emit()

    def show_preview(self, preview: ImportPreview, chosen: dict[str, str | None]) -> None:
        self.preview, self.chosen = preview, chosen
        bad = preview.problem_rows
        if preview.plan is not None:
            self.summary.setText("\n".join(plan_summary(preview.plan)))
            set_error(self.problems, "")
        else:
            self.summary.setText(self.problem_summary(len(bad), len(preview.rows)))
            set_error(
                self.problems, "\n".join(sentence(core_text.text(p)) for p in preview.file_problems)
            )
        self.only_problems.setVisible(bool(bad))
        self.only_problems.setChecked(bool(bad) and len(preview.rows) > 20)
        self._refill()
        self.completeChanged.emit()

    def problem_summary(self, bad: int, total: int) -> str:
        if bad == 0:
            return self.tr("Het bestand kan zo niet worden geïmporteerd; er is niets gewijzigd. "
                           "Pas de koppeling van de kolommen aan (Vorige) of verbeter het "
                           "bestand.")  # fmt: skip
        return self.tr(
            "{bad} van de {total} regels hebben een probleem (rood). Er wordt niets "
            "geïmporteerd: verbeter deze regels in het bestand of in de administratie, "
            "exporteer opnieuw en kies het bestand nog eens."
        ).format(bad=bad, total=total)

    def _refill(self) -> None:
        if self.preview is not None:
            self.model.set_preview(self.preview, self.chosen, self.only_problems.isChecked())
            self.table.resizeColumnsToContents()
            header = self.table.horizontalHeader()
            for column in range(2, self.model.columnCount()):
                if header.sectionSize(column) > 220:
                    header.resizeSection(column, 220)
            header.resizeSection(RESULT, RESULT_WIDTH)
            if self.model.rowCount() <= WRAP_ROWS:
                self.table.resizeRowsToContents()

    def isComplete(self) -> bool:
        return self.preview is not None and self.preview.can_import

    def why_not(self) -> str:
        """Why "Alles importeren" is greyed out, for its tooltip."""
        if self.preview is None:
            return self.tr("Het bestand wordt nog gecontroleerd.")
        if self.preview.can_import:
            return self.tr("Alle regels in één keer importeren")
        return self.tr("Het bestand heeft problemen (rood gemarkeerd); verbeter die eerst. "
                       "Er wordt niets geïmporteerd zolang er één probleem is.")  # fmt: skip
