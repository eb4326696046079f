"""Nieuwe melding on copies of the demo dossier: the person picker searching as you type,
the messages next to the fields, the violations with their article text, evidence by file
dialog and by dragging (with the size limit), saving in one unit of work, and leaving."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from casemanager.cases.evidence import MAX_EVIDENCE_BYTES
from casemanager.cases.listing import CaseFilter, count_cases
from casemanager.cases.reporting import NewReport
from casemanager.cases.viewing import get_case
from casemanager.errors import InvalidInput
from casemanager.people.registry import PersonRow, list_persons
from ui.cases.evidence_files import ChosenFile
from ui.cases.report_form import ReportForm, store
from ui.context import AppContext

LEFT = Qt.MouseButton.LeftButton
DESCRIPTION = "In de klassenapp zijn berichten over een klasgenoot geplaatst."


@pytest.fixture
def ctx(sign_in: Callable[[str], AppContext]) -> AppContext:
    return sign_in("teamleider")


@pytest.fixture(autouse=True)
def questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every question is answered Yes (also "stop without saving?" when qtbot closes the
    form after a test) and recorded; warnings are recorded, not shown."""
    asked: list[str] = []

    def question(_parent: object, title: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(title)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: asked.append(str(a))))
    return asked


def form_for(ctx: AppContext, qtbot: QtBot) -> ReportForm:
    form = ReportForm(ctx)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form


def student(ctx: AppContext) -> PersonRow:
    return ctx.lists(list_persons, kind="leerling", active=True, limit=1)[0]


def png(path: Path, color: str = "#4a90d9") -> Path:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    assert image.save(str(path))
    return path


def too_large(path: Path) -> Path:
    with path.open("wb") as file:
        file.truncate(MAX_EVIDENCE_BYTES + 1024 * 1024)  # sparse: no disk space used
    return path


def pick(qtbot: QtBot, form: ReportForm, text: str, person: PersonRow) -> None:
    """Type ``text`` in the picker and click ``person`` in the list that appears."""
    picker = form.person
    picker.setFocus()
    with qtbot.waitSignal(picker.searched, timeout=3000):
        qtbot.keyClicks(picker, text)
    popup = picker.suggestions.popup()
    assert popup.isVisible()
    row = [r.id for r in picker.popup_rows()].index(person.id)
    index = picker.suggestions.completionModel().index(row, 0)
    with qtbot.waitSignal(picker.person_chosen) as chosen:
        qtbot.mouseClick(popup.viewport(), LEFT, pos=popup.visualRect(index).center())
    assert chosen.args == [person.id]


def badge_flags(form: ReportForm) -> list[str]:
    badges = form.violations.badge_widget.findChildren(QLabel, "flagBadge")
    return [b.property("flag") for b in badges]


def drop(widget: object, paths: list[Path | str]) -> None:
    data = QMimeData()
    data.setUrls([QUrl(p) if isinstance(p, str) else QUrl.fromLocalFile(str(p)) for p in paths])
    # QDragEnterEvent takes a QPoint (Qt 6.11), QDropEvent a QPointF
    enter = QDragEnterEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, data, LEFT, Qt.KeyboardModifier(0)
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, data, LEFT, Qt.KeyboardModifier(0)
    )
    QApplication.sendEvent(widget, event)


# --- the person picker -----------------------------------------------------------------


def test_the_picker_searches_once_the_user_pauses_and_offers_name_kind_and_class(
    ctx: AppContext, qtbot: QtBot
) -> None:
    form = form_for(ctx, qtbot)
    person = student(ctx)
    searches: list[tuple[str, int]] = []
    form.person.searched.connect(lambda text, count: searches.append((text, count)))
    surname = person.sort_name.split(",")[0]
    pick(qtbot, form, surname[:5], person)
    assert searches == [(surname[:5], len(form.person.popup_rows()))]  # one search, debounced
    assert all(surname[:5].casefold() in r.name.casefold() for r in form.person.popup_rows())
    shown = form.person.results.item(0).text()
    assert " · " in shown and form.person.popup_rows()[0].name in shown
    assert form.person.selected_person_id == person.id
    assert form.person.text() == person.name
    assert person.class_name in form.subject_chooser.info.text()
    assert not form.person_error.isVisible()

    form.person.setFocus()
    qtbot.keyClick(form.person, Qt.Key.Key_Backspace)  # changing the name undoes the choice
    assert form.person.selected_person_id is None


# --- messages next to the fields -------------------------------------------------------


