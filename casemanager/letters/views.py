"""Letters as plain data for the screens and the CLI: no file content, no live ORM object."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from models.letters import Letter, SendMethod

if TYPE_CHECKING:
    from casemanager.uow import UnitOfWork

SEND_METHOD_LABELS = {
    SendMethod.POST: "per post",
    SendMethod.AANGETEKEND: "aangetekend",
    SendMethod.EMAIL: "per e-mail",
    SendMethod.HAND: "persoonlijk overhandigd",
}


@dataclass(frozen=True)
class LetterInfo:
    id: int
    case_id: int | None
    case_number: str
    letter_type: str
    type_title: str
    version: int
    addressee: str
    subject: str
    page_count: int
    registered: bool
    generated_at: dt.datetime
    generated_by: str
    released_at: dt.datetime | None
    sent_at: dt.datetime | None
    send_method: str  # the Dutch label, empty when not sent
    tracking_number: str
    sha256: str

    @property
    def state(self) -> str:
        if self.sent_at is not None:
            return f"verzonden ({self.send_method})"
        if self.released_at is not None:
            return "vrijgegeven voor de administratie"
        return "concept"


def letter_info(uow: UnitOfWork, letter: Letter, case_number: str) -> LetterInfo:
    return LetterInfo(
        id=letter.id,
        case_id=letter.case_id,
        case_number=case_number,
        letter_type=letter.letter_type,
        type_title=uow.policy.letter_types.get(letter.letter_type, letter.letter_type),
        version=letter.version,
        addressee=letter.addressee,
        subject=letter.subject,
        page_count=letter.page_count,
        registered=letter.registered,
        generated_at=letter.generated_at,
        generated_by=letter.generated_by.display_name,
        released_at=letter.released_at,
        sent_at=letter.sent_at,
        send_method=SEND_METHOD_LABELS[letter.send_method] if letter.send_method else "",
        tracking_number=letter.tracking_number,
        sha256=letter.sha256,
    )
