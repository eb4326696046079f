"""The audit log for the beheerder: filtered, newest first, counted, exported, checked.

Lists read through ``dossier.reader()`` (Core, read-only) and page by key: ``before`` is the
lowest sequence number already shown, so the thousandth page costs what the first does.
Paging through the log is not audited (as with the case list); an export is, once, and a
check writes its own entry (``store.verify``). Every function requires READ_AUDIT.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import json
import os
from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select

from casemanager.atomic import fsync_file, link_no_overwrite, temp_path_beside
from casemanager.dutch import fold
from casemanager.errors import DossierExists, InvalidInput
from casemanager.permissions import Permission, require
from casemanager.progress import Progress
from casemanager.store.dossier import Dossier
from casemanager.store.verify import verify
from casemanager.texts import Text, tr
from models.audit import AuditEntry
from models.people import Person

PAGE = 200
_LABELS = {
    "dossier": {"create": tr("dossier aangemaakt"), "open": tr("aangemeld"),
                "verify": tr("dossier gecontroleerd"), "backup": tr("back-up gemaakt"),
                "restore": tr("back-up teruggezet"), "rotate_key": tr("sleutel vervangen")},
    "account": {"add": tr("account toegevoegd"), "password": tr("wachtwoord ingesteld"),
                "enable": tr("account ingeschakeld"), "disable": tr("account uitgeschakeld"),
                "remove": tr("account verwijderd"), "roles": tr("rollen gewijzigd")},
    "case": {"report": tr("zaak gemeld"), "read": tr("zaak ingezien"),
             "add_party": tr("betrokkene toegevoegd"), "investigate": tr("onderzoek gestart"),
             "statement": tr("verklaring vastgelegd"), "note": tr("notitie toegevoegd"),
             "evidence.add": tr("bewijs toegevoegd"), "evidence.read": tr("bewijs ingezien"),
             "hearing.plan": tr("hoorgesprek gepland"),
             "hearing.hold": tr("hoorgesprek gehouden"), "intent": tr("voornemen vastgelegd"),
             "decide": tr("besluit genomen"), "made_known": tr("besluit bekendgemaakt"),
             "notification.done": tr("melding gedaan"), "objection": tr("bezwaar ontvangen"),
             "objection.decide": tr("op bezwaar besloten"), "close": tr("zaak afgesloten"),
             "dismiss": tr("zaak geseponeerd"), "reopen": tr("zaak heropend")},
    "person": {"read": tr("persoon ingezien"), "history": tr("geschiedenis ingezien"),
               "inzage": tr("inzage gemaakt")},
    "letter": {"generate": tr("brief gemaakt"), "release": tr("brief vrijgegeven"),
               "read": tr("brief ingezien"), "print": tr("brieven afgedrukt"),
               "sent": tr("brief verzonden"), "template.store": tr("briefsjabloon opgeslagen"),
               "template.reset": tr("briefsjabloon teruggezet")},
    "school": {"update": tr("schoolgegevens gewijzigd"), "logo": tr("logo gewijzigd"),
               "signers": tr("ondertekenaars gewijzigd")},
    "dataleak": {"register": tr("datalek geregistreerd"), "assess": tr("datalek beoordeeld")},
    "audit": {"export": tr("auditlog geëxporteerd")}, "policy": {"set": tr("beleid ingesteld")},
    "team": {"add": tr("team toegevoegd")}, "demo": {"build": tr("demodossier gemaakt")},
    "persons": {"import": tr("personen geïmporteerd")},
    "retention": {"purge": tr("verlopen gegevens verwijderd")},
}  # fmt: skip
ACTION_LABELS = {f"{group}.{name}": text for group, names in _LABELS.items()
                 for name, text in names.items()}  # fmt: skip


def action_text(action: str) -> Text | str:
    """'case.read' → 'zaak ingezien' for a screen (``ui.core_text``); else the action."""
    return ACTION_LABELS.get(action, action)


def action_label(action: str) -> str:
    return str(action_text(action))  # Dutch, as the CSV export writes it


@dataclass(frozen=True)
class AuditFilter:
    """Which entries to show; empty means "no filter on this"."""

    username: str = ""
    person: str = ""  # a leerling- or personeelsnummer, or words of the name
    action: str = ""
    date_from: dt.date | None = None  # local dates, inclusive
    date_to: dt.date | None = None


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: dt.datetime  # aware, UTC
    username: str
    role: str
    action: str
    object_type: str
    object_id: str
    person_id: int | None
    person_name: str  # "" without a person, or when the person was purged since
    person_number: str
    details: str  # "personen: 2, zaken: 2"
    hash: str


@dataclass(frozen=True)
class AuditChoices:
    usernames: tuple[str, ...]
    actions: tuple[str, ...]


@dataclass(frozen=True)
class LogCheck:
    ok: bool  # storage and chain in order, and the expected head (if any) found
    entries: int
    head_hash: str
    problems: tuple[Text | str, ...]  # a Text where this module words it
    expected_head_found: bool | None  # None: no earlier head hash was given


_COLUMNS = (
    AuditEntry.seq, AuditEntry.at, AuditEntry.username, AuditEntry.role, AuditEntry.action,
    AuditEntry.object_type, AuditEntry.object_id, AuditEntry.person_id,
    Person.voornaam, Person.tussenvoegsel, Person.achternaam, Person.number,
    AuditEntry.details, AuditEntry.hash,
)  # fmt: skip


def list_audit(
    dossier: Dossier,
    filter: AuditFilter = AuditFilter(),
    *,
    before: int | None = None,
    limit: int = PAGE,
) -> list[AuditRow]:
    """One page of entries, newest first, older than ``before`` (a sequence number)."""
    require(dossier.actor, Permission.READ_AUDIT)
    query = _query(select(*_COLUMNS), filter).order_by(AuditEntry.seq.desc()).limit(limit)
    if before is not None:
        query = query.where(AuditEntry.seq < before)
    with dossier.reader() as connection:
        return [_row(r) for r in connection.execute(query)]


def count_audit(dossier: Dossier, filter: AuditFilter = AuditFilter()) -> int:
    require(dossier.actor, Permission.READ_AUDIT)
    query = _query(select(func.count()), filter)
    with dossier.reader() as connection:
        return int(connection.execute(query).scalar_one())


def audit_choices(dossier: Dossier) -> AuditChoices:
    """The users and actions that occur in the log: the choices of the filters."""
    require(dossier.actor, Permission.READ_AUDIT)
    with dossier.reader() as connection:
        users = connection.scalars(select(AuditEntry.username).distinct())
        actions = connection.scalars(select(AuditEntry.action).distinct())
        return AuditChoices(tuple(sorted(users)), tuple(sorted(actions, key=action_label)))


def _query(query: Select[Any], filter: AuditFilter) -> Select[Any]:
    query = query.select_from(AuditEntry).outerjoin(Person, Person.id == AuditEntry.person_id)
    conditions: list[ColumnElement[bool]] = []
    if filter.username:
        conditions.append(AuditEntry.username == filter.username)
    if filter.action:
        conditions.append(AuditEntry.action == filter.action)
    if filter.date_from is not None:
        conditions.append(AuditEntry.at >= _utc_text(filter.date_from))
    if filter.date_to is not None:
        conditions.append(AuditEntry.at < _utc_text(filter.date_to + dt.timedelta(days=1)))
    if words := filter.person.split():
        conditions.append(or_(Person.number == filter.person.strip(), _name_match(words)))
    return query.where(*conditions)


def _name_match(words: list[str]) -> ColumnElement[bool]:
    """Every word starts a part of the name (diacritics and case ignored)."""
    parts = []
    for word in words:
        folded = fold(word).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        parts.append(
            or_(
                Person.name_key.like(f"{folded}%", escape="\\"),
                Person.name_key.like(f"% {folded}%", escape="\\"),
            )
        )
    return and_(*parts)


def _utc_text(day: dt.date) -> str:
    """Local midnight of ``day`` as the log writes its moments: ISO text in UTC."""
    moment = dt.datetime.combine(day, dt.time()).astimezone(dt.UTC)
    return moment.isoformat(timespec="microseconds")


def _row(r: Any) -> AuditRow:
    name = " ".join(p for p in (r.voornaam, r.tussenvoegsel, r.achternaam) if p)
    moment = dt.datetime.fromisoformat(r.at)
    return AuditRow(r.seq, moment, *r[2:8], name, r.number or "", _details(r.details), r.hash)


def _details(text: str) -> str:
    try:
        values = json.loads(text or "{}")
    except ValueError:
        return text
    if not isinstance(values, dict):
        return text
    return ", ".join(f"{key}: {_plain(value)}" for key, value in values.items())


def _plain(value: object) -> str:
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, list):
        return " ".join(map(str, value))
    return str(value)


# --- export and check -------------------------------------------------------------------

CSV_HEADER = ("Volgnummer", "Tijdstip", "Gebruiker", "Rol", "Actie", "Omschrijving", "Object",
              "Persoon", "Nummer", "Details", "Hash")  # fmt: skip


def export_audit_csv(
    dossier: Dossier, filter: AuditFilter, target: Path
) -> Generator[Progress, None, int]:
    """Every entry the filter finds, newest first, as CSV for Dutch Excel (semicolons,
    UTF-8 with a BOM) in a new file: an existing one is never overwritten. Writes an
    'audit.export' entry; returns how many rows were written."""
    role = require(dossier.actor, Permission.READ_AUDIT)
    target = Path(target)
    if not target.parent.is_dir():
        raise InvalidInput(f"De map {target.parent} bestaat niet. Kies een andere map.")
    if target.exists():
        raise DossierExists(target)
    total = count_audit(dossier, filter)
    tmp, written, before = temp_path_beside(target, ".csv"), 0, None
    try:
        with open(tmp, "x", encoding="utf-8-sig", newline="") as handle:
            os.chmod(tmp, 0o600)
            writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
            writer.writerow(CSV_HEADER)
            while page := list_audit(dossier, filter, before=before, limit=2000):
                writer.writerows(_csv_cells(row) for row in page)
                written, before = written + len(page), page[-1].seq
                yield Progress("Auditlog exporteren", written, max(total, written))
        fsync_file(tmp)
        try:
            link_no_overwrite(tmp, target)
        except FileExistsError as exc:
            raise DossierExists(target) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    with dossier.unit_of_work() as uow:
        uow.audit("audit.export", "audit_log", "", role=role, regels=written, file=target.name)
        uow.commit()
    return written


def _csv_cells(row: AuditRow) -> list[object]:
    local = row.at.astimezone().strftime("%d-%m-%Y %H:%M:%S")
    cells = (row.seq, local, row.username, row.role, row.action, action_label(row.action),
             f"{row.object_type} {row.object_id}".strip(), row.person_name, row.person_number,
             row.details, row.hash)  # fmt: skip
    # a text Excel would take for a formula (an object named '=...') stays text
    return [f"'{c}" if isinstance(c, str) and c[:1] in ("=", "+", "-", "@") else c for c in cells]


def check_log(dossier: Dossier, expect_head: str = "") -> Generator[Progress, None, LogCheck]:
    """Check storage and hash chain (``store.verify``, which logs the check) and, when
    given, that a head hash noted earlier is still in the log: if not, entries are gone."""
    require(dossier.actor, Permission.READ_AUDIT)
    yield Progress("Opslag en keten van het auditlog controleren", 0, 1)
    report = verify(dossier)
    found: bool | None = None
    if expect_head.strip():
        wanted = expect_head.strip().lower()
        with dossier.reader() as connection:
            query = select(AuditEntry.seq).where(AuditEntry.hash == wanted)
            found = connection.scalar(query) is not None
    problems: list[Text | str] = list(report.storage_problems)
    if not report.chain.ok:
        line, why = report.chain.first_broken or 0, report.chain.problem
        problems.append(tr("keten gebroken bij regel {line}: {why}", line=line, why=why))
    if found is False:
        problems.append(tr("de eerder genoteerde kop-hash ontbreekt: er zijn regels verdwenen"))
    chain = report.chain
    return LogCheck(not problems, chain.entries, chain.head_hash, tuple(problems), found)
