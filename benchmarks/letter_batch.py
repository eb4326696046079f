"""Measurement "letter_batch" of group "letters": 500 stored, released letters merged into
one PDF by ``print_batch``, as the administratie, against one bare reportlab document with
the same letters' text, font and logo and the same number of pages (benchmarks.letter_baseline).

Everything happens in a copy of the dataset in a temporary directory (benchmarks.case_import),
so the cached dataset stays as it is. The setup is untimed: the directie generates the
letters of the newest decided student cases with ``generate_letter`` and releases them, one
letter per case and addressee (only the newest version of a letter can be released). Every
timed run writes a new file; it is removed again after the run (untimed).
"""

from __future__ import annotations

import contextlib
import itertools
import time
from collections import deque
from collections.abc import Iterator
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from benchmarks.case_import import dataset_copy
from benchmarks.dataset import Dataset
from benchmarks.letter_baseline import bare_pdf
from benchmarks.timing import Record, measure, record
from casemanager.access import visible_cases
from casemanager.errors import InvalidInput, PermissionDenied
from casemanager.letters import generation
from casemanager.letters.generation import generate_letter
from casemanager.letters.queue import print_batch, release
from casemanager.store.dossier import Dossier
from casemanager.uow import UnitOfWork
from models.cases import Case
from models.procedure import Decision
from reports.document import LetterDocument
from reports.rendering import Rendered

BATCH_LETTERS = 500
BATCH_REPEAT = 3  # plus a warm-up each; one run takes seconds
RUNGS = ("externe_schorsing", "interne_schorsing", "waarschuwing")  # a letter of their own
COMMIT_EVERY = 50
BATCH_BUDGET = Record("5 s budget", 5_000.0)


def decided_cases(uow: UnitOfWork, rung: str) -> Iterator[tuple[int, int]]:
    """(case, decision) for the final decisions on ``rung`` the actor sees, newest first."""
    seen: set[int] = set()
    rows = uow.session.execute(
        select(Decision.case_id, Decision.id)
        .join(Case, Case.id == Decision.case_id)
        .where(visible_cases(uow.actor), Case.ladder == "leerling")
        .where(Decision.chosen_rung == rung, Decision.is_voornemen.is_(False))
        .order_by(Decision.decided_at.desc(), Decision.id.desc())
    )
    for case_id, decision_id in rows:
        if case_id not in seen:
            seen.add(case_id)
            yield case_id, decision_id


@contextlib.contextmanager
def kept_documents() -> Iterator[list[LetterDocument]]:
    """``generate_letter`` as it is, keeping every document it renders (for the bare batch)."""
    kept: list[LetterDocument] = []
    original = generation.render_letter

    def keep(document: LetterDocument) -> Rendered:
        kept.append(document)
        return original(document)

    generation.render_letter = keep
    try:
        yield kept
    finally:
        generation.render_letter = original


def make_letters(dossier: Dossier) -> tuple[list[int], list[LetterDocument]]:
    """Generate and release ``BATCH_LETTERS`` letters, one per case and addressee; returns
    their ids and the documents their PDFs were rendered from (for the bare document)."""
    ids: list[int] = []
    documents: list[LetterDocument] = []
    with dossier.unit_of_work(read_only=True) as uow:
        candidates = [
            (case_id, decision_id, uow.policy.ladders["leerling"].rung(rung).letters[0])
            for rung in RUNGS
            for case_id, decision_id in itertools.islice(decided_cases(uow, rung), BATCH_LETTERS)
        ]
    with kept_documents() as kept:
        for start in range(0, len(candidates), COMMIT_EVERY):
            with dossier.unit_of_work() as uow:
                for case_id, decision_id, letter_type in candidates[start : start + COMMIT_EVERY]:
                    del kept[:]
                    try:
                        made = generate_letter(uow, case_id, letter_type, decision_id=decision_id)
                    except (InvalidInput, PermissionDenied):
                        continue
                    for info, document in zip(made, kept, strict=True):
                        if len(ids) < BATCH_LETTERS:
                            ids.append(release(uow, info.id).id)
                            documents.append(document)
                uow.commit()
            if len(ids) >= BATCH_LETTERS:
                return ids, documents
    raise RuntimeError(f"only {len(ids)} letters could be made; {BATCH_LETTERS} are needed")


def bench_batch(dataset: Dataset) -> list[Record]:
    print(f"measuring letter_batch: print_batch of {BATCH_LETTERS} released letters (duplex)")
    with dataset_copy(dataset) as path:
        started = time.perf_counter()
        with Dossier.open(path, "directie", dataset.password) as directie:
            ids, documents = make_letters(directie)
        print(
            f"  setup: {len(ids)} letters generated and released in the copy as directie "
            f"in {time.perf_counter() - started:.1f} s (untimed)"
        )
        outputs: list[Path] = []
        made: dict[str, tuple[int, int]] = {}  # pages and bytes of the first file of each
        counter = itertools.count()

        def new_file(stem: str) -> Path:
            outputs.append(path.parent / f"{stem}-{next(counter)}.pdf")
            return outputs[-1]

        def remove_files() -> None:
            while outputs:
                output = outputs.pop()
                stem = output.name.split("-")[0]
                if stem not in made:
                    made[stem] = len(PdfReader(output).pages), output.stat().st_size
                output.unlink()

        with Dossier.open(path, "administratie", dataset.password) as admin:

            def service() -> None:
                with admin.unit_of_work() as uow:
                    # the progress items are not shown here: drain the generator
                    deque(print_batch(uow, ids, new_file("afdrukken")), maxlen=0)
                    uow.commit()

            def bare() -> None:
                bare_pdf(documents, new_file("kaal"), duplex=True)

            service_sample = measure(service, repeat=BATCH_REPEAT, warmup=1, teardown=remove_files)
            bare_sample = measure(bare, repeat=BATCH_REPEAT, warmup=1, teardown=remove_files)
    (pages, size), (bare_pages, bare_size) = made["afdrukken"], made["kaal"]
    same = "same page count" if pages == bare_pages else "WARNING: page counts differ"
    print(
        f"  print_batch: {pages:,} pages, {size / 2**20:.1f} MiB; bare reportlab: "
        f"{bare_pages:,} pages, {bare_size / 2**20:.1f} MiB ({same})"
    )
    bare_record = record("letter_batch.bare", bare_sample.median_ms)
    value = service_sample.median_ms
    return [
        bare_record,
        record(
            "letter_batch.service", value, baseline=bare_record, target="<= 1.5x bare reportlab"
        ),
        record(
            "letter_batch.service_vs_budget",
            value,
            baseline=BATCH_BUDGET,
            target="<= 1x 5 s budget",
        ),
    ]
