"""What the application remembers between starts (QSettings): the last dossier and user,
the idle time before locking, the language, the column mapping of a person import per
kind of export, the last folder chosen per purpose, and where the demo dossier lives."""

from __future__ import annotations

import json
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


LANGUAGES = ("nl", "en")  # Dutch is the source language; English from resources/translations


def language() -> str:
    value = str(settings().value("ui/language", "nl", type=str))
    return value if value in LANGUAGES else "nl"


def set_language(code: str) -> None:
    """Applied at the next start."""
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    settings().setValue("ui/language", code)


def column_map(source: str) -> dict[str, str]:
    """The column mapping last used for a person import from ``source`` (e.g. "magister"):
    field name → the export's column header. Empty when there is none or it is unreadable."""
    raw = str(settings().value(f"import/{_plain(source)}", "", type=str))
    try:
        value = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    if not isinstance(value, dict):
        return {}
    return {str(k): str(v) for k, v in value.items()}


def remember_column_map(source: str, mapping: dict[str, str]) -> None:
    settings().setValue(f"import/{_plain(source)}", json.dumps(mapping, ensure_ascii=False))


def last_folder(purpose: str) -> Path:
    """The folder last chosen for ``purpose`` ("backup", "inzage", "import", ...), or home."""
    value = str(settings().value(f"folders/{_plain(purpose)}", "", type=str))
    return Path(value) if value and Path(value).is_dir() else Path.home()


def remember_folder(purpose: str, folder: Path) -> None:
    settings().setValue(f"folders/{_plain(purpose)}", str(Path(folder).resolve()))


def _plain(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in name)
