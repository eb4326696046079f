"""Every letter type of the policy, and the aangifte summary, made from real cases of the
demo dossier and read back from both the PDF and the Word file."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from letter_helpers import docx_text, pdf_text
from sqlalchemy import select

from casemanager.cases.common import display_name, today
from casemanager.demo import DEFAULT_PASSWORD, DemoOptions, DemoResult, run_demo
from casemanager.dutch import long_date
from casemanager.letters import aangifte_summary, generate_letter, letter_file
from casemanager.store.dossier import Dossier
from models import Case, CaseViolation, Decision, Evidence, Hearing

OPTIONS = DemoOptions(students=60, staff=10, cases=200, seed=7)
# letter type → (ladder, the rung whose decision it belongs to, voornemen?)
BY_DECISION = {
    "waarschuwing": ("leerling", "waarschuwing", False),
    "interne_schorsing": ("leerling", "interne_schorsing", False),
    "externe_schorsing": ("leerling", "externe_schorsing", False),
    "melding_inspectie": ("leerling", "externe_schorsing", False),
    "voornemen_verwijdering": ("leerling", "verwijdering", True),
    "besluit_verwijdering": ("leerling", "verwijdering", False),
    "waarschuwing_medewerker": ("medewerker", "waarschuwing", False),
    "voornemen_disciplinaire_maatregel": ("medewerker", "schorsing", True),
    "schriftelijke_berisping": ("medewerker", "berisping", False),
    "schorsing_medewerker": ("medewerker", "schorsing", False),
    "ontslag": ("medewerker", "ontslag", False),
    "ontslag_op_staande_voet": ("medewerker", "ontslag_op_staande_voet", False),
}
INVITATIONS = {
    "uitnodiging_hoorgesprek": "leerling",
    "uitnodiging_hoorgesprek_medewerker": "medewerker",
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> DemoResult:
    return run_demo(tmp_path_factory.mktemp("demo") / "school.casedb", OPTIONS)


@pytest.fixture(scope="module")
def directie(demo: DemoResult) -> Iterator[Dossier]:
    with Dossier.open(demo.path, "directie", DEFAULT_PASSWORD) as opened:
        yield opened


def both(d: Dossier, letter_id: int) -> tuple[str, str]:
    with d.unit_of_work() as uow:
        pdf, word = letter_file(uow, letter_id), letter_file(uow, letter_id, word=True)
        uow.commit()
    return pdf_text(pdf), docx_text(word)


def test_every_letter_type_is_covered() -> None:
    from casemanager.policy import default_policy

    covered = {*BY_DECISION, *INVITATIONS, "aangifte_samenvatting"}
    assert covered == set(default_policy().letter_types)


@pytest.mark.parametrize("letter_type", sorted(BY_DECISION))
def test_decision_letters(directie: Dossier, letter_type: str) -> None:
    ladder, rung, intent = BY_DECISION[letter_type]
    with directie.unit_of_work() as uow:
        decision = uow.session.scalars(
            select(Decision)
            .join(Case, Case.id == Decision.case_id)
            .where(Case.ladder == ladder, Decision.chosen_rung == rung,
                   Decision.is_voornemen.is_(intent), Decision.duration_days.is_not(None)
                   if rung.endswith("schorsing") else Decision.id > 0)
            .order_by(Decision.duration_days.desc(), Decision.id)
        ).first()  # fmt: skip
        assert decision is not None, f"the demo has no decision for {letter_type}"
        case = decision.case
        person = display_name(case.subject_person)
        made = generate_letter(uow, case.id, letter_type, decision_id=decision.id)
        measure = uow.policy.ladders[ladder].rung(rung).title
        first_day = long_date(decision.starts_on) if decision.starts_on else ""
        uow.commit()
    assert made
    for letter in made:
        for text in both(directie, letter.id):
            assert person in text
            assert case.number in text
            assert long_date(today()) in text
            assert letter.subject in text
            if letter_type != "melding_inspectie":
                assert measure.lower() in text.lower() or letter_type.startswith("voornemen")
            if first_day and "schorsing" in letter_type:
                assert first_day in text
            if letter_type in {
                "externe_schorsing",
                "interne_schorsing",
                "besluit_verwijdering",
                "schriftelijke_berisping",
                "ontslag",
                "ontslag_op_staande_voet",
            }:
                assert "bezwaar" in text.lower() or "beroep" in text.lower()  # fmt: skip


@pytest.mark.parametrize("letter_type", sorted(INVITATIONS))
def test_invitations(directie: Dossier, letter_type: str) -> None:
    with directie.unit_of_work() as uow:
        hearing = uow.session.scalars(
            select(Hearing)
            .join(Case, Case.id == Hearing.case_id)
            .where(Case.ladder == INVITATIONS[letter_type])
            .order_by(Hearing.planned_at.desc())
        ).first()
        assert hearing is not None
        case = hearing.case
        made = generate_letter(uow, case.id, letter_type, hearing_id=hearing.id)
        when = long_date(hearing.planned_at.date())
        uow.commit()
    for letter in made:
        for text in both(directie, letter.id):
            assert when in text and case.number in text
            assert display_name(case.subject_person) in text


def test_the_aangifte_summary(directie: Dossier) -> None:
    with directie.unit_of_work() as uow:
        strafbaar = [v.code for v in uow.policy.violations if v.strafbaar]
        case = uow.session.scalars(
            select(Case)
            .join(CaseViolation, CaseViolation.case_id == Case.id)
            .join(Evidence, Evidence.case_id == Case.id)
            .where(CaseViolation.code.in_(strafbaar))
            .order_by(Case.id)
        ).first()
        assert case is not None
        hashes = [
            e.sha256 for e in uow.session.scalars(select(Evidence).filter_by(case_id=case.id))
        ]
        info = aangifte_summary(uow, case.id)
        uow.commit()
    for text in both(directie, info.id):
        assert display_name(case.subject_person) in text
        assert case.number in text and "Sr" in text
        compact = text.replace(" ", "")
        assert all(digest in compact for digest in hashes)
