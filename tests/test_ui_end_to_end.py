"""One case from the first report to the letter at the administration, driven through the
main window as a teamleider works: Nieuwe melding (Ctrl+N) with the person picker and the
violation list, the case found again in the list (Ctrl+F, Enter), the hearing planned and
held, a decision that deviates from the ladder's proposal (refused until it is motivated),
the letters made in the background and one released for the administration. The dossier
is checked through the services afterwards, as the administration sees it."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import open_demo
from pypdf import PdfReader
from PySide6.QtCore import QDate, QDateTime, QPoint, QSettings, Qt, QThreadPool, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDialog,
    QMessageBox,
    QRadioButton,
    QScrollArea,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_people import ChosenPerson, least_sanctioned

from casemanager.cases.viewing import get_case
from casemanager.cases.views import CaseView
from casemanager.dutch import long_date_with_weekday
from casemanager.letters import letter_file, print_queue
from models.cases import CaseStatus
from ui.context import AppContext
from ui.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
VIOLATION = "A1-LES"  # licht: a student without earlier measures gets a mondelinge waarschuwing
PROPOSED, CHOSEN = "waarschuwing_mondeling", "waarschuwing"
PLACE = "lokaal 2.14, les wiskunde"
DESCRIPTION = (
    "Tijdens de les wiskunde zat de leerling op Instagram en plaatste hij een filmpje van de "
    "les zonder toestemming van de docent."
)
HEARING_REPORT = (
    "De leerling en zijn moeder zijn gehoord. De leerling erkent het filmpje te hebben "
    "geplaatst en heeft het verwijderd."
)
MOTIVATION = (
    "De docent had de klas vorige week al gewaarschuwd; een mondelinge waarschuwing "
    "is daarom niet genoeg en de ouders moeten het schriftelijk weten."
)
WAIT_MS = 30_000


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window reads the idle time from QSettings: a file of this test's own."""
    ini, ini_format = tmp_path / "settings.ini", QSettings.Format.IniFormat
    monkeypatch.setattr("ui.settings.settings", lambda: QSettings(str(ini), ini_format))


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every question is answered Yes and its title recorded."""
    asked: list[str] = []

    def question(_parent: object, title: str, *_args: object, **_kw: object) -> object:
        asked.append(title)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """An error shown in a message box is recorded instead of blocking the test."""
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda *a, **_k: shown.append(str(a[-1])))
    )
    return shown


@pytest.fixture
def window(qtbot: QtBot, demo_path: Path) -> Iterator[MainWindow]:
    """The teamleider signed in on a copy of the demo dossier, the main window shown."""
    main = MainWindow(AppContext(open_demo(demo_path, "teamleider")))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    QThreadPool.globalInstance().waitForDone(WAIT_MS)  # letters made in the background
    main.ctx.lock()


def fresh_student(ctx: AppContext) -> ChosenPerson:
    """A current student of the teamleider's team without any measure so far, so the
    ladder proposes its first rung."""
    student = least_sanctioned(ctx)
    assert student.measures == 0, "the demo has no student without measures in this team"
    return student


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def pdf_text(data: bytes) -> str:
    return flat(" ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages))


# --- driving widgets as a user does ---------------------------------------------------------


def click(qtbot: QtBot, widget: QWidget) -> None:
    """Click ``widget`` as the user would: scrolled into view first; a radio button or a
    check box on its indicator (its text may be shorter than the widget)."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if isinstance(parent, QScrollArea):
        parent.ensureWidgetVisible(widget)
    if isinstance(widget, QRadioButton | QCheckBox):
        qtbot.mouseClick(widget, LEFT, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, LEFT)


def click_tab(qtbot: QtBot, tabs: QTabWidget, title: str) -> Any:
    """Click the tab whose title starts with ``title``; the page it shows."""
    bar = tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i).startswith(title))
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index
    return tabs.currentWidget()


