"""The main window: the parts per role, opening cases as tabs, and the lock that hides
everything, drops the key and keeps what was typed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import open_demo
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from casemanager.demo_login import DEFAULT_PASSWORD
from ui import settings
from ui.cases.case_view import CaseViewWidget
from ui.context import AppContext, Locked
from ui.main_window import MainWindow
from ui.tasks import wait_for_tasks


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ini, ini_format = tmp_path / "settings.ini", QSettings.Format.IniFormat
    monkeypatch.setattr(settings, "settings", lambda: QSettings(str(ini), ini_format))


def window_for(qtbot: QtBot, path: Path, username: str) -> MainWindow:
    window = MainWindow(AppContext(open_demo(path, username)))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot: QtBot, demo_path: Path) -> Iterator[MainWindow]:
    opened = window_for(qtbot, demo_path, "teamleider")
    yield opened
    wait_for_tasks()
    opened.ctx.lock()


def parts(window: MainWindow) -> list[str]:
    return [window.navigation.item(r).text() for r in range(window.navigation.count())]


def test_each_role_sees_only_its_parts(qtbot: QtBot, demo_path: Path) -> None:
    for username, expected in (
        ("teamleider", ["Te doen", "Zaken", "Personen", "Rapportage"]),
        ("hr", ["Te doen", "Zaken", "Personen", "Rapportage"]),
        ("directie", ["Te doen", "Zaken", "Personen", "Rapportage", "Beheer"]),
        ("administratie", ["Brieven"]),
        ("beheerder", ["Personen", "Beheer"]),
    ):
        window = window_for(qtbot, demo_path, username)
        assert parts(window) == expected, username
        assert window.new_report.isEnabled() == ("Zaken" in expected)
        assert window.ctx.actor.display_name in window.statusBar().currentMessage()
        wait_for_tasks()
        window.ctx.lock()


def test_a_case_opens_in_its_own_tab_once(window: MainWindow, qtbot: QtBot) -> None:
    assert window.case_list is not None and window.case_tabs is not None
    case_id = window.case_list.model.case_id(0)
    window.ctx.case_opened.emit(case_id)
    window.ctx.case_opened.emit(case_id)
    assert window.case_tabs.count() == 2
    view = window.case_tabs.currentWidget()
    assert isinstance(view, CaseViewWidget) and view.case_id == case_id
    assert window.case_tabs.tabText(1) == view.case_number
    window._close_tab(1)
    assert window.case_tabs.count() == 1


def test_locking_hides_everything_and_keeps_what_was_typed(
    window: MainWindow, qtbot: QtBot
) -> None:
    search = window.findChild(QLineEdit, "caseSearch")
    window.show_part("cases")
    qtbot.keyClicks(search, "bedreig")
    window.lock_action.trigger()
    assert window.ctx.is_locked and window.stack.currentWidget() is window.lock_screen
    with pytest.raises(Locked):
        _ = window.ctx.dossier  # the connections are closed and the key is gone
    screen = window.lock_screen
    qtbot.keyClicks(screen.password, "niet mijn wachtwoord")
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(screen.message.text()), timeout=20_000)
    assert "onjuist" in screen.message.text() and window.ctx.is_locked
    screen.password.setText(DEFAULT_PASSWORD)
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.ctx.is_locked, timeout=20_000)
    assert window.stack.currentIndex() == 0
    assert search.text() == "bedreig"  # the typed search is still there
    assert window.ctx.dossier.actor.username == "teamleider"


def test_typing_or_moving_the_mouse_in_the_window_starts_the_idle_time_again(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.idle.set_interval_ms(60_000)
    qtbot.wait(300)
    waited = window.idle.timer.remainingTime()
    assert waited <= 59_800
    handle = window.windowHandle()
    QTest.keyClick(handle, Qt.Key.Key_Shift)
    assert window.idle.timer.remainingTime() > waited
    qtbot.wait(300)
    waited = window.idle.timer.remainingTime()
    QTest.mouseMove(handle, QPoint(40, 40))
    assert window.idle.timer.remainingTime() > waited
    assert not window.ctx.is_locked


def test_the_window_locks_itself_when_left_alone(window: MainWindow, qtbot: QtBot) -> None:
    window.idle.set_interval_ms(300)
    qtbot.waitUntil(lambda: window.ctx.is_locked, timeout=5_000)
    assert window.stack.currentWidget() is window.lock_screen
    assert not window.new_report.isEnabled()


def test_settings_choose_the_language_for_the_next_start_and_the_idle_time_at_once(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = window.open_settings()
    assert dialog.language.currentData() == "nl" and dialog.minutes.value() == 5
    assert not dialog.restart_note.isVisibleTo(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.restart_note.isVisibleTo(dialog)
    dialog.minutes.setValue(12)
    dialog.accept()
    assert settings.language() == "en" and settings.idle_minutes() == 12
    assert window.idle.timer.interval() == 12 * 60_000
    window.lock()
    assert not window.settings_action.isEnabled()


def test_beheer_has_the_tabs_the_roles_allow(demo_path: Path) -> None:
    from ui.admin.admin_page import tabs_for

    expected = {
        "beheerder": ["accounts", "school", "policy", "backup", "audit", "retention", "leaks"],
        "directie": ["retention", "leaks"],
        "teamleider": [],
        "administratie": [],
    }
    for username, names in expected.items():
        dossier = open_demo(demo_path, username)
        try:
            assert [tab.name for tab in tabs_for(dossier.actor)] == names, username
        finally:
            dossier.close()


def test_after_a_restore_the_window_asks_to_sign_in_to_the_restored_dossier(
    qtbot: QtBot, demo_path: Path
) -> None:
    window = window_for(qtbot, demo_path, "beheerder")
    window.show_part("admin")
    admin = window.part("admin")
    backup_page = admin.show_tab("backup")  # type: ignore[attr-defined]
    window.ctx.lock()  # the backup page closes the dossier before it restores
    backup_page.restored.emit(demo_path)
    assert window.stack.currentWidget() is window.lock_screen
    assert "teruggezet" in window.lock_screen.message.text()
    assert window.lock_screen.path == demo_path
    window.lock_screen.password.setText(DEFAULT_PASSWORD)
    window.lock_screen.try_unlock()
    qtbot.waitUntil(lambda: not window.ctx.is_locked, timeout=20_000)
    assert window.ctx.actor.username == "beheerder"
    wait_for_tasks()
    window.ctx.lock()


def test_ctrl_f_searches_in_the_part_on_screen(qtbot: QtBot, demo_path: Path) -> None:
    window = window_for(qtbot, demo_path, "teamleider")
    window.show_part("persons")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.search.trigger()
    people = window.part("persons")
    assert people.isAncestorOf(QApplication.focusWidget())
    window.show_part("todo")
    window.search.trigger()
    assert window.case_list is not None and window.case_list.search.hasFocus()
    wait_for_tasks()
    window.ctx.lock()
