"""The procedure panel on copies of the demo dossier: the proposal, choosing and deciding a
rung (with the motivation when it differs), the letters made in the background, the
notifications checklist, making known, objection, closing, dismissing and reopening, and
what a role that may not act sees."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from html import escape
from pathlib import Path

import pytest
from conftest import open_demo
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QCheckBox, QMessageBox, QRadioButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from ui_people import least_sanctioned

from casemanager.cases import hearings
from casemanager.cases.common import STATUS_LABELS
from casemanager.cases.deciding import decide
from casemanager.cases.reporting import CaseRef, NewReport, report_case
from casemanager.cases.viewing import get_case
from casemanager.cases.views import CaseView
from casemanager.ladder import motivation_problem
from casemanager.uow import UnitOfWork
from models.cases import Case, CaseStatus
from models.people import PersonKind
from ui.cases import case_closing, procedure_parts
from ui.cases.procedure_panel import ProcedurePanel
from ui.context import AppContext
from ui.tasks import wait_for_tasks

LEFT = Qt.MouseButton.LeftButton
MOTIVATION = "De leerling kreeg vorige week al een mondelinge waarschuwing van de mentor."


def signed_in(path: Path, username: str) -> Iterator[AppContext]:
    ctx = AppContext(open_demo(path, username))
    yield ctx
    wait_for_tasks()
    ctx.dossier.close()


@pytest.fixture
def teamleider(demo_path: Path) -> Iterator[AppContext]:
    yield from signed_in(demo_path, "teamleider")


@pytest.fixture
def directie(demo_path: Path) -> Iterator[AppContext]:
    yield from signed_in(demo_path, "directie")


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every question is answered Yes; a warning (an error shown) is recorded, not shown."""
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _parent, _title, text: warnings.append(text))
    )
    return warnings


def fresh_person(ctx: AppContext, kind: PersonKind) -> int:
    """A current person the user may report about, with as few measures as possible."""
    return least_sanctioned(ctx, kind).id


def new_case(
    ctx: AppContext, codes: Sequence[str], kind: PersonKind = PersonKind.LEERLING
) -> CaseRef:
    report = NewReport(
        subject_person_id=fresh_person(ctx, kind),
        violation_codes=tuple(codes),
        incident_date=dt.date.today() - dt.timedelta(days=1),
        description="In de klassenapp zijn berichten over een klasgenoot geplaatst.",
        platform="WhatsApp",
    )
    return ctx.call(report_case, report)


def hold_hearing(ctx: AppContext, case_id: int) -> None:
    held = dt.datetime.now().replace(microsecond=0) - dt.timedelta(hours=2)

    def run(uow: UnitOfWork) -> None:
        hearing_id = hearings.plan_hearing(uow, case_id, held, location="kamer teamleider")
        hearings.hold_hearing(uow, hearing_id, held, "De leerling en de ouders zijn gehoord.")

    ctx.call(run)


def panel_for(ctx: AppContext, qtbot: QtBot, case_id: int) -> ProcedurePanel:
    panel = ProcedurePanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(900, 1000)
    panel.show_case(ctx.call(get_case, case_id))
    panel.show()
    return panel


def click(qtbot: QtBot, panel: ProcedurePanel, widget: QWidget) -> None:
    """Click ``widget`` as the user would: scrolled into view first; a radio button or a
    check box on its indicator (its text may be shorter than the widget)."""
    panel.scroll.ensureWidgetVisible(widget)
    if isinstance(widget, QRadioButton | QCheckBox):
        qtbot.mouseClick(widget, LEFT, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, LEFT)


def case(ctx: AppContext, case_id: int) -> CaseView:
    return ctx.call(get_case, case_id)


# --- deciding ----------------------------------------------------------------------------


