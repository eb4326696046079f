"""Personen, on copies of the small demo school: the lazy list with its filters and search
as you type (all in SQL), a person's view with guardians and history, the import wizard
(a good file imported, a bad one refused with its rows marked and nothing changed), the
inzage export, and what a teamleider may see."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from casemanager.cases.listing import CaseFilter, count_cases
from casemanager.cases.person_history import person_history
from casemanager.people.registry import PersonFilter, count_persons, list_persons, person_teams
from ui import settings
from ui.context import AppContext
from ui.people.import_preview import PROBLEM_BACKGROUND, RESULT
from ui.people.import_wizard import COLUMNS, DONE, FILE, PREVIEW, ImportWizard
from ui.people.people_page import PeoplePage
from ui.people.person_list_model import NAME, NUMBER, PersonIdRole, PersonListModel
from ui.tasks import wait_for_tasks

GOOD = (
    "Leerlingnummer;Roepnaam;Voorvoegsel;Achternaam;Stamgroep;Afdeling;Geboortedatum\n"
    "T-8001;Doğan;;Yılmaz;1H1;onderbouw havo/vwo;2013-09-01\n"
    "T-8002;Agnieszka;;Wiśniewska;1V1;onderbouw havo/vwo;2013-02-28\n"
)
BAD = (
    "Stamnr;Roepnaam;Achternaam;Klas;Geb.datum\n"
    "T-8101;Anna;Jansen;1A;01-01-2013\n"
    "T-8102;;Pietersen;1A;31-02-2013\n"
    "T-8103;Kees;de Vries;1B;01-01-2013\n"
)


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ini, ini_format = tmp_path / "settings.ini", QSettings.Format.IniFormat
    monkeypatch.setattr(settings, "settings", lambda: QSettings(str(ini), ini_format))


@pytest.fixture(autouse=True)
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes are recorded instead of blocking the test."""
    shown: list[str] = []
    for kind in ("warning", "information"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(lambda *a: shown.append(a[2])))
    return shown


def counted(model: PersonListModel) -> PersonListModel:
    for _ in range(1000):
        if model.is_counted:
            return model
        wait_for_tasks()
        QCoreApplication.processEvents()
    raise AssertionError("the count never arrived")


def loaded(ctx: AppContext, filter: PersonFilter, page_size: int = 200) -> PersonListModel:
    model = PersonListModel(ctx, page_size=page_size)
    model.set_filter(filter)
    return counted(model)


def fetch_all(model: PersonListModel) -> list[int]:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    return [model.person_id(row) for row in range(model.rowCount())]


def page_for(ctx: AppContext, qtbot: QtBot) -> PeoplePage:
    page = PeoplePage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    return page


# --- the list ---------------------------------------------------------------------------


def test_the_list_is_lazy_and_sorts_in_sql(sign_in: Callable[[str], AppContext]) -> None:
    ctx = sign_in("directie")
    model = loaded(ctx, PersonFilter())
    assert model.fetched == 200 < model.total() == count_persons(ctx.dossier)
    assert model.canFetchMore(QModelIndex())
    assert len(set(fetch_all(model))) == model.total()
    model = loaded(ctx, PersonFilter(), page_size=30)
    model.sort(NUMBER, Qt.SortOrder.DescendingOrder)
    expected = list_persons(ctx.dossier, sort="number", descending=True, limit=30)
    assert [model.row_at(i) for i in range(model.rowCount())] == expected
    assert model.fetched == 30


def test_filters_narrow_the_rows_in_sql(sign_in: Callable[[str], AppContext]) -> None:
    ctx = sign_in("directie")
    everyone = count_persons(ctx.dossier)
    student = list_persons(ctx.dossier, kind="leerling", limit=1)[0]
    team_id, team = person_teams(ctx.dossier)[0]
    cases = [
        (PersonFilter(kind="ouder"), lambda r: r.kind == "ouder"),
        (PersonFilter(team_id=team_id), lambda r: r.team == team),
        (PersonFilter(class_name=student.class_name), lambda r: r.class_name == student.class_name),
        (PersonFilter(active=False), lambda r: r.leave_date is not None),
        (PersonFilter(search=student.sort_name.split(",")[0]), lambda r: True),
    ]
    for filter, holds in cases:
        model = loaded(ctx, filter, page_size=20)
        assert 0 < model.total() == count_persons(ctx.dossier, **filter.kwargs()) < everyone
        fetch_all(model)
        assert all(holds(model.row_at(i)) for i in range(model.rowCount())), filter


def test_search_as_you_type_waits_for_a_pause(
    sign_in: Callable[[str], AppContext], qtbot: QtBot
) -> None:
    ctx = sign_in("directie")
    page = page_for(ctx, qtbot)
    model, filters = page.list_page.model, page.list_page.filters
    assert filters is not None
    name = list_persons(ctx.dossier, kind="leerling", limit=1)[0].sort_name.split(",")[0]
    loads: list[None] = []
    model.loaded.connect(lambda: loads.append(None))
    with qtbot.waitSignal(model.loaded, timeout=3000):
        qtbot.keyClicks(filters.search, name)
        assert loads == []  # typing itself does not query
    assert len(loads) == 1
    counted(model)
    assert model.total() == count_persons(ctx.dossier, search=name) < count_persons(ctx.dossier)
    assert all(name.lower() in model.row_at(i).name.lower() for i in range(model.rowCount()))
    kinds = filters.kind_combo
    kinds.setCurrentIndex(kinds.findData("leerling"))
    assert model.filter == PersonFilter(kind="leerling", search=name)
    assert model.total() == count_persons(ctx.dossier, kind="leerling", search=name)


