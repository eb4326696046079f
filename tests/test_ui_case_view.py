"""One case in its tab, on copies of the demo dossier: the header, the timeline, evidence
with an image preview, statements and notes with corrections, the hearing planned and held
through its dialogs, the procedure panel hosted, and buttons that say why they are off."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from test_ui_report_form import drop, png

from casemanager.cases.listing import CaseFilter, list_cases
from casemanager.cases.reporting import CaseRef, NewReport, PartyInput, report_case
from casemanager.cases.viewing import get_case
from casemanager.cases.views import CaseView
from casemanager.people.registry import PersonRow, list_persons
from models.cases import CaseStatus, PartyRole
from ui.cases.case_view import CaseViewWidget
from ui.cases.procedure_panel import ProcedurePanel
from ui.context import AppContext
from ui.status_colors import status_label

LEFT = Qt.MouseButton.LeftButton
DESCRIPTION = "Op Instagram is een bewerkte foto van een klasgenoot geplaatst."
REPORT = "De leerling en de ouders zijn gehoord; de leerling erkent de foto te hebben geplaatst."


@pytest.fixture
def ctx(sign_in: Callable[[str], AppContext]) -> AppContext:
    return sign_in("teamleider")


@pytest.fixture(autouse=True)
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Errors shown in a message box are recorded instead of blocking the test."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: shown.append(a[-1])))
    return shown


def students(ctx: AppContext, count: int) -> list[PersonRow]:
    return ctx.lists(list_persons, kind="leerling", active=True, limit=count)


def new_case(ctx: AppContext) -> CaseRef:
    subject, victim = students(ctx, 2)
    report = NewReport(
        subject_person_id=subject.id,
        violation_codes=("A6-PEST", "A5-BEELD"),
        incident_date=dt.date.today() - dt.timedelta(days=2),
        incident_time=dt.time(13, 20),
        description=DESCRIPTION,
        place="schoolplein",
        platform="Instagram",
        parties=(PartyInput(victim.id, PartyRole.SLACHTOFFER),),
    )
    return ctx.call(report_case, report)


def view_for(ctx: AppContext, qtbot: QtBot, case_id: int) -> CaseViewWidget:
    widget = CaseViewWidget(ctx, case_id)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def fresh(ctx: AppContext, case_id: int) -> CaseView:
    return ctx.call(get_case, case_id)


def accept(qtbot: QtBot, widget: CaseViewWidget, dialog: object) -> None:
    """Press the dialog's OK button and wait until the case was read again."""
    with qtbot.waitSignal(widget.title_changed, timeout=10_000):
        qtbot.mouseClick(dialog.ok, LEFT)  # type: ignore[attr-defined]


# --- the header and the timeline -------------------------------------------------------


def test_the_header_and_the_timeline_show_the_case(ctx: AppContext, qtbot: QtBot) -> None:
    ref = new_case(ctx)
    widget = view_for(ctx, qtbot, ref.id)
    view = fresh(ctx, ref.id)
    header = widget.header
    assert widget.case_number == ref.number == header.number.text()
    assert widget.title == f"{ref.number} · {view.person_name}"
    assert header.pill.objectName() == "statusPill"
    assert header.pill.property("status") == "gemeld"
    assert header.pill.text() == status_label(CaseStatus.GEMELD)
    values = {name: label.text() for name, label in header.values.items()}
    assert view.person_name in values["person"] and "leerling" in values["person"]
    assert view.class_name in values["class"] and view.team in values["class"]
    assert "Pesten" in values["violation"] and "A.6" in values["violation"]
    assert values["severity"] == view.severity
    assert values["owner"] == ctx.actor.display_name
    assert "13:20" in values["incident"] and "Instagram" in values["incident"]
    flags = [b.property("flag") for b in header.badge_widget.findChildren(type(header.pill))]
    assert "pestprotocol" in flags

    entries = widget.timeline.list.entries()
    assert [e.title for e in entries] == [str(t.title) for t in view.timeline]
    assert entries[0].kind == "melding" and entries[0].who == ctx.actor.display_name
    assert DESCRIPTION in entries[0].text
    tabs = [widget.tabs.tabText(i) for i in range(widget.tabs.count())]
    assert tabs[1] == f"Tijdlijn ({len(view.timeline)})"
    assert "Besluit en afhandeling" in tabs
    assert widget.overview.description.text() == DESCRIPTION
    assert "slachtoffer" in widget.overview.parties.text()


