"""Read a policy file, validate it, and report every problem with its place in the file."""

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

DEFAULT_POLICY = resource_path("policy", "standaard.toml")
MAX_POLICY_BYTES = 2_000_000
_BARE_KEY = re.compile(r"[A-Za-z0-9_\-]+")


@dataclass(frozen=True)
class PolicyProblem:
    place: str  # e.g. "ladders.leerling.rungs[2].decided_by"
    line: int | None
    message: str

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
            raise InvalidInput(f"{path} is te groot voor een beleidsbestand (meer dan 2 MB).")
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise InvalidInput(f"Het beleidsbestand {path} bestaat niet.") from exc
    except IsADirectoryError as exc:
        raise InvalidInput(f"{path} is een map; kies het beleidsbestand (.toml).") from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PolicyInvalid(
            str(path), [PolicyProblem("", None, "het bestand is geen UTF-8-tekst")]
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


def _problem(text: str, loc: Location, message: str) -> PolicyProblem:
    return PolicyProblem(place_name(loc), line_of(text, loc), message)


def _syntax_problem(exc: tomllib.TOMLDecodeError) -> PolicyProblem:
    message = str(exc)
    line = None
    if "(at line " in message:
        detail, _, rest = message.partition(" (at line ")
        number = rest.split(",")[0]
        line = int(number) if number.isdigit() else None
        message = detail
    elif message.endswith(" (at end of document)"):
        message = message.removesuffix(" (at end of document)") + ", aan het einde van het bestand"
    return PolicyProblem("", line, f"geen geldige TOML: {message}")


_MESSAGES: dict[str, str] = {
    "missing": "ontbreekt",
    "extra_forbidden": "onbekende sleutel (tikfout?)",
    "string_type": "moet tekst zijn",
    "string_too_short": "mag niet leeg zijn",
    "string_too_long": "is te lang",
    "string_pattern_mismatch": "moet met een letter beginnen en mag alleen letters, cijfers, "
    "'.', '-' en '_' bevatten (hoogstens 40 tekens; een overtredingscode 20)",
    "int_type": "moet een heel getal zijn",
    "int_parsing": "moet een heel getal zijn",
    "int_from_float": "moet een heel getal zijn",
    "bool_type": "moet true of false zijn",
    "bool_parsing": "moet true of false zijn",
    "date_type": "moet een datum zijn, zoals 2026-12-19",
    "date_from_datetime_inexact": "moet een datum zonder tijd zijn",
    "list_type": 'moet een lijst zijn, zoals ["a", "b"]',
    "dict_type": "moet een tabel zijn",
    "model_type": "moet een tabel zijn",
    "too_short": "mag niet leeg zijn",
    "greater_than_equal": "is te klein",
    "less_than_equal": "is te groot",
}


def _dutch(error: Any) -> str:
    kind = error["type"]
    if kind == "literal_error":
        allowed = error.get("ctx", {}).get("expected", "")
        choices = allowed.replace(" or ", ", ")
        return f"'{error.get('input')}' is geen geldige waarde; kies uit {choices}"
    if kind in ("greater_than_equal", "less_than_equal"):
        limit = next(iter(error.get("ctx", {}).values()), "")
        word = "minstens" if kind == "greater_than_equal" else "hoogstens"
        return f"moet {word} {limit} zijn"
    return _MESSAGES.get(kind, error.get("msg", kind))
