"""The errors a user meets: Dutch as ``str(error)`` (the CLI), and a ``Text`` in
``error.text`` that the desktop application shows in its own language, with the values
filled in and nested sentences translated in turn."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QPushButton

from casemanager.audit import ChainReport
from casemanager.errors import (
    CaseManagerError,
    ConcurrentUse,
    DossierDamaged,
    DossierNotFound,
    FieldTooLong,
    KeySlotFileDamaged,
    NotADossier,
    PermissionDenied,
    WrongPassword,
)
from casemanager.people.columns import resolve_columns
from casemanager.people.csv_reading import ImportRejected, read_csv
from casemanager.people.records import build_records
from casemanager.permissions import Actor, Permission, require
from casemanager.progress import Progress
from casemanager.store.verify import VerifyReport
from casemanager.texts import Text, tr
from models.accounts import Role
from models.people import PersonKind
from reports.templating import TemplateFailed, render
from ui import core_text, dates, tasks

ROOT = Path(__file__).resolve().parents[1]
DOSSIER = Path("/scholen/lyceum.casedb")


class Catalogue(QTranslator):
    """A stand-in for the English catalogue: the templates given here, nothing else."""

    def __init__(self, english: dict[str, str]) -> None:
        super().__init__()
        self.english = english

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return self.english.get(source) if context in ("", "tasks") else None

    def isEmpty(self) -> bool:
        return False


ENGLISH = {
    "Het wachtwoord voor '{username}' is onjuist. Probeer het opnieuw; let op hoofdletters. "
    "Bent u het vergeten, vraag de beheerder dan om een nieuw wachtwoord.":
        "The password for '{username}' is incorrect. Try again.",
    "U hebt geen toestemming om {what}. Vraag iemand met de juiste rol, of de beheerder, om "
    "u die rol te geven.": "You are not allowed to {what}. Ask the administrator.",
    "een back-up te maken": "make a backup",
    "Het dossier {path} is beschadigd of onvolledig ({detail}). Er is niets gewijzigd. Zet "
    "de laatste back-up terug met 'casemanager restore' en neem contact op met de beheerder.":
        "The case file {path} is damaged ({detail}).",
    "het bestand is afgekapt": "the file has been cut short",
    "Het bestand {path} is niet geïmporteerd: er staan {count} fouten in. Er is niets "
    "gewijzigd. Verbeter het bestand en importeer het daarna opnieuw.\n{lines}":
        "The file {path} has not been imported: it contains {count} errors.\n{lines}",
    "regel {line}: {problem}": "line {line}: {problem}",
    "{first}\n{rest}": "{first}\n{rest}",
    "de {label} ontbreekt.": "the {label} is missing.",
    "achternaam": "surname",
    "Back-up openen": "Opening the backup",
    "Annuleren": "Cancel",
}  # fmt: skip


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    catalogue = Catalogue(ENGLISH)
    qapp.installTranslator(catalogue)
    dates.use_english(True)
    yield
    dates.use_english(False)
    qapp.removeTranslator(catalogue)


def templates(text: Text) -> set[str]:
    """The template of ``text`` and of every Text nested in it."""
    found = {text.template}
    for _, value in text.values:
        if isinstance(value, Text):
            found |= templates(value)
    return found


def actor(*roles: Role) -> Actor:
    return Actor(1, "jansen", "M. Jansen", "", frozenset(roles), frozenset())


ERRORS = [
    (
        DossierNotFound(DOSSIER),
        "Het dossier /scholen/lyceum.casedb bestaat niet. Controleer de map en de "
        "bestandsnaam, of maak een nieuw dossier met 'casemanager init'.",
    ),
    (
        NotADossier(DOSSIER, tr("het is een map")),
        "Het bestand /scholen/lyceum.casedb is geen casemanager-dossier (het is een map). "
        "Kies het .casedb-bestand van uw dossier.",
    ),
    (
        NotADossier(DOSSIER),
        "Het bestand /scholen/lyceum.casedb is geen casemanager-dossier. Kies het "
        ".casedb-bestand van uw dossier.",
    ),
    (
        KeySlotFileDamaged(Path("/scholen/lyceum.casekeys"), "Expecting value"),
        "Het sleutelbestand /scholen/lyceum.casekeys is beschadigd (Expecting value). Zet de "
        "vorige versie terug (/scholen/lyceum.casekeys.bak staat ernaast) of gebruik een "
        "back-up; neem bij twijfel contact op met de beheerder.",
    ),
    (
        WrongPassword("jansen"),
        "Het wachtwoord voor 'jansen' is onjuist. Probeer het opnieuw; let op hoofdletters. "
        "Bent u het vergeten, vraag de beheerder dan om een nieuw wachtwoord.",
    ),
    (
        PermissionDenied(tr("de zaak te bekijken")),
        "U hebt geen toestemming om de zaak te bekijken. Vraag iemand met de juiste rol, of "
        "de beheerder, om u die rol te geven.",
    ),
    (
        FieldTooLong("titel", 200, 241),
        "Het veld 'titel' is te lang: 241 tekens, het maximum is 200. Kort de tekst in en "
        "probeer het opnieuw.",
    ),
    (
        ConcurrentUse(),
        "Het dossier is bezet door een andere gebruiker of een ander programma. Wacht even en "
        "probeer het opnieuw.",
    ),
]


@pytest.mark.parametrize(("error", "dutch"), ERRORS, ids=lambda e: type(e).__name__)
def test_an_error_keeps_its_dutch_and_carries_it_as_a_text(
    error: CaseManagerError, dutch: str
) -> None:
    assert isinstance(error.text, Text)
    assert str(error.text) == dutch
    assert str(error) == dutch


def test_lupdate_finds_every_template_the_errors_carry(tmp_path: Path) -> None:
    """The catalogue is keyed by the template as lupdate reads it from the source: the
    adjacent literals joined, nothing built at run time."""
    sources = [ROOT / "casemanager" / "errors.py", ROOT / "casemanager" / "permissions.py"]
    target = tmp_path / "errors.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    command = [str(lupdate), *map(str, sources), "-ts", str(target), "-locations", "none"]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    found = {m.findtext("source") for m in ElementTree.parse(target).getroot().iter("message")}
    carried: set[str] = set()
    for error, _ in ERRORS:
        assert isinstance(error.text, Text)
        carried |= templates(error.text)
    carried -= {"het is een map", "de zaak te bekijken"}  # this test's own values
    carried |= {permission.value.template for permission in Permission}
    assert carried - found == set()


def test_the_screen_shows_an_error_in_english_with_its_values(english: None) -> None:
    assert core_text.message(WrongPassword("jansen")) == (
        "The password for 'jansen' is incorrect. Try again."
    )
    damaged = DossierDamaged(DOSSIER, tr("het bestand is afgekapt"))
    assert core_text.message(damaged) == (
        "The case file /scholen/lyceum.casedb is damaged (the file has been cut short)."
    )
    # a template the catalogue lacks stays Dutch, its values still filled in
    assert core_text.message(FieldTooLong("titel", 200, 241)).startswith(
        "Het veld 'titel' is te lang: 241 tekens"
    )
    assert tasks.error_text(WrongPassword("jansen")) == core_text.message(WrongPassword("jansen"))


def test_a_refused_permission_names_what_in_the_screens_language(english: None) -> None:
    assert all(isinstance(permission.value, Text) for permission in Permission)
    with pytest.raises(PermissionDenied) as refused:
        require(actor(Role.TEAMLEIDER), Permission.BACKUP)
    assert str(refused.value).startswith("U hebt geen toestemming om een back-up te maken. ")
    assert core_text.message(refused.value) == (
        "You are not allowed to make a backup. Ask the administrator."
    )


def test_an_import_rejection_lists_each_problem_translatable(tmp_path: Path) -> None:
    problems = [(line, tr("de {label} ontbreekt.", label="achternaam")) for line in (7, 2, 5)]
    rejected = ImportRejected(tmp_path / "export.csv", problems)
    assert str(rejected).endswith(
        "Verbeter het bestand en importeer het daarna opnieuw.\n"
        "regel 2: de achternaam ontbreekt.\n"
        "regel 5: de achternaam ontbreekt.\n"
        "regel 7: de achternaam ontbreekt."
    )
    assert rejected.problems[0] == (2, "de achternaam ontbreekt.")  # Dutch, for the CLI
    assert [line for line, _ in rejected.problem_texts] == [2, 5, 7]


def test_an_import_rejection_is_shown_in_english(tmp_path: Path, english: None) -> None:
    path = tmp_path / "export.csv"
    path.write_text("Roepnaam;Achternaam\nAyşe;\nNoah;\n", encoding="utf-8")
    table = read_csv(path)
    columns = resolve_columns(table.header)
    _records, _merged, problems = build_records(table, columns, PersonKind.OUDER)
    assert str(ImportRejected(path, problems)).endswith("\nregel 3: de achternaam ontbreekt.")
    assert core_text.message(ImportRejected(path, problems)) == (
        f"The file {path} has not been imported: it contains 2 errors.\n"
        "line 2: the surname is missing.\n"
        "line 3: the surname is missing."
    )


def test_a_long_list_of_problems_nests_only_a_few_levels(tmp_path: Path) -> None:
    rejected = ImportRejected(tmp_path / "x.csv", [(n, "fout") for n in range(1, 5001)])

    def depth(value: object) -> int:
        if not isinstance(value, Text):
            return 0
        return 1 + max((depth(v) for _, v in value.values), default=0)

    assert depth(rejected.text) <= 16
    assert str(rejected).count("\nregel ") == 5000


def test_a_failed_template_says_where_as_a_text() -> None:
    with pytest.raises(TemplateFailed) as failed:
        render("brief.txt", "Geen onderwerp\n", {})
    problem = failed.value.args[0]
    assert isinstance(problem, Text)
    assert str(failed.value) == (
        "brief.txt: De sjabloon moet beginnen met een regel 'Onderwerp: …' met het onderwerp "
        "van de brief."
    )


def test_the_check_of_a_backup_sums_up_as_a_text() -> None:
    chain = ChainReport(False, 4, "ab", 5, tr("regel {seq} sluit niet aan op de vorige", seq=5))
    report = VerifyReport(
        (tr("onleesbare gegevens: {detail}", detail="disk I/O error"), "page 3: bad"), chain
    )
    summary = report.summary()
    assert isinstance(summary, Text)
    assert str(summary) == (
        "opslag: onleesbare gegevens: disk I/O error; page 3: bad, "
        "auditlog: regel 5 sluit niet aan op de vorige"
    )
    assert str(VerifyReport((), ChainReport(True, 4, "ab")).summary()) == "in orde"


def test_the_progress_dialog_shows_the_stage_and_its_button_in_english(
    english: None,
) -> None:
    dialog = tasks._progress_dialog(None, "Back-up", tasks.Task(None))
    tasks._show_progress(dialog, Progress(tr("Back-up openen"), 0, 2))
    assert dialog.labelText() == "Opening the backup"
    assert [button.text() for button in dialog.findChildren(QPushButton)] == ["Cancel"]
    dialog.deleteLater()
