"""Integrity of a dossier: every page's HMAC, the b-tree structure, and the audit chain."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from casemanager.audit import ChainReport, verify_chain
from casemanager.errors import AccountDisabled, UnknownUser
from casemanager.keyslots import KeySlotFile, normalise_username
from casemanager.permissions import Permission, require
from casemanager.store.backend import backend_for
from casemanager.store.engine import make_engine
from casemanager.store.probe import probe
from models.accounts import Account

if TYPE_CHECKING:
    from casemanager.store.dossier import Dossier


@dataclass(frozen=True)
class VerifyReport:
    storage_problems: tuple[str, ...]
    chain: ChainReport
    roles: frozenset[str] = frozenset()

    @property
    def ok(self) -> bool:
        return not self.storage_problems and self.chain.ok

    def summary(self) -> str:
        parts = []
        if self.storage_problems:
            parts.append("opslag: " + "; ".join(self.storage_problems[:5]))
        if not self.chain.ok:
            parts.append(f"auditlog: {self.chain.problem}")
        return ", ".join(parts) or "in orde"


def check_engine(engine: Engine) -> VerifyReport:
    with engine.execution_options(read_only=True).connect() as connection:
        problems = backend_for(engine).integrity_problems(connection)
        chain = verify_chain(connection)
        connection.rollback()
    return VerifyReport(tuple(problems), chain)


def verify(dossier: Dossier) -> VerifyReport:
    """Check the open dossier; the check itself is written to the audit log afterwards."""
    role = require(dossier.actor, Permission.VERIFY)
    report = check_engine(dossier.engine)
    with dossier.unit_of_work() as uow:
        uow.audit(
            "dossier.verify",
            "dossier",
            dossier.keyring.dossier_id,
            role=role,
            ok=report.ok,
            head=report.chain.head_hash,
        )
        uow.commit()
    return report


def verify_files(path: Path, slots: KeySlotFile, username: str, password: str) -> VerifyReport:
    """Check a dossier file without writing to it (used before a restore)."""
    data_key = slots.unlock_with_password(username, password)
    found = probe(path, data_key, slots.dossier_id, username)
    if found.account_active is None:
        raise UnknownUser(username)
    if not found.account_active:
        raise AccountDisabled(username)
    engine = make_engine(path, data_key)
    try:
        report = check_engine(engine)
        with Session(engine) as session:
            account = session.scalars(
                select(Account).where(Account.username == normalise_username(username))
            ).one()
            roles = frozenset(r.value for r in account.role_set)
        return VerifyReport(report.storage_problems, report.chain, roles)
    finally:
        engine.dispose()
