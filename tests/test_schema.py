"""The migrations build exactly the models' schema; text limits give Dutch errors."""

from __future__ import annotations

import datetime as dt

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from casemanager.errors import FieldTooLong
from casemanager.store.dossier import Dossier
from casemanager.store.fulltext import include_name
from models import Case, Person
from models.base import Base
from models.cases import CaseStatus, Severity
from models.people import PersonKind


def test_migrations_match_the_models(dossier: Dossier) -> None:
    with dossier.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": include_name}
        )
        differences = compare_metadata(context, Base.metadata)
        connection.rollback()
    assert differences == []


def test_too_long_text_is_refused_with_the_field_name(dossier: Dossier) -> None:
    with (
        pytest.raises(
            FieldTooLong, match="'achternaam' is te lang: 101 tekens, het maximum is 100"
        ),
        dossier.unit_of_work() as uow,
    ):
        uow.session.add(Person(kind=PersonKind.LEERLING, voornaam="A", achternaam="x" * 101))
        uow.session.flush()
    with dossier.unit_of_work(read_only=True) as uow:
        assert uow.session.query(Person).count() == 0


def test_enums_are_stored_by_their_dutch_value(dossier: Dossier) -> None:
    with dossier.unit_of_work() as uow:
        person = Person(kind=PersonKind.LEERLING, voornaam="Şeyma", achternaam="Doğan")
        uow.session.add(person)
        uow.session.flush()
        uow.session.add(
            Case(
                number="2026-0001",
                year=2026,
                seq=1,
                subject_person_id=person.id,
                subject="Filmpje gedeeld",
                incident_date=dt.date(2026, 11, 2),
                severity=Severity.MIDDEL,
                status=CaseStatus.ONDERZOEK,
                owner_id=dossier.actor.account_id,
                created_by_id=dossier.actor.account_id,
                ladder="leerling",
            )
        )
        uow.commit()
    with dossier.engine.connect() as connection:
        row = connection.execute(text("SELECT status, severity FROM case_file")).one()
        kind = connection.execute(text("SELECT kind FROM person")).scalar_one()
        connection.rollback()
    assert tuple(row) == ("onderzoek", "middel")
    assert kind == "leerling"


def test_a_read_only_unit_cannot_write(dossier: Dossier) -> None:
    from sqlalchemy.exc import OperationalError

    with (
        pytest.raises(OperationalError, match="readonly"),
        dossier.unit_of_work(read_only=True) as uow,
    ):
        uow.session.add(Person(kind=PersonKind.LEERLING, voornaam="Ro", achternaam="Schrijft"))
        uow.session.flush()
    with pytest.raises(RuntimeError), dossier.unit_of_work(read_only=True) as uow:
        uow.audit("person.read", "person", 1)
    # and the pooled connection writes again for the next ordinary unit
    with dossier.unit_of_work() as uow:
        uow.session.add(Person(kind=PersonKind.LEERLING, voornaam="Wel", achternaam="Schrijver"))
        uow.commit()
    with dossier.unit_of_work(read_only=True) as uow:
        assert uow.session.query(Person).count() == 1
