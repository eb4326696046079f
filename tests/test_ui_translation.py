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
