"""Shared fixtures: every test gets its own real SQLCipher dossier in ``tmp_path``."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from casemanager import accounts
from casemanager.keyslots import KeySlotFile
from casemanager.store.dossier import Dossier
from casemanager.store.engine import raw_connect
from casemanager.store.keyring import keys_path_for

ADMIN = "beheer"
ADMIN_PASSWORD = "correct paard batterij"


def pytest_configure(config: pytest.Config) -> None:
    # Set before any Qt import, so no test ever needs a screen.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # OWASP's minimum Argon2id cost instead of the calibrated half second per unlock;
    # subprocesses started by tests inherit it.
    os.environ["CASEMANAGER_KDF"] = "minimum"
    for name in ("CASEMANAGER_PASSWORD", "CASEMANAGER_NEW_PASSWORD", "CASEMANAGER_RECOVERY_KEY"):
        os.environ.pop(name, None)


@pytest.fixture
def dossier_path(tmp_path: Path) -> Path:
    return tmp_path / "school.casedb"


@pytest.fixture
def created(dossier_path: Path) -> tuple[Path, str]:
    """A closed, freshly created dossier and its recovery key."""
    dossier, recovery_key = Dossier.create(
        dossier_path,
        school_name="Het Stedelijk Lyceum",
        admin_username=ADMIN,
        admin_password=ADMIN_PASSWORD,
        admin_display_name="Bea Heerder",
        place="Maastricht",
    )
    dossier.close()
    return dossier_path, recovery_key


@pytest.fixture
def dossier(created: tuple[Path, str]) -> Iterator[Dossier]:
    """The dossier opened by its beheerder."""
    path, _ = created
    opened = Dossier.open(path, ADMIN, ADMIN_PASSWORD)
    yield opened
    opened.close()


def raw_connection(path: Path) -> Any:
    """A bare sqlcipher3 connection as the beheerder's key opens it: for tests that change
    the database underneath the application, as someone holding the key could."""
    slots = KeySlotFile.load(keys_path_for(path))
    return raw_connect(path, slots.unlock_with_password(ADMIN, ADMIN_PASSWORD))


def add_user(
    dossier: Dossier, username: str, password: str, *roles: str, teams: tuple[str, ...] = ()
) -> None:
    with dossier.unit_of_work() as uow:
        accounts.add_account(
            uow,
            username=username,
            display_name=username.title(),
            password=password,
            roles=roles,
            teams=teams,
        )


# --- the desktop application's tests: a small demo school, built once per test run ------

UI_DEMO_OPTIONS = {"students": 80, "staff": 12, "cases": 250, "seed": 11}


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo dossier built once; tests use a copy (``demo_path``), never this file."""
    from casemanager.demo import DemoOptions, run_demo

    path = tmp_path_factory.mktemp("demo-template") / "demo.casedb"
    run_demo(path, DemoOptions(**UI_DEMO_OPTIONS))
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    """This test's own copy of the demo dossier (both files)."""
    import shutil

    copy = tmp_path / demo_template.name
    shutil.copy(demo_template, copy)
    shutil.copy(keys_path_for(demo_template), keys_path_for(copy))
    return copy


def open_demo(path: Path, username: str) -> Dossier:
    """Sign in to a demo dossier as one of its accounts (teamleider, directie, hr, ...)."""
    from casemanager.demo import DEFAULT_PASSWORD

    return Dossier.open(path, username, DEFAULT_PASSWORD)


@pytest.fixture
def sign_in(demo_path: Path, qapp: Any) -> Iterator[Any]:
    """``sign_in("teamleider")``: an AppContext (ui/) on this test's demo copy; every one
    opened is locked afterwards, once background work has finished."""
    from ui.context import AppContext
    from ui.tasks import wait_for_tasks

    opened: list[AppContext] = []

    def open_as(username: str) -> AppContext:
        opened.append(AppContext(open_demo(demo_path, username)))
        return opened[-1]

    yield open_as
    wait_for_tasks()
    for ctx in opened:
        ctx.lock()
