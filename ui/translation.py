"""The application's language: Dutch (the texts in the code) or English.

Two translators are installed at start, by the language in the settings:

- Qt's own (``qtbase_nl`` / ``qtbase_en`` from the Qt installation), so standard buttons
  and dialogs speak the same language as the rest ("Ja"/"Nee" instead of "Yes"/"No");
- ours, ``resources/translations/casemanager_en.qm``, compiled from ``casemanager_en.ts``
  by ``make translations`` (Dutch needs none: it is the source language).

A change of language takes effect at the next start, as the settings dialog says.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from casemanager.resources import resource_path
from ui import dates

TRANSLATIONS = "translations"
CATALOGUE = "casemanager_{language}"


def source_file(language: str) -> Path:
    return resource_path(TRANSLATIONS) / f"{CATALOGUE.format(language=language)}.ts"


def compiled_file(language: str) -> Path:
    return source_file(language).with_suffix(".qm")


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's and our translators for ``language``; returns them (they must stay
    alive as long as the application). A missing catalogue leaves the Dutch texts."""
    installed: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt)
        installed.append(qt)
    ours = QTranslator(app)
    if language != "nl" and ours.load(str(compiled_file(language))):
        app.installTranslator(ours)
        installed.append(ours)
    english = language == "en"
    dates.use_english(english)
    QLocale.setDefault(QLocale(QLocale.Language.English if english else QLocale.Language.Dutch))
    return installed
