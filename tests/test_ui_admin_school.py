"""Beheer → School en briefhoofd on a copy of the demo dossier, as its beheerder: the live
preview follows the typing, "Opslaan" stores everything at once, and refused input (too
long, no PNG, a logo too large, a signer without function) stores nothing."""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import open_demo
from PIL import Image
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from casemanager.letters.school import logo, school_info, signers_for
from reports.document import Signer
from ui.admin.school_page import SchoolPage
from ui.context import AppContext
from ui.tasks import wait_for_tasks

NEW_NAME = "Het Nieuwe Lyceum Heuvelland"


@pytest.fixture
def beheerder(demo_path: Path) -> Iterator[AppContext]:
    ctx = AppContext(open_demo(demo_path, "beheerder"))
    yield ctx
    wait_for_tasks()
    ctx.dossier.close()


@pytest.fixture
def page(beheerder: AppContext, qtbot: QtBot) -> SchoolPage:
    shown = SchoolPage(beheerder)
    qtbot.addWidget(shown)
    shown.resize(1100, 760)
    shown.show()
    qtbot.waitUntil(lambda: bool(shown.preview.pdf), timeout=20_000)
    return shown


def preview_text(page: SchoolPage) -> str:
    reader = PdfReader(io.BytesIO(page.preview.pdf))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "*.png"))
    )


def png(path: Path, size: tuple[int, int], noise: bool = False) -> Path:
    if noise:  # random pixels do not compress: a large file
        image = Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3))
    else:
        image = Image.new("RGB", size, (31, 95, 160))
    image.save(path, "PNG")
    return path


def test_the_preview_follows_the_typing_and_opslaan_stores_it(
    page: SchoolPage, beheerder: AppContext, qtbot: QtBot
) -> None:
    stored_name = beheerder.read(school_info).name
    assert stored_name in preview_text(page)
    assert not page.save_button.isEnabled()
    sample = page.preview.current_sample()
    assert sample is not None and sample.registered and sample.ladder == "leerling"

    page.form.inputs["name"].setText(NEW_NAME)
    page.form.inputs["place"].setText("Valkenburg")
    name, function = page.form.signer_inputs["leerling"][0]
    name.setText("drs. A. Hendriks")
    function.setText("rector")
    assert page.preview.timer.isActive()  # it waits for the typing to stop
    qtbot.waitUntil(lambda: NEW_NAME in preview_text(page), timeout=20_000)
    text = preview_text(page)
    assert "Valkenburg," in text  # the place of the date line
    assert "drs. A. Hendriks" in text and "rector" in text  # signs the registered letter
    assert beheerder.read(school_info).name == stored_name  # nothing stored yet
    assert page.save_button.isEnabled()

    page.save()
    info = beheerder.read(school_info)
    assert (info.name, info.place) == (NEW_NAME, "Valkenburg")
    assert beheerder.read(signers_for, "leerling") == (Signer("drs. A. Hendriks", "rector"),)
    assert "Opgeslagen" in page.status.text()
    assert not page.save_button.isEnabled()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("street", "Tongerseweg " * 30, "'adres' is te lang"),
        ("board_postcode", "6200 AA MAASTRICHT", "'postcode van het bevoegd gezag' is te lang"),
        ("name", "   ", "mag niet leeg zijn"),
    ],
)
def test_refused_text_is_shown_at_its_field_and_nothing_is_stored(
    page: SchoolPage, beheerder: AppContext, field: str, value: str, message: str
) -> None:
    before = beheerder.read(school_info)
    page.form.inputs["website"].setText("https://www.nieuw.example")
    page.form.inputs[field].setText(value)
    page.save()
    error = page.form.errors[field]
    assert error.isVisibleTo(page) and message in error.text()
    assert "Niets opgeslagen" in page.status.text()
    assert beheerder.read(school_info) == before
    assert page.save_button.isEnabled()  # what was typed is still there to correct


def test_a_logo_is_checked_shown_and_stored(
    page: SchoolPage,
    beheerder: AppContext,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stored = beheerder.read(logo)
    fake = tmp_path / "logo.png"
    fake.write_text("dit is geen afbeelding", encoding="utf-8")
    choose_file(monkeypatch, fake)
    page.form.choose_logo()
    assert "geen PNG-afbeelding" in page.form.errors["logo"].text()
    assert page.form.logo == stored and not page.save_button.isEnabled()

    choose_file(monkeypatch, png(tmp_path / "groot.png", (1000, 1000), noise=True))
    page.form.choose_logo()
    page.form.inputs["name"].setText(NEW_NAME)
    page.save()  # the service refuses the size: the name is not stored either
    assert "2 MB" in page.form.errors["logo"].text()
    assert beheerder.read(school_info).name != NEW_NAME
    assert beheerder.read(logo) == stored

    small = png(tmp_path / "klein.png", (300, 120))
    choose_file(monkeypatch, small)
    page.form.choose_logo()
    assert not page.form.thumbnail.pixmap().isNull()
    qtbot.waitUntil(lambda: NEW_NAME in preview_text(page), timeout=20_000)
    page.save()
    assert beheerder.read(logo) == small.read_bytes()
    assert beheerder.read(school_info).name == NEW_NAME

    page.form.remove_logo.click()
    page.save()
    assert beheerder.read(logo) is None
    assert page.form.thumbnail.text() == "geen logo"


def test_a_signer_needs_a_name_and_a_function(page: SchoolPage, beheerder: AppContext) -> None:
    before = beheerder.read(signers_for, "medewerker")
    name, _function = page.form.signer_inputs["medewerker"][1]
    name.setText("M. Janssen")
    page.save()
    assert "naam én een functie" in page.form.errors["signers"].text()
    assert beheerder.read(signers_for, "medewerker") == before
