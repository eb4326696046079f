"""Group "queue": the administration's print queue (``casemanager.letters.queue_listing``)
with 5,000 letters waiting in the 100,000-case demo dossier, each call made as the
administratie and compared in the same run with its bare SQL on a raw sqlcipher3
connection with the same key (``case_bench.bench_pair``: "cold" on a fresh connection,
"cached" repeated on a warm one, and the page against a 50 ms budget).

The cached dataset holds no letters, so everything happens in a copy of it in a temporary
directory (``case_import.dataset_copy``). The setup is untimed: the directie generates a few
real letters (PDF and Word) of decided cases with ``generate_letter``; their files are then
reused for 5,000 released letters of other decided cases and 500 sent ones, inserted with
bare SQL in one transaction, a tenth of them registered. Every row carries its PDF and Word
file as a real letter does, so the list pays what it would pay in a school's dossier.

Measured: the first page in the default order (oldest release first), the first page by
addressee (a column stored after the files, so sorting reads every waiting row whole),
and the count.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from benchmarks.case_bench import Pair, bench_pair
from benchmarks.case_import import dataset_copy
from benchmarks.dataset import Dataset
from benchmarks.letter_batch import RUNGS, decided_cases
from benchmarks.queries import connect_raw
from benchmarks.timing import Group, Record, Selection
from casemanager.errors import InvalidInput, PermissionDenied
from casemanager.letters.generation import generate_letter
from casemanager.letters.queue_listing import QueueSort, count_queue, list_queue
from casemanager.store.dossier import Dossier

QUEUED = 5_000
SENT = 500
TEMPLATES = 3  # letters generated for real; their files are reused
PAGE = 200
REGISTERED_EVERY = 10

WAITING_SQL = "released_at IS NOT NULL AND sent_at IS NULL"
PAGE_IDS_SQL = f"SELECT id FROM letter WHERE {WAITING_SQL} ORDER BY {{order}}, id LIMIT {PAGE}"
COLUMNS_SQL = """SELECT letter.id, case_file.number, letter.letter_type, letter.addressee,
 letter.subject, letter.version, letter.page_count, letter.registered, letter.released_at,
 letter.sent_at, letter.send_method, letter.tracking_number
 FROM letter LEFT OUTER JOIN case_file ON case_file.id = letter.case_id
 WHERE letter.id IN ({ids})"""
COUNT_SQL = f"SELECT count(*) FROM letter WHERE {WAITING_SQL}"
TEMPLATE_SQL = """SELECT letter_type, format, content, docx_content, sha256, page_count,
 subject, generated_by_id FROM letter WHERE id IN ({ids}) ORDER BY id"""
TARGETS_SQL = """SELECT c.id, c.subject_person_id, c.number, p.voornaam, p.tussenvoegsel,
 p.achternaam, p.city FROM case_file AS c JOIN person AS p ON p.id = c.subject_person_id
 WHERE c.id IN (SELECT case_id FROM decision) ORDER BY c.id DESC LIMIT ?"""
INSERT_SQL = """INSERT INTO letter (case_id, person_id, letter_type, format, version, content,
 sha256, generated_by_id, generated_at, released_at, released_by_id, sent_at, sent_by_id,
 send_method, tracking_number, addressee_id, addressee, subject, page_count, docx_content,
 registered) VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?)"""


def bare_page(order: str) -> Callable[[Any], list[Any]]:
    """The page as the service asks for it: the ids first, then their columns."""

    def run(connection: Any) -> list[Any]:
        ids = [row[0] for row in connection.execute(PAGE_IDS_SQL.format(order=order))]
        found = {
            row[0]: row
            for row in connection.execute(COLUMNS_SQL.format(ids=", ".join("?" * len(ids))), ids)
        }
        return [found[letter_id] for letter_id in ids if letter_id in found]

    return run


def bare_count(connection: Any) -> int:
    return int(connection.execute(COUNT_SQL).fetchone()[0])


def pairs() -> list[Pair]:
    def same_page(service: Sequence[Any], bare: Sequence[Any]) -> bool:
        return [row.id for row in service] == [row[0] for row in bare]

    return [
        Pair(
            "queue_page",
            "administratie",
            f"first {PAGE} of {QUEUED:,} waiting letters, oldest release first",
            lambda d: list_queue(d),
            bare_page("released_at"),
            same_page,
            budget=True,
        ),
        Pair(
            "queue_page_by_addressee",
            "administratie",
            f"first {PAGE} of {QUEUED:,} waiting letters, by addressee A-Z",
            lambda d: list_queue(d, sort=QueueSort.ADDRESSEE),
            bare_page("lower(addressee)"),
            same_page,
            budget=True,
        ),
        Pair(
            "queue_count",
            "administratie",
            f"count of the {QUEUED:,} waiting letters",
            lambda d: count_queue(d),
            bare_count,
            lambda service, bare: service == bare == QUEUED,
        ),
    ]


def run(dataset: Dataset, selection: Selection) -> list[Record]:
    chosen = [pair for pair in pairs() if selection.wants(GROUP.name, pair.name)]
    if not chosen:
        return []
    records: list[Record] = []
    with dataset_copy(dataset) as path:
        key = fill_queue(path, dataset.password)
        copy = dataclasses.replace(dataset, dossier_path=path)
        with Dossier.open(path, "administratie", dataset.password) as admin:
            for pair in chosen:
                records += bench_pair(pair, admin, copy, key)
    return records


# --- the queue in the copy -------------------------------------------------------------------


def template_letters(dossier: Dossier) -> list[int]:
    """Generate real letters for ``TEMPLATES`` decided student cases (as the directie)."""
    made: list[int] = []
    with dossier.unit_of_work() as uow:
        for rung in RUNGS:
            letter_type = uow.policy.ladders["leerling"].rung(rung).letters[0]
            for case_id, decision_id in itertools.islice(decided_cases(uow, rung), 20):
                try:
                    letters = generate_letter(uow, case_id, letter_type, decision_id=decision_id)
                except (InvalidInput, PermissionDenied):
                    continue
                made.append(letters[0].id)
                if len(made) == TEMPLATES:
                    uow.commit()
                    return made
    raise RuntimeError("no decided student cases to make template letters from")


def queue_rows(
    templates: list[tuple[Any, ...]], targets: list[tuple[Any, ...]], released_by: int
) -> Iterator[tuple[Any, ...]]:
    """One released letter per target case; the last ``SENT`` of them already sent."""
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    for index, (case_id, person_id, _number, voornaam, tussen, achternaam, city) in enumerate(
        targets
    ):
        letter_type, fmt, content, docx, sha, pages, subject, author = templates[
            index % len(templates)
        ]
        name = " ".join(part for part in (voornaam, tussen, achternaam) if part)
        released = now - dt.timedelta(minutes=3 * (len(targets) - index))
        sent = released + dt.timedelta(hours=2) if index >= QUEUED else None
        yield (
            case_id, person_id, letter_type, fmt, content, sha, author,
            _stamp(released - dt.timedelta(hours=1)), _stamp(released), released_by,
            _stamp(sent) if sent else None, released_by if sent else None,
            "post" if sent else None, person_id, f"Ouders/verzorgers van {name}, {city}",
            subject, pages, docx, index % REGISTERED_EVERY == 0,
        )  # fmt: skip


def _stamp(moment: dt.datetime) -> str:
    """A UTC moment as SQLAlchemy stores it in SQLite."""
    return f"{moment:%Y-%m-%d %H:%M:%S.%f}"


def fill_queue(path: Path, password: str) -> bytes:
    """Put ``QUEUED`` waiting and ``SENT`` sent letters into the copy; returns its data key."""
    started = time.perf_counter()
    with Dossier.open(path, "directie", password) as directie:
        template_ids = template_letters(directie)
        key = directie.keyring.data_key
        released_by = directie.actor.account_id
    connection = connect_raw(path, key)
    try:
        marks = ", ".join("?" * len(template_ids))
        templates = connection.execute(TEMPLATE_SQL.format(ids=marks), template_ids).fetchall()
        targets = connection.execute(TARGETS_SQL, (QUEUED + SENT,)).fetchall()
        connection.execute("BEGIN IMMEDIATE")
        connection.executemany(INSERT_SQL, queue_rows(templates, targets, released_by))
        connection.execute("COMMIT")
    finally:
        connection.close()
    size = sum(len(t[2]) + len(t[3] or b"") for t in templates) // len(templates)
    print(
        f"queue: {QUEUED:,} waiting and {SENT:,} sent letters in the copy, each with a "
        f"{size / 1024:.0f} KiB PDF and Word file, in {time.perf_counter() - started:.1f} s"
        " (untimed)"
    )
    return key


GROUP = Group(
    name="queue",
    measurements=("queue_page", "queue_page_by_addressee", "queue_count"),
    run=run,
)
