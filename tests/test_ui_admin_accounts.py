"""Beheer → Accounts on a copy of the demo dossier, signed in as its beheerder: adding an
account, its roles, the refusals of the services, removing with a new key, and a new
password with the recovery key (on a fresh dossier, whose recovery key is known)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlcipher3
from conftest import ADMIN, ADMIN_PASSWORD, open_demo
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from casemanager.accounts import add_account, list_accounts
from casemanager.demo import DEFAULT_PASSWORD
from casemanager.errors import AccountDisabled
from casemanager.keyslots import KeySlotFile
from casemanager.store.dossier import Dossier
from casemanager.store.engine import raw_connect
from casemanager.store.keyring import keys_path_for
from models.accounts import Role
from ui.admin.accounts_dialogs import AddAccountDialog, PasswordDialog
from ui.admin.accounts_page import AccountsPage
from ui.admin.accounts_roles import RolesDialog
from ui.context import AppContext
from ui.tasks import wait_for_tasks

YES = QMessageBox.StandardButton.Yes


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Every message box answered Yes; what each kind said is kept."""
    said: dict[str, list[str]] = {"question": [], "warning": [], "information": []}

    def recorder(kind: str) -> Callable[..., QMessageBox.StandardButton]:
        def show(_parent: object, _title: str, text: str, *_a: object) -> object:
            said[kind].append(text)
            return YES

        return staticmethod(show)  # type: ignore[return-value]

    for kind in said:
        monkeypatch.setattr(QMessageBox, kind, recorder(kind))
    return said


def signed_in(path: Path, username: str, password: str) -> Iterator[AppContext]:
    ctx = AppContext(Dossier.open(path, username, password))
    yield ctx
    wait_for_tasks()
    if not ctx.is_locked:
        ctx.dossier.close()


@pytest.fixture
def beheerder(demo_path: Path) -> Iterator[AppContext]:
    yield from signed_in(demo_path, "beheerder", DEFAULT_PASSWORD)


