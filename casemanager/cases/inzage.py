"""Inzage (AVG art. 15): everything the dossier holds about one person, as plain data, and
the export of it: a JSON file, and a readable PDF overview followed by every letter about
or to the person.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import or_, select

from casemanager.access import case_role, may_see_person
from casemanager.atomic import write_new_file
from casemanager.cases.common import display_name, person_by_id
from casemanager.cases.stored_wording import dutch_text
from casemanager.cases.viewing import build_view
from casemanager.cases.views import TimelineView
from casemanager.errors import InvalidInput, NotFound, PermissionDenied
from casemanager.letters.school import letterhead
from casemanager.permissions import Permission, require
from casemanager.texts import Text, tr
from models.audit import AuditEntry
from models.cases import Case, CaseParty, Statement
from models.letters import Letter
from models.people import Guardianship, Person, PersonKind, Team
from reports.inzage import inzage_document

if TYPE_CHECKING:
    from casemanager.uow import UnitOfWork

FORMAT_VERSION = 1
PERSON_FIELDS = (
    "kind", "number", "voornaam", "tussenvoegsel", "achternaam", "date_of_birth", "class_name",
    "function_title", "street", "postcode", "city", "email", "phone", "start_date", "leave_date",
)  # fmt: skip


def person_id_by_number(uow: UnitOfWork, number: str) -> int:
    found = uow.session.scalars(select(Person.id).where(Person.number == number.strip())).all()
    if not found:
        raise NotFound(
            tr(
                "Er is geen persoon met nummer {number}. "
                "Controleer het leerling- of personeelsnummer.",
                number=number,
            )
        )
    if len(found) > 1:
        raise InvalidInput(
            tr(
                "Het nummer {number} hoort bij meer dan één persoon (leerling en medewerker).",
                number=number,
            )
        )
    return found[0]


def collect_person_data(uow: UnitOfWork, person_id: int) -> dict[str, Any]:
    """Everything about the person; only for someone who may see every case of theirs.
    Writes an 'person.inzage' audit entry (commit the unit)."""
    require(uow.actor, Permission.WORK_CASES)
    session = uow.session
    person = person_by_id(uow, person_id)
    if not may_see_person(session, uow.actor, person.id):
        raise PermissionDenied(
            tr("de gegevens van {person} in te zien", person=display_name(person))
        )
    own_cases = session.scalars(
        select(Case).where(Case.subject_person_id == person.id).order_by(Case.opened_at)
    ).all()
    roles = [case_role(uow.actor, c.ladder, c.team_id) for c in own_cases]
    if any(role is None for role in roles):
        raise PermissionDenied(
            tr(
                "een inzage-overzicht van {person} te maken: niet al deze zaken vallen "
                "onder uw team of rol. Vraag de directie om het overzicht",
                person=display_name(person),
            )
        )
    team = session.get(Team, person.team_id) if person.team_id else None
    data: dict[str, Any] = {
        "formaat": FORMAT_VERSION,
        "gemaakt_op": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "gemaakt_door": uow.actor.display_name,
        "persoon": {f: _plain(getattr(person, f)) for f in PERSON_FIELDS}
        | {"team": team.name if team else ""},
        "ouders_verzorgers": _relatives(uow, person, as_student=True),
        "kinderen": _relatives(uow, person, as_student=False),
        "zaken": [_plain(build_view(uow, case)) for case in own_cases],
        "betrokken_bij_zaken": _involvements(uow, person.id),
        "brieven": _letters(uow, person.id),
        "wie_las_of_wijzigde": _audit_trail(uow, person.id),
    }
    uow.audit("person.inzage", "person", person.id, person_id=person.id, zaken=len(own_cases))
    return data


def export_person(uow: UnitOfWork, person_id: int, out_dir: Path) -> tuple[Path, Path]:
    """Write the inzage JSON and PDF into ``out_dir`` (never over an existing file);
    returns both paths."""
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise InvalidInput(
            tr(
                "De map {folder} bestaat niet. Maak hem eerst aan of kies een andere map.",
                folder=str(out_dir),
            )
        )
    data = collect_person_data(uow, person_id)
    label = data["persoon"]["number"] or f"persoon-{person_id}"
    stem = out_dir / f"inzage-{label}-{dt.date.today():%Y%m%d}"
    json_path, pdf_path = stem.with_suffix(".json"), stem.with_suffix(".pdf")
    for path in (json_path, pdf_path):
        if path.exists():
            raise InvalidInput(
                tr("Er staat al een bestand op {path}; kies een andere map.", path=str(path))
            )
    pdf = _overview_pdf(uow, data)
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False)
    write_new_file(json_path, text.encode("utf-8"))
    write_new_file(pdf_path, pdf)
    return json_path, pdf_path


def _overview_pdf(uow: UnitOfWork, data: dict[str, Any]) -> bytes:
    """The overview, then each letter itself as it was stored."""
    from pypdf import PdfReader, PdfWriter  # reportlab and pypdf load only for an export

    from reports.pdf_render import render_report_pdf

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(render_report_pdf(inzage_document(data, letterhead(uow))))))
    ids = [letter["id"] for letter in data["brieven"]]
    rows = uow.session.execute(select(Letter.id, Letter.content).where(Letter.id.in_(ids)))
    contents = {letter_id: content for letter_id, content in rows}
    for letter_id in ids:
        writer.append(PdfReader(io.BytesIO(contents[letter_id])))
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _relatives(uow: UnitOfWork, person: Person, *, as_student: bool) -> list[dict[str, Any]]:
    mine, other = (
        (Guardianship.student_id, Guardianship.guardian_id)
        if as_student
        else (Guardianship.guardian_id, Guardianship.student_id)
    )
    rows = uow.session.execute(
        select(Person, Guardianship.relation)
        .join(Guardianship, other == Person.id)
        .where(mine == person.id)
    ).all()
    return [
        {"naam": display_name(p), "nummer": p.number, "relatie": relation} for p, relation in rows
    ]


def _involvements(uow: UnitOfWork, person_id: int) -> list[dict[str, Any]]:
    """Cases of others in which the person is a party or gave a statement: what the dossier
    says about them there, not the other person's case."""
    parties = uow.session.execute(
        select(Case.number, Case.incident_date, CaseParty.role, CaseParty.note)
        .join(Case, Case.id == CaseParty.case_id)
        .where(CaseParty.person_id == person_id)
    ).all()
    statements = uow.session.execute(
        select(Case.number, Statement.given_at, Statement.text)
        .join(Case, Case.id == Statement.case_id)
        .where(Statement.person_id == person_id, Case.subject_person_id != person_id)
    ).all()
    return [
        {"zaak": n, "datum": _plain(d), "rol": str(r), "notitie": note} for n, d, r, note in parties
    ] + [{"zaak": n, "verklaring_op": _plain(at), "verklaring": text} for n, at, text in statements]


