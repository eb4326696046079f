"""The bare SQL of the case services, written by hand: the statements ``list_cases``,
``person_history``, ``todo`` and ``proposal_for_case`` run, with the same joins, filters,
order, limit and bound parameters, for a bare sqlcipher3 connection.

Each function returns ``[(sql, params), ...]`` for one call of the service; the scope of
the signed-in user (``access.visible_cases``) is the ``scope`` argument: a teamleider's
teams, or ``()`` for directie, who sees every case.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from casemanager.policy.schema import Policy
from casemanager.store.fulltext import COMMON_ROWS
from models import CLOSED_STATUSES, CaseStatus

Statement = tuple[str, dict[str, Any]]
CLOSED = tuple(s.value for s in CLOSED_STATUSES)
OPEN = tuple(sorted(s.value for s in CaseStatus if s not in CLOSED_STATUSES))
BEFORE_DECISION = ("gemeld", "heropend", "hoorgesprek", "onderzoek")
PAGE = 200

NEXT_DUE = """(SELECT min(due) FROM (
    SELECT n.due_on AS due FROM notification AS n
     WHERE n.case_id = c.id AND n.done_at IS NULL AND n.due_on IS NOT NULL
    UNION ALL
    SELECT date(h.planned_at) FROM hearing AS h
     WHERE h.case_id = c.id AND h.held_at IS NULL AND c.status NOT IN (:closed0, :closed1)
    UNION ALL
    SELECT d.zienswijze_due FROM decision AS d
     WHERE d.case_id = c.id AND d.is_voornemen = 1 AND d.zienswijze_due IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM decision AS f
                        WHERE f.case_id = d.case_id AND f.is_voornemen = 0 AND f.id > d.id)
       AND c.status NOT IN (:closed0, :closed1)
    UNION ALL
    SELECT d.ends_on FROM decision AS d
     WHERE d.case_id = c.id AND d.is_voornemen = 0 AND d.ends_on >= :today))"""
CODES = "(SELECT group_concat(v.code, ',') FROM case_violation AS v WHERE v.case_id = c.id)"
# list_cases picks the page's ids first, then reads the columns for those ids only
LIST_SQL = f"""SELECT c.id, c.number, c.incident_date, p.voornaam, p.tussenvoegsel,
       p.achternaam, p.class_name, t.name, {CODES}, c.status, c.severity, a.display_name,
       CASE WHEN c.status NOT IN (:closed0, :closed1) THEN {NEXT_DUE} END AS next_due
  FROM (SELECT c.id AS id FROM case_file AS c JOIN person AS p ON p.id = c.subject_person_id
         WHERE {{where}} ORDER BY {{order}} LIMIT {PAGE} OFFSET 0) AS page
  JOIN case_file AS c ON c.id = page.id
  JOIN person AS p ON p.id = c.subject_person_id
  JOIN account AS a ON a.id = c.owner_id
  LEFT JOIN team AS t ON t.id = c.team_id"""
FULLTEXT = "c.id{plus} IN (SELECT rowid >> 39 FROM case_search WHERE body MATCH :{name})"
PERSON_NAME = "trim(p.voornaam || ' ' || coalesce(p.tussenvoegsel || ' ', '') || p.achternaam)"


def placeholders(prefix: str, values: Sequence[Any], params: dict[str, Any]) -> str:
    """``:prefix0, :prefix1, ...`` for an IN list, the values put into ``params``."""
    names = [f"{prefix}{i}" for i in range(len(values))]
    params.update(zip(names, values, strict=True))
    return ", ".join(f":{name}" for name in names)


def scope_sql(scope: Sequence[int], params: dict[str, Any]) -> str:
    """``visible_cases``: a teamleider sees the student ladder of their own teams."""
    if not scope:
        return "1 = 1"
    params["ladder"] = "leerling"
    return f"c.ladder = :ladder AND c.team_id IN ({placeholders('team', scope, params)})"


def fts5_term(word: str) -> str:
    """One typed word as the service searches it: an FTS5 string, a prefix (still typing)."""
    return '"' + word.replace('"', '""') + '"*'


def is_common(connection: Any, word: str) -> bool:
    """Whether the service treats ``word`` as common (``fulltext.COMMON_ROWS`` rows or more)."""
    capped = "SELECT count(*) FROM (SELECT 1 FROM case_search WHERE body MATCH ? LIMIT ?)"
    (rows,) = connection.execute(capped, (fts5_term(word), COMMON_ROWS)).fetchone()
    return bool(rows >= COMMON_ROWS)


def list_page(
    scope: Sequence[int],
    *,
    statuses: Sequence[str] = (),
    words: Sequence[str] = (),
    by_name: bool = False,
    common: bool = False,
    today: dt.date,
) -> list[Statement]:
    """``list_cases``: one page, newest incident first (or by name, A to Z). ``common``:
    the words are looked up per case (``id + 0``), as ``fulltext`` does for common words."""
    params: dict[str, Any] = {"today": today.isoformat()}
    placeholders("closed", CLOSED, params)
    where = [scope_sql(scope, params)] if scope else []
    if statuses:
        where.append(f"c.status IN ({placeholders('status', sorted(statuses), params)})")
    for number, word in enumerate(words):
        params[f"word{number}"] = fts5_term(word)
        where.append(FULLTEXT.format(name=f"word{number}", plus=" + 0" if common else ""))
    order = "p.name_key ASC, c.id ASC" if by_name else "c.incident_date DESC, c.id DESC"
    sql = LIST_SQL.format(where=" AND ".join(where or ["1 = 1"]), order=order)
    return [(sql, params)]


def history_cases(scope: Sequence[int], person_id: int) -> Statement:
    """``person_history``, first statement: the person's cases the user may see."""
    params: dict[str, Any] = {"person": person_id}
    sql = f"""SELECT c.id, c.number, c.incident_date, c.status, c.severity, {CODES}
  FROM case_file AS c
 WHERE c.subject_person_id = :person AND {scope_sql(scope, params)}
 ORDER BY c.incident_date DESC, c.id DESC"""
    return sql, params


