"""Which CSV column holds which field: built-in header synonyms for Magister and Somtoday
exports, plus an explicit mapping from the caller.

Headers are matched case-, accent- and punctuation-insensitively ("Geb.datum" is
"gebdatum"). An explicit mapping ``{csv header: field}`` wins over the synonyms; its field
may be the English field name (``date_of_birth``), the Dutch one (``geboortedatum``) or
any known header, and ``-`` ignores a column. Unused columns are reported once.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from casemanager.errors import InvalidInput
from casemanager.people.csv_reading import ImportRejected, Problem
from casemanager.texts import Text, tr
from models.people import PersonKind


@dataclass(frozen=True)
class Field:
    name: str
    label: str  # Dutch, for messages and --map
    synonyms: tuple[str, ...]  # headers as exports spell them, in order of preference


FIELDS: tuple[Field, ...] = (
    Field("kind", "soort", ("Soort", "Soort persoon", "Persoonsoort", "Type", "Rol")),
    Field(
        "number",
        "nummer",
        (
            "Stamnr",
            "Stamnummer",
            "Leerlingnummer",
            "Leerlingnr",
            "Llnr",
            "Personeelsnummer",
            "Personeelsnr",
            "Oudernummer",
            "Nummer ouder",
            "Relatienummer",
            "Nummer",
            "Nr",
        ),
    ),
    Field("voornaam", "roepnaam", ("Roepnaam", "Voornaam", "Voornamen")),
    Field(
        "tussenvoegsel",
        "tussenvoegsel",
        ("Tussenvoegsel", "Tussenv.", "Tussenvoegsels", "Voorvoegsel", "Voorvoegsels"),
    ),
    Field("achternaam", "achternaam", ("Achternaam", "Geslachtsnaam")),
    Field("date_of_birth", "geboortedatum", ("Geboortedatum", "Geb.datum", "Gebdat")),
    Field("team", "team", ("Afdeling", "Team", "Afd.")),
    Field("class_name", "klas", ("Klas", "Stamgroep", "Klasnaam", "Groep")),
    Field("function_title", "functie", ("Functie", "Functienaam")),
    Field("street", "adres", ("Straat", "Adres", "Straatnaam")),
    Field("house_number", "huisnummer", ("Huisnummer", "Huisnr.")),
    Field("house_number_suffix", "toevoeging", ("Toevoeging", "Huisnummertoevoeging", "Toev.")),
    Field("postcode", "postcode", ("Postcode",)),
    Field("city", "woonplaats", ("Woonplaats", "Plaats", "Plaatsnaam")),
    Field("email", "e-mailadres", ("E-mail", "E-mailadres", "Mail")),
    Field("phone", "telefoon", ("Telefoon", "Telefoonnummer", "Tel.", "Mobiel")),
    Field(
        "start_date",
        "datum in",
        ("Datum in", "Datum in dienst", "In dienst", "Begindatum", "Inschrijfdatum"),
    ),
    Field(
        "leave_date",
        "datum uit",
        ("Datum uit", "Datum uit dienst", "Uit dienst", "Einddatum", "Uitschrijfdatum"),
    ),
    Field(
        "child_numbers",
        "nummer kind",
        (
            "Nummer kind",
            "Leerlingnummer kind",
            "Stamnr kind",
            "Stamnummer kind",
            "Nummers kinderen",
            "Leerlingnummers",
        ),
    ),
    Field("relation", "relatie", ("Relatie", "Relatie tot leerling", "Soort relatie")),
)
FIELD_BY_NAME = {f.name: f for f in FIELDS}
REQUIRED = ("voornaam", "achternaam")
IGNORE = "-"

# the Dutch words for fields (these labels and the models' own) and for kinds of person,
# as the import's problems name them
_WORDS = {
    "soort": tr("soort"),
    "nummer": tr("nummer"),
    "roepnaam": tr("roepnaam"),
    "voornaam": tr("voornaam"),
    "tussenvoegsel": tr("tussenvoegsel"),
    "achternaam": tr("achternaam"),
    "geboortedatum": tr("geboortedatum"),
    "team": tr("team"),
    "teamnaam": tr("teamnaam"),
    "klas": tr("klas"),
    "functie": tr("functie"),
    "adres": tr("adres"),
    "huisnummer": tr("huisnummer"),
    "toevoeging": tr("toevoeging"),
    "postcode": tr("postcode"),
    "woonplaats": tr("woonplaats"),
    "e-mailadres": tr("e-mailadres"),
    "telefoon": tr("telefoon"),
    "datum in": tr("datum in"),
    "datum uit": tr("datum uit"),
    "nummer kind": tr("nummer kind"),
    "relatie": tr("relatie"),
    "leerling": tr("leerling"),
    "ouder": tr("ouder"),
    "medewerker": tr("medewerker"),
    "overig": tr("overig"),
}


def word(dutch: str) -> str | Text:
    """A field's label or a kind of person, translatable within a problem's sentence."""
    return _WORDS.get(dutch, dutch)


def key(text: str) -> str:
    """Header key: no accents, no case, letters and digits only."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed.casefold() if ch.isalnum())


