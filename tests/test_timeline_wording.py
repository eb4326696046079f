"""Timeline entries and decision reasons keep their wording next to their Dutch: the
English screens word them again, the record and entries from before keep their Dutch."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from school import School, build_school
from sqlalchemy import select, update

from casemanager.cases import deciding, hearings, timeline_titles
from casemanager.cases.reporting import NewReport, report_case
from casemanager.cases.stored_wording import (
    dutch_text,
    read_reasons,
    read_wording,
    reasons_json,
    wording_json,
)
from casemanager.cases.viewing import get_case
from casemanager.dutch import long_date
from casemanager.store.dossier import Dossier
from casemanager.texts import Text, from_data, tr
from models.cases import TimelineEntry, TimelineKind
from models.letters import SendMethod
from models.procedure import Decision
from ui import core_text, dates
from ui.cases.timeline import timeline_entries, worded

PLANNED = dt.datetime.combine(dt.date.today() + dt.timedelta(days=3), dt.time(14, 35))


@pytest.fixture
def school(dossier: Dossier) -> School:
    return build_school(dossier)


@pytest.fixture
def teamleider(school: School) -> Iterator[Dossier]:
    with school.open("tl.onder") as opened:
        yield opened


def report(d: Dossier, school: School) -> int:
    with d.unit_of_work() as uow:
        ref = report_case(
            uow,
            NewReport(
                subject_person_id=school.persons["ayse"],
                violation_codes=("A6-PEST",),
                incident_date=dt.date.today() - dt.timedelta(days=2),
                description="In de klassengroep op WhatsApp staan berichten over een klasgenoot.",
            ),
        )
        uow.commit()
    return ref.id


def entries(d: Dossier, case_id: int) -> list[TimelineEntry]:
    with d.unit_of_work() as uow:
        rows = uow.session.scalars(
            select(TimelineEntry).where(TimelineEntry.case_id == case_id).order_by(TimelineEntry.id)
        ).all()
        uow.session.expunge_all()
        return list(rows)


def test_a_service_keeps_the_wording_of_what_it_wrote(teamleider: Dossier, school: School) -> None:
    case_id = report(teamleider, school)
    with teamleider.unit_of_work() as uow:
        hearings.plan_hearing(uow, case_id, PLANNED, participants="Ayşe en haar moeder")
        uow.commit()
    planned = entries(teamleider, case_id)[-1]
    title = timeline_titles.hearing_planned(PLANNED)
    # the record keeps the Dutch exactly as before; the wording the Text
    assert (
        planned.title
        == str(title)
        == (f"Hoorgesprek gepland op {long_date(PLANNED.date())} om 14:35")
    )
    assert planned.text == "Ayşe en haar moeder"
    stored = json.loads(planned.wording or "")
    assert set(stored) == {"title"}  # the participants were typed by a person
    assert from_data(stored["title"]) == title
    with teamleider.unit_of_work() as uow:
        view = get_case(uow, case_id)
        uow.commit()
    shown = view.timeline[-1]
    assert shown.title == title and str(shown.title) == planned.title
    assert shown.text == "Ayşe en haar moeder"


def test_a_decision_keeps_its_lines_and_its_reasons_as_texts(
    teamleider: Dossier, school: School
) -> None:
    case_id = report(teamleider, school)
    with teamleider.unit_of_work() as uow:
        proposal = deciding.proposal_for_case(uow, case_id)
        deciding.decide(uow, case_id, proposal.rung, motivation="Eerste keer, goed gesprek.")
        uow.commit()
    decided = entries(teamleider, case_id)[-1]
    assert decided.kind == TimelineKind.BESLUIT
    lines = [*proposal.reasons, tr("Motivering: {text}", text="Eerste keer, goed gesprek.")]
    assert decided.text == "\n".join(str(line) for line in lines)
    assert decided.text.endswith("\nMotivering: Eerste keer, goed gesprek.")
    with teamleider.unit_of_work() as uow:
        view = get_case(uow, case_id)
        uow.commit()
    assert view.timeline[-1].text == tuple(lines)
    assert view.decisions[-1].reasons == proposal.reasons
    assert all(isinstance(reason, Text) for reason in view.decisions[-1].reasons)


def test_old_entries_and_old_reasons_read_as_they_were_stored(
    teamleider: Dossier, school: School
) -> None:
    case_id = report(teamleider, school)
    with teamleider.unit_of_work() as uow:
        proposal = deciding.proposal_for_case(uow, case_id)
        deciding.decide(uow, case_id, proposal.rung)
        uow.session.execute(update(TimelineEntry).values(wording=None))
        uow.session.execute(
            update(Decision).values(proposal_reasons='["ernst: zwaar", "Eerste overtreding"]')
        )
        uow.commit()
    stored = entries(teamleider, case_id)
    with teamleider.unit_of_work() as uow:
        view = get_case(uow, case_id)
        uow.commit()
    assert [t.title for t in view.timeline] == [t.title for t in stored]
    assert all(isinstance(t.title, str) and isinstance(t.text, str) for t in view.timeline)
    assert view.decisions[-1].reasons == ("ernst: zwaar", "Eerste overtreding")


def test_the_wording_round_trip() -> None:
    reasons = (tr("Ernst: {level}", level="zwaar"), tr("Eerste overtreding"))
    assert read_reasons(reasons_json(reasons)) == reasons
    assert read_reasons('["oud", ["Nieuw {n}", [["n", 1]]]]') == (
        "oud",
        Text("Nieuw {n}", (("n", 1),)),
    )
    title = timeline_titles.objection_term_until(dt.date(2026, 12, 24))
    assert str(title) == "Bezwaartermijn loopt tot en met 24 december 2026"
    assert wording_json("Getypt", "ook getypt") is None
    wording = wording_json(title, reasons)
    assert read_wording(wording, str(title), dutch_text(reasons)) == (title, reasons)
    assert read_wording(wording_json(title, tr("Eén regel")), "x", "y") == (title, tr("Eén regel"))
    assert read_wording("{kapot", "Titel", "Tekst") == ("Titel", "Tekst")
    assert dutch_text(reasons) == "Ernst: zwaar\nEerste overtreding"


def test_the_titles_say_what_the_services_always_wrote() -> None:
    day, end = dt.date(2026, 11, 26), dt.date(2026, 12, 3)
    assert str(timeline_titles.decision("Schorsing", day, end)) == (
        "Besluit: Schorsing van 26 november 2026 tot en met 3 december 2026"
    )
    assert str(timeline_titles.decision("Schriftelijke waarschuwing", None, None)) == (
        "Besluit: Schriftelijke waarschuwing"
    )
    label = tr("ouders/verzorgers")
    assert str(timeline_titles.notification_done(label, day, "LPA-00012")) == (
        "Melding gedaan: ouders/verzorgers op 26 november 2026 (kenmerk LPA-00012)"
    )
    assert str(timeline_titles.objection_received(end)) == (
        "Bezwaar ontvangen (na afloop van de termijn op 3 december 2026)"
    )
    assert str(timeline_titles.statement(timeline_titles.ANONYMOUS)) == "Verklaring van anoniem"
    sent = timeline_titles.letter_sent_text(
        "Besluit", "J. Jansen", SendMethod.AANGETEKEND, day, "3SAB1"
    )
    assert str(sent) == "Besluit, aan J. Jansen: aangetekend, barcode 3SAB1 op 26 november 2026."


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    dates.use_english(True)
    core_text.use_policy({"Schorsing": "Suspension"})
    yield
    dates.use_english(False)
    core_text.use_policy({})


def test_an_english_screen_writes_the_title_with_an_english_date(english: None) -> None:
    title = timeline_titles.decision("Schorsing", dt.date(2026, 11, 26), dt.date(2026, 12, 3))
    shown = worded(title)
    assert "26 November 2026" in shown and "3 December 2026" in shown
    assert "Suspension" in shown
    assert "26 november 2026" in str(title)  # the record stays Dutch
    assert worded("Getypt door een mens") == "Getypt door een mens"
    lines = (tr("Motivering: {text}", text="Zo is het"), tr("Eerste overtreding"))
    assert worded(lines).split("\n") == [core_text.text(line) for line in lines]


def test_the_timeline_shows_the_wording_and_the_old_dutch(
    teamleider: Dossier, school: School, qapp: QApplication
) -> None:
    case_id = report(teamleider, school)
    with teamleider.unit_of_work() as uow:
        hearings.plan_hearing(uow, case_id, PLANNED)
        view = get_case(uow, case_id)
        uow.commit()
    shown = timeline_entries(view)
    assert [e.title for e in shown] == [str(t.title) for t in view.timeline]
    dates.use_english(True)
    try:
        english = timeline_entries(view)[-1].title
        day = dates.long_date(PLANNED.date())
    finally:
        dates.use_english(False)
    assert day != long_date(PLANNED.date()) and day in english and "14:35" in english
