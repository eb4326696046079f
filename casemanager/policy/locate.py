"""Find the line of a TOML file that a validation problem's location points at.

tomllib gives no positions, so this reads the file's table headers and keys once and
maps each path (with array-of-tables indices, as pydantic reports them) to its line.
The nearest known enclosing path is used when the exact one is absent (a missing key
points at its table's header).
"""

from __future__ import annotations

import re
import tomllib

Path = tuple[str | int, ...]

# one part of a dotted key: "quoted" (a dot inside is no separator), 'literal' or bare
_PART = r"""(?:"(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_\-]+)"""
_DOTTED = rf"{_PART}(?:\s*\.\s*{_PART})*"
_HEADER = re.compile(rf"^\s*(\[\[?)\s*({_DOTTED})\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(rf"^\s*({_DOTTED})\s*=")


def _parts(dotted: str) -> list[str]:
    if '"' not in dotted and "'" not in dotted:
        return [p.strip() for p in dotted.split(".")]
    # a quoted part may hold dots and escapes: let tomllib read the key itself
    try:
        parsed: object = tomllib.loads(f"{dotted} = 0")
    except tomllib.TOMLDecodeError:  # a line inside a multi-line string, say
        return [dotted]
    parts = []
    while isinstance(parsed, dict):
        name, parsed = next(iter(parsed.items()))
        parts.append(name)
    return parts


def line_index(text: str) -> dict[Path, int]:
    lines: dict[Path, int] = {}
    arrays: dict[Path, int] = {}  # array-of-tables path -> index of its current element
    table: Path = ()
    for number, line in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(line)
        if header:
            is_array = header.group(1) == "[["
            resolved: Path = ()
            names = _parts(header.group(2))
            for depth, name in enumerate(names):
                resolved = (*resolved, name)
                last = depth == len(names) - 1
                if last and is_array:
                    arrays[resolved] = arrays.get(resolved, -1) + 1
                    # a new element starts nested arrays below it afresh
                    for key in [
                        k
                        for k in arrays
                        if len(k) > len(resolved) and k[: len(resolved)] == resolved
                    ]:
                        del arrays[key]
                if resolved in arrays:
                    if not last or is_array:
                        lines.setdefault(resolved, number)
                    resolved = (*resolved, arrays[resolved])
            table = resolved
            lines.setdefault(table, number)
            continue
        key = _KEY.match(line)
        if key:
            lines.setdefault((*table, *_parts(key.group(1))), number)
    return lines


def line_of(text: str, loc: Path) -> int | None:
    """The line that ``loc`` (or its nearest enclosing part) is on; None if unknown."""
    index = line_index(text)
    for end in range(len(loc), 0, -1):
        found = index.get(tuple(loc[:end]))
        if found is not None:
            return found
    return None
