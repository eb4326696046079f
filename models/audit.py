"""The audit log (NEN 7513 fields), hash-chained; triggers in the migration forbid changes."""

from __future__ import annotations

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import SHORT, Base


class AuditEntry(Base):
    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_person", "person_id"),
        Index("ix_audit_log_account", "username"),
    )

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    # ISO 8601 text, not DateTime: the chain hashes these exact characters.
    at: Mapped[str] = mapped_column(String(40))
    username: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(20))
    action: Mapped[str] = mapped_column(String(60))
    object_type: Mapped[str] = mapped_column(String(40))
    object_id: Mapped[str] = mapped_column(String(SHORT))
    person_id: Mapped[int | None]
    details: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
