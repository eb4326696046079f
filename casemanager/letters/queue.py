"""From a finished letter to the post: release it, print the queue, register it as sent.

The case worker releases a letter; the administration sees the queue of released
letters (the letter itself, nothing else of the case), prints them as one PDF and
records per letter how and when it went out.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Generator, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import undefer

from casemanager.atomic import write_new_file
from casemanager.cases import timeline_titles
from casemanager.cases.common import add_timeline, as_local, load_case, today
from casemanager.errors import InvalidInput, NotFound
from casemanager.letters.views import LetterInfo, letter_info
from casemanager.permissions import Permission, allows, require
from casemanager.progress import Progress
from casemanager.texts import tr
from models.base import utcnow
from models.cases import Case, TimelineKind
from models.letters import Letter, SendMethod

if TYPE_CHECKING:
    from casemanager.uow import UnitOfWork

# PostNL's registered-mail barcodes are 13 characters ("3SABCD1234567"); foreign and older
# ones differ, so only the shape is checked: letters and digits, 9 to 40 of them
AANGIFTE = "aangifte_samenvatting"
TRACKING = re.compile(r"[A-Z0-9]{9,40}")


def release(uow: UnitOfWork, letter_id: int) -> LetterInfo:
    letter, case = _letter_of_case(uow, letter_id)
    if letter.letter_type == AANGIFTE:
        raise InvalidInput(
            tr(
                "De samenvatting voor de aangifte gaat niet per post: neem haar mee naar de "
                "politie of geef haar aan de wijkagent. Sla haar op als PDF om af te drukken."
            )
        )
    if letter.released_at is not None:
        raise InvalidInput(tr("Deze brief is al vrijgegeven voor de administratie."))
    newer = uow.session.scalar(
        select(Letter.id).where(
            Letter.case_id == letter.case_id,
            Letter.letter_type == letter.letter_type,
            Letter.addressee == letter.addressee,
            Letter.version > letter.version,
        )
    )
    if newer is not None:
        raise InvalidInput(tr("Er is een nieuwere versie van deze brief; geef die vrij."))
    letter.released_at = utcnow()
    letter.released_by_id = uow.actor.account_id
    add_timeline(
        uow,
        case,
        TimelineKind.BRIEF,
        timeline_titles.letter_released(),
        timeline_titles.letter_released_text(letter.subject, letter.addressee, letter.version),
    )
    uow.audit("letter.release", "letter", letter.id, person_id=case.subject_person_id)
    return letter_info(uow, letter, case.number)


def case_letters(uow: UnitOfWork, case_id: int) -> list[LetterInfo]:
    case, _role = load_case(uow, case_id)
    rows = uow.session.scalars(
        select(Letter).where(Letter.case_id == case.id).order_by(Letter.generated_at, Letter.id)
    )
    return [letter_info(uow, row, case.number) for row in rows]


def print_queue(uow: UnitOfWork, *, include_sent_since: dt.date | None = None) -> list[LetterInfo]:
    """Released letters not yet sent, oldest first; optionally also those sent since a day."""
    require(uow.actor, Permission.PRINT_LETTERS)
    waiting = Letter.released_at.is_not(None) & Letter.sent_at.is_(None)
    if include_sent_since is not None:
        since = dt.datetime.combine(include_sent_since, dt.time()).astimezone(dt.UTC)
        waiting = waiting | (Letter.sent_at >= since)
    rows = uow.session.execute(
        select(Letter, Case.number)
        .join(Case, Case.id == Letter.case_id)
        .where(waiting)
        .order_by(Letter.released_at, Letter.id)
    )
    return [letter_info(uow, letter, number) for letter, number in rows]


def letter_file(uow: UnitOfWork, letter_id: int, *, word: bool = False) -> bytes:
    """The stored PDF (or Word file) of a letter; reading it is audited."""
    letter = _readable(uow, letter_id)
    data = letter.docx_content if word else letter.content
    if data is None:
        raise InvalidInput(tr("Van deze brief is geen Word-bestand bewaard; gebruik de PDF."))
    uow.audit(
        "letter.read",
        "letter",
        letter.id,
        person_id=letter.person_id,
        format="docx" if word else "pdf",
    )
    return data


def print_batch(
    uow: UnitOfWork, letter_ids: Sequence[int], target: Path, *, duplex: bool = True
) -> Iterator[Progress]:
    """All these released letters in one PDF at ``target`` (never overwritten). With
    ``duplex`` a letter with an odd number of pages gets a blank back page, so each letter
    starts on a fresh sheet. The checks run at once; the merging when the result is
    iterated (in a worker thread, with a progress dialog)."""
    require(uow.actor, Permission.PRINT_LETTERS)
    if not letter_ids:
        raise InvalidInput(tr("Kies eerst de brieven die u wilt afdrukken."))
    if Path(target).exists():
        raise InvalidInput(
            tr("Er staat al een bestand op {path}; kies een andere naam.", path=str(target))
        )
    return _to_file(uow, list(letter_ids), Path(target), duplex)


def print_job(
    uow: UnitOfWork, letter_ids: Sequence[int], *, duplex: bool = True
) -> Generator[Progress, None, bytes]:
    """The same one PDF as :func:`print_batch`, returned when the generator finishes
    instead of written to a file: what the desktop application sends to a printer, so
    the letters never lie unencrypted in a temporary folder."""
    require(uow.actor, Permission.PRINT_LETTERS)
    if not letter_ids:
        raise InvalidInput(tr("Kies eerst de brieven die u wilt afdrukken."))
    return _to_printer(uow, list(letter_ids), duplex)


def _to_file(
    uow: UnitOfWork, letter_ids: list[int], target: Path, duplex: bool
) -> Iterator[Progress]:
    data = yield from _merge(uow, letter_ids, duplex)
    write_new_file(target, data)
    uow.audit(
        "letter.print", "letter", "", count=len(letter_ids), letters=letter_ids, file=target.name
    )
    yield Progress(tr("Klaar"), len(letter_ids), len(letter_ids))


def _to_printer(
    uow: UnitOfWork, letter_ids: list[int], duplex: bool
) -> Generator[Progress, None, bytes]:
    data = yield from _merge(uow, letter_ids, duplex)
    uow.audit("letter.print", "letter", "", count=len(letter_ids), letters=letter_ids, printer=True)
    return data


def _merge(
    uow: UnitOfWork, letter_ids: list[int], duplex: bool
) -> Generator[Progress, None, bytes]:
    from pypdf import PdfReader, PdfWriter  # loaded when printing, not with the application

    writer = PdfWriter()
    total = len(letter_ids)
    for done, letter in enumerate(_released(uow, letter_ids), start=1):
        reader = PdfReader(io.BytesIO(letter.content))
        writer.append(reader)
        if duplex and len(reader.pages) % 2:
            writer.add_blank_page()
        if done % 10 == 0 or done == total:
            yield Progress(tr("Brieven samenvoegen"), done, total)
    # the school's logo (and other shared objects) once instead of once per letter
    writer.compress_identical_objects()
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def mark_sent(
    uow: UnitOfWork, letter_id: int, on: dt.date, method: SendMethod, tracking_number: str = ""
) -> LetterInfo:
    require(uow.actor, Permission.PRINT_LETTERS)
    letter = _letter(uow, letter_id)
    if letter.released_at is None:
        raise InvalidInput(
            tr("Deze brief is nog niet vrijgegeven; vraag de behandelaar dat te doen.")
        )
    if letter.sent_at is not None:
        raise InvalidInput(
            tr(
                "Deze brief is al als verzonden geregistreerd ({date}).",
                date=f"{letter.sent_at:%d-%m-%Y}",
            )
        )
    if on > today():
        raise InvalidInput(
            tr("De verzenddatum ligt in de toekomst. Registreer de brief als hij weg is.")
        )
    released_on = as_local(letter.released_at).date()
    if on < released_on:
        raise InvalidInput(
            tr(
                "De verzenddatum ligt vóór de vrijgave op {date}; controleer de datum.",
                date=released_on,
            )
        )
    code = re.sub(r"[\s-]", "", tracking_number).upper()
    if method == SendMethod.AANGETEKEND and not TRACKING.fullmatch(code):
        raise InvalidInput(
            tr(
                "Vul de barcode van de aangetekende zending in (letters en cijfers, bijvoorbeeld "
                "3SABCD1234567); die staat op het verzendbewijs van PostNL."
            )
        )
    if letter.registered and method != SendMethod.AANGETEKEND:
        raise InvalidInput(tr("Deze brief moet aangetekend worden verstuurd."))
    letter.sent_at = dt.datetime.combine(on, dt.datetime.now().time()).astimezone(dt.UTC)
    letter.sent_by_id = uow.actor.account_id
    letter.send_method = method
    letter.tracking_number = code if method == SendMethod.AANGETEKEND else ""
    case = uow.session.get(Case, letter.case_id) if letter.case_id else None
    if case is not None:
        text = timeline_titles.letter_sent_text(
            letter.subject, letter.addressee, method, on, letter.tracking_number
        )
        add_timeline(uow, case, TimelineKind.BRIEF, timeline_titles.letter_sent(), text)
    uow.audit("letter.sent", "letter", letter.id, person_id=letter.person_id, method=str(method))
    return letter_info(uow, letter, case.number if case else "")


def _released(uow: UnitOfWork, letter_ids: Sequence[int]) -> Iterator[Letter]:
    rows = {
        row.id: row
        for row in uow.session.scalars(
            select(Letter).options(undefer(Letter.content)).where(Letter.id.in_(letter_ids))
        )
    }
    for letter_id in letter_ids:
        letter = rows.get(letter_id)
        if letter is None:
            raise NotFound(
                tr("Brief {number} bestaat niet (meer). Ververs de lijst.", number=letter_id)
            )
        if letter.released_at is None:
            raise InvalidInput(
                tr(
                    "Brief {number} is niet vrijgegeven en kan niet worden afgedrukt.",
                    number=letter_id,
                )
            )
        yield letter


def _letter(uow: UnitOfWork, letter_id: int) -> Letter:
    letter = uow.session.get(Letter, letter_id)
    if letter is None:
        raise NotFound(
            tr("Brief {number} bestaat niet (meer). Ververs de lijst.", number=letter_id)
        )
    return letter


def _letter_of_case(uow: UnitOfWork, letter_id: int) -> tuple[Letter, Case]:
    require(uow.actor, Permission.WORK_CASES)
    letter = _letter(uow, letter_id)
    if letter.case_id is None:
        raise InvalidInput(tr("Deze brief hoort niet bij een zaak."))
    case, _role = load_case(uow, letter.case_id)
    return letter, case


def _readable(uow: UnitOfWork, letter_id: int) -> Letter:
    """Case workers read their cases' letters; the administration reads released ones."""
    letter = _letter(uow, letter_id)
    if allows(uow.actor, Permission.PRINT_LETTERS) and letter.released_at is not None:
        return letter
    _letter_of_case(uow, letter_id)  # otherwise only someone who works on the case
    return letter
