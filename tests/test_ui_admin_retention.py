"""Beheer → Bewaartermijnen, as the directie: the persons past their term with their last
case, the confirmation that counts what goes, Annuleren that changes nothing, and a purge
of exactly the persons ticked; on a copy of the small demo school (three students left
long enough ago)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from casemanager.cases.listing import CaseFilter, count_cases
from casemanager.cases.retention import list_expired, purge_preview
from casemanager.people.registry import find_persons
from ui.admin.retention_page import CHECK, LAST_CASE, NAME, RetentionPage
from ui.context import AppContext
from ui.tasks import wait_for_tasks

WAIT_MS = 20_000


@pytest.fixture
def ctx(sign_in: Callable[[str], AppContext]) -> AppContext:
    return sign_in("directie")


@pytest.fixture
def page(ctx: AppContext, qtbot: QtBot) -> RetentionPage:
    shown = RetentionPage(ctx)
    qtbot.addWidget(shown)
    return shown


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    """The confirmation's text, answered with ``button``."""
    asked: list[str] = []

    def warning(_parent: object, _title: str, text: str, *_a: object, **_k: object) -> object:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return asked


def expired_ids(ctx: AppContext) -> list[int]:
    return [e.person_id for e in ctx.read(list_expired)]


def test_the_list_names_who_is_past_the_term(ctx: AppContext, page: RetentionPage) -> None:
    expired = ctx.read(list_expired)
    assert len(expired) == page.table.rowCount() == 3
    names = [page.table.item(r, NAME).text() for r in range(3)]
    assert names == [e.name for e in expired]
    with_case = next(r for r in range(3) if page.rows[r].person.cases)
    assert page.table.item(with_case, LAST_CASE).text().startswith(page.rows[with_case].last_case)
    assert not page.purge_button.isEnabled()
    page.all_button.click()
    assert page.checked_ids() == expired_ids(ctx)
    assert page.purge_button.text() == "Verwijderen… (3)" and page.purge_button.isEnabled()


def test_cancel_changes_nothing(
    ctx: AppContext, page: RetentionPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    page.all_button.click()
    preview = ctx.read(purge_preview, expired_ids(ctx))
    page.purge_button.click()
    wait_for_tasks()
    assert asked == [page.confirmation_text(preview)]
    assert asked[0].startswith(
        f"1 zaak en {preview.timeline_entries} tijdlijnregels van 3 personen worden definitief"
    )
    assert len(expired_ids(ctx)) == 3 and page.table.rowCount() == 3
    assert page.status.isHidden()


def test_a_purge_removes_exactly_the_persons_ticked(
    ctx: AppContext, page: RetentionPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    rows = page.rows
    chosen = [r.person for r in rows if r.person.cases]
    chosen.append(next(r.person for r in rows if not r.person.cases))
    kept = next(r.person for r in rows if r.person not in chosen)
    numbers = {r.person.person_id: r.number for r in rows}
    case_before = ctx.lists(count_cases, CaseFilter(person_id=chosen[0].person_id))
    page.set_checked({p.person_id for p in chosen})
    with qtbot.waitSignal(page.purged, timeout=WAIT_MS) as purged:
        page.purge_button.click()
    assert "van 2 personen" in asked[0]
    assert (purged.args[0].persons, purged.args[0].cases) == (2, case_before) == (2, 1)
    assert expired_ids(ctx) == [kept.person_id]
    assert [page.table.item(0, NAME).text()] == [kept.name]
    assert page.table.item(0, CHECK).checkState() == Qt.CheckState.Unchecked
    for person in chosen:
        assert ctx.lists(find_persons, numbers[person.person_id]) == []
        assert ctx.lists(count_cases, CaseFilter(person_id=person.person_id)) == 0
    assert len(ctx.lists(find_persons, numbers[kept.person_id])) == 1
    assert "Verwijderd: 2 personen, 1 zaak" in page.status.text()
