"""The policy a dossier works by: the school's own file stored in it, or the default."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from casemanager.atomic import write_new_file
from casemanager.permissions import Permission, require
from casemanager.policy.loading import DEFAULT_POLICY, PolicyInvalid, default_policy, parse_policy
from casemanager.policy.schema import Policy
from models.meta import PolicyDocument

if TYPE_CHECKING:
    from casemanager.uow import UnitOfWork


@dataclass(frozen=True)
class ActivePolicy:
    policy: Policy
    is_default: bool
    # set when the stored file no longer validates (after an update of casemanager): the
    # default is used meanwhile, and the beheerder is told why
    problem: str = ""


def load_active_policy(session: Session) -> ActivePolicy:
    text = session.scalars(
        select(PolicyDocument.toml_text).order_by(PolicyDocument.id.desc()).limit(1)
    ).first()
    if text is None:
        return ActivePolicy(default_policy(), is_default=True)
    try:
        return ActivePolicy(parse_policy(text, source="het beleid in dit dossier"), False)
    except PolicyInvalid as error:
        return ActivePolicy(default_policy(), is_default=True, problem=str(error))


def store_policy(uow: UnitOfWork, text: str) -> Policy:
    """Validate ``text`` and make it the dossier's policy; nothing changes when it fails."""
    role = require(uow.actor, Permission.MANAGE_POLICY)
    policy = parse_policy(text, source="het nieuwe beleidsbestand")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    uow.session.add(
        PolicyDocument(
            toml_text=text,
            sha256=digest,
            name=policy.name,
            version=policy.version,
            loaded_by_id=uow.actor.account_id,
        )
    )
    uow.audit(
        "policy.set", "policy", digest[:16], role=role, name=policy.name, version=policy.version
    )
    return policy


def export_policy(uow: UnitOfWork, target: Path) -> Path:
    """Write the policy this dossier works with, as a TOML file, to ``target`` (never over
    an existing file): the school's own file as stored, or the standard policy's file
    when the school has none. A beheerder starts a school's own policy from it."""
    role = require(uow.actor, Permission.MANAGE_POLICY)
    text = uow.session.scalars(
        select(PolicyDocument.toml_text).order_by(PolicyDocument.id.desc()).limit(1)
    ).first()
    if text is None:
        text = DEFAULT_POLICY.read_text(encoding="utf-8")
    # audited first: a refused write (the file exists) rolls the entry back with it
    uow.audit("policy.export", "policy", "", role=role, target=str(target))
    write_new_file(Path(target), text.encode("utf-8"))
    return Path(target)
