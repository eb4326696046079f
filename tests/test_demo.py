"""The demo dossier: accounts, every state and rung, the procedure's rules, dates, names."""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from casemanager.access import visible_cases
from casemanager.cases.deadlines import todo
from casemanager.cli import demo_commands
from casemanager.cli.parsing import new_parser
from casemanager.demo import DEFAULT_PASSWORD, DemoOptions, DemoResult, build_demo, run_demo
from casemanager.demo.case_rows import CaseWriter
from casemanager.demo.names import TUSSENVOEGSELS
from casemanager.errors import DossierExists, InvalidInput, WrongPassword
from casemanager.policy import SchoolCalendar
from casemanager.store.dossier import Dossier
from casemanager.store.verify import verify
from models import AuditEntry, Base, Case, Decision, Hearing, Person
from models.procedure import Notification, Objection

OPTIONS = DemoOptions(students=60, staff=10, cases=200, seed=7)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> DemoResult:
    return run_demo(tmp_path_factory.mktemp("demo") / "school.casedb", OPTIONS)


@pytest.fixture(scope="module")
def directie(demo: DemoResult) -> Iterator[Dossier]:
    with Dossier.open(demo.path, "directie", DEFAULT_PASSWORD) as opened:
        yield opened


def table(dossier: Dossier, model: Any) -> list[Any]:
    """Every row of a model's table (or of the table with that name)."""
    target = Base.metadata.tables[model] if isinstance(model, str) else model.__table__
    with dossier.reader() as connection:
        return list(connection.execute(select(target)))


def local(moment: dt.datetime) -> dt.datetime:
    """A stored UTC moment (naive) as local wall-clock time, as hearings are kept."""
    return moment.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def test_every_account_opens_with_the_password(demo: DemoResult) -> None:
    names = [a.username for a in demo.accounts]
    assert names == [
        "beheerder", "directie", "teamleider", "hr", "administratie",
        "teamleider2", "teamleider3", "teamleider4",
    ]  # fmt: skip
    for spec in demo.accounts:
        with Dossier.open(demo.path, spec.username, DEFAULT_PASSWORD) as opened:
            assert {str(r) for r in opened.actor.roles} == set(spec.roles)
            assert opened.actor.function_title == spec.function_title
    assert not list(demo.path.parent.glob(".*"))  # no temporary files left behind


def test_every_status_and_every_rung_occurs(directie: Dossier) -> None:
    assert len(table(directie, Case)) == OPTIONS.cases
    statuses = {row.status for row in table(directie, Case)}
    assert {str(s) for s in statuses} == {
        "gemeld", "onderzoek", "hoorgesprek", "besluit", "bekendgemaakt", "bezwaar",
        "afgesloten", "geseponeerd", "heropend",
    }  # fmt: skip
    ladder_of = {row.id: row.ladder for row in table(directie, Case)}
    decided = defaultdict(set)
    for row in table(directie, Decision):
        if not row.is_voornemen:
            decided[ladder_of[row.case_id]].add(row.chosen_rung)
    for name, ladder in directie.policy.ladders.items():
        assert decided[name] == {r.code for r in ladder.rungs}, name


def test_the_procedure_rules_hold(directie: Dossier) -> None:
    policy, calendar = directie.policy, SchoolCalendar(directie.policy.holidays)
    cases = {row.id: row for row in table(directie, Case)}
    held = defaultdict(list)
    for row in table(directie, Hearing):
        if row.held_at is not None:
            held[row.case_id].append(row.held_at)
    intents = defaultdict(list)
    finals = defaultdict(list)
    for row in table(directie, Decision):
        (intents if row.is_voornemen else finals)[row.case_id].append(row)
    for case_id, case in cases.items():
        status = str(case.status)
        if status in ("besluit", "bekendgemaakt", "bezwaar", "afgesloten"):
            assert finals[case_id], case.number
        if status in ("gemeld", "onderzoek", "hoorgesprek", "geseponeerd"):
            assert not finals[case_id], case.number
        for decision in finals[case_id]:
            ladder = policy.ladders[case.ladder]
            rung = ladder.rung(decision.chosen_rung)
            decided = local(decision.decided_at)
            if rung.hearing_required:
                assert any(h <= decided for h in held[case_id]), case.number
            if rung.intent_first:
                intent = intents[case_id][0]
                assert intent.decided_at < decision.decided_at and intent.zienswijze_due
            if rung.has_duration:
                assert 1 <= decision.duration_days <= rung.max_duration
                if rung.duration == "schooldagen":
                    days = calendar.school_days_between(decision.starts_on, decision.ends_on)
                else:
                    days = (decision.ends_on - decision.starts_on).days + 1
                assert days == decision.duration_days, case.number
            if decision.chosen_rung != decision.proposed_rung:
                assert len(decision.motivation) >= 40
            known = status in ("bekendgemaakt", "bezwaar", "afgesloten")
            assert (decision.made_known_on is not None) == known, case.number


