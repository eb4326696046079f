"""Zaken: the case list model (without widgets) and the page around it, on a copy of the
small demo school (250 cases)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from pytestqt.qtbot import QtBot

from casemanager.cases.listing import CaseFilter, CaseSort, count_cases, list_cases
from models.cases import CaseStatus
from ui.cases.list_filters import visible_teams
from ui.cases.list_model import (
    DATE,
    NEXT_DUE,
    NUMBER,
    PERSON,
    STATUS,
    VIOLATION,
    CaseIdRole,
    CaseListModel,
    StatusRole,
)
from ui.cases.list_page import CaseListPage
from ui.context import AppContext
from ui.status_colors import STATUS_COLORS, contrast_ratio, status_label
from ui.tasks import wait_for_tasks

Asc, Desc = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
EVERYTHING = CaseFilter()


@pytest.fixture
def ctx(sign_in: Callable[[str], AppContext]) -> AppContext:
    return sign_in("directie")


def counted(model: CaseListModel) -> CaseListModel:
    """The model once its total is known (counted in the thread pool after a full page)."""
    for _ in range(1000):
        if model.is_counted:
            return model
        wait_for_tasks()
        QCoreApplication.processEvents()
    raise AssertionError("the count never arrived")


def loaded(ctx: AppContext, filter: CaseFilter = EVERYTHING, page_size: int = 200) -> CaseListModel:
    model = CaseListModel(ctx, page_size=page_size)
    model.set_filter(filter)
    return counted(model)


def test_a_full_page_shows_first_and_its_total_follows(ctx: AppContext, qtbot: QtBot) -> None:
    model = CaseListModel(ctx, page_size=100)
    with qtbot.waitSignal(model.counted, timeout=10_000):
        model.set_filter(EVERYTHING)
        assert model.rowCount() == 100 and not model.is_counted
        assert model.total() == 100  # what is there so far
    assert model.is_counted and model.total() == count_cases(ctx.dossier) == 250

    short = CaseListModel(ctx, page_size=300)  # the whole answer on one page: no count
    with qtbot.waitSignal(short.counted, timeout=1000):
        short.set_filter(EVERYTHING)
    assert short.is_counted and short.total() == short.rowCount() == 250


def all_ids(model: CaseListModel) -> list[int]:
    return [model.case_id(row) for row in range(model.rowCount())]


# --- the model, without widgets ---------------------------------------------------------


def test_the_first_load_is_one_page_and_more_comes_only_on_request(ctx: AppContext) -> None:
    model = loaded(ctx, page_size=100)
    assert model.total() == count_cases(ctx.dossier) == 250
    assert model.fetched == model.rowCount() == 100
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.fetched == 200
    model.fetchMore(QModelIndex())
    assert model.fetched == 250
    assert not model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # nothing left: nothing happens
    assert model.fetched == 250
    assert len(set(all_ids(model))) == 250  # no case twice, none skipped


def test_the_list_is_lazy_with_the_default_page_size(ctx: AppContext) -> None:
    model = loaded(ctx)
    assert model.rowCount() == model.page_size == 200 < model.total()
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 250 == model.total()


def test_open_cases_are_the_default_filter(ctx: AppContext) -> None:
    model = CaseListModel(ctx)
    model.reload()
    assert model.filter.open_only
    assert model.total() == count_cases(ctx.dossier, CaseFilter(open_only=True)) < 250


@pytest.mark.parametrize(
    ("column", "sort"),
    [(NUMBER, CaseSort.NUMBER), (DATE, CaseSort.INCIDENT_DATE), (PERSON, CaseSort.PERSON)],
)
def test_sorting_queries_again_in_sql_order(ctx: AppContext, column: int, sort: CaseSort) -> None:
    model = loaded(ctx, page_size=50)
    for order in (Asc, Desc):
        model.sort(column, order)
        expected = list_cases(ctx.dossier, EVERYTHING, sort, order == Desc, limit=50)
        assert [model.row_at(i) for i in range(model.rowCount())] == expected
        assert model.fetched == 50
    model.sort(column, Asc)
    first = model.row_at(0)
    model.sort(column, Desc)
    assert model.row_at(0) != first


def test_sorting_by_number_and_date_puts_the_extremes_first(ctx: AppContext) -> None:
    everything = list_cases(ctx.dossier, EVERYTHING, limit=1000)
    model = loaded(ctx, page_size=20)
    model.sort(NUMBER, Asc)
    assert model.row_at(0).number == min(r.number for r in everything)
    model.sort(NUMBER, Desc)
    assert model.row_at(0).number == max(r.number for r in everything)
    model.sort(DATE, Asc)
    assert model.row_at(0).incident_date == min(r.incident_date for r in everything)
    model.sort(NEXT_DUE, Asc)
    dues = [r.next_due for r in everything if r.next_due]
    assert model.row_at(0).next_due == min(dues)


def test_a_column_without_sql_order_does_not_sort(ctx: AppContext) -> None:
    model = loaded(ctx, page_size=50)
    before = all_ids(model)
    resets: list[None] = []
    model.modelReset.connect(lambda: resets.append(None))
    model.sort(VIOLATION, Asc)
    assert not model.is_sortable(VIOLATION)
    assert (model.sort_column, model.sort_order) == (DATE, Desc)
    assert all_ids(model) == before
    assert resets == []


def fetch_all(model: CaseListModel) -> list[int]:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    return all_ids(model)


def test_filters_narrow_the_rows_in_sql(ctx: AppContext) -> None:
    dossier = ctx.dossier
    teams = visible_teams(dossier)
    assert len(teams) > 1
    team_id, team_name = teams[0]
    some = list_cases(dossier, EVERYTHING, limit=1000)
    code = next(c for r in some for c in r.violation_codes.split(", ") if c)
    start, end = dt.date.today() - dt.timedelta(days=30), dt.date.today() - dt.timedelta(days=7)
    cases: list[tuple[CaseFilter, Callable[..., bool]]] = [
        (CaseFilter(statuses=frozenset({CaseStatus.GEMELD})), lambda r: r.status == "gemeld"),
        (CaseFilter(team_ids=frozenset({team_id})), lambda r: r.team_name == team_name),
        (CaseFilter(violation_codes=frozenset({code})), lambda r: code in r.violation_codes),
        (CaseFilter(date_from=start, date_to=end), lambda r: start <= r.incident_date <= end),
    ]
    for filter, holds in cases:
        model = loaded(ctx, filter, page_size=40)
        assert 0 < model.total() == count_cases(dossier, filter) < 250, filter
        fetch_all(model)
        assert model.fetched == model.total()
        assert all(holds(model.row_at(i)) for i in range(model.rowCount())), filter


def test_mine_shows_the_cases_the_user_handles(sign_in: Callable[[str], AppContext]) -> None:
    ctx = sign_in("teamleider2")
    model = loaded(ctx, CaseFilter(mine=True))
    assert model.total() == count_cases(ctx.dossier, CaseFilter(mine=True)) > 0
    owner = ctx.actor.display_name
    assert {model.row_at(i).owner_name for i in range(model.rowCount())} == {owner}
    directie = sign_in("directie")
    assert loaded(directie, CaseFilter(mine=True)).total() == 0  # directie handles none


def test_search_narrows_the_rows(ctx: AppContext) -> None:
    person = list_cases(ctx.dossier, EVERYTHING, limit=1)[0].person_name
    word = person.split()[-1]
    model = loaded(ctx)
    model.set_filter(CaseFilter(text=word))
    assert 0 < model.total() == count_cases(ctx.dossier, CaseFilter(text=word)) < 250
    assert model.rowCount() == model.total()
    model.set_filter(CaseFilter(text=word[:3]))  # still typing: the start of a word
    assert model.total() >= count_cases(ctx.dossier, CaseFilter(text=word))
    model.set_filter(CaseFilter(text="qqxzzy"))
    assert model.total() == model.rowCount() == 0


def test_a_teamleider_sees_only_own_team(sign_in: Callable[[str], AppContext]) -> None:
    ctx = sign_in("teamleider")
    teams = visible_teams(ctx.dossier)
    assert [team_id for team_id, _ in teams] == sorted(ctx.actor.team_ids)
    model = loaded(ctx)
    fetch_all(model)
    assert 0 < model.total() == model.fetched < 250
    assert {model.row_at(i).team_name for i in range(model.rowCount())} == {teams[0][1]}


def test_roles_give_text_ids_status_colours_and_tooltips(ctx: AppContext) -> None:
    model = loaded(ctx, CaseFilter(statuses=frozenset({CaseStatus.ONDERZOEK})))
    row = model.row_at(0)
    text = model.index(0, DATE).data()
    assert re.fullmatch(r"\d\d-\d\d-\d{4}", text)
    assert text == row.incident_date.strftime("%d-%m-%Y")
    assert model.index(0, NUMBER).data() == row.number
    assert model.index(0, PERSON).data() == row.person_name
    assert model.index(0, STATUS).data() == "in onderzoek" == status_label(row.status)
    assert model.index(0, VIOLATION).data(CaseIdRole) == row.id == model.case_id(0)
    first_code = row.violation_codes.split(", ")[0]
    title = ctx.policy.violation(first_code).title
    assert model.index(0, VIOLATION).data().startswith(title)  # the title, not the code
    assert first_code in model.index(0, VIOLATION).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, NUMBER).data(StatusRole) == "onderzoek"
    colors = STATUS_COLORS[CaseStatus.ONDERZOEK]
    background = model.index(0, STATUS).data(Qt.ItemDataRole.BackgroundRole)
    foreground = model.index(0, STATUS).data(Qt.ItemDataRole.ForegroundRole)
    assert background.name() == colors.background
    assert foreground.name() == colors.foreground
    assert model.index(0, PERSON).data(Qt.ItemDataRole.BackgroundRole) is None
    tip = model.index(0, PERSON).data(Qt.ItemDataRole.ToolTipRole)
    assert row.number in tip and row.owner_name in tip and "Team:" in tip
    header = model.headerData(NUMBER, Qt.Orientation.Horizontal)
    assert header == "Nummer"
    assert model.headerData(NEXT_DUE, Qt.Orientation.Horizontal) == "Volgende termijn"


def test_status_colours_cover_every_status_with_strong_contrast() -> None:
    assert set(STATUS_COLORS) == set(CaseStatus)
    for colors in STATUS_COLORS.values():
        assert contrast_ratio(colors.background, colors.foreground) >= 7
        assert contrast_ratio("#cfe0f3", colors.foreground) >= 4.5  # on a selected row
    assert len({c.background for c in STATUS_COLORS.values()}) == len(CaseStatus)


def test_locking_forgets_the_rows(ctx: AppContext) -> None:
    model = loaded(ctx)
    model.clear()
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())


# --- the page ---------------------------------------------------------------------------


@pytest.fixture
def page(ctx: AppContext, qtbot: QtBot) -> CaseListPage:
    widget = CaseListPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_page_starts_with_the_open_cases(page: CaseListPage, ctx: AppContext) -> None:
    total = count_cases(ctx.dossier, CaseFilter(open_only=True))
    assert page.model.total() == total
    assert page.count_label.text() == f"{total} zaken"
    table = page.table
    assert table.isSortingEnabled() and not table.verticalHeader().isVisible()
    assert table.horizontalHeader().sortIndicatorSection() == DATE
    assert page.search.placeholderText() == "Zoeken in zaken… (Ctrl+F)"


def test_typing_searches_after_a_pause(page: CaseListPage, ctx: AppContext, qtbot: QtBot) -> None:
    word = page.model.row_at(0).person_name.split()[-1]
    qtbot.keyClicks(page.search, word)
    assert page.model.filter.text == ""  # not for every key: after the pause
    qtbot.waitUntil(lambda: page.model.filter.text == word, timeout=2000)
    expected = count_cases(ctx.dossier, CaseFilter(open_only=True, text=word))
    assert page.model.total() == expected > 0
    assert page.model.rowCount() == expected


def test_enter_on_a_row_opens_its_case(page: CaseListPage, ctx: AppContext, qtbot: QtBot) -> None:
    page.table.setFocus()
    page.table.selectRow(3)
    with qtbot.waitSignal(ctx.case_opened, timeout=1000) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [page.model.case_id(3)]
    page.table.selectRow(5)
    with qtbot.waitSignal(ctx.case_opened, timeout=1000) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Enter)
    assert opened.args == [page.model.case_id(5)]


def test_double_click_opens_the_case(page: CaseListPage, ctx: AppContext, qtbot: QtBot) -> None:
    center = page.table.visualRect(page.model.index(1, PERSON)).center()
    with qtbot.waitSignal(ctx.case_opened, timeout=1000) as opened:
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert opened.args == [page.model.case_id(1)]


def test_down_from_the_search_box_goes_to_the_list(page: CaseListPage, qtbot: QtBot) -> None:
    page.focus_search()
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.selected_case_id() == page.model.case_id(0)


def test_filter_widgets_build_the_filter(page: CaseListPage, ctx: AppContext) -> None:
    bar = page.filters
    bar.status_combo.setCurrentIndex(bar.status_combo.findData("gemeld"))
    assert page.model.filter.statuses == {CaseStatus.GEMELD}
    assert counted(page.model).total() == count_cases(ctx.dossier, page.model.filter)
    bar.status_combo.setCurrentIndex(bar.status_combo.findData("all"))
    assert counted(page.model).total() == 250
    assert page.count_label.text() == "250 zaken"
    team_id, _ = visible_teams(ctx.dossier)[1]
    bar.team_combo.setCurrentIndex(bar.team_combo.findData(team_id))
    assert page.model.filter.team_ids == {team_id}
    assert not bar.date_from.isVisibleTo(page)  # geen periode
    bar.period_check.setChecked(True)
    assert bar.date_from.isVisibleTo(page)
    assert page.model.filter.date_from is not None and page.model.filter.date_to is not None
    bar.mine_check.setChecked(True)
    assert page.model.total() == 0
    assert page.stack.currentWidget() is page.empty_label
    bar.clear_button.click()
    assert page.model.filter == CaseFilter(open_only=True)
    assert page.stack.currentWidget() is page.table


def test_an_unsortable_column_keeps_the_sort(page: CaseListPage) -> None:
    page.table.sortByColumn(VIOLATION, Asc)
    header = page.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (DATE, Desc)
    page.table.sortByColumn(PERSON, Asc)
    assert page.model.sort_column == PERSON and header.sortIndicatorSection() == PERSON


def test_a_change_elsewhere_refreshes_and_keeps_the_selection(
    page: CaseListPage, ctx: AppContext, qtbot: QtBot
) -> None:
    page.table.selectRow(4)
    chosen = page.selected_case_id()
    with qtbot.waitSignal(page.model.loaded, timeout=1000):
        ctx.cases_changed.emit()
    assert page.selected_case_id() == chosen


def test_scrolling_to_the_end_fetches_the_next_page(page: CaseListPage, qtbot: QtBot) -> None:
    page.filters.status_combo.setCurrentIndex(page.filters.status_combo.findData("all"))
    assert page.model.rowCount() == 200
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == 250, timeout=2000)
    assert not page.model.canFetchMore(QModelIndex())


def test_locking_empties_the_page(page: CaseListPage, ctx: AppContext) -> None:
    ctx.lock()
    assert page.model.rowCount() == 0 and page.count_label.text() == ""


def test_a_role_without_cases_gets_a_sentence(
    sign_in: Callable[[str], AppContext], qtbot: QtBot
) -> None:
    widget = CaseListPage(sign_in("administratie"))
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 0
    assert "zaken" in widget.empty_label.text()
    assert widget.stack.currentWidget() is widget.empty_label


def test_the_violation_filter_follows_a_new_policy(
    sign_in: Callable[[str], AppContext], qtbot: QtBot
) -> None:
    from casemanager.policy.loading import DEFAULT_POLICY
    from casemanager.policy.stored import store_policy

    teamleider = sign_in("teamleider")
    page = CaseListPage(teamleider)
    qtbot.addWidget(page)
    combo = page.filters.violation_combo
    combo.setCurrentIndex(combo.findData("A6-PEST"))
    renamed = DEFAULT_POLICY.read_text(encoding="utf-8").replace(
        '"Pesten"', '"Pesten en buitensluiten"'
    )
    sign_in("beheerder").call(store_policy, renamed)
    with qtbot.assertNotEmitted(page.filters.changed):  # the same violation stays chosen
        teamleider.reload_policy()
    assert combo.currentData() == "A6-PEST"
    assert combo.currentText() == "A6-PEST — Pesten en buitensluiten"
    assert combo.count() == 1 + len(teamleider.policy.violations)
