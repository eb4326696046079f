"""Creating a dossier: refused input leaves no file behind."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from conftest import ADMIN, ADMIN_PASSWORD

from casemanager.errors import DossierExists, FieldTooLong, InvalidInput
from casemanager.store.dossier import Dossier


def create(path: Path, **overrides: str) -> Dossier:
    values = {
        "school_name": "Het Stedelijk Lyceum",
        "admin_username": ADMIN,
        "admin_password": ADMIN_PASSWORD,
    } | overrides
    dossier, _ = Dossier.create(path, **values)
    return dossier


@pytest.mark.parametrize(
    ("overrides", "error", "match"),
    [
        ({"school_name": "  "}, InvalidInput, "naam van de school"),
        ({"school_name": "S" * 301}, FieldTooLong, "naam van de school' is te lang"),
        ({"admin_password": "kort"}, InvalidInput, "te kort"),
        ({"admin_username": "Één Naam"}, InvalidInput, "gebruikersnaam"),
    ],
)
def test_refused_input_leaves_nothing_behind(
    tmp_path: Path, overrides: dict[str, str], error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match):
        create(tmp_path / "school.casedb", **overrides)
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="bestaat niet"):
        create(tmp_path / "nog-niet" / "school.casedb")


def test_an_existing_key_slot_file_is_not_overwritten(tmp_path: Path) -> None:
    keys = tmp_path / "school.casekeys"
    keys.write_text("van een ander dossier")
    with pytest.raises(DossierExists):
        create(tmp_path / "school.casedb")
    assert keys.read_text() == "van een ander dossier"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["school.casekeys"]


def test_both_files_are_private_to_their_owner(tmp_path: Path) -> None:
    create(tmp_path / "school.casedb").close()
    for name in ("school.casedb", "school.casekeys"):
        mode = stat.S_IMODE((tmp_path / name).stat().st_mode)
        assert mode == 0o600, (name, oct(mode))
