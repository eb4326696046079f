"""Generated letters: stored in the dossier, released to the administration, then sent.

A letter is never changed once generated; a new version is a new row with ``version``
one higher. ``content`` (the PDF or DOCX) is deferred so the print queue stays light.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import ForeignKey, Index, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.accounts import Account
from models.base import MEDIUM, Base, dutch_enum, utcnow
from models.cases import Case
from models.people import Person


class LetterFormat(enum.StrEnum):
    PDF = "pdf"
    DOCX = "docx"


class SendMethod(enum.StrEnum):
    POST = "post"
    AANGETEKEND = "aangetekend"
    EMAIL = "email"
    HAND = "hand"  # handed over in person


class Letter(Base):
    __tablename__ = "letter"
    __table_args__ = (
        Index("ix_letter_case", "case_id", "generated_at"),
        Index("ix_letter_person", "person_id"),
        # what the print queue filters and sorts on, so its pages come from the index
        # alone (every row also carries the letter's files): migration 0008
        Index(
            "ix_letter_queue",
            "released_at",
            "sent_at",
            "addressee",
            "registered",
            "letter_type",
            "case_id",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # empty for the inzage overview, which belongs to a person rather than a case
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decision.id", ondelete="CASCADE"))
    # whom the letter is addressed to: a parent, the person themselves, or nobody on file
    # (the Inspectie, the police)
    addressee_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    addressee: Mapped[str] = mapped_column(String(MEDIUM), default="", info={"label": "aan"})
    subject: Mapped[str] = mapped_column(String(MEDIUM), default="", info={"label": "onderwerp"})
    page_count: Mapped[int] = mapped_column(default=1)
    registered: Mapped[bool] = mapped_column(default=False)  # to be sent aangetekend
    letter_type: Mapped[str] = mapped_column(String(60), info={"label": "soort brief"})
    format: Mapped[LetterFormat] = mapped_column(dutch_enum(LetterFormat, 10))
    version: Mapped[int] = mapped_column(default=1)
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    # the same letter as an editable Word file, rendered from the same content
    docx_content: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    sha256: Mapped[str] = mapped_column(String(64), info={"label": "SHA-256"})
    generated_by_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    generated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    released_at: Mapped[dt.datetime | None]
    released_by_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    sent_at: Mapped[dt.datetime | None]
    sent_by_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    send_method: Mapped[SendMethod | None] = mapped_column(dutch_enum(SendMethod))
    tracking_number: Mapped[str] = mapped_column(
        String(40), default="", info={"label": "barcode aangetekend"}
    )

    case: Mapped[Case | None] = relationship()
    person: Mapped[Person | None] = relationship(foreign_keys=[person_id])
    generated_by: Mapped[Account] = relationship(foreign_keys=[generated_by_id])
    released_by: Mapped[Account | None] = relationship(foreign_keys=[released_by_id])
    sent_by: Mapped[Account | None] = relationship(foreign_keys=[sent_by_id])

    @property
    def is_released(self) -> bool:
        return self.released_at is not None

    @property
    def is_sent(self) -> bool:
        return self.sent_at is not None

    @property
    def file_extension(self) -> str:
        return f".{self.format.value}"


class LetterTemplate(Base):
    """A school's own version of a letter template, set by the beheerder; it replaces the
    default from ``resources/letters`` for every user of this dossier."""

    __tablename__ = "letter_template"

    letter_type: Mapped[str] = mapped_column(String(60), primary_key=True)
    text: Mapped[str] = mapped_column(String(200_000), info={"label": "briefsjabloon"})
    sha256: Mapped[str] = mapped_column(String(64))
    stored_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    stored_by_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