def _letters(uow: UnitOfWork, person_id: int) -> list[dict[str, Any]]:
    """Letters about the person and letters addressed to them (a parent)."""
    rows = uow.session.execute(
        select(
            Letter.id,
            Letter.letter_type,
            Letter.subject,
            Letter.addressee,
            Letter.version,
            Letter.generated_at,
            Letter.sent_at,
            Letter.send_method,
            Case.number,
        )
        .outerjoin(Case, Case.id == Letter.case_id)
        .where(
            or_(
                Letter.person_id == person_id,
                Letter.addressee_id == person_id,
                Case.subject_person_id == person_id,
            )
        )
        .order_by(Letter.generated_at, Letter.id)
    ).all()
    return [
        {
            "id": letter_id,
            "soort": kind,
            "onderwerp": subject,
            "aan": addressee,
            "versie": version,
            "gemaakt": _plain(made),
            "verzonden": _plain(sent),
            "wijze": str(method) if method else None,
            "zaak": number,
        }
        for letter_id, kind, subject, addressee, version, made, sent, method, number in rows
    ]


def _audit_trail(uow: UnitOfWork, person_id: int) -> list[dict[str, Any]]:
    rows = uow.session.execute(
        select(
            AuditEntry.at,
            AuditEntry.username,
            AuditEntry.role,
            AuditEntry.action,
            AuditEntry.object_type,
            AuditEntry.object_id,
        )
        .where(AuditEntry.person_id == person_id)
        .order_by(AuditEntry.seq)
    ).all()
    return [
        {
            "wanneer": at,
            "gebruiker": user,
            "rol": role,
            "actie": action,
            "object": f"{kind} {obj}".strip(),
        }
        for at, user, role, action, kind, obj in rows
    ]


def _plain(value: Any) -> Any:
    """JSON-friendly: dates as ISO text, enums as their Dutch value, a sentence (a Text) as
    its Dutch, the case's data classes as dicts, containers recursively."""
    if isinstance(value, Text):
        return str(value)
    if isinstance(value, TimelineView):  # its text's lines as the record keeps them
        fields = {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return {**fields, "text": dutch_text(value.text)}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, PersonKind) or hasattr(value, "value"):
        return str(value)
    return value
