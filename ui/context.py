"""What every screen gets: the signed-in dossier behind a small, safe interface.

Screens never see a Session: they pass a service function to ``call`` (a unit of work
that commits, on the calling thread) or ``run`` (the same, off the UI thread) and get the
service's plain dataclasses back. ``lists`` gives list services the Dossier itself, which
they read through its Core reader. Signals tell the other screens that something changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from casemanager.permissions import Actor
from casemanager.policy.schema import Policy
from casemanager.store.dossier import Dossier
from casemanager.uow import UnitOfWork
from ui import core_text
from ui.tasks import Task, run_task

T = TypeVar("T")


class Locked(RuntimeError):
    """The dossier is locked; the screen that asked will get its data after unlocking."""


class AppContext(QObject):
    case_opened = Signal(int)  # a screen asks the main window to show this case
    cases_changed = Signal()  # a case was reported, decided, closed, ...
    letters_changed = Signal()
    policy_changed = Signal()  # the beheerder stored another policy
    locked_changed = Signal(bool)

    def __init__(self, dossier: Dossier, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dossier: Dossier | None = dossier
        self.actor: Actor = dossier.actor
        self.dossier_path = dossier.path
        self.policy: Policy = dossier.policy
        core_text.use_policy(self.policy.english)

    # --- the dossier --------------------------------------------------------------------

    @property
    def dossier(self) -> Dossier:
        if self._dossier is None:
            raise Locked(QCoreApplication.translate("AppContext", "Het dossier is vergrendeld."))
        return self._dossier

    @property
    def is_locked(self) -> bool:
        return self._dossier is None

    def lock(self) -> None:
        """Close every connection and let go of the data key."""
        if self._dossier is not None:
            self._dossier.close()
            self._dossier = None
            self.locked_changed.emit(True)

    def unlock(self, dossier: Dossier) -> None:
        if dossier.actor.username != self.actor.username:
            dossier.close()
            raise ValueError("only the user who locked may unlock")
        self._dossier = dossier
        self.policy = dossier.policy
        core_text.use_policy(self.policy.english)
        self.locked_changed.emit(False)

    def reload_policy(self) -> None:
        """Read the dossier's policy again after it was stored, and tell the screens."""
        self.dossier.reload_policy()
        self.policy = self.dossier.policy
        core_text.use_policy(self.policy.english)
        self.policy_changed.emit()

    # --- calling services ---------------------------------------------------------------

    def call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """``fn(uow, *args)`` in a unit of work that commits when ``fn`` returns."""
        with self.dossier.unit_of_work() as uow:
            result = fn(uow, *args, **kwargs)
            uow.commit()
        return result

    def read(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """``fn(uow, *args)`` in a read-only unit (no audit entry can be written)."""
        with self.dossier.unit_of_work(read_only=True) as uow:
            return fn(uow, *args, **kwargs)

    def lists(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """A list service that takes the Dossier: ``fn(dossier, *args)``."""
        return fn(self.dossier, *args, **kwargs)

    def run(
        self,
        parent: QWidget | None,
        fn: Callable[[UnitOfWork], T],
        on_done: Callable[[T], None] | None = None,
        *,
        progress_title: str | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Task:
        """``call`` off the UI thread; ``on_done`` gets the result on the UI thread."""
        dossier = self.dossier

        def work() -> T:
            with dossier.unit_of_work() as uow:
                result = fn(uow)
                if hasattr(result, "__next__"):  # a generator: drain it inside the unit
                    result = yield from result
                uow.commit()
            return result

        return run_task(parent, work, on_done, progress_title=progress_title, on_error=on_error)