def test_enter_searches_at_once_and_escape_empties_the_box(
    sign_in: Callable[[str], AppContext], qtbot: QtBot
) -> None:
    ctx = sign_in("directie")
    page = page_for(ctx, qtbot)
    model, filters = page.list_page.model, page.list_page.filters
    assert filters is not None
    name = list_persons(ctx.dossier, kind="leerling", limit=1)[0].sort_name.split(",")[0]
    qtbot.keyClicks(filters.search, name)
    assert filters.search_timer.isActive()
    with qtbot.waitSignal(filters.leave_search, timeout=1000):
        qtbot.keyClick(filters.search, Qt.Key.Key_Return)  # no pause needed
    assert not filters.search_timer.isActive() and model.filter.search == name
    qtbot.keyClick(filters.search, Qt.Key.Key_Escape)
    assert filters.search.text() == ""


def test_enter_opens_the_person_with_guardians_and_history(
    sign_in: Callable[[str], AppContext], qtbot: QtBot
) -> None:
    ctx = sign_in("teamleider")
    students = list_persons(ctx.dossier, kind="leerling", limit=None)
    student = max(students, key=lambda r: ctx.lists(count_cases, CaseFilter(person_id=r.id)))
    page = page_for(ctx, qtbot)
    filters = page.list_page.filters
    assert filters is not None
    filters.search.setText(student.number or "")
    qtbot.waitUntil(lambda: page.list_page.model.rowCount() == 1, timeout=3000)
    table = page.list_page.table
    table.setCurrentIndex(page.list_page.model.index(0, NAME))
    assert page.list_page.model.index(0, NAME).data(PersonIdRole) == student.id
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert page.showing_person and page.view.name_label.text() == student.name
    person = page.view.person
    assert person is not None and person.guardians
    guardians = page.view.relatives.guardians
    assert [guardians.item(r, 0).text() for r in range(guardians.rowCount())] == [
        g.name for g in person.guardians
    ]
    history = ctx.lists(person_history, student.id)
    shown = page.view.history.table
    assert history and shown.rowCount() == len(history)
    assert [shown.item(r, 0).text() for r in range(shown.rowCount())] == [h.number for h in history]
    with qtbot.waitSignal(ctx.case_opened) as opened:
        shown.activated.emit(shown.model().index(1 if len(history) > 1 else 0, 0))
    assert opened.args == [history[1 if len(history) > 1 else 0].case_id]
    guardians.activated.emit(guardians.model().index(0, 0))  # a parent opens in the view
    assert page.view.person_id == person.guardians[0].person_id
    assert student.id in {c.person_id for c in page.view.person.children}  # type: ignore[union-attr]
    page.view.back_button.click()
    assert not page.showing_person


def test_a_teamleider_sees_only_persons_of_their_teams(
    sign_in: Callable[[str], AppContext], qtbot: QtBot
) -> None:
    ctx, directie = sign_in("teamleider"), sign_in("directie")
    own = {name for id, name in person_teams(directie.dossier) if id in ctx.actor.team_ids}
    model = loaded(ctx, PersonFilter(kind="leerling"), page_size=500)
    assert 0 < model.total() < count_persons(directie.dossier, kind="leerling")
    assert {model.row_at(i).team for i in range(model.rowCount())} == own
    other = next(
        r for r in list_persons(directie.dossier, kind="leerling", limit=None) if r.team not in own
    )
    page = page_for(ctx, qtbot)
    assert not page.list_page.import_button.isVisible()
    page.open_person(other.id)
    assert page.view.person is None and "geen toestemming" in page.view.problem.text()
    assert not page.view.sections.isVisible()


def test_the_beheerder_sees_the_register_and_imports_but_no_cases(
    sign_in: Callable[[str], AppContext], qtbot: QtBot
) -> None:
    ctx = sign_in("beheerder")
    page = page_for(ctx, qtbot)
    assert page.list_page.import_button.isVisible()
    page.open_person(list_persons(ctx.dossier, kind="leerling", limit=1)[0].id)
    assert not page.view.inzage_button.isVisible()
    assert "geen zaken" in page.view.history.empty.text()


# --- the import wizard ------------------------------------------------------------------


def wizard_at_preview(ctx: AppContext, qtbot: QtBot, path: Path, source: int = 0) -> ImportWizard:
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.sources.button(source).setChecked(True)
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    assert wizard.currentId() == COLUMNS
    wizard.next()
    assert wizard.currentId() == PREVIEW
    qtbot.waitUntil(lambda: wizard.preview_page.preview is not None, timeout=5000)
    return wizard


