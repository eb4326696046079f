"""Inzage: everything about one person as a JSON file, through the service and the CLI."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from school import PASSWORD, School, build_school
from test_case_workflow import report

from casemanager.cases import deciding, investigation
from casemanager.cases.inzage import export_person
from casemanager.cases.viewing import get_case
from casemanager.cli.main import main
from casemanager.errors import InvalidInput, PermissionDenied
from casemanager.store.dossier import Dossier


@pytest.fixture
def school(dossier: Dossier) -> School:
    built = build_school(dossier)
    with built.open("tl.onder") as teamleider:
        case_id = report(teamleider, built)
        with teamleider.unit_of_work() as uow:
            investigation.add_statement(
                uow,
                case_id,
                "Jan zag het bericht in de groep staan.",
                person_id=built.persons["jan"],
                given_at=dt.datetime.now() - dt.timedelta(hours=1),
            )
            deciding.decide(
                uow,
                case_id,
                "waarschuwing_mondeling",
                motivation="Eerste keer; Ayşe toonde direct spijt en verwijderde het bericht zelf.",
            )
            get_case(uow, case_id)
            uow.commit()
    return built


def test_the_export_holds_cases_decisions_and_who_read_them(school: School, tmp_path: Path) -> None:
    with school.open("directie") as directie, directie.unit_of_work() as uow:
        target, pdf_path = export_person(uow, school.persons["ayse"], tmp_path)
        uow.commit()
    data = json.loads(target.read_text(encoding="utf-8"))
    assert target.name == f"inzage-100001-{dt.date.today():%Y%m%d}.json"
    assert pdf_path.name == f"inzage-100001-{dt.date.today():%Y%m%d}.pdf"
    text = " ".join((page.extract_text() or "") for page in PdfReader(pdf_path).pages)
    assert "Inzage in persoonsgegevens: Ayşe Doğan" in text
    assert "Elif Doğan (moeder)" in text
    assert "Mondelinge waarschuwing" in text and "spijt" in text
    assert "Jan van der Berg" in text
    assert data["persoon"]["voornaam"] == "Ayşe" and data["persoon"]["achternaam"] == "Doğan"
    assert data["ouders_verzorgers"] == [
        {"naam": "Elif Doğan", "nummer": None, "relatie": "moeder"}
    ]
    (case,) = data["zaken"]
    (decision,) = case["decisions"]
    assert decision["proposed_rung"] == "waarschuwing"
    assert decision["chosen_rung"] == "waarschuwing_mondeling"
    assert "spijt" in decision["motivation"]
    assert decision["decided_by"] == "Tl.Onder"
    assert case["statements"][0]["person"] == "Jan van der Berg"
    # the case's sentences are exported as their Dutch, not as templates
    assert case["proposal"]["reasons"][0].startswith("Zwaarste overtreding: ")
    assert all(isinstance(r, str) for r in case["proposal"]["reasons"])
    reasons = [a["reason"] for a in case["actions"]] + [o["reason"] for o in case["rung_options"]]
    assert all(r is None or isinstance(r, str) for r in reasons) and any(reasons)
    readers = {(e["gebruiker"], e["actie"]) for e in data["wie_las_of_wijzigde"]}
    assert ("tl.onder", "case.read") in readers
    assert ("tl.onder", "case.decide") in readers


def test_a_party_sees_only_what_is_said_about_them(school: School, tmp_path: Path) -> None:
    with school.open("directie") as directie, directie.unit_of_work() as uow:
        json_path, _pdf = export_person(uow, school.persons["jan"], tmp_path)
        data = json.loads(json_path.read_text("utf-8"))
    assert data["zaken"] == []
    roles = [entry.get("rol") for entry in data["betrokken_bij_zaken"]]
    assert "slachtoffer" in roles
    assert any(
        entry.get("verklaring") == "Jan zag het bericht in de groep staan."
        for entry in data["betrokken_bij_zaken"]
    )


def test_refusals(school: School, tmp_path: Path) -> None:
    tmp_path = tmp_path / "uit"
    tmp_path.mkdir()
    with (
        school.open("tl.boven") as other,
        other.unit_of_work() as uow,
        pytest.raises(PermissionDenied),
    ):
        export_person(uow, school.persons["ayse"], tmp_path)
    with (
        school.open("admin") as admin,
        admin.unit_of_work() as uow,
        pytest.raises(PermissionDenied),
    ):
        export_person(uow, school.persons["ayse"], tmp_path)
    assert list(tmp_path.iterdir()) == []
    with school.open("directie") as directie:
        with directie.unit_of_work() as uow:
            export_person(uow, school.persons["ayse"], tmp_path)
        before = sorted(p.name for p in tmp_path.iterdir())
        with directie.unit_of_work() as uow, pytest.raises(InvalidInput, match="al een bestand"):
            export_person(uow, school.persons["ayse"], tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_export_person_command(
    school: School,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("CASEMANAGER_PASSWORD", PASSWORD)
    out = tmp_path / "export"
    out.mkdir()
    assert main(["export-person", str(school.path), "100001", str(out), "--user", "directie"]) == 0
    assert "Inzage-overzicht geschreven naar" in capsys.readouterr().out
    assert len(list(out.glob("inzage-100001-*.json"))) == 1
    assert len(list(out.glob("inzage-100001-*.pdf"))) == 1
    assert main(["export-person", str(school.path), "999999", str(out), "--user", "directie"]) == 2
    assert "Er is geen persoon met nummer 999999" in capsys.readouterr().err
    assert (
        main(
            [
                "export-person",
                str(school.path),
                "100001",
                str(tmp_path / "nergens"),
                "--user",
                "directie",
            ]
        )
        == 2
    )
