"""The administration's print queue: release, the queue, one PDF for printing, sent."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from letter_helpers import TODAY, decided_case, prepare_school
from pypdf import PdfReader
from school import School, build_school
from sqlalchemy import select

from casemanager.errors import InvalidInput, PermissionDenied
from casemanager.letters import (
    case_letters,
    generate_letter,
    letter_file,
    letters_for_decision,
    mark_sent,
    print_batch,
    print_queue,
    release,
)
from casemanager.store.dossier import Dossier
from models.cases import TimelineEntry
from models.letters import SendMethod


@pytest.fixture
def school(dossier: Dossier) -> School:
    built = build_school(dossier)
    prepare_school(built)
    return built


def released_letters(school: School, count: int) -> list[int]:
    ids = []
    with school.open("tl.onder") as d:
        for _ in range(count):
            _case, decision_id = decided_case(d, school, "waarschuwing")
            with d.unit_of_work() as uow:
                (letter,) = letters_for_decision(uow, decision_id)
                release(uow, letter.id)
                uow.commit()
            ids.append(letter.id)
    return ids


def test_released_letters_reach_the_queue_and_only_the_administration_sees_it(
    school: School,
) -> None:
    with school.open("tl.onder") as d:
        case_id, decision_id = decided_case(d, school, "waarschuwing")
        with d.unit_of_work() as uow:
            (letter,) = letters_for_decision(uow, decision_id)
            uow.commit()
    with school.open("admin") as d, d.unit_of_work(read_only=True) as uow:
        assert print_queue(uow) == []
        with pytest.raises(PermissionDenied):
            letter_file(uow, letter.id)  # not released: not the administration's yet
    with school.open("tl.onder") as d, d.unit_of_work() as uow:
        released = release(uow, letter.id)
        with pytest.raises(InvalidInput, match="al vrijgegeven"):
            release(uow, letter.id)
        uow.commit()
    assert released.state == "vrijgegeven voor de administratie"
    with school.open("admin") as d, d.unit_of_work() as uow:
        (queued,) = print_queue(uow)
        assert queued.id == letter.id and queued.case_number == released.case_number
        assert letter_file(uow, letter.id).startswith(b"%PDF")
        with pytest.raises(PermissionDenied):
            case_letters(uow, case_id)  # the case itself stays closed to the administration
        uow.commit()
    for username in ("tl.onder", "directie", "hr"):
        with school.open(username) as d, d.unit_of_work() as uow, pytest.raises(PermissionDenied):
            print_queue(uow)


def test_only_the_newest_version_can_be_released(school: School) -> None:
    with school.open("tl.onder") as d:
        case_id, _ = decided_case(d, school, "waarschuwing")
        with d.unit_of_work() as uow:
            old = generate_letter(uow, case_id, "waarschuwing")[0]
            generate_letter(uow, case_id, "waarschuwing")
            with pytest.raises(InvalidInput, match="nieuwere versie"):
                release(uow, old.id)


def test_one_pdf_for_printing_with_progress(school: School, tmp_path: Path) -> None:
    ids = released_letters(school, 3)
    with school.open("tl.onder") as d, d.unit_of_work(read_only=True) as uow:
        pages = [x.page_count for x in case_letters(uow, 1)]
    target = tmp_path / "afdrukken.pdf"
    with school.open("admin") as d, d.unit_of_work() as uow:
        progress = list(print_batch(uow, ids, target))
        uow.commit()
    assert progress[-1].done == progress[-1].total == 3
    reader = PdfReader(target)
    per_letter = pages[0] + pages[0] % 2  # duplex: every letter starts on a new sheet
    assert len(reader.pages) == 3 * per_letter
    with school.open("admin") as d, d.unit_of_work() as uow:
        with pytest.raises(InvalidInput, match="al een bestand"):
            list(print_batch(uow, ids, target))
        single = tmp_path / "enkelzijdig.pdf"
        list(print_batch(uow, ids[:1], single, duplex=False))
    assert len(PdfReader(single).pages) == pages[0]


def test_registering_a_letter_as_sent(school: School) -> None:
    (letter_id,) = released_letters(school, 1)
    with school.open("admin") as d, d.unit_of_work() as uow:
        with pytest.raises(InvalidInput, match="toekomst"):
            mark_sent(uow, letter_id, TODAY + dt.timedelta(days=1), SendMethod.POST)
        with pytest.raises(InvalidInput, match="barcode"):
            mark_sent(uow, letter_id, TODAY, SendMethod.AANGETEKEND, "")
        sent = mark_sent(uow, letter_id, TODAY, SendMethod.AANGETEKEND, "3S ABCD 1234567")
        with pytest.raises(InvalidInput, match="al als verzonden"):
            mark_sent(uow, letter_id, TODAY, SendMethod.POST)
        uow.commit()
        assert print_queue(uow) == []
        assert [x.id for x in print_queue(uow, include_sent_since=TODAY)] == [letter_id]
    assert sent.tracking_number == "3SABCD1234567"
    assert sent.state == "verzonden (aangetekend)"
    with school.open("tl.onder") as d, d.unit_of_work(read_only=True) as uow:
        texts = uow.session.scalars(select(TimelineEntry.text)).all()
    assert any("aangetekend, barcode 3SABCD1234567" in t for t in texts)


def test_a_registered_letter_cannot_go_by_ordinary_post(school: School) -> None:
    with school.open("directie") as d:
        _case, decision_id = decided_case(
            d, school, "berisping", person="teacher", codes=("A1-LES",), hearing=True,
            motivation="De medewerker deelde herhaaldelijk leerlinggegevens via een privéaccount.",
        )  # fmt: skip
        with d.unit_of_work() as uow:
            (intent,) = letters_for_decision(uow, decision_id)
            release(uow, intent.id)
            uow.commit()
    with (
        school.open("admin") as d,
        d.unit_of_work() as uow,
        pytest.raises(InvalidInput, match="aangetekend"),
    ):
        mark_sent(uow, intent.id, TODAY, SendMethod.POST)
