"""Making a case's letters: fill the template, render PDF and Word, store a new version.

A letter is never made again silently: every run stores a new row with the next version
number, writes the case timeline and the audit log, and leaves earlier versions as they
were.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from casemanager.cases import timeline_titles
from casemanager.cases.common import add_timeline, load_case, today
from casemanager.dutch import long_date
from casemanager.errors import InvalidInput, NotFound
from casemanager.letters.addressing import Addressee, addressees, organisation
from casemanager.letters.context import latest_hearing, letter_context
from casemanager.letters.school import letterhead, school_info, signers_for
from casemanager.letters.templates import template_source
from casemanager.letters.views import LetterInfo, letter_info
from casemanager.permissions import Permission, require
from casemanager.texts import tr
from models.cases import Case, TimelineKind
from models.letters import Letter, LetterFormat
from models.procedure import Decision, Hearing, Notification
from reports.document import LetterDocument, Signer
from reports.rendering import Rendered, render_letter

if TYPE_CHECKING:
    from casemanager.uow import UnitOfWork

AANGIFTE = "aangifte_samenvatting"
INVITATION = {
    "leerling": "uitnodiging_hoorgesprek",
    "medewerker": "uitnodiging_hoorgesprek_medewerker",
}


def letters_for_decision(uow: UnitOfWork, decision_id: int) -> list[LetterInfo]:
    """Every letter the policy names for this decision (the voornemen's or the besluit's)."""
    decision = uow.session.get(Decision, decision_id)
    if decision is None:
        raise NotFound(tr("Besluit {number} bestaat niet (meer).", number=decision_id))
    case, _role = load_case(uow, decision.case_id)
    rung = uow.policy.ladders[case.ladder].rung(decision.chosen_rung)
    codes = rung.intent_letters if decision.is_voornemen else rung.letters
    made: list[LetterInfo] = []
    for code in codes:
        recipient = uow.policy.recipients.get(code)
        if recipient and recipient.when_notification and not _owes(uow, decision, recipient):
            continue
        made += generate_letter(uow, case.id, code, decision_id=decision.id)
    return made


def invitation_letters(uow: UnitOfWork, hearing_id: int) -> list[LetterInfo]:
    hearing = uow.session.get(Hearing, hearing_id)
    if hearing is None:
        raise NotFound(tr("Hoorgesprek {number} bestaat niet (meer).", number=hearing_id))
    case, _role = load_case(uow, hearing.case_id)
    return generate_letter(uow, case.id, INVITATION[case.ladder], hearing_id=hearing.id)


@dataclass(frozen=True)
class Composed:
    """A letter's content for each addressee, not yet rendered or stored."""

    case: Case
    role: object
    decision: Decision | None
    letters: list[tuple[Addressee, LetterDocument]]


def generate_letter(
    uow: UnitOfWork,
    case_id: int,
    letter_type: str,
    *,
    decision_id: int | None = None,
    hearing_id: int | None = None,
    on: dt.date | None = None,
) -> list[LetterInfo]:
    """One letter of ``letter_type`` per addressee; returns what was stored."""
    composed = compose_letters(
        uow, case_id, letter_type, decision_id=decision_id, hearing_id=hearing_id, on=on
    )
    return [
        store_rendered(
            uow,
            composed.case,
            letter_type,
            render_letter(document),
            subject=document.subject,
            target=target,
            decision=composed.decision,
            registered=document.registered,
            role=composed.role,
        )
        for target, document in composed.letters
    ]


def compose_letters(
    uow: UnitOfWork,
    case_id: int,
    letter_type: str,
    *,
    decision_id: int | None = None,
    hearing_id: int | None = None,
    on: dt.date | None = None,
) -> Composed:
    """Fill the template for every addressee; InvalidInput says what stops it."""
    from reports.templating import TemplateFailed, render  # Jinja loads with the first letter

    require(uow.actor, Permission.WORK_CASES)
    case, role = load_case(uow, case_id)
    policy = uow.policy
    if letter_type not in policy.letter_types:
        raise InvalidInput(
            tr("Het beleid kent geen briefsoort '{letter_type}'.", letter_type=letter_type)
        )
    if letter_type == AANGIFTE:
        raise InvalidInput(
            tr(
                "De samenvatting voor de aangifte is geen brief; maak haar met 'Samenvatting "
                "voor aangifte' (casemanager letters … aangifte)."
            )
        )
    if letter_type in _other_ladders_letters(uow, case.ladder):
        raise InvalidInput(
            tr(
                "De brief '{title}' hoort bij een ander soort zaak en past niet bij zaak {number}.",
                title=policy.letter_types[letter_type],
                number=case.number,
            )
        )
    on = on or today()
    decision = _decision(uow, case, decision_id)
    hearing = uow.session.get(Hearing, hearing_id) if hearing_id else latest_hearing(uow, case)
    if hearing is not None and hearing.case_id != case.id:
        raise InvalidInput(tr("Dit hoorgesprek hoort niet bij deze zaak."))
    recipient = policy.recipients.get(letter_type)
    targets = [organisation(recipient)] if recipient else addressees(case.subject_person, on)
    school = school_info(uow)
    head = letterhead(uow)
    registered = _registered(uow, case, decision, letter_type) and recipient is None
    signers = _signers(uow, case, decision, registered)
    source = template_source(uow, letter_type)
    letters = []
    for target in targets:
        context = letter_context(
            uow, case, school=school, addressee=target, on=on, decision=decision, hearing=hearing
        )
        try:
            parsed = render(f"{letter_type}.txt", source, context)
        except TemplateFailed as error:
            raise InvalidInput(
                tr("De brief kon niet worden gemaakt. {problem}", problem=error.args[0])
            ) from error
        document = LetterDocument(
            letterhead=head,
            address_lines=target.address_lines,
            place_date=f"{school.place}, {long_date(on)}" if school.place else long_date(on),
            reference=case.number,
            subject=parsed.subject,
            blocks=parsed.blocks,
            signers=signers,
            registered=registered,
            title=f"{policy.letter_types[letter_type]} {case.number}",
        )
        letters.append((target, document))
    return Composed(case=case, role=role, decision=decision, letters=letters)


