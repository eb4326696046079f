"""Beheer → Beleid on a copy of the demo dossier, as its beheerder: the active policy shown
readably, a file with mistakes refused with every problem at its line, and a good file
stored only after the beheerder saw what changes and agreed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import open_demo
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from casemanager.policy import DEFAULT_POLICY
from ui import core_text, dates
from ui.admin.policy_page import PolicyPage
from ui.context import AppContext
from ui.tasks import wait_for_tasks

DEFAULT_TEXT = DEFAULT_POLICY.read_text(encoding="utf-8")


@pytest.fixture
def beheerder(demo_path: Path) -> Iterator[AppContext]:
    ctx = AppContext(open_demo(demo_path, "beheerder"))
    yield ctx
    wait_for_tasks()
    ctx.dossier.close()


@pytest.fixture
def page(beheerder: AppContext, qtbot: QtBot) -> PolicyPage:
    shown = PolicyPage(beheerder)
    qtbot.addWidget(shown)
    shown.show()
    return shown


class Questions:
    """The confirmations asked, each answered with ``answer``."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.answer = QMessageBox.StandardButton.Yes

    def __call__(self, _parent: object, _title: str, text: str, *_a: object) -> object:
        self.asked.append(text)
        return self.answer


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Questions:
    asked = Questions()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(asked))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: pytest.fail(str(a))))
    return asked


def load(page: PolicyPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "*.toml"))
    )
    page.choose_file()
    qtbot.waitUntil(lambda: page.task is None, timeout=20_000)


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), start=1) if needle in line)


def test_the_active_policy_is_readable(page: PolicyPage) -> None:
    assert "standaardbeleid" in page.origin.text()
    shown = page.view.toPlainText()
    for expected in ("Overtredingen", "A6-KWETS", "Kwetsen of beledigen",
                     "pestprotocol, strafbaar (art. 266)", "Ladder: Leerlingen en ouders",
                     "Externe schorsing", "hoorgesprek verplicht; ten hoogste 5 schooldagen",
                     "Inspectie (langer dan een dag)", "eerst een voornemen, dan de zienswijze",
                     "Bezwaartermijn", "6 weken", "Bewaartermijnen", "Herfstvakantie"):  # fmt: skip
        assert expected in shown, expected
    assert not page.problems_box.isVisibleTo(page)


def test_a_file_with_mistakes_is_refused_with_every_problem(
    page: PolicyPage,
    beheerder: AppContext,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    questions: Questions,
) -> None:
    text = DEFAULT_TEXT.replace("objection_weeks = 6 ", "objection_weeks = -1 ").replace(
        'code = "A6-KWETS"\ntitle = "Kwetsen of beledigen"',
        'code = "A6-KWETS"\ntitle = "Kwetsen of beledigen"\nseverity_extra = "zwaar"',
    )
    broken = tmp_path / "ons-beleid.toml"
    broken.write_text(text, encoding="utf-8")
    load(page, qtbot, monkeypatch, broken)
    assert page.problems_box.isVisibleTo(page)
    assert "ons-beleid.toml is niet geladen: er zijn 2 problemen" in page.problems_title.text()
    listed = [page.problem_list.item(i).text() for i in range(page.problem_list.count())]
    assert len(listed) == 2
    assert any(f"Regel {line_of(text, 'objection_weeks = -1')} · terms.objection_weeks" in p
               for p in listed)  # fmt: skip
    assert any(f"Regel {line_of(text, 'severity_extra')} · " in p and "onbekende sleutel" in p
               for p in listed)  # fmt: skip
    assert questions.asked == []  # nothing offered for storing
    assert beheerder.dossier.active_policy.is_default

    syntax = tmp_path / "kapot.toml"
    syntax.write_text(DEFAULT_TEXT.replace('version = "2026-1"', 'version = "2026-1'), "utf-8")
    load(page, qtbot, monkeypatch, syntax)
    (only,) = [page.problem_list.item(i).text() for i in range(page.problem_list.count())]
    assert only.startswith(f"Regel {line_of(DEFAULT_TEXT, 'version = ')}")
    assert "geen geldige TOML" in only
    assert beheerder.dossier.active_policy.is_default


def test_an_english_text_the_policy_no_longer_has_is_listed_at_its_line(
    page: PolicyPage,
    beheerder: AppContext,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    questions: Questions,
) -> None:
    text = DEFAULT_TEXT.replace('title = "Stalken"', 'title = "Stalken of belagen"')
    stale = tmp_path / "oud-engels.toml"
    stale.write_text(text, encoding="utf-8")
    load(page, qtbot, monkeypatch, stale)
    (only,) = [page.problem_list.item(i).text() for i in range(page.problem_list.count())]
    line = line_of(text, '"Stalken" = ')
    assert only.startswith(f'Regel {line} · english."Stalken": ')
    assert "precies zoals hij in het beleid staat" in only
    assert questions.asked == []
    assert beheerder.dossier.active_policy.is_default


