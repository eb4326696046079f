"""Measurement "import" of group "cases": ``import_people`` of a Magister export with 2,000
new students, against a bare ``executemany`` INSERT of the same rows on raw sqlcipher3.

Both write into a copy of the dataset in a temporary directory, so the cached dataset stays
as it is. After every timed import the new students are deleted again (untimed), so each
run meets the same 39,547 persons. The file is a ``;``-separated Windows-1252 export with
CRLF line ends, as Magister writes it; its students are in the dataset's existing teams.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from benchmarks.dataset import Dataset
from benchmarks.queries import connect_raw
from benchmarks.timing import Record, measure, record
from casemanager.dutch import name_key
from casemanager.people import import_people
from casemanager.store.dossier import Dossier
from casemanager.store.keyring import keys_path_for

ROWS = 2_000
REPEAT = 5
FIRST_NUMBER = 3_000_001  # the demo's leerlingnummers are below 3,000,000
IMPORTER = "beheerder"
TARGET = "<= 2x raw sqlcipher3"
HEADER = (
    "Stamnr", "Roepnaam", "Tussenv.", "Achternaam", "Klas", "Geb.datum", "Afdeling", "Straat",
    "Postcode", "Woonplaats", "E-mail",
)  # fmt: skip
FIRST_NAMES = (
    "Daan", "Sem", "Lucas", "Finn", "Noah", "Bram", "Jesse", "Thijs", "Emma", "Julia", "Mila",
    "Tess", "Zoë", "Sara", "Noor", "Fenna", "Yusuf", "Amira", "Selin", "Kerem", "Priya", "Chloé",
)  # fmt: skip
SURNAMES = (
    ("", "Jansen"), ("de", "Vries"), ("van den", "Berg"), ("", "Bakker"), ("", "Smeets"),
    ("", "Ramakers"), ("van der", "Linden"), ("", "Yilmaz"), ("", "Öztürk"), ("", "Nguyen"),
    ("", "Wouters"), ("", "Lemmens"), ("", "Vluggen"), ("", "Frijns"), ("", "Müller"),
)  # fmt: skip
CITIES = ("Maastricht", "Meerssen", "Valkenburg", "Eijsden", "Gulpen", "Sittard", "Heerlen")
INSERT = (
    "INSERT INTO person (kind, number, voornaam, tussenvoegsel, achternaam, date_of_birth,"
    " team_id, class_name, function_title, street, postcode, city, email, phone, start_date,"
    " leave_date, created_at, name_key)"
    " VALUES ('leerling', ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, '', NULL, NULL, ?, ?)"
)
DELETE = "DELETE FROM person WHERE kind = 'leerling' AND number >= ? AND number < ?"


def students(teams: dict[int, str], seed: int = 2026) -> list[list[str]]:
    """The rows of the export: new students with a leerlingnummer, class and address."""
    rng = random.Random(seed)
    rows = []
    for index in range(ROWS):
        number = FIRST_NUMBER + index
        tussenvoegsel, achternaam = rng.choice(SURNAMES)
        voornaam = rng.choice(FIRST_NAMES)
        team_id = rng.choice(sorted(teams))
        born = dt.date(rng.randint(2009, 2014), rng.randint(1, 12), rng.randint(1, 28))
        rows.append(
            [
                str(number), voornaam, tussenvoegsel, achternaam,
                f"{rng.randint(1, 4)}{rng.choice('HVK')}{rng.randint(1, 9)}",
                born.strftime("%d-%m-%Y"), teams[team_id],
                f"Kerkstraat {rng.randint(1, 200)}",
                f"62{rng.randint(11, 29)} {rng.choice('ABCDEF')}X",
                rng.choice(CITIES), f"{number}@leerling.example.nl",
            ]
        )  # fmt: skip
    return rows


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    lines = [";".join(HEADER), *(";".join(row) for row in rows)]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def bare_rows(rows: list[list[str]], team_ids: dict[str, int]) -> list[tuple[Any, ...]]:
    """The same students as INSERT parameters, prepared before the timing starts."""
    created = dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")
    found = []
    for number, voornaam, tussenv, achternaam, klas, born, team, street, pc, city, mail in rows:
        day, month, year = (int(part) for part in born.split("-"))
        found.append(
            (
                number, voornaam, tussenv, achternaam, dt.date(year, month, day).isoformat(),
                team_ids[team], klas, street, pc, city, mail, created,
                name_key(achternaam, voornaam, tussenv),
            )
        )  # fmt: skip
    return found


@contextlib.contextmanager
def dataset_copy(dataset: Dataset) -> Iterator[Path]:
    """The dossier and its key slots, copied into a temporary directory."""
    with tempfile.TemporaryDirectory(prefix="casemanager-bench-") as tmp:
        target = Path(tmp) / dataset.dossier_path.name
        for source, copy in (
            (dataset.dossier_path, target),
            (dataset.keys_path, keys_path_for(target)),
            (Path(f"{dataset.dossier_path}-wal"), Path(f"{target}-wal")),
        ):
            if source.exists():
                shutil.copyfile(source, copy)
        yield target


def bench_import(dataset: Dataset) -> list[Record]:
    print(f"measuring import: import_people of a {ROWS:,}-row Magister CSV (x{REPEAT})")
    with dataset_copy(dataset) as path, Dossier.open(path, IMPORTER, dataset.password) as dossier:
        key = dossier.keyring.data_key
        with dossier.reader() as connection:
            teams = dict(connection.exec_driver_sql("SELECT id, name FROM team").all())
        rows = students(teams)
        csv = write_csv(path.parent / "magister-leerlingen.csv", rows)
        params = bare_rows(rows, {name: team_id for team_id, name in teams.items()})
        block = (str(FIRST_NUMBER), str(FIRST_NUMBER + ROWS))
        raw = connect_raw(path, key)
        try:

            def remove_new() -> None:
                raw.execute("BEGIN IMMEDIATE")
                deleted = raw.execute(DELETE, block).rowcount
                raw.execute("COMMIT")
                if deleted != ROWS:
                    print(f"  WARNING: {deleted:,} new students instead of {ROWS:,}")

            def service() -> None:
                with dossier.unit_of_work() as uow:
                    report = import_people(uow, csv)
                assert report.added == ROWS, report

            def bare() -> None:
                raw.execute("BEGIN IMMEDIATE")
                raw.executemany(INSERT, params)
                raw.execute("COMMIT")

            service_sample = measure(service, repeat=REPEAT, warmup=1, teardown=remove_new)
            bare_sample = measure(bare, repeat=REPEAT, warmup=1, teardown=remove_new)
        finally:
            raw.close()
    bare_record = record("import.raw", bare_sample.median_ms)
    return [
        bare_record,
        record("import.service", service_sample.median_ms, baseline=bare_record, target=TARGET),
    ]
