"""What the "cases" measurements are about, looked up in the dataset once per run: the
teamleider's teams, the student with the longest history in them and that student's
newest case, and a rare and a common search term with the number of cases they find.

The terms are fixed words of the demo data (a surname and a word of the case texts);
when a changed demo builder no longer has them in the wanted numbers of cases, terms that
do are taken from the full-text index instead (``fts5vocab``), and that is printed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from benchmarks.case_queries import fts5_term
from benchmarks.dataset import Dataset
from benchmarks.queries import connect_raw
from casemanager.policy.schema import Policy
from casemanager.store.dossier import Dossier

RARE, RARE_CASES = "Tekiela", range(2, 21)  # a surname: a handful of cases
COMMON, COMMON_CASES = "groepsapp", range(1_000, 20_001)  # thousands of cases

COUNT_MATCHES = """SELECT count(*) FROM case_file
 WHERE id IN (SELECT rowid >> 39 FROM case_search WHERE body MATCH ?)"""
LONGEST_HISTORY = """SELECT c.subject_person_id, count(*) AS cases
  FROM case_file AS c JOIN person AS p ON p.id = c.subject_person_id
 WHERE p.kind = 'leerling' AND c.ladder = 'leerling' AND c.team_id IN ({teams})
 GROUP BY c.subject_person_id ORDER BY cases DESC, c.subject_person_id LIMIT 1"""
NEWEST_CASE = """SELECT id FROM case_file WHERE subject_person_id = ?
 ORDER BY incident_date DESC, id DESC LIMIT 1"""
SANCTIONS = """SELECT count(*) FROM decision AS d JOIN case_file AS c ON c.id = d.case_id
 WHERE c.subject_person_id = ? AND d.is_voornemen = 0 AND c.id != ?"""
VOCABULARY = "CREATE VIRTUAL TABLE IF NOT EXISTS temp.words USING fts5vocab(main, case_search, row)"
CANDIDATES = """SELECT term FROM temp.words
 WHERE length(term) >= 6 AND term NOT GLOB '*[^a-z]*' AND doc BETWEEN ? AND ?
 ORDER BY abs(doc - ?), term LIMIT 20"""


@dataclass(frozen=True)
class Scene:
    teamleider: str
    team_ids: tuple[int, ...]
    policy: Policy
    today: dt.date
    student_id: int
    student_cases: int
    proposal_case_id: int
    sanctions: int  # final decisions in the student's other cases
    rare: str
    rare_cases: int
    common: str
    common_cases: int


def find_scene(dataset: Dataset, key: bytes, teamleider: Dossier) -> Scene:
    team_ids = tuple(sorted(teamleider.actor.team_ids))
    connection = connect_raw(dataset.dossier_path, key)
    try:
        teams = ", ".join(str(int(team)) for team in team_ids)
        student, cases = connection.execute(LONGEST_HISTORY.format(teams=teams)).fetchone()
        (case_id,) = connection.execute(NEWEST_CASE, (student,)).fetchone()
        (sanctions,) = connection.execute(SANCTIONS, (student, case_id)).fetchone()
        rare, rare_cases = _term(connection, RARE, RARE_CASES)
        common, common_cases = _term(connection, COMMON, COMMON_CASES)
    finally:
        connection.close()
    scene = Scene(
        teamleider.actor.username, team_ids, teamleider.policy, dt.date.today(), student, cases,
        case_id, sanctions, rare, rare_cases, common, common_cases,
    )  # fmt: skip
    print(
        f"scene: {scene.teamleider} (teams {', '.join(map(str, team_ids))}); student "
        f"{student} with {cases} cases, proposal for case {case_id}; rare term '{rare}' "
        f"({rare_cases} cases), common term '{common}' ({common_cases:,} cases)"
    )
    return scene


def _cases(connection: Any, word: str) -> int:
    return int(connection.execute(COUNT_MATCHES, (fts5_term(word),)).fetchone()[0])


def _term(connection: Any, word: str, wanted: range) -> tuple[str, int]:
    """``word`` when it finds a number of cases in ``wanted``, else a word that does."""
    found = _cases(connection, word)
    if found in wanted:
        return word, found
    connection.execute(VOCABULARY)
    middle = (wanted.start + wanted.stop) // 4
    for (term,) in connection.execute(CANDIDATES, (wanted.start, wanted.stop, middle)).fetchall():
        count = _cases(connection, term)
        if count in wanted:
            print(f"  '{word}' finds {found:,} cases; searching for '{term}' instead")
            return term, count
    print(f"  WARNING: no term finds {wanted.start:,} to {wanted.stop - 1:,} cases")
    return word, found
