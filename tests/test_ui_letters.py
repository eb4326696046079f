"""The letters dialog on a copy of the demo dossier: the preview, releasing a letter to the
administration's print queue, saving as PDF and Word, and printing to a PDF printer."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from conftest import open_demo
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from ui_people import least_sanctioned

from casemanager.cases.deciding import decide
from casemanager.cases.reporting import NewReport, report_case
from casemanager.letters import LetterInfo, letters_for_decision, print_queue
from ui.context import AppContext
from ui.letters.preview import LettersDialog, suggested_name
from ui.tasks import wait_for_tasks

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def teamleider(demo_path: Path) -> Iterator[AppContext]:
    ctx = AppContext(open_demo(demo_path, "teamleider"))
    yield ctx
    wait_for_tasks()
    ctx.dossier.close()


@pytest.fixture
def warning(teamleider: AppContext) -> tuple[str, list[LetterInfo]]:
    return warning_letters(teamleider)


def warning_letters(teamleider: AppContext, skip: int = 0) -> tuple[str, list[LetterInfo]]:
    """A schriftelijke waarschuwing decided for a student (the ``skip``-th with the fewest
    measures): (the student's name, its letters)."""

    chosen = least_sanctioned(teamleider, skip=skip)
    person_id, name = chosen.id, chosen.name
    ref = teamleider.call(
        report_case,
        NewReport(
            subject_person_id=person_id,
            violation_codes=("A6-KWETS",),
            incident_date=dt.date.today() - dt.timedelta(days=2),
            description="Kwetsende berichten over een klasgenoot in de groepsapp.",
        ),
    )
    result = teamleider.call(decide, ref.id, "waarschuwing")
    letters = teamleider.call(letters_for_decision, result.decision_id)
    assert letters
    return name, letters


@pytest.fixture
def dialog(
    teamleider: AppContext, warning: tuple[str, list[LetterInfo]], qtbot: QtBot
) -> LettersDialog:
    shown = LettersDialog(teamleider, warning[1])
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: shown.document.status() == QPdfDocument.Status.Ready)
    return shown


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_the_list_and_the_preview(dialog: LettersDialog) -> None:
    letters = dialog.letters()
    assert dialog.letter_list.count() == len(letters)
    for row, letter in enumerate(letters):
        text = dialog.letter_list.item(row).text()
        assert letter.type_title in text and letter.addressee in text
        assert f"versie {letter.version}" in text and "concept" in text
    assert dialog.document.pageCount() == letters[0].page_count >= 1
    assert dialog.pdf_view.document() is dialog.document
    assert dialog.release_button.isEnabled()


def test_release_puts_the_letter_in_the_print_queue(
    dialog: LettersDialog, teamleider: AppContext, demo_path: Path, qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    letter = dialog.current()
    assert letter is not None
    with qtbot.waitSignal(teamleider.letters_changed):
        qtbot.mouseClick(dialog.release_button, LEFT)
    released = dialog.current()
    assert released is not None and released.released_at is not None
    assert "vrijgegeven voor de administratie" in dialog.letter_list.currentItem().text()
    assert not dialog.release_button.isEnabled()
    assert "al vrijgegeven" in dialog.release_button.toolTip()

    administratie = open_demo(demo_path, "administratie")
    try:
        with administratie.unit_of_work() as uow:
            queue = print_queue(uow)
    finally:
        administratie.close()
    assert letter.id in {queued.id for queued in queue}


def test_after_a_release_the_next_letter_to_release_is_chosen(
    teamleider: AppContext, warning: tuple[str, list[LetterInfo]], qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    letters = [*warning[1], *warning_letters(teamleider, skip=1)[1]]
    shown = LettersDialog(teamleider, letters)
    qtbot.addWidget(shown)
    shown.show()
    first = shown.current()
    with qtbot.waitSignal(teamleider.letters_changed):
        qtbot.mouseClick(shown.release_button, LEFT)
    left = len(letters) - 1
    chosen = shown.current()
    assert chosen is not None and chosen.id != first.id and chosen.released_at is None
    assert shown.release_button.isEnabled()
    expected = "Nog één brief" if left == 1 else f"Nog {left} brieven"
    assert expected in shown.status.text()
    for _ in range(left):
        with qtbot.waitSignal(teamleider.letters_changed):
            qtbot.mouseClick(shown.release_button, LEFT)
    assert shown.status.text() == "De brief staat klaar bij de administratie."
    assert not shown.release_button.isEnabled()


def test_release_asks_first(
    dialog: LettersDialog, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    )
    qtbot.mouseClick(dialog.release_button, LEFT)
    letter = dialog.current()
    assert letter is not None and letter.released_at is None
    assert dialog.release_button.isEnabled()


def test_save_as_pdf_and_word(
    dialog: LettersDialog, warning: tuple[str, list[LetterInfo]], tmp_path: Path, qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    name = warning[0]
    out = tmp_path / "uit"
    out.mkdir()
    chosen: list[Path] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(chosen[-1]), ""))
    )
    chosen.append(out / "brief")  # without the extension: it is added
    qtbot.mouseClick(dialog.save_pdf_button, LEFT)
    pdf = PdfReader(out / "brief.pdf")
    assert name in flat(" ".join(page.extract_text() or "" for page in pdf.pages))

    word = out / "brief.docx"
    word.write_bytes(b"an older file the user agreed to replace")
    chosen.append(word)
    qtbot.mouseClick(dialog.save_word_button, LEFT)
    document = docx.Document(io.BytesIO(word.read_bytes()))
    assert name in flat(" ".join(p.text for p in document.paragraphs))
    assert sorted(p.name for p in out.iterdir()) == ["brief.docx", "brief.pdf"]  # no temp files


def test_print_to_a_pdf_printer(
    dialog: LettersDialog,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "afgedrukt.pdf"

    def accept(self: QPrintDialog) -> int:
        printer = self.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    with qtbot.waitSignal(dialog.printed, timeout=30_000) as printed:
        qtbot.mouseClick(dialog.print_button, LEFT)
        assert not dialog.print_button.isEnabled()
        dialog.reject()  # closing waits for the print run
        assert dialog.isVisible() and "afgedrukt" in dialog.status.text()
    pages = dialog.document.pageCount()
    assert printed.args == [pages]
    assert len(PdfReader(target).pages) == pages
    assert dialog.print_button.isEnabled()


def test_print_cancelled_in_the_dialog(
    dialog: LettersDialog,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    qtbot.mouseClick(dialog.print_button, LEFT)
    assert dialog._print_task is None and dialog.print_button.isEnabled()


def test_without_letters(teamleider: AppContext, qtbot: QtBot) -> None:
    empty = LettersDialog(teamleider, [])
    qtbot.addWidget(empty)
    assert "geen brieven" in empty.status.text()
    for button in (
        empty.release_button,
        empty.save_pdf_button,
        empty.save_word_button,
        empty.print_button,
    ):
        assert not button.isEnabled()


def test_suggested_file_names_are_safe(warning: tuple[str, list[LetterInfo]]) -> None:
    letter = warning[1][0]
    name = suggested_name(letter)
    assert letter.case_number in name and f"(v{letter.version})" in name
    assert not set('\\/:*?"<>|') & set(name)
