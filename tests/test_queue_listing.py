"""The print queue as a paged list (casemanager.letters.queue_listing) on a copy of the demo
dossier: only released letters, sorted and paged in SQL, counted, and for the
administratie only. The helpers here also make the letters of tests/test_ui_print_queue.py."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import open_demo
from sqlalchemy import func, select

from casemanager.cases import hearings
from casemanager.cases.deciding import decide
from casemanager.cases.reporting import NewReport, report_case
from casemanager.errors import PermissionDenied
from casemanager.letters import letters_for_decision, mark_sent, print_queue, release
from casemanager.letters.queue_listing import QueueFilter, QueueSort, count_queue, list_queue
from casemanager.store.dossier import Dossier
from models import Case, Decision, Person
from models.letters import SendMethod
from models.people import PersonKind

TODAY = dt.date.today()
# kept with the decision; needed when the ladder proposes another rung for the student
MOTIVATION = "Een schriftelijke waarschuwing past hier, na overleg met de mentor."


def fewest_measures(dossier: Dossier, kind: PersonKind, count: int) -> list[int]:
    """``count`` current persons of ``kind`` (of the user's teams, for students) with the
    fewest decisions about them: the ladder then proposes its lowest rung."""
    measures = (
        select(func.count(Decision.id))
        .join(Case, Case.id == Decision.case_id)
        .where(Case.subject_person_id == Person.id)
        .scalar_subquery()
    )
    query = select(Person.id).where(Person.kind == kind, Person.leave_date.is_(None))
    if kind == PersonKind.LEERLING and dossier.actor.team_ids:
        query = query.where(Person.team_id.in_(sorted(dossier.actor.team_ids)))
    with dossier.unit_of_work(read_only=True) as uow:
        return list(uow.session.scalars(query.order_by(measures, Person.id).limit(count)))


def release_warnings(path: Path, count: int) -> list[int]:
    """As the teamleider: a schriftelijke waarschuwing for ``count`` students, each of its
    letters released to the administration; returns the letters' ids in release order."""
    released = []
    with open_demo(path, "teamleider") as d:
        for person_id in fewest_measures(d, PersonKind.LEERLING, count):
            with d.unit_of_work() as uow:
                ref = report_case(
                    uow,
                    NewReport(
                        subject_person_id=person_id,
                        violation_codes=("A6-KWETS",),
                        incident_date=TODAY - dt.timedelta(days=2),
                        description="Kwetsende berichten over een klasgenoot in de groepsapp.",
                    ),
                )
                decision = decide(uow, ref.id, "waarschuwing", motivation=MOTIVATION)
                for letter in letters_for_decision(uow, decision.decision_id):
                    released.append(release(uow, letter.id).id)
                uow.commit()
    return released


def release_registered(path: Path) -> int:
    """As the directie: the voornemen of a berisping for a staff member, heard first; the
    letter must go aangetekend. Returns its id, released."""
    with open_demo(path, "directie") as d:
        (person_id,) = fewest_measures(d, PersonKind.MEDEWERKER, 1)
        with d.unit_of_work() as uow:
            ref = report_case(
                uow,
                NewReport(
                    subject_person_id=person_id,
                    violation_codes=("C1-VERTROUWELIJK",),
                    incident_date=TODAY - dt.timedelta(days=5),
                    description="Vertrouwelijke leerlinggegevens gedeeld via een privéaccount.",
                ),
            )
            planned = dt.datetime.combine(TODAY - dt.timedelta(days=1), dt.time(15, 30))
            hearing = hearings.plan_hearing(uow, ref.id, planned, location="kamer directie")
            hearings.hold_hearing(uow, hearing, planned, "Het gesprek is gevoerd.")
            decision = decide(
                uow,
                ref.id,
                "berisping",
                motivation="Zij deelde herhaaldelijk leerlinggegevens via een privéaccount.",
            )
            (letter,) = letters_for_decision(uow, decision.decision_id)
            assert letter.registered
            release(uow, letter.id)
            uow.commit()
    return letter.id


def draft_warning(path: Path) -> list[int]:
    """A waarschuwing whose letters are made but not released: the queue never shows them."""
    with open_demo(path, "teamleider") as d, d.unit_of_work() as uow:
        (person_id,) = fewest_measures(d, PersonKind.LEERLING, 1)
        ref = report_case(
            uow,
            NewReport(
                subject_person_id=person_id,
                violation_codes=("A6-KWETS",),
                incident_date=TODAY - dt.timedelta(days=1),
                description="Nog een bericht, deze brief blijft een concept.",
            ),
        )
        drafts = letters_for_decision(
            uow, decide(uow, ref.id, "waarschuwing", motivation=MOTIVATION).decision_id
        )
        uow.commit()
    return [letter.id for letter in drafts]


@pytest.fixture
def queued(demo_path: Path) -> list[int]:
    """Released letters in the demo copy (and letters generated but never released)."""
    ids = release_warnings(demo_path, 4)
    assert not set(draft_warning(demo_path)) & set(ids)
    return ids


def test_only_released_letters_in_release_order(demo_path: Path, queued: list[int]) -> None:
    with open_demo(demo_path, "administratie") as d:
        rows = list_queue(d)
        assert [row.id for row in rows] == queued
        assert count_queue(d) == len(queued)
        with d.unit_of_work(read_only=True) as uow:
            assert [letter.id for letter in print_queue(uow)] == queued
    first = rows[0]
    assert first.type_title == "Schriftelijke waarschuwing" and first.case_number
    assert first.released_at.tzinfo is not None and first.sent_at is None
    assert not first.registered and first.page_count >= 1 and not first.is_sent


def test_pages_and_sorting_happen_in_sql(demo_path: Path, queued: list[int]) -> None:
    with open_demo(demo_path, "administratie") as d:
        pages = [list_queue(d, offset=offset, limit=2) for offset in range(0, len(queued), 2)]
        assert [row.id for page in pages for row in page] == queued
        assert all(len(page) <= 2 for page in pages)
        by_name = list_queue(d, sort=QueueSort.ADDRESSEE)
        names = [row.addressee.lower() for row in by_name]
        assert names == sorted(names)
        newest = list_queue(d, sort=QueueSort.RELEASED, descending=True)
        assert [row.id for row in newest] == queued[::-1]
        numbers = [row.case_number for row in list_queue(d, sort=QueueSort.CASE_NUMBER)]
        assert numbers == sorted(numbers)
        for sort in QueueSort:
            assert {row.id for row in list_queue(d, sort=sort)} == set(queued)


def test_sent_letters_leave_the_queue_unless_asked_for(demo_path: Path, queued: list[int]) -> None:
    with open_demo(demo_path, "administratie") as d:
        with d.unit_of_work() as uow:
            mark_sent(uow, queued[0], TODAY, SendMethod.AANGETEKEND, "3SABCD1234567")
            uow.commit()
        assert [row.id for row in list_queue(d)] == queued[1:]
        recent = QueueFilter(sent_since=TODAY - dt.timedelta(days=30))
        assert count_queue(d, recent) == len(queued)
        by_status = list_queue(d, recent, QueueSort.STATUS)
        assert [row.id for row in by_status] == [*queued[1:], queued[0]]
        sent = by_status[-1]
        assert sent.is_sent and sent.send_method == "aangetekend"
        assert sent.tracking_number == "3SABCD1234567"
        later = QueueFilter(sent_since=TODAY + dt.timedelta(days=1))
        assert count_queue(d, later) == len(queued) - 1


def test_a_registered_letter_is_marked(demo_path: Path) -> None:
    letter_id = release_registered(demo_path)
    with open_demo(demo_path, "administratie") as d:
        (row,) = list_queue(d)
    assert row.id == letter_id and row.registered
    assert row.type_title == "Voornemen disciplinaire maatregel"


@pytest.mark.parametrize("username", ["teamleider", "directie", "hr", "beheerder"])
def test_only_the_administration_lists_the_queue(demo_path: Path, username: str) -> None:
    with open_demo(demo_path, username) as d:
        with pytest.raises(PermissionDenied):
            list_queue(d)
        with pytest.raises(PermissionDenied):
            count_queue(d)


def test_negative_paging_is_a_programming_error(demo_path: Path) -> None:
    with open_demo(demo_path, "administratie") as d, pytest.raises(ValueError):
        list_queue(d, offset=-1)