def test_a_good_file_is_imported_and_its_columns_remembered(
    sign_in: Callable[[str], AppContext], qtbot: QtBot, tmp_path: Path
) -> None:
    ctx = sign_in("directie")
    path = tmp_path / "somtoday.csv"
    path.write_text(GOOD, encoding="utf-8-sig")
    before = count_persons(ctx.dossier)
    wizard = wizard_at_preview(ctx, qtbot, path, source=1)
    button = wizard.button(QWizard.WizardButton.CommitButton)
    assert button.isEnabled() and button.text() == "Alles importeren"
    assert wizard.preview_page.model.rowCount() == 2
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        button.click()
    assert wizard.currentId() == DONE and "Toegevoegd: 2" in wizard.done_page.text.text()
    assert count_persons(ctx.dossier) == before + 2
    found = list_persons(ctx.dossier, search="T-8002")
    assert [(r.name, r.class_name, r.team) for r in found] == [
        ("Agnieszka Wiśniewska", "1V1", "onderbouw havo/vwo")
    ]
    assert settings.column_map("somtoday")["class_name"] == "Stamgroep"


def test_a_bad_file_shows_its_rows_and_changes_nothing(
    sign_in: Callable[[str], AppContext], qtbot: QtBot, tmp_path: Path
) -> None:
    ctx = sign_in("directie")
    path = tmp_path / "magister.csv"
    path.write_text(BAD, encoding="cp1252")
    before = count_persons(ctx.dossier)
    wizard = wizard_at_preview(ctx, qtbot, path)
    model = wizard.preview_page.model
    red = [r for r in range(model.rowCount())
           if model.index(r, 0).data(Qt.ItemDataRole.BackgroundRole) is not None]  # fmt: skip
    assert red == [1]
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole).name() == PROBLEM_BACKGROUND
    assert model.index(1, RESULT).data().startswith("De roepnaam ontbreekt.")
    assert "31-02-2013' is geen geldige datum" in model.index(1, RESULT).data()
    assert "1 van de 3 regels" in wizard.preview_page.summary.text()
    button = wizard.button(QWizard.WizardButton.CommitButton)
    assert not button.isEnabled() and "problemen" in button.toolTip()
    assert not wizard.validateCurrentPage() and wizard.task is None
    assert count_persons(ctx.dossier) == before
    assert settings.column_map("magister") == {}


def test_a_file_that_is_no_csv_export_stays_on_the_first_step(
    sign_in: Callable[[str], AppContext], qtbot: QtBot, tmp_path: Path
) -> None:
    ctx = sign_in("directie")
    path = tmp_path / "leerlingen.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    assert wizard.currentId() == FILE
    assert "Excel- of zip-bestand, geen CSV-bestand" in wizard.file_page.error.text()


# --- inzage -----------------------------------------------------------------------------


def test_the_inzage_export_writes_json_and_pdf_and_never_overwrites(
    sign_in: Callable[[str], AppContext],
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[str],
) -> None:
    ctx = sign_in("teamleider")
    student = list_persons(ctx.dossier, kind="leerling", limit=1)[0]
    page = page_for(ctx, qtbot)
    page.open_person(student.id)
    folder = tmp_path / "inzage"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a: str(folder)))
    page.view.inzage_button.click()
    qtbot.waitUntil(lambda: page.view.exported is not None and bool(messages), timeout=20_000)
    json_path, pdf_path = page.view.exported  # type: ignore[misc]
    assert json_path.exists() and pdf_path.exists()
    assert json_path.name in messages[-1] and pdf_path.name in messages[-1]
    text = "".join(pdf_page.extract_text() for pdf_page in PdfReader(pdf_path).pages)
    assert student.name in text
    assert settings.last_folder("inzage") == folder.resolve()

    page.view.inzage_button.click()  # the same day, the same folder: refused
    qtbot.waitUntil(lambda: len(messages) == 2, timeout=20_000)
    assert "Er staat al een bestand" in messages[-1]
    assert sorted(p.name for p in folder.iterdir()) == sorted([json_path.name, pdf_path.name])


def test_the_service_refuses_an_import_by_a_teamleider(
    sign_in: Callable[[str], AppContext], qtbot: QtBot, tmp_path: Path
) -> None:
    ctx = sign_in("teamleider")
    path = tmp_path / "somtoday.csv"
    path.write_text(GOOD, encoding="utf-8")
    wizard = ImportWizard(ctx)  # the page offers no button; the service checks anyway
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: bool(wizard.preview_page.problems.text()), timeout=5000)
    assert "geen toestemming om personen te importeren" in wizard.preview_page.problems.text()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()


def test_locking_clears_the_list_and_the_person(
    sign_in: Callable[[str], AppContext], qtbot: QtBot
) -> None:
    ctx = sign_in("teamleider")
    page = page_for(ctx, qtbot)
    assert page.list_page.model.rowCount() > 0
    page.open_person(list_persons(ctx.dossier, kind="leerling", limit=1)[0].id)
    ctx.lock()
    assert page.list_page.model.rowCount() == 0
    assert page.view.name_label.text() == "" and page.view.details.values == {}