def test_the_procedure_panel_is_hosted_and_its_changes_reload_the_case(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ref = new_case(ctx)
    widget = view_for(ctx, qtbot, ref.id)
    assert isinstance(widget.procedure, ProcedurePanel)
    assert widget.tabs.indexOf(widget.procedure) >= 0
    with qtbot.waitSignal(widget.title_changed):
        widget.procedure.changed.emit()


def test_starting_the_investigation_from_the_header(ctx: AppContext, qtbot: QtBot) -> None:
    ref = new_case(ctx)
    widget = view_for(ctx, qtbot, ref.id)
    button = widget.header.investigate_button
    assert button.isVisible() and button.isEnabled()
    with qtbot.waitSignal(widget.title_changed, timeout=10_000):
        qtbot.mouseClick(button, LEFT)
    assert fresh(ctx, ref.id).status == CaseStatus.ONDERZOEK
    assert widget.header.pill.property("status") == "onderzoek"
    assert not widget.header.investigate_button.isVisible()


# --- what is not possible says why ------------------------------------------------------


def test_buttons_that_cannot_be_used_now_say_why(ctx: AppContext, qtbot: QtBot) -> None:
    widget = view_for(ctx, qtbot, new_case(ctx).id)
    hold = widget.hearing.hold_button
    assert not hold.isEnabled()
    assert hold.toolTip() == "Er is geen gepland hoorgesprek zonder verslag."
    assert not widget.statements.correct_statement.isEnabled()
    assert widget.statements.correct_statement.toolTip() == "Kies eerst wat u wilt corrigeren."
    assert widget.hearing.plan_button.isEnabled()

    closed = ctx.lists(
        list_cases, CaseFilter(statuses=frozenset({CaseStatus.AFGESLOTEN})), limit=1
    )[0]
    widget = view_for(ctx, qtbot, closed.id)
    for button in (
        widget.statements.add_statement,
        widget.evidence.add_button,
        widget.overview.add_party_button,
    ):
        assert not button.isEnabled()
        assert button.toolTip() == "De zaak is afgesloten; heropen de zaak eerst."
    assert not widget.hearing.plan_button.isEnabled()
    assert widget.hearing.plan_button.toolTip() == "De zaak is afgesloten."
    assert widget.statements.add_note.isEnabled()  # a note can always be added


# --- the hearing ------------------------------------------------------------------------


def test_planning_and_holding_the_hearing_through_its_dialogs(
    ctx: AppContext, qtbot: QtBot, warnings: list[str]
) -> None:
    ref = new_case(ctx)
    widget = view_for(ctx, qtbot, ref.id)
    panel = widget.hearing
    widget.show_section("hearing")
    qtbot.mouseClick(panel.plan_button, LEFT)
    plan = panel.dialog
    assert plan is not None and plan.isVisible()
    when = dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(hours=3)
    plan.planned_at.setDateTime(QDateTime(when))
    qtbot.keyClicks(plan.location, "kamer teamleider")
    accept(qtbot, widget, plan)
    view = fresh(ctx, ref.id)
    assert view.status == CaseStatus.HOORGESPREK
    [hearing] = view.hearings
    assert (hearing.planned_at, hearing.location) == (when, "kamer teamleider")
    assert view.person_name in hearing.participants
    assert panel.hold_button.isEnabled() and panel.invite_button.isEnabled()

    qtbot.mouseClick(panel.invite_button, LEFT)  # the invitation letter, made in the background
    qtbot.waitUntil(lambda: panel.letters_dialog is not None, timeout=20_000)
    letters = panel.letters_dialog.letters()  # type: ignore[union-attr]
    assert letters and all(letter.case_number == ref.number for letter in letters)
    assert "gemaakt" in panel.letters_status.text()
    panel.letters_dialog.reject()  # type: ignore[union-attr]

    qtbot.mouseClick(panel.hold_button, LEFT)
    hold = panel.dialog
    assert hold is not None
    qtbot.keyClicks(hold.report, "Kort.")
    assert not hold.ok.isEnabled()
    assert "nog minstens" in hold.count.text()
    hold.report.clear()
    qtbot.keyClicks(hold.report, REPORT)
    assert hold.ok.isEnabled()
    accept(qtbot, widget, hold)
    [hearing] = fresh(ctx, ref.id).hearings
    assert hearing.held_at == when and hearing.report == REPORT
    assert not panel.hold_button.isEnabled()
    assert "er is geen gepland hoorgesprek" in panel.hold_button.toolTip().lower()
    assert any(e.title.startswith("Hoorgesprek gehouden") for e in widget.timeline.list.entries())
    assert warnings == []


def test_a_talk_that_already_took_place_is_planned_and_reported_in_one_go(
    ctx: AppContext, qtbot: QtBot, warnings: list[str]
) -> None:
    ref = new_case(ctx)
    widget = view_for(ctx, qtbot, ref.id)
    panel = widget.hearing
    qtbot.mouseClick(panel.plan_button, LEFT)
    plan = panel.dialog
    assert not plan.report.isVisible() and plan.ok.text() == "Plannen"
    plan.already_held.setChecked(True)
    assert plan.report.isVisible() and plan.ok.text() == "Vastleggen"
    assert plan.planned_at.dateTime() <= QDateTime.currentDateTime()  # not in the future
    assert not plan.ok.isEnabled() and "nog minstens" in plan.count.text()
    when = dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(hours=1)
    plan.planned_at.setDateTime(QDateTime(when))
    qtbot.keyClicks(plan.location, "mentorkamer")
    qtbot.keyClicks(plan.report, REPORT)
    assert plan.ok.isEnabled()
    accept(qtbot, widget, plan)
    view = fresh(ctx, ref.id)
    [hearing] = view.hearings
    assert (hearing.planned_at, hearing.held_at, hearing.report) == (when, when, REPORT)
    assert view.status == CaseStatus.HOORGESPREK
    assert not panel.hold_button.isEnabled()
    titles = [e.title for e in widget.timeline.list.entries()]
    assert any(t.startswith("Hoorgesprek gepland") for t in titles)
    assert any(t.startswith("Hoorgesprek gehouden") for t in titles)
    assert warnings == []


def test_a_refused_hearing_report_keeps_the_dialog_and_the_text(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ref = new_case(ctx)
    widget = view_for(ctx, qtbot, ref.id)
    later = dt.datetime.now().replace(second=0, microsecond=0) + dt.timedelta(days=2)
    panel = widget.hearing
    qtbot.mouseClick(panel.plan_button, LEFT)
    panel.dialog.planned_at.setDateTime(QDateTime(later))  # type: ignore[union-attr]
    accept(qtbot, widget, panel.dialog)
    qtbot.mouseClick(panel.hold_button, LEFT)
    hold = panel.dialog
    hold.held_at.setMaximumDateTime(QDateTime(later))  # what another clock could allow
    hold.held_at.setDateTime(QDateTime(later))
    qtbot.keyClicks(hold.report, REPORT)
    qtbot.mouseClick(hold.ok, LEFT)
    qtbot.waitUntil(lambda: hold.error.isVisible(), timeout=10_000)
    assert "toekomst" in hold.error.text()
    assert hold.isVisible() and hold.report.toPlainText() == REPORT
    hold.reject()


# --- statements and notes ---------------------------------------------------------------


def test_statements_and_notes_with_corrections_as_new_entries(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ref = new_case(ctx)
    widget = view_for(ctx, qtbot, ref.id)
    panel = widget.statements
    qtbot.mouseClick(panel.add_statement, LEFT)
    dialog = panel.dialog
    assert dialog is not None and dialog.person.currentData() == fresh(ctx, ref.id).person_id
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.text, "Ik heb de foto niet zelf gemaakt.")
    accept(qtbot, widget, dialog)
    view = fresh(ctx, ref.id)
    assert view.status == CaseStatus.ONDERZOEK  # a statement starts the investigation
    [statement] = view.statements
    assert panel.statements.count() == 1

    panel.statements.setCurrentRow(0)
    assert panel.correct_statement.isEnabled()
    qtbot.mouseClick(panel.correct_statement, LEFT)
    correction = panel.dialog
    assert correction.text.toPlainText() == statement.text
    assert correction.person.currentData() == view.person_id
    correction.text.clear()
    qtbot.keyClicks(correction.text, "Ik heb de foto wel doorgestuurd, niet gemaakt.")
    accept(qtbot, widget, correction)
    first, second = fresh(ctx, ref.id).statements
    assert first.text == statement.text and second.corrects_id == first.id
    markers = [e.marker for e in panel.statements.entries()]
    assert markers[0].startswith("Later gecorrigeerd") and markers[1].startswith("Correctie op")

    qtbot.mouseClick(panel.add_note, LEFT)
    note = panel.dialog
    qtbot.keyClicks(note.title, "Mentor gebeld")
    qtbot.keyClicks(note.text, "De mentor herkent het beeld van de klas.")
    accept(qtbot, widget, note)
    assert [e.title for e in panel.notes.entries()] == ["Mentor gebeld"]

    timeline = widget.timeline
    row = [e.title for e in timeline.list.entries()].index("Mentor gebeld")
    timeline.list.setCurrentRow(row)
    qtbot.mouseClick(timeline.correct_button, LEFT)
    fix = panel.dialog
    assert fix.correcting is not None and fix.title.text() == "Correctie: Mentor gebeld"
    qtbot.keyClicks(fix.text, "Het was de zorgcoordinator, niet de mentor.")
    accept(qtbot, widget, fix)
    entries = {e.title: e for e in timeline.list.entries()}
    assert entries["Mentor gebeld"].marker.startswith("Later gecorrigeerd")
    assert entries["Correctie: Mentor gebeld"].marker.startswith("Correctie op 'Mentor gebeld'")
    assert len(panel.notes.entries()) == 2


# --- evidence ---------------------------------------------------------------------------


def test_evidence_added_by_dialog_and_dragging_with_an_image_preview(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref = new_case(ctx)
    widget = view_for(ctx, qtbot, ref.id)
    panel = widget.evidence
    widget.show_section("evidence")
    assert panel.empty.isVisible()
    screenshot = png(tmp_path / "bericht.png")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(screenshot)], ""))
    )
    qtbot.mouseClick(panel.add_button, LEFT)
    dialog = panel.dialog
    assert dialog is not None and [f.name for f in dialog.files.files()] == ["bericht.png"]
    assert dialog.platform.text() == "Instagram"  # from the report
    qtbot.keyClicks(dialog.account, "@klas3h2")
    accept(qtbot, widget, dialog)
    [evidence] = fresh(ctx, ref.id).evidence
    assert evidence.sha256 == hashlib.sha256(screenshot.read_bytes()).hexdigest()
    assert evidence.account_name == "@klas3h2"
    assert panel.list.count() == 1 and not panel.empty.isVisible()
    assert widget.tabs.tabText(widget.tabs.indexOf(panel)) == "Bewijs (1)"

    panel.list.setCurrentRow(0)
    qtbot.waitUntil(lambda: not panel.preview.original.isNull(), timeout=10_000)
    assert panel.preview.pixmap() is not None and not panel.preview.pixmap().isNull()
    assert panel.preview.original.size().width() == 64
    assert evidence.sha256 in panel.details.text()

    notes = tmp_path / "notities.txt"
    notes.write_text("Doorgestuurd door de mentor.", encoding="utf-8")
    drop(panel, [notes])
    dropped = panel.dialog
    assert dropped is not None and [f.name for f in dropped.files.files()] == ["notities.txt"]
    accept(qtbot, widget, dropped)
    assert panel.list.count() == 2
    panel.list.setCurrentRow(1)
    assert "geen voorbeeld" in panel.preview.text()
    assert "text/plain" in panel.details.text()
