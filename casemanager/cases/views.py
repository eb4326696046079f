"""A case as plain, frozen data: what a screen, an export or a letter receives."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from casemanager.cases.actions import ActionState
from casemanager.cases.rung_options import RungOption
from casemanager.ladder import Proposal
from casemanager.texts import Text

# who gave a statement that was given anonymously (StatementView.person)
ANONYMOUS = "anoniem"


@dataclass(frozen=True)
class ViolationView:
    code: str
    title: str
    article: str
    article_text: str
    pestprotocol: bool
    strafbaar: bool
    datalek: bool


@dataclass(frozen=True)
class PartyView:
    person_id: int
    name: str
    kind: str
    role: str
    note: str


@dataclass(frozen=True)
class TimelineView:
    id: int
    at: dt.datetime
    kind: str
    # the application's sentences as Texts (from the entry's wording); what a person typed,
    # and entries written before the wording was kept, as the stored Dutch
    title: str | Text
    text: str | Text | tuple[Text, ...]  # a tuple: one Text a line
    by: str
    corrects_id: int | None


@dataclass(frozen=True)
class StatementView:
    id: int
    person: str
    given_at: dt.datetime
    text: str
    recorded_by: str
    corrects_id: int | None


@dataclass(frozen=True)
class EvidenceView:
    id: int
    file_name: str
    media_type: str
    size_bytes: int
    sha256: str
    captured_at: dt.datetime | None
    url: str
    platform: str
    account_name: str
    description: str
    added_at: dt.datetime


@dataclass(frozen=True)
class HearingView:
    id: int
    planned_at: dt.datetime
    location: str
    participants: str
    held_at: dt.datetime | None
    report: str


@dataclass(frozen=True)
class DecisionView:
    id: int
    is_voornemen: bool
    proposed_rung: str
    chosen_rung: str
    chosen_title: str
    reasons: tuple[str | Text, ...]  # Texts; a decision stored before that: its Dutch
    motivation: str
    starts_on: dt.date | None
    ends_on: dt.date | None
    duration_days: int | None
    decided_by: str
    decided_in_role: str
    decided_at: dt.datetime
    zienswijze_due: dt.date | None
    made_known_on: dt.date | None


@dataclass(frozen=True)
class NotificationView:
    id: int
    kind: str
    label: Text | str  # to whom; an unknown kind as it is
    # the policy's text, or for an aangifte the decision's task (a Text)
    description: str | Text
    due_on: dt.date | None
    done_at: dt.datetime | None
    reference: str


@dataclass(frozen=True)
class ObjectionView:
    id: int
    decision_id: int
    received_on: dt.date
    grounds: str
    outcome: str | None
    outcome_on: dt.date | None
    outcome_text: str


@dataclass(frozen=True)
class CaseView:
    id: int
    number: str
    status: str
    status_label: str
    subject: str
    description: str
    incident_date: dt.date
    incident_time: dt.time | None
    place: str
    platform: str
    severity: str
    ladder: str
    person_id: int
    person_name: str
    person_kind: str
    class_name: str
    team: str
    owner: str
    opened_at: dt.datetime
    closed_at: dt.datetime | None
    violations: tuple[ViolationView, ...]
    parties: tuple[PartyView, ...]
    timeline: tuple[TimelineView, ...]
    statements: tuple[StatementView, ...]
    evidence: tuple[EvidenceView, ...]
    hearings: tuple[HearingView, ...]
    decisions: tuple[DecisionView, ...]
    notifications: tuple[NotificationView, ...]
    objections: tuple[ObjectionView, ...]
    proposal: Proposal | None
    objection_term_end: dt.date | None
    actions: tuple[ActionState, ...]
    role: str | None = None  # the signed-in user's role on this case
    rung_options: tuple[RungOption, ...] = ()
