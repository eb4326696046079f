"""Dates and times as the screens write them, in the application's language.

Dutch is written exactly as ``casemanager.dutch`` writes it in letters ("donderdag
26 november 2026", "26-11-2026", "14.35 uur"); English as a British reader expects it
("Thursday 26 November 2026", "26/11/2026", "14:35"). The language is the one
``ui.translation.install`` chose at start; Dutch until then (and in tests).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale

from casemanager import dutch

_english = False


def use_english(english: bool) -> None:
    global _english
    _english = english


def in_english() -> bool:
    return _english


def edit_format(with_time: bool = False) -> str:
    """The display format of a date field: '26-11-2026' / '26/11/2026'."""
    day = "dd/MM/yyyy" if _english else "dd-MM-yyyy"
    return f"{day} HH:mm" if with_time else day


def _en() -> QLocale:
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def long_date(day: dt.date) -> str:
    """'26 november 2026' / '26 November 2026'."""
    return _en().toString(_qdate(day), "d MMMM yyyy") if _english else dutch.long_date(day)


def long_date_with_weekday(day: dt.date) -> str:
    """'donderdag 26 november 2026' / 'Thursday 26 November 2026'."""
    if _english:
        return _en().toString(_qdate(day), "dddd d MMMM yyyy")
    return dutch.long_date_with_weekday(day)


def short_date(day: dt.date) -> str:
    """'26-11-2026' / '26/11/2026'."""
    return _en().toString(_qdate(day), "dd/MM/yyyy") if _english else dutch.short_date(day)


def weekday_short_date(day: dt.date) -> str:
    """'do 26-11-2026' / 'Thu 26/11/2026'."""
    if _english:
        return _en().toString(_qdate(day), "ddd dd/MM/yyyy")
    return f"{dutch.WEEKDAYS[day.weekday()][:2]} {dutch.short_date(day)}"


def clock(moment: dt.time | dt.datetime) -> str:
    """'14.35 uur' / '14:35'."""
    return f"{moment.hour:02d}:{moment.minute:02d}" if _english else dutch.clock(moment)


def short_moment(moment: dt.datetime) -> str:
    """'26-11-2026 10:47' / '26/11/2026 10:47' (a moment already in local time)."""
    return f"{short_date(moment.date())} {moment:%H:%M}"
