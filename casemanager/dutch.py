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


def short_date(day: dt.date) -> str:
    """'26-11-2026'."""
    return f"{day.day:02d}-{day.month:02d}-{day.year}"


def plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"
