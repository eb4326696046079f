"""Deterministic, realistic rows for the benchmark dossier: teams, accounts, persons, cases.

Every row of a table has the same keys, so each table goes in as one Core ``executemany``.
Ids are given explicitly (the seeded beheerder is account 1), so nothing needs RETURNING.
The same :class:`Rows` go into the encrypted dossier and into the plain SQLite copy.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from models.accounts import Role
from models.cases import CLOSED_STATUSES, CaseStatus, Severity
from models.people import PersonKind

Row = dict[str, Any]

FIRST_DAY = dt.date(2022, 8, 22)  # start of school year 2022/23
LAST_DAY = dt.date(2025, 7, 18)  # end of school year 2024/25
ADMIN_ACCOUNT_ID = 1  # seeded by Dossier.create
CLASSES_PER_PREFIX = 18

TEAMS: dict[str, tuple[str, ...]] = {
    "brugklas": ("1B",),
    "onderbouw havo/vwo": ("2H", "3H", "2V", "3V"),
    "onderbouw vmbo": ("2M", "3M", "2K", "3K"),
    "bovenbouw vmbo": ("4M", "4K", "4B"),
    "bovenbouw havo": ("4H", "5H"),
    "bovenbouw vwo": ("4V", "5V", "6V"),
    "tweetalig onderwijs": ("1T", "2T", "3T"),
    "praktijkonderwijs": ("1P", "2P", "3P", "4P"),
}
OTHER_ACCOUNTS = (
    ("hr", Role.HR),
    ("directie", Role.DIRECTIE),
    ("administratie", Role.ADMINISTRATIE),
)

FIRST_NAMES = (
    "Daan", "Sem", "Lucas", "Levi", "Finn", "Milan", "Noah", "Luuk", "Bram", "Jesse", "Thijs",
    "Ruben", "Sven", "Tim", "Lars", "Gijs", "Mees", "Emma", "Julia", "Mila", "Tess", "Sophie",
    "Zoë", "Sara", "Nora", "Evi", "Lotte", "Fleur", "Anna", "Noor", "Liv", "Saar", "Lisa",
    "Fenna", "Mohammed", "Yusuf", "Ayoub", "Amira", "Yasmina", "Fatima", "Selin", "Elif",
    "Kerem", "Priya", "Ravi", "Mei", "Jayden", "Kevin",
)  # fmt: skip
SURNAMES = (
    ("", "Jansen"), ("de", "Vries"), ("van den", "Berg"), ("van", "Dijk"), ("", "Bakker"),
    ("", "Visser"), ("", "Smit"), ("", "Meijer"), ("de", "Boer"), ("", "Mulder"),
    ("de", "Groot"), ("", "Bos"), ("", "Vos"), ("", "Peters"), ("", "Hendriks"),
    ("van", "Leeuwen"), ("", "Dekker"), ("", "Brouwer"), ("de", "Wit"), ("", "Dijkstra"),
    ("", "Smits"), ("de", "Graaf"), ("van der", "Meer"), ("van der", "Linden"), ("", "Kok"),
    ("", "Jacobs"), ("de", "Haan"), ("", "Vermeulen"), ("van den", "Heuvel"), ("", "Yilmaz"),
    ("", "El Amrani"), ("", "Kaya"), ("", "Öztürk"), ("", "Nguyen"), ("", "Wouters"),
)  # fmt: skip
CITIES = ("Maastricht", "Meerssen", "Valkenburg", "Eijsden", "Gulpen", "Sittard", "Heerlen")
LETTERS = "ABCDEGHJKLMNPRST"
STAFF_FUNCTIONS = ("docent", "mentor", "onderwijsassistent", "conciërge", "zorgcoördinator")
PLATFORMS = ("Instagram", "Snapchat", "TikTok", "WhatsApp", "Discord", "YouTube", "X")
PLACES = ("online", "schoolplein", "mediatheek", "kantine", "in de klas", "thuis", "sporthal")
SUBJECTS = (
    "Delen van een foto van een medeleerling zonder toestemming",
    "Beledigende berichten in de klassengroep",
    "Filmen van een docent tijdens de les",
    "Nepaccount op naam van een medeleerling",
    "Doorsturen van een privébericht",
    "Dreigende opmerkingen in een reactie",
    "Verspreiden van een filmpje van een ruzie",
    "Uitlokken van buitensluiten in een groepschat",
)
SENTENCES = (
    "De melding kwam binnen via de mentor van {klas}.",
    "Het bericht is op {platform} geplaatst en binnen een uur door tientallen leerlingen gezien.",
    "Er zijn schermafbeeldingen gemaakt door een medeleerling en aan de teamleider gegeven.",
    "De betrokkene erkent het bericht te hebben geplaatst, maar zegt dat het een grap was.",
    "De ouders zijn telefonisch op de hoogte gebracht en hebben om een gesprek gevraagd.",
    "Het slachtoffer voelt zich niet veilig en is twee dagen thuisgebleven.",
    "Het account is inmiddels verwijderd, maar kopieën circuleren nog in andere groepen.",
    "De teamleider heeft met beide partijen afzonderlijk gesproken.",
    "Volgens getuigen speelde het incident zich af tijdens de pauze op het {plaats}.",
    "Eerder dit schooljaar is dezelfde leerling aangesproken op vergelijkbaar gedrag.",
)


@dataclass
class Rows:
    teams: list[Row] = field(default_factory=list)
    accounts: list[Row] = field(default_factory=list)
    account_roles: list[Row] = field(default_factory=list)
    account_teams: list[Row] = field(default_factory=list)
    persons: list[Row] = field(default_factory=list)
    guardianships: list[Row] = field(default_factory=list)
    cases: list[Row] = field(default_factory=list)


def generate(persons: int, cases: int, seed: int = 2025) -> Rows:
    rng = random.Random(seed)
    rows = Rows()
    _teams_and_accounts(rows)
    _persons(rng, rows, persons)
    _cases(rng, rows, cases)
    return rows


def _teams_and_accounts(rows: Rows) -> None:
    created = dt.datetime(2022, 8, 1, 9, 0, tzinfo=dt.UTC)
    names: list[tuple[str, str, Role, int | None]] = [
        (f"tl.{team_id}", f"Teamleider {name}", Role.TEAMLEIDER, team_id)
        for team_id, name in enumerate(TEAMS, start=1)
    ]
    names += [(f"{user}.1", user.title(), role, None) for user, role in OTHER_ACCOUNTS]
    for team_id, name in enumerate(TEAMS, start=1):
        rows.teams.append({"id": team_id, "name": name, "active": True})
    for account_id, (username, display, role, team_id) in enumerate(names, start=2):
        rows.accounts.append(
            {
                "id": account_id,
                "username": username,
                "display_name": display,
                "function_title": role.value,
                "active": True,
                "removed_at": None,
                "created_at": created,
            }
        )
        rows.account_roles.append({"account_id": account_id, "role": role})
        if team_id is not None:
            rows.account_teams.append({"account_id": account_id, "team_id": team_id})


def _persons(rng: random.Random, rows: Rows, count: int) -> None:
    staff, parents = count * 45 // 1000, count * 330 // 1000
    students = count - staff - parents
    prefixes = [(team_id, p) for team_id, ps in enumerate(TEAMS.values(), start=1) for p in ps]
    created = dt.datetime(2022, 8, 15, 7, 30, tzinfo=dt.UTC)
    for person_id in range(1, count + 1):
        tussenvoegsel, achternaam = rng.choice(SURNAMES)
        team_id, class_name, function = None, "", ""
        if person_id <= students:
            kind, number = PersonKind.LEERLING, str(100_000 + person_id)
            team_id, prefix = rng.choice(prefixes)
            class_name = f"{prefix}{rng.randint(1, CLASSES_PER_PREFIX)}"
            born = rng.randint(2006, 2013)
        elif person_id <= students + staff:
            kind, number = PersonKind.MEDEWERKER, f"P{person_id:05d}"
            team_id = rng.choice((None, *range(1, len(TEAMS) + 1)))
            function, born = rng.choice(STAFF_FUNCTIONS), rng.randint(1960, 1998)
        else:
            kind, number, born = PersonKind.OUDER, None, rng.randint(1965, 1988)
            student = rng.randint(1, students)
            rows.guardianships.append(_guardian(len(rows.guardianships) + 1, student, person_id))
        voornaam = rng.choice(FIRST_NAMES)
        rows.persons.append(
            {
                "id": person_id,
                "kind": kind,
                "number": number,
                "voornaam": voornaam,
                "tussenvoegsel": tussenvoegsel,
                "achternaam": achternaam,
                "date_of_birth": dt.date(born, rng.randint(1, 12), rng.randint(1, 28)),
                "team_id": team_id,
                "class_name": class_name,
                "function_title": function,
                "street": f"{rng.choice(SURNAMES)[1]}straat {rng.randint(1, 180)}",
                "postcode": f"62{rng.randint(10, 99)} {rng.choice(LETTERS)}{rng.choice(LETTERS)}",
                "city": rng.choice(CITIES),
                "email": f"{voornaam.lower()}.{person_id}@example.nl",
                "phone": f"06{rng.randint(10_000_000, 99_999_999)}",
                "start_date": dt.date(rng.randint(2016, 2022), 8, 22),
                "leave_date": None,
                "created_at": created,
            }
        )


def _guardian(row_id: int, student_id: int, guardian_id: int) -> Row:
    return {
        "id": row_id,
        "student_id": student_id,
        "guardian_id": guardian_id,
        "relation": "ouder",
        "receives_letters": True,
    }


def _cases(rng: random.Random, rows: Rows, count: int) -> None:
    persons = rows.persons
    kinds = [p["kind"] for p in persons]
    students, staff = kinds.count(PersonKind.LEERLING), kinds.count(PersonKind.MEDEWERKER)
    days = (LAST_DAY - FIRST_DAY).days
    dates = sorted(FIRST_DAY + dt.timedelta(days=rng.randint(0, days)) for _ in range(count))
    owners = {a["team_id"]: a["account_id"] for a in rows.account_teams}
    hr_id, directie_id = rows.accounts[len(TEAMS)]["id"], rows.accounts[len(TEAMS) + 1]["id"]
    seq_by_year: dict[int, int] = {}
    for case_id, incident in enumerate(dates, start=1):
        pick = rng.random()  # subjects: 93% students, 4% staff, 3% parents
        if pick < 0.93:
            person = persons[rng.randrange(students)]
        elif pick < 0.97:
            person = persons[students + rng.randrange(staff)]
        else:
            person = persons[students + staff + rng.randrange(len(persons) - students - staff)]
        is_staff = person["kind"] is PersonKind.MEDEWERKER
        team_id = person["team_id"]
        owner = hr_id if is_staff else owners.get(team_id, directie_id)
        opened = dt.datetime.combine(incident, dt.time(8), dt.UTC) + dt.timedelta(
            days=rng.randint(0, 3), minutes=rng.randint(0, 540)
        )
        seq = seq_by_year[opened.year] = seq_by_year.get(opened.year, 0) + 1
        status = _status(rng, (LAST_DAY - incident).days)
        closed = None
        if status in CLOSED_STATUSES:
            closed = opened + dt.timedelta(days=rng.randint(5, 60))
        platform = rng.choice(PLATFORMS)
        place = rng.choice(PLACES)
        text = " ".join(
            s.format(klas=person["class_name"] or "de klas", platform=platform, plaats=place)
            for s in rng.sample(SENTENCES, rng.randint(2, 6))
        )
        rows.cases.append(
            {
                "id": case_id,
                "number": f"{opened.year}-{seq:05d}",
                "year": opened.year,
                "seq": seq,
                "subject_person_id": person["id"],
                "team_id": team_id,
                "subject": f"{rng.choice(SUBJECTS)} ({platform})",
                "incident_date": incident,
                "incident_time": dt.time(rng.randint(7, 22), rng.choice((0, 15, 30, 45))),
                "place": place,
                "platform": platform,
                "description": text,
                "severity": rng.choices(SEVERITIES, weights=(45, 30, 18, 7))[0],
                "status": status,
                "owner_id": owner,
                "created_by_id": rng.choice((owner, owner, ADMIN_ACCOUNT_ID)),
                "opened_at": opened,
                "closed_at": closed,
                "ladder": "medewerker" if is_staff else "leerling",
            }
        )


# gemeld, onderzoek, hoorgesprek, besluit, bekendgemaakt, bezwaar, afgesloten, geseponeerd,
# heropend: older cases are mostly closed, recent ones mostly still open.
STATUSES = list(CaseStatus)
SEVERITIES = list(Severity)
OLD_WEIGHTS = (1, 1, 1, 1, 6, 3, 64, 21, 2)
RECENT_WEIGHTS = (20, 25, 15, 10, 10, 3, 10, 5, 2)


def _status(rng: random.Random, age_days: int) -> CaseStatus:
    weights = OLD_WEIGHTS if age_days > 120 else RECENT_WEIGHTS
    return rng.choices(STATUSES, weights=weights)[0]
