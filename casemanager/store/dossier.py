"""A dossier: one SQLCipher file plus its key-slot file. Create, open, hand out units of work.

Opening goes: key-slot file → the user's slot (Argon2id) → the data key → a read-only probe
of the database → (backup, then migrations, when the schema is older) → the engine. Every
check that can fail happens before anything is written.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Connection, Engine, select
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker

import models
from casemanager import audit, crypto
from casemanager.account_rules import validate_new_password, validate_username
from casemanager.atomic import fsync_file, temp_path_beside
from casemanager.errors import (
    AccountDisabled,
    DossierDamaged,
    DossierExists,
    DossierTooNew,
    InvalidInput,
    UnknownUser,
)
from casemanager.keyslots import KeySlotFile, key_id, normalise_username
from casemanager.permissions import Actor
from casemanager.policy.loading import default_policy
from casemanager.policy.schema import Policy
from casemanager.policy.stored import ActivePolicy, load_active_policy
from casemanager.recovery import format_recovery_key, new_recovery_secret, parse_recovery_key
from casemanager.store import migrations
from casemanager.store.backend import backend_for
from casemanager.store.backup import backup_before_migration
from casemanager.store.engine import make_engine
from casemanager.store.keyring import KeyRing, keys_path_for, link_pair_into_place
from casemanager.store.probe import ProbeResult, check_file_shape, probe
from casemanager.store.rotate import finish_interrupted_rotation
from casemanager.texts import tr
from casemanager.uow import UnitOfWork
from models.accounts import Account, AccountRole, Role
from models.meta import DossierMeta, SchoolDetails


class Dossier:
    """An unlocked dossier with a signed-in user. Close it (or use ``with``) when done."""

    def __init__(self, keyring: KeyRing, engine: Engine, actor: Actor) -> None:
        self.keyring = keyring
        self.engine = engine
        self.actor = actor
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)
        self._read_engine = engine.execution_options(read_only=True)
        self._read_sessions = sessionmaker(bind=self._read_engine, expire_on_commit=False)
        self.active_policy = default_active_policy()
        self.reload_policy()

    @property
    def policy(self) -> Policy:
        return self.active_policy.policy

    def reload_policy(self) -> None:
        """Read the dossier's policy again (after the beheerder stored a new one)."""
        with self._read_sessions() as session:
            self.active_policy = load_active_policy(session)
            session.rollback()

    @property
    def path(self) -> Path:
        return self.keyring.dossier_path

    # --- creating ------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        *,
        school_name: str,
        admin_username: str,
        admin_password: str,
        admin_display_name: str = "",
        place: str = "",
    ) -> tuple[Dossier, str]:
        """Create a new dossier; returns it opened as the beheerder, and the recovery key."""
        path = Path(path)
        keys_path = keys_path_for(path)
        if not path.parent.is_dir():
            raise InvalidInput(
                tr(
                    "De map {folder} bestaat niet. Maak de map eerst aan of kies een andere.",
                    folder=str(path.parent),
                )
            )
        for existing in (path, keys_path):
            if existing.exists():
                raise DossierExists(existing)
        if not school_name.strip():
            raise InvalidInput(tr("Geef de naam van de school op; die komt boven elke brief."))
        username = validate_username(admin_username)
        validate_new_password(admin_password)

        data_key = crypto.random_key()
        dossier_id = str(uuid.uuid4())
        recovery_secret = new_recovery_secret()
        slots = KeySlotFile(dossier_id, key_id(data_key))
        slots.set_user_password(username, admin_password, data_key)
        slots.set_recovery(recovery_secret, data_key)

        tmp_db = temp_path_beside(path, ".casedb")
        tmp_keys = temp_path_beside(keys_path, ".casekeys")
        try:
            engine = make_engine(tmp_db, data_key)
            try:
                migrations.upgrade(engine)
                with Session(engine) as session, session.begin():
                    _seed(session, dossier_id, school_name, place, username, admin_display_name)
            finally:
                engine.dispose()
            os.chmod(tmp_db, 0o600)  # encrypted, but still nobody else's business
            fsync_file(tmp_db)
            slots.save(tmp_keys)
            link_pair_into_place(tmp_db, tmp_keys, path)
        finally:
            for leftover in (tmp_db, tmp_keys, Path(f"{tmp_keys}.bak")):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
        dossier = cls.open(path, username, admin_password)
        return dossier, format_recovery_key(recovery_secret)

    # --- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, username: str, password: str) -> Dossier:
        path = Path(path)
        check_file_shape(path)
        slots = KeySlotFile.load(keys_path_for(path))
        data_key = slots.unlock_with_password(username, password)
        return cls._open_with_key(path, slots, data_key, username)

    @classmethod
    def open_with_recovery(cls, path: Path, recovery_key: str, username: str) -> Dossier:
        """Open as ``username`` with the recovery key (to give that user a new password)."""
        path = Path(path)
        check_file_shape(path)
        slots = KeySlotFile.load(keys_path_for(path))
        data_key = slots.unlock_with_recovery(parse_recovery_key(recovery_key))
        return cls._open_with_key(path, slots, data_key, username, via="herstelsleutel")

    @classmethod
    def _open_with_key(
        cls, path: Path, slots: KeySlotFile, data_key: bytes, username: str, via: str = ""
    ) -> Dossier:
        finish_interrupted_rotation(path, slots, data_key)
        found = probe(path, data_key, slots.dossier_id, username)
        _refuse_unusable_account(found, username, path)
        engine = make_engine(path, data_key)
        try:
            if found.revision != migrations.head_revision():
                backup_before_migration(path, engine, data_key, found.revision)
                migrations.upgrade(engine)
            _refresh_statistics(engine)
            keyring = KeyRing(path, slots.dossier_id, data_key)
            actor = _load_actor(engine, username)
            dossier = cls(keyring, engine, actor)
            with dossier.unit_of_work() as uow:
                uow.audit("dossier.open", "dossier", slots.dossier_id, via=via or "wachtwoord")
                uow.commit()
            return dossier
        except sa_exc.DatabaseError as exc:
            engine.dispose()
            if "malformed" in str(exc.orig) or "not a database" in str(exc.orig):
                raise DossierDamaged(path, tr("een deel van het bestand is onleesbaar")) from exc
            raise
        except BaseException:
            engine.dispose()
            raise

    # --- using ---------------------------------------------------------------------------

    def unit_of_work(self, *, read_only: bool = False) -> UnitOfWork:
        """A unit of work as the signed-in user. ``read_only`` units cannot write (not even
        audit entries), and do not wait for writers: use them for lists and counts."""
        factory = self._read_sessions if read_only else self._sessions
        return UnitOfWork(factory, self.actor, self.keyring, self.policy, read_only=read_only)

    @contextlib.contextmanager
    def reader(self) -> Iterator[Connection]:
        """A Core connection in a read-only transaction, without a Session: the cheap path
        for list pages and counts that select columns (never for case content, whose
        reading must be audited through a unit of work)."""
        with self._read_engine.connect() as connection:
            try:
                yield connection
            finally:
                connection.rollback()

    def replace_engine(self, engine: Engine, keyring: KeyRing) -> None:
        """After the data key changed (rotate-key): use the new engine from now on."""
        self.engine.dispose()
        self.engine, self.keyring = engine, keyring
        self._read_engine = engine.execution_options(read_only=True)
        self._sessions.configure(bind=engine)
        self._read_sessions.configure(bind=self._read_engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Dossier:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _refresh_statistics(engine: Engine) -> None:
    """Planner statistics are an optimisation: a damaged page must not stop the opening
    (``verify`` reports it), so a failure here is rolled back and passed over."""
    with engine.connect() as connection:
        try:
            backend_for(engine).refresh_statistics(connection)
            connection.commit()
        except sa_exc.DatabaseError:
            # a connection that met a damaged page inside a write is not used again
            connection.invalidate()


def default_active_policy() -> ActivePolicy:
    return ActivePolicy(default_policy(), is_default=True)


def _refuse_unusable_account(found: ProbeResult, username: str, path: Path) -> None:
    if found.revision is not None and not migrations.is_known_revision(found.revision):
        raise DossierTooNew(path, found.revision)
    if found.account_active is None:
        raise UnknownUser(username)
    if not found.account_active:
        raise AccountDisabled(username)


def _load_actor(engine: Engine, username: str) -> Actor:
    with Session(engine) as session:
        account = session.scalars(
            select(Account).where(Account.username == normalise_username(username))
        ).one()
        return actor_for(account)


def actor_for(account: Account) -> Actor:
    return Actor(
        account_id=account.id,
        username=account.username,
        display_name=account.display_name,
        function_title=account.function_title,
        roles=account.role_set,
        team_ids=frozenset(t.id for t in account.teams),
    )


def _seed(
    session: Session,
    dossier_id: str,
    school_name: str,
    place: str,
    username: str,
    display_name: str,
) -> None:
    session.add(DossierMeta(dossier_id=dossier_id, created_at=dt.datetime.now(dt.UTC)))
    session.add(SchoolDetails(name=school_name.strip(), place=place.strip()))
    admin = Account(
        username=username,
        display_name=display_name.strip() or username,
        function_title="beheerder",
        roles=[AccountRole(role=Role.BEHEERDER)],
    )
    session.add(admin)
    session.flush()
    audit.append(
        session,
        username=username,
        role=Role.BEHEERDER,
        action="dossier.create",
        object_type="dossier",
        object_id=dossier_id,
        details={"school": school_name.strip()},
    )


assert models  # all tables registered before the first engine is made