def test_the_proposal_and_a_deviating_decision_with_its_letters(
    teamleider: AppContext,
    qtbot: QtBot,
    answers: list[str],
) -> None:
    ref = new_case(teamleider, ["A1-LES"])
    panel = panel_for(teamleider, qtbot, ref.id)
    proposal = case(teamleider, ref.id).proposal
    assert proposal is not None and proposal.rung == "waarschuwing_mondeling"
    assert proposal.rung_title in panel.proposal.title.text()
    assert all(escape(str(r)) in panel.proposal.reasons.text() for r in proposal.reasons)
    assert "Geen eerdere maatregelen" in panel.proposal.sanctions.text()
    decision = panel.decision
    assert decision.radios["waarschuwing_mondeling"].isChecked()
    assert not decision.motivation.isVisibleTo(panel)
    assert decision.decide_button.isEnabled()

    click(qtbot, panel, decision.radios["waarschuwing"])
    assert decision.motivation.isVisibleTo(panel)
    assert not decision.decide_button.isEnabled()
    assert decision.motivation_problem.text() == str(motivation_problem(""))
    qtbot.keyClicks(decision.motivation, "Al eerder gezegd")
    assert not decision.decide_button.isEnabled()
    assert decision.decide_button.toolTip() == str(motivation_problem("Al eerder gezegd"))
    decision.motivation.clear()
    qtbot.keyClicks(decision.motivation, MOTIVATION)
    assert decision.decide_button.isEnabled(), decision.decide_button.toolTip()
    assert decision.decide_button.text() == "Besluiten"
    # shown again (another screen changed the case): the choice and the text stay
    panel.show_case(case(teamleider, ref.id))
    assert decision.radios["waarschuwing"].isChecked()
    assert decision.motivation.toPlainText() == MOTIVATION
    click(qtbot, panel, panel.proposal.history_button)
    assert panel.proposal.history.isVisibleTo(panel) and panel.proposal.history.text()
    assert not panel.proposal.history_button.isEnabled()

    with qtbot.waitSignal(panel.changed):
        click(qtbot, panel, decision.decide_button)
    qtbot.waitUntil(lambda: panel.letters_dialog is not None, timeout=15_000)
    after = case(teamleider, ref.id)
    taken = after.decisions[-1]
    assert (taken.chosen_rung, taken.proposed_rung) == ("waarschuwing", "waarschuwing_mondeling")
    assert taken.motivation == MOTIVATION and not taken.is_voornemen
    assert after.status == CaseStatus.BESLUIT
    assert panel.decisions_group.isVisibleTo(panel)
    assert "Schriftelijke waarschuwing" in panel.decisions.text()
    assert not panel.decision_group.isVisibleTo(panel)  # decided: the list tells the rest

    dialog = panel.letters_dialog
    assert dialog is not None
    letters = dialog.letters()
    assert letters and {letter.letter_type for letter in letters} == {"waarschuwing"}
    assert dialog.letter_list.count() == len(letters)
    assert letters[0].addressee in dialog.letter_list.item(0).text()
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    assert dialog.document.pageCount() >= 1
    dialog.close()
    qtbot.waitUntil(lambda: panel.letters_dialog is None)
    click(qtbot, panel, panel.letters_button)  # the case's letters, made earlier
    assert panel.letters_dialog is not None
    assert {x.id for x in panel.letters_dialog.letters()} == {x.id for x in letters}
    assert not answers


