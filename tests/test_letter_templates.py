"""Letter templates: every mistake is caught by ``policy check`` with the template's name and
line, a school's own template is checked before it is stored, and used once stored."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import ADMIN
from letter_helpers import decided_case, pdf_text, prepare_school
from school import School, build_school

from casemanager.cli.main import main
from casemanager.errors import InvalidInput, PermissionDenied
from casemanager.letters import (
    generate_letter,
    letter_file,
    list_templates,
    reset_template,
    store_template,
)
from casemanager.letters.templates import default_folder
from casemanager.resources import resource_path
from casemanager.store.dossier import Dossier

POLICY = resource_path("policy", "standaard.toml")


def broken_copy(tmp_path: Path, name: str, old: str, new: str) -> Path:
    folder = tmp_path / "sjablonen"
    shutil.copytree(default_folder(), folder)
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return folder


def line_of(folder: Path, name: str, needle: str) -> int:
    lines = (folder / name).read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, start=1) if needle in line)


def test_the_shipped_templates_pass_the_check(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["policy", "check", str(POLICY)]) == 0
    assert "briefsjablonen" in capsys.readouterr().out


def test_an_unknown_field_is_reported_with_name_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = broken_copy(tmp_path, "waarschuwing.txt", "{{ betrokkene.voornaam }}",
                         "{{ betrokkene.roepnaam }}")  # fmt: skip
    line = line_of(folder, "waarschuwing.txt", "betrokkene.roepnaam")
    assert main(["policy", "check", str(POLICY), "--sjablonen", str(folder)]) == 2
    err = capsys.readouterr().err
    assert f"waarschuwing.txt, regel {line}: onbekend veld 'betrokkene.roepnaam'" in err


def test_a_syntax_error_and_a_missing_template(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = broken_copy(tmp_path, "ontslag.txt", "{% if", "{% iff")
    line = line_of(folder, "ontslag.txt", "{% iff")
    (folder / "interne_schorsing.txt").unlink()
    assert main(["policy", "check", str(POLICY), "--sjablonen", str(folder)]) == 2
    err = capsys.readouterr().err
    assert f"ontslag.txt, regel {line}: fout in de opmaak" in err
    assert "interne_schorsing.txt: de sjabloon voor briefsoort 'interne_schorsing' ontbreekt" in err


@pytest.fixture
def school(dossier: Dossier) -> School:
    built = build_school(dossier)
    prepare_school(built)
    return built


def test_a_schools_own_template(school: School) -> None:
    own = (
        "Onderwerp: Waarschuwing voor {{ betrokkene.naam }}\n\n"
        "{{ geadresseerde.aanhef }},\n\nDit is de eigen tekst van onze school.\n\n"
        "Met vriendelijke groet,\n"
    )
    with school.open(ADMIN) as d, d.unit_of_work() as uow:
        with pytest.raises(InvalidInput, match=r"waarschuwing.txt, regel 1: onbekend veld"):
            store_template(uow, "waarschuwing", "Onderwerp: {{ zaak.nummr }}\n")
        store_template(uow, "waarschuwing", own)
        uow.commit()
        assert [t.own for t in list_templates(uow) if t.letter_type == "waarschuwing"] == [True]
    with school.open("tl.onder") as d, pytest.raises(PermissionDenied), d.unit_of_work() as uow:
        store_template(uow, "waarschuwing", own)
    with school.open("tl.onder") as d:
        case_id, _ = decided_case(d, school, "waarschuwing")
        with d.unit_of_work() as uow:
            (letter,) = generate_letter(uow, case_id, "waarschuwing")
            text = pdf_text(letter_file(uow, letter.id))
            uow.commit()
    assert "Dit is de eigen tekst van onze school." in text
    assert "Waarschuwing voor Ayşe Doğan" in text
    with school.open(ADMIN) as d, d.unit_of_work() as uow:
        assert reset_template(uow, "waarschuwing")
        assert not reset_template(uow, "waarschuwing")
        uow.commit()
