"""The admin CLI, driven as a script would: arguments, environment, output, exit codes."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from casemanager.cli.main import main

PASSWORD = "beheerder wachtwoord"


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    def run(*args: str, password: str = PASSWORD, **env: str) -> tuple[int, str, str]:
        monkeypatch.setenv("CASEMANAGER_PASSWORD", password)
        for name in ("CASEMANAGER_NEW_PASSWORD", "CASEMANAGER_RECOVERY_KEY"):
            monkeypatch.delenv(name, raising=False)
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def initialised(cli, tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "lyceum.casedb"
    code, out, _ = cli("init", path, "--school", "Lyceum Çağlar", "--admin", "beheer")
    assert code == 0
    match = re.search(r"\b([A-Z2-7]{4}(?:-[A-Z2-7]{4}){7})\b", out)
    assert match, out
    return path, match.group(1)


def test_init_prints_the_recovery_key_once_and_refuses_to_overwrite(
    cli,
    initialised: tuple[Path, str],
) -> None:
    path, _ = initialised
    before = path.read_bytes()
    code, _, err = cli("init", path, "--school", "Iets", "--admin", "beheer")
    assert code == 1 and "niet overschreven" in err
    assert path.read_bytes() == before


def test_users_workflow(cli, initialised: tuple[Path, str]) -> None:
    path, _ = initialised
    code, out, _ = cli(
        "users",
        path,
        "--user",
        "beheer",
        "add",
        "tl.yilmaz",
        "--name",
        "Fatma Yılmaz",
        "--role",
        "teamleider",
        "--team",
        "bovenbouw vmbo",
        CASEMANAGER_NEW_PASSWORD="wachtwoord van fatma",
    )
    assert code == 0 and "tl.yilmaz" in out
    code, out, _ = cli("users", path, "--user", "beheer", "list")
    assert code == 0 and "Fatma Yılmaz" in out and "bovenbouw vmbo" in out
    code, out, _ = cli("users", path, "--user", "beheer", "list", "--json")
    assert '"username": "tl.yilmaz"' in out
    code, _, err = cli("verify", path, "--user", "tl.yilmaz", password="wachtwoord van fatma")
    assert code == 5 and "geen toestemming" in err
    code, _, _ = cli("users", path, "--user", "beheer", "disable", "tl.yilmaz")
    assert code == 0
    code, _, err = cli("verify", path, "--user", "tl.yilmaz", password="wachtwoord van fatma")
    assert code == 3 and "uitgeschakeld" in err
    code, _, _ = cli("users", path, "--user", "beheer", "enable", "tl.yilmaz")
    code, _, _ = cli(
        "users",
        path,
        "--user",
        "beheer",
        "passwd",
        "tl.yilmaz",
        CASEMANAGER_NEW_PASSWORD="nieuw wachtwoord fatma",
    )
    assert code == 0
    code, out, _ = cli("users", path, "--user", "beheer", "remove", "tl.yilmaz")
    assert code == 0 and "rotate-key" in out
    code, out, _ = cli("rotate-key", path, "--user", "beheer")
    assert code == 0 and "nieuwe sleutel" in out
    code, _, err = cli("verify", path, "--user", "tl.yilmaz", password="nieuw wachtwoord fatma")
    assert code == 3 and "geen account" in err


def test_verify_prints_the_head_and_checks_a_noted_one(
    cli,
    initialised: tuple[Path, str],
) -> None:
    path, _ = initialised
    code, out, _ = cli("verify", path, "--user", "beheer")
    assert code == 0 and "keten in orde" in out
    head = re.search(r"Kop-hash: ([0-9a-f]{64})", out).group(1)
    code, out, _ = cli("verify", path, "--user", "beheer", "--expect-head", head)
    assert code == 0
    code, out, _ = cli("verify", path, "--user", "beheer", "--expect-head", "ab" * 32)
    assert code == 4 and "verdwenen" in out


def test_wrong_password_and_missing_password(
    cli,
    initialised: tuple[Path, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, _ = initialised
    code, _, err = cli("verify", path, "--user", "beheer", password="dit is het niet")
    assert code == 3 and "onjuist" in err
    monkeypatch.delenv("CASEMANAGER_PASSWORD")
    monkeypatch.setattr("sys.stdin", open("/dev/null"))  # noqa: SIM115 - no terminal
    assert main(["verify", str(path), "--user", "beheer"]) == 2


def test_backup_restore_and_recovery(
    cli,
    initialised: tuple[Path, str],
    tmp_path: Path,
) -> None:
    path, recovery_key = initialised
    code, out, _ = cli("backup", path, tmp_path / "kopie.casedb", "--user", "beheer")
    assert code == 0 and (tmp_path / "kopie.casekeys").exists()
    code, _, err = cli("restore", tmp_path / "kopie.casedb", path, "--user", "beheer")
    assert code == 1 and "niet overschreven" in err
    code, out, _ = cli("restore", tmp_path / "kopie.casedb", path, "--user", "beheer", "--force")
    assert code == 0 and "niet gewist" in out
    code, out, _ = cli(
        "unlock-with-recovery",
        path,
        "beheer",
        CASEMANAGER_RECOVERY_KEY=recovery_key,
        CASEMANAGER_NEW_PASSWORD="via herstel gezet",
    )
    assert code == 0
    code, _, _ = cli("verify", path, "--user", "beheer", password="via herstel gezet")
    assert code == 0
    code, _, err = cli(
        "unlock-with-recovery",
        path,
        "beheer",
        CASEMANAGER_RECOVERY_KEY="AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH",
        CASEMANAGER_NEW_PASSWORD="maakt niet uit",
    )
    assert code == 3 and "herstelsleutel is onjuist" in err


def test_console_script_help_is_dutch() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "casemanager", "--help"], capture_output=True, text=True, check=True
    )
    assert "gebruik: casemanager" in result.stdout
    assert "rotate-key" in result.stdout and "toon deze hulp" in result.stdout


def test_usage_mistakes_are_explained_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["init"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "deze gegevens ontbreken: DOSSIER, --school, --admin" in err
    assert "casemanager init --help" in err
