"""The core behind the Personen part, on copies of the demo school: one person's details
with guardians or children (access rules, audit), the register's filter choices and
status order, the import preview (problems per row, nothing written) and the import as
steps of progress (all or nothing)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import open_demo
from sqlalchemy import func, select

from casemanager.errors import InvalidInput, NotFound, PermissionDenied
from casemanager.people.details import PersonDetails, person_details
from casemanager.people.importing import import_steps
from casemanager.people.plan import RowAction
from casemanager.people.preview import (
    column_mapping,
    preview_import,
    sentence,
    suggest_columns,
)
from casemanager.people.registry import (
    PersonFilter,
    count_persons,
    list_persons,
    person_classes,
    person_teams,
)
from casemanager.progress import Progress
from casemanager.store.dossier import Dossier
from casemanager.texts import tr
from models.audit import AuditEntry
from models.people import Guardianship, Person, PersonKind

GOOD = (
    "Stamnr;Roepnaam;Tussenv.;Achternaam;Klas;Geb.datum;Afdeling\n"
    "T-9001;Zoë;van der;Müller;1H1;07-03-2013;onderbouw havo/vwo\n"
    "T-9002;Daan;;Smeets;1V1;12-05-2013;onderbouw havo/vwo\n"
)
BAD = (
    "Stamnr;Roepnaam;Achternaam;Klas;Geb.datum;E-mail\n"
    "9101;Anna;Jansen;1A;01-01-2013;\n"
    "9102;;Pietersen;1A;31-02-2013;\n"
    "9103;Kees;de Vries;1B;01-01-2013;kees@@example\n"
    f"9104;Mila;{'Achternaam' * 11};1B;01-01-2013;\n"
)


@pytest.fixture
def opened(demo_path: Path) -> Iterator[dict[str, Dossier]]:
    """``opened[username]``: the demo copy signed in as that account (closed afterwards)."""
    sessions: dict[str, Dossier] = {}

    class Sessions(dict):  # type: ignore[type-arg]
        def __missing__(self, username: str) -> Dossier:
            sessions[username] = self[username] = open_demo(demo_path, username)
            return sessions[username]

    yield Sessions()
    for dossier in sessions.values():
        dossier.close()


def details(dossier: Dossier, person_id: int) -> PersonDetails:
    with dossier.unit_of_work() as uow:
        found = person_details(uow, person_id)
        uow.commit()
    return found


def audit_entries(dossier: Dossier, action: str) -> list[tuple[str, int | None, str]]:
    with dossier.unit_of_work(read_only=True) as uow:
        rows = uow.session.execute(
            select(AuditEntry.username, AuditEntry.person_id, AuditEntry.details)
            .where(AuditEntry.action == action)
            .order_by(AuditEntry.seq)
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def student_with_guardians(dossier: Dossier) -> int:
    with dossier.unit_of_work(read_only=True) as uow:
        links = func.count(Guardianship.id)
        query = (
            select(Person.id)
            .join(Guardianship, Guardianship.student_id == Person.id)
            .where(Person.team_id.in_(sorted(dossier.actor.team_ids)))
            .group_by(Person.id)
            .having(links >= 2)
            .order_by(Person.id)
        )
        return int(uow.session.scalars(query).first())


def test_a_student_with_guardians_and_every_read_audited(opened: dict[str, Dossier]) -> None:
    teamleider = opened["teamleider"]
    student = student_with_guardians(teamleider)
    found = details(teamleider, student)
    assert found.kind is PersonKind.LEERLING and found.number and found.class_name
    assert len(found.guardians) >= 2 and found.children == ()
    assert all(g.kind is PersonKind.OUDER and g.address for g in found.guardians)
    reads = audit_entries(teamleider, "person.read")
    assert [person for _, person, _ in reads] == [student, *(g.person_id for g in found.guardians)]
    assert all(user == "teamleider" for user, _, _ in reads)
    assert all(f'"via": {student}' in extra for _, _, extra in reads[1:])

    parent = details(teamleider, found.guardians[0].person_id)
    assert parent.kind is PersonKind.OUDER and student in [c.person_id for c in parent.children]
    assert all(c.address == "" and c.phone == "" for c in parent.children)  # names only


def test_a_teamleider_sees_no_one_outside_their_teams(opened: dict[str, Dossier]) -> None:
    teamleider, directie = opened["teamleider"], opened["directie"]
    own_teams = {name for id, name in person_teams(directie) if id in teamleider.actor.team_ids}
    students = list_persons(directie, kind="leerling", limit=None)
    other = next(r for r in students if r.team and r.team not in own_teams)
    before = audit_entries(teamleider, "person.read")
    with pytest.raises(PermissionDenied, match="geen toestemming"):
        details(teamleider, other.id)
    assert audit_entries(teamleider, "person.read") == before
    # a parent of one of the teamleider's students, linked to a student of another team
    own = details(teamleider, student_with_guardians(teamleider))
    parent_id = own.guardians[0].person_id
    with directie.unit_of_work() as uow:
        uow.session.add(Guardianship(guardian_id=parent_id, student_id=other.id))
        uow.commit()
    children = {c.person_id for c in details(teamleider, parent_id).children}
    assert own.id in children and other.id not in children
    assert other.id in {c.person_id for c in details(directie, parent_id).children}


def test_refusals_and_a_missing_person(opened: dict[str, Dossier]) -> None:
    with pytest.raises(PermissionDenied):
        details(opened["administratie"], 1)
    with pytest.raises(NotFound, match="bestaat niet"):
        details(opened["directie"], 999_999)
    student = list_persons(opened["directie"], kind="leerling", limit=1)[0]
    with pytest.raises(PermissionDenied):
        details(opened["hr"], student.id)  # HR: staff files, no students


def test_filter_choices_and_status_order_follow_access(opened: dict[str, Dossier]) -> None:
    teamleider, directie = opened["teamleider"], opened["directie"]
    everyone = person_classes(directie)
    own = person_classes(teamleider)
    assert set(own) < set(everyone) and own == sorted(own)
    team_id = next(iter(teamleider.actor.team_ids))
    assert set(person_classes(directie, team_id)) == set(own)
    assert {team_id for team_id, _ in person_teams(directie)} >= teamleider.actor.team_ids
    rows = list_persons(directie, sort="status", limit=None)
    left = [r.leave_date is not None and r.leave_date <= dt.date.today() for r in rows]
    assert any(left) and left == sorted(left)  # present first, then who has left
    query = PersonFilter(kind="leerling", class_name=own[0], active=True)
    assert count_persons(directie, **query.kwargs()) == len(
        list_persons(directie, **query.kwargs(), limit=None)
    )


def test_suggested_columns_and_the_mapping_for_the_services() -> None:
    header = ("Lln nr", "Roepnaam", "Achternaam", "Klas", "Opmerking")
    suggested = suggest_columns(header, {"number": "Lln nr", "city": "Plaats"})
    assert suggested == {
        "number": "Lln nr", "voornaam": "Roepnaam", "achternaam": "Achternaam",
        "class_name": "Klas",
    }  # fmt: skip
    assert column_mapping(header, suggested) == {
        "Lln nr": "number", "Roepnaam": "voornaam", "Achternaam": "achternaam",
        "Klas": "class_name", "Opmerking": "-",
    }  # fmt: skip
    with pytest.raises(InvalidInput, match="'Klas' is gekozen voor twee gegevens: klas en team"):
        column_mapping(header, {**suggested, "team": "Klas"})


def test_the_preview_marks_each_bad_row_and_writes_nothing(
    opened: dict[str, Dossier], tmp_path: Path
) -> None:
    directie = opened["directie"]
    path = tmp_path / "fout.csv"
    path.write_text(BAD, encoding="cp1252")
    before = count_persons(directie)
    with directie.unit_of_work(read_only=True) as uow:
        preview = preview_import(uow, path)
    assert not preview.can_import and preview.plan is None
    assert [r.line for r in preview.problem_rows] == [3, 4, 5]

    def shown(row: int) -> list[str]:
        return [sentence(str(problem)) for problem in preview.rows[row].problems]

    assert shown(1) == [
        "De roepnaam ontbreekt.",
        "De geboortedatum '31-02-2013' is geen geldige datum; schrijf dd-mm-jjjj "
        "(bijvoorbeeld 07-03-2011) of jjjj-mm-dd.",
    ]
    assert "e-mailadres 'kees@@example' is ongeldig" in shown(2)[0]
    assert shown(3) == ["Het veld 'achternaam' is te lang: 110 tekens, het maximum is 100."]
    assert count_persons(directie) == before

    good = tmp_path / "goed.csv"
    good.write_text(GOOD, encoding="utf-8")
    with directie.unit_of_work(read_only=True) as uow:
        preview = preview_import(uow, good)
    assert preview.can_import and [r.action for r in preview.rows] == [RowAction.ADD] * 2
    assert count_persons(directie) == before


def test_the_import_as_steps_all_or_nothing(opened: dict[str, Dossier], tmp_path: Path) -> None:
    directie = opened["directie"]
    path = tmp_path / "goed.csv"
    path.write_text(GOOD, encoding="utf-8")
    before = count_persons(directie)
    with directie.unit_of_work() as uow:
        steps = import_steps(uow, path)
        assert next(steps) == Progress(tr("Het bestand controleren"), 0, 0)
        assert next(steps) == Progress(tr("Personen opslaan"), 0, 2)
        steps.close()  # cancelled: nothing was committed
    assert count_persons(directie) == before

    with directie.unit_of_work() as uow:
        seen = list(import_steps(uow, path))
    assert seen[-1] == Progress(tr("Personen opslaan"), 2, 2)
    assert count_persons(directie) == before + 2
    added = [list_persons(directie, search=number) for number in ("T-9001", "T-9002")]
    assert [[r.name for r in rows] for rows in added] == [["Zoë van der Müller"], ["Daan Smeets"]]
