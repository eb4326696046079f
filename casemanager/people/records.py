"""From CSV rows to checked person records: kinds, required fields, lengths, dates, and
duplicates within the file. Every problem of every row is collected, none is raised here."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from casemanager.errors import InvalidInput
from casemanager.people.cell_values import parse_date, parse_kind
from casemanager.people.columns import FIELD_BY_NAME, ColumnMap, missing_column, word
from casemanager.people.csv_reading import CsvTable, Problem
from casemanager.texts import Text, tr
from models.people import Guardianship, Person, PersonKind, Team

TEXT_FIELDS = (
    "voornaam",
    "tussenvoegsel",
    "achternaam",
    "class_name",
    "function_title",
    "street",
    "postcode",
    "city",
    "email",
    "phone",
)
DATE_FIELDS = ("date_of_birth", "start_date", "leave_date")
NUMBERED = (PersonKind.LEERLING, PersonKind.MEDEWERKER)
_POSTCODE = re.compile(r"(\d{4})\s*([A-Za-z]{2})")


@dataclass(frozen=True)
class Link:
    """A parent's link to a student, by the student's number."""

    child_number: str
    relation: str | None  # None: the file has no relation column (keep what is stored)


@dataclass(frozen=True)
class PersonRecord:
    line: int
    kind: PersonKind
    number: str | None
    values: Mapping[str, Any]  # Person attributes, only for the columns the file has
    team: str | None = None
    has_team: bool = False
    links: tuple[Link, ...] = field(default=())

    @property
    def name(self) -> str:
        parts = (self.values.get(f, "") for f in ("voornaam", "tussenvoegsel", "achternaam"))
        return " ".join(p for p in parts if p)

    @property
    def name_key(self) -> tuple[str, str, str]:
        return name_key(
            self.values["voornaam"], self.values["achternaam"], self.values.get("postcode", "")
        )


def name_key(voornaam: str, achternaam: str, postcode: str) -> tuple[str, str, str]:
    """How a parent without a number is recognised on a later import."""
    return voornaam.casefold(), achternaam.casefold(), postcode.replace(" ", "").upper()


def max_length(column: Any) -> int:
    return int(column.type.length)


def build_records(
    table: CsvTable, columns: ColumnMap, default_kind: PersonKind | None
) -> tuple[list[PersonRecord], list[tuple[int, int, str]], list[Problem]]:
    """The checked records; the parent rows merged into an earlier row of the same parent
    (line, earlier line, name); and every problem found."""
    default_kind = default_kind or columns.implied_kind()
    problems: list[Problem] = []
    records: list[PersonRecord] = []
    for line, cells in table.rows:
        before = len(problems)
        if len(cells) > len(table.header) and any(cells[len(table.header) :]):
            problems.append(
                (
                    line,
                    tr(
                        "deze regel heeft {cells} velden, de kopregel {header}; staat er een "
                        "{delimiter} in een waarde? Zet die waarde dan tussen aanhalingstekens.",
                        cells=len(cells),
                        header=len(table.header),
                        delimiter=table.delimiter_text,
                    ),
                )
            )
            continue
        record = _record(line, cells, columns, default_kind, problems)
        if record is not None and len(problems) == before:
            records.append(record)
    if not columns.has("number") and any(r.kind in NUMBERED for r in records):
        problems.append((1, missing_column("number")))
    records, merged = _merge_duplicates(records, problems)
    return records, merged, problems


def _record(
    line: int,
    cells: tuple[str, ...],
    columns: ColumnMap,
    default_kind: PersonKind | None,
    problems: list[Problem],
) -> PersonRecord | None:
    def problem(message: str | Text) -> None:
        problems.append((line, message))

    kind = default_kind
    if columns.get(cells, "kind"):
        try:
            kind = parse_kind(columns.get(cells, "kind"))
        except InvalidInput as error:
            problem(error.text)
            return None
    if kind is None:
        problem(
            tr(
                "de soort ontbreekt: vul leerling, ouder, medewerker of overig in "
                "(of geef de soort voor het hele bestand op: in het programma bij 'Wie staan "
                "erin', op de opdrachtregel met --kind)."
            )
        )
        return None
    number = columns.get(cells, "number") or None
    if number is None and kind in NUMBERED and columns.has("number"):
        problem(
            tr("het nummer ontbreekt; een {kind} heeft altijd een nummer.", kind=word(kind.value))
        )
    values: dict[str, Any] = {}
    for name in TEXT_FIELDS:
        if columns.has(name) or (name == "street" and columns.has("house_number")):
            values[name] = columns.get(cells, name)
    if "street" in values:
        extra = (columns.get(cells, "house_number"), columns.get(cells, "house_number_suffix"))
        values["street"] = " ".join(p for p in (values["street"], *extra) if p)
    if match := _POSTCODE.fullmatch(values.get("postcode", "")):
        values["postcode"] = f"{match.group(1)} {match.group(2).upper()}"
    for name in ("voornaam", "achternaam"):
        if not values[name]:
            problem(tr("de {label} ontbreekt.", label=word(FIELD_BY_NAME[name].label)))
    for name in DATE_FIELDS:
        if columns.has(name):
            text = columns.get(cells, name)
            try:
                values[name] = parse_date(text, FIELD_BY_NAME[name].label) if text else None
            except InvalidInput as error:
                problem(error.text)
    _check_values(values, number, problem)
    team = columns.get(cells, "team") or None
    _check_length(team, Team.__table__.c.name, "teamnaam", problem)
    links = _links(columns, cells, kind, problem)
    return PersonRecord(line, kind, number, values, team, columns.has("team"), links)


def _check_values(values: dict[str, Any], number: str | None, problem: Any) -> None:
    table = Person.__table__.c
    _check_length(number, table.number, "nummer", problem)
    for name in TEXT_FIELDS:
        if name in values:
            _check_length(values[name], table[name], table[name].info["label"], problem)
    email = values.get("email", "")
    if email and (email.count("@") != 1 or " " in email or "." not in email.split("@")[1]):
        problem(tr("het e-mailadres '{email}' is ongeldig.", email=email))
    born = values.get("date_of_birth")
    if born and born > dt.date.today():
        problem(tr("de geboortedatum {date} ligt in de toekomst.", date=f"{born:%d-%m-%Y}"))
    start, leave = values.get("start_date"), values.get("leave_date")
    if start and leave and leave < start:
        problem(
            tr(
                "de datum uit ({leave}) ligt vóór de datum in ({start}).",
                leave=f"{leave:%d-%m-%Y}",
                start=f"{start:%d-%m-%Y}",
            )
        )


def _check_length(value: str | None, column: Any, label: str, problem: Any) -> None:
    if value and len(value) > max_length(column):
        maximum = max_length(column)
        problem(
            tr(
                "het veld '{label}' is te lang: {length} tekens, het maximum is {maximum}.",
                label=word(label),
                length=len(value),
                maximum=maximum,
            )
        )


def _links(
    columns: ColumnMap, cells: tuple[str, ...], kind: PersonKind, problem: Any
) -> tuple[Link, ...]:
    numbers = [n for n in re.split(r"[,;\s]+", columns.get(cells, "child_numbers")) if n]
    if not numbers:
        return ()
    if kind != PersonKind.OUDER:
        problem(
            tr(
                "een {kind} heeft geen kinderen in de administratie; laat het nummer van het "
                "kind leeg, of maak van de soort 'ouder'.",
                kind=word(kind.value),
            )
        )
        return ()
    relation = columns.get(cells, "relation") if columns.has("relation") else None
    _check_length(relation, Guardianship.__table__.c.relation, "relatie", problem)
    return tuple(
        Link(n, relation or ("ouder" if relation == "" else None)) for n in dict.fromkeys(numbers)
    )


def _merge_duplicates(
    records: list[PersonRecord], problems: list[Problem]
) -> tuple[list[PersonRecord], list[tuple[int, int, str]]]:
    """Same number twice is an error on both lines, except for a parent listed once per
    child with the same details: those rows become one record with all the children."""
    groups: dict[tuple[Any, ...], list[PersonRecord]] = defaultdict(list)
    for record in records:
        if record.number:
            groups[(record.kind, "nummer", record.number)].append(record)
        elif record.kind in (PersonKind.OUDER, PersonKind.OVERIG):
            groups[(record.kind, "naam", *record.name_key)].append(record)
    kept: dict[int, PersonRecord] = {r.line: r for r in records}
    merged: list[tuple[int, int, str]] = []
    for group_key, group in groups.items():
        if len(group) < 2:
            continue
        first = group[0]
        same = all(r.values == first.values and r.team == first.team for r in group)
        if first.kind == PersonKind.OUDER and same:
            links = tuple(dict.fromkeys(link for r in group for link in r.links))
            kept[first.line] = PersonRecord(
                first.line,
                first.kind,
                first.number,
                first.values,
                first.team,
                first.has_team,
                links,
            )
            for other in group[1:]:
                del kept[other.line]
                merged.append((other.line, first.line, other.name))
            continue
        for record in group:
            others = ", ".join(str(r.line) for r in group if r is not record)
            if group_key[1] == "nummer":
                twice = tr(
                    "nummer {number} staat meer dan eens in het bestand (ook op regel {others}).",
                    number=str(first.number),
                    others=others,
                )
            else:
                twice = tr(
                    "{name} (zelfde naam en postcode) staat meer dan eens in het bestand (ook "
                    "op regel {others}).",
                    name=first.name,
                    others=others,
                )
            problems.append((record.line, twice))
            kept.pop(record.line, None)
    return sorted(kept.values(), key=lambda r: r.line), merged
