"""Te doen: grouping deadlines by when they are due, and the page that shows them."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from casemanager.cases.deadlines import Deadline, todo
from casemanager.uow import UnitOfWork
from ui.context import AppContext
from ui.todo_page import (
    CASE,
    DUE,
    LATE,
    LATER,
    TITLE,
    TODAY,
    WEEK,
    DeadlineRole,
    TodoPage,
    group_deadlines,
)

WEDNESDAY = dt.date(2026, 11, 25)


def deadline(due: dt.date, *, overdue: bool = False, case_id: int | None = 1) -> Deadline:
    return Deadline("melding", f"Melding {due}", due, overdue, case_id, "2026-0001", "Ali B")


def test_groups_follow_the_calendar_week() -> None:
    items = [
        deadline(WEDNESDAY - dt.timedelta(days=2), overdue=True),
        deadline(WEDNESDAY),
        deadline(WEDNESDAY + dt.timedelta(days=2)),  # Friday
        deadline(WEDNESDAY + dt.timedelta(days=4)),  # Sunday: still this week
        deadline(WEDNESDAY + dt.timedelta(days=5)),  # next Monday
    ]
    groups = group_deadlines(items, WEDNESDAY)
    assert [(key, len(found)) for key, found in groups] == [
        (LATE, 1),
        (TODAY, 1),
        (WEEK, 2),
        (LATER, 1),
    ]
    assert groups[2][1] == items[2:4]  # the order of the service is kept


def test_only_groups_with_deadlines_are_given() -> None:
    assert group_deadlines([], WEDNESDAY) == []
    groups = group_deadlines([deadline(WEDNESDAY + dt.timedelta(days=30))], WEDNESDAY)
    assert [key for key, _ in groups] == [LATER]
    # a Sunday: the week ends today, so tomorrow is later
    sunday = dt.date(2026, 11, 29)
    groups = group_deadlines([deadline(sunday + dt.timedelta(days=1))], sunday)
    assert [key for key, _ in groups] == [LATER]


# --- the page ---------------------------------------------------------------------------


def shown(ctx: AppContext, qtbot: QtBot) -> TodoPage:
    """A Te doen page once its first list has arrived from the worker thread."""
    page = TodoPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        pass
    return page


def expected(ctx: AppContext) -> list[Deadline]:
    def read(uow: UnitOfWork) -> list[Deadline]:
        return todo(uow.session, uow.actor, uow.policy, on=dt.date.today())

    return ctx.read(read)


def headings(page: TodoPage) -> list[QModelIndex]:
    model = page.model
    return [model.index(i, TITLE) for i in range(model.rowCount())]


def child(heading: QModelIndex, row: int, column: int = TITLE) -> QModelIndex:
    return heading.model().index(row, column, heading)


def test_the_page_shows_the_groups_with_counts(
    sign_in: Callable[[str], AppContext], qtbot: QtBot
) -> None:
    ctx = sign_in("teamleider")
    page = shown(ctx, qtbot)
    items = expected(ctx)
    groups = group_deadlines(items, dt.date.today())
    assert page.deadlines == items
    names = {LATE: "Te laat", TODAY: "Vandaag", WEEK: "Deze week", LATER: "Later"}
    assert [h.data() for h in headings(page)] == [
        f"{names[key]} ({len(found)})" for key, found in groups
    ]
    first = child(headings(page)[0], 0)
    first_deadline = groups[0][1][0]
    assert first.data(DeadlineRole) == first_deadline
    assert first.data() == str(first_deadline.title)  # Dutch: the application's language
    assert first.siblingAtColumn(CASE).data() == first_deadline.case_number
    assert first.siblingAtColumn(DUE).data().endswith(first_deadline.due.strftime("%d-%m-%Y"))
    assert page.stack.currentWidget() is page.tree
    assert f"{len(items)} in totaal" in page.summary.text()


def test_enter_on_a_deadline_opens_its_case(
    sign_in: Callable[[str], AppContext], qtbot: QtBot
) -> None:
    ctx = sign_in("teamleider")
    page = shown(ctx, qtbot)
    page.show()
    qtbot.waitExposed(page)
    item = child(headings(page)[0], 1)
    page.tree.setFocus()
    page.tree.setCurrentIndex(item)
    wanted = item.data(DeadlineRole).case_id
    with qtbot.waitSignal(ctx.case_opened, timeout=1000) as opened:
        qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert opened.args == [wanted]
    other = child(headings(page)[-1], 0)
    center = page.tree.visualRect(other).center()
    with qtbot.waitSignal(ctx.case_opened, timeout=1000) as opened:
        qtbot.mouseDClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert opened.args == [other.data(DeadlineRole).case_id]


def test_enter_on_a_heading_folds_the_group(
    sign_in: Callable[[str], AppContext], qtbot: QtBot
) -> None:
    page = shown(sign_in("teamleider"), qtbot)
    heading = headings(page)[0]
    assert page.tree.isExpanded(heading)
    page.tree.setCurrentIndex(heading)
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert not page.tree.isExpanded(heading)
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert page.tree.isExpanded(heading)


def test_a_deadline_without_a_case_opens_nothing(
    sign_in: Callable[[str], AppContext], qtbot: QtBot
) -> None:
    ctx = sign_in("directie")
    page = shown(ctx, qtbot)
    opened: list[int] = []
    activated: list[Deadline] = []
    ctx.case_opened.connect(opened.append)
    page.deadline_activated.connect(activated.append)
    leak = next(d for d in page.deadlines if d.kind == "datalek")
    page.tree.deadline_activated.emit(leak)
    assert activated == [leak] and opened == []


def test_nothing_to_do_is_said_calmly(sign_in: Callable[[str], AppContext], qtbot: QtBot) -> None:
    page = shown(sign_in("administratie"), qtbot)
    assert page.deadlines == []
    assert page.stack.currentWidget() is page.empty
    assert page.empty.text().startswith("Niets te doen.")
    page.show_deadlines([deadline(WEDNESDAY)], WEDNESDAY)
    assert page.stack.currentWidget() is page.tree


def test_a_change_elsewhere_refreshes(sign_in: Callable[[str], AppContext], qtbot: QtBot) -> None:
    ctx = sign_in("hr")
    page = shown(ctx, qtbot)
    page.show_deadlines([], WEDNESDAY)
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        ctx.cases_changed.emit()
    assert page.deadlines == expected(ctx) != []


def test_locking_empties_the_page(sign_in: Callable[[str], AppContext], qtbot: QtBot) -> None:
    ctx = sign_in("teamleider2")
    page = shown(ctx, qtbot)
    assert page.model.rowCount() > 0
    ctx.lock()
    assert page.model.rowCount() == 0 and page.deadlines == []


def test_tens_of_thousands_of_deadlines_show_without_crashing(
    sign_in: Callable[[str], AppContext], qtbot: QtBot
) -> None:
    """A directie account on a very large dossier: ~29,000 deadlines. Filling
    QTreeWidgetItems aborted PySide6 6.12 ("deallocating None"); the model stores nothing."""
    page = shown(sign_in("administratie"), qtbot)
    page.resize(900, 600)
    page.show()
    qtbot.waitExposed(page)
    kinds = ("melding", "hoorgesprek", "datalek")
    items = [
        Deadline(
            kinds[n % 3],
            f"Termijn {n}",
            WEDNESDAY + dt.timedelta(days=n % 20 - 8),
            n % 20 < 8,
            None if n % 3 == 2 else n,
            f"2026-{n:05d}",
            f"Persoon {n}",
            f"Toelichting {n}" if n % 2 else "",
        )
        for n in range(30_000)
    ]
    nones = sys.getrefcount(None)
    for _ in range(3):  # again and again: each refresh used to leak more
        page.show_deadlines(items, WEDNESDAY)
        qtbot.wait(1)
    # a few references per refresh at most (PySide6 6.12 loses one on void calls), never
    # one or more per deadline as with QTreeWidgetItem.setData
    assert nones - sys.getrefcount(None) < 1000
    # days -8..-1 late; 0 today; 1..4 (to Sunday) this week; 5..11 later; of 20 each
    counts = {LATE: 8 * 1500, TODAY: 1500, WEEK: 4 * 1500, LATER: 7 * 1500}
    names = {LATE: "Te laat", TODAY: "Vandaag", WEEK: "Deze week", LATER: "Later"}
    model = page.model
    assert [h.data() for h in headings(page)] == [f"{names[k]} ({n})" for k, n in counts.items()]
    assert [model.rowCount(h) for h in headings(page)] == list(counts.values())
    assert all(page.tree.isExpanded(h) for h in headings(page))
    assert f"{len(items)} in totaal" in page.summary.text()
    for heading in headings(page):  # every row answers, also off screen
        for row in range(model.rowCount(heading)):
            index = child(heading, row)
            assert index.data(DeadlineRole) is not None and index.data()
            assert index.data(Qt.ItemDataRole.ToolTipRole)
    late = child(headings(page)[0], 0, DUE)
    assert late.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#a1241b"
    page.tree.scrollToBottom()
    qtbot.wait(1)
    page.show_deadlines([], WEDNESDAY)
    assert model.rowCount() == 0 and page.stack.currentWidget() is page.empty
