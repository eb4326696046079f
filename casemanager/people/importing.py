"""Importing persons from a CSV export, all or nothing.

``plan_import`` reads and checks the whole file and compares it with the dossier: it
raises :class:`ImportRejected` (every bad row, with its line number) or returns an
:class:`ImportPlan` without writing anything. ``import_people`` does the same, then
writes the plan in the caller's unit of work with one audit entry and one commit;
``import_steps`` is the same import as a generator of ``casemanager.progress.Progress``.

Persons are recognised by kind and number; a parent (or other person) without a number by
roepnaam, achternaam and postcode. A column the file has is authoritative (an empty cell
clears the field); a column it lacks leaves the stored value alone. Teams named in the file
are created when missing. Parents are linked to students by student number (the student
may be in the same file); links are added, never removed.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import select

from casemanager.errors import InvalidInput
from casemanager.people.cell_values import parse_kind
from casemanager.people.columns import resolve_columns
from casemanager.people.csv_reading import ImportRejected, read_csv
from casemanager.people.matching import StoredPersons
from casemanager.people.plan import ImportPlan, ImportReport, PlannedRow, RowAction
from casemanager.people.records import PersonRecord, build_records
from casemanager.permissions import Permission, require
from casemanager.progress import Progress as Steps
from casemanager.texts import tr
from casemanager.uow import UnitOfWork
from models.people import Guardianship, Person, PersonKind, Team

Progress = Callable[[int, int], None]
"""Called as ``progress(done, total)`` while writing: total is the number of rows to add or
change; called with 0 first, then every ``PROGRESS_STEP`` rows, and with total at the end."""
PROGRESS_STEP = 100
CHECKING = tr("Het bestand controleren")
WRITING = tr("Personen opslaan")


def plan_import(
    uow: UnitOfWork,
    path: Path | str,
    *,
    kind: PersonKind | str | None = None,
    mapping: Mapping[str, str] | None = None,
) -> ImportPlan:
    """Check the file and compare it with the dossier; writes nothing."""
    require(uow.actor, Permission.IMPORT_PERSONS)
    default_kind = _kind_argument(kind)
    table = read_csv(path)  # before the first query: a writer holds the lock from there
    columns = resolve_columns(table.header, mapping, path=table.path)
    records, merged, problems = build_records(table, columns, default_kind)
    existing = StoredPersons(uow, records)
    rows: list[PlannedRow] = []
    claimed: dict[int, int] = {}
    file_students = {r.number for r in records if r.kind is PersonKind.LEERLING}
    for record in records:
        before = len(problems)
        person = existing.match(record, problems)
        if person is not None and person.id in claimed:
            problems.append(
                (
                    record.line,
                    tr(
                        "{name} is dezelfde persoon als op regel {line}.",
                        name=record.name,
                        line=claimed[person.id],
                    ),
                )
            )
        for link in record.links:
            if (
                link.child_number not in file_students
                and link.child_number not in existing.student_ids
            ):
                problems.append(
                    (
                        record.line,
                        tr(
                            "er is geen leerling met nummer {number} (nummer kind).",
                            number=link.child_number,
                        ),
                    )
                )
        if len(problems) > before:
            continue
        if person is None:
            rows.append(_row(record, RowAction.ADD))
            continue
        claimed[person.id] = record.line
        changed = existing.changes(person, record)
        action = RowAction.CHANGE if changed else RowAction.SKIP
        rows.append(_row(record, action, changed, "ongewijzigd" if not changed else "", person))
    if problems:
        raise ImportRejected(table.path, problems)
    for line, first, name in merged:
        reason = f"samengevoegd met regel {first} (zelfde ouder, ander kind)"
        rows.append(PlannedRow(line, RowAction.SKIP, PersonKind.OUDER, None, name, (), reason))
    new_teams = dict.fromkeys(
        r.team for r in records if r.team and r.team.casefold() not in existing.teams
    )
    return ImportPlan(
        file=table.path.name,
        encoding=table.encoding,
        delimiter_name=table.delimiter_name,
        rows=tuple(sorted(rows, key=lambda r: r.line)),
        new_teams=tuple(_unique_casefold(new_teams)),
        ignored_columns=columns.ignored,
        notes=columns.notes,
    )


def import_people(
    uow: UnitOfWork,
    path: Path | str,
    *,
    kind: PersonKind | str | None = None,
    mapping: Mapping[str, str] | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Check, then write the whole file in ``uow`` and commit; nothing on any error."""
    steps = import_steps(uow, path, kind=kind, mapping=mapping)
    while True:
        try:
            step = next(steps)
        except StopIteration as finished:
            return finished.value  # type: ignore[no-any-return]
        if progress is not None and step.stage == WRITING:
            progress(step.done, step.total)


