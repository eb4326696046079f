"""Group "letters": one letter from a case in the demo dossier as PDF and as DOCX (template,
data and rendering included), and 500 stored letters merged into one PDF for printing.

Each is compared in the same run with a bare document of the same text in the same font,
with the same logo (benchmarks.letter_baseline): a bare reportlab document for the PDFs, a
bare python-docx document for the Word file. The single letters also have a 50 ms budget
and the batch a 5 s budget (``*_vs_budget`` records). The ``.compose`` and ``.render``
records split the single letter's time into filling the template and rendering it; they
have no target.

The single letter is the newest externe schorsing (else interne schorsing, waarschuwing)
in the teamleider's teams that goes to one addressee, read as the teamleider in a
read-only unit of work from the cached dataset. The batch is in benchmarks.letter_batch.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass

from benchmarks.dataset import Dataset
from benchmarks.letter_baseline import bare_letter_docx, bare_letter_pdf, count_texts
from benchmarks.letter_batch import RUNGS, bench_batch, decided_cases
from benchmarks.timing import Group, Record, Sample, Selection, measure, record
from casemanager.errors import InvalidInput, PermissionDenied
from casemanager.letters.generation import compose_letters
from casemanager.store.dossier import Dossier
from casemanager.uow import UnitOfWork
from reports.document import LetterDocument
from reports.docx_render import render_letter_docx
from reports.pdf_render import pdf_page_count, render_letter_pdf

REPEAT = 15
WARMUP = 2
CANDIDATES = 50  # decisions tried for a letter with one addressee
LETTER_BUDGET = Record("50 ms budget", 50.0)


@dataclass(frozen=True)
class Chosen:
    """A decided case and the letter its decision asks for, as the service composes it."""

    case_id: int
    decision_id: int
    letter_type: str
    document: LetterDocument

    def compose(self, uow: UnitOfWork) -> LetterDocument:
        found = compose_letters(uow, self.case_id, self.letter_type, decision_id=self.decision_id)
        return found.letters[0][1]


def run(dataset: Dataset, selection: Selection) -> list[Record]:
    def wants(measurement: str) -> bool:
        return selection.wants(GROUP.name, measurement)

    records: list[Record] = []
    if wants("letter_pdf") or wants("letter_docx"):
        with Dossier.open(dataset.dossier_path, "teamleider", dataset.password) as dossier:
            letter = find_letter(dossier)
            if wants("letter_pdf"):
                records += bench_pdf(dossier, letter)
            if wants("letter_docx"):
                records += bench_docx(dossier, letter)
    if wants("letter_batch"):
        records += bench_batch(dataset)
    return records


def find_letter(dossier: Dossier) -> Chosen:
    """The newest decided student case whose letter goes to one addressee."""
    with dossier.unit_of_work(read_only=True) as uow:
        for rung in RUNGS:
            letter_type = uow.policy.ladders["leerling"].rung(rung).letters[0]
            for case_id, decision_id in itertools.islice(decided_cases(uow, rung), CANDIDATES):
                try:
                    composed = compose_letters(uow, case_id, letter_type, decision_id=decision_id)
                except (InvalidInput, PermissionDenied):
                    continue
                if len(composed.letters) == 1:
                    target, document = composed.letters[0]
                    paragraphs, chars = count_texts(document)
                    logo = document.letterhead.logo_png
                    print(
                        f"letter: '{letter_type}' of case {composed.case.number} (decision "
                        f"{decision_id}) to {target.label}, as {dossier.actor.username}: "
                        f"{len(document.blocks)} blocks; the bare documents hold the same "
                        f"{paragraphs} paragraphs, {chars:,} characters"
                        + (f" and the same {len(logo):,}-byte PNG logo" if logo else "")
                    )
                    return Chosen(case_id, decision_id, letter_type, document)
    raise RuntimeError("no decided student case with a one-addressee letter in the dataset")


def sample(fn: Callable[[], object]) -> Sample:
    return measure(fn, repeat=REPEAT, warmup=WARMUP)


def single_records(
    name: str, bare: Sample, compose: Sample, render: Sample, total: Sample, baseline: str
) -> list[Record]:
    bare_record = record(f"{name}.bare", bare.median_ms)
    value = total.median_ms
    return [
        bare_record,
        record(f"{name}.compose", compose.median_ms),
        record(f"{name}.render", render.median_ms, baseline=bare_record),
        record(f"{name}.service", value, baseline=bare_record, target=f"<= 1.5x {baseline}"),
        record(
            f"{name}.service_vs_budget",
            value,
            baseline=LETTER_BUDGET,
            target="<= 1x 50 ms budget",
        ),
    ]


def bench_pdf(dossier: Dossier, letter: Chosen) -> list[Record]:
    print("measuring letter_pdf: compose_letters + render_letter_pdf, one addressee")
    pdf, (bare, bare_pages) = render_letter_pdf(letter.document), bare_letter_pdf(letter.document)
    pages = pdf_page_count(pdf)
    same = "same page count" if pages == bare_pages else "WARNING: page counts differ"
    print(
        f"  service {pages} pages, {len(pdf):,} bytes; bare reportlab {bare_pages} pages, "
        f"{len(bare):,} bytes ({same})"
    )

    def service() -> bytes:
        with dossier.unit_of_work(read_only=True) as uow:
            return render_letter_pdf(letter.compose(uow))

    compose = sample(lambda: _compose(dossier, letter))
    render = sample(lambda: render_letter_pdf(letter.document))
    total = sample(service)
    bare_sample = sample(lambda: bare_letter_pdf(letter.document))
    return single_records("letter_pdf", bare_sample, compose, render, total, "bare reportlab")


def bench_docx(dossier: Dossier, letter: Chosen) -> list[Record]:
    print("measuring letter_docx: compose_letters + render_letter_docx, one addressee")
    word, bare = render_letter_docx(letter.document), bare_letter_docx(letter.document)
    print(f"  service {len(word):,} bytes; bare python-docx {len(bare):,} bytes (same texts)")

    def service() -> bytes:
        with dossier.unit_of_work(read_only=True) as uow:
            return render_letter_docx(letter.compose(uow))

    compose = sample(lambda: _compose(dossier, letter))
    render = sample(lambda: render_letter_docx(letter.document))
    total = sample(service)
    bare_sample = sample(lambda: bare_letter_docx(letter.document))
    return single_records("letter_docx", bare_sample, compose, render, total, "bare python-docx")


def _compose(dossier: Dossier, letter: Chosen) -> LetterDocument:
    with dossier.unit_of_work(read_only=True) as uow:
        return letter.compose(uow)


GROUP = Group(name="letters", measurements=("letter_pdf", "letter_docx", "letter_batch"), run=run)
