"""Teams, persons and the guardian links between students and their parents."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import Date, ForeignKey, Index, String, UniqueConstraint, event
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from casemanager.dutch import name_key
from models.base import MEDIUM, SHORT, Base, dutch_enum, utcnow


class PersonKind(enum.StrEnum):
    LEERLING = "leerling"
    OUDER = "ouder"  # ouder/verzorger
    MEDEWERKER = "medewerker"
    OVERIG = "overig"  # a former student, an outsider


class Team(Base):
    """A team or afdeling, e.g. "onderbouw havo/vwo"; teamleiders act within theirs."""

    __tablename__ = "team"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(SHORT), unique=True, info={"label": "teamnaam"})
    active: Mapped[bool] = mapped_column(default=True)


class Person(Base):
    __tablename__ = "person"
    __table_args__ = (
        UniqueConstraint("kind", "number", name="kind_number"),
        Index("ix_person_name", "achternaam", "voornaam"),
        Index("ix_person_team_class", "team_id", "class_name"),
        Index("ix_person_name_key", "name_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[PersonKind] = mapped_column(dutch_enum(PersonKind))
    # leerlingnummer or personeelsnummer; optional for parents and outsiders
    number: Mapped[str | None] = mapped_column(String(SHORT), info={"label": "nummer"})
    voornaam: Mapped[str] = mapped_column(String(SHORT), info={"label": "voornaam"})
    tussenvoegsel: Mapped[str] = mapped_column(
        String(SHORT), default="", info={"label": "tussenvoegsel"}
    )
    achternaam: Mapped[str] = mapped_column(String(SHORT), info={"label": "achternaam"})
    date_of_birth: Mapped[dt.date | None] = mapped_column(Date)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id"))
    class_name: Mapped[str] = mapped_column(String(20), default="", info={"label": "klas"})
    function_title: Mapped[str] = mapped_column(
        String(SHORT), default="", info={"label": "functie"}
    )
    street: Mapped[str] = mapped_column(String(MEDIUM), default="", info={"label": "adres"})
    postcode: Mapped[str] = mapped_column(String(10), default="", info={"label": "postcode"})
    city: Mapped[str] = mapped_column(String(SHORT), default="", info={"label": "woonplaats"})
    email: Mapped[str] = mapped_column(String(254), default="", info={"label": "e-mailadres"})
    phone: Mapped[str] = mapped_column(String(30), default="", info={"label": "telefoon"})
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    leave_date: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # folded "achternaam voornaam tussenvoegsel": sorting and searching names with
    # diacritics the way people expect ("Çelik" under C, "celik" finds it)
    name_key: Mapped[str] = mapped_column(String(MEDIUM), default=lambda ctx: _key_of(ctx))

    team: Mapped[Team | None] = relationship()
    guardians: Mapped[list[Guardianship]] = relationship(
        foreign_keys="Guardianship.student_id", back_populates="student"
    )

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.voornaam, self.tussenvoegsel, self.achternaam) if p)


class Guardianship(Base):
    """Links a student to a parent or guardian; ``receives_letters`` marks the addressees."""

    __tablename__ = "guardianship"
    __table_args__ = (UniqueConstraint("student_id", "guardian_id", name="pair"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    student_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    guardian_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    relation: Mapped[str] = mapped_column(String(40), default="ouder", info={"label": "relatie"})
    receives_letters: Mapped[bool] = mapped_column(default=True)

    student: Mapped[Person] = relationship(foreign_keys=[student_id], back_populates="guardians")
    guardian: Mapped[Person] = relationship(foreign_keys=[guardian_id])


def _key_of(context: Any) -> str:
    """Column default, so Core bulk inserts get the key too."""
    row = context.get_current_parameters()
    return name_key(
        row.get("achternaam", ""), row.get("voornaam", ""), row.get("tussenvoegsel") or ""
    )


@event.listens_for(Session, "before_flush")
def _refresh_name_keys(session: Session, _context: Any, _instances: Any) -> None:
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, Person):
            obj.name_key = name_key(
                obj.achternaam or "", obj.voornaam or "", obj.tussenvoegsel or ""
            )
