"""Read a policy file, validate it, and report every problem with its place in the file.

A problem's message is a translatable ``Text`` (``casemanager.texts.tr``): ``str`` gives the
Dutch the CLI prints, the desktop application shows it in its own language.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from casemanager.errors import InvalidInput
from casemanager.policy.consistency import Location, consistency_problems
from casemanager.policy.locate import line_of
from casemanager.policy.schema import Policy
from casemanager.resources import resource_path
from casemanager.texts import Text, tr

DEFAULT_POLICY = resource_path("policy", "standaard.toml")
MAX_POLICY_BYTES = 2_000_000
_BARE_KEY = re.compile(r"[A-Za-z0-9_\-]+")


@dataclass(frozen=True)
class PolicyProblem:
    place: str  # e.g. "ladders.leerling.rungs[2].decided_by"
    line: int | None
    message: str | Text

    def __str__(self) -> str:
        where = f"regel {self.line}, " if self.line else ""
        return f"{where}{self.place or 'bestand'}: {self.message}"


class PolicyInvalid(InvalidInput):
    def __init__(self, source: str, problems: list[PolicyProblem]) -> None:
        self.problems = problems
        listed = "\n".join(f"  - {p}" for p in problems)
        super().__init__(
            f"Het beleidsbestand {source} bevat {len(problems)} "
            f"{'fout' if len(problems) == 1 else 'fouten'}; er is niets veranderd.\n{listed}\n"
            "Verbeter het bestand en controleer het opnieuw met 'casemanager policy check'."
        )


def load_policy_file(path: Path) -> Policy:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_POLICY_BYTES:
            raise InvalidInput(
                tr("{path} is te groot voor een beleidsbestand (meer dan 2 MB).", path=str(path))
            )
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise InvalidInput(tr("Het beleidsbestand {path} bestaat niet.", path=str(path))) from exc
    except IsADirectoryError as exc:
        raise InvalidInput(
            tr("{path} is een map; kies het beleidsbestand (.toml).", path=str(path))
        ) from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PolicyInvalid(
            str(path), [PolicyProblem("", None, tr("het bestand is geen UTF-8-tekst"))]
        ) from exc
    return parse_policy(text, source=str(path))


def parse_policy(text: str, *, source: str = "beleid") -> Policy:
    """Validate the TOML text of a policy; PolicyInvalid lists every problem found."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyInvalid(source, [_syntax_problem(exc)]) from exc
    try:
        policy = Policy.model_validate(raw)
    except ValidationError as exc:
        problems = [
            _problem(text, tuple(p for p in e["loc"] if p != "[key]"), _dutch(e))
            for e in exc.errors()
        ]
        raise PolicyInvalid(source, problems) from exc
    found = consistency_problems(policy)
    if found:
        raise PolicyInvalid(source, [_problem(text, loc, message) for loc, message in found])
    return policy


@cache
def default_policy() -> Policy:
    return load_policy_file(DEFAULT_POLICY)


def place_name(loc: Location) -> str:
    name = ""
    for depth, part in enumerate(loc):
        if isinstance(part, int):
            name += f"[{part + 1}]"
        else:
            text = loc[0] == "english" and depth > 0  # a Dutch text as key: always quoted
            name += f".{_key_name(part, text)}" if name else _key_name(part, text)
    return name


def _key_name(key: str, text: bool) -> str:
    """A key as written in the file; a long text key of [english] shortened."""
    if _BARE_KEY.fullmatch(key) and not text:
        return key
    return f'"{key}"' if len(key) <= 50 else f'"{key[:49].rstrip()}…"'


def _problem(text: str, loc: Location, message: str | Text) -> PolicyProblem:
    return PolicyProblem(place_name(loc), line_of(text, loc), message)


def _syntax_problem(exc: tomllib.TOMLDecodeError) -> PolicyProblem:
    """tomllib's own (English) detail, with the line apart."""
    detail = str(exc)
    line = None
    if "(at line " in detail:
        detail, _, rest = detail.partition(" (at line ")
        number = rest.split(",")[0]
        line = int(number) if number.isdigit() else None
    elif detail.endswith(" (at end of document)"):
        detail = detail.removesuffix(" (at end of document)")
        message = tr("geen geldige TOML: {detail}, aan het einde van het bestand", detail=detail)
        return PolicyProblem("", line, message)
    return PolicyProblem("", line, tr("geen geldige TOML: {detail}", detail=detail))


_MESSAGES: dict[str, Text] = {
    "missing": tr("ontbreekt"),
    "extra_forbidden": tr("onbekende sleutel (tikfout?)"),
    "string_type": tr("moet tekst zijn"),
    "string_too_short": tr("mag niet leeg zijn"),
    "string_too_long": tr("is te lang"),
    "string_pattern_mismatch": tr(
        "moet met een letter beginnen en mag alleen letters, cijfers, "
        "'.', '-' en '_' bevatten (hoogstens 40 tekens; een overtredingscode 20)"
    ),
    "int_type": tr("moet een heel getal zijn"),
    "int_parsing": tr("moet een heel getal zijn"),
    "int_from_float": tr("moet een heel getal zijn"),
    "bool_type": tr("moet true of false zijn"),
    "bool_parsing": tr("moet true of false zijn"),
    "date_type": tr("moet een datum zijn, zoals 2026-12-19"),
    "date_from_datetime_inexact": tr("moet een datum zonder tijd zijn"),
    "list_type": tr('moet een lijst zijn, zoals ["a", "b"]'),
    "dict_type": tr("moet een tabel zijn"),
    "model_type": tr("moet een tabel zijn"),
    "too_short": tr("mag niet leeg zijn"),
    "greater_than_equal": tr("is te klein"),
    "less_than_equal": tr("is te groot"),
}


def _dutch(error: Any) -> Text:
    """What pydantic found, as a sentence; one it has no sentence for keeps pydantic's own."""
    kind = error["type"]
    if kind == "literal_error":
        allowed = error.get("ctx", {}).get("expected", "")
        choices = allowed.replace(" or ", ", ")
        # the value quoted, so that no screen takes it for a text of the policy
        written = f"'{error.get('input')}'"
        return tr(
            "{value} is geen geldige waarde; kies uit {choices}", value=written, choices=choices
        )
    if kind in ("greater_than_equal", "less_than_equal"):
        found = next(iter(error.get("ctx", {}).values()), "")
        limit = found if isinstance(found, int) and not isinstance(found, bool) else str(found)
        if kind == "greater_than_equal":
            return tr("moet minstens {limit} zijn", limit=limit)
        return tr("moet hoogstens {limit} zijn", limit=limit)
    return _MESSAGES.get(kind) or tr("{description}", description=str(error.get("msg", kind)))
