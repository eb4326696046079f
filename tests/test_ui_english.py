"""With English chosen, the main screens speak English: each role's parts are opened on a
demo dossier with the English catalogue installed, and no text they show (labels, buttons,
tabs, list cells, headers, tooltips) is one of the application's Dutch texts, whether a
screen's own, a sentence of the core or a text of the policy."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from ui_texts import DutchTexts, visible_texts

from casemanager.demo_login import ACCOUNTS
from casemanager.policy.loading import default_policy
from ui import core_text, dates, translation
from ui.cases.case_view import CaseViewWidget
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.tasks import wait_for_tasks

CASE_SECTIONS = ("overview", "timeline", "evidence", "statements", "hearing", "procedure")


@pytest.fixture
def english(qapp: QApplication) -> Iterator[DutchTexts]:
    locale = QLocale()
    translators = translation.install(qapp, "en")
    if len(translators) < 2:
        pytest.fail("the English catalogue did not load; run make translations")
    yield DutchTexts.load(translation.source_file("en"), default_policy().english)
    for translator in translators:
        qapp.removeTranslator(translator)
    dates.use_english(False)
    core_text.use_policy({})
    QLocale.setDefault(locale)


def settle(qtbot: QtBot) -> None:
    for _ in range(3):
        wait_for_tasks()
        qtbot.wait(30)


def dutch_on(widget: QWidget, known: DutchTexts, screen: str) -> list[str]:
    found = []
    for where, text in visible_texts(widget):
        if text in ACCOUNTS:  # the demo's usernames are data, though they read as roles
            continue
        source = known.found_in(text)
        if source is not None:
            found.append(f"{screen} · {where}: {text!r} (Dutch {source!r})")
    return found


@pytest.fixture
def window(qtbot: QtBot, sign_in: Callable[[str], AppContext]) -> Callable[[str], MainWindow]:
    def open_as(username: str) -> MainWindow:
        shown = MainWindow(sign_in(username))
        qtbot.addWidget(shown)
        shown.resize(1280, 800)
        shown.show()
        settle(qtbot)
        return shown

    return open_as


def test_a_teamleiders_screens_are_english(
    english: DutchTexts, window: Callable[[str], MainWindow], qtbot: QtBot
) -> None:
    main = window("teamleider")
    found: list[str] = []
    for part in ("todo", "cases", "persons", "reports"):
        main.show_part(part)
        settle(qtbot)
        found += dutch_on(main, english, part)
    main.show_part("cases")
    for case_id in cases_to_read(main.ctx):
        main.open_case(case_id)
        settle(qtbot)
        view = main.case_tabs.currentWidget() if main.case_tabs else None
        assert isinstance(view, CaseViewWidget)
        for section in CASE_SECTIONS:
            view.show_section(section)
            settle(qtbot)
            found += dutch_on(main, english, f"case {view.case_number} {section}")
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("username", ["beheerder", "directie"])
def test_beheer_is_english(
    english: DutchTexts, window: Callable[[str], MainWindow], qtbot: QtBot, username: str
) -> None:
    main = window(username)
    main.show_part("admin")
    admin: Any = main.part("admin")
    found: list[str] = []
    for tab in admin.names():
        admin.show_tab(tab)
        settle(qtbot)
        found += dutch_on(main, english, f"beheer {tab}")
    assert found == [], "\n".join(found)


def test_the_print_queue_is_english(
    english: DutchTexts, window: Callable[[str], MainWindow], qtbot: QtBot
) -> None:
    main = window("administratie")
    main.show_part("letters")
    settle(qtbot)
    table: Any = main.part("letters").table  # type: ignore[attr-defined]
    table.selectRow(0)
    settle(qtbot)
    assert dutch_on(main, english, "letters") == []


def cases_to_read(ctx: AppContext) -> list[int]:
    """One case in each status the demo has, so every kind of section state is seen."""
    from casemanager.cases.listing import CaseFilter, list_cases

    chosen: dict[str, int] = {}
    for row in ctx.lists(list_cases, CaseFilter()):
        chosen.setdefault(str(row.status), row.id)
    return list(chosen.values())


def test_the_import_wizard_is_english(
    english: DutchTexts,
    sign_in: Callable[[str], AppContext],
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The column mapping and a preview with a problem row, as the directie imports."""
    from PySide6.QtCore import QSettings
    from test_ui_people import BAD, wizard_at_preview

    from ui import settings

    ini = str(tmp_path / "settings.ini")
    monkeypatch.setattr(settings, "settings", lambda: QSettings(ini, QSettings.Format.IniFormat))
    path = tmp_path / "magister.csv"
    path.write_text(BAD, encoding="cp1252")
    wizard = wizard_at_preview(sign_in("directie"), qtbot, path)
    found = dutch_on(wizard, english, "import preview")
    wizard.back()
    settle(qtbot)
    headers = set(BAD.splitlines()[0].split(";"))  # the file's own column names are data
    found += [f for f in dutch_on(wizard, english, "import columns")
              if not any(f"QComboBox: {h!r}" in f for h in headers)]  # fmt: skip
    assert found == [], "\n".join(found)


def test_a_new_report_and_the_settings_are_english(
    english: DutchTexts, window: Callable[[str], MainWindow], qtbot: QtBot
) -> None:
    from ui.cases.report_form import ReportForm

    main = window("teamleider")
    form = ReportForm(main.ctx, main)  # the window owns it and deletes it
    form.show()
    form.violations.set_checked("A6-KWETS")  # the article and its badges show
    settle(qtbot)
    found = dutch_on(form, english, "new report")
    settings_dialog = main.open_settings()
    settle(qtbot)
    found += dutch_on(settings_dialog, english, "settings")
    form.hide()  # not reject(): that asks whether to stop without saving
    assert found == [], "\n".join(found)