def history_decisions(case_ids: Sequence[int]) -> Statement:
    """``person_history``, second statement: the final decisions in those cases."""
    params: dict[str, Any] = {}
    sql = f"""SELECT d.case_id, d.chosen_rung, d.decided_at, d.ends_on FROM decision AS d
 WHERE d.case_id IN ({placeholders("case", case_ids, params)}) AND d.is_voornemen = 0
 ORDER BY d.decided_at, d.id"""
    return sql, params


def audit_head() -> str:
    return "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"


AUDIT_INSERT = (
    "INSERT INTO audit_log (seq, at, username, role, action, object_type, object_id,"
    " person_id, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def hearing_codes(policy: Policy) -> dict[str, list[str]]:
    """Per ladder, the violations whose starting rung needs a hearing (as ``todo`` asks)."""
    found = {}
    for name, ladder in policy.ladders.items():
        starts_with_hearing = [
            v for v in policy.violations if ladder.rung(ladder.start[v.severity]).hearing_required
        ]
        codes = [v.code for v in starts_with_hearing]
        if codes:
            found[name] = codes
    return found


def todo_statements(scope: Sequence[int], policy: Policy, day: dt.date) -> dict[str, Statement]:
    """``todo`` for a user who works on cases: one statement per kind of deadline."""
    soon = day + dt.timedelta(days=policy.terms.ending_soon_days)
    weeks = dt.timedelta(weeks=policy.terms.objection_weeks)
    notice_from = day + dt.timedelta(days=policy.terms.objection_notice_days) - weeks
    found: dict[str, Statement] = {}

    def add(part: str, sql: str, params: dict[str, Any]) -> None:
        found[part] = (sql.replace("{scope}", scope_sql(scope, params)), params)

    columns = f"c.id, c.number, {PERSON_NAME} AS person"
    params: dict[str, Any] = {}
    add(
        "hearings_planned",
        f"""SELECT {columns}, h.planned_at FROM hearing AS h
  JOIN case_file AS c ON c.id = h.case_id JOIN person AS p ON p.id = c.subject_person_id
 WHERE h.held_at IS NULL AND c.status NOT IN ({placeholders("closed", CLOSED, params)})
   AND {{scope}}""",
        params,
    )
    params = {}
    needs = [
        f"c.ladder = :ladder_{name} AND EXISTS (SELECT 1 FROM case_violation AS v"
        f" WHERE v.case_id = c.id AND v.code IN ({placeholders(f'{name}_', codes, params)}))"
        for name, codes in hearing_codes(policy).items()
    ]
    params.update({f"ladder_{name}": name for name in hearing_codes(policy)})
    add(
        "hearings_required",
        f"""SELECT {columns}, c.opened_at FROM case_file AS c
  JOIN person AS p ON p.id = c.subject_person_id
 WHERE c.status IN ({placeholders("open", BEFORE_DECISION, params)}) AND {{scope}}
   AND ({" OR ".join(f"({need})" for need in needs)})
   AND NOT EXISTS (SELECT 1 FROM hearing AS h WHERE h.case_id = c.id)""",
        params,
    )
    add(
        "notifications",
        f"""SELECT {columns}, n.kind, n.due_on, n.description FROM notification AS n
  JOIN case_file AS c ON c.id = n.case_id JOIN person AS p ON p.id = c.subject_person_id
 WHERE n.done_at IS NULL AND {{scope}}""",
        {},
    )
    add(
        "measures_ending",
        f"""SELECT {columns}, d.ends_on, d.chosen_rung, c.ladder FROM decision AS d
  JOIN case_file AS c ON c.id = d.case_id JOIN person AS p ON p.id = c.subject_person_id
 WHERE d.is_voornemen IS 0 AND d.ends_on BETWEEN :day AND :soon AND {{scope}}""",
        {"day": day.isoformat(), "soon": soon.isoformat()},
    )
    add(
        "objection_terms",
        f"""SELECT {columns}, c.status,
       (SELECT max(d.made_known_on) FROM decision AS d
         WHERE d.case_id = c.id AND d.is_voornemen IS 0) AS known
  FROM case_file AS c JOIN person AS p ON p.id = c.subject_person_id
 WHERE c.status IN ('bekendgemaakt', 'bezwaar')
   AND ((c.status = 'bekendgemaakt' AND known <= :notice_from)
        OR (c.status = 'bezwaar' AND EXISTS (SELECT 1 FROM objection AS o
                                              WHERE o.case_id = c.id AND o.outcome IS NULL)))
   AND {{scope}}""",
        {"notice_from": notice_from.isoformat()},
    )
    params = {}
    add(
        "zienswijze",
        f"""SELECT {columns}, d.zienswijze_due FROM decision AS d
  JOIN case_file AS c ON c.id = d.case_id JOIN person AS p ON p.id = c.subject_person_id
 WHERE d.is_voornemen IS 1 AND c.status IN ({placeholders("open", BEFORE_DECISION, params)})
   AND NOT EXISTS (SELECT 1 FROM decision AS f
                    WHERE f.case_id = d.case_id AND f.is_voornemen IS 0 AND f.id > d.id)
   AND {{scope}}""",
        params,
    )
    return found


def proposal_statements(case_id: int, person_id: int) -> list[Statement]:
    """``proposal_for_case``: the case, its subject, its violations, the earlier sanctions."""
    return [
        ("SELECT * FROM case_file WHERE id = :case", {"case": case_id}),
        ("SELECT * FROM person WHERE id = :person", {"person": person_id}),
        ("SELECT id, case_id, code FROM case_violation WHERE case_id = :case", {"case": case_id}),
        (
            """SELECT d.chosen_rung, d.decided_at, c.number, c.ladder FROM decision AS d
  JOIN case_file AS c ON c.id = d.case_id
 WHERE c.subject_person_id = :person AND d.is_voornemen IS 0
   AND NOT EXISTS (SELECT 1 FROM objection AS o
                    WHERE o.decision_id = d.id AND o.outcome = 'gegrond')
   AND c.id != :case
 ORDER BY d.decided_at""",
            {"person": person_id, "case": case_id},
        ),
    ]


def run_all(connection: Any, statements: Sequence[Statement]) -> list[list[Any]]:
    """Every statement in one read transaction, every row fetched."""
    connection.execute("BEGIN DEFERRED")
    try:
        return [connection.execute(sql, params).fetchall() for sql, params in statements]
    finally:
        connection.execute("ROLLBACK")


def query_plan(connection: Any, statement: Statement) -> str:
    sql, params = statement
    rows = connection.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
    return " | ".join(str(row[-1]) for row in rows)
