"""Building a demo dossier: a generator that yields its progress and returns the result.

    builder = build_demo(path, DemoOptions(cases=100_000))
    for progress in builder: ...            # Progress(stage, done, total)
    # or: result = run_demo(path, options, on_progress)

The dossier is built under a temporary name beside ``path`` and gets its real name (both
files, without overwriting anything) only when everything is in; a failure or an early
stop removes the temporary files, so no half-made dossier is ever left at ``path``.
Rows go in with Core ``insert`` executemany in a few units of work; one audit entry,
``demo.build``, records what was made.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import random
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

import models
from casemanager.account_rules import validate_new_password
from casemanager.accounts import add_account
from casemanager.atomic import temp_path_beside
from casemanager.demo.case_data import CasePlanner
from casemanager.demo.case_rows import TABLES, AccountIds, Batch, CaseWriter
from casemanager.demo.names import NameMaker
from casemanager.demo.population import (
    SCHOOL,
    SIGNERS,
    AccountSpec,
    Population,
    PopulationMaker,
)
from casemanager.demo.staff import account_specs, add_outsiders, add_staff
from casemanager.demo_login import DEFAULT_PASSWORD
from casemanager.errors import DossierExists, InvalidInput
from casemanager.progress import Progress
from casemanager.resources import resource_path
from casemanager.store.dossier import Dossier
from casemanager.store.engine import raw_connect
from casemanager.store.keyring import keys_path_for, link_pair_into_place
from models.accounts import Account
from models.meta import SchoolDetails, SchoolSigner

CASES_PER_BATCH = 2_000
CASES_PER_COMMIT = 25_000
ROWS_PER_INSERT = 10_000
LIMITS = {  # option: (Dutch word, least, most)
    "students": ("leerlingen", 20, 100_000),
    "staff": ("medewerkers", 5, 10_000),
    "cases": ("zaken", 1, 250_000),
}


@dataclass(frozen=True)
class DemoOptions:
    students: int = 600
    staff: int = 80
    cases: int = 1_500
    seed: int = 2026


@dataclass(frozen=True)
class DemoResult:
    path: Path
    school: str
    place: str
    password: str
    recovery_key: str
    accounts: tuple[AccountSpec, ...]
    counts: dict[str, int]
    seconds: float


def demo_password() -> str:
    """CASEMANAGER_PASSWORD when it is set, else the fixed demo password."""
    return os.environ.get("CASEMANAGER_PASSWORD") or DEFAULT_PASSWORD


def check_options(options: DemoOptions) -> None:
    for name, (word, least, most) in LIMITS.items():
        value = getattr(options, name)
        if not least <= value <= most:
            raise InvalidInput(
                f"Kies voor het aantal {word} een getal van {least} tot en met "
                f"{most:_}; u gaf {value:_}.".replace("_", ".")
            )


def run_demo(
    path: Path,
    options: DemoOptions = DemoOptions(),
    on_progress: Callable[[Progress], None] | None = None,
) -> DemoResult:
    """Build the demo dossier, passing every progress report to ``on_progress``."""
    builder = build_demo(path, options)
    while True:
        try:
            progress = next(builder)
        except StopIteration as done:
            return done.value
        if on_progress is not None:
            on_progress(progress)


def build_demo(
    path: Path, options: DemoOptions = DemoOptions(), *, password: str | None = None
) -> Generator[Progress, None, DemoResult]:
    started = time.perf_counter()
    check_options(options)
    password = password or demo_password()
    validate_new_password(password)
    path = Path(path)
    if not path.parent.is_dir():
        raise InvalidInput(f"De map {path.parent} bestaat niet. Maak de map eerst aan.")
    for existing in (path, keys_path_for(path)):
        if existing.exists():
            raise DossierExists(existing)
    rng = random.Random(options.seed)
    now = dt.datetime.now().replace(microsecond=0)
    pop = make_population(rng, options, now.date())
    tmp = temp_path_beside(path, ".casedb")
    dossier: Dossier | None = None
    try:
        yield Progress("Dossier aanmaken", 0, 1)
        dossier, recovery_key = Dossier.create(
            tmp,
            school_name=SCHOOL["name"],
            admin_username="beheerder",
            admin_password=password,
            admin_display_name=pop.accounts[0].display_name,
            place=SCHOOL["place"],
        )
        yield Progress("Dossier aanmaken", 1, 1)
        yield from _people(dossier, pop)
        yield from _accounts(dossier, pop, password)
        counts = yield from _cases(dossier, pop, rng, options, now)
        counts.update(
            teams=len(pop.teams), accounts=len(pop.accounts), leerlingen=len(pop.students),
            ouders=len(pop.parents), medewerkers=len(pop.staff), overigen=len(pop.others),
        )  # fmt: skip
        with dossier.unit_of_work() as uow:
            uow.audit(
                "demo.build", "dossier", dossier.keyring.dossier_id, seed=options.seed, **counts
            )
            uow.commit()
        yield Progress("Afronden", 0, 1)
        data_key = dossier.keyring.data_key
        dossier.close()
        dossier = None
        _checkpoint(tmp, data_key)
        _move_into_place(tmp, path)
        yield Progress("Afronden", 1, 1)
    except BaseException:
        if dossier is not None:
            dossier.close()
        _remove(tmp)
        raise
    return DemoResult(
        path, SCHOOL["name"], SCHOOL["place"], password, recovery_key, tuple(pop.accounts), counts,
        time.perf_counter() - started,
    )  # fmt: skip


def make_population(rng: random.Random, options: DemoOptions, today: dt.date) -> Population:
    names = NameMaker(rng, options.seed)
    maker = PopulationMaker(rng, names, today)
    maker.teams()
    maker.plan_classes(options.students)
    maker.students(options.students)
    add_staff(maker, options.staff)
    add_outsiders(maker, max(2, options.students // 150))
    maker.pop.accounts = account_specs(maker)
    return maker.pop


def _insert(session: Session, table: str, rows: list[dict]) -> None:
    target = models.Base.metadata.tables[table]
    for start in range(0, len(rows), ROWS_PER_INSERT):
        session.execute(insert(target), rows[start : start + ROWS_PER_INSERT])


def _people(dossier: Dossier, pop: Population) -> Generator[Progress, None, None]:
    stage, total = "Leerlingen, ouders en personeel", len(pop.persons)
    with dossier.unit_of_work() as uow:
        session = uow.session
        _insert(session, "team", pop.teams)
        for start in range(0, total, ROWS_PER_INSERT):
            yield Progress(stage, start, total)
            _insert(session, "person", pop.persons[start : start + ROWS_PER_INSERT])
        _insert(session, "guardianship", pop.guardianships)
        logo = resource_path("icons", "demo-logo.png").read_bytes()
        session.execute(update(SchoolDetails).values(**SCHOOL, logo_png=logo))
        session.add_all(
            SchoolSigner(name=name, function=function, ladder=ladder, position=position)
            for ladder, signers in SIGNERS.items()
            for position, (name, function) in enumerate(signers)
        )
        beheerder = pop.accounts[0]
        session.execute(
            update(Account)
            .where(Account.username == beheerder.username)
            .values(function_title=beheerder.function_title)
        )
        uow.commit()
    yield Progress(stage, total, total)


def _accounts(dossier: Dossier, pop: Population, password: str) -> Generator[Progress, None, None]:
    others = pop.accounts[1:]
    for number, spec in enumerate(others):
        yield Progress("Accounts aanmaken", number, len(others))
        with dossier.unit_of_work() as uow:
            add_account(
                uow,
                username=spec.username,
                display_name=spec.display_name,
                password=password,
                roles=spec.roles,
                teams=spec.teams,
                function_title=spec.function_title,
            )
    yield Progress("Accounts aanmaken", len(others), len(others))


def _account_ids(dossier: Dossier, pop: Population) -> AccountIds:
    with dossier.unit_of_work(read_only=True) as uow:
        ids = {
            row.username: row.id
            for row in uow.session.execute(select(Account.username, Account.id))
        }
    team_ids = {t["name"]: t["id"] for t in pop.teams}
    leaders = {team_ids[s.teams[0]]: ids[s.username] for s in pop.accounts if s.teams}
    names = {ids[s.username]: s.display_name for s in pop.accounts}
    return AccountIds(ids["directie"], ids["hr"], leaders, names)


def _cases(
    dossier: Dossier, pop: Population, rng: random.Random, options: DemoOptions, now: dt.datetime
) -> Generator[Progress, None, dict[str, int]]:
    yield Progress("Zaken plannen", 0, options.cases)
    planner = CasePlanner(rng, dossier.policy, pop, now)
    plans = planner.plan(options.cases)
    writer = CaseWriter(dossier.policy, pop, _account_ids(dossier, pop), planner.scheduler)
    counts = dict.fromkeys(TABLES, 0)
    stage, total = "Zaken schrijven", len(plans)
    starts = range(0, total, CASES_PER_BATCH)
    per_commit = CASES_PER_COMMIT // CASES_PER_BATCH
    for chunk in (starts[i : i + per_commit] for i in range(0, len(starts), per_commit)):
        with dossier.unit_of_work() as uow:
            for start in chunk:
                yield Progress(stage, start, total)
                batch = Batch()
                for plan in plans[start : start + CASES_PER_BATCH]:
                    writer.write(plan, batch)
                for table in TABLES:
                    _insert(uow.session, table, batch.rows[table])
                    counts[table] += len(batch.rows[table])
            uow.commit()
    yield Progress(stage, total, total)
    counts.update({f"status_{k}": v for k, v in sorted(writer.status_counts.items())})
    return counts


def _checkpoint(path: Path, data_key: bytes) -> None:
    """Fold the write-ahead log into the file, so the file alone is the whole dossier."""
    connection = raw_connect(path, data_key)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    for suffix in ("-wal", "-shm"):
        leftover = Path(f"{path}{suffix}")
        if leftover.exists() and leftover.stat().st_size == 0:
            leftover.unlink()


def _move_into_place(tmp: Path, path: Path) -> None:
    tmp_keys = keys_path_for(tmp)
    if Path(f"{tmp}-wal").exists():
        raise RuntimeError(f"{tmp}-wal is niet leeg na het afronden")
    link_pair_into_place(tmp, tmp_keys, path)
    with contextlib.suppress(FileNotFoundError):
        Path(f"{tmp_keys}.bak").unlink()  # the slot file before the last account was added


def _remove(tmp: Path) -> None:
    keys = keys_path_for(tmp)
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), keys, Path(f"{keys}.bak")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
