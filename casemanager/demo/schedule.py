"""The dates of one case's life: report, investigation, voornemen, hearing, decision, the
notifications it owes, made known, objection, closing, dismissal and reopening.

A life is drawn forward from the incident date with realistic gaps, then cut at the
present moment (what has not happened yet is left out), so recent cases are in progress
and their deadlines fall around today. A case can also stall before a step, and a step can
be pinned to a date, so that every Te doen group gets its examples.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from casemanager.policy.calendar import SchoolCalendar, add_working_days
from casemanager.policy.schema import Policy, Rung
from models.cases import CaseStatus

DAY = dt.timedelta(days=1)
STATUS_AFTER = {
    "gemeld": CaseStatus.GEMELD,
    "onderzoek": CaseStatus.ONDERZOEK,
    "gepland": CaseStatus.HOORGESPREK,
    "besluit": CaseStatus.BESLUIT,
    "bekend": CaseStatus.BEKENDGEMAAKT,
    "bezwaar": CaseStatus.BEZWAAR,
    "afgesloten": CaseStatus.AFGESLOTEN,
    "geseponeerd": CaseStatus.GESEPONEERD,
    "heropend": CaseStatus.HEROPEND,
    "opnieuw_geseponeerd": CaseStatus.GESEPONEERD,
}


@dataclass
class Spec:
    """What is settled about a case before its dates are drawn."""

    seed: int
    fate: str  # "besluit" or "sepot"
    rung: Rung | None = None
    hearing: bool = False
    duration: int | None = None
    objection: str | None = None  # the outcome, when an objection comes
    reopen: bool = False
    stall: str | None = None  # the case stops before this step
    open_notifications: bool = False  # the owed notifications stay undone
    pins: dict[str, dt.date] = field(default_factory=dict)


@dataclass
class Owed:
    kind: str
    due: dt.date
    done: dt.datetime | None
    description: str


@dataclass
class Life:
    incident: dt.date | None = None  # moved when a step was pinned
    steps: dict[str, dt.datetime] = field(default_factory=dict)  # reached steps only
    status: CaseStatus = CaseStatus.GEMELD
    hearing_at: dt.datetime | None = None
    zienswijze_due: dt.date | None = None
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    notifications: list[Owed] = field(default_factory=list)
    objection_hearing: dt.date | None = None


class Scheduler:
    def __init__(self, policy: Policy, now: dt.datetime) -> None:
        self.policy, self.now, self.today = policy, now, now.date()
        self.calendar = SchoolCalendar(policy.holidays)
        self._school: dict[dt.date, bool] = {}

    def school_day(self, day: dt.date) -> dt.date:
        while True:
            known = self._school.get(day)
            if known is None:
                known = self._school[day] = self.calendar.is_school_day(day)
            if known:
                return day
            day += DAY

    @staticmethod
    def weekday(day: dt.date) -> dt.date:
        while day.weekday() >= 5:
            day += DAY
        return day

    def last_day(self, rung: Rung, first: dt.date, days: int) -> dt.date:
        if rung.duration == "schooldagen":
            day, left = first, days - 1
            while left > 0:
                day = self.school_day(day + DAY)
                left -= 1
            return day
        return first + dt.timedelta(days=days - 1)

    def life(self, spec: Spec, incident: dt.date, aangifte: str, born: dt.date | None) -> Life:
        """The case's life; with pins, the incident date moves so the pinned step lands."""
        if not spec.pins:
            return self._draw(spec, incident, aangifte, born, {})
        ((key, target),) = spec.pins.items()
        first = self._draw(spec, incident, aangifte, born, {}, cut=False)
        landed = _pinned_value(first, key)
        if landed is not None:
            incident = min(incident + (target - landed), self.today)
        return self._draw(spec, incident, aangifte, born, spec.pins)

    def _draw(
        self,
        spec: Spec,
        incident: dt.date,
        aangifte: str,
        born: dt.date | None,
        pins: dict[str, dt.date],
        *,
        cut: bool = True,
    ) -> Life:
        rng = random.Random(spec.seed)
        terms = self.policy.terms
        steps: dict[str, dt.datetime] = {}
        life = Life(incident=incident)

        def moment(day: dt.date, after: dt.datetime | None = None) -> dt.datetime:
            at = dt.datetime.combine(day, dt.time(8, 0)) + dt.timedelta(minutes=rng.randint(0, 540))
            if after is not None and at <= after:
                at = after + dt.timedelta(minutes=rng.randint(5, 90))
            if cut and at.date() == self.today and at > self.now:
                earlier = self.now - dt.timedelta(minutes=rng.randint(1, 45))
                at = max(earlier, (after or earlier) + dt.timedelta(minutes=1))
            return at

        def step(name: str, day: dt.date, after: dt.datetime | None) -> dt.datetime:
            if name in pins:
                day = max(pins[name], after.date() if after else pins[name])
            steps[name] = moment(day, after)
            return steps[name]

        day = min(self.weekday(incident + rng.choice((0, 0, 0, 1, 1, 2)) * DAY), self.today)
        reported = step("gemeld", day, None)
        last = step("onderzoek", self.weekday(reported.date() + rng.randint(0, 2) * DAY), reported)
        rung = spec.rung
        if spec.fate == "besluit" and rung is not None and rung.intent_first:
            last = step("voornemen", self.school_day(last.date() + rng.randint(1, 5) * DAY), last)
            life.zienswijze_due = last.date() + dt.timedelta(weeks=terms.zienswijze_weeks)
        if spec.hearing:
            last = step("gepland", self.weekday(last.date() + rng.randint(0, 2) * DAY), last)
            day = pins.get("hoorgesprek") or self.school_day(last.date() + rng.randint(2, 7) * DAY)
            life.hearing_at = max(
                dt.datetime.combine(day, dt.time(rng.randint(9, 15), rng.choice((0, 30)))), last
            )
            last = steps["gehouden"] = life.hearing_at + dt.timedelta(minutes=rng.randint(45, 180))
        if spec.fate == "sepot":
            last = step("geseponeerd", self.weekday(last.date() + rng.randint(2, 20) * DAY), last)
            if spec.reopen:
                last = step("heropend", self.weekday(last.date() + rng.randint(7, 60) * DAY), last)
                day = self.weekday(last.date() + rng.randint(5, 40) * DAY)
                step("opnieuw_geseponeerd", day, last)
        else:
            assert rung is not None
            earliest = last.date() + rng.randint(1, 4) * DAY
            if life.zienswijze_due is not None:
                earliest = max(earliest, life.zienswijze_due + rng.randint(1, 4) * DAY)
            last = step("besluit", self.school_day(earliest), last)
            self._after_decision(spec, rung, life, last, aangifte, born, rng)
            known = step("bekend", self.weekday(last.date() + rng.randint(0, 3) * DAY), last)
            term_end = known.date() + dt.timedelta(weeks=terms.objection_weeks)
            if spec.objection:
                day = self.weekday(known.date() + rng.randint(5, 38) * DAY)
                received = step("bezwaar", day, known)
                if rng.random() < 0.5:
                    life.objection_hearing = self.weekday(
                        received.date() + rng.randint(7, 20) * DAY
                    )
                limit = term_end + dt.timedelta(weeks=terms.objection_decision_weeks)
                day = min(received.date() + rng.randint(21, 45) * DAY, limit)
                day = max(day, life.objection_hearing or day)
                if spec.objection != "open":
                    decided = step("beslissing", self.weekday(day), received)
                    step(
                        "afgesloten",
                        self.weekday(decided.date() + rng.randint(1, 5) * DAY),
                        decided,
                    )
            else:
                step("afgesloten", self.weekday(term_end + rng.randint(1, 14) * DAY), known)
        if cut:
            self._cut(spec, life, steps)
        else:
            life.steps = steps
        return life

    def _after_decision(self, spec, rung, life, decided, aangifte, born, rng) -> None:
        day = decided.date()
        if rung.has_duration and spec.duration:
            if rung.duration == "schooldagen":
                life.starts_on = self.school_day(day + DAY)
            else:
                life.starts_on = day + rng.randint(1, 3) * DAY
            life.ends_on = self.last_day(rung, life.starts_on, spec.duration)
        minor = born is not None and _age(born, day) < 18
        owed = [
            (rule.kind, rule.due_working_days, rule.description)
            for rule in rung.notifications
            if rule.applies(duration_days=spec.duration, minor=minor)
        ]
        if aangifte:
            owed.append(("aangifte", self.policy.terms.aangifte_working_days, aangifte))
        for kind, days, description in owed:
            due = add_working_days(day, days)
            done_day = max(day, working_days_before(due, rng.choice((0, 0, 1))))
            if rng.random() < 0.12:
                done_day = add_working_days(due, rng.randint(1, 3))
            done = dt.datetime.combine(done_day, dt.time(rng.randint(9, 16), rng.randint(0, 59)))
            life.notifications.append(Owed(kind, due, max(done, decided), description))

    def _cut(self, spec: Spec, life: Life, steps: dict[str, dt.datetime]) -> None:
        for name, at in steps.items():
            if at > self.now or name == spec.stall:
                break
            life.steps[name] = at
            life.status = STATUS_AFTER.get(name, life.status)
        if "besluit" not in life.steps:
            life.notifications, life.starts_on, life.ends_on = [], None, None
        for owed in life.notifications:
            if spec.open_notifications or (owed.done and owed.done > self.now):
                owed.done = None
        if "gepland" not in life.steps:
            life.hearing_at = None
        if "voornemen" not in life.steps:
            life.zienswijze_due = None
        if "bezwaar" not in life.steps or (
            life.objection_hearing and life.objection_hearing > self.today
        ):
            life.objection_hearing = None


def _pinned_value(life: Life, key: str) -> dt.date | None:
    if key == "hoorgesprek":
        return life.hearing_at.date() if life.hearing_at else None
    if key == "einde":
        return life.ends_on
    at = life.steps.get(key)
    return at.date() if at else None


def _age(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def working_days_before(day: dt.date, count: int) -> dt.date:
    while count > 0:
        day -= DAY
        if day.weekday() < 5:
            count -= 1
    return day
