"""Group "people": the person list (Personen) on the 100,000-case demo dossier (39,547
persons), each service call compared in the same run with its bare SQL on a raw sqlcipher3
connection with the same key (``benchmarks.queries.connect_raw``).

* ``people_first_page``: the first page (200 rows, by name) and the total "N personen"
  (counted in the thread pool after a full page), as directie (everyone) and as
  teamleider (students of one team, their parents, staff and others: the access
  condition of ``access.visible_persons`` in SQL). "cold" is the first call on a fresh
  connection, "cached" the same call repeated.
* ``people_search``: search as you type. The most common surname of the teamleider's
  students is typed one letter at a time; after each pause the list asks for its first
  page (``.typing``: the sum of those pages, ``.worst_step``: the slowest one) and then
  the total for the whole word (``.count``). A student number (every word may occur
  anywhere in name or number, so a rare term scans every visible person) is the rare case.

Every service record is compared with its bare SQL ("<= 2x raw sqlcipher3") and the
page and the slowest typing step with the 50 ms budget of the case group.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from benchmarks.case_parts import BUDGET, BUDGET_TARGET, COLD_REPEAT, bare_cold
from benchmarks.case_parts import cached as cached_often
from benchmarks.case_parts import records_for as pair_records
from benchmarks.dataset import Dataset
from benchmarks.queries import connect_raw
from benchmarks.timing import Group, Record, Sample, Selection, measure, record
from casemanager.dutch import fold
from casemanager.people.registry import count_persons, list_persons
from casemanager.store.dossier import Dossier

PAGE = 200
USERS = ("directie", "teamleider")
SLOW_MS = 1000.0  # a call this slow is timed SLOW_REPEAT times, not batched 15 times
SLOW_REPEAT = 3
COLUMNS = (
    "SELECT p.id, p.number, p.voornaam, p.tussenvoegsel, p.achternaam, p.kind, t.name,"
    " p.class_name, p.leave_date FROM person AS p LEFT OUTER JOIN team AS t ON t.id = p.team_id"
)


# --- the bare SQL (what registry.list_persons and count_persons compile to) ------------------


def visible(team_ids: tuple[int, ...] | None) -> tuple[str, list[Any]]:
    """access.visible_persons for directie (None: everyone) or a teamleider of these teams."""
    if team_ids is None:
        return "1 = 1", []
    marks = ", ".join("?" * len(team_ids))
    sql = (
        f"(p.kind = 'leerling' AND p.team_id IN ({marks}) OR p.kind = 'ouder' AND p.id IN ("
        "SELECT g.guardian_id FROM guardianship AS g JOIN person AS s ON s.id = g.student_id"
        f" WHERE s.kind = 'leerling' AND s.team_id IN ({marks}))"
        " OR p.kind IN ('medewerker', 'overig'))"
    )
    return sql, [*team_ids, *team_ids]


def where(team_ids: tuple[int, ...] | None, search: str) -> tuple[str, list[Any]]:
    sql, params = visible(team_ids)
    for word in search.split():
        sql += " AND (p.name_key LIKE ? ESCAPE '\\' OR lower(p.number) LIKE lower(?) ESCAPE '\\')"
        params += [f"%{_escape(fold(word))}%", f"%{_escape(word)}%"]
    return sql, params


def bare_page(team_ids: tuple[int, ...] | None, search: str = "") -> Callable[[Any], list[Any]]:
    sql, params = where(team_ids, search)
    statement = f"{COLUMNS} WHERE {sql} ORDER BY p.name_key, p.id LIMIT ? OFFSET 0"
    return lambda connection: connection.execute(statement, (*params, PAGE)).fetchall()


def bare_count(team_ids: tuple[int, ...] | None, search: str = "") -> Callable[[Any], int]:
    sql, params = where(team_ids, search)
    statement = f"SELECT count(p.id) FROM person AS p WHERE {sql}"
    return lambda connection: int(connection.execute(statement, params).fetchone()[0])


def _escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# --- measuring ------------------------------------------------------------------------------


def run(dataset: Dataset, selection: Selection) -> list[Record]:
    records: list[Record] = []
    for user in USERS:
        wanted = [m for m in GROUP.measurements if selection.wants(GROUP.name, m)]
        if not wanted:
            return records
        with Dossier.open(dataset.dossier_path, user, dataset.password) as dossier:
            key = dossier.keyring.data_key
            teams = None if user == "directie" else tuple(sorted(dossier.actor.team_ids))
            if "people_first_page" in wanted:
                records += bench_first_page(user, dossier, dataset, key, teams)
            if "people_search" in wanted:
                records += bench_search(user, dossier, dataset, key, teams)
    return records


def bench_first_page(
    user: str, dossier: Dossier, dataset: Dataset, key: bytes, teams: tuple[int, ...] | None
) -> list[Record]:
    name = f"people_first_page.{user}"
    total = count_persons(dossier)
    print(f"measuring {name}: first {PAGE} of {total:,} persons by name, and their count")
    page, count = bare_page(teams), bare_count(teams)
    warm = connect_raw(dataset.dossier_path, key)
    try:
        agree = [r.id for r in list_persons(dossier)] == [row[0] for row in page(warm)]
        agree = agree and count(warm) == total
        print(f"  {'same results' if agree else 'WARNING: service and bare SQL differ'}")
        raw_page, raw_count = cached(lambda: page(warm)), cached(lambda: count(warm))
    finally:
        warm.close()
    cold = measure(lambda: list_persons(dossier), repeat=COLD_REPEAT, setup=dossier.engine.dispose)
    return [
        *pair_records(f"{name}.page", "cold", bare_cold(dataset, key, page), cold, True),
        *pair_records(f"{name}.page", "cached", raw_page, cached(lambda: list_persons(dossier)),
                      True),
        *pair_records(f"{name}.count", "cached", raw_count,
                      cached(lambda: count_persons(dossier)), False),
    ]  # fmt: skip


def bench_search(
    user: str, dossier: Dossier, dataset: Dataset, key: bytes, teams: tuple[int, ...] | None
) -> list[Record]:
    warm = connect_raw(dataset.dossier_path, key)
    try:
        common, number = search_words(warm)
        records: list[Record] = []
        for kind, word in (("common", common), ("rare", number)):
            name = f"people_search.{user}.{kind}"
            found = count_persons(dossier, search=word)
            print(f"measuring {name}: typing '{word}' ({found:,} persons), a page per letter")
            steps = [word[: i + 1] for i in range(len(word))]
            raw: list[Sample] = []
            service: list[Sample] = []
            for prefix in steps:
                page = bare_page(teams, prefix)
                rows = list_persons(dossier, search=prefix)
                if [r.id for r in rows] != [row[0] for row in page(warm)]:
                    print(f"  WARNING: service and bare SQL differ for '{prefix}'")
                raw.append(cached(lambda page=page: page(warm)))
                service.append(cached(lambda prefix=prefix: list_persons(dossier, search=prefix)))
            print(
                "  "
                + ", ".join(
                    f"'{p}' {s.median_ms:.1f} ms" for p, s in zip(steps, service, strict=True)
                )
            )
            count = bare_count(teams, word)
            records += [
                *_summed(f"{name}.typing", raw, service),
                *_worst(f"{name}.worst_step", raw, service),
                *pair_records(f"{name}.count", "cached", cached(lambda c=count: c(warm)),
                              cached(lambda w=word: count_persons(dossier, search=w)), False),
            ]  # fmt: skip
        return records
    finally:
        warm.close()


def cached(fn: Callable[[], object]) -> Sample:
    """The case group's cached timing, or a few plain runs for a call of seconds."""
    once = measure(fn, repeat=1)
    if once.median_ms >= SLOW_MS:
        return measure(fn, repeat=SLOW_REPEAT)
    return cached_often(fn)


