"""Brieven, the administration's print queue (ui/queue), on a copy of the demo dossier:
the lazy list of released letters, the preview, printing the chosen letters as one job to
a PDF printer, and recording them as sent, all as the administratie."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import open_demo
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from test_queue_listing import draft_warning, release_registered, release_warnings

from casemanager.cases.listing import count_cases, list_cases
from casemanager.cases.person_history import person_history
from casemanager.cases.viewing import get_case
from casemanager.errors import PermissionDenied
from casemanager.letters import case_letters, store_template
from casemanager.letters.queue_listing import QueueFilter, count_queue, list_queue
from models.audit import AuditEntry
from ui.context import AppContext
from ui.queue.queue_model import QueueModel
from ui.queue.queue_page import QueuePage
from ui.queue.sent_dialog import METHODS, MarkSentDialog

LEFT = Qt.MouseButton.LeftButton
POST, REGISTERED = METHODS.index("post"), METHODS.index("aangetekend")
CODES = ("3SABCD1234567", "3SABCD7654321", "3SABCD1111111")
SHORT_WARNING = """Onderwerp: Schriftelijke waarschuwing – {{ betrokkene.naam }}

{{ geadresseerde.aanhef }},

Met deze brief geven wij een schriftelijke waarschuwing voor het voorval op
{{ zaak.datum_voorval }}.
"""


@pytest.fixture
def released(demo_path: Path) -> list[int]:
    """At least five released letters, oldest first; a draft that stays out of the queue."""
    ids = release_warnings(demo_path, 5)
    draft_warning(demo_path)
    assert len(ids) >= 5
    return ids


@pytest.fixture
def admin(sign_in: Callable[[str], AppContext], released: list[int]) -> AppContext:
    return sign_in("administratie")


@pytest.fixture
def page(admin: AppContext, qtbot: QtBot) -> QueuePage:
    shown = QueuePage(admin)
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    return shown


def choose(page: QueuePage, *rows: int) -> None:
    page.table.clearSelection()
    selection = page.table.selectionModel()
    flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
    for row in rows:
        selection.select(page.model.index(row, 0), flags)
    selection.setCurrentIndex(page.model.index(rows[0], 0), selection.SelectionFlag.NoUpdate)


def test_the_queue_lists_only_released_letters(page: QueuePage, released: list[int]) -> None:
    model = page.model
    assert [model.row_at(row).id for row in range(model.rowCount())] == released
    assert page.count_label.text() == f"{len(released)} brieven"
    first = model.row_at(0)
    texts = [model.index(0, column).data() for column in range(model.columnCount())]
    assert texts[:3] == [first.addressee, "Schriftelijke waarschuwing", first.case_number]
    assert texts[3] == f"{dt.date.today():%d-%m-%Y}" and texts[4:] == ["nee", "te versturen"]
    assert not page.print_button.isEnabled() and not page.sent_button.isEnabled()


def test_the_administratie_sees_the_letter_but_never_the_case(
    page: QueuePage, admin: AppContext, qtbot: QtBot
) -> None:
    choose(page, 1)
    letter = page.model.row_at(1)
    qtbot.waitUntil(lambda: page.preview.letter_id == letter.id, timeout=10_000)
    qtbot.waitUntil(lambda: page.preview.view.pdf.status() == QPdfDocument.Status.Ready)
    assert page.preview.view.pdf.pageCount() == letter.page_count
    assert letter.subject in page.preview.caption.text()
    for refused in (
        lambda: admin.call(get_case, 1),
        lambda: admin.call(case_letters, 1),
        lambda: admin.lists(list_cases),
        lambda: admin.lists(count_cases),
        lambda: admin.lists(person_history, 1),
    ):
        with pytest.raises(PermissionDenied):
            refused()


def test_the_queue_is_for_the_administration_only(
    sign_in: Callable[[str], AppContext], released: list[int], qtbot: QtBot
) -> None:
    teamleider = sign_in("teamleider")
    for listing in (list_queue, count_queue):
        with pytest.raises(PermissionDenied):
            teamleider.lists(listing)
    refused = QueuePage(teamleider)
    qtbot.addWidget(refused)
    assert refused.model.rowCount() == 0
    assert "Met jouw rol" in refused.empty_label.text()


def test_pages_are_fetched_as_needed(admin: AppContext, released: list[int], qtbot: QtBot) -> None:
    model = QueueModel(admin, page_size=2)
    with qtbot.waitSignal(model.counted, timeout=10_000):
        model.reload()
    assert model.fetched == 2 < model.total() == len(released)
    assert model.canFetchMore()
    model.fetchMore()
    assert model.fetched == 4
    while model.canFetchMore():
        model.fetchMore()
    assert [model.row_at(row).id for row in range(model.rowCount())] == released


def one_page_letter(path: Path) -> int:
    """A released waarschuwing of one page: the school's own, short template for it."""
    with open_demo(path, "beheerder") as d, d.unit_of_work() as uow:
        store_template(uow, "waarschuwing", SHORT_WARNING)
        uow.commit()
    return release_warnings(path, 1)[-1]