def while_shown(
    find: Callable[[], QWidget | None], drive: Callable[[QWidget], None]
) -> tuple[QTimer, list[BaseException]]:
    """Call ``drive`` with the widget ``find`` returns as soon as it is visible: for a modal
    dialog whose ``exec()`` blocks the caller. A failure closes the dialog (so the test does
    not hang in its event loop) and is kept, to be raised once ``exec()`` returned. Keep
    the returned timer alive until then."""
    failures: list[BaseException] = []
    timer = QTimer()
    timer.setInterval(20)

    def check() -> None:
        widget = find()
        if widget is None or not widget.isVisible():
            return
        timer.stop()
        try:
            drive(widget)
        except BaseException as error:  # raised again by the test
            failures.append(error)
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.done(QDialog.DialogCode.Rejected)

    timer.timeout.connect(check)
    timer.start()
    return timer, failures


def fill_report(qtbot: QtBot, form: Any, student: ChosenPerson, incident: dt.date) -> None:
    """Nieuwe melding as a user fills it in, then Melden; returns once it was stored."""
    picker = form.person
    save = form.save_button
    assert not save.isEnabled()
    # who: part of the first name and of the surname, then the person in the list
    picker.setFocus()
    with qtbot.waitSignal(picker.searched, timeout=5_000):
        qtbot.keyClicks(picker, f"{student.voornaam[:4]} {student.achternaam[:4]}")
    popup = picker.suggestions.popup()
    assert popup.isVisible()
    row = [r.id for r in picker.popup_rows()].index(student.id)
    index = picker.suggestions.completionModel().index(row, 0)
    with qtbot.waitSignal(picker.person_chosen) as chosen:
        qtbot.mouseClick(popup.viewport(), LEFT, pos=popup.visualRect(index).center())
    assert chosen.args == [student.id] and picker.text() == student.name
    assert not form.person_error.isVisible()

    # what: filter the list on the article, pick the line, tick it with the space bar
    violations = form.violations
    qtbot.keyClicks(violations.filter, VIOLATION)
    item = violations.item_for(VIOLATION)
    assert not item.isHidden()
    tree = violations.list
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), LEFT, pos=rect.center())
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert violations.checked_codes() == [VIOLATION]
    assert violations.policy.violation(VIOLATION).title in violations.chosen.text()

    # when, where, what happened
    form.date.setDate(QDate(incident.year, incident.month, incident.day))
    assert form.weekday.text() == long_date_with_weekday(incident)
    qtbot.keyClicks(form.time, "10:40")
    qtbot.keyClicks(form.place, PLACE)
    platform = form.platform
    platform.setFocus()
    platform.lineEdit().selectAll()
    qtbot.keyClicks(platform.lineEdit(), "Instagram")
    assert platform.currentText() == "Instagram"
    qtbot.keyClicks(form.description, DESCRIPTION)
    assert save.isEnabled(), form.summary.text()
    assert "Alles is ingevuld" in form.summary.text()

    qtbot.mouseClick(save, LEFT)
    qtbot.waitUntil(lambda: form.created_case_id is not None, timeout=WAIT_MS)


def case_view(window: MainWindow) -> Any:
    tabs = window.case_tabs
    assert tabs is not None
    view = tabs.currentWidget()
    assert view is not None and view.objectName() == "caseView"
    return view


