"""Letters from real cases: addressing, content in PDF and Word, versions, the audit trail."""

from __future__ import annotations

import datetime as dt

import pytest
from letter_helpers import (
    TODAY,
    add_parent,
    decided_case,
    docx_text,
    pdf_text,
    prepare_school,
)
from school import School, build_school
from sqlalchemy import func, select, update

from casemanager.dutch import long_date
from casemanager.errors import InvalidInput, PermissionDenied
from casemanager.letters import case_letters, generate_letter, letter_file, letters_for_decision
from casemanager.store.dossier import Dossier
from models.audit import AuditEntry
from models.cases import TimelineEntry
from models.letters import Letter
from models.people import Person


@pytest.fixture
def school(dossier: Dossier) -> School:
    built = build_school(dossier)
    prepare_school(built)
    return built


def files(d: Dossier, letter_id: int) -> tuple[str, str]:
    with d.unit_of_work() as uow:
        pdf, word = letter_file(uow, letter_id), letter_file(uow, letter_id, word=True)
        uow.commit()
    return pdf_text(pdf), docx_text(word)


def test_a_warning_to_the_parents_of_a_minor_says_everything(school: School) -> None:
    with school.open("tl.onder") as d:
        _case_id, decision_id = decided_case(d, school, "waarschuwing")
        with d.unit_of_work() as uow:
            (letter,) = letters_for_decision(uow, decision_id)
            uow.commit()
        pdf, word = files(d, letter.id)
    assert letter.addressee.startswith("Elif Doğan (ouder/verzorger van Ayşe Doğan)")
    assert letter.version == 1 and not letter.registered
    for text in (pdf, word):
        assert "Elif Doğan" in text and "Markt 1" in text and "6211 CK MAASTRICHT" in text
        assert "Ayşe" in text
        assert f"Maastricht, {long_date(TODAY)}" in text
        assert letter.case_number in text
        assert "Schriftelijke waarschuwing" in text
        assert "A.6" in text and "fatsoensnormen" in text  # the protocol article and its text
        assert "WhatsApp" in text and "14.35 uur" in text  # the facts
        assert "Tl.Onder" in text  # the one who decided signs
    assert "Het Stedelijk Lyceum" in pdf


def test_the_letter_is_stored_with_timeline_and_audit(school: School) -> None:
    with school.open("tl.onder") as d:
        case_id, _decision_id = decided_case(d, school, "waarschuwing")
        with d.unit_of_work() as uow:
            first = generate_letter(uow, case_id, "waarschuwing")[0]
            second = generate_letter(uow, case_id, "waarschuwing")[0]
            uow.commit()
        with d.unit_of_work(read_only=True) as uow:
            listed = case_letters(uow, case_id)
            rows = uow.session.scalars(select(Letter).where(Letter.case_id == case_id)).all()
            stored_files = [(r.content[:4], r.docx_content[:2]) for r in rows]
            makers = {r.generated_by.username for r in rows}
            titles = uow.session.scalars(
                select(TimelineEntry.title).where(TimelineEntry.case_id == case_id)
            ).all()
            made = uow.session.scalar(
                select(func.count()).where(AuditEntry.action == "letter.generate")
            )
    assert (first.version, second.version) == (1, 2)
    assert [x.version for x in listed] == [1, 2]
    assert stored_files == [(b"%PDF", b"PK")] * 2
    assert makers == {"tl.onder"}
    assert titles.count("Brief gemaakt: Schriftelijke waarschuwing") == 2
    assert made == 2


def test_parents_who_live_apart_each_get_a_letter(school: School) -> None:
    add_parent(school, "father", "Mehmet", "Rechtstraat 20", "6221 EH")
    with school.open("tl.onder") as d:
        _case, decision_id = decided_case(d, school, "waarschuwing")
        with d.unit_of_work() as uow:
            letters = letters_for_decision(uow, decision_id)
            uow.commit()
        texts = [files(d, letter.id)[0] for letter in letters]
    assert len(letters) == 2
    assert any("Rechtstraat 20" in t and "Mehmet Doğan" in t for t in texts)
    assert any("Markt 1" in t and "Elif Doğan" in t for t in texts)


def test_parents_at_one_address_get_one_letter(school: School) -> None:
    add_parent(school, "father", "Mehmet", "Markt 1", "6211 CK")
    with school.open("tl.onder") as d:
        _case, decision_id = decided_case(d, school, "waarschuwing")
        with d.unit_of_work() as uow:
            (letter,) = letters_for_decision(uow, decision_id)
            uow.commit()
        pdf, _word = files(d, letter.id)
    assert "Elif Doğan en Mehmet Doğan" in pdf
    assert "ouders/verzorgers van Ayşe" in pdf


def test_an_adult_student_and_staff_are_addressed_themselves(school: School) -> None:
    with school.open("tl.boven") as d:
        _case, decision_id = decided_case(d, school, "waarschuwing", person="zofia")
        with d.unit_of_work() as uow:
            (letter,) = letters_for_decision(uow, decision_id)
            uow.commit()
        pdf, _ = files(d, letter.id)
    assert "Zofia Wiśniewska" in pdf and "Brugstraat 4" in pdf
    assert "Geachte Zofia Wiśniewska" in pdf
    with school.open("hr") as d:
        _case_id, decision_id = decided_case(
            d, school, "waarschuwing", person="teacher", codes=("A1-LES",)
        )
        with d.unit_of_work() as uow:
            (letter,) = letters_for_decision(uow, decision_id)
            uow.commit()
        pdf, word = files(d, letter.id)
    assert "Pieter Janssen" in pdf and "Tongerseweg 88" in pdf
    assert "Geachte Pieter Janssen" in word