def test_messages_appear_next_to_the_fields_and_go_when_they_are_right(
    ctx: AppContext, qtbot: QtBot
) -> None:
    form = form_for(ctx, qtbot)
    errors = (form.person_error, form.violation_error, form.description_error, form.time_error)
    assert not any(label.isVisible() for label in errors)  # nothing red before any typing
    assert not form.save_button.isEnabled()
    assert form.summary.text() == "Nog nodig: de persoon, een overtreding, een omschrijving."

    with qtbot.waitSignal(form.person.searched):
        qtbot.keyClicks(form.person, "zqxj")
    assert form.person_error.isVisible()
    assert "Niemand gevonden bij 'zqxj'" in form.person_error.text()
    form.person.clear()
    pick(qtbot, form, student(ctx).name.split()[0], student(ctx))
    assert not form.person_error.isVisible()

    pest = ctx.policy.violation("A6-PEST")
    form.violations.set_checked("A6-PEST")
    assert not form.violation_error.isVisible()
    assert form.violations.article.text() == pest.article_text
    assert "A.6" in form.violations.detail_title.text()
    assert badge_flags(form) == ["pestprotocol"]
    form.violations.set_checked("A6-PEST", False)
    assert form.violation_error.isVisible()
    assert form.violation_error.text() == "Kies minstens één overtreding uit de lijst."
    form.violations.set_checked("A6-DOXING")
    assert not form.violation_error.isVisible()
    doxing = ctx.policy.violation("A6-DOXING")
    expected = [f for f in ("pestprotocol", "strafbaar", "datalek") if getattr(doxing, f)]
    assert badge_flags(form) == expected and "strafbaar" in expected
    badges = form.violations.badge_widget.findChildren(QLabel, "flagBadge")
    tip = next(b.toolTip() for b in badges if b.property("flag") == "strafbaar")
    assert doxing.wvsr and all(f"{article}" in tip for article in doxing.wvsr)

    qtbot.keyClicks(form.description, "kort")
    assert form.description_error.isVisible()
    assert "minstens 10 tekens (nu 4)" in form.description_error.text()
    assert form.description.property("invalid") is True
    qtbot.keyClicks(form.description, " maar nu lang genoeg")
    assert not form.description_error.isVisible()

    qtbot.keyClicks(form.time, "25:99")
    assert form.time_error.isVisible() and not form.save_button.isEnabled()
    form.time.clear()
    qtbot.keyClicks(form.time, "14.35")
    assert not form.time_error.isVisible()
    assert form.save_button.isEnabled(), form.summary.text()


def test_a_violation_is_ticked_by_double_click_or_by_enter_on_the_only_match(
    ctx: AppContext, qtbot: QtBot
) -> None:
    picker = form_for(ctx, qtbot).violations
    pest = picker.item_for("A6-PEST")
    rect = picker.list.visualItemRect(pest)
    qtbot.mouseClick(picker.list.viewport(), LEFT, pos=rect.center())
    assert picker.checked_codes() == []  # one click shows the article, nothing more
    assert picker.article.text() == ctx.policy.violation("A6-PEST").article_text
    qtbot.mouseDClick(picker.list.viewport(), LEFT, pos=rect.center())
    assert picker.checked_codes() == ["A6-PEST"]
    qtbot.mouseDClick(picker.list.viewport(), LEFT, pos=rect.center())
    assert picker.checked_codes() == []

    qtbot.keyClicks(picker.filter, "a6")  # several matches: Enter chooses nothing
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    assert picker.checked_codes() == []
    picker.filter.clear()
    qtbot.keyClicks(picker.filter, ctx.policy.violation("A6-DOXING").title)
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    assert picker.checked_codes() == ["A6-DOXING"]


def test_a_teamleider_is_told_at_once_that_staff_is_not_theirs(
    ctx: AppContext, qtbot: QtBot
) -> None:
    form = form_for(ctx, qtbot)
    employee = ctx.lists(list_persons, kind="medewerker", active=True, limit=1)[0]
    pick(qtbot, form, employee.name.split()[-1], employee)
    assert form.person_error.isVisible()
    assert "P&O" in form.person_error.text()
    assert not form.save_button.isEnabled()
    # violations that do not apply to staff are greyed out, with the reason
    item = form.violations.item_for("INT-VERLIES")
    applies = ctx.policy.violation("INT-VERLIES").applies_to
    assert ("medewerker" in applies) == bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)


# --- evidence ---------------------------------------------------------------------------


