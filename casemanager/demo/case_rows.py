"""From a planned case to its rows: the case, its violations and parties, statements,
evidence, hearing, voornemen and besluit, notifications, objection, data leak, and a
timeline entry for every step with the titles the services write.

Cases are written in the order they were reported, so the ladder's proposal can count the
person's earlier sanctions, exactly as the service would when deciding.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from casemanager.cases import timeline_titles as titles
from casemanager.demo import texts
from casemanager.demo.case_data import CasePlan
from casemanager.demo.case_steps import StepWriter
from casemanager.demo.population import Member, Population
from casemanager.demo.schedule import Scheduler, Spec
from casemanager.ladder import EarlierSanction, propose
from casemanager.policy.schema import Ladder, Policy, Rung
from models.cases import CaseStatus, TimelineKind

Row = dict[str, Any]
TABLES = (
    "case_file", "case_violation", "case_party", "decision", "hearing", "notification",
    "objection", "statement", "evidence", "timeline_entry", "data_leak",
)  # fmt: skip


@dataclass
class Batch:
    rows: dict[str, list[Row]] = field(default_factory=lambda: {t: [] for t in TABLES})

    def add(self, table: str, **values: Any) -> None:
        self.rows[table].append(values)


@dataclass(frozen=True)
class AccountIds:
    directie: int
    hr: int
    team_leaders: dict[int, int]  # team id → account id
    names: dict[int, str]  # account id → display name


def utc(local: dt.datetime) -> dt.datetime:
    """A local wall-clock moment as the services store 'now': aware, in UTC."""
    return local.astimezone(dt.UTC)


class CaseWriter:
    def __init__(
        self, policy: Policy, pop: Population, accounts: AccountIds, scheduler: Scheduler
    ) -> None:
        self.policy, self.accounts, self.scheduler = policy, accounts, scheduler
        self.history: dict[int, list[EarlierSanction]] = defaultdict(list)
        self.seq: dict[int, int] = {}
        self.ids = {"case": 0, "decision": 0}
        self.current: dict[int | None, list[Member]] = defaultdict(list)
        for student in pop.students:
            if student.left is None:
                self.current[student.team_id].append(student)
                self.current[None].append(student)
        self.staff = [m for m in pop.staff if m.left is None] or pop.staff
        self.parents_by_id = {p.id: p for p in pop.parents}
        self.status_counts: dict[str, int] = defaultdict(int)

    def next_id(self, name: str) -> int:
        self.ids[name] += 1
        return self.ids[name]

    def owner(self, plan: CasePlan) -> int:
        if plan.ladder == "medewerker":
            return self.accounts.hr
        return self.accounts.team_leaders.get(plan.team_id or 0, self.accounts.directie)

    def decider(self, plan: CasePlan, rung: Rung) -> tuple[int, str]:
        if plan.ladder == "leerling" and "teamleider" in rung.decided_by:
            return self.owner(plan), "teamleider"
        if plan.ladder == "medewerker" and "hr" in rung.decided_by:
            return self.accounts.hr, "hr"
        return self.accounts.directie, "directie"

    def write(self, plan: CasePlan, batch: Batch) -> None:
        rng = random.Random(plan.seed + 1)
        subject = plan.subject
        reported = plan.reported
        history = [s for s in self.history[subject.id] if s.decided_on < reported.date()]
        proposal = propose(self.policy, subject.kind, plan.violations, history, reported.date())
        ladder = self.policy.ladders[plan.ladder]  # type: ignore[index]
        if plan.spec is None or plan.life is None:
            plan.spec = self._natural_spec(rng, plan, ladder, proposal.rung)
            plan.life = self.scheduler.life(plan.spec, plan.incident, plan.aangifte, subject.born)
        spec, life = plan.spec, plan.life
        case_id = self.next_id("case")
        year = reported.year
        seq = self.seq[year] = self.seq.get(year, 0) + 1
        number = f"{year}-{seq:04d}"
        owner = self.owner(plan)
        writer = StepWriter(self, plan, batch, rng, case_id, number, owner, proposal)
        for violation in plan.violations:
            batch.add("case_violation", case_id=case_id, code=violation.code)
        writer.report()
        writer.investigation()
        decision = procedure(writer, ladder)
        close_steps(writer)
        writer.flush()
        status = life.status
        self.status_counts[str(status)] += 1
        closing = [life.steps.get(k) for k in ("afgesloten", "geseponeerd", "opnieuw_geseponeerd")]
        closed = max((t for t in closing if t), default=None)
        batch.add(
            "case_file", id=case_id, number=number, year=year, seq=seq,
            subject_person_id=subject.id, team_id=plan.team_id, subject=writer.subject,
            incident_date=plan.incident, incident_time=writer.incident_time, place=writer.place,
            platform=writer.platform, description=writer.description, severity=writer.severity,
            status=status, owner_id=owner, created_by_id=owner, opened_at=utc(reported),
            closed_at=utc(closed) if closed and status in _CLOSED else None, ladder=plan.ladder,
        )  # fmt: skip
        if decision is not None and not (
            spec.objection == "gegrond" and "beslissing" in life.steps
        ):
            rung = spec.rung
            assert rung is not None
            self.history[subject.id].append(
                EarlierSanction(rung.code, rung.title, decision.date(), number)
            )
        plan.life = plan.spec = None  # written: keep the memory of a 100,000-case build low

    def _natural_spec(self, rng: random.Random, plan: CasePlan, ladder: Ladder, proposed: str):
        index = ladder.index_of(proposed)
        roll = rng.random()
        if index == ladder.top and index > 0 and roll < 0.93:
            index -= 1  # expulsion and dismissal are rare: the decider mostly stays below
        elif roll < 0.04 and index > 0:
            index -= 1
        elif roll > 0.97 and index < ladder.top:
            index += 1
        rung = ladder.rungs[index]
        fate = "sepot" if rng.random() < 0.12 else "besluit"
        hearing = rung.hearing_required if fate == "besluit" else False
        hearing = hearing or rng.random() < 0.2
        objection = None
        if fate == "besluit" and rng.random() < 0.08:
            objection = rng.choices(("ongegrond", "gegrond", "ingetrokken"), (55, 25, 20))[0]
        age = (self.scheduler.today - plan.incident).days
        stall = None
        if age < 120 and rng.random() < 0.06:
            stall = rng.choice(("onderzoek", "gehouden", "besluit", "bekend"))
        return Spec(
            plan.seed, fate, rung, hearing=hearing, duration=duration_for(rng, rung),
            objection=objection, reopen=fate == "sepot" and rng.random() < 0.15, stall=stall,
            open_notifications=age < 60 and rng.random() < 0.1,
        )  # fmt: skip


_CLOSED = (CaseStatus.AFGESLOTEN, CaseStatus.GESEPONEERD)


def duration_for(rng: random.Random, rung: Rung) -> int | None:
    if not rung.has_duration:
        return None
    top = rung.max_duration or 5
    if rung.duration == "kalenderdagen":
        return min(top, rng.choice((7, 7, 14, 14, 21, 28)))
    return min(top, rng.choices((1, 2, 3, 4, 5), weights=(40, 30, 18, 5, 7))[0])


def _participants(w: StepWriter) -> str:
    subject = w.plan.subject
    if subject.kind == "medewerker":
        return f"{subject.name}, leidinggevende, HR-adviseur en een adviseur van de medewerker"
    leader = w.cases.accounts.names.get(w.owner, "de teamleider")
    if subject.kind == "leerling":
        return f"{subject.name}, ouders/verzorgers, mentor en {leader} (teamleider)"
    return f"{subject.name} en {leader} (teamleider)"


def procedure(w: StepWriter, ladder: Ladder) -> dt.datetime | None:
    """Voornemen, hearing, besluit and what follows; returns the moment of the besluit."""
    steps, life, spec, rng, batch = w.steps, w.life, w.spec, w.rng, w.batch
    rung = spec.rung
    if rung is None:
        return None
    proposed = w.proposal.rung
    motivation = ""
    if rung.code != proposed:
        down = ladder.index_of(rung.code) < ladder.index_of(proposed)
        motivation = rng.choice(texts.MOTIVATION_DOWN if down else texts.MOTIVATION_UP)
    decider, role = w.cases.decider(w.plan, rung)
    decision = {
        "case_id": w.case_id, "proposed_rung": proposed, "proposal_reasons": w.reasons(),
        "chosen_rung": rung.code, "motivation": motivation, "starts_on": None, "ends_on": None,
        "duration_days": spec.duration if rung.has_duration else None,
        "decided_by_id": decider, "decided_in_role": role, "made_known_on": None,
    }  # fmt: skip
    if "voornemen" in steps:
        at, due = steps["voornemen"], life.zienswijze_due
        assert due is not None
        batch.add("decision", **decision, id=w.cases.next_id("decision"), decided_at=utc(at),
                  is_voornemen=True, zienswijze_due=due)  # fmt: skip
        text = titles.intent_lines(due, w.proposal.reasons)
        w.note(at, TimelineKind.BESLUIT, titles.intent(rung.title), text, decider)
    if "gepland" in steps and life.hearing_at is not None:
        at, planned, held = steps["gepland"], life.hearing_at, steps.get("gehouden")
        w.move(at, CaseStatus.HOORGESPREK)
        who = _participants(w)
        w.note(at, TimelineKind.HOORGESPREK, titles.hearing_planned(planned), who)
        young = w.plan.subject.kind in ("leerling", "overig")
        report = rng.choice(texts.HEARING_REPORTS["leerling" if young else "volwassene"])
        report = report if held else ""
        place = "online (Teams)" if rng.random() < 0.1 else "spreekkamer 0.12"
        batch.add(
            "hearing", case_id=w.case_id, planned_at=planned, location=place, participants=who,
            held_at=held, report=report, reported_by_id=w.owner if held else None,
        )  # fmt: skip
        if held is not None:
            w.note(held, TimelineKind.HOORGESPREK, titles.hearing_held(held.date()), report)
    decided = steps.get("besluit")
    if decided is None:
        return None
    decision_id = w.cases.next_id("decision")
    known = steps.get("bekend")
    batch.add(
        "decision", **{**decision, "starts_on": life.starts_on, "ends_on": life.ends_on,
        "made_known_on": known.date() if known else None}, id=decision_id,
        decided_at=utc(decided), is_voornemen=False, zienswijze_due=None,
    )  # fmt: skip
    w.move(decided, CaseStatus.BESLUIT, account=decider)
    title = titles.decision(rung.title, life.starts_on, life.ends_on)
    text = titles.decision_lines(w.proposal.reasons, motivation)
    w.note(decided, TimelineKind.BESLUIT, title, text, decider)
    w.notifications(decision_id)
    if known is not None:
        end = known.date() + dt.timedelta(weeks=w.cases.policy.terms.objection_weeks)
        w.move(known, CaseStatus.BEKENDGEMAAKT, titles.made_known(known.date()))
        w.note(known, TimelineKind.STATUS, titles.objection_term_until(end))
    received, outcome_at = steps.get("bezwaar"), steps.get("beslissing")
    if received is not None:
        outcome = spec.objection if outcome_at else None
        grounds = rng.choice(texts.OBJECTION_GROUNDS)
        batch.add(
            "objection", case_id=w.case_id, decision_id=decision_id, received_on=received.date(),
            grounds=grounds, hearing_on=life.objection_hearing, outcome=outcome,
            outcome_on=outcome_at.date() if outcome_at else None,
            outcome_text=texts.OUTCOMES[outcome] if outcome else "",
        )  # fmt: skip
        w.move(received, CaseStatus.BEZWAAR, titles.objection_received_on(received.date()))
        w.note(received, TimelineKind.BEZWAAR, titles.objection_received(), grounds)
        if outcome and outcome_at:
            text = f"{texts.OUTCOMES[outcome]}\n\n{texts.FOLLOW.get(outcome, texts.KEEP)}"
            title = titles.objection_decided(outcome)
            w.note(outcome_at, TimelineKind.BEZWAAR, title, text)
    return decided


def close_steps(w: StepWriter) -> None:
    """Closing, dismissing and reopening, in the order they happened."""
    notes = {
        "afgesloten": "Afgesloten na de beslissing op bezwaar."
        if "beslissing" in w.steps
        else "De bezwaartermijn is verstreken zonder bezwaar.",
        "geseponeerd": w.rng.choice(texts.DISMISSALS),
        "heropend": w.rng.choice(texts.REOPENINGS),
        "opnieuw_geseponeerd": "Na heropening opnieuw bekeken; de nieuwe gegevens veranderen "
        "de conclusie niet.",
    }
    for step, status in (
        ("afgesloten", CaseStatus.AFGESLOTEN),
        ("geseponeerd", CaseStatus.GESEPONEERD),
        ("heropend", CaseStatus.HEROPEND),
        ("opnieuw_geseponeerd", CaseStatus.GESEPONEERD),
    ):
        if step in w.steps:
            w.move(w.steps[step], status, notes[step])