def test_dates_are_in_order_and_not_in_the_future(directie: Dossier) -> None:
    now, today = dt.datetime.now(), dt.date.today()
    moments: dict[int, list[tuple[str, dt.datetime | dt.date]]] = defaultdict(list)
    for row in table(directie, Case):
        moments[row.id] += [("incident", row.incident_date), ("gemeld", local(row.opened_at))]
        if row.closed_at:
            moments[row.id].append(("gesloten", local(row.closed_at)))
    for row in table(directie, Hearing):
        if row.held_at:
            moments[row.case_id].append(("gehoord", row.held_at))
    for row in table(directie, Decision):
        if not row.is_voornemen:
            moments[row.case_id].append(("besluit", local(row.decided_at)))
            if row.made_known_on:
                moments[row.case_id].append(("bekend", row.made_known_on))
    for row in table(directie, Objection):
        moments[row.case_id].append(("bezwaar", row.received_on))
        if row.outcome_on:
            moments[row.case_id].append(("uitkomst", row.outcome_on))
    order = ["incident", "gemeld", "gehoord", "besluit", "bekend", "bezwaar", "uitkomst"]
    for case_id, found in moments.items():
        days = {name: (v.date() if isinstance(v, dt.datetime) else v) for name, v in found}
        steps = [days[n] for n in [*order, "gesloten"] if n in days]
        assert steps == sorted(steps), (case_id, days)
        assert all(day <= today for day in steps)
        assert all(v <= now for _n, v in found if isinstance(v, dt.datetime))
    with directie.reader() as connection:
        timeline = Base.metadata.tables["timeline_entry"]
        newest = connection.execute(select(func.max(timeline.c.at))).scalar()
    assert local(newest) <= now


def test_notifications_evidence_and_leaks(directie: Dossier) -> None:
    kinds = {str(row.kind) for row in table(directie, Notification)}
    assert {"inspectie", "ouders", "aangifte", "leerplicht"} <= kinds
    done = [row.done_at is not None for row in table(directie, Notification)]
    assert any(done) and not all(done)
    evidence = table(directie, "evidence")
    assert evidence
    for row in evidence:
        assert row.content.startswith(b"\x89PNG") and row.size_bytes == len(row.content) < 1000
        assert hashlib.sha256(row.content).hexdigest() == row.sha256
    leaks = table(directie, "data_leak")
    assert any(r.report_to_ap is None for r in leaks) and any(r.report_to_ap for r in leaks)
    assert any(str(row.outcome) == "gegrond" for row in table(directie, Objection))
    report = verify(directie)
    assert report.ok, report.summary()