def test_a_suspension_needs_a_hearing_and_a_duration_and_owes_notifications(
    teamleider: AppContext,
    qtbot: QtBot,
    answers: list[str],
) -> None:
    ref = new_case(teamleider, ["A6-DOXING"])  # ernstig: externe schorsing; strafbaar
    panel = panel_for(teamleider, qtbot, ref.id)
    decision = panel.decision
    assert decision.radios["externe_schorsing"].isChecked()
    assert "aangifte overwegen" in panel.proposal.advice.text()
    assert not decision.decide_button.isEnabled()
    assert "hoorgesprek" in decision.decide_button.toolTip()
    assert decision.duration_row.isVisibleTo(panel)
    assert decision.duration.maximum() == 5

    hold_hearing(teamleider, ref.id)
    panel.show_case(case(teamleider, ref.id))
    decision.duration.setValue(1)
    assert decision.rung_chooser.duration_unit.text() == "schooldag"
    decision.duration.setValue(2)
    assert decision.rung_chooser.duration_unit.text() == "schooldagen"
    assert "laatste dag" in decision.end_note.text()
    assert decision.decide_button.isEnabled(), decision.decide_button.toolTip()
    click(qtbot, panel, decision.decide_button)
    qtbot.waitUntil(lambda: panel.letters_dialog is not None, timeout=15_000)
    types = {letter.letter_type for letter in panel.letters_dialog.letters()}
    assert types == {"externe_schorsing", "melding_inspectie"}
    panel.letters_dialog.close()

    after = case(teamleider, ref.id)
    taken = after.decisions[-1]
    assert taken.duration_days == 2 and taken.starts_on == decision.start_date.date().toPython()
    kinds = {n.kind: n for n in after.notifications}
    assert {"inspectie", "aangifte"} <= set(kinds)
    assert panel.notifications_group.isVisibleTo(panel)
    inspectie = kinds["inspectie"]
    box = panel.notifications.checkboxes[inspectie.id]
    assert box.isEnabled() and not box.isChecked()
    qtbot.keyClicks(panel.notifications.references[inspectie.id], "INS-2026-118")
    with qtbot.waitSignal(panel.changed):
        click(qtbot, panel, box)
    done = {n.kind: n for n in case(teamleider, ref.id).notifications}["inspectie"]
    assert done.done_at is not None and done.done_at.date() == dt.date.today()
    assert done.reference == "INS-2026-118"
    again = panel.notifications.checkboxes[inspectie.id]
    assert again.isChecked() and not again.isEnabled()
    assert "INS-2026-118" in panel.notifications.states[inspectie.id].text()
    assert not answers


def test_an_intent_first_then_the_decision_waits(
    directie: AppContext,
    qtbot: QtBot,
    answers: list[str],
) -> None:
    ref = new_case(directie, ["A6-DOXING"])
    panel = panel_for(directie, qtbot, ref.id)
    decision = panel.decision
    click(qtbot, panel, decision.radios["verwijdering"])
    assert decision.decide_button.text() == "Voornemen vastleggen"
    assert "Leerplichtambtenaar ingelicht" in decision.checklist.text()
    qtbot.keyClicks(
        decision.motivation, "Het verspreiden van het adres bracht de leerling in gevaar."
    )
    assert decision.decide_button.isEnabled(), decision.decide_button.toolTip()
    click(qtbot, panel, decision.decide_button)
    qtbot.waitUntil(lambda: panel.letters_dialog is not None, timeout=15_000)
    assert {x.letter_type for x in panel.letters_dialog.letters()} == {"voornemen_verwijdering"}
    panel.letters_dialog.close()
    intent = case(directie, ref.id).decisions[-1]
    assert intent.is_voornemen and intent.zienswijze_due is not None

    # the final decision: the zienswijze term runs and no hearing was held yet
    click(qtbot, panel, decision.radios["verwijdering"])
    assert decision.decide_button.text() == "Besluiten"
    assert decision.zienswijze.isVisibleTo(panel)
    assert "Voornemen" in panel.decisions.text()
    assert not decision.decide_button.isEnabled()
    assert "hoorgesprek" in decision.decide_button.toolTip()
    assert not answers


# --- after the decision ------------------------------------------------------------------


