"""Reading a CSV export of a student administration system: the bytes, the text, the rows.

Magister and Somtoday export with ``;`` and in Windows-1252 or UTF-8 (with or without a
byte order mark); Excel's "Unicode text" is UTF-16 with a BOM. The separator is taken from
the header line (``;``, ``,`` or a tab). Every cell is trimmed and normalised to NFC. Line
numbers are the file's physical lines (the header is line 1), also when a quoted cell spans
several lines.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from casemanager.errors import InvalidInput
from casemanager.texts import Text, Value, tr

MAX_BYTES = 100 * 1024 * 1024
DELIMITERS = (";", ",", "\t")
_DELIMITER_NAMES = {";": "puntkomma", ",": "komma", "\t": "tab"}
_DELIMITER_TEXTS = {";": tr("puntkomma"), ",": tr("komma"), "\t": tr("tab")}
_SIGNATURES = (
    (b"PK\x03\x04", tr("een Excel- of zip-bestand")),
    (b"\xd0\xcf\x11\xe0", tr("een oud Excel- of Word-bestand")),
    (b"%PDF", tr("een PDF-bestand")),
)
_SAVE_AS_CSV = tr(
    "Exporteer de gegevens opnieuw als CSV (in Excel: Opslaan als > CSV (gescheiden door "
    "lijstscheidingsteken)) en kies dat bestand."
)

Problem = tuple[int, str | Text]  # (line, what is wrong with it: a Text for the screens)


class ImportRejected(InvalidInput):
    """The file has errors; nothing was imported. ``problem_texts`` lists (line, message)
    with each message translatable; ``problems`` the same with the Dutch message."""

    def __init__(self, path: object, problems: Iterable[Problem]) -> None:
        self.problem_texts: tuple[Problem, ...] = tuple(sorted(problems, key=lambda p: p[0]))
        self.problems: tuple[tuple[int, str], ...] = tuple(
            (line, str(message)) for line, message in self.problem_texts
        )
        count = len(self.problem_texts)
        lines = _lines(
            [
                tr("regel {line}: {problem}", line=line, problem=message)
                for line, message in self.problem_texts
            ]
        )
        if count == 1:
            message = tr(
                "Het bestand {path} is niet geïmporteerd: er staat {count} fout in. Er is "
                "niets gewijzigd. Verbeter het bestand en importeer het daarna opnieuw.\n"
                "{lines}",
                path=str(path),
                count=count,
                lines=lines,
            )
        else:
            message = tr(
                "Het bestand {path} is niet geïmporteerd: er staan {count} fouten in. Er is "
                "niets gewijzigd. Verbeter het bestand en importeer het daarna opnieuw.\n"
                "{lines}",
                path=str(path),
                count=count,
                lines=lines,
            )
        super().__init__(message)


def _lines(lines: Sequence[Value]) -> Value:
    """The lines one under the other, each translated on its own. Halved at each level, so
    that the thousands of problems of a wrong file nest only a few levels deep."""
    if len(lines) <= 1:
        return lines[0] if lines else ""
    middle = len(lines) // 2
    return tr("{first}\n{rest}", first=_lines(lines[:middle]), rest=_lines(lines[middle:]))


@dataclass(frozen=True)
class CsvTable:
    """A decoded CSV file: its header and its non-empty records with their line numbers."""

    path: Path
    encoding: str
    delimiter: str
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]

    @property
    def delimiter_name(self) -> str:
        return _DELIMITER_NAMES.get(self.delimiter, repr(self.delimiter))

    @property
    def delimiter_text(self) -> str | Text:
        """``delimiter_name`` for a sentence a screen translates."""
        return _DELIMITER_TEXTS.get(self.delimiter, repr(self.delimiter))


def clean(value: str) -> str:
    """Trim whitespace (also non-breaking spaces) and normalise to NFC."""
    return unicodedata.normalize("NFC", value).strip()


def read_csv(path: Path | str) -> CsvTable:
    """Read, decode and split a CSV file. Raises InvalidInput for a file that cannot be
    read as CSV, ImportRejected (line numbers) for a record that cannot be split."""
    path = Path(path)
    data = _read_bytes(path)
    encoding, text = _decode(path, data)
    text = unicodedata.normalize("NFC", text)
    lines = text.splitlines()
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        raise InvalidInput(_empty(path))
    delimiter = _sniff(path, lines[first])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, tuple[str, ...]]] = []
    header: tuple[str, ...] | None = None
    previous_end = 0
    try:
        for record in reader:
            line, previous_end = previous_end + 1, reader.line_num
            cells = tuple(clean(cell) for cell in record)
            if not any(cells):
                continue  # blank lines and rows of empty cells
            if header is None:
                header = cells
            else:
                rows.append((line, cells))
    except csv.Error as exc:
        raise ImportRejected(
            path,
            [
                (
                    reader.line_num,
                    tr(
                        "deze regel is geen geldige CSV ({detail}); controleer de "
                        "aanhalingstekens.",
                        detail=str(exc),
                    ),
                )
            ],
        ) from exc
    if header is None:
        raise InvalidInput(
            tr(
                "Het bestand {path} bevat alleen lege cellen. Exporteer de gegevens opnieuw.",
                path=str(path),
            )
        )
    if not rows:
        raise InvalidInput(
            tr(
                "Het bestand {path} bevat alleen een kopregel en geen personen. Exporteer de "
                "gegevens opnieuw, met de personen erin.",
                path=str(path),
            )
        )
    return CsvTable(path, encoding, delimiter, header, tuple(rows))


def _read_bytes(path: Path) -> bytes:
    if path.is_dir():
        raise InvalidInput(
            tr("{path} is een map, geen bestand. Kies het CSV-bestand zelf.", path=str(path))
        )
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InvalidInput(
                tr(
                    "Het bestand {path} is te groot ({megabytes} MB) voor een export van "
                    "personen. Controleer of u het juiste bestand hebt gekozen.",
                    path=str(path),
                    megabytes=size // (1024 * 1024),
                )
            )
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise InvalidInput(
            tr(
                "Het bestand {path} bestaat niet. Controleer de map en de bestandsnaam.",
                path=str(path),
            )
        ) from exc
    except PermissionError as exc:
        raise InvalidInput(
            tr(
                "Het bestand {path} kan niet worden gelezen: geen toegang. Sluit het in Excel "
                "of vraag toegang aan de beheerder van de computer.",
                path=str(path),
            )
        ) from exc
    except OSError as exc:
        raise InvalidInput(
            tr(
                "Het bestand {path} kan niet worden gelezen ({detail}). Kopieer het naar "
                "deze computer en probeer het opnieuw.",
                path=str(path),
                detail=str(exc.strerror),
            )
        ) from exc


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    """The encoding's name and the text: UTF-8 (with or without BOM), UTF-16 with a BOM,
    else Windows-1252."""
    if not data.strip():
        raise InvalidInput(_empty(path))
    if data.startswith(b"\xef\xbb\xbf"):
        return _decode_as(path, data, "utf-8-sig", "UTF-8 met BOM")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode_as(path, data, "utf-16", "UTF-16")
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise InvalidInput(
                tr(
                    "Het bestand {path} is {what}, geen CSV-bestand. {save_as_csv}",
                    path=str(path),
                    what=what,
                    save_as_csv=_SAVE_AS_CSV,
                )
            )
    if b"\x00" in data[:65536]:
        raise InvalidInput(_not_text(path))
    try:
        return _decode_as(path, data, "utf-8", "UTF-8")
    except InvalidInput:
        return _decode_as(path, data, "cp1252", "Windows-1252")


def _decode_as(path: Path, data: bytes, codec: str, name: str) -> tuple[str, str]:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InvalidInput(
            tr(
                "De tekens in het bestand {path} zijn niet te lezen (geen UTF-8 of "
                "Windows-1252). {save_as_csv} Kies als codering UTF-8.",
                path=str(path),
                save_as_csv=_SAVE_AS_CSV,
            )
        ) from exc
    if any(ord(ch) < 32 and ch not in "\t\r\n\f\v" for ch in text[:65536]):
        raise InvalidInput(_not_text(path))
    return name, text


def _sniff(path: Path, header_line: str) -> str:
    """The separator that splits the header line into the most columns."""
    counts = {d: len(next(csv.reader([header_line], delimiter=d))) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])  # ties: the first, ';'
    if counts[best] < 2:
        raise InvalidInput(
            tr(
                "Het bestand {path} lijkt geen CSV-bestand: de eerste regel bevat geen kolommen "
                "gescheiden door ; of , (gevonden: '{found}'). {save_as_csv}",
                path=str(path),
                found=header_line[:60],
                save_as_csv=_SAVE_AS_CSV,
            )
        )
    return best


def _empty(path: Path) -> Text:
    return tr(
        "Het bestand {path} is leeg. Kies het CSV-bestand met de export van de "
        "leerling- of personeelsadministratie.",
        path=str(path),
    )


def _not_text(path: Path) -> Text:
    return tr(
        "Het bestand {path} is geen tekstbestand. {save_as_csv}",
        path=str(path),
        save_as_csv=_SAVE_AS_CSV,
    )
