"""The school's people: teams and classes, students with their parents (some separated,
some siblings sharing them), staff, a few outsiders, and the demo accounts.

Rows are plain dicts with explicit ids, ready for a Core ``insert`` executemany; the
``Member`` records carry what the case generator needs to pick a subject.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass, field
from typing import Any

from casemanager.demo.names import Family, Name, NameMaker, ascii_name
from casemanager.policy.calendar import add_years

Row = dict[str, Any]

DOMAIN = "stedelijkcollegedemaas.nl"
SCHOOL: Row = {
    "name": "Stedelijk College De Maas",
    "street": "Tongerseweg 135",
    "postcode": "6213 GA",
    "place": "Maastricht",
    "phone": "043 350 22 00",
    "email": f"info@{DOMAIN}",
    "website": f"https://www.{DOMAIN}",
    "board_name": "Stichting Voortgezet Onderwijs Heuvelland",
    "board_street": "Postbus 4012",
    "board_postcode": "6202 EA",
    "board_place": "Maastricht",
}
# who signs the formal (aangetekende) letters, per ladder: (name, function)
SIGNERS: dict[str, tuple[tuple[str, str], ...]] = {
    "leerling": (("drs. A.M. Hendriks", "rector"),),
    "medewerker": (("mr. J.P. Smeets", "voorzitter college van bestuur"),),
}
# team → (level, year) streams; H havo, V vwo, B/K/T vmbo basis, kader, theoretisch
TEAMS: tuple[tuple[str, tuple[tuple[str, int], ...]], ...] = (
    ("onderbouw havo/vwo", (("H", 1), ("H", 2), ("H", 3), ("V", 1), ("V", 2), ("V", 3))),
    ("bovenbouw havo/vwo", (("H", 4), ("H", 5), ("V", 4), ("V", 5), ("V", 6))),
    ("onderbouw vmbo", (("B", 1), ("B", 2), ("K", 1), ("K", 2), ("T", 1), ("T", 2))),
    ("bovenbouw vmbo", (("B", 3), ("B", 4), ("K", 3), ("K", 4), ("T", 3), ("T", 4))),
)
LEVEL_WEIGHT = {"H": 1.0, "V": 0.9, "B": 0.35, "K": 0.45, "T": 0.6}
CLASS_SIZE = 29
CITIES = (  # place, first and last postcode number, area code, weight
    ("Maastricht", 6211, 6229, "043", 60), ("Meerssen", 6231, 6231, "043", 5),
    ("Eijsden", 6245, 6245, "043", 4), ("Cadier en Keer", 6267, 6267, "043", 2),
    ("Margraten", 6269, 6269, "043", 2), ("Valkenburg", 6301, 6301, "043", 4),
    ("Gulpen", 6271, 6271, "043", 2), ("Bunde", 6241, 6241, "043", 2),
    ("Beek", 6191, 6191, "046", 3), ("Stein", 6171, 6171, "046", 2),
    ("Sittard", 6131, 6137, "046", 4), ("Heerlen", 6411, 6422, "045", 3),
)  # fmt: skip
STREETS = (
    "Tongerseweg", "Akerstraat", "Scharnerweg", "Brusselseweg", "Via Regia", "Meerssenerweg",
    "Bosscherweg", "Oranjeplein", "Burgemeester Cortenstraat", "Pastoor Moormanstraat",
    "Heerderweg", "Weert", "Hoogbrugstraat", "Statensingel", "Sint Pieterstraat",
    "Kapoenstraat", "Cabergerweg", "Dorpstraat", "Kerkstraat", "Molenweg", "Julianastraat",
    "Wilhelminalaan", "Prins Bernhardstraat", "Heuvelland", "Geulstraat", "Vliegveldweg",
    "Beatrixlaan", "Mergelweg", "Grachtstraat", "Lindenlaan", "Kastanjelaan", "Beukenlaan",
)  # fmt: skip
MAIL_PROVIDERS = ("gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl")
SUBJECT_TEACHERS = (
    "Nederlands", "Engels", "Duits", "Frans", "wiskunde", "geschiedenis", "aardrijkskunde",
    "biologie", "natuurkunde", "scheikunde", "economie", "lichamelijke opvoeding",
    "beeldende vorming", "muziek", "informatica", "maatschappijleer", "levensbeschouwing",
    "Latijn en Grieks", "techniek", "zorg en welzijn",
)  # fmt: skip
SUPPORT_STAFF = (
    ("onderwijsassistent", 5), ("technisch onderwijsassistent", 3), ("conciërge", 3),
    ("administratief medewerker", 4), ("ICT-medewerker", 2), ("zorgcoördinator", 1),
    ("decaan", 1), ("roostermaker", 1), ("mediathecaris", 1),
)  # fmt: skip
PERSON_COLUMNS = (
    "id", "kind", "number", "voornaam", "tussenvoegsel", "achternaam", "date_of_birth",
    "team_id", "class_name", "function_title", "street", "postcode", "city", "email", "phone",
    "start_date", "leave_date", "created_at",
)  # fmt: skip


@dataclass(slots=True)
class Member:
    """A person as the case generator sees them."""

    id: int
    kind: str
    team_id: int | None
    born: dt.date | None
    start: dt.date | None
    left: dt.date | None
    name: str
    guardians: tuple[int, ...] = ()
    class_name: str = ""


@dataclass(frozen=True)
class AccountSpec:
    username: str
    display_name: str
    roles: tuple[str, ...]
    teams: tuple[str, ...]
    function_title: str


@dataclass
class Population:
    teams: list[Row] = field(default_factory=list)
    persons: list[Row] = field(default_factory=list)
    guardianships: list[Row] = field(default_factory=list)
    students: list[Member] = field(default_factory=list)
    parents: list[Member] = field(default_factory=list)
    staff: list[Member] = field(default_factory=list)
    others: list[Member] = field(default_factory=list)
    accounts: list[AccountSpec] = field(default_factory=list)

    def count(self, kind: str) -> int:
        return sum(1 for p in self.persons if p["kind"] == kind)


@dataclass
class _Household:
    family: Family
    address: tuple[str, str, str, str]  # street, postcode, city, landline
    parents: list[tuple[int, str, bool]]  # person id, relation, receives letters
    children: int = 0


def school_year_start(today: dt.date) -> int:
    return today.year if today.month >= 8 else today.year - 1


class PopulationMaker:
    def __init__(self, rng: random.Random, names: NameMaker, today: dt.date) -> None:
        self.rng, self.names, self.today = rng, names, today
        self.now = dt.datetime.now(dt.UTC)
        self.pop = Population()
        self.next_id = 1
        self.homes: list[_Household] = []
        self.class_of: dict[tuple[str, int], int] = {}

    # --- helpers ---------------------------------------------------------------------------

    def add_person(self, **values: Any) -> int:
        row = dict.fromkeys(PERSON_COLUMNS, "")
        row.update(id=self.next_id, number=None, date_of_birth=None, team_id=None)
        row.update(start_date=None, leave_date=None, created_at=self.now)
        row.update(values)
        self.pop.persons.append(row)
        self.next_id += 1
        return row["id"]

    def address(self) -> tuple[str, str, str, str]:
        rng = self.rng
        city, low, high, area, _ = rng.choices(CITIES, weights=[c[4] for c in CITIES])[0]
        number = f"{rng.randint(1, 240)}{rng.choice(('', '', '', '', 'a', 'b'))}"
        letters = "".join(rng.choice("ABCDEGHJKLMNPRTVWXZ") for _ in range(2))
        landline = f"{area}-{rng.randint(3000000, 4999999)}"
        street = f"{rng.choice(STREETS)} {number}"
        return street, f"{rng.randint(low, high)} {letters}", city, landline

    def mobile(self) -> str:
        return f"06-{self.rng.randint(10000000, 99999999)}"

    def _private_mail(self, name: Name) -> str:
        first, last = ascii_name(name.voornaam) or "info", ascii_name(name.achternaam) or "mail"
        number = self.rng.choice(("", "", str(self.rng.randint(1, 99))))
        return f"{first}.{last}{number}@{self.rng.choice(MAIL_PROVIDERS)}"

    def day_between(self, first: dt.date, last: dt.date) -> dt.date:
        return first + dt.timedelta(days=self.rng.randint(0, max((last - first).days, 0)))

    # --- teams and students ----------------------------------------------------------------

    def teams(self) -> None:
        for number, (name, _streams) in enumerate(TEAMS, start=1):
            self.pop.teams.append({"id": number, "name": name, "active": True})

    def students(self, count: int) -> None:
        rng, year_start = self.rng, school_year_start(self.today)
        streams = [(t, lvl, yr) for t, (_n, s) in enumerate(TEAMS, start=1) for lvl, yr in s]
        weights = [LEVEL_WEIGHT[lvl] for _t, lvl, _y in streams]
        former = max(2, count * 7 // 100)
        for index in range(count):
            team_id, level, year = rng.choices(streams, weights=weights)[0]
            left = None
            school_year = year_start
            if index >= count - former:  # left the school, some beyond the retention term
                left = self.today - dt.timedelta(days=rng.randint(20, 4 * 365))
                if rng.random() < 0.6:  # most leave at the end of a school year
                    left = dt.date(school_year_start(left) + 1, 7, rng.randint(8, 15))
                    if left > self.today:
                        left = left.replace(year=left.year - 1)
                school_year = school_year_start(left)
            self._student(index, team_id, level, year, school_year, left)

    def _student(
        self,
        index: int,
        team_id: int,
        level: str,
        year: int,
        school_year: int,
        left: dt.date | None,
    ) -> None:
        rng = self.rng
        shift = rng.choices((0, 1, -1), weights=(85, 12, 3))[0]  # kept back, or skipped a year
        born_from = dt.date(school_year - 12 - year - shift, 10, 1)
        born = self.day_between(born_from, add_years(born_from, 1) - dt.timedelta(days=1))
        intake = school_year - (year - 1)
        start = dt.date(intake, 8, 25)
        if rng.random() < 0.05:  # came from another school during the year
            start = dt.date(school_year, 8, 25) + dt.timedelta(days=rng.randint(40, 200))
        start = min(start, self.today - dt.timedelta(days=1), left or self.today)
        home = self._household()
        female = rng.random() < 0.5
        name = self.names.person(home.family, female)
        classes = max(1, self.class_of.get((level, year), 1))
        class_name = f"{year}{level}{rng.randint(1, classes)}"
        number = f"{intake % 100:02d}{index + 1:05d}"
        phone = self.mobile() if year >= 3 and rng.random() < 0.6 else ""
        person_id = self.add_person(
            kind="leerling", number=number, date_of_birth=born, team_id=team_id,
            class_name=class_name, voornaam=name.voornaam, tussenvoegsel=name.tussenvoegsel,
            achternaam=name.achternaam, street=home.address[0], postcode=home.address[1],
            city=home.address[2], email=f"{number}@leerling.{DOMAIN}", phone=phone,
            start_date=start, leave_date=left,
        )  # fmt: skip
        for parent_id, relation, letters in home.parents:
            self.pop.guardianships.append(
                {
                    "student_id": person_id,
                    "guardian_id": parent_id,
                    "relation": relation,
                    "receives_letters": letters,
                }
            )
        guardians = tuple(p for p, _r, _l in home.parents)
        self.pop.students.append(
            Member(
                person_id, "leerling", team_id, born, start, left, name.full, guardians, class_name
            )
        )

    def plan_classes(self, count: int) -> None:
        total = sum(LEVEL_WEIGHT[lvl] for _n, s in TEAMS for lvl, _y in s)
        for _name, streams in TEAMS:
            for level, year in streams:
                expected = count * LEVEL_WEIGHT[level] / total
                self.class_of[(level, year)] = max(1, math.ceil(expected / CLASS_SIZE))

    def _household(self) -> _Household:
        rng = self.rng
        open_homes = self.homes[-200:]
        if open_homes and rng.random() < 0.14:
            home = rng.choice(open_homes)
            if home.children < 3:
                home.children += 1
                return home
        family = self.names.family()
        home = _Household(family, self.address(), [], 1)
        shape = rng.choices(("twee", "gescheiden", "moeder", "vader", "voogd"), (66, 14, 14, 4, 2))
        adult_age = rng.randint(38, 52)
        born = self.day_between(
            dt.date(self.today.year - adult_age, 1, 1), dt.date(self.today.year - adult_age, 12, 28)
        )
        if shape[0] in ("twee", "gescheiden", "vader"):
            father = self.names.person(family, False, adult=True)
            address = self.address() if shape[0] == "gescheiden" else home.address
            letters = shape[0] != "gescheiden" or rng.random() < 0.6
            home.parents.append((self._parent(father, address, born), "vader", letters))
        if shape[0] in ("twee", "gescheiden", "moeder"):
            own = self.names.family(family.origin) if shape[0] != "moeder" else family
            if self.names.origins[family.origin].polish:
                own = family
            mother = self.names.person(own, True, adult=True)
            born_m = born + dt.timedelta(days=rng.randint(-900, 900))
            home.parents.append((self._parent(mother, home.address, born_m), "moeder", True))
        if shape[0] == "voogd":
            guardian = self.names.stranger(rng.random() < 0.6)
            home.parents.append((self._parent(guardian, home.address, born), "voogd", True))
        self.homes.append(home)
        return home

    def _parent(self, name: Name, address: tuple[str, str, str, str], born: dt.date) -> int:
        parent_id = self.add_person(
            kind="ouder", voornaam=name.voornaam, tussenvoegsel=name.tussenvoegsel,
            achternaam=name.achternaam, date_of_birth=born, street=address[0],
            postcode=address[1], city=address[2], email=self._private_mail(name),
            phone=self.mobile() if self.rng.random() < 0.8 else address[3],
        )  # fmt: skip
        self.pop.parents.append(Member(parent_id, "ouder", None, born, None, None, name.full))
        return parent_id
