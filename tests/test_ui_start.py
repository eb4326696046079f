"""Starting the application: the unlock dialog with every failure message, the demo hint,
and the first-start wizard up to the recovery key on paper."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ADMIN, ADMIN_PASSWORD, add_user
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QWizard
from pytestqt.qtbot import QtBot

from casemanager import accounts
from casemanager.demo_login import DEFAULT_PASSWORD
from casemanager.store.dossier import Dossier
from casemanager.store.keyring import keys_path_for
from ui import settings
from ui.tasks import wait_for_tasks
from ui.unlock import UnlockDialog
from ui.wizard import FirstStartWizard, password_strength


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test remembers things in its own settings file, never the user's."""
    ini = tmp_path / "settings.ini"
    monkeypatch.setattr(
        settings, "settings", lambda: QSettings(str(ini), QSettings.Format.IniFormat)
    )
    monkeypatch.setattr(settings, "demo_dossier_path", lambda: tmp_path / "demo" / "demo.casedb")
    yield
    wait_for_tasks()


def sign_in(qtbot: QtBot, dialog: UnlockDialog, username: str, password: str) -> None:
    dialog.show()
    dialog.username.setText(username)
    dialog.password.setText(password)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy.isVisible(), timeout=20_000)


def test_signing_in_opens_the_dossier_and_remembers_it(
    qtbot: QtBot, created: tuple[Path, str]
) -> None:
    path, _ = created
    dialog = UnlockDialog(path)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.opened, timeout=20_000):
        sign_in(qtbot, dialog, ADMIN, ADMIN_PASSWORD)
    assert dialog.dossier is not None and dialog.dossier.actor.username == ADMIN
    dialog.dossier.close()
    assert settings.last_dossier() == path.resolve()
    again = UnlockDialog(path)
    qtbot.addWidget(again)
    assert again.username.text() == ADMIN  # the last user of this dossier is filled in


@pytest.mark.parametrize(
    ("username", "password", "message"),
    [
        (ADMIN, "verkeerd wachtwoord", r"wachtwoord .* onjuist"),
        ("niemand", ADMIN_PASSWORD, r"geen account 'niemand'"),
        ("oud.lid", "wachtwoord oud lid", r"uitgeschakeld"),
        ("", "", r"Vul uw gebruikersnaam en wachtwoord in"),
    ],
)
def test_every_failure_says_what_is_wrong(
    qtbot: QtBot, dossier: Dossier, username: str, password: str, message: str
) -> None:
    add_user(dossier, "oud.lid", "wachtwoord oud lid", "teamleider")
    with dossier.unit_of_work() as uow:
        accounts.set_active(uow, "oud.lid", False)
    dossier.close()
    dialog = UnlockDialog(dossier.path)
    qtbot.addWidget(dialog)
    sign_in(qtbot, dialog, username, password)
    assert re.search(message, dialog.message.text())
    assert (dialog.dossier is None and dialog.isVisible() is False) or dialog.result() == 0


def test_after_a_wrong_password_enter_signs_in_again_and_does_not_stop(
    qtbot: QtBot, created: tuple[Path, str]
) -> None:
    path, _ = created
    dialog = UnlockDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    sign_in(qtbot, dialog, ADMIN, "verkeerd wachtwoord")
    assert "onjuist" in dialog.message.text() and dialog.ok.isDefault()
    assert dialog.password.hasFocus()  # with the wrong password selected, to type over
    with qtbot.waitSignal(dialog.opened, timeout=20_000):
        qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.dossier is not None
    dialog.dossier.close()


def test_damaged_and_missing_files_are_explained(qtbot: QtBot, created: tuple[Path, str]) -> None:
    path, _ = created
    keys = keys_path_for(path)
    keys.write_bytes(keys.read_bytes()[:200])
    dialog = UnlockDialog(path)
    qtbot.addWidget(dialog)
    sign_in(qtbot, dialog, ADMIN, ADMIN_PASSWORD)
    assert "beschadigd" in dialog.message.text()
    keys.unlink()
    sign_in(qtbot, dialog, ADMIN, ADMIN_PASSWORD)
    assert re.search(r"sleutelbestand .* ontbreekt", dialog.message.text())
    dialog.path = path.with_name("nergens.casedb")
    sign_in(qtbot, dialog, ADMIN, ADMIN_PASSWORD)
    assert "bestaat niet" in dialog.message.text()


def test_the_demo_dossier_says_how_to_sign_in(qtbot: QtBot, created: tuple[Path, str]) -> None:
    path, _ = created
    plain = UnlockDialog(path)
    qtbot.addWidget(plain)
    assert plain.demo_hint.isHidden()
    demo = UnlockDialog(settings.demo_dossier_path())
    qtbot.addWidget(demo)
    assert not demo.demo_hint.isHidden()
    assert DEFAULT_PASSWORD in demo.demo_hint.text() and "teamleider" in demo.demo_hint.text()


def test_password_strength() -> None:
    assert password_strength("kort") == 0
    assert password_strength("tien tekens") == 1
    assert password_strength("een zin van woorden die lang is") == 3


def test_the_first_start_wizard_creates_a_dossier_and_shows_the_key_once(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = FirstStartWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentId() == 0
    wizard.next()
    page = wizard.new
    page.folder.setText(str(tmp_path))
    page.file_name.setText("lyceum")
    page.school.setText("Het Stedelijk Lyceum")
    page.place.setText("Maastricht")
    page.username.setText("beheer")
    page.display_name.setText("Bea Heerder")
    next_button = wizard.button(QWizard.WizardButton.CommitButton)
    page.password.setText("een lang wachtwoord")
    page.repeat.setText("een ander wachtwoord")
    assert "niet gelijk" in page.message.text() and not page.isComplete()
    page.repeat.setText("een lang wachtwoord")
    assert page.isComplete() and next_button.isEnabled()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == 2, timeout=30_000)
    key = wizard.key_page.key.text()
    assert re.fullmatch(r"([A-Z0-9]{4}-){7}[A-Z0-9]{4}", key)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # first confirm that the key is stored
    target = tmp_path / "herstelsleutel.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    wizard.key_page.save_pdf()
    text = "".join(page.extract_text() or "" for page in PdfReader(target).pages)
    assert key in text and "Het Stedelijk Lyceum" in text
    wizard.key_page.confirm.setChecked(True)
    assert finish.isEnabled()
    dossier = wizard.dossier
    assert dossier.path == tmp_path / "lyceum.casedb" and dossier.actor.username == "beheer"
    dossier.close()
    assert settings.last_dossier() == (tmp_path / "lyceum.casedb").resolve()
    reopened = Dossier.open(tmp_path / "lyceum.casedb", "beheer", "een lang wachtwoord")
    reopened.close()


def test_the_wizard_refuses_an_existing_file(qtbot: QtBot, created: tuple[Path, str]) -> None:
    path, _ = created
    wizard = FirstStartWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.new
    page.folder.setText(str(path.parent))
    page.file_name.setText(path.name)
    page.school.setText("School")
    page.password.setText("een lang wachtwoord")
    page.repeat.setText("een lang wachtwoord")
    before = path.read_bytes()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.message.text()), timeout=20_000)
    assert "niet overschreven" in page.message.text()
    assert wizard.currentId() == 1 and path.read_bytes() == before
