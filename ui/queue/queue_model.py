"""The print queue as a table model that holds only the rows fetched so far.

Filtering and sorting happen in SQL (``casemanager.letters.queue_listing``); the paging, the
reload on a new filter or sort order and the count in the thread pool are
``ui.paged_model``'s, as for the case list.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QFont

from casemanager.letters.queue_listing import (
    QueuedLetter,
    QueueFilter,
    QueueSort,
    count_queue,
    list_queue,
)
from casemanager.letters.views import SEND_METHOD_LABELS
from casemanager.store.dossier import Dossier
from ui.context import AppContext
from ui.core_text import term
from ui.dates import short_date
from ui.paged_model import PAGE_SIZE, PagedTableModel

ADDRESSEE, LETTER_TYPE, CASE, RELEASED, REGISTERED, STATUS = range(6)
SORT_KEYS: dict[int, QueueSort] = {
    ADDRESSEE: QueueSort.ADDRESSEE,
    LETTER_TYPE: QueueSort.LETTER_TYPE,
    CASE: QueueSort.CASE_NUMBER,
    RELEASED: QueueSort.RELEASED,
    REGISTERED: QueueSort.REGISTERED,
    STATUS: QueueSort.STATUS,
}
LetterIdRole = Qt.ItemDataRole.UserRole + 1  # the letter's id (int)

# a sent letter in the green of a case made known (ui/status_colors.py); one still to send
# stays plain: in the default list every letter is, and colour there would only be noise
SENT = (QColor("#e0f2e2"), QColor("#1c4d24"))
REGISTERED_INK = QColor("#6e2a0f")  # "ja": this one needs the registered-mail counter
NOT_REGISTERED_INK = QColor("#5b6878")  # the style sheet's hint grey
# how a letter went, in a sentence ("verzonden op 26-11-2026 (per post)")
METHOD_TEXTS = {
    "post": QT_TRANSLATE_NOOP("SendMethod", "per post"),
    "aangetekend": QT_TRANSLATE_NOOP("SendMethod", "aangetekend"),
    "email": QT_TRANSLATE_NOOP("SendMethod", "per e-mail"),
    "hand": QT_TRANSLATE_NOOP("SendMethod", "persoonlijk overhandigd"),
}
_CODE_OF_LABEL = {label: str(code) for code, label in SEND_METHOD_LABELS.items()}


def method_text(method: str) -> str:
    """How a letter was sent, in the screen's language: from the method's code, or from
    the Dutch label ``casemanager.letters.views`` gives (``LetterInfo.send_method``)."""
    code = _CODE_OF_LABEL.get(method, method)
    return QCoreApplication.translate("SendMethod", METHOD_TEXTS.get(code, method))


def local_day(moment: dt.datetime) -> dt.date:
    """The day a moment (aware, UTC) falls on here."""
    return moment.astimezone().date()


class QueueModel(PagedTableModel[QueuedLetter, QueueFilter]):
    sort_keys = SORT_KEYS

    def __init__(
        self, ctx: AppContext, parent: QObject | None = None, *, page_size: int = PAGE_SIZE
    ) -> None:
        # the oldest waiting letter first
        super().__init__(ctx, QueueFilter(), parent, page_size=page_size, sort_column=RELEASED)
        self._bold = QFont()
        self._bold.setBold(True)

    def column_titles(self) -> tuple[str, ...]:
        return (
            self.tr("Aan"),
            self.tr("Soort brief"),
            self.tr("Zaak"),
            self.tr("Vrijgegeven"),
            self.tr("Aangetekend"),
            self.tr("Status"),
        )

    def fetch_page(self, cursor: int | None, limit: int) -> list[QueuedLetter]:
        sort = SORT_KEYS[self.sort_column]
        return self.ctx.lists(
            list_queue, self.filter, sort, self.descending, offset=cursor or 0, limit=limit
        )

    def count_all(self, dossier: Dossier, filter: QueueFilter) -> int:
        return count_queue(dossier, filter)

    def row_of_letter(self, letter_id: int) -> int | None:
        """The row of a letter among those fetched, or None."""
        return self.row_where(lambda r: r.id == letter_id)

    # --- Qt's model interface -------------------------------------------------------------

    def cell_data(self, row: QueuedLetter, column: int, role: int) -> Any:
        if role == LetterIdRole:
            return row.id
        if column == STATUS and row.is_sent and role == Qt.ItemDataRole.BackgroundRole:
            return SENT[0]
        if column == STATUS and row.is_sent and role == Qt.ItemDataRole.ForegroundRole:
            return SENT[1]
        if column == REGISTERED and role == Qt.ItemDataRole.ForegroundRole:
            return REGISTERED_INK if row.registered else NOT_REGISTERED_INK
        if column == REGISTERED and role == Qt.ItemDataRole.FontRole and row.registered:
            return self._bold
        return None

    def cell_text(self, row: QueuedLetter, column: int) -> str:
        if column == ADDRESSEE:
            return row.addressee
        if column == LETTER_TYPE:
            return term(row.type_title)
        if column == CASE:
            return row.case_number
        if column == RELEASED:
            return short_date(local_day(row.released_at))
        if column == REGISTERED:
            return self.tr("ja") if row.registered else self.tr("nee")
        if column == STATUS:
            return self.status_text(row)
        return ""

    def status_text(self, row: QueuedLetter) -> str:
        if row.sent_at is None:
            return self.tr("te versturen")
        return self.tr("verzonden op {day}").format(day=short_date(local_day(row.sent_at)))

    def row_tooltip(self, row: QueuedLetter) -> str:
        pages = self.tr("1 pagina") if row.page_count == 1 else self.tr("{n} pagina's")
        lines = [
            row.subject,
            self.tr("Aan: {addressee}").format(addressee=row.addressee),
            self.tr("Versie {version}, {pages}").format(
                version=row.version, pages=pages.format(n=row.page_count)
            ),
        ]
        if row.registered:
            lines.append(self.tr("Moet aangetekend worden verstuurd."))
        if row.sent_at is not None:
            how = method_text(row.send_method) + (
                self.tr(", barcode {code}").format(code=row.tracking_number)
                if row.tracking_number
                else ""
            )
            lines.append(self.status_text(row) + f" ({how})")
        return "\n".join(lines)
