"""The store under concurrent use: many threads on one opened dossier, two processes on one
file, and a writer killed in the middle of its work.

Every test uses a real SQLCipher dossier in ``tmp_path``; nothing is mocked.
"""

from __future__ import annotations

import itertools
import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ADMIN, ADMIN_PASSWORD, add_user
from sqlalchemy import event, func, select

from casemanager.errors import UnknownUser
from casemanager.store.dossier import Dossier
from casemanager.store.engine import MAX_OVERFLOW, POOL_SIZE
from casemanager.store.verify import check_engine
from models.audit import AuditEntry
from models.people import Person, PersonKind

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SUBPROCESS_TIMEOUT_S = 60


def _add_person(dossier: Dossier, number: str, *, origin: str = "") -> int:
    """One unit of work: a person row plus its audit entry, committed together."""
    with dossier.unit_of_work() as uow:
        person = Person(kind=PersonKind.LEERLING, number=number, voornaam="Test", achternaam=number)
        uow.session.add(person)
        uow.session.flush()
        uow.audit("person.add", "person", person.id, person_id=person.id, origin=origin)
        uow.commit()
        return person.id


def _count(dossier: Dossier, what: object) -> int:
    with dossier.unit_of_work(read_only=True) as uow:
        return int(uow.session.scalar(select(func.count(what))) or 0)


def _run_threads(count: int, target: Callable[[int], None]) -> list[BaseException]:
    """Start ``count`` threads at once (behind a barrier), join them, return their errors."""
    errors: list[BaseException] = []
    lock = threading.Lock()
    barrier = threading.Barrier(count)

    def run(index: int) -> None:
        try:
            barrier.wait(timeout=30)
            target(index)
        except BaseException as exc:
            with lock:
                errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,), name=f"worker-{i}") for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(t.is_alive() for t in threads), "a worker thread did not finish"
    return errors


def _python(script: str, *args: str, **popen: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        cwd=PROJECT_ROOT,
        text=True,
        **popen,  # type: ignore[call-overload]
    )


def together_script(body: str) -> str:
    """The program side of :func:`_run_together`: open the dossier, say "ready", wait for
    "go", run ``body`` (which sees ``dossier``, ``tag``, ``count``, ``sys`` and ``time``),
    close, say "done"."""
    return (
        "import sys\n"
        "import time\n"
        "from casemanager.store.dossier import Dossier\n"
        "path, username, password, tag, count = sys.argv[1:6]\n"
        "count = int(count)\n"
        "dossier = Dossier.open(path, username, password)\n"
        'print("ready", flush=True)\n'
        'assert sys.stdin.readline().strip() == "go"\n'
        f"{body}\n"
        "dossier.close()\n"
        'print("done", flush=True)\n'
    )


