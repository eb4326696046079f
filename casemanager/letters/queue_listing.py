"""The administration's print queue as a list: filtered, sorted and paged in SQL, with a count.

``queue.print_queue`` returns the whole queue at once; the Brieven screen asks for one page
at a time here instead. The administratie sees a released letter as the letter itself shows
it: addressee, kind of letter, reference (the case's number), whether it goes registered,
and when it was released and sent. Nothing else of the case is read: the number is the only
column taken from ``case_file``, and no access rule on cases is applied, because
``PRINT_LETTERS`` is about released letters, whoever's case they belong to.

Lists read through ``dossier.reader()`` (Core, read-only) and are not audited; opening a
letter's PDF is (``queue.letter_file``). As in ``cases.listing``, a page's ids are picked
first (filter, order, limit on the narrow index ``ix_letter_queue`` where it can) and the
columns read for those ids only: every letter row carries its PDF and Word file, so reading
columns of rows that do not make the page would be the expensive part.

The index ``ix_letter_queue`` (migration 0008) holds every column the queue filters and
sorts on, so a page's ids come from it alone; before it, sorting 5,000 waiting letters by
addressee read each row whole, files included (0.9 s, benchmarks/queue_bench.py).
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Row, case, func, or_, select
from sqlalchemy.sql.elements import UnaryExpression

from casemanager.permissions import Permission, require
from casemanager.store.dossier import Dossier
from models.cases import Case
from models.letters import Letter


@dataclass(frozen=True)
class QueueFilter:
    """Which released letters the list shows: those still to send, and with ``sent_since``
    also those sent on or after that day (local time)."""

    sent_since: dt.date | None = None


class QueueSort(enum.Enum):
    RELEASED = "released"  # when the letter was released to the administration
    ADDRESSEE = "addressee"
    LETTER_TYPE = "letter_type"  # by the policy's title, as the list shows it
    CASE_NUMBER = "case_number"  # year, then sequence (2026-0099 before 2026-0100)
    REGISTERED = "registered"  # ordinary first
    STATUS = "status"  # still to send first, then by the moment sent


@dataclass(frozen=True)
class QueuedLetter:
    """One row of the print queue. Moments are aware datetimes in UTC."""

    id: int
    case_number: str  # the letter's reference; empty for a letter without a case
    letter_type: str
    type_title: str  # the policy's Dutch title (a screen: core_text.term); else the code
    addressee: str
    subject: str
    version: int
    page_count: int
    registered: bool  # must go aangetekend
    released_at: dt.datetime
    sent_at: dt.datetime | None
    send_method: str  # models.letters.SendMethod's value ("aangetekend"); empty while not sent
    tracking_number: str

    @property
    def is_sent(self) -> bool:
        return self.sent_at is not None


def _utc(moment: dt.datetime) -> dt.datetime:
    """SQLite hands back the stored UTC moment without its zone: put it back."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _conditions(filter: QueueFilter) -> list[ColumnElement[bool]]:
    released = Letter.released_at.is_not(None)
    if filter.sent_since is None:
        return [released, Letter.sent_at.is_(None)]
    since = dt.datetime.combine(filter.sent_since, dt.time()).astimezone(dt.UTC)
    return [released, or_(Letter.sent_at.is_(None), Letter.sent_at >= since)]


def _order_keys(dossier: Dossier, sort: QueueSort) -> list[ColumnElement[object]]:
    if sort is QueueSort.RELEASED:
        return [Letter.released_at]
    if sort is QueueSort.ADDRESSEE:
        return [func.lower(Letter.addressee)]
    if sort is QueueSort.LETTER_TYPE:
        # by the title the list shows; a type the policy no longer names comes last
        titles = dossier.policy.letter_types
        by_title = sorted(titles, key=lambda code: (titles[code].casefold(), code))
        rank = {code: i for i, code in enumerate(by_title)}
        return [case(rank, value=Letter.letter_type, else_=len(rank)), Letter.letter_type]
    if sort is QueueSort.CASE_NUMBER:
        return [Case.year, Case.seq]
    if sort is QueueSort.REGISTERED:
        return [Letter.registered]
    return [Letter.sent_at.is_not(None), Letter.sent_at]  # STATUS


def _order(dossier: Dossier, sort: QueueSort, descending: bool) -> list[UnaryExpression[object]]:
    ordered = [key.desc() if descending else key.asc() for key in _order_keys(dossier, sort)]
    # the unique tiebreaker keeps pages stable: no letter twice, none skipped
    return [*ordered, Letter.id.desc() if descending else Letter.id.asc()]


# what a row shows, read for the ids of one page only
_COLUMNS = select(
    Letter.id,
    Case.number,
    Letter.letter_type,
    Letter.addressee,
    Letter.subject,
    Letter.version,
    Letter.page_count,
    Letter.registered,
    Letter.released_at,
    Letter.sent_at,
    Letter.send_method,
    Letter.tracking_number,
).outerjoin(Case, Case.id == Letter.case_id)


def list_queue(
    dossier: Dossier,
    filter: QueueFilter | None = None,
    sort: QueueSort = QueueSort.RELEASED,
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
) -> list[QueuedLetter]:
    """One page of the released letters, oldest release first by default."""
    require(dossier.actor, Permission.PRINT_LETTERS)
    if offset < 0 or limit < 0:
        raise ValueError("offset and limit cannot be negative")
    page = (
        select(Letter.id)
        .where(*_conditions(filter or QueueFilter()))
        .order_by(*_order(dossier, sort, descending))
        .offset(offset)
        .limit(limit)
    )
    if sort is QueueSort.CASE_NUMBER:
        page = page.outerjoin(Case, Case.id == Letter.case_id)
    with dossier.reader() as connection:
        ids = list(connection.scalars(page))
        found = {row[0]: row for row in connection.execute(_COLUMNS.where(Letter.id.in_(ids)))}
    titles = dossier.policy.letter_types
    return [_row(found[letter_id], titles) for letter_id in ids if letter_id in found]


def _row(row: Row[Any], titles: dict[str, str]) -> QueuedLetter:
    (letter_id, number, letter_type, addressee, subject, version, pages, registered,
     released_at, sent_at, method, tracking) = row  # fmt: skip
    return QueuedLetter(
        id=letter_id,
        case_number=number or "",
        letter_type=letter_type,
        type_title=titles.get(letter_type, letter_type),
        addressee=addressee,
        subject=subject,
        version=version,
        page_count=pages,
        registered=bool(registered),
        released_at=_utc(released_at),
        sent_at=None if sent_at is None else _utc(sent_at),
        send_method=str(method or ""),  # a code: the screen words it
        tracking_number=tracking or "",
    )


def count_queue(dossier: Dossier, filter: QueueFilter | None = None) -> int:
    """How many letters :func:`list_queue` finds with this filter, over all pages."""
    require(dossier.actor, Permission.PRINT_LETTERS)
    statement = (
        select(func.count()).select_from(Letter).where(*_conditions(filter or QueueFilter()))
    )
    with dossier.reader() as connection:
        return int(connection.execute(statement).scalar_one())
