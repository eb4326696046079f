"""The ladder engine: properties that hold for every input (hypothesis), and the checks on
a decision."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casemanager.errors import InvalidInput, PermissionDenied
from casemanager.ladder import EarlierSanction, check_decision, motivation_problem, propose
from casemanager.policy import default_policy
from casemanager.texts import tr

POLICY = default_policy()
TODAY = dt.date(2026, 11, 26)
KINDS = ("leerling", "ouder", "medewerker", "overig")


@st.composite
def cases(draw: st.DrawFn) -> tuple[str, list, list[EarlierSanction]]:
    kind = draw(st.sampled_from(KINDS))
    applicable = [v for v in POLICY.violations if kind in v.applies_to]
    violations = draw(st.lists(st.sampled_from(applicable), min_size=1, max_size=4))
    history = draw(st.lists(sanctions(), max_size=8))
    return kind, violations, history


def sanctions() -> st.SearchStrategy[EarlierSanction]:
    return st.builds(
        EarlierSanction,
        rung=st.just("waarschuwing"),
        rung_title=st.just("Schriftelijke waarschuwing"),
        decided_on=st.dates(TODAY - dt.timedelta(days=800), TODAY),
        case_number=st.from_regex(r"20[0-9]{2}-[0-9]{4}", fullmatch=True),
    )


@given(cases(), st.lists(sanctions(), max_size=4))
def test_the_proposal_never_drops_when_history_grows(case, more) -> None:
    kind, violations, history = case
    before = propose(POLICY, kind, violations, history, TODAY)
    after = propose(POLICY, kind, violations, [*history, *more], TODAY)
    assert after.rung_index >= before.rung_index


@given(cases())
def test_the_proposal_never_passes_the_top_and_never_starts_below_the_start(case) -> None:
    kind, violations, history = case
    proposal = propose(POLICY, kind, violations, history, TODAY)
    ladder = POLICY.ladder_for(kind)
    assert proposal.start_index <= proposal.rung_index <= ladder.top
    assert proposal.rung == ladder.rungs[proposal.rung_index].code
    counted_within = min(proposal.start_index + len(proposal.counted), ladder.top)
    assert proposal.rung_index == counted_within


@given(cases())
def test_the_same_input_gives_the_same_output(case) -> None:
    kind, violations, history = case
    first = propose(POLICY, kind, violations, history, TODAY)
    assert (
        propose(POLICY, kind, list(reversed(violations)), list(reversed(history)), TODAY) == first
    )


@given(cases())
def test_strafbaar_advises_aangifte_with_its_articles(case) -> None:
    kind, violations, history = case
    proposal = propose(POLICY, kind, violations, history, TODAY)
    expected = {a for v in violations if v.strafbaar for a in v.wvsr}
    assert proposal.aangifte_advised == bool(expected)
    assert set(proposal.wvsr_articles) == expected
    assert proposal.pestprotocol == (
        POLICY.ladder_name_for(kind) == "leerling" and any(v.pestprotocol for v in violations)
    )


def test_only_sanctions_within_the_look_back_period_count() -> None:
    old = EarlierSanction(
        "waarschuwing", "Schriftelijke waarschuwing", dt.date(2025, 11, 26), "2025-0001"
    )
    recent = EarlierSanction(
        "waarschuwing", "Schriftelijke waarschuwing", dt.date(2025, 11, 27), "2025-0002"
    )
    proposal = propose(POLICY, "leerling", [POLICY.violation("A1-LES")], [old, recent], TODAY)
    assert proposal.counted == (recent,)
    assert proposal.rung == "waarschuwing"
    assert str(proposal.reasons[1]) == (
        "Tweede overtreding binnen 12 maanden: eerder 'Schriftelijke waarschuwing' op "
        "27 november 2025 (zaak 2025-0002): +1."
    )
    # the date stays a date and the rung's title a policy text, for the English screens
    values = dict(proposal.reasons[1].values)
    assert values["day"] == dt.date(2025, 11, 27)
    assert values["rung"] == "Schriftelijke waarschuwing"
    assert values["ordinal"] == tr("Tweede")


def test_the_reasons_explain_the_start_and_the_top() -> None:
    history = [
        EarlierSanction("x", "Externe schorsing", dt.date(2026, m, 1), f"2026-000{m}")
        for m in range(1, 6)
    ]
    proposal = propose(POLICY, "leerling", [POLICY.violation("A6-DREIG")], history, TODAY)
    assert proposal.rung == "verwijdering"
    reasons = [str(reason) for reason in proposal.reasons]
    assert reasons[0].startswith(
        "Zwaarste overtreding: Bedreigen (A6-DREIG, artikel A.6), ernst zwaar"
    )
    assert "De hoogste sport is bereikt" in " ".join(reasons)
    assert "art. 285 Sr: bedreiging met een misdrijf" in " ".join(reasons)


def test_without_violations_there_is_no_proposal() -> None:
    with pytest.raises(InvalidInput, match="minstens één overtreding"):
        propose(POLICY, "leerling", [], [], TODAY)


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("", False),
        ("te zwaar", False),
        ("ja ja ja ja ja ja ja ja ja ja ja ja ja ja ja", False),
        ("Eerste keer; de leerling toonde direct spijt en verwijderde het bericht zelf.", True),
    ],
)
def test_a_motivation_must_have_real_content(text: str, ok: bool) -> None:
    assert (motivation_problem(text) is None) == ok


def test_decision_checks() -> None:
    ladder = POLICY.ladders["leerling"]
    common = {"proposed": "externe_schorsing", "motivation": ""}
    rung = check_decision(
        ladder, chosen="externe_schorsing", roles=["teamleider"], duration_days=3, **common
    )
    assert rung.code == "externe_schorsing"
    with pytest.raises(InvalidInput, match="ten hoogste 5 schooldagen"):
        check_decision(
            ladder, chosen="externe_schorsing", roles=["teamleider"], duration_days=6, **common
        )
    with pytest.raises(InvalidInput, match="Geef de duur"):
        check_decision(
            ladder, chosen="externe_schorsing", roles=["teamleider"], duration_days=None, **common
        )
    with pytest.raises(PermissionDenied, match="dat mag alleen: directie"):
        check_decision(
            ladder,
            chosen="verwijdering",
            roles=["teamleider"],
            duration_days=None,
            proposed="verwijdering",
            motivation="",
        )
    with pytest.raises(InvalidInput, match="bestaat niet op deze ladder"):
        check_decision(ladder, chosen="ontslag", roles=["directie"], duration_days=None, **common)
    staff = POLICY.ladders["medewerker"]
    with pytest.raises(PermissionDenied):
        check_decision(
            staff,
            chosen="ontslag",
            proposed="ontslag",
            motivation="",
            roles=["hr"],
            duration_days=None,
        )
