"""Account services: add, list, change password, roles and teams, disable, enable, remove.

Only a beheerder manages accounts; anyone may change their own password. A password lives
only in the user's key slot (as the Argon2id input), never in the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import func, select

from casemanager.account_rules import parse_roles, validate_new_password, validate_username
from casemanager.errors import InvalidInput, NotFound, PermissionDenied
from casemanager.keyslots import normalise_username
from casemanager.permissions import Permission, require
from casemanager.texts import tr
from casemanager.uow import UnitOfWork
from models.accounts import Account, AccountRole, Role
from models.audit import AuditEntry
from models.people import Team


@dataclass(frozen=True)
class AccountInfo:
    username: str
    display_name: str
    function_title: str
    roles: tuple[str, ...]
    teams: tuple[str, ...]
    active: bool
    removed: bool


def add_account(
    uow: UnitOfWork,
    *,
    username: str,
    display_name: str,
    password: str,
    roles: Iterable[str],
    teams: Iterable[str] = (),
    function_title: str = "",
) -> AccountInfo:
    role = require(uow.actor, Permission.MANAGE_ACCOUNTS)
    username = validate_username(username)
    validate_new_password(password)
    parsed_roles = parse_roles(roles)
    session = uow.session
    if session.scalar(select(Account.id).where(Account.username == username)) is not None:
        raise InvalidInput(
            tr(
                "Er bestaat al een account '{username}' (ook verwijderde accounts houden hun "
                "naam). Kies een andere gebruikersnaam.",
                username=username,
            )
        )
    account = Account(
        username=username,
        display_name=display_name.strip() or username,
        function_title=function_title.strip(),
        roles=[AccountRole(role=r) for r in parsed_roles],
        teams=[_team(uow, name) for name in teams],
    )
    session.add(account)
    session.flush()
    uow.audit("account.add", "account", username, role=role, roles=[r.value for r in parsed_roles])
    # Slot first: if the commit then fails, an orphan slot opens nothing (no account).
    uow.keyring.set_password(username, password)
    try:
        uow.commit()
    except BaseException:
        uow.keyring.remove_user(username)
        raise
    return _info(account)


def list_accounts(uow: UnitOfWork) -> list[AccountInfo]:
    require(uow.actor, Permission.MANAGE_ACCOUNTS)
    accounts = uow.session.scalars(select(Account).order_by(Account.username)).all()
    return [_info(a) for a in accounts]


def team_names(uow: UnitOfWork) -> list[str]:
    """The active teams an account can be given, by name."""
    require(uow.actor, Permission.MANAGE_ACCOUNTS)
    return list(
        uow.session.scalars(select(Team.name).where(Team.active.is_(True)).order_by(Team.name))
    )


def last_changes(uow: UnitOfWork) -> dict[str, dt.datetime]:
    """When each account was last changed (password, roles, state) according to the audit
    log, else when it was made (the first beheerder): ``{username: moment in UTC}``."""
    require(uow.actor, Permission.MANAGE_ACCOUNTS)
    changed = {
        str(name): dt.datetime.fromisoformat(at)
        for name, at in uow.session.execute(
            select(AuditEntry.object_id, func.max(AuditEntry.at))
            .where(AuditEntry.object_type == "account")
            .group_by(AuditEntry.object_id)
        )
    }
    created = uow.session.execute(select(Account.username, Account.created_at))
    return {
        name: changed.get(name) or made.replace(tzinfo=made.tzinfo or dt.UTC)
        for name, made in created
    }


def change_roles(
    uow: UnitOfWork, username: str, roles: Iterable[str], teams: Iterable[str] = ()
) -> AccountInfo:
    """Give an account exactly these roles and teams (a team not known yet is added).
    Nobody takes away their own beheerder role, and one active beheerder always stays."""
    role = require(uow.actor, Permission.MANAGE_ACCOUNTS)
    account = _get(uow, username)
    if account.removed_at is not None:
        raise InvalidInput(
            tr(
                "Het account '{username}' is verwijderd en krijgt geen rollen.",
                username=account.username,
            )
        )
    parsed_roles = parse_roles(roles)
    team_names = list(dict.fromkeys(name.strip() for name in teams if name.strip()))
    if Role.BEHEERDER in account.role_set and Role.BEHEERDER not in parsed_roles:
        if account.username == uow.actor.username:
            raise InvalidInput(
                tr(
                    "U kunt uw eigen beheerdersrol niet afnemen. Laat een andere beheerder dat "
                    "doen; maak zo nodig eerst een ander account beheerder."
                )
            )
        _keep_one_beheerder(uow, account)
    before = {"roles": sorted(r.value for r in account.role_set),
              "teams": sorted(t.name for t in account.teams)}  # fmt: skip
    kept = {r.role: r for r in account.roles}  # a role kept is not deleted and re-added
    account.roles = [kept.get(r) or AccountRole(role=r) for r in parsed_roles]
    account.teams = [_team(uow, name) for name in team_names]
    uow.session.flush()
    uow.audit(
        "account.roles",
        "account",
        account.username,
        role=role,
        before=before,
        roles=sorted(r.value for r in parsed_roles),
        teams=sorted(team_names),
    )
    return _info(account)


def change_password(uow: UnitOfWork, username: str, new_password: str) -> None:
    """Own password, or anyone's for a beheerder. Rewraps one key slot."""
    username = normalise_username(username)
    if username == uow.actor.username:
        role = uow.actor.main_role
    else:
        role = require(uow.actor, Permission.MANAGE_ACCOUNTS)
    validate_new_password(new_password)
    account = _get(uow, username)
    if account.removed_at is not None:
        raise InvalidInput(
            tr(
                "Het account '{username}' is verwijderd en krijgt geen wachtwoord.",
                username=username,
            )
        )
    uow.audit("account.password", "account", username, role=role)
    commit_with_slots(uow, lambda: uow.keyring.set_password(username, new_password))


