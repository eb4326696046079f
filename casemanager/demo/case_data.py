"""Which cases the demo holds: their subjects, violations and incident dates, and the
scenarios that make sure every state, every rung of both ladders and every group of the
Te doen list (overdue, today, this week) occurs, whatever the number of cases."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from itertools import accumulate

from casemanager.cases.wording import aangifte_task
from casemanager.demo.population import Member, Population
from casemanager.demo.schedule import Life, Scheduler, Spec, working_days_before
from casemanager.ladder import propose
from casemanager.policy.calendar import add_years
from casemanager.policy.schema import Policy, Violation

SEVERITY_WEIGHT = {"licht": 5.0, "middel": 5.0, "zwaar": 2.5, "ernstig": 0.8}
KIND_WEIGHT = {"leerling": 87, "medewerker": 5, "ouder": 6, "overig": 2}
YEARS_BACK = 3


@dataclass(frozen=True)
class Scenario:
    name: str
    ladder: str = "leerling"
    rung: str | None = None
    pin: tuple[str, int] | None = None  # step, days from today (working days for 'besluit')
    stall: str | None = None
    fate: str = "besluit"
    objection: str | None = None
    reopen: bool = False
    open_due: bool = False
    hearing: bool | None = None
    duration: int | None = None
    leak: bool = False  # a possible data leak, left undecided


S = Scenario
PER_TEAM = (
    S("gemeld", pin=("gemeld", 0), stall="onderzoek"),
    S("onderzoek", rung="waarschuwing", hearing=False, pin=("onderzoek", -2), stall="besluit"),
    S("hoorgesprek vandaag", rung="interne_schorsing", pin=("hoorgesprek", 0), stall="gehouden"),
    S("hoorgesprek deze week", rung="externe_schorsing", pin=("hoorgesprek", 3), stall="gehouden"),
    S("hoorgesprek verlopen", rung="interne_schorsing", pin=("hoorgesprek", -3), stall="gehouden"),
    S("melding verlopen", rung="externe_schorsing", duration=3, pin=("besluit", -4), open_due=True),
    S("melding vandaag", rung="externe_schorsing", duration=2, pin=("besluit", -2), open_due=True),
    S("schorsing eindigt", rung="externe_schorsing", duration=3, pin=("einde", 1)),
    S("bezwaartermijn", rung="waarschuwing", pin=("bekend", 4)),
    S("bezwaar", rung="interne_schorsing", objection="open", pin=("bezwaar", -10)),
    S("besluit", rung="waarschuwing", pin=("besluit", -1), stall="bekend"),
    S("geseponeerd", fate="sepot", pin=("geseponeerd", -15)),
    S("heropend", fate="sepot", reopen=True, pin=("heropend", -4), stall="opnieuw_geseponeerd"),
    S("datalek", leak=True, pin=("gemeld", -1), stall="besluit"),
)  # fmt: skip
ONCE = (
    S("zienswijze loopt", "medewerker", "berisping", ("voornemen", 3), stall="besluit"),
    S("zienswijze verlopen", "medewerker", "berisping", ("voornemen", -3), stall="besluit"),
    S("schorsing medewerker", "medewerker", "schorsing", ("einde", 1), duration=14),
    S("hoorgesprek medewerker", "medewerker", "berisping", ("hoorgesprek", 2), stall="gehouden"),
    S("hoorgesprek vandaag", "medewerker", "berisping", ("hoorgesprek", 0), stall="gehouden"),
    S("datalek medewerker", "medewerker", leak=True, pin=("gemeld", -5), stall="besluit"),
    S("gemeld medewerker", "medewerker", pin=("gemeld", -1), stall="onderzoek"),
    S("voornemen verwijdering", rung="verwijdering", pin=("voornemen", -5), stall="besluit"),
    S("bezwaar gegrond", rung="externe_schorsing", objection="gegrond", pin=("gemeld", -200)),
    S("bezwaar ongegrond", "medewerker", "berisping", ("gemeld", -300), objection="ongegrond"),
)  # fmt: skip


@dataclass(slots=True)
class CasePlan:
    subject: Member
    ladder: str
    team_id: int | None
    violations: list[Violation]
    incident: dt.date
    seed: int
    scenario: Scenario | None = None
    reported: dt.datetime = dt.datetime.min
    life: Life | None = None
    spec: Spec | None = None
    aangifte: str = ""  # the description of the aangifte notification, when one is owed


class CasePlanner:
    def __init__(self, rng: random.Random, policy: Policy, pop: Population, now: dt.datetime):
        self.rng, self.policy, self.pop = rng, policy, pop
        self.scheduler = Scheduler(policy, now)
        self.now, self.today = now, now.date()
        self.latest = self.today if now.hour >= 8 else self.today - dt.timedelta(days=1)
        self.earliest = add_years(self.today, -YEARS_BACK)
        child_team = {}
        for student in pop.students:
            for guardian in student.guardians:
                child_team.setdefault(guardian, student.team_id)
        self.child_team = child_team
        self.groups = {
            "leerling": pop.students,
            "medewerker": pop.staff,
            "ouder": [p for p in pop.parents if p.id in child_team],
            "overig": pop.others,
        }
        self.used: set[int] = set()  # subjects of a scenario: one scenario each, if possible
        self.cum = {
            kind: list(accumulate(min(rng.paretovariate(1.8), 8.0) for _ in members))
            for kind, members in self.groups.items()
        }

    def plan(self, count: int) -> list[CasePlan]:
        forced = self._forced()[: max(count // 2, min(count, 12))]
        plans = [p for p in (self._scenario(s, t) for s, t in forced) if p is not None]
        while len(plans) < count:
            plans.append(self._natural())
        plans.sort(key=lambda p: p.reported)
        return plans

    # --- choosing ------------------------------------------------------------------------

    def _forced(self) -> list[tuple[Scenario, int | None]]:
        coverage = [
            (S(f"sport {rung.code}", ladder, rung.code, ("gemeld", -120 - 37 * i)), None)
            for ladder, spec in self.policy.ladders.items()
            for i, rung in enumerate(spec.rungs)
        ]
        teams = [t["id"] for t in self.pop.teams]
        per_team = [(s, team) for s in PER_TEAM for team in teams]
        return coverage + [(s, None) for s in ONCE] + per_team

    def _violations(self, kind: str, *, severity: str | None = None, leak: bool = False):
        fits = [v for v in self.policy.violations if kind in v.applies_to]
        if leak:
            fits = [v for v in fits if v.datalek] or fits
        if severity:
            fits = [v for v in fits if v.severity == severity] or fits
        weights = [SEVERITY_WEIGHT.get(v.severity, 1.0) for v in fits]
        first = self.rng.choices(fits, weights=weights)[0]
        found = [first]
        extra = self.rng.choices((0, 1, 2), weights=(80, 17, 3))[0]
        family = first.code.split("-")[0]  # related violations go together: A6 with A6
        lighter = [
            v
            for v in fits
            if v.severity_rank <= first.severity_rank
            and v is not first
            and v.code.split("-")[0] == family
        ]
        if lighter and extra:
            found += self.rng.sample(lighter, min(extra, len(lighter)))
        return sorted(found, key=lambda v: (-v.severity_rank, v.code))

    def _team_of(self, member: Member) -> int | None:
        if member.kind == "ouder":
            return self.child_team.get(member.id)
        if member.kind == "overig":
            return self.rng.choice(self.pop.teams)["id"]
        return member.team_id

    def _window(self, member: Member) -> tuple[dt.date, dt.date]:
        low = max(self.earliest, member.start or self.earliest)
        high = self.latest if member.left is None else member.left - dt.timedelta(days=20)
        return low, min(high, self.latest)

    def _present(self, member: Member, day: dt.date) -> bool:
        low, high = self._window(member)
        return low <= day <= high

    def _natural(self) -> CasePlan:
        """An incident on a day of the last years, about someone who was there that day."""
        rng = self.rng
        kind = rng.choices(list(KIND_WEIGHT), weights=list(KIND_WEIGHT.values()))[0]
        group = self.groups[kind] or self.groups["leerling"]
        span = (self.latest - self.earliest).days
        incident = self.earliest + dt.timedelta(days=rng.randint(0, span))
        if rng.random() < 0.8:
            incident = min(self.scheduler.school_day(incident), self.latest)
        for _ in range(40):
            member = rng.choices(group, cum_weights=self.cum[group[0].kind])[0]
            if self._present(member, incident):
                break
        else:  # nobody drawn was there: keep the person, move the day into their time
            low, high = self._window(member)
            incident = min(max(incident, low), high) if low <= high else high
        return self._make(member, incident, self._violations(member.kind), None)

    def _scenario(self, scenario: Scenario, team: int | None) -> CasePlan | None:
        kind = "medewerker" if scenario.ladder == "medewerker" else "leerling"
        target = self._pin_date(*scenario.pin) if scenario.pin else self.today
        members = [
            m
            for m in self.groups[kind]
            if m.left is None and (team is None or m.team_id == team)
            and (m.start or self.earliest) <= min(target, self.today) - dt.timedelta(days=60)
        ]  # fmt: skip
        minors = [m for m in members if m.born and add_years(m.born, 17) > self.today]
        if not (minors or members):
            return None
        fresh = [m for m in minors or members if m.id not in self.used]
        member = self.rng.choice(fresh or minors or members)
        self.used.add(member.id)
        severity = None
        if scenario.rung:
            ladder = self.policy.ladders[scenario.ladder]  # type: ignore[index]
            starts = [s for s, code in ladder.start.items() if code == scenario.rung]
            severity = starts[0] if starts else "ernstig"
        violations = self._violations(kind, severity=severity, leak=scenario.leak)
        return self._make(member, min(target, self.latest), violations, scenario)

    def _pin_date(self, step: str, offset: int) -> dt.date:
        terms = self.policy.terms
        if step == "besluit":
            return working_days_before(self.today, -offset)
        base = {
            "bekend": self.today - dt.timedelta(weeks=terms.objection_weeks),
            "voornemen": self.today - dt.timedelta(weeks=terms.zienswijze_weeks),
        }.get(step, self.today)
        day = base + dt.timedelta(days=offset)
        if step in ("einde",) or day == self.today:
            return day
        step_by = 1 if day > self.today else -1
        while day.weekday() >= 5:
            day += dt.timedelta(days=step_by)
        return day

    def _make(
        self, member: Member, incident: dt.date, violations: list[Violation], scenario
    ) -> CasePlan:
        ladder = self.policy.ladder_name_for(member.kind)
        plan = CasePlan(
            member, ladder, self._team_of(member), violations, incident,
            self.rng.getrandbits(48), scenario,
        )  # fmt: skip
        first = propose(self.policy, member.kind, violations, [], incident)
        if first.aangifte_advised:
            articles = ", ".join(first.wvsr_articles)
            plan.aangifte = str(aangifte_task(articles))
        if scenario is None:
            spec = Spec(plan.seed, "sepot")
            plan.reported = self.scheduler.life(spec, incident, "", None).steps["gemeld"]
            return plan
        rung = self.policy.ladders[ladder].rung(scenario.rung or first.rung)  # type: ignore[index]
        duration = scenario.duration or (2 if rung.duration == "schooldagen" else 7)
        duration = min(duration, rung.max_duration or duration)
        plan.spec = Spec(
            plan.seed, scenario.fate, rung,
            hearing=rung.hearing_required if scenario.hearing is None else scenario.hearing,
            duration=duration if rung.has_duration else None, objection=scenario.objection,
            reopen=scenario.reopen, stall=scenario.stall,
            open_notifications=scenario.open_due,
            pins={scenario.pin[0]: self._pin_date(*scenario.pin)} if scenario.pin else {},
        )  # fmt: skip
        plan.life = self.scheduler.life(plan.spec, incident, plan.aangifte, member.born)
        plan.incident = plan.life.incident or incident
        plan.reported = plan.life.steps["gemeld"]
        return plan
