"""The audit log: append-only in the database, and tampering underneath breaks the chain."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlcipher3
from conftest import ADMIN, ADMIN_PASSWORD, add_user, raw_connection

from casemanager.store.dossier import Dossier
from casemanager.store.verify import check_engine


@pytest.fixture
def logged(dossier: Dossier) -> Path:
    """A closed dossier with a dozen audit entries of several kinds."""
    for i in range(4):
        add_user(dossier, f"teamleider{i}", "wachtwoord van tl", "teamleider", teams=(f"team {i}",))
    with dossier.unit_of_work() as uow:
        uow.audit("case.read", "case", "2026-0001", person_id=42, reason="inzage")
        uow.commit()
    dossier.close()
    return dossier.path


def tamper(path: Path, *statements: str) -> None:
    """Change the database underneath the application, as an attacker with the key would."""
    connection = raw_connection(path)
    connection.execute("DROP TRIGGER audit_log_no_update")
    connection.execute("DROP TRIGGER audit_log_no_delete")
    for statement in statements:
        connection.execute(statement)
    connection.close()


def chain_of(path: Path):
    with Dossier.open(path, ADMIN, ADMIN_PASSWORD) as opened:
        return check_engine(opened.engine).chain


def test_entries_record_who_what_and_whom(logged: Path) -> None:
    connection = raw_connection(logged)
    rows = connection.execute(
        "SELECT username, role, action, object_type, object_id, person_id, details "
        "FROM audit_log ORDER BY seq"
    ).fetchall()
    connection.close()
    actions = [r[2] for r in rows]
    assert actions[:2] == ["dossier.create", "dossier.open"]
    assert actions.count("account.add") == 4
    read = rows[-1]
    assert read[:6] == (ADMIN, "beheerder", "case.read", "case", "2026-0001", 42)
    assert json.loads(read[6]) == {"reason": "inzage"}


def test_untouched_chain_verifies(logged: Path) -> None:
    chain = chain_of(logged)
    assert chain.ok and chain.entries >= 12 and len(chain.head_hash) == 64


def test_triggers_refuse_update_and_delete(logged: Path) -> None:
    connection = raw_connection(logged)
    with pytest.raises(sqlcipher3.IntegrityError, match="alleen worden aangevuld"):
        connection.execute("UPDATE audit_log SET username = 'iemand' WHERE seq = 3")
    with pytest.raises(sqlcipher3.IntegrityError, match="alleen worden aangevuld"):
        connection.execute("DELETE FROM audit_log WHERE seq = 3")
    connection.close()


def test_edited_entry_is_detected(logged: Path) -> None:
    tamper(logged, "UPDATE audit_log SET username = 'iemand_anders' WHERE seq = 5")
    chain = chain_of(logged)
    assert not chain.ok and chain.first_broken == 5
    assert str(chain.problem) == "regel 5 is na het schrijven gewijzigd"


def test_deleted_entry_is_detected(logged: Path) -> None:
    tamper(logged, "DELETE FROM audit_log WHERE seq = 4")
    chain = chain_of(logged)
    assert not chain.ok and chain.first_broken == 4
    assert "ontbreekt" in str(chain.problem)


def test_reordered_entries_are_detected(logged: Path) -> None:
    tamper(
        logged,
        "UPDATE audit_log SET seq = -1 WHERE seq = 6",
        "UPDATE audit_log SET seq = 6 WHERE seq = 7",
        "UPDATE audit_log SET seq = 7 WHERE seq = -1",
    )
    chain = chain_of(logged)
    assert not chain.ok and chain.first_broken == 6


def test_a_rehashed_edit_still_breaks_the_next_link(logged: Path) -> None:
    """An attacker who recomputes the edited entry's hash breaks the link to the next one."""
    from casemanager.audit import entry_hash

    connection = raw_connection(logged)
    row = connection.execute(
        "SELECT seq, at, username, role, action, object_type, object_id, person_id, details, "
        "prev_hash FROM audit_log WHERE seq = 5"
    ).fetchone()
    connection.close()
    forged = list(row)
    forged[4] = "account.remove"
    new_hash = entry_hash(*forged)
    tamper(
        logged, f"UPDATE audit_log SET action = 'account.remove', hash = '{new_hash}' WHERE seq = 5"
    )
    chain = chain_of(logged)
    assert not chain.ok and chain.first_broken == 6


def test_head_hash_noted_earlier_must_still_be_present(logged: Path) -> None:
    from casemanager.audit import contains_hash

    with Dossier.open(logged, ADMIN, ADMIN_PASSWORD) as opened:
        head = check_engine(opened.engine).chain.head_hash
    last_seq = chain_of(logged).entries
    tamper(logged, f"DELETE FROM audit_log WHERE seq >= {last_seq - 3}")
    with Dossier.open(logged, ADMIN, ADMIN_PASSWORD) as opened:
        # Cutting off the newest entries keeps the rest of the chain intact...
        assert check_engine(opened.engine).chain.ok
        # ...but the head noted outside the dossier is gone.
        with opened.unit_of_work(read_only=True) as uow:
            assert not contains_hash(uow.session, head)