def set_active(uow: UnitOfWork, username: str, active: bool) -> None:
    role = require(uow.actor, Permission.MANAGE_ACCOUNTS)
    account = _get(uow, username)
    if not active:
        _keep_one_beheerder(uow, account)
    account.active = active
    uow.audit(
        "account.enable" if active else "account.disable", "account", account.username, role=role
    )
    uow.commit()


def remove_account(uow: UnitOfWork, username: str) -> None:
    """Mark the account removed and delete its key slot. The row stays, so decisions and
    audit entries keep naming who did what; run rotate-key afterwards to make the data key
    the removed user may have seen worthless."""
    role = require(uow.actor, Permission.MANAGE_ACCOUNTS)
    account = _get(uow, username)
    if account.removed_at is not None:
        raise InvalidInput(
            tr("Het account '{username}' is al verwijderd.", username=account.username)
        )
    _keep_one_beheerder(uow, account)
    account.active = False
    account.removed_at = dt.datetime.now(dt.UTC)
    uow.audit("account.remove", "account", account.username, role=role)
    commit_with_slots(uow, lambda: uow.keyring.remove_user(account.username))


def commit_with_slots(uow: UnitOfWork, change: Callable[[], None]) -> None:
    """Change the key-slot file while this unit's transaction holds the database's write
    lock, so two programs cannot interleave their read-modify-write of the file; then
    commit, and if the commit fails put the previous file back."""
    uow.session.flush()
    uow.session.connection()  # the transaction (BEGIN IMMEDIATE) is open from here on
    undo = uow.keyring.snapshot()
    change()
    try:
        uow.commit()
    except BaseException:
        undo()
        raise


def _keep_one_beheerder(uow: UnitOfWork, account: Account) -> None:
    if account.username == uow.actor.username:
        raise PermissionDenied(tr("uw eigen account uit te schakelen of te verwijderen"))
    if Role.BEHEERDER not in account.role_set:
        return
    others = uow.session.scalar(
        select(Account.id)
        .join(AccountRole)
        .where(
            AccountRole.role == Role.BEHEERDER,
            Account.active.is_(True),
            Account.id != account.id,
        )
        .limit(1)
    )
    if others is None:
        raise InvalidInput(
            tr(
                "Dit is het laatste actieve beheerdersaccount. Maak eerst een ander account "
                "beheerder."
            )
        )


def _get(uow: UnitOfWork, username: str) -> Account:
    account = uow.session.scalar(
        select(Account).where(Account.username == normalise_username(username))
    )
    if account is None:
        raise NotFound(
            tr("Er is geen account '{username}'. Controleer de gebruikersnaam.", username=username)
        )
    return account


def _team(uow: UnitOfWork, name: str) -> Team:
    name = name.strip()
    team = uow.session.scalar(select(Team).where(Team.name == name))
    if team is None:
        team = Team(name=name)
        uow.session.add(team)
        uow.audit("team.add", "team", name)
    return team


def _info(account: Account) -> AccountInfo:
    return AccountInfo(
        username=account.username,
        display_name=account.display_name,
        function_title=account.function_title,
        roles=tuple(sorted(r.role.value for r in account.roles)),
        teams=tuple(sorted(t.name for t in account.teams)),
        active=account.active,
        removed=account.removed_at is not None,
    )
