"""The policy as typed, frozen objects: violations, the two ladders, terms, retention, holidays.

The shape is checked by pydantic; rules that span several parts of the file (a ladder's
starting rung must exist, a letter type must be declared) are in ``consistency.py``, so
each problem can be reported at its own place in the file.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Code = Annotated[str, StringConstraints(pattern=r"^[A-Za-z][A-Za-z0-9_.\-]{0,39}$")]
ViolationCode = Annotated[str, StringConstraints(pattern=r"^[A-Za-z][A-Za-z0-9_.\-]{0,19}$")]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Text = Annotated[str, StringConstraints(max_length=4000)]
Days = Annotated[int, Field(ge=0, le=3650)]
PersonKindName = Literal["leerling", "ouder", "medewerker", "overig"]
SeverityName = Literal["licht", "middel", "zwaar", "ernstig"]
RoleName = Literal["teamleider", "hr", "directie"]
LadderName = Literal["leerling", "medewerker"]
NotificationName = Literal["inspectie", "leerplicht", "ouders", "aangifte"]
DurationUnit = Literal["geen", "schooldagen", "kalenderdagen"]

SEVERITY_ORDER: tuple[SeverityName, ...] = ("licht", "middel", "zwaar", "ernstig")


class Part(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Violation(Part):
    code: ViolationCode
    title: Title
    article: Title
    article_text: Text = ""
    applies_to: list[PersonKindName] = Field(min_length=1)
    severity: SeverityName
    pestprotocol: bool = False
    strafbaar: bool = False
    wvsr: list[str] = []
    datalek: bool = False

    @property
    def severity_rank(self) -> int:
        return SEVERITY_ORDER.index(self.severity)


class NotificationRule(Part):
    """A report owed when a rung is decided, e.g. the Inspectie for a schorsing > 1 day."""

    kind: NotificationName
    longer_than_days: Days | None = None  # only when the measure lasts longer than this
    minors_only: bool = False  # only when the person is under 18 on the decision date
    due_working_days: Days = 2
    description: Text = ""

    def applies(self, *, duration_days: int | None, minor: bool) -> bool:
        if self.minors_only and not minor:
            return False
        return self.longer_than_days is None or (duration_days or 0) > self.longer_than_days


class Rung(Part):
    code: Code
    title: Title
    decided_by: list[RoleName] = Field(min_length=1)
    hearing_required: bool = False
    intent_first: bool = False  # staff: voornemen, then the zienswijze term, then the besluit
    duration: DurationUnit = "geen"
    max_duration: Annotated[int, Field(ge=1, le=3650)] | None = None
    notifications: list[NotificationRule] = []
    intent_letters: list[Code] = []  # with intent_first: the letters of the voornemen
    letters: list[Code] = []  # the letters of the besluit
    registered_letter: bool = False  # letters go aangetekend
    checklist: list[Title] = []
    description: Text = ""

    @property
    def has_duration(self) -> bool:
        return self.duration != "geen"


class Ladder(Part):
    title: Title
    applies_to: list[PersonKindName] = Field(min_length=1)
    start: dict[SeverityName, Code]
    rungs: list[Rung] = Field(min_length=1)

    def index_of(self, rung_code: str) -> int:
        for index, rung in enumerate(self.rungs):
            if rung.code == rung_code:
                return index
        raise KeyError(rung_code)

    def rung(self, rung_code: str) -> Rung:
        return self.rungs[self.index_of(rung_code)]

    @property
    def top(self) -> int:
        return len(self.rungs) - 1


class Terms(Part):
    objection_weeks: Days = 6
    objection_decision_weeks: Days = 4  # the outcome, counted from the end of the term
    zienswijze_weeks: Days = 3
    aangifte_working_days: Days = 2
    dataleak_hours: Annotated[int, Field(ge=1, le=720)] = 72
    look_back_months: Annotated[int, Field(ge=0, le=120)] = 12
    hearing_within_school_days: Days = 5  # when a hearing is required and none is planned
    ending_soon_days: Days = 2  # a measure ending within this many days is shown in Te doen
    objection_notice_days: Days = 7  # an objection term shows in Te doen this long before


class Retention(Part):
    """Years a person's data is kept: for students and staff after they leave, for parents
    and others after their last case was closed."""

    leerling_years: Annotated[int, Field(ge=0, le=100)] = 2
    medewerker_years: Annotated[int, Field(ge=0, le=100)] = 2
    ouder_years: Annotated[int, Field(ge=0, le=100)] = 2
    overig_years: Annotated[int, Field(ge=0, le=100)] = 2

    def years_for(self, kind: str) -> int:
        return int(getattr(self, f"{kind}_years"))


class Holiday(Part):
    name: Title
    start: dt.date
    end: dt.date


class Recipient(Part):
    """A letter that goes to an organisation rather than a person, e.g. the Inspectie."""

    name: Title
    address: list[Title] = Field(min_length=1, max_length=4)
    salutation: Title = "Geachte heer, mevrouw"
    # made only when the decision owes this notification (Inspectie: longer than one day)
    when_notification: NotificationName | None = None


class Policy(Part):
    name: Title
    version: Title
    terms: Terms = Terms()
    retention: Retention = Retention()
    wvsr: dict[str, Title] = {}
    letter_types: dict[Code, Title] = {}
    recipients: dict[Code, Recipient] = {}
    violations: list[Violation] = Field(min_length=1)
    ladders: dict[LadderName, Ladder]
    holidays: list[Holiday] = []
    # the policy's own texts in English, for the desktop application's English screens:
    # "Dutch text exactly as written above" = "its English"; texts without one stay Dutch.
    # Keys are not stripped: one that is not a text of the policy is reported (consistency)
    english: dict[Text, Text] = {}

    def violation(self, code: str) -> Violation:
        for violation in self.violations:
            if violation.code == code:
                return violation
        raise KeyError(code)

    def has_violation(self, code: str) -> bool:
        return any(v.code == code for v in self.violations)

    def ladder_name_for(self, person_kind: str) -> LadderName:
        for name, ladder in self.ladders.items():
            if person_kind in ladder.applies_to:
                return name
        raise KeyError(person_kind)

    def ladder_for(self, person_kind: str) -> Ladder:
        return self.ladders[self.ladder_name_for(person_kind)]
