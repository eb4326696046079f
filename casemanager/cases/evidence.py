"""Evidence files: kept inside the encrypted dossier with their SHA-256, never changed."""

from __future__ import annotations

import datetime as dt
import hashlib
import mimetypes
from pathlib import Path
from typing import TYPE_CHECKING

from casemanager.cases import timeline_titles
from casemanager.cases.common import add_timeline, load_case
from casemanager.cases.workflow import ensure_open
from casemanager.errors import InvalidInput, NotFound
from casemanager.texts import tr
from models.cases import TimelineKind
from models.evidence import Evidence

if TYPE_CHECKING:
    from casemanager.uow import UnitOfWork

MAX_EVIDENCE_BYTES = 25 * 1024 * 1024


def read_evidence_file(path: Path) -> bytes:
    """The file's bytes, refusing what cannot be evidence with a message that says why."""
    path = Path(path)
    if path.is_dir():
        raise InvalidInput(
            tr("{path} is een map. Kies een bestand (bijvoorbeeld een screenshot).", path=str(path))
        )
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InvalidInput(tr("Het bestand {path} bestaat niet (meer).", path=str(path))) from None
    _check_size(path.name, size)
    return path.read_bytes()


def add_evidence(
    uow: UnitOfWork,
    case_id: int,
    file_name: str,
    content: bytes,
    *,
    captured_at: dt.datetime | None = None,
    url: str = "",
    platform: str = "",
    account_name: str = "",
    description: str = "",
) -> int:
    case, role = load_case(uow, case_id)
    ensure_open(case, tr("bewijs toe te voegen"))
    name = Path(file_name).name.strip()
    if not name:
        raise InvalidInput(tr("Het bewijsstuk heeft geen bestandsnaam."))
    _check_size(name, len(content))
    digest = hashlib.sha256(content).hexdigest()
    if any(e.sha256 == digest for e in uow.session.query(Evidence).filter_by(case_id=case.id)):
        raise InvalidInput(
            tr("Het bestand {name} zit al bij deze zaak (zelfde inhoud).", name=name)
        )
    evidence = Evidence(
        case_id=case.id,
        file_name=name,
        media_type=mimetypes.guess_type(name)[0] or "application/octet-stream",
        size_bytes=len(content),
        sha256=digest,
        content=content,
        captured_at=captured_at,
        url=url.strip(),
        platform=platform.strip(),
        account_name=account_name.strip(),
        description=description.strip(),
        added_by_id=uow.actor.account_id,
    )
    uow.session.add(evidence)
    uow.session.flush()
    title = timeline_titles.evidence_added(name)
    add_timeline(uow, case, TimelineKind.BEWIJS, title, f"SHA-256: {digest}")
    uow.audit(
        "case.evidence.add",
        "evidence",
        evidence.id,
        role=role,
        person_id=case.subject_person_id,
        sha256=digest,
    )
    return evidence.id


def evidence_content(uow: UnitOfWork, evidence_id: int) -> tuple[str, bytes]:
    """The file name and bytes of one evidence file; reading it is audited."""
    evidence = uow.session.get(Evidence, evidence_id)
    if evidence is None:
        raise NotFound(tr("Dit bewijsstuk bestaat niet (meer)."))
    case, role = load_case(uow, evidence.case_id)
    uow.audit(
        "case.evidence.read", "evidence", evidence.id, role=role, person_id=case.subject_person_id
    )
    return evidence.file_name, evidence.content


def _check_size(name: str, size: int) -> None:
    if size == 0:
        raise InvalidInput(tr("Het bestand {name} is leeg.", name=name))
    if size > MAX_EVIDENCE_BYTES:
        raise InvalidInput(
            tr(
                "Het bestand {name} is {size} MB; het maximum is {maximum} MB. Verklein het "
                "(bijvoorbeeld een screenshot in plaats van een video) of bewaar het buiten "
                "het dossier en beschrijf waar.",
                name=name,
                size=size / 1024 / 1024,
                maximum=MAX_EVIDENCE_BYTES // 1024 // 1024,
            )
        )