def search_words(connection: Any) -> tuple[str, str]:
    """The most common surname (of at least five letters) among the students, and the
    number of the student who comes first by name: the same words for every user."""
    common = connection.execute(
        "SELECT achternaam FROM person WHERE kind = 'leerling' AND length(achternaam) >= 5"
        " AND achternaam NOT LIKE '% %' GROUP BY achternaam ORDER BY count(*) DESC,"
        " achternaam LIMIT 1"
    ).fetchone()[0]
    number = connection.execute(
        "SELECT number FROM person WHERE kind = 'leerling' AND number IS NOT NULL"
        " ORDER BY name_key LIMIT 1"
    ).fetchone()[0]
    return str(common).lower(), str(number)


def _summed(name: str, raw: list[Sample], service: list[Sample]) -> list[Record]:
    bare = record(f"{name}.raw", sum(s.median_ms for s in raw))
    total = sum(s.median_ms for s in service)
    return [bare, record(f"{name}.service", total, baseline=bare, target="<= 2x raw sqlcipher3")]


def _worst(name: str, raw: list[Sample], service: list[Sample]) -> list[Record]:
    slowest = max(range(len(service)), key=lambda i: service[i].median_ms)
    bare = record(f"{name}.raw", raw[slowest].median_ms)
    value = service[slowest].median_ms
    return [
        bare,
        record(f"{name}.service", value, baseline=bare, target="<= 2x raw sqlcipher3"),
        record(f"{name}.service_vs_budget", value, baseline=BUDGET, target=BUDGET_TARGET),
    ]


GROUP = Group(name="people", measurements=("people_first_page", "people_search"), run=run)