_SYNONYMS: dict[str, tuple[str, int]] = {}  # header key -> (field, preference)
for _field in FIELDS:
    for _rank, _header in enumerate(_field.synonyms):
        _SYNONYMS.setdefault(key(_header), (_field.name, _rank))
_TARGETS = {key(f.name): f.name for f in FIELDS} | {key(f.label): f.name for f in FIELDS}

_KIND_BY_NUMBER_HEADER = {
    **dict.fromkeys(("stamnr", "stamnummer", "leerlingnummer", "leerlingnr", "llnr"), "leerling"),
    **dict.fromkeys(("personeelsnummer", "personeelsnr"), "medewerker"),
    **dict.fromkeys(("oudernummer", "nummerouder", "relatienummer"), "ouder"),
}


@dataclass(frozen=True)
class ColumnMap:
    """Field name -> column index, and the headers that were not used."""

    index: Mapping[str, int]
    headers: Mapping[str, str]  # field name -> the header as the file spells it
    ignored: tuple[str, ...]
    notes: tuple[str, ...]

    def has(self, field: str) -> bool:
        return field in self.index

    def get(self, cells: Sequence[str], field: str) -> str:
        i = self.index.get(field)
        return cells[i] if i is not None and i < len(cells) else ""

    def implied_kind(self) -> PersonKind | None:
        """The kind of every row, as the headers tell it (no kind column needed)."""
        if self.has("child_numbers"):
            return PersonKind.OUDER
        kind = _KIND_BY_NUMBER_HEADER.get(key(self.headers.get("number", "")))
        return PersonKind(kind) if kind else None


def field_for_target(target: str) -> str | None:
    """The field an explicit mapping names; None for ``-`` (ignore the column)."""
    if target.strip() == IGNORE:
        return None
    k = key(target)
    found = _TARGETS.get(k) or (_SYNONYMS[k][0] if k in _SYNONYMS else None)
    if found is None:
        names = ", ".join(f.label for f in FIELDS)
        raise InvalidInput(
            tr(
                "Het veld '{target}' in de koppeling bestaat niet. Kies uit: {names} "
                "(of '{ignore}' om een kolom over te slaan).",
                target=target,
                names=names,
                ignore=IGNORE,
            )
        )
    return found


def resolve_columns(
    header: Sequence[str], mapping: Mapping[str, str] | None = None, *, path: object = ""
) -> ColumnMap:
    """Match the header to fields. Raises ImportRejected (line 1) when a mapped column is
    not in the file or a required column is missing; InvalidInput for an unknown field."""
    header_keys = [key(h) for h in header]
    explicit: dict[str, str | None] = {}
    problems: list[Problem] = []
    for wanted, target in (mapping or {}).items():
        explicit[key(wanted)] = field_for_target(target)
        if key(wanted) not in header_keys:
            problems.append(
                (
                    1,
                    tr(
                        "de kolom '{column}' uit de koppeling staat niet in het bestand; "
                        "de kolommen zijn: {columns}.",
                        column=wanted,
                        columns=", ".join(header),
                    ),
                )
            )
    best: dict[str, tuple[int, int]] = {}  # field -> (rank, column); explicit has rank -1
    unused: list[int] = []
    for column, k in enumerate(header_keys):
        field, rank = (explicit[k], -1) if k in explicit else _SYNONYMS.get(k, (None, 0))
        if field is None or (field in best and best[field][0] <= rank):
            unused.append(column)
            continue
        if field in best:
            unused.append(best[field][1])
        best[field] = (rank, column)
    if not best:
        problems.append(
            (
                1,
                tr(
                    "geen van de kolommen is bekend (kopregel: {header}). Is dit de export met "
                    "personen? Koppel de kolommen dan zelf (in het programma bij "
                    '"Kolommen koppelen", op de opdrachtregel met --map "Kolom=veld").',
                    header="; ".join(header)[:120],
                ),
            )
        )
    else:
        problems += [(1, missing_column(f)) for f in REQUIRED if f not in best]
    if problems:
        raise ImportRejected(path, problems)
    notes = []
    for column in sorted(unused):
        k = header_keys[column]
        field = explicit[k] if k in explicit else _SYNONYMS.get(k, (None, 0))[0]
        if field is not None:
            notes.append(
                f"kolom '{header[column]}' niet gebruikt: kolom '{header[best[field][1]]}' "
                f"is al de {FIELD_BY_NAME[field].label}"
            )
    return ColumnMap(
        index={f: c for f, (_, c) in best.items()},
        headers={f: header[c] for f, (_, c) in best.items()},
        ignored=tuple(header[c] or f"(kolom {c + 1} zonder naam)" for c in sorted(unused)),
        notes=tuple(notes),
    )


def missing_column(field: str) -> Text:
    info = FIELD_BY_NAME[field]
    return tr(
        "de kolom voor de {label} ontbreekt (bekende namen: {names}). Voeg de kolom toe, of "
        'koppel een kolom (in het programma bij "Kolommen koppelen", op de opdrachtregel met '
        '--map "Kolom={field}").',
        label=word(info.label),
        names=", ".join(info.synonyms),
        field=info.label,
    )