@pytest.mark.parametrize("duplex", [True, False], ids=["duplex", "enkelzijdig"])
def test_printing_the_selection_is_one_job(
    page: QueuePage, admin: AppContext, demo_path: Path, tmp_path: Path, qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch, duplex: bool,
) -> None:  # fmt: skip
    target = tmp_path / "afgedrukt.pdf"
    short = one_page_letter(demo_path)
    page.refresh()

    def accept(self: QPrintDialog) -> int:
        printer = self.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    if duplex:  # Qt's PDF printer never prints on both sides; a real one says what was chosen
        monkeypatch.setattr(QPrinter, "duplex", lambda self: QPrinter.DuplexMode.DuplexLongSide)
    choose(page, 0, page.model.row_of_letter(short) or 0, 3)
    chosen = page.selected()
    assert [letter.page_count for letter in chosen] == [2, 2, 1]  # the short one is newest
    assert page.print_button.text() == "3 brieven afdrukken…"
    with qtbot.waitSignal(page.printer.printed, timeout=30_000) as printed:
        qtbot.mouseClick(page.print_button, LEFT)
        assert not page.print_button.isEnabled()
    pages = [letter.page_count + (letter.page_count % 2 if duplex else 0) for letter in chosen]
    assert printed.args == [3, sum(pages)]
    assert len(PdfReader(target).pages) == sum(pages)
    qtbot.waitUntil(page.print_button.isEnabled)
    assert "3 brieven naar de printer gestuurd" in page.status.text()
    with admin.dossier.unit_of_work(read_only=True) as uow:
        details = uow.session.scalars(
            select(AuditEntry.details).where(AuditEntry.action == "letter.print")
        ).one()
    logged = json.loads(details)  # the audit entry of the merge, as the printer got it
    assert logged["letters"] == [letter.id for letter in chosen] and logged["printer"]


