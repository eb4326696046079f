"""What an import will do (ImportPlan) and what it did (ImportReport): plain frozen data
for the CLI and the desktop application, with the Dutch lines both can show."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from casemanager.people.records import PersonRecord
from models.people import PersonKind


class RowAction(enum.StrEnum):
    ADD = "toegevoegd"
    CHANGE = "gewijzigd"
    SKIP = "overgeslagen"


@dataclass(frozen=True)
class PlannedRow:
    """One line of the file: added, changed (with the Dutch names of the changed fields),
    or skipped (with the reason, e.g. "ongewijzigd")."""

    line: int
    action: RowAction
    kind: PersonKind
    number: str | None
    name: str
    changed: tuple[str, ...] = ()
    reason: str = ""
    person_id: int | None = field(default=None, repr=False)
    record: PersonRecord | None = field(default=None, repr=False, compare=False)

    def describe(self) -> str:
        who = " ".join(p for p in (self.kind.value, self.number or "", self.name) if p)
        if self.action is RowAction.CHANGE:
            return f"regel {self.line}: {self.action} {who} ({', '.join(self.changed)})"
        if self.action is RowAction.SKIP:
            return f"regel {self.line}: {self.action} {who}: {self.reason}"
        return f"regel {self.line}: {self.action} {who}"


@dataclass(frozen=True)
class ImportPlan:
    file: str
    encoding: str
    delimiter_name: str
    rows: tuple[PlannedRow, ...]
    new_teams: tuple[str, ...] = ()
    ignored_columns: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def added(self) -> tuple[PlannedRow, ...]:
        return tuple(r for r in self.rows if r.action is RowAction.ADD)

    @property
    def changed(self) -> tuple[PlannedRow, ...]:
        return tuple(r for r in self.rows if r.action is RowAction.CHANGE)

    @property
    def skipped(self) -> tuple[PlannedRow, ...]:
        return tuple(r for r in self.rows if r.action is RowAction.SKIP)

    def summary_lines(self) -> list[str]:
        """The counts, new teams and unused columns, in Dutch."""
        lines = [
            f"Bestand {self.file} ({self.encoding}, gescheiden door {self.delimiter_name}): "
            f"{len(self.rows)} regels met personen.",
            f"Toegevoegd: {len(self.added)}, gewijzigd: {len(self.changed)}, "
            f"overgeslagen: {len(self.skipped)}.",
        ]
        if self.new_teams:
            lines.append(f"Nieuwe teams: {', '.join(self.new_teams)}.")
        if self.ignored_columns:
            lines.append(f"Niet gebruikte kolommen: {', '.join(self.ignored_columns)}.")
        lines += [f"Let op: {note}." for note in self.notes]
        return lines

    def row_lines(self) -> list[str]:
        return [row.describe() for row in self.rows]


@dataclass(frozen=True)
class ImportReport:
    """The plan, and whether it was written (False for a dry run)."""

    plan: ImportPlan
    written: bool

    @property
    def added(self) -> int:
        return len(self.plan.added)

    @property
    def changed(self) -> int:
        return len(self.plan.changed)

    @property
    def skipped(self) -> int:
        return len(self.plan.skipped)
