"""The data-leak register: register, assess within the term, the Te doen item it makes."""

from __future__ import annotations

import datetime as dt

import pytest
from school import School, build_school

from casemanager.cases.deadlines import todo
from casemanager.dataleaks import (
    CAUSE,
    MEASURES,
    assess_leak,
    description_texts,
    list_leaks,
    register_leak,
)
from casemanager.errors import InvalidInput, PermissionDenied
from casemanager.store.dossier import Dossier
from casemanager.texts import Text


@pytest.fixture
def school(dossier: Dossier) -> School:
    return build_school(dossier)


def test_a_leak_is_registered_assessed_and_stays_in_the_register(school: School) -> None:
    discovered = dt.datetime.now(dt.UTC) - dt.timedelta(hours=5)
    with school.open("directie") as directie:
        with directie.unit_of_work() as uow:
            leak_id = register_leak(
                uow, "Laptop met cijferlijsten verloren", discovered,
                persons_affected=31, data_categories="namen, cijfers",
            )  # fmt: skip
            uow.commit()
        with directie.unit_of_work(read_only=True) as uow:
            (row,) = list_leaks(uow)
            items = todo(uow.session, directie.actor, directie.policy)
        assert row.report_deadline == row.discovered_at + dt.timedelta(hours=72)
        assert row.report_to_ap is None
        assert any(i.kind == "datalek" and "Laptop met cijfer" in str(i.title) for i in items)
        with directie.unit_of_work() as uow:
            with pytest.raises(InvalidInput, match="motivering"):
                assess_leak(uow, leak_id, report_to_ap=True, motivation="ja")
            assess_leak(
                uow, leak_id, report_to_ap=True, ap_reference="AP-2026-1234",
                motivation="Gegevens van minderjarigen, niet versleuteld: risico voor betrokkenen.",
            )  # fmt: skip
            uow.commit()
        with directie.unit_of_work(read_only=True) as uow:
            (row,) = list_leaks(uow)
            items = todo(uow.session, directie.actor, directie.policy)
        assert row.report_to_ap is True and row.ap_reference == "AP-2026-1234"
        assert not any(i.kind == "datalek" for i in items)
        with directie.unit_of_work() as uow, pytest.raises(InvalidInput, match="al besloten"):
            assess_leak(uow, leak_id, report_to_ap=False, motivation="Toch niet melden achteraf.")


def test_only_directie_and_beheerder_keep_the_register(school: School) -> None:
    for user in ("tl.onder", "hr", "admin"):
        with (
            school.open(user) as other,
            other.unit_of_work() as uow,
            pytest.raises(PermissionDenied),
        ):
            register_leak(uow, "Iets", dt.datetime.now(dt.UTC))


def test_a_leak_cannot_be_discovered_in_the_future(school: School) -> None:
    with (
        school.open("directie") as directie,
        directie.unit_of_work() as uow,
        pytest.raises(InvalidInput, match="toekomst"),
    ):
        register_leak(uow, "Later", dt.datetime.now(dt.UTC) + dt.timedelta(hours=2))


def test_the_cause_and_measures_are_headed_paragraphs_a_screen_can_word(school: School) -> None:
    with school.open("directie") as directie, directie.unit_of_work() as uow:
        register_leak(
            uow, "Cijferlijst aan de verkeerde ouders", dt.datetime.now(dt.UTC),
            description="De mentor mailde de lijst.", cause="Verkeerde verzendlijst.",
            measures="Ontvangers gevraagd de mail te verwijderen.",
        )  # fmt: skip
        (row,) = list_leaks(uow)
    typed, cause, measures = description_texts(row.description)
    assert row.description == (
        "De mentor mailde de lijst.\n\nOorzaak: Verkeerde verzendlijst.\n\n"
        "Genomen maatregelen: Ontvangers gevraagd de mail te verwijderen."
    )
    assert typed == "De mentor mailde de lijst."
    assert cause == Text(CAUSE.template, (("text", "Verkeerde verzendlijst."),))
    assert measures == Text(
        MEASURES.template, (("text", "Ontvangers gevraagd de mail te verwijderen."),)
    )


def test_the_leak_a_report_registers_is_worded_again_on_screen(school: School) -> None:
    from casemanager.cases.reporting import NewReport, report_case

    with school.open("tl.onder") as teamleider, teamleider.unit_of_work() as uow:
        ref = report_case(
            uow,
            NewReport(
                subject_person_id=school.persons["ayse"],
                violation_codes=("A6-DOXING",),
                incident_date=dt.date.today() - dt.timedelta(days=1),
                description="Adres en telefoonnummer van een klasgenoot online gezet.",
                subject="Adres online gezet",
            ),
        )
        uow.commit()
    with school.open("directie") as directie, directie.unit_of_work() as uow:
        (row,) = list_leaks(uow)
    assert row.title == f"Mogelijk datalek bij zaak {ref.number}"  # the register's record
    assert row.worded_title == Text("Mogelijk datalek bij zaak {number}", (("number", ref.number),))
    (reported,) = description_texts(row.description)
    assert str(reported) == f"Gemeld bij zaak {ref.number}: Adres online gezet"
    assert isinstance(reported, Text) and dict(reported.values)["subject"] == "Adres online gezet"


def test_a_typed_title_is_shown_as_typed(school: School) -> None:
    with school.open("directie") as directie, directie.unit_of_work() as uow:
        register_leak(uow, "Mogelijk datalek bij de mentor", dt.datetime.now(dt.UTC))
        (row,) = list_leaks(uow)
    assert row.worded_title == "Mogelijk datalek bij de mentor"
