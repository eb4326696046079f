"""Evidence (bewijs): a file kept in the dossier, with where and when it was captured.

The file itself is stored in the row (the whole database is encrypted). ``content`` is
deferred, so listing evidence never loads the files; the hash is what the aangifte
summary quotes.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.accounts import Account
from models.base import LONG, SHORT, TEXT, Base, utcnow
from models.cases import Case


class Evidence(Base):
    __tablename__ = "evidence"
    __table_args__ = (Index("ix_evidence_case", "case_id", "added_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"))
    file_name: Mapped[str] = mapped_column(String(255), info={"label": "bestandsnaam"})
    media_type: Mapped[str] = mapped_column(
        String(SHORT), default="application/octet-stream", info={"label": "bestandstype"}
    )
    size_bytes: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64), info={"label": "SHA-256"})
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    captured_at: Mapped[dt.datetime | None]
    url: Mapped[str] = mapped_column(String(LONG), default="", info={"label": "URL"})
    platform: Mapped[str] = mapped_column(String(SHORT), default="", info={"label": "platform"})
    account_name: Mapped[str] = mapped_column(
        String(SHORT), default="", info={"label": "accountnaam"}
    )
    description: Mapped[str] = mapped_column(
        String(TEXT), default="", info={"label": "omschrijving"}
    )
    added_by_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    added_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    case: Mapped[Case] = relationship()
    added_by: Mapped[Account] = relationship()
