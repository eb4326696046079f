"""Beheer → Auditlog: the lazy list, its filters (compared with the count service), the
chain check with its head hash, and the CSV export of what the filters find; on a copy of
the small demo school after some reading by other users."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import open_demo
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from casemanager.audit import verify_chain
from casemanager.audit_log import AuditFilter, count_audit, list_audit
from casemanager.cases.listing import CaseFilter, list_cases
from casemanager.cases.viewing import get_case
from ui.admin.audit_model import ACTION, PERSON, USER, AuditLogModel
from ui.admin.audit_page import AuditPage
from ui.context import AppContext
from ui.tasks import wait_for_tasks

WAIT_MS = 20_000


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ini = tmp_path / "settings.ini"
    monkeypatch.setattr(
        "ui.settings.settings", lambda: QSettings(str(ini), QSettings.Format.IniFormat)
    )


@pytest.fixture
def ctx(demo_path: Path, qapp: object) -> Iterator[AppContext]:
    """The beheerder, after the teamleider and the directie each read five cases."""
    for user in ("teamleider", "directie"):
        with open_demo(demo_path, user) as reader:
            for row in list_cases(reader, CaseFilter(), limit=5):
                with reader.unit_of_work() as uow:
                    get_case(uow, row.id)
                    uow.commit()
    context = AppContext(open_demo(demo_path, "beheerder"))
    yield context
    wait_for_tasks()
    context.lock()


def settled(model: AuditLogModel) -> AuditLogModel:
    for _ in range(500):
        if model.is_counted:
            return model
        wait_for_tasks()
        QCoreApplication.processEvents()
    raise AssertionError("the count never arrived")


def test_the_list_is_lazy_and_newest_first(ctx: AppContext, qtbot: QtBot) -> None:
    model = AuditLogModel(ctx, page_size=5)
    with qtbot.waitSignal(model.counted, timeout=WAIT_MS):
        model.set_filter(AuditFilter())
        assert model.fetched == 5 and not model.is_counted
    total = ctx.lists(count_audit, AuditFilter())
    assert model.total() == total > 10 and model.fetched == 5
    model.fetchMore()
    assert model.fetched == 10
    while model.canFetchMore():
        model.fetchMore()
    seqs = [model.row_at(i).seq for i in range(model.rowCount())]
    assert seqs == sorted(seqs, reverse=True) and len(seqs) == total


def test_the_filters_narrow_the_list_as_the_count_says(ctx: AppContext, qtbot: QtBot) -> None:
    page = AuditPage(ctx)
    qtbot.addWidget(page)
    settled(page.model)
    everything = page.model.total()
    bar = page.filters
    bar.user_combo.setCurrentIndex(bar.user_combo.findData("directie"))
    settled(page.model)
    assert 0 < page.model.total() == ctx.lists(count_audit, AuditFilter(username="directie"))
    assert page.model.total() < everything
    assert {page.model.index(r, USER).data() for r in range(page.model.rowCount())} == {"directie"}
    bar.action_combo.setCurrentIndex(bar.action_combo.findData("case.read"))
    settled(page.model)
    read = AuditFilter(username="directie", action="case.read")
    assert page.model.total() == ctx.lists(count_audit, read) == 5
    assert page.count_label.text() == "5 regels"
    assert page.model.index(0, ACTION).data() == "zaak ingezien"

    number = ctx.lists(list_audit, read, limit=1)[0].person_number
    bar.clear()
    bar.person.setText(number)
    qtbot.waitUntil(lambda: page.model.filter.person == number, timeout=WAIT_MS)
    settled(page.model)
    rows = [page.model.row_at(r) for r in range(page.model.rowCount())]
    assert rows and {row.person_number for row in rows} == {number}
    assert len(rows) == ctx.lists(count_audit, AuditFilter(person=number))
    assert number in page.model.index(0, PERSON).data()

    bar.clear()
    bar.period_check.setChecked(True)
    bar.date_from.setDate(bar.date_to.date().addDays(-10))
    bar.date_to.setDate(bar.date_to.date().addDays(-9))
    settled(page.model)
    assert page.model.total() == 0 and page.stack.currentWidget() is page.message


def test_the_check_shows_the_head_hash_to_copy(ctx: AppContext, qtbot: QtBot) -> None:
    page = AuditPage(ctx)
    qtbot.addWidget(page)
    with ctx.dossier.reader() as connection:
        head = verify_chain(connection).head_hash
    with qtbot.waitSignal(page.check.checked, timeout=WAIT_MS):
        page.check.button.click()
    assert page.check.head.text() == head and page.check.head.isReadOnly()
    assert page.check.outcome.text().startswith("In orde")
    page.check.copy_button.click()
    assert QGuiApplication.clipboard().text() == head
    settled(page.model)
    assert page.model.row_at(0).action == "dossier.verify"  # the list shows the check

    page.check.expected.setText("0" * 64)
    with qtbot.waitSignal(page.check.checked, timeout=WAIT_MS):
        page.check.button.click()
    assert "kop-hash ontbreekt" in page.check.outcome.text()


def test_the_export_has_the_filtered_rows_and_overwrites_nothing(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = AuditPage(ctx)
    qtbot.addWidget(page)
    page.filters.action_combo.setCurrentIndex(page.filters.action_combo.findData("case.read"))
    settled(page.model)
    target = tmp_path / "auditlog"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    with qtbot.waitSignal(page.exported, timeout=WAIT_MS) as exported:
        page.export_button.click()
    path, rows = exported.args
    assert path == tmp_path / "auditlog.csv" and rows == 10 == page.model.total()
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert len(lines) == 11 and lines[0][:3] == ["Volgnummer", "Tijdstip", "Gebruiker"]
    assert {line[4] for line in lines[1:]} == {"case.read"}
    assert "10 regels geëxporteerd" in page.status.text()

    page.export_button.click()  # the same name again: refused, the file stays as it was
    qtbot.waitUntil(lambda: "niet overschreven" in page.status.text(), timeout=WAIT_MS)
    assert path.read_bytes() == raw
    assert ctx.lists(count_audit, AuditFilter(action="audit.export")) == 1