@pytest.fixture
def page(beheerder: AppContext, qtbot: QtBot) -> AccountsPage:
    shown = AccountsPage(beheerder)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def in_dialog(qtbot: QtBot, act: Callable[[QDialog], None], *, closes: bool = True) -> None:
    """Do ``act`` in the modal dialog the next call opens, and wait until it ``closes``;
    one left open is cancelled, so a failing test never hangs in ``exec``."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        try:
            act(dialog)
            if closes:
                qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, run)


def cells(page: AccountsPage, username: str) -> list[str]:
    page.select(username)
    row = page.table.currentRow()
    return [page.table.item(row, column).text() for column in range(page.table.columnCount())]


def test_an_added_account_can_sign_in(page: AccountsPage, qtbot: QtBot, demo_path: Path) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, AddAccountDialog)
        dialog.username.setText("F.Yilmaz")
        dialog.display_name.setText("Fatma Yılmaz")
        dialog.function.setText("teamleider bovenbouw")
        dialog.roles.boxes["teamleider"].setChecked(True)
        dialog.roles.new_team.setText("bovenbouw vmbo")
        dialog.roles.new_team.returnPressed.emit()
        dialog.passwords.password.setText("een lang wachtwoord")
        dialog.passwords.repeat.setText("een lang wachtwoor")
        assert not dialog.ok.isEnabled()  # the two differ
        assert dialog.passwords.problem.isVisibleTo(dialog)
        dialog.passwords.repeat.setText("een lang wachtwoord")
        assert dialog.ok.isEnabled()
        dialog.submit()

    in_dialog(qtbot, fill)
    page.add_account()
    row = cells(page, "f.yilmaz")
    assert row[:6] == ["f.yilmaz", "Fatma Yılmaz", "teamleider bovenbouw", "Teamleider",
                       "bovenbouw vmbo", "actief"]  # fmt: skip
    assert row[6]  # the moment of the change, from the audit log
    assert "f.yilmaz" in page.status.text()
    with Dossier.open(demo_path, "f.yilmaz", "een lang wachtwoord") as opened:
        assert opened.actor.roles == frozenset({Role.TEAMLEIDER})
        assert len(opened.actor.team_ids) == 1


def test_roles_and_teams_change_and_an_account_is_disabled(
    page: AccountsPage, qtbot: QtBot, demo_path: Path, boxes: dict[str, list[str]]
) -> None:
    def give_directie(dialog: QDialog) -> None:
        assert isinstance(dialog, RolesDialog)
        assert dialog.editor.roles() == ["teamleider"]
        dialog.editor.boxes["directie"].setChecked(True)
        dialog.submit()

    page.select("teamleider")
    in_dialog(qtbot, give_directie)
    page.change_roles()
    assert cells(page, "teamleider")[3] == "Teamleider, Directie"
    with open_demo(demo_path, "teamleider") as opened:
        assert Role.DIRECTIE in opened.actor.roles

    page.select("hr")
    assert page.active_button.text() == "Uitschakelen"
    page.toggle_active()
    assert cells(page, "hr")[5] == "uitgeschakeld"
    assert page.active_button.text() == "Inschakelen"
    with pytest.raises(AccountDisabled):
        open_demo(demo_path, "hr")
    page.toggle_active()
    assert cells(page, "hr")[5] == "actief"
    assert boxes["warning"] == []


def test_the_services_refusals_are_shown(
    page: AccountsPage, qtbot: QtBot, beheerder: AppContext, boxes: dict[str, list[str]]
) -> None:
    """The page lets the beheerder try; the services refuse with their own message."""
    page.select("beheerder")
    assert page.remove_button.isEnabled()
    page.remove()
    assert len(boxes["question"]) == 1  # the confirmation; no new key is offered
    (refusal,) = boxes["warning"]
    assert "eigen account" in refusal

    def drop_own_beheerder(dialog: QDialog) -> None:
        assert isinstance(dialog, RolesDialog)
        dialog.editor.boxes["beheerder"].setChecked(False)
        dialog.editor.boxes["directie"].setChecked(True)
        dialog.submit()
        qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog))
        assert "eigen beheerdersrol" in dialog.error.text()  # shown in the dialog, kept open

    page.select("beheerder")
    in_dialog(qtbot, drop_own_beheerder, closes=False)
    page.change_roles()
    mine = [a for a in beheerder.read(list_accounts) if a.username == "beheerder"]
    assert mine[0].roles == ("beheerder",) and mine[0].active


def test_removing_an_account_then_replacing_the_key(
    page: AccountsPage, qtbot: QtBot, demo_path: Path, boxes: dict[str, list[str]]
) -> None:
    keys = keys_path_for(demo_path)
    before = KeySlotFile.load(keys)
    old_key = before.unlock_with_password("teamleider2", DEFAULT_PASSWORD)

    page.select("teamleider2")
    name = page.current().display_name  # type: ignore[union-attr]
    page.remove()
    qtbot.waitUntil(lambda: bool(boxes["information"]), timeout=30_000)
    assert name in boxes["question"][0]  # the confirmation names the account
    assert "oude sleutel" in boxes["question"][1]  # why a new key
    assert "nieuwe sleutel" in boxes["information"][0]
    assert boxes["warning"] == []
    after = KeySlotFile.load(keys)
    assert not after.has_user("teamleider2")
    assert after.key_id != before.key_id
    copy = raw_connect(demo_path, old_key)  # a copy of the old key opens nothing any more
    with pytest.raises(sqlcipher3.DatabaseError):
        copy.execute("SELECT count(*) FROM sqlite_master").fetchone()
    copy.close()
    with open_demo(demo_path, "teamleider") as other:
        assert other.actor.username == "teamleider"
    page.show_removed.setChecked(True)  # the page's own connection works with the new key
    assert cells(page, "teamleider2")[5] == "verwijderd"
    assert not page.remove_button.isEnabled()


def test_a_new_password_with_the_recovery_key(created: tuple[Path, str], qtbot: QtBot) -> None:
    path, recovery_key = created
    for ctx in signed_in(path, ADMIN, ADMIN_PASSWORD):
        ctx.call(add_account, username="hr.jan", display_name="Jan de Wit",
                 password="oud wachtwoord jan", roles=["hr"])  # fmt: skip
        page = AccountsPage(ctx)
        qtbot.addWidget(page)
        page.select("hr.jan")

        def reset(dialog: QDialog) -> None:
            assert isinstance(dialog, PasswordDialog) and dialog.recovery
            dialog.key.setText("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
            dialog.passwords.password.setText("nieuw wachtwoord jan")
            dialog.passwords.repeat.setText("nieuw wachtwoord jan")
            dialog.submit()
            qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=15_000)
            assert "herstelsleutel" in dialog.error.text()
            dialog.key.setText(recovery_key.lower().replace("-", " "))  # as typed from paper
            dialog.submit()

        in_dialog(qtbot, reset)
        page.new_password(recovery=True)
        assert "Jan de Wit" in page.status.text()
    Dossier.open(path, "hr.jan", "nieuw wachtwoord jan").close()
    Dossier.open(path, ADMIN, ADMIN_PASSWORD).close()
