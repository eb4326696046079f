"""Rapportage on a copy of the small demo school: the charts and the table show the
service's figures, a new period or team counts again, the CSV export writes the figures
on screen, locking clears the page, and no name from the dossier appears anywhere."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import open_demo
from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import QAbstractButton, QComboBox, QFileDialog, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from casemanager.cases.statistics import (
    CaseStatistics,
    case_statistics,
    school_year,
    statistics_csv,
)
from models import Account, Person
from ui import settings
from ui.context import AppContext
from ui.list_result import number
from ui.reporting.chart_panel import MOST_VIOLATIONS, top_down
from ui.reporting.charts import StatisticsChart
from ui.reporting.period_bar import Preset, preset_period
from ui.reporting.reporting_page import ReportingPage

TODAY = dt.date.today()
MONTHS = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ini, ini_format = tmp_path / "settings.ini", QSettings.Format.IniFormat
    monkeypatch.setattr(settings, "settings", lambda: QSettings(str(ini), ini_format))


def shown(
    qtbot: QtBot, page: ReportingPage, first: dt.date, last: dt.date, team: int | None = None
) -> CaseStatistics:
    """The figures on the page once they are those of this period and team."""

    def ready() -> bool:
        s = page.statistics
        return s is not None and (s.date_from, s.date_to, s.team_id) == (first, last, team)

    qtbot.waitUntil(ready, timeout=15_000)
    assert page.statistics is not None
    return page.statistics


def open_page(qtbot: QtBot, ctx: AppContext) -> tuple[ReportingPage, CaseStatistics]:
    page = ReportingPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    return page, shown(qtbot, page, *school_year(TODAY))


def assert_charts_show(page: ReportingPage, expected: CaseStatistics) -> None:
    charts = page.charts
    assert charts.months.values() == [m.count for m in expected.months]
    if len(expected.months) <= 13:
        assert charts.months.categories() == [MONTHS[m.month - 1] for m in expected.months]
    most = expected.violations[:MOST_VIOLATIONS]
    assert charts.violations.values() == top_down([v.count for v in most])
    for label, violation in zip(charts.violations.categories(), top_down(most), strict=True):
        assert violation.title.startswith(label.removesuffix("…"))  # elided at most
    assert charts.teams.categories() == top_down([t.name for t in expected.teams])
    assert charts.teams.values() == top_down([t.count for t in expected.teams])
    rungs = top_down(list(expected.rungs))
    assert charts.rungs.values() == [r.count for r in rungs]
    assert charts.rungs.highlighted() == [
        i for i, r in enumerate(rungs) if r.ladder == "medewerker"
    ]


def test_the_charts_show_the_service_figures(
    sign_in: Callable[[str], AppContext], qtbot: QtBot
) -> None:
    ctx = sign_in("directie")
    page, on_screen = open_page(qtbot, ctx)
    expected = case_statistics(ctx.dossier, *school_year(TODAY))
    assert on_screen == expected and expected.total > 0
    assert page.period.preset.currentData() is Preset.THIS_YEAR
    assert_charts_show(page, expected)
    assert {r.ladder for r in expected.rungs} == {"leerling", "medewerker"}
    assert f"{number(expected.total)} zaken" in page.summary.text()
    assert page.export_button.isEnabled()


def test_a_new_team_or_period_counts_again(
    sign_in: Callable[[str], AppContext], qtbot: QtBot
) -> None:
    ctx = sign_in("directie")
    page, _first = open_page(qtbot, ctx)
    this_year = school_year(TODAY)
    page.period.team.setCurrentIndex(2)
    team_id = page.period.team_id()
    found = shown(qtbot, page, *this_year, team_id)
    assert found == case_statistics(ctx.dossier, *this_year, team_id)
    assert [t.team_id for t in found.teams] == [team_id]
    assert_charts_show(page, found)

    page.period.team.setCurrentIndex(0)  # Alle teams
    page.period.choose(Preset.LAST_YEAR)
    last_year = preset_period(Preset.LAST_YEAR, TODAY)
    assert last_year == school_year(this_year[0] - dt.timedelta(days=1))
    found = shown(qtbot, page, *last_year)
    assert found == case_statistics(ctx.dossier, *last_year)
    assert_charts_show(page, found)

    # typing a date makes it another period; a long one names the years under the months
    first = dt.date(this_year[0].year - 2, 1, 1)
    page.period.date_from.setDate(QDate(first.year, first.month, first.day))
    assert page.period.preset.currentData() is Preset.CUSTOM
    found = shown(qtbot, page, first, last_year[1])
    assert found == case_statistics(ctx.dossier, first, last_year[1])
    assert_charts_show(page, found)
    years = range(first.year, last_year[1].year + 1)
    assert page.charts.months.categories() == [str(year) for year in years]

    # a period without cases says so in words, with nothing to export
    page.period.set_period(dt.date(2001, 1, 1), dt.date(2001, 3, 31))
    assert shown(qtbot, page, dt.date(2001, 1, 1), dt.date(2001, 3, 31)).total == 0
    assert page.stack.currentWidget() is page.message and not page.export_button.isEnabled()
    assert page.message.text().startswith("Geen zaken van 1 januari 2001 t/m 31 maart 2001")


def test_the_table_holds_the_same_numbers(
    sign_in: Callable[[str], AppContext], qtbot: QtBot
) -> None:
    ctx = sign_in("directie")
    page, s = open_page(qtbot, ctx)
    table = page.table
    rows = [
        (table.item(r, 0).text(), table.item(r, 1).text() if table.item(r, 1) else "")
        for r in range(table.rowCount())
    ]
    expected = [
        *((m.label, m.count) for m in s.months),
        *((f"{v.code} · {v.title}", v.count) for v in s.violations),
        *((t.name, t.count) for t in s.teams),
        *((f"{r.ladder_title} · {r.title}", r.count) for r in s.rungs),
        ("Zonder besluit", s.total - s.decided),
        ("Zaken in de periode", s.total),
    ]
    figures = [(text, int(count.replace(".", ""))) for text, count in rows if count]
    assert figures == expected  # every figure, in this order, and nothing else
    headings = [text for text, count in rows if not count]
    assert len(headings) == 5 and headings[0] == "Per maand"


def test_the_export_writes_the_figures_on_screen(
    sign_in: Callable[[str], AppContext],
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ctx = sign_in("directie")
    page, s = open_page(qtbot, ctx)
    asked: list[str] = []

    def choose(
        _parent: object, _title: str, proposed: str, *_args: object, **_kw: object
    ) -> tuple[str, str]:
        asked.append(proposed)
        return str(tmp_path / "cijfers"), ""  # without the extension: it is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    page.export_button.click()
    target = tmp_path / "cijfers.csv"
    qtbot.waitUntil(lambda: "cijfers.csv" in page.saved_label.text(), timeout=10_000)
    start, end = school_year(TODAY)
    assert Path(asked[0]).name == f"zaken-cijfers-{start.year}-{end.year}.csv"
    assert target.read_bytes() == statistics_csv(s).encode("utf-8-sig")
    assert settings.last_folder("rapportage") == tmp_path


def test_locking_clears_the_page_and_unlocking_counts_again(
    sign_in: Callable[[str], AppContext], qtbot: QtBot, demo_path: Path
) -> None:
    ctx = sign_in("directie")
    page, s = open_page(qtbot, ctx)
    ctx.lock()
    assert page.statistics is None and not page.export_button.isEnabled()
    assert page.table.rowCount() == 0
    assert all(chart.values() == [] and chart.categories() == [] for chart in page.charts.charts())
    ctx.unlock(open_demo(demo_path, "directie"))
    assert shown(qtbot, page, *school_year(TODAY)) == s
    assert_charts_show(page, s)


def test_a_teamleider_chooses_among_their_teams_and_administratie_sees_none(
    sign_in: Callable[[str], AppContext], qtbot: QtBot
) -> None:
    ctx = sign_in("teamleider")
    page, s = open_page(qtbot, ctx)
    teams = [page.period.team.itemText(i) for i in range(page.period.team.count())]
    assert teams[0] == "Alle teams" and len(teams) == 1 + len(ctx.actor.team_ids)
    assert {t.team_id for t in s.teams} == set(ctx.actor.team_ids)
    assert {r.ladder for r in s.rungs} == {"leerling"}
    assert page.charts.rungs.highlighted() == []
    assert_charts_show(page, s)

    refused = ReportingPage(sign_in("administratie"))
    qtbot.addWidget(refused)
    assert "geen cijfers" in refused.message.text() and refused.statistics is None
    assert refused.stack.currentWidget() is refused.message


def every_text(page: ReportingPage) -> list[str]:
    """What the page shows: labels, buttons, choices, tooltips, table cells, chart texts."""
    texts = [w.text() for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton)]
    for combo in page.findChildren(QComboBox):
        texts += [combo.itemText(i) for i in range(combo.count())]
    texts += [w.toolTip() for w in page.findChildren(StatisticsChart)]
    texts += page.table.texts() + [page.tabs.tabText(i) for i in range(page.tabs.count())]
    for chart in page.charts.charts():
        texts += chart.texts()
    return [text for text in texts if text]


def test_no_name_from_the_dossier_appears(
    sign_in: Callable[[str], AppContext], qtbot: QtBot
) -> None:
    ctx = sign_in("directie")
    page, _s = open_page(qtbot, ctx)
    page.period.choose(Preset.LAST_YEAR)  # a full year: every team, many violations
    shown(qtbot, page, *preset_period(Preset.LAST_YEAR, TODAY))
    texts = every_text(page)
    assert len(texts) > 100
    with ctx.dossier.reader() as connection:
        people = connection.execute(select(Person.voornaam, Person.achternaam)).all()
        accounts = list(connection.scalars(select(Account.display_name)))
    full_names = {f"{first} {last}" for first, last in people} | set(accounts)
    surnames = {last for _first, last in people if len(last) > 3}
    words = {word for text in texts for word in re.findall(r"[^\W\d_]+", text)}
    assert len(full_names) > 100
    assert not [name for name in full_names if any(name in text for text in texts)]
    assert not surnames & words


def test_the_presets_are_school_years_and_twelve_whole_months() -> None:
    day = dt.date(2026, 11, 26)
    assert preset_period(Preset.THIS_YEAR, day) == (dt.date(2026, 8, 1), dt.date(2027, 7, 31))
    assert preset_period(Preset.LAST_YEAR, day) == (dt.date(2025, 8, 1), dt.date(2026, 7, 31))
    assert preset_period(Preset.LAST_YEAR, dt.date(2026, 7, 31)) == (
        dt.date(2024, 8, 1), dt.date(2025, 7, 31))  # fmt: skip
    assert preset_period(Preset.LAST_12_MONTHS, day) == (dt.date(2025, 12, 1), day)
    january = dt.date(2027, 1, 15)
    assert preset_period(Preset.LAST_12_MONTHS, january) == (dt.date(2026, 2, 1), january)
    with pytest.raises(ValueError):
        preset_period(Preset.CUSTOM, day)
