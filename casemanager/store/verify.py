"""Integrity of a dossier: every page's HMAC, the b-tree structure, and the audit chain."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, select
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from casemanager.audit import ChainReport, verify_chain
from casemanager.errors import AccountDisabled, DossierDamaged, UnknownUser
from casemanager.keyslots import KeySlotFile, normalise_username
from casemanager.permissions import Permission, require
from casemanager.store.backend import backend_for
from casemanager.store.engine import make_engine
from casemanager.store.probe import probe
from casemanager.texts import Text, Value, tr
from models.accounts import Account

if TYPE_CHECKING:
    from casemanager.store.dossier import Dossier


@dataclass(frozen=True)
class VerifyReport:
    storage_problems: tuple[str | Text, ...]  # SQLite's own words, or ours
    chain: ChainReport
    roles: frozenset[str] = frozenset()

    @property
    def ok(self) -> bool:
        return not self.storage_problems and self.chain.ok

    def summary(self) -> Text:
        storage: Value = ""
        for problem in self.storage_problems[:5]:
            storage = tr("{first}; {rest}", first=storage, rest=problem) if storage else problem
        if storage and not self.chain.ok:
            return tr(
                "opslag: {storage}, auditlog: {chain}", storage=storage, chain=self.chain.problem
            )
        if storage:
            return tr("opslag: {storage}", storage=storage)
        if not self.chain.ok:
            return tr("auditlog: {chain}", chain=self.chain.problem)
        return tr("in orde")


def check_engine(engine: Engine) -> VerifyReport:
    problems: list[str | Text] = []
    chain = ChainReport(False, 0, "", None, tr("niet gecontroleerd"))
    with engine.execution_options(read_only=True).connect() as connection:
        try:
            problems = backend_for(engine).integrity_problems(connection)
            chain = verify_chain(connection)
        except DatabaseError as exc:
            # A damaged page can stop a check halfway: that is a finding, not a crash.
            problems.append(tr("onleesbare gegevens: {detail}", detail=str(exc.orig)))
        finally:
            connection.rollback()
    return VerifyReport(tuple(problems), chain)


def verify(dossier: Dossier) -> VerifyReport:
    """Check the open dossier; the check itself is written to the audit log afterwards."""
    role = require(dossier.actor, Permission.VERIFY)
    report = check_engine(dossier.engine)
    if not report.storage_problems:
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
    else:
        # SQLCipher refuses writes on a connection that met a bad page; start afresh so the
        # user can still read (and back up) what is intact.
        dossier.engine.dispose()
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
        roles = _roles_of(engine, username, path)
        report = check_engine(engine)
        return VerifyReport(report.storage_problems, report.chain, roles)
    finally:
        engine.dispose()


def _roles_of(engine: Engine, username: str, path: Path) -> frozenset[str]:
    try:
        with Session(engine.execution_options(read_only=True)) as session:
            account = session.scalars(
                select(Account).where(Account.username == normalise_username(username))
            ).one()
            return frozenset(r.value for r in account.role_set)
    except DatabaseError as exc:
        detail = tr("de accounts zijn onleesbaar: {detail}", detail=str(exc.orig))
        raise DossierDamaged(path, detail) from exc