@pytest.fixture
def english(beheerder: AppContext) -> Iterator[None]:
    dates.use_english(True)
    core_text.use_policy(beheerder.policy.english)
    yield
    dates.use_english(False)
    core_text.use_policy({})


def test_the_policy_reads_in_english_when_the_application_does(
    english: None, beheerder: AppContext, qtbot: QtBot
) -> None:
    shown = PolicyPage(beheerder)
    qtbot.addWidget(shown)
    text = shown.view.toPlainText()
    for expected in ("Hurting or insulting", "Students and parents/carers", "Internal suspension",
                     "At most one week (five school days).", "School attendance officer informed",
                     "Decision on expulsion", "Internet facilities: school network and internet",
                     "Autumn half-term", "19/12/2026"):  # fmt: skip
        assert expected in text, expected
    assert "Kwetsen of beledigen" not in text


def test_a_good_file_is_stored_after_confirmation(
    page: PolicyPage,
    beheerder: AppContext,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    questions: Questions,
) -> None:
    text = (
        DEFAULT_TEXT.replace('version = "2026-1"', 'version = "2026-2"')
        .replace("objection_weeks = 6 ", "objection_weeks = 8 ")
        .replace('title = "Pesten"', 'title = "Pesten, ook online"')
        .replace('"Pesten" = "Bullying"', '"Pesten, ook online" = "Bullying, also online"')
    )
    own = tmp_path / "eigen.toml"
    own.write_text(text, encoding="utf-8")

    questions.answer = QMessageBox.StandardButton.No
    load(page, qtbot, monkeypatch, own)
    (first,) = questions.asked
    for change in ("Versie: 2026-1 → 2026-2", "Bezwaartermijn: 6 weken → 8 weken",
                   "Overtredingen: 28 → 28; 1 gewijzigd (A6-PEST)",
                   "Engelse teksten: 1 nieuw of gewijzigd, 1 vervallen"):  # fmt: skip
        assert change in first, change
    assert beheerder.dossier.active_policy.is_default
    assert "Niet opgeslagen" in page.status.text()

    questions.answer = QMessageBox.StandardButton.Yes
    load(page, qtbot, monkeypatch, own)
    active = beheerder.dossier.active_policy
    assert not active.is_default and active.policy.version == "2026-2"
    assert beheerder.policy.terms.objection_weeks == 8
    assert "eigen beleid van de school" in page.origin.text()
    assert "8 weken" in page.view.toPlainText()
    assert "Pesten, ook online" in page.view.toPlainText()
    with open_demo(beheerder.dossier_path, "directie") as other:
        assert other.policy.terms.objection_weeks == 8


def test_exporting_the_policy_writes_the_file_to_start_from(
    page: PolicyPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "beleid-school.toml"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    page.export_button.click()
    assert target.read_text(encoding="utf-8") == DEFAULT_TEXT
    assert str(target) in page.status.text()
    page.export_button.click()  # the file exists now: refused, nothing overwritten
    assert "niet overschreven" in page.status.text()
    assert target.read_text(encoding="utf-8") == DEFAULT_TEXT


PROBLEMS_IN_ENGLISH = {
    "onbekende sleutel (tikfout?)": "unknown key (typing error?)",
    "de ladder {ladder} ontbreekt": "the ladder {ladder} is missing",
}


class ProblemsInEnglish(QTranslator):
    """Just the English of two of the policy checker's problems (context "", as lupdate
    files the core's ``tr``)."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return PROBLEMS_IN_ENGLISH.get(source) if context == "" else None

    def isEmpty(self) -> bool:
        return False


def test_the_problems_of_a_file_are_listed_in_english_when_the_application_is(
    english: None,
    page: PolicyPage,
    qapp: QApplication,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    questions: Questions,
) -> None:
    catalogue = ProblemsInEnglish()
    qapp.installTranslator(catalogue)
    try:
        text = DEFAULT_TEXT.replace('severity = "licht"\n', 'severity = "licht"\nkleur = 1\n', 1)
        broken = tmp_path / "kleur.toml"
        broken.write_text(text, encoding="utf-8")
        load(page, qtbot, monkeypatch, broken)
        (only,) = [page.problem_list.item(i).text() for i in range(page.problem_list.count())]
        assert only.endswith(".kleur: unknown key (typing error?)")
        no_ladder = tmp_path / "zonder-ladder.toml"
        no_ladder.write_text(DEFAULT_TEXT.split("[ladders.medewerker]")[0], encoding="utf-8")
        load(page, qtbot, monkeypatch, no_ladder)
        listed = [page.problem_list.item(i).text() for i in range(page.problem_list.count())]
        assert any(p.endswith("ladders: the ladder 'medewerker' is missing") for p in listed)
    finally:
        qapp.removeTranslator(catalogue)
    assert questions.asked == []
