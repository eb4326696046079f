"""The policy's own English: the standard policy gives every text a screen shows in
English, a key that is no text of the policy is refused at its line, and the screens show
a policy text in English only when the application runs in English."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from casemanager.cases.statistics import (
    NO_TEAM,
    CaseStatistics,
    MonthCount,
    RungCount,
    TeamCount,
    ViolationCount,
)
from casemanager.policy import DEFAULT_POLICY, PolicyInvalid, default_policy, parse_policy
from casemanager.policy.consistency import policy_texts
from casemanager.policy.locate import line_of
from ui import core_text, dates
from ui.reporting.figures_table import FiguresTable

DEFAULT_TEXT = DEFAULT_POLICY.read_text(encoding="utf-8")
ARTICLE_NUMBER = re.compile(r"[A-Z]\.\d+")  # "A.6": a number, the same in English


@pytest.fixture
def english() -> Iterator[None]:
    """The application in English with the standard policy's English; Dutch again after."""
    dates.use_english(True)
    core_text.use_policy(default_policy().english)
    yield
    dates.use_english(False)
    core_text.use_policy({})


def problems_of(text: str) -> list[str]:
    with pytest.raises(PolicyInvalid) as caught:
        parse_policy(text, source="test.toml")
    return [str(problem) for problem in caught.value.problems]


def test_the_standard_policy_loads_with_its_english_for_its_own_texts() -> None:
    policy = default_policy()
    texts = policy_texts(policy)
    assert policy.english["Pesten"] == "Bullying"
    assert policy.english["Verwijdering"] == "Expulsion"
    assert sorted(set(policy.english) - texts) == []


def test_every_text_the_standard_policy_shows_has_its_english() -> None:
    policy = default_policy()
    # its name is the first thing a school changes: left out, so renaming asks nothing more
    shown = {t for t in policy_texts(policy) if not ARTICLE_NUMBER.fullmatch(t)}
    missing = sorted(shown - set(policy.english) - {policy.name})
    assert missing == []
    for text in (
        policy.violation("A6-DOXING").title,
        policy.violation("A1-LES").article_text,
        policy.ladders["leerling"].title,
        policy.ladders["leerling"].rung("verwijdering").checklist[2],
        policy.ladders["leerling"].rung("externe_schorsing").notifications[0].description,
        policy.ladders["medewerker"].rung("schorsing").description,
        policy.letter_types["melding_inspectie"],
        policy.wvsr["285b"],
        policy.recipients["melding_inspectie"].name,
        policy.holidays[0].name,
    ):
        assert policy.english.get(text, "").strip(), text
    assert all(value.strip() for value in policy.english.values())


def test_an_english_text_for_a_text_not_in_the_policy_is_refused_at_its_line() -> None:
    text = DEFAULT_TEXT.replace('title = "Pesten"', 'title = "Pesten, ook online"')
    (found,) = problems_of(text)
    line = line_of(text, ("english", "Pesten"))
    assert line is not None and '"Pesten" = "Bullying"' in text.splitlines()[line - 1]
    assert found.startswith(f'regel {line}, english."Pesten": deze tekst staat nergens')
    assert "precies zoals hij in het beleid staat" in found


def test_a_near_miss_is_named_and_a_key_with_a_dot_is_found_at_its_own_line() -> None:
    written = '"Ten hoogste één week (vijf schooldagen)." = '
    text = DEFAULT_TEXT.replace(written, '"Ten hoogste een week (vijf schooldagen)." = ')
    (found,) = problems_of(text)
    line = next(i for i, row in enumerate(text.splitlines(), 1) if "Ten hoogste een week" in row)
    assert found.startswith(f'regel {line}, english."Ten hoogste een week (vijf schooldagen)."')
    assert found.endswith("bedoelt u 'Ten hoogste één week (vijf schooldagen).'?")


def test_an_empty_english_text_is_refused() -> None:
    (found,) = problems_of(DEFAULT_TEXT.replace('"Pesten" = "Bullying"', '"Pesten" = " "'))
    assert 'english."Pesten": de Engelse tekst is leeg' in found


def test_a_policy_text_is_english_only_when_the_application_is(english: None) -> None:
    assert core_text.term("Interne schorsing") == "Internal suspension"
    assert (
        core_text.term("Een tekst die het beleid niet kent") == "Een tekst die het beleid niet kent"
    )
    dates.use_english(False)
    assert core_text.term("Interne schorsing") == "Interne schorsing"


def statistics() -> CaseStatistics:
    day = dt.date(2026, 8, 1)
    return CaseStatistics(
        date_from=day, date_to=dt.date(2026, 8, 31), team_id=None, team_name="Alle teams",
        total=3, months=(MonthCount(2026, 8, 3),),
        violations=(ViolationCount("A6-PEST", "Pesten", 2), ViolationCount("X-OUD", "X-OUD", 1)),
        teams=(TeamCount(1, "Havo", 2), TeamCount(None, NO_TEAM, 1)),
        rungs=(RungCount("leerling", "Leerlingen en ouders", "interne_schorsing",
                         "Interne schorsing", 2),
               RungCount("medewerker", "Medewerkers (plichtsverzuim, cao-vo)", "ontslag",
                         "Ontslag", 0)),
    )  # fmt: skip


def test_the_figures_table_shows_the_policy_texts_in_english(qtbot: QtBot, english: None) -> None:
    table = FiguresTable()
    qtbot.addWidget(table)
    table.show_statistics(statistics())
    shown = table.texts()
    assert "A6-PEST · Bullying" in shown and "X-OUD · X-OUD" in shown  # a code it lost stays
    assert "Students and parents/carers · Internal suspension" in shown
    assert "Staff (breach of duty, CAO VO) · Dismissal" in shown
    assert "August 2026" in shown and "Havo" in shown


def test_the_figures_table_stays_dutch_in_dutch(qtbot: QtBot) -> None:
    table = FiguresTable()
    qtbot.addWidget(table)
    table.show_statistics(statistics())
    shown = table.texts()
    assert "A6-PEST · Pesten" in shown and "augustus 2026" in shown
    assert "Leerlingen en ouders · Interne schorsing" in shown and NO_TEAM in shown
