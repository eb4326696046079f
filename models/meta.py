"""One row describing the dossier itself, and the school details for letterheads."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import MEDIUM, SHORT, Base, utcnow


class DossierMeta(Base):
    __tablename__ = "dossier_meta"

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_backup_at: Mapped[dt.datetime | None]


class SchoolDetails(Base):
    """Letterhead data, set by the beheerder."""

    __tablename__ = "school_details"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(MEDIUM), info={"label": "naam van de school"})
    street: Mapped[str] = mapped_column(String(MEDIUM), default="", info={"label": "adres"})
    postcode: Mapped[str] = mapped_column(String(10), default="", info={"label": "postcode"})
    place: Mapped[str] = mapped_column(String(SHORT), default="", info={"label": "plaats"})
    phone: Mapped[str] = mapped_column(String(30), default="", info={"label": "telefoon"})
    email: Mapped[str] = mapped_column(String(254), default="", info={"label": "e-mailadres"})
    website: Mapped[str] = mapped_column(String(MEDIUM), default="", info={"label": "website"})
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    # the bevoegd gezag (school board): where an objection to a decision is sent
    board_name: Mapped[str] = mapped_column(
        String(MEDIUM), default="", info={"label": "naam van het bevoegd gezag"}
    )
    board_street: Mapped[str] = mapped_column(
        String(MEDIUM), default="", info={"label": "adres van het bevoegd gezag"}
    )
    board_postcode: Mapped[str] = mapped_column(
        String(10), default="", info={"label": "postcode van het bevoegd gezag"}
    )
    board_place: Mapped[str] = mapped_column(
        String(SHORT), default="", info={"label": "plaats van het bevoegd gezag"}
    )


class SchoolSigner(Base):
    """Who signs the formal (aangetekende) letters of a ladder on behalf of the school."""

    __tablename__ = "school_signer"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(SHORT), info={"label": "naam ondertekenaar"})
    function: Mapped[str] = mapped_column(String(SHORT), info={"label": "functie ondertekenaar"})
    # the ladder whose formal letters this person signs: "leerling" or "medewerker"
    ladder: Mapped[str] = mapped_column(String(20), info={"label": "soort zaak"})
    position: Mapped[int] = mapped_column(default=0)


class PolicyDocument(Base):
    """A school's own policy file, stored in the dossier so every user works by the same
    rules. The newest row is the active policy; none means the default policy."""

    __tablename__ = "policy_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    toml_text: Mapped[str] = mapped_column(String(2_000_000), info={"label": "beleidsbestand"})
    sha256: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200), info={"label": "naam van het beleid"})
    version: Mapped[str] = mapped_column(String(200), info={"label": "versie van het beleid"})
    loaded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    loaded_by_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
