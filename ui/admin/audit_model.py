"""The audit log as a table model that holds only the entries fetched so far.

Filtering happens in SQL (``casemanager.audit_log``), newest first; the paging and the count
in the thread pool are ``ui.paged_model``'s, but a page is keyed on the lowest sequence
number the model holds (``next_cursor``) rather than on an offset, so a log of a million
entries costs the screen a few hundred rows and a page deep down as little as the first.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt

from casemanager.audit_log import AuditFilter, AuditRow, action_text, count_audit, list_audit
from casemanager.store.dossier import Dossier
from ui.admin.accounts_roles import role_label
from ui.context import AppContext
from ui.core_text import text
from ui.dates import short_date
from ui.paged_model import PAGE_SIZE, PagedTableModel

AT, USER, ROLE, ACTION, OBJECT, PERSON, DETAILS = range(7)
SeqRole = Qt.ItemDataRole.UserRole + 1  # the entry's sequence number (int)
# what an entry is about, in the screen's words (the CSV keeps the codes)
OBJECT_LABELS = {
    "case": QT_TRANSLATE_NOOP("AuditLogModel", "zaak"),
    "person": QT_TRANSLATE_NOOP("AuditLogModel", "persoon"),
    "letter": QT_TRANSLATE_NOOP("AuditLogModel", "brief"),
    "evidence": QT_TRANSLATE_NOOP("AuditLogModel", "bewijsstuk"),
    "hearing": QT_TRANSLATE_NOOP("AuditLogModel", "hoorgesprek"),
    "decision": QT_TRANSLATE_NOOP("AuditLogModel", "besluit"),
    "notification": QT_TRANSLATE_NOOP("AuditLogModel", "melding"),
    "objection": QT_TRANSLATE_NOOP("AuditLogModel", "bezwaar"),
    "account": QT_TRANSLATE_NOOP("AuditLogModel", "account"),
    "team": QT_TRANSLATE_NOOP("AuditLogModel", "team"),
    "policy": QT_TRANSLATE_NOOP("AuditLogModel", "beleid"),
    "school_details": QT_TRANSLATE_NOOP("AuditLogModel", "schoolgegevens"),
    "school_signer": QT_TRANSLATE_NOOP("AuditLogModel", "ondertekenaars"),
    "letter_template": QT_TRANSLATE_NOOP("AuditLogModel", "briefsjabloon"),
    "data_leak": QT_TRANSLATE_NOOP("AuditLogModel", "datalek"),
    "audit_log": QT_TRANSLATE_NOOP("AuditLogModel", "auditlog"),
}


class AuditLogModel(PagedTableModel[AuditRow, AuditFilter]):
    def __init__(
        self, ctx: AppContext, parent: QObject | None = None, *, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__(ctx, AuditFilter(), parent, page_size=page_size)

    def column_titles(self) -> tuple[str, ...]:
        return (
            self.tr("Tijdstip"),
            self.tr("Gebruiker"),
            self.tr("Rol"),
            self.tr("Actie"),
            self.tr("Object"),
            self.tr("Persoon"),
            self.tr("Details"),
        )

    def next_cursor(self) -> int | None:
        """The entries before the oldest one held; None for the first page."""
        return self._rows[-1].seq if self._rows else None

    def fetch_page(self, cursor: int | None, limit: int) -> list[AuditRow]:
        return self.ctx.lists(list_audit, self.filter, before=cursor, limit=limit)

    def count_all(self, dossier: Dossier, filter: AuditFilter) -> int:
        return count_audit(dossier, filter)

    # --- Qt's model interface -------------------------------------------------------------

    def cell_data(self, row: AuditRow, column: int, role: int) -> Any:
        return row.seq if role == SeqRole else None

    def cell_text(self, row: AuditRow, column: int) -> str:
        if column == AT:
            local = row.at.astimezone()
            return f"{short_date(local.date())} {local:%H:%M:%S}"
        if column == USER:
            return row.username
        if column == ROLE:
            return role_label(row.role)
        if column == ACTION:
            return text(action_text(row.action))
        if column == OBJECT:
            return object_text(row)
        if column == PERSON:
            return person_text(row)
        if column == DETAILS:
            return row.details
        return ""

    def row_tooltip(self, row: AuditRow) -> str:
        lines = [
            self.tr("Regel {seq}: {action} ({code})").format(
                seq=row.seq, action=text(action_text(row.action)), code=row.action
            ),
            self.tr("Door {user} als {role}").format(user=row.username, role=role_label(row.role)),
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