def test_without_any_address_nothing_is_made(school: School) -> None:
    with school.open("tl.onder") as d:
        _case, decision_id = decided_case(d, school, "waarschuwing", person="jan")
        with d.unit_of_work() as uow:
            uow.session.execute(
                update(Person).where(Person.id == school.persons["jan"]).values(street="", city="")
            )
            uow.commit()
        with d.unit_of_work() as uow, pytest.raises(InvalidInput, match="geen adres bekend"):
            letters_for_decision(uow, decision_id)
        with d.unit_of_work(read_only=True) as uow:
            assert uow.session.scalar(select(func.count()).select_from(Letter)) == 0


def test_external_suspension_informs_the_inspectie_only_beyond_one_day(school: School) -> None:
    motivation = "De berichten waren ernstig en zijn in meerdere groepen gedeeld, dus zwaarder."
    with school.open("tl.onder") as d:
        _case, long_id = decided_case(
            d, school, "externe_schorsing", duration=2, hearing=True, motivation=motivation
        )
        _case, short_id = decided_case(
            d, school, "externe_schorsing", duration=1, hearing=True, motivation=motivation
        )
        with d.unit_of_work() as uow:
            long_letters = letters_for_decision(uow, long_id)
            short_letters = letters_for_decision(uow, short_id)
            uow.commit()
        inspectie = next(x for x in long_letters if x.letter_type == "melding_inspectie")
        pdf, _ = files(d, inspectie.id)
        parents = next(x for x in long_letters if x.letter_type == "externe_schorsing")
        parents_pdf, _ = files(d, parents.id)
        short_pdf, _ = files(d, short_letters[0].id)
    assert sorted(x.letter_type for x in long_letters) == ["externe_schorsing", "melding_inspectie"]
    assert [x.letter_type for x in short_letters] == ["externe_schorsing"]
    assert "Inspectie van het Onderwijs" in pdf and "Postbus 2730" in pdf
    assert "Ayşe Doğan" in pdf
    assert "2 schooldagen" in parents_pdf
    # the parents read that the Inspectie is told only when it is (more than one day)
    assert "melden wij haar" in parents_pdf
    assert "melden wij haar" not in short_pdf
    assert long_date(TODAY + dt.timedelta(days=1)) in parents_pdf  # the first day
    # the right to object, its term and where to send the objection
    assert "bezwaar" in parents_pdf and "6 weken" in parents_pdf
    assert long_date(TODAY + dt.timedelta(weeks=6)) in parents_pdf
    assert "Stichting Voortgezet Onderwijs Maasland" in parents_pdf
    assert "Postbus 1200, 6201 BE Maastricht" in parents_pdf


def test_staff_letters_of_formal_measures_go_registered(school: School) -> None:
    with school.open("directie") as d:
        _case_id, decision_id = decided_case(
            d, school, "berisping", person="teacher", codes=("A1-LES",), hearing=True,
            motivation="De medewerker deelde herhaaldelijk leerlinggegevens via een privéaccount.",
        )  # fmt: skip
        with d.unit_of_work() as uow:
            (intent,) = letters_for_decision(uow, decision_id)
            uow.commit()
        pdf, word = files(d, intent.id)
    assert intent.letter_type == "voornemen_disciplinaire_maatregel"
    assert intent.registered
    assert "Aangetekend" in pdf and "Aangetekend" in word
    assert "zienswijze" in pdf.lower()


def test_who_may_make_letters(school: School) -> None:
    with school.open("tl.onder") as d:
        case_id, _ = decided_case(d, school, "waarschuwing")
    for username in ("tl.boven", "admin", "hr"):
        with (
            school.open(username) as d,
            d.unit_of_work() as uow,
            pytest.raises(PermissionDenied),
        ):
            generate_letter(uow, case_id, "waarschuwing")
    with (
        school.open("tl.onder") as d,
        d.unit_of_work() as uow,
        pytest.raises(InvalidInput, match="ander soort zaak"),
    ):
        generate_letter(uow, case_id, "ontslag")


def test_an_older_dossier_keeps_its_letters_when_it_is_opened(dossier: Dossier) -> None:
    from alembic import command
    from conftest import ADMIN, ADMIN_PASSWORD

    from casemanager.store import migrations
    from models.letters import LetterFormat

    with dossier.unit_of_work() as uow:
        uow.session.add(
            Letter(letter_type="waarschuwing", format=LetterFormat.PDF, content=b"%PDF-1.4",
                   sha256="0" * 64, generated_by_id=uow.actor.account_id)
        )  # fmt: skip
        uow.commit()
    config = migrations.alembic_config()
    with dossier.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0005")
    path = dossier.path
    dossier.close()
    with (
        Dossier.open(path, ADMIN, ADMIN_PASSWORD) as reopened,
        reopened.unit_of_work(read_only=True) as uow,
    ):
        (letter,) = uow.session.scalars(select(Letter)).all()
        assert letter.content == b"%PDF-1.4"
        assert (letter.addressee, letter.page_count, letter.registered) == ("", 1, False)
