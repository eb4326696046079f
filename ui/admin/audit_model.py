"""The audit log as a table model that holds only the entries fetched so far.

Filtering happens in SQL (``casemanager.audit_log``), newest first; the model asks for the
next page as the view scrolls (``canFetchMore``/``fetchMore``), keyed on the lowest
sequence number it holds, so a log of a million entries costs the screen a few hundred
rows. A page that is not full is the whole answer; after a full one the total is counted
in the thread pool (``counted``), so the rows show first.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from casemanager.audit_log import AuditFilter, AuditRow, action_label, count_audit, list_audit
from casemanager.dutch import short_date
from casemanager.errors import CaseManagerError
from ui.context import AppContext
from ui.tasks import error_text, run_task

AT, USER, ROLE, ACTION, OBJECT, PERSON, DETAILS = range(7)
COLUMN_COUNT = 7
PAGE_SIZE = 200
SeqRole = Qt.ItemDataRole.UserRole + 1  # the entry's sequence number (int)
# what an entry is about, in the screen's words (the CSV keeps the codes)
OBJECT_LABELS = {
    "case": "zaak", "person": "persoon", "letter": "brief", "evidence": "bewijsstuk",
    "hearing": "hoorgesprek", "decision": "besluit", "notification": "melding",
    "objection": "bezwaar", "account": "account", "team": "team", "policy": "beleid",
    "school_details": "schoolgegevens", "school_signer": "ondertekenaars",
    "letter_template": "briefsjabloon", "data_leak": "datalek", "audit_log": "auditlog",
}  # fmt: skip

Index = QModelIndex | QPersistentModelIndex


class AuditLogModel(QAbstractTableModel):
    loaded = Signal()  # reset, holding the first page of a new query
    counted = Signal()  # the total of the current query is known (``total``)
    failed = Signal(str)  # a page or the count failed; the Dutch message

    def __init__(
        self, ctx: AppContext, parent: QObject | None = None, *, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.page_size = page_size
        self.filter = AuditFilter()
        self._rows: list[AuditRow] = []
        self._total: int | None = 0  # None: still being counted
        self._query = 0  # which reload a background count belongs to
        self._exhausted = True
        self._headers = (
            self.tr("Tijdstip"),
            self.tr("Gebruiker"),
            self.tr("Rol"),
            self.tr("Actie"),
            self.tr("Object"),
            self.tr("Persoon"),
            self.tr("Details"),
        )

    # --- the query ------------------------------------------------------------------------

    @property
    def fetched(self) -> int:
        return len(self._rows)

    def total(self) -> int:
        """Entries the filter finds over all pages; while counting, those fetched so far."""
        return len(self._rows) if self._total is None else self._total

    @property
    def is_counted(self) -> bool:
        return self._total is not None

    def set_filter(self, filter: AuditFilter) -> None:
        self.filter = filter
        self.reload()

    def reload(self) -> None:
        """Fetch the first page and the total again."""
        self.beginResetModel()
        self._rows, self._total, self._exhausted = [], 0, True
        self._query += 1
        try:
            first = self._page(None)
            self._rows = first
            self._exhausted = len(first) < self.page_size
            self._total = len(first) if self._exhausted else None
        finally:
            self.endResetModel()
        self.loaded.emit()
        if self._total is None:
            self._count(self._query)
        else:
            self.counted.emit()

    def clear(self) -> None:
        """Forget every row (the dossier was locked)."""
        self.beginResetModel()
        self._rows, self._total, self._exhausted = [], 0, True
        self._query += 1
        self.endResetModel()

    def _count(self, query: int) -> None:
        dossier, filter = self.ctx.dossier, self.filter

        def counted(total: int) -> None:
            if shiboken6.isValid(self) and query == self._query:
                self._total = total
                self.counted.emit()

        def failed(error: BaseException) -> None:
            if shiboken6.isValid(self) and query == self._query:
                self.failed.emit(error_text(error))

        run_task(None, lambda: count_audit(dossier, filter), counted, on_error=failed)

    def _page(self, before: int | None) -> list[AuditRow]:
        return self.ctx.lists(list_audit, self.filter, before=before, limit=self.page_size)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self.ctx.is_locked

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        try:
            more = self._page(self._rows[-1].seq)
        except CaseManagerError as error:
            self._exhausted = True
            self.failed.emit(str(error))
            return
        self._exhausted = len(more) < self.page_size
        if self._exhausted and self._total is None:  # everything is here: that is the total
            self._total = len(self._rows) + len(more)
            self._query += 1
            self.counted.emit()
        if more:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def row_at(self, row: int) -> AuditRow:
        return self._rows[row]

    # --- Qt's model interface -------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == SeqRole:
            return row.seq
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        return None

    def _text(self, row: AuditRow, column: int) -> str:
        if column == AT:
            local = row.at.astimezone()
            return f"{short_date(local.date())} {local:%H:%M:%S}"
        if column == USER:
            return row.username
        if column == ROLE:
            return row.role
        if column == ACTION:
            return action_label(row.action)
        if column == OBJECT:
            return object_text(row)
        if column == PERSON:
            return person_text(row)
        if column == DETAILS:
            return row.details
        return ""

    def _tooltip(self, row: AuditRow) -> str:
        lines = [
            self.tr("Regel {seq}: {action} ({code})").format(
                seq=row.seq, action=action_label(row.action), code=row.action
            ),
            self.tr("Door {user} als {role}").format(user=row.username, role=row.role),
        ]
        if row.details:
            lines.append(self.tr("Details: {details}").format(details=row.details))
        lines.append(self.tr("Object: {kind} {id}").format(kind=row.object_type, id=row.object_id))
        lines.append(self.tr("Hash: {hash}").format(hash=row.hash))
        return "\n".join(lines)


def object_text(row: AuditRow) -> str:
    """'zaak 2026-0048'; the dossier itself without its id (a long code, in the tooltip)."""
    if row.object_type == "dossier":
        return QCoreApplication.translate("AuditLogModel", "dossier")
    kind = QCoreApplication.translate(
        "AuditLogModel", OBJECT_LABELS.get(row.object_type, row.object_type)
    )
    return f"{kind} {row.object_id}".strip()


def person_text(row: AuditRow) -> str:
    """'Jari Lenaerts (2000078)'; a person removed since (retention) by the internal id."""
    if row.person_id is None:
        return ""
    if not row.person_name:
        gone = QCoreApplication.translate("AuditLogModel", "persoon {id} (verwijderd)")
        return gone.format(id=row.person_id)
    return f"{row.person_name} ({row.person_number})" if row.person_number else row.person_name