def import_steps(
    uow: UnitOfWork,
    path: Path | str,
    *,
    kind: PersonKind | str | None = None,
    mapping: Mapping[str, str] | None = None,
) -> Generator[Steps, None, ImportReport]:
    """``import_people`` for the desktop application: yields its progress while writing
    (0 first, then every ``PROGRESS_STEP`` rows, then the total), commits after the last
    step and returns the report. Closing it before the end writes nothing."""
    role = require(uow.actor, Permission.IMPORT_PERSONS)
    yield Steps(CHECKING, 0, 0)
    plan = plan_import(uow, path, kind=kind, mapping=mapping)
    session = uow.session
    teams = {t.name.casefold(): t for t in session.scalars(select(Team))}
    for name in plan.new_teams:
        teams[name.casefold()] = Team(name=name)
        session.add(teams[name.casefold()])
    work = [r for r in plan.rows if r.action is not RowAction.SKIP]
    total = len(work)
    yield Steps(WRITING, 0, total)
    parents: list[tuple[Person, PersonRecord]] = []
    for done, row in enumerate(work, start=1):
        assert row.record is not None
        person = _write(session, row, teams)
        if row.record.links:
            parents.append((person, row.record))
        if done % PROGRESS_STEP == 0 or done == total:
            yield Steps(WRITING, done, total)
    session.flush()
    _link(session, parents)
    uow.audit(
        "persons.import",
        "person",
        "",
        role=role,
        rows=len(plan.rows),
        added=len(plan.added),
        changed=len(plan.changed),
        skipped=len(plan.skipped),
        teams_added=len(plan.new_teams),
    )
    uow.commit()
    return ImportReport(plan, written=True)


def _write(session: Any, row: PlannedRow, teams: Mapping[str, Team]) -> Person:
    record = row.record
    assert record is not None
    person = session.get(Person, row.person_id) if row.person_id else None
    if person is None:
        person = Person(kind=record.kind, number=record.number)
        session.add(person)
    elif record.number:
        person.number = record.number
    for name, value in record.values.items():
        setattr(person, name, value)
    if record.has_team:
        person.team = teams[record.team.casefold()] if record.team else None
    return person


def _link(session: Any, parents: list[tuple[Person, PersonRecord]]) -> None:
    """Add the links of the parents (already flushed); update a relation the file gives."""
    if not parents:
        return
    query = select(Person.number, Person.id).where(Person.kind == PersonKind.LEERLING)
    students = {number: person_id for number, person_id in session.execute(query)}
    stored: dict[tuple[int, int], Guardianship] = {
        (g.guardian_id, g.student_id): g for g in session.scalars(select(Guardianship))
    }
    for parent, record in parents:
        for link in record.links:
            pair = (parent.id, students[link.child_number])
            if pair in stored:
                if link.relation is not None:
                    stored[pair].relation = link.relation
                continue
            stored[pair] = Guardianship(
                guardian_id=pair[0], student_id=pair[1], relation=link.relation or "ouder"
            )
            session.add(stored[pair])


def _row(
    record: PersonRecord,
    action: RowAction,
    changed: tuple[str, ...] = (),
    reason: str = "",
    person: Person | None = None,
) -> PlannedRow:
    person_id = person.id if person is not None else None
    return PlannedRow(
        record.line,
        action,
        record.kind,
        record.number,
        record.name,
        changed,
        reason,
        person_id,
        record,
    )


def _kind_argument(kind: PersonKind | str | None) -> PersonKind | None:
    if kind is None or isinstance(kind, PersonKind):
        return kind
    try:
        return parse_kind(kind)
    except InvalidInput as error:
        raise InvalidInput(tr("De soort klopt niet: {problem}", problem=error.text)) from None


def _unique_casefold(names: Mapping[str | None, None]) -> list[str]:
    seen: dict[str, str] = {}
    for name in names:
        if name:
            seen.setdefault(name.casefold(), name)
    return list(seen.values())
