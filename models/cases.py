"""A case (zaak): the subject, its violations and parties, its timeline and statements.

Nothing in a case is overwritten: a correction of a timeline entry or a statement is a new
row that points at the one it corrects.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.accounts import Account
from models.base import LONG, MEDIUM, SHORT, TEXT, Base, dutch_enum, utcnow
from models.people import Person, Team


class CaseStatus(enum.StrEnum):
    GEMELD = "gemeld"
    ONDERZOEK = "onderzoek"
    HOORGESPREK = "hoorgesprek"
    BESLUIT = "besluit"
    BEKENDGEMAAKT = "bekendgemaakt"
    BEZWAAR = "bezwaar"
    AFGESLOTEN = "afgesloten"
    GESEPONEERD = "geseponeerd"
    HEROPEND = "heropend"


CLOSED_STATUSES = frozenset({CaseStatus.AFGESLOTEN, CaseStatus.GESEPONEERD})


class Severity(enum.StrEnum):
    LICHT = "licht"
    MIDDEL = "middel"
    ZWAAR = "zwaar"
    ERNSTIG = "ernstig"


class Ladder(enum.StrEnum):
    """Which sanctions ladder of the policy applies; parents use the student ladder."""

    LEERLING = "leerling"
    MEDEWERKER = "medewerker"


class PartyRole(enum.StrEnum):
    BETROKKENE = "betrokkene"
    MELDER = "melder"
    SLACHTOFFER = "slachtoffer"
    GETUIGE = "getuige"
    OUDER = "ouder"
    OVERIG = "overig"


class TimelineKind(enum.StrEnum):
    """Known kinds of timeline entry; the column is plain text, so a new kind needs no migration."""

    MELDING = "melding"
    STATUS = "status"
    NOTITIE = "notitie"
    VERKLARING = "verklaring"
    BEWIJS = "bewijs"
    HOORGESPREK = "hoorgesprek"
    BESLUIT = "besluit"
    BRIEF = "brief"
    MELDING_GEDAAN = "melding_gedaan"  # a notification (Inspectie, leerplicht, ...) was made
    BEZWAAR = "bezwaar"
    CORRECTIE = "correctie"


class Case(Base):
    __tablename__ = "case_file"  # "case" is a reserved word in SQL
    __table_args__ = (
        UniqueConstraint("year", "seq", name="year_seq"),
        CheckConstraint("ladder IN ('leerling', 'medewerker')", name="ladder"),
        Index("ix_case_file_status", "status"),
        Index("ix_case_file_team", "team_id", "status"),
        Index("ix_case_file_opened", "opened_at"),
        # the case list sorts by incident date, overall and within a team
        Index("ix_case_file_incident", "incident_date"),
        Index("ix_case_file_team_incident", "team_id", "incident_date"),
        Index("ix_case_file_subject", "subject_person_id"),
        Index("ix_case_file_owner", "owner_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True, info={"label": "zaaknummer"})
    year: Mapped[int]
    seq: Mapped[int]
    subject_person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id"))
    subject: Mapped[str] = mapped_column(String(MEDIUM), info={"label": "onderwerp"})
    incident_date: Mapped[dt.date] = mapped_column(Date)
    incident_time: Mapped[dt.time | None] = mapped_column(Time)
    place: Mapped[str] = mapped_column(String(MEDIUM), default="", info={"label": "plaats"})
    platform: Mapped[str] = mapped_column(String(SHORT), default="", info={"label": "platform"})
    description: Mapped[str] = mapped_column(
        String(TEXT), default="", info={"label": "omschrijving"}
    )
    severity: Mapped[Severity] = mapped_column(dutch_enum(Severity))
    status: Mapped[CaseStatus] = mapped_column(dutch_enum(CaseStatus), default=CaseStatus.GEMELD)
    owner_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    created_by_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    opened_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[dt.datetime | None]
    ladder: Mapped[str] = mapped_column(String(20), info={"label": "sanctieladder"})

    subject_person: Mapped[Person] = relationship()
    team: Mapped[Team | None] = relationship()
    owner: Mapped[Account] = relationship(foreign_keys=[owner_id])
    created_by: Mapped[Account] = relationship(foreign_keys=[created_by_id])
    violations: Mapped[list[CaseViolation]] = relationship(
        back_populates="case", cascade="all, delete-orphan", passive_deletes=True
    )
    parties: Mapped[list[CaseParty]] = relationship(
        back_populates="case", cascade="all, delete-orphan", passive_deletes=True
    )
    timeline: Mapped[list[TimelineEntry]] = relationship(
        back_populates="case",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="(TimelineEntry.at, TimelineEntry.id)",
    )
    statements: Mapped[list[Statement]] = relationship(
        back_populates="case",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="(Statement.given_at, Statement.id)",
    )

    @property
    def is_closed(self) -> bool:
        return self.status in CLOSED_STATUSES


class CaseViolation(Base):
    """A violation the case is about; ``code`` refers to the policy file's catalogue."""

    __tablename__ = "case_violation"
    __table_args__ = (
        UniqueConstraint("case_id", "code", name="case_code"),
        Index("ix_case_violation_code", "code"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(20), info={"label": "overtredingscode"})

    case: Mapped[Case] = relationship(back_populates="violations")


class CaseParty(Base):
    """Someone involved in a case other than as its subject (reporter, victim, witness...)."""

    __tablename__ = "case_party"
    __table_args__ = (
        UniqueConstraint("case_id", "person_id", "role", name="case_person_role"),
        Index("ix_case_party_person", "person_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    role: Mapped[PartyRole] = mapped_column(dutch_enum(PartyRole))
    note: Mapped[str] = mapped_column(String(LONG), default="", info={"label": "notitie"})

    case: Mapped[Case] = relationship(back_populates="parties")
    person: Mapped[Person] = relationship()


class TimelineEntry(Base):
    """One dated, attributed step in a case; append-only."""

    __tablename__ = "timeline_entry"
    __table_args__ = (Index("ix_timeline_entry_case", "case_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    kind: Mapped[str] = mapped_column(String(40), info={"label": "soort"})
    title: Mapped[str] = mapped_column(String(MEDIUM), info={"label": "titel"})
    # the application's own sentences in title and text as templates with their values
    # (casemanager.texts; JSON {"title": ..., "text": [...]}), for the English screens
    wording: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(String(TEXT), default="", info={"label": "tekst"})
    corrects_entry_id: Mapped[int | None] = mapped_column(ForeignKey("timeline_entry.id"))

    case: Mapped[Case] = relationship(back_populates="timeline")
    account: Mapped[Account] = relationship()
    corrects: Mapped[TimelineEntry | None] = relationship(remote_side=[id])

    @property
    def is_correction(self) -> bool:
        return self.corrects_entry_id is not None


class Statement(Base):
    """A verklaring given by a person (or anonymously) and recorded by a user."""

    __tablename__ = "statement"
    __table_args__ = (
        Index("ix_statement_case", "case_id", "given_at"),
        Index("ix_statement_person", "person_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    given_at: Mapped[dt.datetime]
    text: Mapped[str] = mapped_column(String(TEXT), info={"label": "verklaring"})
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("statement.id"))

    case: Mapped[Case] = relationship(back_populates="statements")
    person: Mapped[Person | None] = relationship()
    recorded_by: Mapped[Account] = relationship()
    corrects: Mapped[Statement | None] = relationship(remote_side=[id])

    @property
    def is_correction(self) -> bool:
        return self.corrects_id is not None
