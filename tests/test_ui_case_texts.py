"""The core's case sentences on screen: dates and times as the screen's language writes
them, the policy's words through its English, and Dutch when the application speaks Dutch."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from casemanager.cases.deadlines import Deadline
from casemanager.cases.wording import status_text
from casemanager.ladder import EarlierSanction, motivation_problem, propose
from casemanager.policy import default_policy
from casemanager.texts import tr
from models.cases import CaseStatus
from ui import core_text, dates
from ui.cases.case_common import decider_label, sentence
from ui.todo_model import DETAIL, TITLE, DeadlineModel

POLICY = default_policy()
TODAY = dt.date(2026, 11, 26)
GLOSSARY = {"Schriftelijke waarschuwing": "Written warning", "Externe schorsing": "Exclusion"}


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """English dates and the policy's English, as the application sets them at start."""
    dates.use_english(True)
    core_text.use_policy(GLOSSARY)
    yield
    dates.use_english(False)
    core_text.use_policy({})


def earlier_warning() -> EarlierSanction:
    return EarlierSanction(
        "waarschuwing", "Schriftelijke waarschuwing", dt.date(2025, 11, 27), "2025-0002"
    )


def test_a_proposal_reason_is_written_in_the_screens_language(english: None) -> None:
    proposal = propose(POLICY, "leerling", [POLICY.violation("A1-LES")], [earlier_warning()], TODAY)
    reason = proposal.reasons[1]
    shown = core_text.text(reason)
    assert "27 November 2025" in shown  # the date as an English screen writes it
    assert "'Written warning'" in shown  # the rung's title through the policy's English
    assert "2025-0002" in shown
    # the record and the CLI keep the Dutch
    assert "27 november 2025" in str(reason) and "Schriftelijke waarschuwing" in str(reason)


def test_in_dutch_the_screen_shows_what_the_record_says(qapp: QApplication) -> None:
    proposal = propose(POLICY, "leerling", [POLICY.violation("A1-LES")], [earlier_warning()], TODAY)
    assert core_text.texts(proposal.reasons) == [str(r) for r in proposal.reasons]
    problem = motivation_problem("te kort")
    assert problem is not None and core_text.text(problem) == str(problem)


def test_a_reason_fragment_becomes_a_sentence(qapp: QApplication) -> None:
    phase = tr("de zaak is {status}", status=status_text(CaseStatus.ONDERZOEK))
    assert sentence(phase) == "De zaak is in onderzoek."
    assert sentence(tr("Kies een maatregel.")) == "Kies een maatregel."
    assert sentence(None) == ""
    assert decider_label("directie") == "directie"


def deadline_model() -> DeadlineModel:
    item = Deadline(
        "schorsing",
        tr("{measure} eindigt", measure="Externe schorsing"),
        TODAY,
        False,
        7,
        "2026-0007",
        "Ali Bakker",
        tr("Gepland om {time}", time=dt.time(14, 35)),
    )
    model = DeadlineModel(["Wat", "Zaak", "Persoon", "Uiterlijk", "Toelichting"])
    model.set_groups([("today", "Vandaag (1)", [item])])
    return model


def test_the_todo_list_writes_its_deadlines_in_the_screens_language(english: None) -> None:
    model = deadline_model()
    row = model.index(0, TITLE, model.index(0, TITLE))
    assert "Exclusion" in row.data()
    assert row.siblingAtColumn(DETAIL).data().endswith("14:35")


def test_the_todo_list_in_dutch(qapp: QApplication) -> None:
    model = deadline_model()
    row = model.index(0, TITLE, model.index(0, TITLE))
    assert row.data() == "Externe schorsing eindigt"
    assert row.siblingAtColumn(DETAIL).data() == "Gepland om 14.35 uur"
    assert "Soort: einde van een maatregel" in row.data(Qt.ItemDataRole.ToolTipRole)
