"""Where a letter type's template text comes from: the school's own version in the dossier,
else the default in ``resources/letters``. A school's version is checked before it is
stored, so a broken template can never reach a parent's letter."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import delete, select

from casemanager.errors import InvalidInput
from casemanager.permissions import Permission, require
from casemanager.resources import resource_path
from casemanager.texts import tr
from models.base import utcnow
from models.letters import LetterTemplate
from reports.markup import TEMPLATE_SUFFIX

if TYPE_CHECKING:
    from casemanager.uow import UnitOfWork

MAX_TEMPLATE_CHARS = 200_000


@dataclass(frozen=True)
class TemplateInfo:
    letter_type: str
    title: str
    own: bool  # the school's own version, stored in the dossier


def default_folder() -> Path:
    return resource_path("letters")


def default_source(letter_type: str) -> str:
    path = default_folder() / f"{letter_type}{TEMPLATE_SUFFIX}"
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InvalidInput(
            tr(
                "Er is geen briefsjabloon voor '{letter_type}' ({file}). Vraag de beheerder "
                "om 'casemanager policy check' te draaien en de sjabloon toe te voegen.",
                letter_type=letter_type,
                file=path.name,
            )
        ) from None


def template_source(uow: UnitOfWork, letter_type: str) -> str:
    own = uow.session.get(LetterTemplate, letter_type)
    return own.text if own is not None else default_source(letter_type)


def list_templates(uow: UnitOfWork) -> list[TemplateInfo]:
    own = set(uow.session.scalars(select(LetterTemplate.letter_type)))
    return [
        TemplateInfo(code, title, code in own) for code, title in uow.policy.letter_types.items()
    ]


def store_template(uow: UnitOfWork, letter_type: str, text: str) -> None:
    """Store the school's own template; refused, with every problem listed, if it has any."""
    require(uow.actor, Permission.MANAGE_POLICY)
    if letter_type not in uow.policy.letter_types:
        known = ", ".join(uow.policy.letter_types)
        raise InvalidInput(
            tr(
                "Het beleid kent geen briefsoort '{letter_type}'. Kies uit: {known}.",
                letter_type=letter_type,
                known=known,
            )
        )
    if len(text) > MAX_TEMPLATE_CHARS:
        raise InvalidInput(
            tr(
                "De sjabloon is {length} tekens lang; het maximum is {maximum}.",
                length=f"{len(text):,}",
                maximum=f"{MAX_TEMPLATE_CHARS:,}",
            )
        )
    from reports.templating import check_template  # Jinja loads when a template is checked

    problems = check_template(f"{letter_type}{TEMPLATE_SUFFIX}", text)
    if problems:
        listed = "\n".join(f"  {problem}" for problem in problems)
        raise InvalidInput(tr("De sjabloon is niet opgeslagen:\n{problems}", problems=listed))
    row = uow.session.get(LetterTemplate, letter_type)
    if row is None:
        row = LetterTemplate(letter_type=letter_type)
        uow.session.add(row)
    row.text = text
    row.sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    row.stored_by_id = uow.actor.account_id
    row.stored_at = utcnow()
    uow.audit("letter.template.store", "letter_template", letter_type, sha256=row.sha256)


def reset_template(uow: UnitOfWork, letter_type: str) -> bool:
    """Back to the default; False when the school had no version of its own."""
    require(uow.actor, Permission.MANAGE_POLICY)
    if letter_type not in uow.policy.letter_types:
        raise InvalidInput(
            tr("Het beleid kent geen briefsoort '{letter_type}'.", letter_type=letter_type)
        )
    result = uow.session.execute(
        delete(LetterTemplate).where(LetterTemplate.letter_type == letter_type)
    )
    removed = bool(getattr(result, "rowcount", 0))
    if removed:
        uow.audit("letter.template.reset", "letter_template", letter_type)
    return removed
