"""The application speaks one language throughout: Qt's own buttons in Dutch too, and the
English catalogue compiles and loads."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from ui import translation


@pytest.fixture
def installed(qapp: QApplication) -> Iterator[list[object]]:
    translators: list[object] = []
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)  # type: ignore[arg-type]


def yes_no_texts() -> list[str]:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.No)
    return [button.text().replace("&", "") for button in box.buttons()]


def test_qt_standard_buttons_speak_dutch(qapp: QApplication, installed: list[object]) -> None:
    installed += translation.install(qapp, "nl")
    assert sorted(yes_no_texts()) == ["Ja", "Nee"]


def test_the_english_catalogue_compiles(tmp_path: Path) -> None:
    source = translation.source_file("en")
    assert source.exists()
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    target = tmp_path / "casemanager_en.qm"
    done = subprocess.run([str(lrelease), str(source), "-qm", str(target)],
                          capture_output=True, text=True, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert target.stat().st_size > 0


def test_every_text_of_the_screens_has_its_english(tmp_path: Path) -> None:
    """lupdate over ui/, casemanager/ and reports/ into a copy of the catalogue: no text is new or
    unfinished, so every tr() text the screens and the core's sentences show has its
    English (``make translations`` adds new ones)."""
    import shutil
    import xml.etree.ElementTree as ElementTree

    copy = tmp_path / "check_en.ts"
    shutil.copy(translation.source_file("en"), copy)
    root = Path(__file__).parents[1]
    folders = ("ui", "casemanager", "reports")
    sources = sorted(str(p) for folder in folders for p in (root / folder).rglob("*.py"))
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    command = [str(lupdate), *sources, "-ts", str(copy), "-no-obsolete", "-locations", "none"]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    missing = [
        (context.findtext("name"), message.findtext("source"))
        for context in ElementTree.parse(copy).getroot().iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
        or not message.findtext("translation")
    ]
    assert missing == [], f"{len(missing)} texts without English; run make translations"


def test_the_cores_status_and_severity_words_are_marked_for_translation() -> None:
    from casemanager.cases.common import STATUS_LABELS
    from models.cases import Severity
    from ui.status_colors import SEVERITY_TEXTS, STATUS_TEXTS

    assert sorted(STATUS_TEXTS) == sorted(STATUS_LABELS.values())
    assert sorted(SEVERITY_TEXTS) == sorted(s.value for s in Severity)