def accept(qtbot: QtBot, view: Any, dialog: Any) -> None:
    """Press the dialog's OK button; wait until it closed and the case was read again."""
    with qtbot.waitSignal(view.title_changed, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.ok, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def fresh(window: MainWindow, case_id: int) -> CaseView:
    return window.ctx.call(get_case, case_id)


# --- the flow ----------------------------------------------------------------------------------


def test_from_report_to_a_released_letter(
    window: MainWindow,
    qtbot: QtBot,
    demo_path: Path,
    questions: list[str],
    warnings: list[str],
) -> None:
    ctx = window.ctx
    student = fresh_student(ctx)
    incident = dt.date.today() - dt.timedelta(days=1)

    # 1. Nieuwe melding with Ctrl+N: the form is modal, so it is filled in from its own loop
    assert window.new_report.shortcut().toString() == "Ctrl+N"
    made: dict[str, Any] = {}

    def report(form: Any) -> None:
        fill_report(qtbot, form, student, incident)
        made.update(id=form.created_case_id, number=form.created_case_number)

    timer, failures = while_shown(lambda: window.findChild(QDialog, "reportForm"), report)
    opened: list[int] = []
    ctx.case_opened.connect(opened.append)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)  # returns when the form is closed
    timer.stop()
    ctx.case_opened.disconnect(opened.append)
    if failures:
        raise failures[0]
    assert len(opened) == 1, "Ctrl+N did not lead to one new case"
    case_id, number = opened[0], made["number"]
    assert made["id"] == case_id and number
    assert not [f for f in window.findChildren(QDialog, "reportForm") if f.isVisible()]
    reported = fresh(window, case_id)
    assert (reported.number, reported.person_id, reported.status) == (
        number,
        student.id,
        CaseStatus.GEMELD,
    )
    assert [v.code for v in reported.violations] == [VIOLATION]
    assert (reported.incident_date, reported.incident_time) == (incident, dt.time(10, 40))
    assert (reported.place, reported.platform, reported.description) == (
        PLACE,
        "Instagram",
        DESCRIPTION,
    )

    # 2. the case opened in its own tab; closed, it is found again in the list (Ctrl+F, Enter)
    tabs = window.case_tabs
    assert tabs is not None and window.case_list is not None
    view = case_view(window)
    assert view.case_id == case_id and tabs.tabText(tabs.currentIndex()).startswith(number)
    close = tabs.tabBar().tabButton(tabs.currentIndex(), QTabBar.ButtonPosition.RightSide)
    assert isinstance(close, QAbstractButton)
    qtbot.mouseClick(close, LEFT)
    assert tabs.count() == 1
    # the offscreen platform makes every window it shows active, also the picker's popup,
    # and leaves that hidden popup active once the form closed; on a desktop a popup never
    # takes the activation and the main window has it back as soon as the form is gone
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    page = window.case_list
    assert tabs.currentWidget() is page and page.search.hasFocus()
    qtbot.keyClicks(page.search, number)  # searched after a short pause
    qtbot.waitUntil(lambda: page.count_label.text() == "1 zaak", timeout=5_000)
    assert page.model.rowCount() == 1 and page.model.case_id(0) == case_id
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # from the search box to the list
    assert page.table.hasFocus() and page.selected_case_id() == case_id
    with qtbot.waitSignal(ctx.case_opened) as reopened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert reopened.args == [case_id] and tabs.count() == 2
    view = case_view(window)
    assert view.case_id == case_id
    assert view.header.number.text() == number
    assert student.name in view.title

    # 3. the hearing: planned (it took place two hours ago), then held with its report
    hearing = click_tab(qtbot, view.tabs, "Hoorgesprek")
    assert hearing is view.hearing
    click(qtbot, hearing.plan_button)
    plan = hearing.dialog
    assert plan is not None and plan.isVisible()
    assert student.name in plan.participants.toPlainText()
    held_at = dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(hours=2)
    plan.planned_at.setDateTime(QDateTime(held_at))
    qtbot.keyClicks(plan.location, "kamer teamleider")
    accept(qtbot, view, plan)
    assert fresh(window, case_id).status == CaseStatus.HOORGESPREK
    assert hearing.hold_button.isEnabled(), hearing.hold_button.toolTip()
    click(qtbot, hearing.hold_button)
    hold = hearing.dialog
    assert hold is not None and hold.isVisible() and not hold.ok.isEnabled()
    qtbot.keyClicks(hold.report, HEARING_REPORT)
    assert hold.ok.isEnabled()
    accept(qtbot, view, hold)
    assert not hearing.hold_button.isEnabled()

    # 4. the decision: the proposal is shown and chosen; another rung needs a motivation
    procedure = click_tab(qtbot, view.tabs, "Besluit")
    assert procedure is view.procedure
    proposal = fresh(window, case_id).proposal
    assert proposal is not None and proposal.rung == PROPOSED
    assert proposal.rung_title in procedure.proposal.title.text()
    assert "Geen eerdere maatregelen" in procedure.proposal.sanctions.text()
    decision = procedure.decision
    radios = decision.radios
    assert radios[PROPOSED].isChecked() and "(voorstel)" in radios[PROPOSED].text()
    assert not decision.motivation.isVisible()
    assert decision.decide_button.isEnabled(), decision.decide_button.toolTip()

    click(qtbot, radios[CHOSEN])
    assert radios[CHOSEN].isChecked()
    asking = "Schrijf een motivering: waarom wijkt u af van het voorstel?"
    assert decision.motivation.isVisible() and decision.motivation.toPlainText() == ""
    assert decision.motivation_problem.isVisible()
    assert decision.motivation_problem.text() == asking
    assert not decision.decide_button.isEnabled()
    assert decision.decide_button.toolTip() == asking
    assert decision.why_not.text() == ""  # said once, under the field
    click(qtbot, decision.decide_button)  # refused: nothing asked, nothing decided
    assert questions == [] and fresh(window, case_id).decisions == ()

    decision.motivation.setFocus()
    qtbot.keyClicks(decision.motivation, MOTIVATION)
    assert decision.decide_button.isEnabled(), decision.decide_button.toolTip()
    assert decision.motivation_problem.text() == "De motivering is voldoende."
    assert decision.decide_button.text() == "Besluiten"

    # 5. deciding makes the letters in the background; they open in the preview
    with qtbot.waitSignal(ctx.letters_changed, timeout=WAIT_MS):
        click(qtbot, decision.decide_button)
    assert questions == ["Besluiten"]
    qtbot.waitUntil(lambda: procedure.letters_dialog is not None, timeout=WAIT_MS)
    letters_dialog = procedure.letters_dialog
    assert letters_dialog.isVisible()
    assert number in letters_dialog.windowTitle()
    qtbot.waitUntil(
        lambda: letters_dialog.document.status() == QPdfDocument.Status.Ready, timeout=WAIT_MS
    )
    assert letters_dialog.document.pageCount() >= 1
    letters = letters_dialog.letters()
    named = set(ctx.policy.ladders["leerling"].rung(CHOSEN).letters)
    assert letters and {letter.letter_type for letter in letters} == named == {"waarschuwing"}
    assert all(letter.case_number == number for letter in letters)
    assert "gemaakt" in procedure.letters_status.text()
    letter = letters_dialog.current()
    assert letter is not None and letter.released_at is None
    release = letters_dialog.release_button
    assert release.text() == "Vrijgeven voor de administratie" and release.isEnabled()
    with qtbot.waitSignal(ctx.letters_changed, timeout=WAIT_MS):
        qtbot.mouseClick(release, LEFT)
    assert questions == ["Besluiten", "Brief vrijgeven"]
    assert "vrijgegeven voor de administratie" in letters_dialog.letter_list.currentItem().text()
    assert not release.isEnabled() and "al vrijgegeven" in release.toolTip()
    assert "klaar bij de administratie" in letters_dialog.status.text()
    [close_letters] = [
        b for b in letters_dialog.findChildren(QAbstractButton) if b.text() == "Sluiten"
    ]
    qtbot.mouseClick(close_letters, LEFT)
    qtbot.waitUntil(lambda: procedure.letters_dialog is None)

    # 6. the dossier, read through the services
    after = fresh(window, case_id)
    [held] = after.hearings
    assert held.held_at == held_at and held.report == HEARING_REPORT
    assert held.location == "kamer teamleider"
    [taken] = after.decisions
    assert (taken.proposed_rung, taken.chosen_rung) == (PROPOSED, CHOSEN)
    assert taken.motivation == MOTIVATION and not taken.is_voornemen
    assert after.status == CaseStatus.BESLUIT
    assert "Afwijkend van het voorstel" in procedure.decisions.text()
    titles = [str(entry.title) for entry in after.timeline]
    assert "Brief vrijgegeven voor de administratie" in titles

    administratie = open_demo(demo_path, "administratie")
    try:
        with administratie.unit_of_work() as uow:
            queue = print_queue(uow)
            queued = next(q for q in queue if q.id == letter.id)
            pdf = letter_file(uow, letter.id)
            uow.commit()
    finally:
        administratie.close()
    assert queued.case_number == number and queued.released_at is not None
    assert queued.letter_type == CHOSEN and student.name in queued.subject
    assert {q.id for q in queue if q.case_id == case_id} == {letter.id}  # only the released one
    text = pdf_text(pdf)
    assert student.name in text and number in text
    assert warnings == []