def test_make_known_objection_close_and_reopen(
    teamleider: AppContext,
    qtbot: QtBot,
    answers: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ref = new_case(teamleider, ["A1-LES"])
    teamleider.call(decide, ref.id, "waarschuwing_mondeling")
    panel = panel_for(teamleider, qtbot, ref.id)
    objection = panel.objection
    assert objection.make_known_button.isEnabled()
    assert not objection.record_button.isEnabled()
    assert (
        objection.record_button.toolTip() == "Bezwaar kan alleen tegen een bekendgemaakt besluit."
    )
    with qtbot.waitSignal(panel.changed):
        click(qtbot, panel, objection.make_known_button)
    view = case(teamleider, ref.id)
    assert view.status == CaseStatus.BEKENDGEMAAKT
    assert view.decisions[-1].made_known_on == dt.date.today()
    assert view.objection_term_end is not None
    assert "bezwaartermijn loopt tot en met" in objection.known_note.text()
    # closing is refused while the objection term runs
    assert not panel.close_button.isEnabled()
    assert "bezwaartermijn loopt nog" in panel.close_button.toolTip()
    assert not objection.make_known_button.isEnabled()

    assert objection.record_button.isEnabled()
    click(qtbot, panel, objection.record_button)
    assert objection.record_form.isVisibleTo(panel)
    assert not objection.save_objection.isEnabled()
    qtbot.keyClicks(objection.grounds, "De ouders vinden de waarschuwing niet terecht.")
    with qtbot.waitSignal(panel.changed):
        click(qtbot, panel, objection.save_objection)
    view = case(teamleider, ref.id)
    assert view.status == CaseStatus.BEZWAAR and view.objections[-1].outcome is None
    assert "De ouders vinden" in objection.objections.text()
    assert not panel.close_button.isEnabled()
    assert "niet beslist op het bezwaar" in panel.close_button.toolTip()

    click(qtbot, panel, objection.decide_button)
    objection.outcome.setCurrentIndex(
        objection.outcome.findText("Ongegrond", Qt.MatchFlag.MatchStartsWith)
    )
    qtbot.keyClicks(objection.outcome_text, "De waarschuwing was terecht gegeven.")
    with qtbot.waitSignal(panel.changed):
        click(qtbot, panel, objection.save_decision)
    assert case(teamleider, ref.id).objections[-1].outcome == "ongegrond"

    asked: list[int] = []

    def reason(text: str) -> Callable[..., str]:
        def ask(*_args: object, minimum: int, **_kwargs: object) -> str:
            asked.append(minimum)
            return text

        return ask

    assert panel.close_button.isEnabled(), panel.close_button.toolTip()
    monkeypatch.setattr(case_closing, "ask_reason", reason(""))
    click(qtbot, panel, panel.close_button)
    assert case(teamleider, ref.id).status == CaseStatus.AFGESLOTEN
    assert not panel.close_button.isEnabled() and panel.close_button.toolTip()
    assert panel.reopen_button.isEnabled()
    monkeypatch.setattr(case_closing, "ask_reason", reason("De mentor kreeg nieuwe berichten."))
    click(qtbot, panel, panel.reopen_button)
    assert case(teamleider, ref.id).status == CaseStatus.HEROPEND
    assert asked == [0, 10]
    assert STATUS_LABELS[CaseStatus.HEROPEND] in panel.status.text()
    assert panel.decision_group.isVisibleTo(panel)  # reopened: a new decision is possible
    assert not answers


def test_dismiss_asks_the_reason(
    teamleider: AppContext,
    qtbot: QtBot,
    answers: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ref = new_case(teamleider, ["A1-LES"])
    panel = panel_for(teamleider, qtbot, ref.id)
    assert not panel.close_button.isEnabled()
    assert panel.close_button.toolTip() == "De zaak is gemeld."
    assert not panel.reopen_button.isEnabled()
    monkeypatch.setattr(case_closing, "ask_reason", lambda *a, **k: None)  # cancelled
    click(qtbot, panel, panel.dismiss_button)
    assert case(teamleider, ref.id).status == CaseStatus.GEMELD
    monkeypatch.setattr(
        case_closing, "ask_reason", lambda *a, **k: "Het bericht bleek van een ander."
    )
    click(qtbot, panel, panel.dismiss_button)
    assert case(teamleider, ref.id).status == CaseStatus.GESEPONEERD
    assert not panel.decision.is_open and "Een besluit nemen kan nu niet" in (
        panel.decision.phase_note.text()
    )
    assert panel.reopen_button.isEnabled() and not panel.dismiss_button.isEnabled()
    assert not answers


def test_the_reason_dialog_needs_enough_text(qtbot: QtBot) -> None:
    dialog = procedure_parts.ReasonDialog(None, "Zaak seponeren", "Waarom?", 10, "Seponeren")
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.text, "Geen bewijs gevonden.")
    assert dialog.ok.isEnabled()


# --- who may do what ---------------------------------------------------------------------


def test_a_teamleider_may_not_decide_a_directie_rung(
    teamleider: AppContext,
    qtbot: QtBot,
) -> None:
    ref = new_case(teamleider, ["A1-LES"])
    panel = panel_for(teamleider, qtbot, ref.id)
    radio = panel.decision.radios["verwijdering"]
    assert not radio.isEnabled()
    assert radio.toolTip() == "Alleen directie mag 'Verwijdering' nemen."
    assert panel.decision.radios["externe_schorsing"].isEnabled()


def test_a_rung_the_user_may_not_decide_shows_the_services_reason(
    teamleider: AppContext,
    qtbot: QtBot,
) -> None:
    ref = new_case(teamleider, ["A1-LES"])
    view = case(teamleider, ref.id)
    assert view.role == "teamleider"
    options = {option.code: option for option in view.rung_options}
    panel = panel_for(teamleider, qtbot, ref.id)
    radios = panel.decision.radios
    # not the teamleider's to decide: disabled, with the service's reason
    refused = options["verwijdering"]
    assert not refused.allowed and refused.reason is not None
    assert not radios["verwijdering"].isEnabled()
    assert radios["verwijdering"].toolTip() == str(refused.reason)
    # the teamleider's, but not yet (no hearing): choosable, and the reason says why not
    waiting = options["externe_schorsing"]
    assert not waiting.allowed and "hoorgesprek" in str(waiting.reason)
    assert radios["externe_schorsing"].isEnabled()
    assert radios["externe_schorsing"].toolTip() == str(waiting.reason)
    click(qtbot, panel, radios["externe_schorsing"])
    assert panel.decision.decide_button.toolTip() == str(waiting.reason)
    assert not panel.decision.decide_button.isEnabled()
    # allowed: the rung's own description
    rung = teamleider.policy.ladders["leerling"].rung("waarschuwing_mondeling")
    assert options[rung.code].allowed
    assert radios[rung.code].isEnabled() and radios[rung.code].toolTip() == rung.description


def test_hr_sees_the_directie_rungs_disabled(demo_path: Path, qtbot: QtBot) -> None:
    for ctx in signed_in(demo_path, "hr"):
        ref = new_case(ctx, ["B1-VERMELD"], PersonKind.MEDEWERKER)
        panel = panel_for(ctx, qtbot, ref.id)
        radios = panel.decision.radios
        options = {option.code: option for option in case(ctx, ref.id).rung_options}
        for rung in ctx.policy.ladders["medewerker"].rungs:
            assert radios[rung.code].isEnabled() == ("hr" in rung.decided_by)
            if "hr" not in rung.decided_by:
                assert radios[rung.code].toolTip() == str(options[rung.code].reason)
                assert radios[rung.code].toolTip().startswith("Alleen directie mag ")
        assert radios["waarschuwing"].isEnabled()


def test_a_closed_case_offers_only_reopening(teamleider: AppContext, qtbot: QtBot) -> None:
    rows = teamleider.read(
        lambda uow: uow.session.scalars(
            select(Case.id).where(
                Case.status == CaseStatus.AFGESLOTEN,
                Case.team_id.in_(sorted(teamleider.actor.team_ids)),
            )
        ).all()
    )
    panel = panel_for(teamleider, qtbot, rows[0])
    view = case(teamleider, rows[0])
    actions = {a.name: a for a in view.actions}
    assert panel.reopen_button.isEnabled()
    for name, button in (("close", panel.close_button), ("dismiss", panel.dismiss_button)):
        assert not button.isEnabled()
        assert button.toolTip().lower().startswith(str(actions[name].reason).lower())
    assert not panel.decision.is_open
    assert not panel.objection.make_known_button.isEnabled()
    assert panel.objection.make_known_button.toolTip()