def test_evidence_by_dialog_and_dragging_with_the_limit_then_reported_in_one_go(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = form_for(ctx, qtbot)
    screenshot = png(tmp_path / "screenshot.png")
    big = too_large(tmp_path / "video.mp4")
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileNames",
        staticmethod(lambda *a, **k: ([str(screenshot), str(big)], "")),
    )
    qtbot.mouseClick(form.evidence.add_button, LEFT)
    assert [f.name for f in form.evidence.files()] == ["screenshot.png"]
    assert form.evidence.error.isVisible()
    assert "video.mp4" in form.evidence.error.text()
    assert "maximum is 25 MB" in form.evidence.error.text()

    second = png(tmp_path / "tweede.png", "#d94a4a")
    folder = tmp_path / "map"
    folder.mkdir()
    drop(form.evidence, [second, folder, "https://example.org/post/1"])
    assert [f.name for f in form.evidence.files()] == ["screenshot.png", "tweede.png"]
    problem = form.evidence.error.text()
    assert "is een map" in problem and "geen internetadressen" in problem
    drop(form.evidence, [screenshot])
    assert "staat al in de lijst" in form.evidence.error.text()
    assert len(form.evidence.files()) == 2

    person = student(ctx)
    pick(qtbot, form, person.name.split()[0], person)
    form.violations.set_checked("A6-KWETS")
    qtbot.keyClicks(form.description, DESCRIPTION)
    qtbot.keyClicks(form.time, "9:05")
    qtbot.keyClicks(form.place, "klassenapp")
    form.platform.setCurrentText("WhatsApp")
    assert form.save_button.isEnabled(), form.summary.text()
    before = ctx.lists(count_cases, CaseFilter())
    with qtbot.waitSignals([ctx.cases_changed, ctx.case_opened], timeout=10_000):
        qtbot.mouseClick(form.save_button, LEFT)
    assert form.created_case_id is not None
    assert not form.isVisible()  # accepted, without asking anything

    view = ctx.call(get_case, form.created_case_id)
    assert ctx.lists(count_cases, CaseFilter()) == before + 1
    assert view.number == form.created_case_number
    assert view.person_id == person.id and [v.code for v in view.violations] == ["A6-KWETS"]
    assert (view.incident_time, view.place, view.platform) == (
        dt.time(9, 5),
        "klassenapp",
        "WhatsApp",
    )
    assert view.description == DESCRIPTION
    assert [(e.file_name, e.sha256) for e in view.evidence] == [
        (p.name, hashlib.sha256(p.read_bytes()).hexdigest()) for p in (screenshot, second)
    ]
    assert all(e.platform == "WhatsApp" for e in view.evidence)
    assert sum(t.kind == "bewijs" for t in view.timeline) == 2


def test_a_refusal_is_shown_next_to_its_field_and_stores_nothing(
    ctx: AppContext, qtbot: QtBot
) -> None:
    form = form_for(ctx, qtbot)
    person = student(ctx)
    form.parties.picker.choose(person)  # first written down as the victim...
    qtbot.mouseClick(form.parties.add_button, LEFT)
    assert [p.person_id for p in form.parties.parties()] == [person.id]
    pick(qtbot, form, person.name.split()[0], person)  # ...then chosen as the subject
    form.violations.set_checked("A6-PEST")
    qtbot.keyClicks(form.description, DESCRIPTION)
    before = ctx.lists(count_cases, CaseFilter())
    qtbot.mouseClick(form.save_button, LEFT)
    qtbot.waitUntil(lambda: form.parties.error.isVisible(), timeout=10_000)
    assert "staat al bij de zaak" in form.parties.error.text()
    assert form.isVisible() and form.save_button.isEnabled()
    assert form.created_case_id is None
    assert ctx.lists(count_cases, CaseFilter()) == before


def test_the_report_and_its_evidence_are_stored_together_or_not_at_all(
    ctx: AppContext, tmp_path: Path
) -> None:
    report = NewReport(
        subject_person_id=student(ctx).id,
        violation_codes=("A6-PEST",),
        incident_date=dt.date.today(),
        description=DESCRIPTION,
    )
    good = png(tmp_path / "goed.png")
    files = [
        ChosenFile(good, good.name, good.stat().st_size, "", good.read_bytes()),
        ChosenFile(tmp_path / "leeg.png", "leeg.png", 0, "", b""),  # emptied since chosen
    ]
    before = ctx.lists(count_cases, CaseFilter())
    with pytest.raises(InvalidInput, match="leeg"):
        ctx.call(store, report, files)
    assert ctx.lists(count_cases, CaseFilter()) == before


# --- leaving ----------------------------------------------------------------------------


def test_leaving_asks_only_when_something_was_typed(
    ctx: AppContext, qtbot: QtBot, questions: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    form = form_for(ctx, qtbot)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert questions == [] and not form.isVisible()

    form = form_for(ctx, qtbot)
    qtbot.keyClicks(form.place, "aula")
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.No)
    )
    qtbot.mouseClick(form.cancel_button, LEFT)
    assert form.isVisible()  # the user chose to go on typing
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Yes)
    )
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible() and form.created_case_id is None
