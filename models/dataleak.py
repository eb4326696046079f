"""The register of data leaks (datalekken) and the decision whether to report to the AP.

Every leak is registered, reported or not (AVG art. 33(5)); a leak may stem from a case
but outlives it, so deleting the case only clears ``case_id``.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.accounts import Account
from models.base import MEDIUM, SHORT, TEXT, Base, utcnow
from models.cases import Case

AP_REPORT_TERM = dt.timedelta(hours=72)  # AVG art. 33(1): report within 72 hours


class DataLeak(Base):
    __tablename__ = "data_leak"
    __table_args__ = (
        Index("ix_data_leak_discovered", "discovered_at"),
        Index("ix_data_leak_case", "case_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case_file.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(MEDIUM), info={"label": "titel"})
    description: Mapped[str] = mapped_column(
        String(TEXT), default="", info={"label": "omschrijving"}
    )
    discovered_at: Mapped[dt.datetime]
    persons_affected: Mapped[int] = mapped_column(default=0)
    data_categories: Mapped[str] = mapped_column(
        String(MEDIUM), default="", info={"label": "soorten gegevens"}
    )
    registered_by_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    registered_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # None until decided; then whether the leak is (to be) reported to the AP
    report_to_ap: Mapped[bool | None]
    ap_reference: Mapped[str] = mapped_column(
        String(SHORT), default="", info={"label": "meldingsnummer AP"}
    )
    decided_at: Mapped[dt.datetime | None]
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    decision_motivation: Mapped[str] = mapped_column(
        String(TEXT), default="", info={"label": "motivering van het besluit"}
    )

    case: Mapped[Case | None] = relationship()
    registered_by: Mapped[Account] = relationship(foreign_keys=[registered_by_id])
    decided_by: Mapped[Account | None] = relationship(foreign_keys=[decided_by_id])

    @property
    def report_deadline(self) -> dt.datetime:
        """The end of the 72 hours the AP allows, counted from discovery."""
        return self.discovered_at + AP_REPORT_TERM

    @property
    def is_decided(self) -> bool:
        return self.report_to_ap is not None
