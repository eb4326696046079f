"""Retention (cases.retention): who is past the policy's term, and purging them.

The default policy keeps students 2 years after they left, and parents 2 years after their
last case (but as long as a child of theirs is kept)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import ADMIN, ADMIN_PASSWORD
from school import PASSWORD, copy_dossier, create_school_dossier
from sqlalchemy import func, select, text, update

from casemanager.cases import evidence, hearings, investigation, procedure, retention
from casemanager.cases.deciding import decide
from casemanager.cases.reporting import NewReport, PartyInput, report_case
from casemanager.errors import InvalidInput, PermissionDenied
from casemanager.policy.calendar import add_years
from casemanager.store.dossier import Dossier
from models.audit import AuditEntry
from models.base import Base
from models.cases import Case, PartyRole, TimelineEntry
from models.dataleak import DataLeak
from models.people import Guardianship, Person, PersonKind

TODAY = dt.date.today()
NOW = dt.datetime.now()
LEFT_LONG_AGO = add_years(TODAY, -3)
LEFT_RECENTLY = add_years(TODAY, -1)
YESTERDAY = TODAY - dt.timedelta(days=1)
DESCRIPTION = "Berichten in de klassenapp over een klasgenoot."
CASE_TABLES = ("case_file", "case_violation", "case_party", "timeline_entry", "statement",
               "evidence", "hearing", "decision", "notification")  # fmt: skip
# names and numbers that must be gone from the dossier after the purge
OLD_NAMES = ("Bartholomeus", "Vermeulen", "Gertruda", "199001")


@dataclass
class World:
    path: Path
    persons: dict[str, int]
    cases: dict[str, int]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> World:
    dossier, school = create_school_dossier(tmp_path_factory.mktemp("retention"))
    path = dossier.path
    with dossier:
        p = school.persons
        long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=5 * 365)
        with dossier.unit_of_work() as uow:
            s, onder = uow.session, school.teams["onderbouw havo/vwo"]
            old = dict(team_id=onder, leave_date=LEFT_LONG_AGO)
            recent = dict(team_id=onder, leave_date=LEFT_RECENTLY)
            for key, kind, first, last, number, extra in (
                ("old", PersonKind.LEERLING, "Bartholomeus", "Vermeulen", "199001", old),
                ("old_parent", PersonKind.OUDER, "Gertruda", "Vermeulen", None, {}),
                ("recent", PersonKind.LEERLING, "Recent", "Vertrokken", "199002", recent),
            ):
                person = Person(kind=kind, voornaam=first, achternaam=last, number=number, **extra)
                s.add(person)
                s.flush()
                p[key] = person.id
            # long known to the school: by their own term the parents are past retention
            s.execute(
                update(Person)
                .where(Person.id.in_([p["old_parent"], p["mother"]]))
                .values(created_at=long_ago)
            )
            s.add(Guardianship(student_id=p["old"], guardian_id=p["old_parent"]))
            uow.commit()
    cases = {}
    with Dossier.open(path, "tl.onder", PASSWORD) as d, d.unit_of_work() as uow:
        for name, who, code, parties in (
            ("old_1", "old", "A6-PEST", ()),
            ("old_2", "old", "A6-DOXING", ()),  # a datalek: the leak outlives the case
            ("ayse", "ayse", "A6-PEST", (PartyInput(p["old"], PartyRole.GETUIGE),)),
            ("recent", "recent", "A6-PEST", ()),
        ):
            report = NewReport(p[who], (code,), YESTERDAY, DESCRIPTION, parties=parties)
            cases[name] = report_case(uow, report).id
        earlier = NOW - dt.timedelta(hours=2)
        investigation.add_statement(
            uow, cases["old_1"], "Grap.", person_id=p["old"], given_at=earlier
        )
        evidence.add_evidence(uow, cases["old_1"], "grap.png", b"\x89PNG grap")
        decide(uow, cases["old_1"], "waarschuwing")
        hearings.plan_hearing(uow, cases["old_2"], NOW + dt.timedelta(days=1))
        investigation.add_statement(
            uow, cases["ayse"], "Ik zag het.", person_id=p["old"], given_at=earlier
        )
        procedure.dismiss_case(uow, cases["ayse"], "Geen overtreding vastgesteld na onderzoek.")
        uow.commit()
    return World(path, p, cases)


@pytest.fixture
def world(template: World, tmp_path: Path) -> World:
    """The template's dossier, copied for this test."""
    return World(copy_dossier(template.path, tmp_path), template.persons, template.cases)


@pytest.fixture
def directie(world: World) -> Iterator[Dossier]:
    with Dossier.open(world.path, "directie", PASSWORD) as d:
        yield d


def counts(d: Dossier) -> dict[str, int]:
    with d.unit_of_work(read_only=True) as uow:
        return {
            t.name: uow.session.scalar(select(func.count()).select_from(t))
            for t in Base.metadata.sorted_tables
        }