def test_printing_cancelled_in_the_dialog_prints_nothing(
    page: QueuePage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    choose(page, 0)
    assert page.print_button.text() == "Afdrukken…"
    qtbot.mouseClick(page.print_button, LEFT)
    assert not page.printer.busy and page.print_button.isEnabled()
    assert page.status.text() == ""


def test_marking_a_selection_sent_records_every_letter(
    page: QueuePage, admin: AppContext, qtbot: QtBot
) -> None:
    choose(page, 0, 1, 2)
    chosen = page.selected()
    seen: list[MarkSentDialog] = []

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, MarkSentDialog)
        seen.append(dialog)
        dialog.method.setCurrentIndex(REGISTERED)
        for field, code in zip(dialog.codes.fields, CODES, strict=True):
            field.setText(code)
        qtbot.mouseClick(dialog.ok, LEFT)

    QTimer.singleShot(0, fill_in)
    with qtbot.waitSignal(admin.letters_changed, timeout=15_000):
        qtbot.mouseClick(page.sent_button, LEFT)  # returns when the dialog has closed
    assert seen and [letter.id for letter in seen[0].letters] == [letter.id for letter in chosen]
    assert page.status.text() == "3 brieven als verzonden vastgelegd."
    waiting = {letter.id for letter in admin.lists(list_queue)}
    assert not waiting & {letter.id for letter in chosen}
    assert page.model.rowCount() == len(waiting)
    recent = admin.lists(list_queue, QueueFilter(sent_since=dt.date.today()))
    sent = {row.id: row for row in recent if row.is_sent}
    assert sorted(sent) == sorted(letter.id for letter in chosen)
    assert [sent[letter.id].tracking_number for letter in chosen] == list(CODES)
    page.show_sent.setCurrentIndex(1)
    row = page.model.row_of_letter(chosen[0].id)
    assert row is not None
    status = page.model.index(row, 5).data()
    assert status == f"verzonden op {dt.date.today():%d-%m-%Y}"


def test_a_missing_barcode_is_refused_next_to_the_field(
    page: QueuePage, admin: AppContext, qtbot: QtBot
) -> None:
    letters = [page.model.row_at(0), page.model.row_at(1)]
    dialog = MarkSentDialog(admin, letters, page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.method.setCurrentIndex(REGISTERED)
    dialog.codes.fields[0].setText(CODES[0])
    qtbot.mouseClick(dialog.ok, LEFT)
    assert dialog.task is None and dialog.isVisible()
    assert dialog.code_error.isVisible() and "bij 1 van de 2" in dialog.code_error.text()
    assert [bool(field.property("invalid")) for field in dialog.codes.fields] == [False, True]
    dialog.codes.fields[1].setText(CODES[0])  # the same code twice is a typing error too
    assert "twee gelijk" in dialog.code_error.text()
    assert len(admin.lists(list_queue)) == page.model.total()  # nothing recorded

    single = MarkSentDialog(admin, letters[:1], page)
    qtbot.addWidget(single)
    single.method.setCurrentIndex(REGISTERED)
    qtbot.mouseClick(single.ok, LEFT)
    assert "Vul de barcode" in single.code_error.text()
    single.method.setCurrentIndex(POST)  # no barcode needed: the message goes
    assert not single.code_error.text()


def test_a_registered_letter_cannot_go_by_ordinary_post(
    demo_path: Path, admin: AppContext, page: QueuePage, qtbot: QtBot
) -> None:
    registered_id = release_registered(demo_path)
    page.refresh()
    ordinary, row = page.model.row_at(0), page.model.row_of_letter(registered_id) or 0
    registered = page.model.row_at(row)
    assert registered.registered and page.model.index(row, 4).data() == "ja"
    dialog = MarkSentDialog(admin, [ordinary, registered], page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.method.currentIndex() == REGISTERED  # proposed for a registered letter
    assert "1 van deze 2 brieven moet aangetekend" in dialog.method_hint.text()
    dialog.method.setCurrentIndex(POST)
    qtbot.mouseClick(dialog.ok, LEFT)
    qtbot.waitUntil(lambda: dialog.task is None and dialog.error.isVisible(), timeout=10_000)
    assert "moet aangetekend worden verstuurd" in dialog.error.text()
    assert registered.addressee in dialog.error.text() and "niets vastgelegd" in dialog.error.text()
    assert dialog.isVisible() and dialog.ok.isEnabled()
    assert {ordinary.id, registered_id} <= {row.id for row in admin.lists(list_queue)}


def test_locking_forgets_the_letters(page: QueuePage, admin: AppContext, qtbot: QtBot) -> None:
    choose(page, 0)
    qtbot.waitUntil(lambda: page.preview.letter_id is not None, timeout=10_000)
    admin.lock()
    assert page.model.rowCount() == 0 and page.preview.letter_id is None
    assert not page.print_button.isEnabled() and not page.sent_button.isEnabled()
