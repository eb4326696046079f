"""What the import wizard shows before anything is written: the file's columns with a
suggested field for each, and every row of the file with what the import would do with it
or, when the file has problems, the problems of each bad row (translatable Texts).

``preview_import`` runs ``plan_import`` (which writes nothing) and turns its rejection
into problems per row instead of one long message, so a screen can mark the bad rows.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from casemanager.errors import InvalidInput
from casemanager.people.columns import FIELD_BY_NAME, FIELDS, IGNORE, key, resolve_columns
from casemanager.people.csv_reading import ImportRejected, read_csv
from casemanager.people.importing import plan_import
from casemanager.people.plan import ImportPlan, PlannedRow, RowAction
from casemanager.permissions import Permission, require
from casemanager.texts import Text, tr
from models.people import PersonKind

if TYPE_CHECKING:
    from casemanager.uow import UnitOfWork


@dataclass(frozen=True)
class PreviewRow:
    """One line of the file: its cells, and either its problems or what would happen."""

    line: int
    cells: tuple[str, ...]
    # as the import words them (a Text for the screens: ui.core_text.text, then sentence())
    problems: tuple[Text | str, ...] = ()
    action: RowAction | None = None  # None when the file cannot be imported
    note: str = ""  # the changed fields, or why the row is skipped


@dataclass(frozen=True)
class ImportPreview:
    file: str
    header: tuple[str, ...]
    rows: tuple[PreviewRow, ...]
    file_problems: tuple[Text | str, ...]  # of the whole file (its header, the columns)
    plan: ImportPlan | None  # None when the file has problems: nothing can be imported

    @property
    def problem_rows(self) -> tuple[PreviewRow, ...]:
        return tuple(row for row in self.rows if row.problems)

    @property
    def can_import(self) -> bool:
        return self.plan is not None


def suggest_columns(header: Sequence[str], remembered: Mapping[str, str]) -> dict[str, str]:
    """field name → header of the file: the mapping remembered from the last import of
    this kind of export where its column is in the file, and the built-in synonyms of
    Magister and Somtoday (``resolve_columns``) for the other fields."""
    keys = {key(h): h for h in header if h}
    chosen = {
        f: keys[key(h)] for f, h in remembered.items() if f in FIELD_BY_NAME and key(h) in keys
    }
    explicit = {h: f for f, h in chosen.items()}
    try:
        found = dict(resolve_columns(header, explicit).headers)
    except ImportRejected:  # required columns missing: suggest what the synonyms give
        found = {}
        for field in FIELDS:
            known = [keys[key(s)] for s in field.synonyms if key(s) in keys]
            if known:
                found[field.name] = known[0]
    taken = set(chosen.values())
    for field, header_name in found.items():
        if field not in chosen and header_name not in taken:
            chosen[field] = header_name
            taken.add(header_name)
    return chosen


def column_mapping(header: Sequence[str], chosen: Mapping[str, str | None]) -> dict[str, str]:
    """``{header: field}`` for ``plan_import`` from the choice per field (field name →
    header, or None): every column of the file, those not chosen ignored (``-``). Raises
    InvalidInput when one column is chosen for two fields."""
    used: dict[str, str] = {}
    for field, header_name in chosen.items():
        if not header_name:
            continue
        if header_name in used:
            first, second = FIELD_BY_NAME[used[header_name]].label, FIELD_BY_NAME[field].label
            raise InvalidInput(
                f"De kolom '{header_name}' is gekozen voor twee gegevens: {first} en "
                f"{second}. Kies voor elk gegeven een eigen kolom, of 'niet gebruiken'."
            )
        used[header_name] = field
    return {h: used.get(h, IGNORE) for h in header if h}


def preview_import(
    uow: UnitOfWork,
    path: Path | str,
    *,
    kind: PersonKind | str | None = None,
    mapping: Mapping[str, str] | None = None,
) -> ImportPreview:
    """Every row of the file with what the import would do, or with its problems; writes
    nothing. Raises InvalidInput for a file that is not a readable CSV export at all."""
    require(uow.actor, Permission.IMPORT_PERSONS)
    path = Path(path)
    try:
        table = read_csv(path)
    except ImportRejected as rejected:  # a record that cannot be split: no rows to show
        return ImportPreview(path.name, (), (), _texts(rejected.problem_texts), None)
    try:
        plan = plan_import(uow, path, kind=kind, mapping=mapping)
    except ImportRejected as rejected:
        by_line: dict[int, list[Text | str]] = {}
        for line, message in rejected.problem_texts:
            by_line.setdefault(line, []).append(message)
        lines = {line for line, _ in table.rows}
        rows = tuple(
            PreviewRow(line, cells, tuple(by_line.get(line, ()))) for line, cells in table.rows
        )
        rest = [(line, m) for line, m in rejected.problem_texts if line not in lines]
        return ImportPreview(path.name, table.header, rows, _texts(rest), None)
    planned = {row.line: row for row in plan.rows}
    rows = tuple(
        PreviewRow(
            line,
            cells,
            action=planned[line].action if line in planned else None,
            note=_note(planned[line]) if line in planned else "",
        )
        for line, cells in table.rows
    )
    return ImportPreview(path.name, table.header, rows, (), plan)


def _note(row: PlannedRow) -> str:
    return ", ".join(row.changed) if row.changed else row.reason


def sentence(message: str) -> str:
    """A problem as a sentence on its own: 'De roepnaam ontbreekt.'."""
    message = message.strip()
    return message[:1].upper() + message[1:]


def _texts(problems: Sequence[tuple[int, Text | str]]) -> tuple[Text | str, ...]:
    return tuple(
        message if line <= 1 else tr("Regel {line}: {message}", line=line, message=message)
        for line, message in problems
    )