def case_rows(d: Dossier, case_ids: list[int]) -> dict[str, int]:
    """Rows per case table that belong to these cases."""
    found = {}
    with d.unit_of_work(read_only=True) as uow:
        for name in CASE_TABLES:
            table = Base.metadata.tables[name]
            column = table.c.id if name == "case_file" else table.c.case_id
            query = select(func.count()).select_from(table).where(column.in_(case_ids))
            found[name] = uow.session.scalar(query)
    return found


def test_list_expired(world: World, directie: Dossier) -> None:
    p = world.persons
    with directie.unit_of_work() as uow:
        listed = retention.list_expired(uow)
        later = retention.list_expired(uow, on=add_years(LEFT_RECENTLY, 2))
        far = retention.list_expired(uow, on=add_years(TODAY, 10))
    old = retention.ExpiredPerson(
        p["old"], "Bartholomeus Vermeulen", "leerling", add_years(LEFT_LONG_AGO, 2), 2
    )
    assert old in listed
    assert {e.person_id for e in listed} == {p["old"], p["old_parent"]}
    parent = next(e for e in listed if e.person_id == p["old_parent"])
    assert (parent.kind, parent.cases) == ("ouder", 0)
    assert [e.expired_on for e in listed] == sorted(e.expired_on for e in listed)
    assert p["recent"] in {e.person_id for e in later}
    assert p["mother"] not in {e.person_id for e in far}  # her child Ayşe is still kept


def test_purge_deletes_cases_and_anonymises_who_is_named_elsewhere(
    world: World, directie: Dossier
) -> None:
    p, c = world.persons, world.cases
    old_cases, other_cases = [c["old_1"], c["old_2"]], [c["ayse"], c["recent"]]
    before, before_other = case_rows(directie, old_cases), case_rows(directie, other_cases)
    assert all(
        before[t] for t in ("timeline_entry", "statement", "evidence", "hearing", "decision")
    )
    with directie.unit_of_work() as uow:
        result = retention.purge_expired(uow, [p["old"], p["old_parent"]])
        uow.commit()
    assert result == retention.PurgeResult(persons=2, cases=2, anonymised=1)
    assert case_rows(directie, old_cases) == dict.fromkeys(CASE_TABLES, 0)
    assert case_rows(directie, other_cases) == before_other
    with directie.unit_of_work() as uow:
        s = uow.session
        old = s.get(Person, p["old"])  # still a witness in Ayşe's case: anonymised
        assert (old.voornaam, old.number, old.date_of_birth) == ("(verwijderd)", None, None)
        assert "Vermeulen" not in old.full_name
        assert s.get(Person, p["old_parent"]) is None
        assert (
            s.scalars(select(Guardianship).where(Guardianship.student_id == p["old"])).all() == []
        )
        titles = s.scalars(select(TimelineEntry.title).where(TimelineEntry.case_id == c["ayse"]))
        assert f"Verklaring van (verwijderd) persoon {p['old']}" in titles.all()
        leak = s.scalars(select(DataLeak)).one()
        assert leak.case_id is None  # every leak stays registered
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "retention.purge")).all()
        assert len(entries) == 1
        assert (entries[0].username, entries[0].role) == ("directie", "directie")
        details = json.loads(entries[0].details)
        assert details == {"personen": 2, "zaken": 2, "geanonimiseerd": 1}
        searchable = s.execute(text("SELECT group_concat(body, ' ') FROM case_search")).scalar()
        for name in OLD_NAMES:
            assert name not in entries[0].details + entries[0].object_id
            assert name not in (searchable or "")  # nor left in the full-text index
        assert retention.list_expired(uow) == []  # nothing is left to purge


def test_purge_refuses_a_person_not_expired_and_changes_nothing(
    world: World, directie: Dossier
) -> None:
    before = counts(directie)
    with directie.unit_of_work() as uow:
        with pytest.raises(InvalidInput, match="1 van de gekozen personen"):
            retention.purge_expired(uow, [world.persons["old"], world.persons["recent"]])
        uow.commit()
    assert counts(directie) == before
    with directie.unit_of_work() as uow:
        assert uow.session.get(Case, world.cases["old_1"]) is not None
        assert uow.session.get(Person, world.persons["old"]).voornaam == "Bartholomeus"


def test_a_teamleider_may_not_purge(world: World) -> None:
    with Dossier.open(world.path, "tl.onder", PASSWORD) as d:
        before = counts(d)
        with d.unit_of_work() as uow:
            with pytest.raises(PermissionDenied):
                retention.list_expired(uow)
            with pytest.raises(PermissionDenied):
                retention.purge_expired(uow, [world.persons["old"]])
            uow.commit()
        assert counts(d) == before


def test_someone_named_in_an_open_case_is_kept(world: World) -> None:
    with Dossier.open(world.path, "tl.onder", PASSWORD) as d, d.unit_of_work() as uow:
        procedure.reopen_case(uow, world.cases["ayse"], "Nieuwe berichten gevonden in de groep.")
        uow.commit()
    with Dossier.open(world.path, ADMIN, ADMIN_PASSWORD) as d, d.unit_of_work() as uow:
        listed = {e.person_id for e in retention.list_expired(uow)}
    assert world.persons["old"] not in listed  # a witness in Ayşe's reopened case
