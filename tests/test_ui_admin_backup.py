"""Beheer → Back-up: a backup made in the background updates the date of the last one, the
reminder after a week, and a restore that keeps the old dossier aside; on a copy of the
small demo school. Only the file dialogs and message boxes are stood in for."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import open_demo
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from casemanager.dataleaks import list_leaks, register_leak
from casemanager.demo import DEFAULT_PASSWORD
from casemanager.errors import PermissionDenied
from casemanager.store.backup import (
    backup,
    backup_overdue,
    backup_steps,
    check_backup,
    last_backup,
)
from casemanager.store.keyring import keys_path_for
from ui import settings
from ui.admin.backup_page import BackupPage, reminder_text
from ui.context import AppContext

WAIT_MS = 20_000


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ini = tmp_path / "settings.ini"
    monkeypatch.setattr(
        "ui.settings.settings", lambda: QSettings(str(ini), QSettings.Format.IniFormat)
    )


@pytest.fixture
def ctx(sign_in: Callable[[str], AppContext]) -> AppContext:
    return sign_in("beheerder")


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the information and warning boxes, answered with OK."""
    texts: list[str] = []

    def box(_parent: object, _title: str, text: str, *_a: object, **_k: object) -> object:
        texts.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", staticmethod(box))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(box))
    return texts


def choose_save(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )


def test_a_backup_writes_the_pair_and_the_date_follows(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = BackupPage(ctx)
    qtbot.addWidget(page)
    assert page.last is None and not page.reminder.isHidden()
    assert "eerste back-up" in page.reminder.text()
    usb = tmp_path / "usb"
    usb.mkdir()
    choose_save(monkeypatch, usb / "kopie")  # without the extension: it is added
    with qtbot.waitSignal(page.backed_up, timeout=WAIT_MS) as made:
        page.backup_button.click()
    info = made.args[0]
    assert info.path == usb / "kopie.casedb"
    assert info.path.exists() and keys_path_for(info.path).exists()
    made_at = ctx.lists(last_backup)
    assert made_at is not None and dt.datetime.now(dt.UTC) - made_at < dt.timedelta(minutes=1)
    assert page.last == made_at and "(vandaag)" in page.last_label.text()
    assert page.reminder.isHidden() and "kopie.casedb" in page.result.text()
    assert settings.last_folder("backup") == usb.resolve()


def test_a_backup_never_overwrites_and_then_leaves_the_date_alone(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = BackupPage(ctx)
    qtbot.addWidget(page)
    target = tmp_path / "bestaat.casedb"
    target.write_bytes(b"iets waardevols")
    choose_save(monkeypatch, target)
    page.backup_button.click()
    qtbot.waitUntil(lambda: not page.error.isHidden(), timeout=WAIT_MS)
    assert "niet overschreven" in page.error.text()
    assert target.read_bytes() == b"iets waardevols"
    assert ctx.lists(last_backup) is None and not page.busy


def test_the_reminder_shows_once_the_last_backup_is_a_week_old(
    ctx: AppContext, qtbot: QtBot
) -> None:
    page = BackupPage(ctx)
    qtbot.addWidget(page)
    now = dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC)
    page.show_last_backup(now - dt.timedelta(days=6), now)
    assert page.reminder.isHidden() and "6 dagen geleden" in page.last_label.text()
    page.show_last_backup(now - dt.timedelta(days=8), now)
    assert not page.reminder.isHidden() and "ouder dan 7 dagen" in page.reminder.text()
    assert backup_overdue(None, now) and not backup_overdue(now - dt.timedelta(days=7), now)
    assert reminder_text(now - dt.timedelta(hours=1), now) == ""


def test_a_restore_puts_the_backup_back_and_keeps_the_old_dossier_aside(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, demo_path: Path, shown: list[str]
) -> None:
    info = backup(ctx.dossier, tmp_path)
    before = len(ctx.read(list_leaks))
    later = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
    ctx.call(register_leak, "Na de back-up geregistreerd", later, persons_affected=2)
    page = BackupPage(ctx)
    qtbot.addWidget(page)
    dialog = page.open_restore(info.path)
    assert "niet gewist" in dialog.findChild(QLabel, "restoreIntro").text()
    dialog.password.setText(DEFAULT_PASSWORD)
    with qtbot.waitSignal(page.restored, timeout=WAIT_MS) as restored:
        dialog.ok.click()
    assert restored.args == [demo_path] and ctx.is_locked
    (aside,) = demo_path.parent.glob("demo.voor-herstel-*.casedb")
    assert keys_path_for(aside).exists()
    assert str(aside) in shown[-1] and "niet gewist" in shown[-1]
    with open_demo(demo_path, "directie") as back, back.unit_of_work(read_only=True) as uow:
        assert "Na de back-up geregistreerd" not in [leak.title for leak in list_leaks(uow)]
        assert len(list_leaks(uow)) == before
    with open_demo(aside, "directie") as old, old.unit_of_work(read_only=True) as uow:
        titles = [leak.title for leak in list_leaks(uow)]
    assert len(titles) == before + 1 and "Na de back-up geregistreerd" in titles


def test_a_wrong_password_stops_the_restore_before_anything_closes(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, demo_path: Path
) -> None:
    info = backup(ctx.dossier, tmp_path)
    page = BackupPage(ctx)
    qtbot.addWidget(page)
    dialog = page.open_restore(info.path)
    dialog.password.setText("niet het wachtwoord")
    dialog.ok.click()
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=WAIT_MS)
    assert "onjuist" in dialog.error.text()
    assert not ctx.is_locked and dialog.isVisible()
    assert list(demo_path.parent.glob("*.voor-herstel-*")) == []


def test_directie_may_not_back_up_or_restore(demo_path: Path, tmp_path: Path) -> None:
    with open_demo(demo_path, "directie") as directie:
        for call in (
            lambda: last_backup(directie),
            lambda: next(backup_steps(directie, tmp_path)),
            lambda: next(check_backup(directie, demo_path, DEFAULT_PASSWORD)),
        ):
            with pytest.raises(PermissionDenied):
                call()
    assert [p.name for p in tmp_path.glob("*.casedb")] == [demo_path.name]  # no backup made
