"""The policy file: the default validates; every kind of mistake is reported at its line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import ADMIN, ADMIN_PASSWORD

from casemanager.cli.main import main
from casemanager.errors import PermissionDenied
from casemanager.policy import (
    DEFAULT_POLICY,
    PolicyInvalid,
    SchoolCalendar,
    default_policy,
    parse_policy,
)
from casemanager.policy.calendar import add_months, add_working_days
from casemanager.policy.stored import store_policy
from casemanager.store.dossier import Dossier

DEFAULT_TEXT = DEFAULT_POLICY.read_text(encoding="utf-8")


def line_number(text: str, needle: str, occurrence: int = 1) -> int:
    lines = [i for i, line in enumerate(text.splitlines(), start=1) if needle in line]
    return lines[occurrence - 1]


def problems_of(text: str) -> list[str]:
    with pytest.raises(PolicyInvalid) as caught:
        parse_policy(text, source="test.toml")
    return [str(p) for p in caught.value.problems]


def test_the_default_policy_holds_the_domain() -> None:
    policy = default_policy()
    assert [r.code for r in policy.ladders["leerling"].rungs][-1] == "verwijdering"
    assert [r.code for r in policy.ladders["medewerker"].rungs][-1] == "ontslag_op_staande_voet"
    assert policy.ladders["leerling"].rung("verwijdering").decided_by == ["directie"]
    assert policy.ladders["medewerker"].rung("ontslag").decided_by == ["directie"]
    schorsing = policy.ladders["leerling"].rung("externe_schorsing")
    assert schorsing.max_duration == 5 and schorsing.duration == "schooldagen"
    inspectie = next(n for n in schorsing.notifications if n.kind == "inspectie")
    assert inspectie.longer_than_days == 1
    assert policy.terms.objection_weeks == 6 and policy.terms.zienswijze_weeks == 3
    assert policy.violation("A6-DREIG").wvsr == ["285"]
    assert policy.ladder_name_for("ouder") == "leerling"


def test_a_wrong_value_is_reported_at_its_line() -> None:
    tail = '\nintent_first = true\nintent_letters = ["voornemen_verwijdering"]'
    text = DEFAULT_TEXT.replace(
        'decided_by = ["directie"]\nhearing_required = true' + tail,
        'decided_by = ["rector"]\nhearing_required = "ja"' + tail,
    )
    found = problems_of(text)
    assert len(found) == 2
    rector = line_number(text, 'decided_by = ["rector"]')
    hearing = line_number(text, 'hearing_required = "ja"')
    assert found[0] == (
        f"regel {rector}, ladders.leerling.rungs[5].decided_by[1]: "
        "'rector' is geen geldige waarde; kies uit 'teamleider', 'hr', 'directie'"
    )
    assert found[1].startswith(f"regel {hearing}, ")
    assert found[1].endswith("moet true of false zijn")


def test_references_between_parts_are_checked() -> None:
    text = (
        DEFAULT_TEXT.replace('wvsr = ["285b"]', 'wvsr = ["999"]')
        .replace('ernstig = "externe_schorsing"', 'ernstig = "strafwerk"')
        .replace('letters = ["schriftelijke_berisping"]', 'letters = ["berispingsbrief"]')
    )
    found = problems_of(text)
    wvsr = line_number(text, 'wvsr = ["999"]')
    assert any(f"regel {wvsr}," in p and "'999'" in p for p in found)
    assert any("de sport 'strafwerk' bestaat niet" in p for p in found)
    assert any("'berispingsbrief' staat niet in [letter_types]" in p for p in found)


def test_unknown_keys_missing_parts_and_syntax_errors() -> None:
    assert any(
        "onbekende sleutel" in p
        for p in problems_of(
            DEFAULT_TEXT.replace('severity = "licht"\n', 'severity = "licht"\nkleur = 1\n', 1)
        )
    )
    no_ladder = DEFAULT_TEXT.split("[ladders.medewerker]")[0]
    assert any("medewerker" in p for p in problems_of(no_ladder))
    syntax = problems_of('name = "x"\n[terms\n')
    assert syntax[0].startswith("regel 2, bestand: geen geldige TOML")


def test_a_duplicate_code_and_an_impossible_holiday() -> None:
    text = DEFAULT_TEXT.replace('code = "A1-LES"', 'code = "A2-INFO"').replace(
        "end = 2026-01-04", "end = 2025-01-04"
    )
    found = problems_of(text)
    assert any("'A2-INFO' komt meer dan eens voor" in p for p in found)
    assert any("de vakantie eindigt voordat hij begint" in p for p in found)


def test_school_days_skip_weekends_and_holidays() -> None:
    calendar = SchoolCalendar(default_policy().holidays)
    friday = dt.date(2026, 12, 18)  # the last school day before the Christmas holiday
    assert calendar.add_school_days(friday, 1) == dt.date(2027, 1, 4)
    assert calendar.last_school_day(dt.date(2026, 11, 23), 5) == dt.date(2026, 11, 27)
    assert calendar.school_days_between(dt.date(2026, 12, 14), dt.date(2027, 1, 8)) == 10
    assert add_working_days(friday, 1) == dt.date(2026, 12, 21)
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)


def test_policy_check_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "beleid.toml"
    good.write_text(DEFAULT_TEXT, encoding="utf-8")
    assert main(["policy", "check", str(good)]) == 0
    assert "in orde" in capsys.readouterr().out
    bad = tmp_path / "fout.toml"
    bad.write_text(
        DEFAULT_TEXT.replace('severity = "licht"', 'severity = "zeer licht"', 1), encoding="utf-8"
    )
    assert main(["policy", "check", str(bad)]) == 2
    err = capsys.readouterr().err
    assert f"regel {line_number(bad.read_text(), 'zeer licht')}, violations[1].severity" in err
    assert main(["policy", "check", str(tmp_path / "bestaat-niet.toml")]) == 2
    assert "bestaat niet" in capsys.readouterr().err


def test_a_stored_policy_is_used_and_a_bad_one_changes_nothing(
    dossier: Dossier, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    own = DEFAULT_TEXT.replace(
        'name = "Standaardbeleid', 'name = "Beleid Stedelijk Lyceum, gebaseerd op standaardbeleid'
    ).replace("look_back_months = 12", "look_back_months = 24")
    with dossier.unit_of_work() as uow:
        store_policy(uow, own)
        uow.commit()
    dossier.reload_policy()
    assert dossier.policy.terms.look_back_months == 24
    assert not dossier.active_policy.is_default
    with dossier.unit_of_work() as uow, pytest.raises(PolicyInvalid):
        store_policy(uow, own.replace("look_back_months = 24", "look_back_months = -1"))
    reopened = Dossier.open(dossier.path, ADMIN, ADMIN_PASSWORD)
    try:
        assert reopened.policy.terms.look_back_months == 24
    finally:
        reopened.close()
    monkeypatch.setenv("CASEMANAGER_PASSWORD", ADMIN_PASSWORD)
    dossier.close()
    assert main(["policy", "show", str(dossier.path), "--user", ADMIN]) == 0
    assert "eigen beleid van de school" in capsys.readouterr().out


def test_only_the_beheerder_stores_a_policy(dossier: Dossier) -> None:
    from conftest import add_user

    add_user(dossier, "directeur", "wachtwoord van directeur", "directie")
    with (
        Dossier.open(dossier.path, "directeur", "wachtwoord van directeur") as other,
        other.unit_of_work() as uow,
        pytest.raises(PermissionDenied),
    ):
        store_policy(uow, DEFAULT_TEXT)


def test_the_active_policy_is_exported_to_start_from_and_never_over_a_file(
    dossier: Dossier, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    from casemanager.errors import DossierExists
    from casemanager.policy.stored import export_policy

    with dossier.unit_of_work() as uow:  # no own policy yet: the standard file
        export_policy(uow, tmp_path / "standaard.toml")
        uow.commit()
    assert (tmp_path / "standaard.toml").read_text(encoding="utf-8") == DEFAULT_TEXT
    exported = parse_policy((tmp_path / "standaard.toml").read_text(encoding="utf-8"))
    assert exported.english == default_policy().english  # the [english] table goes along
    own = DEFAULT_TEXT.replace("look_back_months = 12", "look_back_months = 18")
    with dossier.unit_of_work() as uow:
        store_policy(uow, own)
        uow.commit()
    with dossier.unit_of_work() as uow, pytest.raises(DossierExists):
        export_policy(uow, tmp_path / "standaard.toml")
    assert (tmp_path / "standaard.toml").read_text(encoding="utf-8") == DEFAULT_TEXT
    monkeypatch.setenv("CASEMANAGER_PASSWORD", ADMIN_PASSWORD)
    dossier.close()
    target = tmp_path / "eigen.toml"
    assert main(["policy", "export", str(dossier.path), str(target), "--user", ADMIN]) == 0
    assert target.read_text(encoding="utf-8") == own
    assert "policy check" in capsys.readouterr().out
    assert main(["policy", "check", str(target)]) == 0
