"""The policy checker's problems are translatable ``Text``: ``str`` keeps the Dutch the CLI
prints, the desktop application shows them in English, with what the beheerder writes in
the file (codes, keys, table names) kept as written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from casemanager.errors import InvalidInput
from casemanager.policy import (
    DEFAULT_POLICY,
    PolicyInvalid,
    PolicyProblem,
    default_policy,
    load_policy_file,
    parse_policy,
)
from casemanager.policy.consistency import consistency_problems
from casemanager.texts import Text, tr
from ui import core_text, dates

DEFAULT_TEXT = DEFAULT_POLICY.read_text(encoding="utf-8")
NO_DISMISSAL_LETTER = DEFAULT_TEXT.replace('ontslag = "Ontslag"\n', "")

ENGLISH = {
    "het brieftype {code} staat niet in [letter_types]":
        "the letter type {code} is not in [letter_types]",
    "{value} is geen geldige waarde; kies uit {choices}":
        "{value} is not a valid value; choose from {choices}",
    "geen geldige TOML: {detail}": "not valid TOML: {detail}",
    "Het beleidsbestand {path} bestaat niet.": "The policy file {path} does not exist.",
}  # fmt: skip


class Catalogue(QTranslator):
    """A stand-in for the English catalogue: the templates given here, nothing else."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return ENGLISH.get(source) if context == "" else None

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The application in English, with the standard policy's English for its own texts
    (which has "Ontslag" = "Dismissal")."""
    catalogue = Catalogue()
    qapp.installTranslator(catalogue)
    dates.use_english(True)
    core_text.use_policy(default_policy().english)
    yield
    core_text.use_policy({})
    dates.use_english(False)
    qapp.removeTranslator(catalogue)


def problems_of(text: str) -> list[PolicyProblem]:
    with pytest.raises(PolicyInvalid) as caught:
        parse_policy(text, source="test.toml")
    return caught.value.problems


def test_a_consistency_problem_is_a_text_whose_str_is_the_dutch() -> None:
    duplicate = DEFAULT_TEXT.replace('code = "A1-LES"', 'code = "A2-INFO"')
    first, second = [p for p in problems_of(duplicate) if "A2-INFO" in str(p.message)]
    assert first.message == second.message
    assert isinstance(first.message, Text)
    assert first.message.template == "de code {code} komt meer dan eens voor"
    assert str(first.message) == "de code 'A2-INFO' komt meer dan eens voor"

    policy = default_policy()
    holiday = policy.holidays[0]
    backwards = holiday.model_copy(update={"end": holiday.start.replace(year=2000)})
    found = consistency_problems(
        policy.model_copy(update={"holidays": [backwards, *policy.holidays[1:]]})
    )
    assert [(place, str(message)) for place, message in found] == [
        (("holidays", 0, "end"), "de vakantie eindigt voordat hij begint")
    ]
    assert all(isinstance(message, Text) for _place, message in found)


def test_a_policy_problem_reads_as_before() -> None:
    (letter,) = problems_of(NO_DISMISSAL_LETTER)
    assert isinstance(letter.message, Text)
    line = letter.line
    assert str(letter) == (
        f"regel {line}, ladders.medewerker.rungs[4].letters[1]: "
        "het brieftype 'ontslag' staat niet in [letter_types]"
    )
    (syntax,) = problems_of('name = "x"\n[terms')
    assert str(syntax) == (
        "bestand: geen geldige TOML: Expected ']' at the end of a table declaration, "
        "aan het einde van het bestand"
    )
    assert str(PolicyProblem("terms", 3, "moet een tabel zijn")) == (
        "regel 3, terms: moet een tabel zijn"
    )
    assert str(PolicyProblem("", None, tr("het bestand is geen UTF-8-tekst"))) == (
        "bestand: het bestand is geen UTF-8-tekst"
    )


def test_a_file_that_cannot_be_read_says_so_in_a_text(tmp_path: Path) -> None:
    missing = tmp_path / "weg.toml"
    with pytest.raises(InvalidInput) as caught:
        load_policy_file(missing)
    assert str(caught.value) == f"Het beleidsbestand {missing} bestaat niet."
    assert isinstance(caught.value.text, Text)
    latin = tmp_path / "latin.toml"
    latin.write_bytes('name = "caf\xe9"\n'.encode("latin-1"))
    with pytest.raises(PolicyInvalid) as invalid:
        load_policy_file(latin)
    assert [str(p) for p in invalid.value.problems] == ["bestand: het bestand is geen UTF-8-tekst"]


def test_the_problems_read_in_english_with_the_files_own_words(
    english: None, tmp_path: Path
) -> None:
    (letter,) = problems_of(NO_DISMISSAL_LETTER)
    # the code stays 'ontslag' though the policy's English has "Ontslag" = "Dismissal"
    assert core_text.text(letter.message) == "the letter type 'ontslag' is not in [letter_types]"
    wrong = DEFAULT_TEXT.replace('decided_by = ["directie"]', 'decided_by = ["rector"]', 1)
    (choice,) = problems_of(wrong)
    assert core_text.text(choice.message) == (
        "'rector' is not a valid value; choose from 'teamleider', 'hr', 'directie'"
    )
    (syntax,) = problems_of('name = "x"\n[terms\n')
    assert core_text.text(syntax.message).startswith("not valid TOML: ")
    with pytest.raises(InvalidInput) as caught:
        load_policy_file(tmp_path / "weg.toml")
    assert core_text.message(caught.value) == (
        f"The policy file {tmp_path / 'weg.toml'} does not exist."
    )
