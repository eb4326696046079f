"""What the application remembers between starts (QSettings): the last dossier and user,
the idle time before locking, and where the demo dossier lives."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir
from PySide6.QtCore import QSettings

DEFAULT_IDLE_MINUTES = 5
DEMO_FILE = "demo.casedb"


def settings() -> QSettings:
    return QSettings("casemanager", "casemanager")


def demo_dossier_path() -> Path:
    """Where ``make run`` keeps the demo dossier: the user's data directory."""
    return Path(user_data_dir("casemanager", appauthor=False)) / DEMO_FILE


def is_demo(path: Path) -> bool:
    return Path(path).resolve() == demo_dossier_path().resolve()


def last_dossier() -> Path | None:
    value = settings().value("dossier/last", "", type=str)
    return Path(value) if value else None


def remember_dossier(path: Path, username: str) -> None:
    store = settings()
    store.setValue("dossier/last", str(Path(path).resolve()))
    store.setValue(f"users/{_key(path)}", username)


def last_username(path: Path) -> str:
    return str(settings().value(f"users/{_key(path)}", "", type=str))


def idle_minutes() -> int:
    minutes = int(settings().value("lock/idle_minutes", DEFAULT_IDLE_MINUTES, type=int))
    return max(1, min(minutes, 120))


def set_idle_minutes(minutes: int) -> None:
    settings().setValue("lock/idle_minutes", int(minutes))


def _key(path: Path) -> str:
    # QSettings keys may not contain slashes: one flat key per dossier file
    return str(Path(path).resolve()).replace("/", "|").replace("\\", "|")