def store_rendered(
    uow: UnitOfWork,
    case: Case,
    letter_type: str,
    rendered: Rendered,
    *,
    subject: str,
    target: Addressee,
    decision: Decision | None,
    registered: bool,
    role: object,
) -> LetterInfo:
    """Keep a made letter as the next version for its case, type and addressee."""
    same = (
        Letter.case_id == case.id,
        Letter.letter_type == letter_type,
        Letter.addressee == target.label,
    )
    version = (uow.session.scalar(select(func.max(Letter.version)).where(*same)) or 0) + 1
    letter = Letter(
        case_id=case.id,
        person_id=case.subject_person_id,
        decision_id=decision.id if decision else None,
        addressee_id=target.person_id,
        addressee=target.label[:300],
        subject=subject[:300],
        letter_type=letter_type,
        format=LetterFormat.PDF,
        version=version,
        content=rendered.pdf,
        docx_content=rendered.docx,
        sha256=hashlib.sha256(rendered.pdf).hexdigest(),
        page_count=rendered.pages,
        registered=registered,
        generated_by_id=uow.actor.account_id,
    )
    uow.session.add(letter)
    uow.session.flush()
    title = uow.policy.letter_types[letter_type]
    add_timeline(
        uow,
        case,
        TimelineKind.BRIEF,
        timeline_titles.letter_made(title),
        timeline_titles.letter_made_text(target.label, version),
    )
    uow.audit(
        "letter.generate",
        "letter",
        letter.id,
        role=str(role),
        person_id=case.subject_person_id,
        letter_type=letter_type,
        version=version,
    )
    return letter_info(uow, letter, case.number)


def _ladder_letters(uow: UnitOfWork, ladder: str) -> set[str]:
    codes = {INVITATION.get(ladder, "")}
    for rung in uow.policy.ladders[ladder].rungs:
        codes.update(rung.letters, rung.intent_letters)
    return codes


def _other_ladders_letters(uow: UnitOfWork, ladder: str) -> set[str]:
    """Letter types that belong to another ladder only (a staff letter on a student case)."""
    others = set().union(
        *(_ladder_letters(uow, name) for name in uow.policy.ladders if name != ladder)
    )
    return others - _ladder_letters(uow, ladder)


def _decision(uow: UnitOfWork, case: Case, decision_id: int | None) -> Decision | None:
    if decision_id is None:
        return uow.session.scalar(
            select(Decision).where(Decision.case_id == case.id).order_by(Decision.decided_at.desc())
        )
    decision = uow.session.get(Decision, decision_id)
    if decision is None or decision.case_id != case.id:
        raise InvalidInput(tr("Dit besluit hoort niet bij deze zaak."))
    return decision


def _owes(uow: UnitOfWork, decision: Decision, recipient: object) -> bool:
    kind = getattr(recipient, "when_notification", None)
    found = uow.session.scalar(
        select(Notification.id).where(
            Notification.case_id == decision.case_id,  # the indexed column
            Notification.decision_id == decision.id,
            Notification.kind == kind,
        )
    )
    return found is not None


def _registered(uow: UnitOfWork, case: Case, decision: Decision | None, letter_type: str) -> bool:
    """Aangetekend: the letters of a rung that the policy sends registered."""
    if decision is None:
        return False
    rung = uow.policy.ladders[case.ladder].rung(decision.chosen_rung)
    return rung.registered_letter and letter_type in (*rung.letters, *rung.intent_letters)


def _signers(
    uow: UnitOfWork, case: Case, decision: Decision | None, registered: bool
) -> tuple[Signer, ...]:
    """Formal letters are signed by whom the beheerder named for the ladder; other letters,
    and formal ones when nobody is named, by whoever decided (or is writing now)."""
    if registered:
        named = signers_for(uow, case.ladder)
        if named:
            return named
    if decision is not None:
        account = decision.decided_by
        return (Signer(account.display_name, account.function_title or decision.decided_in_role),)
    actor = uow.actor
    return (Signer(actor.display_name, actor.function_title or str(actor.main_role)),)