def test_names_are_dutch_and_diverse(directie: Dossier) -> None:
    persons = table(directie, Person)
    assert {"leerling", "ouder", "medewerker", "overig"} == {str(p.kind) for p in persons}
    assert any(p.tussenvoegsel in TUSSENVOEGSELS for p in persons)
    assert any(not (p.voornaam + p.achternaam).isascii() for p in persons)
    assert all(len(p.voornaam) <= 100 and len(p.achternaam) <= 100 for p in persons)
    today = dt.date.today()
    students = [p for p in persons if str(p.kind) == "leerling"]
    assert all(11 <= (today - p.date_of_birth).days // 365 <= 21 for p in students)
    assert any(p.leave_date and (today - p.leave_date).days > 2 * 366 for p in students)
    with directie.reader() as connection:
        builds = connection.execute(
            select(func.count()).where(AuditEntry.action == "demo.build")
        ).scalar()
    assert builds == 1


def test_a_teamleider_sees_the_own_team_and_has_work_in_every_group(demo: DemoResult) -> None:
    today = dt.date.today()
    for name in ("teamleider", "teamleider3"):
        with Dossier.open(demo.path, name, DEFAULT_PASSWORD) as opened:
            actor = opened.actor
            with opened.unit_of_work(read_only=True) as uow:
                seen = uow.session.scalars(select(Case).where(visible_cases(actor))).all()
                assert seen and all(c.team_id in actor.team_ids for c in seen)
                assert all(c.ladder == "leerling" for c in seen)
                items = todo(uow.session, actor, opened.policy)
        assert any(i.overdue for i in items), name
        assert any(i.due == today for i in items), name
        assert any(today < i.due <= today + dt.timedelta(days=7) for i in items), name


def test_the_same_seed_gives_the_same_people_and_the_password_comes_from_the_environment(
    demo: DemoResult, directie: Dossier, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CASEMANAGER_PASSWORD", "een ander demowachtwoord")
    again = run_demo(
        tmp_path / "again.casedb", DemoOptions(students=60, staff=10, cases=20, seed=7)
    )
    assert again.password == "een ander demowachtwoord"
    with pytest.raises(WrongPassword):
        Dossier.open(again.path, "hr", DEFAULT_PASSWORD)
    with Dossier.open(again.path, "hr", "een ander demowachtwoord") as opened:
        people = [
            (p.kind, p.number, p.voornaam, p.achternaam, p.date_of_birth)
            for p in table(opened, Person)
        ]
    first = [
        (p.kind, p.number, p.voornaam, p.achternaam, p.date_of_birth)
        for p in table(directie, Person)
    ]
    assert people == first
    assert [a.display_name for a in again.accounts] == [a.display_name for a in demo.accounts]


def test_an_existing_file_is_never_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "school.casedb"
    target.write_bytes(b"iets anders")
    with pytest.raises(DossierExists):
        next(build_demo(target, OPTIONS))
    assert target.read_bytes() == b"iets anders"
    assert [p.name for p in tmp_path.iterdir()] == ["school.casedb"]


def test_a_failure_or_a_stop_halfway_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    small = DemoOptions(students=20, staff=5, cases=10)
    builder = build_demo(tmp_path / "gestopt.casedb", small)
    assert [next(builder).stage for _ in range(3)][-1] == "Leerlingen, ouders en personeel"
    builder.close()  # the user closed the progress dialog
    assert list(tmp_path.iterdir()) == []

    def power_cut(*_args: object) -> None:
        raise RuntimeError("stroomstoring")

    monkeypatch.setattr(CaseWriter, "write", power_cut)
    with pytest.raises(RuntimeError, match="stroomstoring"):
        run_demo(tmp_path / "kapot.casedb", small)
    assert list(tmp_path.iterdir()) == []


def test_the_command_checks_its_numbers_and_prints_the_accounts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    parser = new_parser(prog="casemanager")
    demo_commands.register(parser.add_subparsers(dest="command"))
    path = tmp_path / "klein.casedb"
    args: argparse.Namespace = parser.parse_args(["demo", str(path), "--cases", "0"])
    with pytest.raises(InvalidInput, match="zaken"):
        args.run(args)
    assert not path.exists()
    args = parser.parse_args(
        ["demo", str(path), "--students", "20", "--staff", "5", "--cases", "30"]
    )
    assert args.run(args) == 0
    out = capsys.readouterr().out
    assert str(path) in out and DEFAULT_PASSWORD in out and "teamleider4" in out
    assert path.exists()


def test_opening_gives_the_query_planner_statistics(directie: Dossier) -> None:
    """Without them SQLite scanned a whole team's cases for each Te doen query."""
    with directie.reader() as connection:
        analysed = set(connection.scalars(text("SELECT DISTINCT tbl FROM sqlite_stat1")))
    assert {"case_file", "hearing", "decision", "notification"} <= analysed
    # never the full-text index: a statistic taken while it was small made every later
    # insert into it crawl (a 100,000-case demo stalled at 24,000)
    assert not any(table.startswith("case_search") for table in analysed)
