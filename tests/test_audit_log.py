"""The audit log for the beheerder (casemanager.audit_log): paging newest first, filters
that agree with the count, the CSV export and the chain check; and who may use it, on a
copy of the small demo school."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from conftest import open_demo
from sqlalchemy import select

from casemanager.audit import verify_chain
from casemanager.audit_log import (
    CSV_HEADER,
    AuditFilter,
    action_label,
    audit_choices,
    check_log,
    count_audit,
    export_audit_csv,
    list_audit,
)
from casemanager.cases.listing import CaseFilter, list_cases
from casemanager.cases.viewing import get_case
from casemanager.errors import DossierExists, PermissionDenied
from casemanager.store.dossier import Dossier
from models.audit import AuditEntry
from models.people import Person

T = TypeVar("T")


def drain(steps: Generator[object, None, T]) -> T:
    while True:
        try:
            next(steps)
        except StopIteration as finished:
            return finished.value


@pytest.fixture
def beheerder(demo_path: Path) -> Iterator[Dossier]:
    """The demo copy after three people read four cases each; opened by the beheerder."""
    for user in ("teamleider", "directie", "hr"):
        with open_demo(demo_path, user) as reader:
            for row in list_cases(reader, CaseFilter(), limit=4):
                with reader.unit_of_work() as uow:
                    get_case(uow, row.id)
                    uow.commit()
    with open_demo(demo_path, "beheerder") as dossier:
        yield dossier


def every_row(dossier: Dossier, filter: AuditFilter, limit: int) -> list[int]:
    seqs: list[int] = []
    while page := list_audit(dossier, filter, before=seqs[-1] if seqs else None, limit=limit):
        seqs += [row.seq for row in page]
    return seqs


def test_pages_go_newest_first_and_add_up_to_the_count(beheerder: Dossier) -> None:
    seqs = every_row(beheerder, AuditFilter(), limit=7)
    assert seqs == sorted(seqs, reverse=True)
    assert len(seqs) == len(set(seqs)) == count_audit(beheerder)
    with beheerder.reader() as connection:
        newest = connection.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()))
    assert seqs[0] == newest
    first = list_audit(beheerder, limit=1)[0]
    assert first.at.tzinfo is not None and first.action == "dossier.open"


def test_filters_narrow_and_agree_with_the_count(beheerder: Dossier) -> None:
    everything = count_audit(beheerder)
    choices = audit_choices(beheerder)
    assert {"teamleider", "directie", "hr", "beheerder"} <= set(choices.usernames)
    assert "case.read" in choices.actions and action_label("case.read") == "zaak ingezien"
    for filter, expected in (
        (AuditFilter(username="directie"), lambda r: r.username == "directie"),
        (AuditFilter(action="case.read"), lambda r: r.action == "case.read"),
        (AuditFilter(username="hr", action="case.read"), lambda r: r.username == "hr"),
    ):
        rows = list_audit(beheerder, filter, limit=1000)
        assert 0 < len(rows) == count_audit(beheerder, filter) < everything
        assert all(expected(row) for row in rows)

    read = list_audit(beheerder, AuditFilter(action="case.read"), limit=1)[0]
    with beheerder.reader() as connection:
        person = connection.execute(
            select(Person.number, Person.voornaam, Person.tussenvoegsel, Person.achternaam).where(
                Person.id == read.person_id
            )
        ).one()
    name = " ".join(p for p in (person.voornaam, person.tussenvoegsel, person.achternaam) if p)
    assert (read.person_name, read.person_number) == (name, person.number)
    start_of_surname = person.achternaam.split()[0][:3].lower()
    for text in (person.number, f"{start_of_surname} {person.voornaam}"):
        rows = list_audit(beheerder, AuditFilter(person=text), limit=1000)
        assert rows and all(row.person_id == read.person_id for row in rows)
        assert len(rows) == count_audit(beheerder, AuditFilter(person=text))

    today, yesterday = dt.date.today(), dt.date.today() - dt.timedelta(days=1)
    assert count_audit(beheerder, AuditFilter(date_from=today, date_to=today)) == everything
    assert count_audit(beheerder, AuditFilter(date_to=yesterday)) == 0


def test_the_csv_has_the_filtered_rows_and_is_never_overwritten(
    beheerder: Dossier, tmp_path: Path
) -> None:
    filter = AuditFilter(action="case.read")
    target = tmp_path / "auditlog.csv"
    written = drain(export_audit_csv(beheerder, filter, target))
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert tuple(lines[0]) == CSV_HEADER
    assert written == len(lines) - 1 == count_audit(beheerder, filter) == 12
    assert {line[4] for line in lines[1:]} == {"case.read"}
    assert all(line[5] == "zaak ingezien" and len(line[10]) == 64 for line in lines[1:])
    with pytest.raises(DossierExists):
        drain(export_audit_csv(beheerder, AuditFilter(), target))
    assert target.read_bytes() == raw
    exports = list_audit(beheerder, AuditFilter(action="audit.export"))
    assert len(exports) == 1 and exports[0].username == "beheerder"
    assert "regels: 12" in exports[0].details


def test_the_check_gives_the_head_and_notices_a_missing_one(beheerder: Dossier) -> None:
    with beheerder.reader() as connection:
        head = verify_chain(connection).head_hash
    check = drain(check_log(beheerder))
    assert check.ok and check.head_hash == head and check.expected_head_found is None
    verified = list_audit(beheerder, limit=1)[0]  # the check is in the log now
    assert verified.action == "dossier.verify" and f"head: {head}" in verified.details
    assert drain(check_log(beheerder, head.upper())).expected_head_found is True
    missing = drain(check_log(beheerder, "0" * 64))
    assert not missing.ok and missing.expected_head_found is False
    assert "kop-hash ontbreekt" in str(missing.problems[0])


def test_only_the_beheerder_reads_the_log(demo_path: Path, tmp_path: Path) -> None:
    with open_demo(demo_path, "directie") as directie:
        for call in (
            lambda: list_audit(directie),
            lambda: count_audit(directie),
            lambda: audit_choices(directie),
            lambda: drain(export_audit_csv(directie, AuditFilter(), tmp_path / "x.csv")),
            lambda: drain(check_log(directie)),
        ):
            with pytest.raises(PermissionDenied):
                call()
        with directie.reader() as connection:
            by_directie = connection.scalars(
                select(AuditEntry.action).where(AuditEntry.username == "directie")
            ).all()
    assert not (tmp_path / "x.csv").exists()
    assert by_directie == ["dossier.open"]  # the refused calls wrote nothing
