"""The core's translatable sentences: Dutch as str(), stored and read back whole, and worded
by the screens in their language (dates, times, nested sentences, policy words)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from casemanager.errors import CaseManagerError, InvalidInput
from casemanager.texts import Text, from_json, to_json, tr
from ui import core_text, dates

HEARING = tr(
    "Hoorgesprek gepland op {day} om {time}; {rung}",
    day=dt.date(2026, 11, 26),
    time=dt.time(14, 35),
    rung="Externe schorsing",
)


@pytest.fixture
def in_english() -> Iterator[None]:
    dates.use_english(True)
    core_text.use_policy({"Externe schorsing": "External suspension"})
    yield
    dates.use_english(False)
    core_text.use_policy({})


def test_the_dutch_is_the_template_with_dutch_values() -> None:
    assert str(HEARING) == (
        "Hoorgesprek gepland op 26 november 2026 om 14.35 uur; Externe schorsing"
    )
    moment = tr("Om {at}", at=dt.datetime(2026, 1, 5, 9, 0))
    assert str(moment) == "Om 5 januari 2026 09.00 uur"


def test_a_text_is_stored_and_read_back_whole() -> None:
    nested = tr("{count} keer: {what}", count=3, what=HEARING)
    again = from_json(to_json(nested))
    assert again == nested
    assert str(again) == str(nested)
    assert isinstance(dict(again.values)["what"], Text)


def test_a_stored_text_with_a_strange_value_is_refused() -> None:
    with pytest.raises(ValueError):
        from_json('["{x}", [["x", [1, 2]]]]')


def test_the_screens_write_dates_times_and_policy_words_in_english(in_english: None) -> None:
    shown = core_text.text(HEARING)  # no catalogue here: the template stays, the values not
    assert "26 November 2026" in shown
    assert "14:35" in shown
    assert shown.endswith("External suspension")
    assert core_text.term("Verwijdering") == "Verwijdering"  # no English given: as written
    assert core_text.term("externe schorsing") == "external suspension"  # within a sentence


def test_in_dutch_the_policy_words_stay_dutch() -> None:
    core_text.use_policy({"Externe schorsing": "External suspension"})
    try:
        assert core_text.text(HEARING) == str(HEARING)
    finally:
        core_text.use_policy({})


def test_an_errors_message_keeps_its_text() -> None:
    error = InvalidInput(tr("Het veld {field} is te lang.", field="plaats"))
    assert str(error) == "Het veld plaats is te lang."
    assert isinstance(error.text, Text)
    assert core_text.message(error) == "Het veld plaats is te lang."
    assert core_text.message(CaseManagerError("Gewoon Nederlands.")) == "Gewoon Nederlands."
    assert core_text.message(ValueError("intern")) == "intern"


def test_a_size_has_one_decimal_written_as_the_language_writes_it(in_english: None) -> None:
    from PySide6.QtCore import QLocale

    size = tr("Het logo is {size} MB.", size=2.44)
    assert str(size) == "Het logo is 2,4 MB."
    assert from_json(to_json(size)) == size
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        assert core_text.text(size).endswith(" 2.4 MB.")
    finally:
        QLocale.setDefault(before)
