"""Rapportage: how many cases there were over a period, per month, violation, team and rung.

Numbers only. Every figure is counted with GROUP BY in SQL over the cases the actor may
see (:func:`casemanager.access.visible_cases`); no query selects a column of a person or
an account, so no name can reach a figure, a chart or the CSV export. Figures are not
audited, like the lists: they show no case content.

- A case belongs to the period of its incident date (both ends inclusive).
- Per violation, a case counts once under each of its violations: these figures can add
  up to more than the number of cases.
- Per rung, a case counts once, under its last final decision (by ``decided_at``, then
  id). A voornemen is not a decision yet, and a decision set aside on objection (gegrond)
  no longer counts, as for the ladder's history (``history.py``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import ColumnElement, and_, exists, extract, func, or_, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import aliased

from casemanager.access import case_role, visible_cases
from casemanager.atomic import write_new_file
from casemanager.dutch import MONTHS, long_date
from casemanager.errors import InvalidInput
from casemanager.permissions import Actor, Permission, require
from casemanager.policy.schema import Policy
from casemanager.store.dossier import Dossier
from casemanager.texts import tr
from models.accounts import Role
from models.cases import Case, CaseViolation
from models.people import Team
from models.procedure import Decision, Objection, ObjectionOutcome

# the Dutch of the CSV export; a screen words a team of None itself
NO_TEAM = "Zonder team"
ALL_TEAMS = "Alle teams"


@dataclass(frozen=True)
class MonthCount:
    year: int
    month: int  # 1-12
    count: int

    @property
    def label(self) -> str:
        """'augustus 2026', as the CSV export writes it (a screen names the month itself)."""
        return f"{MONTHS[self.month - 1]} {self.year}"


@dataclass(frozen=True)
class ViolationCount:
    code: str
    title: str  # the policy's Dutch title (a screen: core_text.term); else the code itself
    count: int


@dataclass(frozen=True)
class TeamCount:
    team_id: int | None  # None: cases without a team
    name: str
    count: int


@dataclass(frozen=True)
class RungCount:
    ladder: str  # "leerling", "medewerker"
    ladder_title: str  # the policy's Dutch texts, as ViolationCount.title
    rung: str
    title: str  # the policy's title; the code itself for a rung no longer in the policy
    count: int


@dataclass(frozen=True)
class CaseStatistics:
    date_from: dt.date
    date_to: dt.date
    team_id: int | None  # None: every team the actor sees
    team_name: str  # ALL_TEAMS without a team choice
    total: int  # cases in the period
    months: tuple[MonthCount, ...]  # every month of the period, in order, zeros included
    violations: tuple[ViolationCount, ...]  # those that occur, most frequent first
    teams: tuple[TeamCount, ...]  # the actor's teams (zeros included) by name, then NO_TEAM
    rungs: tuple[RungCount, ...]  # every rung of the ladders the actor works on, in order

    @property
    def decided(self) -> int:
        """Cases with a final decision that stands."""
        return sum(rung.count for rung in self.rungs)


def school_year(day: dt.date) -> tuple[dt.date, dt.date]:
    """The Dutch school year around ``day``: 1 August up to and including 31 July."""
    start = day.year if day.month >= 8 else day.year - 1
    return dt.date(start, 8, 1), dt.date(start + 1, 7, 31)


def case_statistics(
    dossier: Dossier, date_from: dt.date, date_to: dt.date, team_id: int | None = None
) -> CaseStatistics:
    """The figures over the cases the signed-in user may see with an incident date from
    ``date_from`` up to and including ``date_to``, of one team or of all."""
    actor = dossier.actor
    require(actor, Permission.VIEW_STATISTICS)
    if date_from > date_to:
        raise InvalidInput(tr("De begindatum van de periode ligt na de einddatum."))
    where = [visible_cases(actor), Case.incident_date.between(date_from, date_to)]
    if team_id is not None:
        where.append(Case.team_id == team_id)
    with dossier.reader() as connection:
        team_rows = connection.execute(select(Team.id, Team.name, Team.active)).all()
        names = {int(key): str(name) for key, name, _active in team_rows}
        if team_id is not None and team_id not in names:
            raise InvalidInput(tr("Dit team bestaat niet (meer). Kies een ander team."))
        total = connection.scalar(select(func.count()).select_from(Case).where(*where)) or 0
        months = _months(connection, where, date_from, date_to)
        violations = _violations(connection, where, dossier.policy)
        per_team_id = select(Case.team_id, func.count()).where(*where).group_by(Case.team_id)
        by_team = {key: int(n) for key, n in connection.execute(per_team_id)}
        by_rung = _rung_counts(connection, where)
    active = {int(key) for key, _name, is_active in team_rows if is_active}
    shown = {team_id} if team_id is not None else _own_teams(actor, active)
    listed = sorted(shown | {key for key in by_team if key is not None}, key=names.__getitem__)
    per_team = [TeamCount(key, names[key], by_team.get(key, 0)) for key in listed]
    if by_team.get(None):
        per_team.append(TeamCount(None, NO_TEAM, by_team[None]))
    return CaseStatistics(
        date_from=date_from,
        date_to=date_to,
        team_id=team_id,
        team_name=names[team_id] if team_id is not None else ALL_TEAMS,
        total=int(total),
        months=months,
        violations=violations,
        teams=tuple(per_team),
        rungs=_rungs(actor, dossier.policy, by_rung),
    )


def _months(
    connection: Connection, where: list[ColumnElement[bool]], first: dt.date, last: dt.date
) -> tuple[MonthCount, ...]:
    year, month = extract("year", Case.incident_date), extract("month", Case.incident_date)
    found = {
        (int(y), int(m)): int(n)
        for y, m, n in connection.execute(
            select(year, month, func.count()).where(*where).group_by(year, month)
        )
    }
    result = []
    y, m = first.year, first.month
    while (y, m) <= (last.year, last.month):
        result.append(MonthCount(y, m, found.get((y, m), 0)))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return tuple(result)


def _violations(
    connection: Connection, where: list[ColumnElement[bool]], policy: Policy
) -> tuple[ViolationCount, ...]:
    statement = (
        select(CaseViolation.code, func.count())
        .join(Case, Case.id == CaseViolation.case_id)
        .where(*where)
        .group_by(CaseViolation.code)
    )
    order = {v.code: index for index, v in enumerate(policy.violations)}
    titles = {v.code: v.title for v in policy.violations}
    rows = [
        ViolationCount(code, titles.get(code, code), int(n))
        for code, n in connection.execute(statement)
    ]
    return tuple(sorted(rows, key=lambda r: (-r.count, order.get(r.code, len(order)), r.code)))


def _rung_counts(
    connection: Connection, where: list[ColumnElement[bool]]
) -> dict[tuple[str, str], int]:
    """(ladder, rung) → cases whose last standing final decision chose that rung."""

    def standing(decision: type[Decision]) -> ColumnElement[bool]:
        set_aside = exists().where(
            Objection.decision_id == decision.id, Objection.outcome == ObjectionOutcome.GEGROND
        )
        return and_(decision.is_voornemen.is_(False), ~set_aside)

    later = aliased(Decision)
    # per case through its index: reading every decision of a big dossier costs seconds
    followed = exists().where(
        later.case_id == Decision.case_id,
        standing(later),
        or_(
            later.decided_at > Decision.decided_at,
            and_(later.decided_at == Decision.decided_at, later.id > Decision.id),
        ),
    )
    statement = (
        select(Case.ladder, Decision.chosen_rung, func.count())
        .join(Decision, Decision.case_id == Case.id)
        .where(*where, standing(Decision), ~followed)
        .group_by(Case.ladder, Decision.chosen_rung)
    )
    return {(ladder, rung): int(n) for ladder, rung, n in connection.execute(statement)}


def _own_teams(actor: Actor, active: set[int]) -> set[int]:
    """The active teams whose zero counts are worth showing: all for the directie and HR
    (they see cases of every team), the own teams for a teamleider."""
    if actor.has(Role.DIRECTIE) or actor.has(Role.HR):
        return active
    return actor.team_ids & active


def _rungs(
    actor: Actor, policy: Policy, found: dict[tuple[str, str], int]
) -> tuple[RungCount, ...]:
    """Every rung of the ladders the actor works on (zeros included), in ladder order,
    then any rung found in the dossier that the policy no longer has."""
    rows: list[RungCount] = []
    for name, ladder in policy.ladders.items():
        if not any(case_role(actor, name, team) for team in (*actor.team_ids, None)):
            continue
        rows += [
            RungCount(name, ladder.title, rung.code, rung.title, found.get((name, rung.code), 0))
            for rung in ladder.rungs
        ]
    listed = {(row.ladder, row.rung) for row in rows}
    for (name, rung), count in sorted(found.items()):
        if (name, rung) not in listed:
            title = policy.ladders[name].title if name in policy.ladders else name  # type: ignore[index]
            rows.append(RungCount(name, title, rung, rung, count))
    return tuple(rows)


# --- the CSV export -------------------------------------------------------------------------


def statistics_csv(statistics: CaseStatistics) -> str:
    """The figures as CSV for Dutch Excel: semicolons, Dutch headings, one block each."""
    s = statistics
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    rows: list[list[object]] = [
        ["Cijfers over zaken"],
        ["Periode", f"{long_date(s.date_from)} t/m {long_date(s.date_to)}"],
        ["Team", s.team_name],
        ["Aantal zaken", s.total],
        ["Zaken met een besluit", s.decided],
        [],
        ["Maand", "Aantal zaken"],
        *([m.label, m.count] for m in s.months),
        [],
        ["Overtreding", "Omschrijving", "Aantal zaken"],
        *([v.code, v.title, v.count] for v in s.violations),
        [],
        ["Team", "Aantal zaken"],
        *([t.name, t.count] for t in s.teams),
        [],
        ["Sanctieladder", "Maatregel", "Aantal zaken"],
        *([r.ladder_title, r.title, r.count] for r in s.rungs),
    ]
    writer.writerows([_cell(value) for value in row] for row in rows)
    return buffer.getvalue()


def _cell(value: object) -> object:
    """A text that Excel would take for a formula (a team named '=...') stays text."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def write_statistics_csv(statistics: CaseStatistics, path: Path) -> Path:
    """Write :func:`statistics_csv` to ``path`` (UTF-8 with a BOM, so Excel reads the
    accents), completely or not at all; an existing file is never overwritten."""
    path = Path(path)
    if not path.parent.is_dir():
        raise InvalidInput(
            tr("De map {folder} bestaat niet. Kies een andere map.", folder=str(path.parent))
        )
    write_new_file(path, statistics_csv(statistics).encode("utf-8-sig"))
    return path
