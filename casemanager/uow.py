"""The unit of work: owns one Session, rolls back unless committed, closes on exit.

Services take a unit of work as their first parameter. It also carries who is acting
(for permission checks and the audit log), the policy the dossier works by, and the
dossier's key ring (for services that change key slots, such as adding an account).
"""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from casemanager import audit
from casemanager.errors import ConcurrentUse
from casemanager.permissions import Actor

if TYPE_CHECKING:
    from casemanager.policy.schema import Policy
    from casemanager.store.keyring import KeyRing


class UnitOfWork:
    def __init__(
        self,
        session_factory: Callable[[], Session],
        actor: Actor,
        keyring: KeyRing,
        policy: Policy,
        *,
        read_only: bool = False,
    ) -> None:
        self._session_factory = session_factory
        self.read_only = read_only
        self.actor = actor
        self.keyring = keyring
        self.policy = policy
        self._session: Session | None = None
        self._committed = False

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("UnitOfWork used outside its 'with' block")
        return self._session

    def __enter__(self) -> UnitOfWork:
        self._session = self._session_factory()
        self._committed = False
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session, self._session = self._session, None
        if session is None:
            return
        try:
            if not self._committed:
                session.rollback()
        finally:
            session.close()

    def commit(self) -> None:
        try:
            self.session.commit()
        except OperationalError as exc:
            self.session.rollback()
            if "locked" in str(exc.orig) or "busy" in str(exc.orig):
                raise ConcurrentUse() from exc
            raise
        self._committed = True

    def rollback(self) -> None:
        self.session.rollback()

    def audit(
        self,
        action: str,
        object_type: str,
        object_id: object = "",
        *,
        role: str | None = None,
        person_id: int | None = None,
        **details: Any,
    ) -> None:
        """Write an audit entry as the acting user, in this unit's transaction."""
        if self.read_only:
            raise RuntimeError("a read-only unit of work cannot write audit entries")
        audit.append(
            self.session,
            username=self.actor.username,
            role=str(role or self.actor.main_role),
            action=action,
            object_type=object_type,
            object_id=object_id,
            person_id=person_id,
            details=details,
        )
