"""User accounts, their roles and their teams. Passwords are not here: see the key slots."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Column, ForeignKey, String, Table
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import SHORT, Base, dutch_enum, utcnow
from models.people import Team


class Role(enum.StrEnum):
    TEAMLEIDER = "teamleider"
    HR = "hr"
    DIRECTIE = "directie"
    ADMINISTRATIE = "administratie"
    BEHEERDER = "beheerder"


account_team = Table(
    "account_team",
    Base.metadata,
    Column("account_id", ForeignKey("account.id", ondelete="CASCADE"), primary_key=True),
    Column("team_id", ForeignKey("team.id", ondelete="CASCADE"), primary_key=True),
)


class Account(Base):
    __tablename__ = "account"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True, info={"label": "gebruikersnaam"})
    display_name: Mapped[str] = mapped_column(String(SHORT), info={"label": "naam"})
    function_title: Mapped[str] = mapped_column(
        String(SHORT), default="", info={"label": "functie"}
    )
    active: Mapped[bool] = mapped_column(default=True)
    removed_at: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    roles: Mapped[list[AccountRole]] = relationship(cascade="all, delete-orphan", lazy="selectin")
    teams: Mapped[list[Team]] = relationship(secondary=account_team, lazy="selectin")

    @property
    def role_set(self) -> frozenset[Role]:
        return frozenset(r.role for r in self.roles)


class AccountRole(Base):
    __tablename__ = "account_role"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[Role] = mapped_column(dutch_enum(Role), primary_key=True)