def _run_together(script: str, path: Path, tags: tuple[str, ...], *args: str) -> dict[str, str]:
    """Start one program per tag, wait until each has the dossier open ("ready"), then let
    them all go at once. Returns each program's stdout; fails with its stderr when it did
    not end with exit code 0."""
    programs = {
        tag: _python(
            script,
            str(path),
            ADMIN,
            ADMIN_PASSWORD,
            tag,
            *args,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for tag in tags
    }
    try:
        for tag, program in programs.items():
            assert program.stdout is not None and program.stderr is not None
            line = program.stdout.readline().strip()
            assert line == "ready", (tag, line, program.stderr.read() if line == "" else "")
        for program in programs.values():
            assert program.stdin is not None
            program.stdin.write("go\n")
            program.stdin.flush()
        results = {
            tag: program.communicate(timeout=SUBPROCESS_TIMEOUT_S)
            for tag, program in programs.items()
        }
    finally:
        for program in programs.values():
            if program.poll() is None:
                program.kill()
                program.wait()
    for tag, program in programs.items():
        out, err = results[tag]
        assert program.returncode == 0, (tag, err)
        assert out.strip() == "done", (tag, out, err)
    return {tag: out for tag, (out, _err) in results.items()}


# --- threads -------------------------------------------------------------------------------

THREADS = 8
UNITS_PER_THREAD = 30


def test_many_threads_writing_and_reading_one_dossier(dossier: Dossier) -> None:
    before = check_engine(dossier.engine)
    assert before.ok, before.summary()
    persons_before = _count(dossier, Person.id)
    committed: list[list[int]] = [[] for _ in range(THREADS)]

    def work(index: int) -> None:
        last_seen = persons_before
        for unit in range(UNITS_PER_THREAD):
            committed[index].append(_add_person(dossier, f"t{index}-{unit}", origin=f"t{index}"))
            # Half of the threads read in between: counts never go backwards and always
            # include this thread's own commits.
            if index % 2 and unit % 3 == 0:
                seen = _count(dossier, Person.id)
                assert seen >= max(last_seen, persons_before + len(committed[index]))
                last_seen = seen

    errors = _run_threads(THREADS, work)

    assert errors == []
    ids = [person_id for per_thread in committed for person_id in per_thread]
    expected = THREADS * UNITS_PER_THREAD
    assert len(ids) == len(set(ids)) == expected
    assert _count(dossier, Person.id) == persons_before + expected

    after = check_engine(dossier.engine)
    assert after.ok, after.summary()
    assert after.chain.entries == before.chain.entries + expected
    with dossier.unit_of_work(read_only=True) as uow:
        audited = uow.session.scalars(
            select(AuditEntry.person_id).where(AuditEntry.action == "person.add")
        ).all()
    assert sorted(audited) == sorted(ids)


def test_more_threads_than_pooled_connections_all_finish(dossier: Dossier) -> None:
    """More threads than the pool holds connections: the surplus waits for one, nothing
    crashes (the sqlite dialect's SingletonThreadPool took the process down here)."""
    threads = 20
    units = 8
    limit = POOL_SIZE + MAX_OVERFLOW
    assert threads > limit
    for number in range(5):
        _add_person(dossier, f"r{number}")
    expected = _count(dossier, Person.id)
    dossier.engine.dispose()  # start from an empty pool

    checked_out = 0
    peak = 0
    lock = threading.Lock()

    @event.listens_for(dossier.engine, "checkout")
    def _checkout(*_args: object) -> None:
        nonlocal checked_out, peak
        with lock:
            checked_out += 1
            peak = max(peak, checked_out)

    @event.listens_for(dossier.engine, "checkin")
    def _checkin(*_args: object) -> None:
        nonlocal checked_out
        with lock:
            checked_out -= 1

    results: list[int] = []

    def read(_index: int) -> None:
        for _ in range(units):
            with dossier.unit_of_work(read_only=True) as uow:
                found = uow.session.scalar(select(func.count(Person.id)))
                time.sleep(0.02)  # hold the connection so that the pool runs dry
                names = uow.session.scalars(select(Person.achternaam)).all()
            with lock:
                results.append(found)
            assert len(names) == found

    errors = _run_threads(threads, read)

    assert errors == []
    assert results == [expected] * (threads * units)
    assert peak == limit  # the pool was exhausted, and never exceeded
    assert checked_out == 0
    assert check_engine(dossier.engine).ok


# --- processes -----------------------------------------------------------------------------

TWO_WRITERS = together_script(
    """
from models.people import Person, PersonKind

for unit in range(count):
    with dossier.unit_of_work() as uow:
        person = Person(
            kind=PersonKind.LEERLING, number=f"{tag}-{unit}", voornaam=tag, achternaam="x"
        )
        uow.session.add(person)
        uow.session.flush()
        uow.audit("person.add", "person", person.id, person_id=person.id, origin=tag)
        uow.commit()
    # A moment between units, as a user has: the other writer gets the lock in between
    # (SQLite's busy handler is not fair; without a pause one writer could do all its
    # units while the other sleeps).
    time.sleep(0.005)
"""
)


def test_two_processes_writing_one_dossier(created: tuple[Path, str]) -> None:
    path, _ = created
    units = 50
    with Dossier.open(path, ADMIN, ADMIN_PASSWORD) as dossier:
        persons_before = _count(dossier, Person.id)
        entries_before = check_engine(dossier.engine).chain.entries

    tags = ("A", "B")
    _run_together(TWO_WRITERS, path, tags, str(units))

    with Dossier.open(path, ADMIN, ADMIN_PASSWORD) as dossier:
        assert _count(dossier, Person.id) == persons_before + 2 * units
        report = check_engine(dossier.engine)
        assert report.ok, report.summary()
        # Both writers' opens, their units, and this open: one unbroken chain.
        assert report.chain.entries == entries_before + 2 + 2 * units + 1
        with dossier.unit_of_work(read_only=True) as uow:
            numbers = set(uow.session.scalars(select(Person.number)).all())
            audited = uow.session.scalars(
                select(AuditEntry.details)
                .where(AuditEntry.action == "person.add")
                .order_by(AuditEntry.seq)
            ).all()
    origins = [json.loads(d)["origin"] for d in audited]
    for tag in tags:
        assert {f"{tag}-{unit}" for unit in range(units)} <= numbers
        assert origins.count(tag) == units
    # They really wrote at the same time: the chain switches between them more than once.
    switches = sum(a != b for a, b in itertools.pairwise(origins))
    assert switches >= 2, "".join(origins)


KILLED_WRITER = """
import sys
from casemanager.errors import UnknownUser
from casemanager.store.dossier import Dossier
from models.people import Person, PersonKind

path, username, password = sys.argv[1:4]
dossier = Dossier.open(path, username, password)
with dossier.unit_of_work(read_only=True) as uow:
    mode = uow.session.connection().exec_driver_sql("PRAGMA journal_mode").scalar()
print("mode", mode, flush=True)
number = 0
while True:
    with dossier.unit_of_work() as uow:
        person = Person(
            kind=PersonKind.LEERLING, number=str(number), voornaam="Kill", achternaam="Test"
        )
        uow.session.add(person)
        uow.session.flush()
        uow.audit("person.add", "person", person.id, person_id=person.id, number=number)
        uow.commit()
    print(number, flush=True)
    number += 1
"""


def test_writer_killed_mid_transactions_loses_no_commit(
    created: tuple[Path, str], tmp_path: Path
) -> None:
    path, _ = created
    wal = Path(f"{path}-wal")
    wanted = 200
    stderr_path = tmp_path / "killed.err"
    with stderr_path.open("w") as stderr:
        writer = _python(
            KILLED_WRITER, str(path), ADMIN, ADMIN_PASSWORD, stdout=subprocess.PIPE, stderr=stderr
        )
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        assert writer.stdout is not None
        for line in writer.stdout:
            lines.put(line)
        lines.put("")  # end of output

    threading.Thread(target=pump, daemon=True).start()
    confirmed: list[int] = []
    try:
        first = lines.get(timeout=SUBPROCESS_TIMEOUT_S)
        assert first.split() == ["mode", "wal"], (first, stderr_path.read_text())
        deadline = time.monotonic() + SUBPROCESS_TIMEOUT_S
        while len(confirmed) < wanted:
            line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
            assert line, f"the writer stopped early: {stderr_path.read_text()}"
            confirmed.append(int(line))
        # Kill it while it is still committing, with the WAL not checkpointed away.
        assert writer.poll() is None
        assert wal.exists() and wal.stat().st_size > 0
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait(timeout=SUBPROCESS_TIMEOUT_S)
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait()
    assert writer.returncode == -signal.SIGKILL
    # Everything it printed before it died was committed, not only the first ``wanted``.
    while line := lines.get(timeout=SUBPROCESS_TIMEOUT_S):
        if line.endswith("\n"):  # a number cut off by the kill was not confirmed
            confirmed.append(int(line))
    assert confirmed == list(range(len(confirmed)))
    # The killed process never got to checkpoint or delete its WAL.
    assert wal.exists() and wal.stat().st_size > 0

    with Dossier.open(path, ADMIN, ADMIN_PASSWORD) as dossier:
        report = check_engine(dossier.engine)
        assert report.ok, report.summary()
        with dossier.unit_of_work(read_only=True) as uow:
            mode = uow.session.connection().exec_driver_sql("PRAGMA journal_mode").scalar()
            numbers = {
                int(n)
                for n in uow.session.scalars(
                    select(Person.number).where(Person.voornaam == "Kill")
                ).all()
            }
            audited = uow.session.scalars(
                select(AuditEntry.details).where(AuditEntry.action == "person.add")
            ).all()
    assert mode == "wal"
    assert set(confirmed) <= numbers
    # Commits are all or nothing and in order: the survivors are a gap-free prefix (the
    # writer may have committed one or two more than it got to print), each with its entry.
    assert numbers == set(range(len(numbers)))
    assert sorted(json.loads(d)["number"] for d in audited) == sorted(numbers)


ACCOUNT_CHANGER = together_script(
    """
from casemanager import accounts

for i in range(count):
    with dossier.unit_of_work() as uow:
        accounts.add_account(
            uow,
            username=f"{tag}{i}",
            display_name=tag,
            password=f"wachtwoord {tag}{i}",
            roles=["hr"],
        )
    time.sleep(0.005)  # let the other program take the lock in between
    with dossier.unit_of_work() as uow:
        accounts.remove_account(uow, f"oud-{tag}{i}")
    time.sleep(0.005)
"""
)


def test_two_processes_changing_accounts_keep_every_key_slot(
    created: tuple[Path, str],
) -> None:
    """The key-slot file is read, changed and written while the database's write lock is
    held, so two beheerders adding and removing accounts at once cannot undo each other's
    changes to it."""
    path, _ = created
    count = 6
    with Dossier.open(path, ADMIN, ADMIN_PASSWORD) as dossier:
        for tag in ("a", "b"):
            for i in range(count):
                add_user(dossier, f"oud-{tag}{i}", "wachtwoord oud account", "hr")
    _run_together(ACCOUNT_CHANGER, path, ("a", "b"), str(count))
    for tag in ("a", "b"):
        for i in range(count):
            Dossier.open(path, f"{tag}{i}", f"wachtwoord {tag}{i}").close()
            with pytest.raises(UnknownUser):
                Dossier.open(path, f"oud-{tag}{i}", "wachtwoord oud account")
