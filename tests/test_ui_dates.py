"""Dates on screen: Dutch exactly as the letters write them, English as a British reader
expects; the language chosen at start decides."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from casemanager import dutch
from ui import dates

THURSDAY = dt.date(2026, 11, 26)


@pytest.fixture
def english() -> Iterator[None]:
    dates.use_english(True)
    yield
    dates.use_english(False)


def test_dutch_dates_are_the_letters_dates() -> None:
    for offset in range(0, 366, 17):  # every month and weekday comes by
        day = THURSDAY + dt.timedelta(days=offset)
        assert dates.long_date(day) == dutch.long_date(day)
        assert dates.long_date_with_weekday(day) == dutch.long_date_with_weekday(day)
        assert dates.short_date(day) == dutch.short_date(day)
    assert dates.weekday_short_date(THURSDAY) == "do 26-11-2026"
    assert dates.clock(dt.time(9, 5)) == "09.05 uur"
    assert dates.short_moment(dt.datetime(2026, 11, 3, 16, 1)) == "03-11-2026 16:01"


def test_english_dates(english: None) -> None:
    assert dates.long_date(THURSDAY) == "26 November 2026"
    assert dates.long_date_with_weekday(THURSDAY) == "Thursday 26 November 2026"
    assert dates.short_date(THURSDAY) == "26/11/2026"
    assert dates.weekday_short_date(THURSDAY) == "Thu 26/11/2026"
    assert dates.clock(dt.datetime(2026, 11, 26, 14, 35)) == "14:35"
    assert dates.short_moment(dt.datetime(2026, 11, 3, 16, 1)) == "03/11/2026 16:01"


def test_date_fields_write_dates_as_the_screen_does(english: None, qapp: object) -> None:
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDateEdit

    field = QDateEdit(QDate(2026, 11, 26))
    field.setDisplayFormat(dates.edit_format())
    assert field.text() == dates.short_date(THURSDAY) == "26/11/2026"
    dates.use_english(False)
    field.setDisplayFormat(dates.edit_format(with_time=True))
    assert field.text() == "26-11-2026 00:00"


def test_counts_group_thousands_as_the_language_does() -> None:
    from PySide6.QtCore import QLocale

    from ui.list_result import number

    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Dutch))
        assert number(1234567) == "1.234.567"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        assert number(1234567) == "1,234,567"
    finally:
        QLocale.setDefault(before)
