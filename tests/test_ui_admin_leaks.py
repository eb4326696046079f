"""Beheer → Datalekken, as the directie: a leak registered through the form appears with
its deadline (discovery + the policy's 72 hours) and a running clock; assessing it records
the AP's reference, or the written reason not to report; on a copy of the small demo
school."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QDateTime, Qt
from pytestqt.qtbot import QtBot

from casemanager.dataleaks import LeakRow, list_leaks
from ui.admin.leaks_model import LATE_COLOR, STATUS, WARNING_COLOR, status_text, time_left
from ui.admin.leaks_page import LeaksPage
from ui.context import AppContext

WAIT_MS = 20_000
TITLE = "Cijferlijst 3H2 naar de verkeerde ouders gemaild"


@pytest.fixture
def ctx(sign_in: Callable[[str], AppContext]) -> AppContext:
    return sign_in("directie")


@pytest.fixture
def page(ctx: AppContext, qtbot: QtBot) -> LeaksPage:
    shown = LeaksPage(ctx)
    qtbot.addWidget(shown)
    return shown


def register(page: LeaksPage, qtbot: QtBot, hours_ago: int = 5) -> LeakRow:
    """Fill in and save the form; the new leak, chosen in the list."""
    dialog = page.register_leak()
    assert dialog is not None and not dialog.ok.isEnabled()  # "what happened" comes first
    dialog.what.setText(TITLE)
    dialog.description.setPlainText("De mentor mailde de cijferlijst aan alle ouders van 3H1.")
    discovered = QDateTime.currentDateTime().addSecs(-hours_ago * 3600)
    dialog.discovered.setDateTime(discovered)
    dialog.persons.setValue(28)
    dialog.kinds[0].setChecked(True)
    dialog.kinds[3].setChecked(True)
    dialog.other_kind.setText("absentie")
    dialog.cause.setPlainText("Verkeerde verzendlijst gekozen.")
    dialog.measures.setPlainText("Ontvangers gevraagd de mail te verwijderen.")
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        dialog.ok.click()
    leak = page.current()
    assert leak is not None and leak.title == TITLE
    return leak


def test_a_registered_leak_shows_with_its_72_hour_clock(
    ctx: AppContext, page: LeaksPage, qtbot: QtBot
) -> None:
    before = len(page.model.rows)
    leak = register(page, qtbot)
    assert len(page.model.rows) == before + 1 == len(ctx.read(list_leaks))
    assert leak.report_deadline - leak.discovered_at == dt.timedelta(hours=72)
    age = dt.datetime.now(dt.UTC) - leak.discovered_at
    assert dt.timedelta(hours=4, minutes=58) < age < dt.timedelta(hours=5, minutes=2)
    assert leak.persons_affected == 28
    assert leak.data_categories == "namen en adressen, cijfers en resultaten, absentie"
    assert "Oorzaak: Verkeerde verzendlijst gekozen." in leak.description
    assert "Genomen maatregelen: Ontvangers" in leak.description
    row = page.model.row_of(leak.id)
    status = page.model.index(row, STATUS)
    assert status.data() in ("Beoordelen: nog 67 uur", "Beoordelen: nog 66 uur")
    assert status.data(Qt.ItemDataRole.ForegroundRole).name() == WARNING_COLOR
    assert "nog 6" in page.detail_clock.text() and not page.assess_button.isHidden()

    page.tick(leak.report_deadline + dt.timedelta(minutes=1))  # the minute timer moves on
    assert status.data() == "Beoordelen: termijn verstreken"
    assert status.data(Qt.ItemDataRole.ForegroundRole).name() == LATE_COLOR
    assert "termijn verstreken" in page.detail_clock.text()


def test_the_clock_in_words() -> None:
    deadline = dt.datetime(2026, 11, 29, 10, 0, tzinfo=dt.UTC)
    assert time_left(deadline, deadline - dt.timedelta(hours=31, minutes=20)) == "nog 31 uur"
    assert time_left(deadline, deadline - dt.timedelta(minutes=40)) == "nog 40 minuten"
    assert time_left(deadline, deadline) == "termijn verstreken"


def test_assessing_records_the_ap_reference(ctx: AppContext, page: LeaksPage, qtbot: QtBot) -> None:
    leak = register(page, qtbot, hours_ago=2)
    dialog = page.assess_leak()
    assert dialog is not None and not dialog.ok.isEnabled()
    dialog.report.setChecked(True)
    dialog.motivation.setPlainText("Gegevens van minderjarigen bij onbevoegden: een risico.")
    assert not dialog.ok.isEnabled()  # reporting needs the AP's reference
    dialog.reference.setText("AP-2026-004217")
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        dialog.ok.click()
    (stored,) = [r for r in ctx.read(list_leaks) if r.id == leak.id]
    assert (stored.report_to_ap, stored.ap_reference) == (True, "AP-2026-004217")
    assert stored.decided_at is not None and stored.decided_at >= leak.discovered_at
    assert page.current() == stored and page.assess_button.isHidden()
    assert "meldingsnummer AP-2026-004217" in page.detail_decision.text()
    today = dt.date.today().strftime("%d-%m-%Y")
    assert status_text(stored, dt.datetime.now(dt.UTC)) == f"Gemeld bij de AP op {today}"
    assert page.assess_leak() is None  # decided once


def test_not_reporting_needs_a_written_reason(
    ctx: AppContext, page: LeaksPage, qtbot: QtBot
) -> None:
    leak = register(page, qtbot)
    dialog = page.assess_leak()
    assert dialog is not None
    dialog.no_report.setChecked(True)
    assert not dialog.form.isRowVisible(dialog.reference)
    dialog.motivation.setPlainText("Kort")
    assert not dialog.ok.isEnabled()
    reason = "De mail is binnen tien minuten door alle ontvangers verwijderd."
    dialog.motivation.setPlainText(reason)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        dialog.ok.click()
    (stored,) = [r for r in ctx.read(list_leaks) if r.id == leak.id]
    assert (stored.report_to_ap, stored.decision_motivation) == (False, reason)
    assert stored.ap_reference == ""
    assert "Niet gemeld" in page.model.index(page.model.row_of(leak.id), STATUS).data()
