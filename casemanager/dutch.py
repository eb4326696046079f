"""Dates and small words the way a Dutch letter or screen writes them."""

from __future__ import annotations

import datetime as dt

MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


def long_date(day: dt.date) -> str:
    """'26 november 2026'."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def long_date_with_weekday(day: dt.date) -> str:
    """'donderdag 26 november 2026'."""
    return f"{WEEKDAYS[day.weekday()]} {long_date(day)}"


def clock(moment: dt.time | dt.datetime) -> str:
    """'14.35 uur'."""
    return f"{moment.hour:02d}.{moment.minute:02d} uur"


def short_date(day: dt.date) -> str:
    """'26-11-2026'."""
    return f"{day.day:02d}-{day.month:02d}-{day.year}"


def megabytes(size: int) -> str:
    """'26,0 MB': a Dutch decimal comma."""
    return f"{size / 1024 / 1024:.1f}".replace(".", ",") + " MB"


def plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


_SPECIAL_LETTERS = str.maketrans(
    {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ß": "ss", "æ": "ae", "œ": "oe"}
)


def fold(text: str) -> str:
    """Text as a search and sort key: lower case, without diacritics, single spaces
    ("Çelik" → "celik", "Wiśniewska" → "wisniewska", "Nguyễn" → "nguyen")."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_SPECIAL_LETTERS))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.split())


def name_key(achternaam: str, voornaam: str, tussenvoegsel: str = "") -> str:
    """How a school sorts names: by surname without its tussenvoegsel, then first name
    ("van der Berg, Jan" sorts under B)."""
    return fold(f"{achternaam} {voornaam} {tussenvoegsel}")
