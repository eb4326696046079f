"""``make screenshots`` keeps working: every README screenshot is rendered from a fresh demo
dossier, at the size the README shows, and not blank."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from ui import screenshots, settings

EXPECTED = ("aanmelden.png", "te-doen.png", "zaken.png", "zaak-besluit.png",
            "nieuwe-melding.png", "brieven-voorbeeld.png", "personen.png", "brieven.png",
            "rapportage.png", "beheer-accounts.png", "beheer-school.png", "beheer-beleid.png",
            "beheer-backup.png", "beheer-auditlog.png", "beheer-bewaartermijn.png",
            "beheer-datalekken.png")  # fmt: skip


def test_every_screenshot_is_rendered_and_shows_something(
    tmp_path: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    # the module points the settings at its own folder; monkeypatch puts them back after
    ini, ini_format = str(tmp_path / "settings.ini"), QSettings.Format.IniFormat
    monkeypatch.setattr(settings, "settings", lambda: QSettings(ini, ini_format))
    monkeypatch.setattr(settings, "demo_dossier_path", settings.demo_dossier_path)
    style = qapp.styleSheet()
    try:
        assert screenshots.main(["--out", str(tmp_path / "shots")]) == 0
    finally:
        qapp.setStyleSheet(style)
    assert sorted(p.name for p in (tmp_path / "shots").iterdir()) == sorted(EXPECTED)
    for name in EXPECTED:
        image = QImage(str(tmp_path / "shots" / name))
        assert not image.isNull() and image.width() >= 500, name
        dark = sum(
            QColor(image.pixel(x, y)).lightness() < 100
            for x in range(0, image.width(), 3)
            for y in range(0, image.height(), 3)
        )
        assert dark > 200, f"{name} shows hardly any text ({dark} dark samples)"
    printed = capsys.readouterr().out
    assert all(name in printed for name in EXPECTED) and "Klaar in" in printed
