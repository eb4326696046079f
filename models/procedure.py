"""The formal steps after the investigation: hearing, decision, notifications, objection.

Rung names (``proposed_rung``, ``chosen_rung``) are the policy file's names, not an
enum, so a school can add steps to its ladders without a migration.
"""

from __future__ import annotations

import datetime as dt
import enum
import json

from sqlalchemy import Date, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.accounts import Account
from models.base import LONG, MEDIUM, SHORT, TEXT, Base, dutch_enum, utcnow
from models.cases import Case


class Hearing(Base):
    """A hoorgesprek: planned, then held, then reported on."""

    __tablename__ = "hearing"
    __table_args__ = (
        Index("ix_hearing_case", "case_id", "planned_at"),
        Index("ix_hearing_planned", "held_at", "planned_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"))
    planned_at: Mapped[dt.datetime]
    location: Mapped[str] = mapped_column(String(MEDIUM), default="", info={"label": "locatie"})
    participants: Mapped[str] = mapped_column(
        String(LONG), default="", info={"label": "deelnemers"}
    )
    held_at: Mapped[dt.datetime | None]
    report: Mapped[str] = mapped_column(String(TEXT), default="", info={"label": "verslag"})
    reported_by_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"))

    case: Mapped[Case] = relationship()
    reported_by: Mapped[Account | None] = relationship()

    @property
    def is_held(self) -> bool:
        return self.held_at is not None


class Decision(Base):
    """A besluit (or, for staff, a voornemen): the rung proposed, the rung chosen, and why."""

    __tablename__ = "decision"
    __table_args__ = (
        Index("ix_decision_case", "case_id", "decided_at"),
        Index("ix_decision_ends", "ends_on"),
        # Te doen's objection terms read only these columns per case: no row lookups
        Index("ix_decision_case_known", "case_id", "is_voornemen", "made_known_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"))
    proposed_rung: Mapped[str] = mapped_column(String(40), info={"label": "voorgestelde maatregel"})
    # JSON list of the reasons shown with the proposal: each as the texts module's data
    # ([template, values]); a decision stored before that has the Dutch as plain strings.
    # Read them with casemanager.cases.stored_wording.read_reasons
    proposal_reasons: Mapped[str] = mapped_column(
        String(TEXT), default="[]", info={"label": "redenen van het voorstel"}
    )
    chosen_rung: Mapped[str] = mapped_column(String(40), info={"label": "gekozen maatregel"})
    motivation: Mapped[str] = mapped_column(String(TEXT), default="", info={"label": "motivering"})
    starts_on: Mapped[dt.date | None] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    duration_days: Mapped[int | None]
    decided_by_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    decided_in_role: Mapped[str] = mapped_column(String(20), info={"label": "rol"})
    decided_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    is_voornemen: Mapped[bool] = mapped_column(default=False)
    zienswijze_due: Mapped[dt.date | None] = mapped_column(Date)
    # the day the decision was made known (letters sent); the objection term runs from it
    made_known_on: Mapped[dt.date | None] = mapped_column(Date)

    case: Mapped[Case] = relationship()
    decided_by: Mapped[Account] = relationship()

    @property
    def reasons(self) -> list[object]:
        """``proposal_reasons`` decoded as stored; an empty list if it is empty."""
        return list(json.loads(self.proposal_reasons or "[]"))

    @property
    def deviates_from_proposal(self) -> bool:
        return self.chosen_rung != self.proposed_rung


class NotificationKind(enum.StrEnum):
    INSPECTIE = "inspectie"
    LEERPLICHT = "leerplicht"
    OUDERS = "ouders"
    AANGIFTE = "aangifte"
    AP = "ap"  # Autoriteit Persoonsgegevens


class Notification(Base):
    """A report the school owes to someone outside (Inspectie, leerplicht, police...)."""

    __tablename__ = "notification"
    __table_args__ = (
        Index("ix_notification_case", "case_id"),
        Index("ix_notification_open", "done_at", "due_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"))
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decision.id", ondelete="CASCADE"))
    kind: Mapped[NotificationKind] = mapped_column(dutch_enum(NotificationKind))
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    done_at: Mapped[dt.datetime | None]
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    reference: Mapped[str] = mapped_column(String(SHORT), default="", info={"label": "kenmerk"})
    description: Mapped[str] = mapped_column(
        String(MEDIUM), default="", info={"label": "omschrijving"}
    )

    case: Mapped[Case] = relationship()
    decision: Mapped[Decision | None] = relationship()
    done_by: Mapped[Account | None] = relationship()

    @property
    def is_done(self) -> bool:
        return self.done_at is not None


class ObjectionOutcome(enum.StrEnum):
    GEGROND = "gegrond"
    DEELS_GEGROND = "deels_gegrond"
    ONGEGROND = "ongegrond"
    INGETROKKEN = "ingetrokken"


class Objection(Base):
    """A bezwaar against a decision: received, possibly heard, then decided."""

    __tablename__ = "objection"
    __table_args__ = (
        Index("ix_objection_case", "case_id"),
        Index("ix_objection_decision", "decision_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"))
    decision_id: Mapped[int] = mapped_column(ForeignKey("decision.id", ondelete="CASCADE"))
    received_on: Mapped[dt.date] = mapped_column(Date)
    grounds: Mapped[str] = mapped_column(
        String(TEXT), default="", info={"label": "gronden van het bezwaar"}
    )
    hearing_on: Mapped[dt.date | None] = mapped_column(Date)
    outcome: Mapped[ObjectionOutcome | None] = mapped_column(dutch_enum(ObjectionOutcome))
    outcome_on: Mapped[dt.date | None] = mapped_column(Date)
    outcome_text: Mapped[str] = mapped_column(
        String(TEXT), default="", info={"label": "beslissing op bezwaar"}
    )

    case: Mapped[Case] = relationship()
    decision: Mapped[Decision] = relationship()

    @property
    def is_decided(self) -> bool:
        return self.outcome is not None
