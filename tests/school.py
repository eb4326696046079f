"""A small school in a real dossier: two teams, students with parents, staff, and one
account per role. Shared by the case-service tests."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from conftest import ADMIN, ADMIN_PASSWORD, add_user

from casemanager.store.dossier import Dossier
from casemanager.store.keyring import keys_path_for
from models.people import Guardianship, Person, PersonKind, Team

PASSWORD = "wachtwoord voor de test"


@dataclass
class School:
    path: Path
    teams: dict[str, int] = field(default_factory=dict)
    persons: dict[str, int] = field(default_factory=dict)

    def open(self, username: str) -> Dossier:
        if username == ADMIN:
            return Dossier.open(self.path, ADMIN, ADMIN_PASSWORD)
        return Dossier.open(self.path, username, PASSWORD)


def build_school(dossier: Dossier) -> School:
    school = School(dossier.path)
    with dossier.unit_of_work() as uow:
        s = uow.session
        for name in ("onderbouw havo/vwo", "bovenbouw vmbo"):
            team = Team(name=name)
            s.add(team)
            s.flush()
            school.teams[name] = team.id
        onder, boven = school.teams["onderbouw havo/vwo"], school.teams["bovenbouw vmbo"]

        def person(key: str, **fields: object) -> Person:
            p = Person(**fields)
            s.add(p)
            s.flush()
            school.persons[key] = p.id
            return p

        ayse = person(
            "ayse",
            kind=PersonKind.LEERLING,
            number="100001",
            voornaam="Ayşe",
            achternaam="Doğan",
            team_id=onder,
            class_name="2H1",
            date_of_birth=dt.date(2012, 4, 3),
        )
        person(
            "jan",
            kind=PersonKind.LEERLING,
            number="100002",
            voornaam="Jan",
            tussenvoegsel="van der",
            achternaam="Berg",
            team_id=onder,
            class_name="3V2",
            date_of_birth=dt.date(2011, 9, 1),
        )
        person(
            "zofia",
            kind=PersonKind.LEERLING,
            number="100003",
            voornaam="Zofia",
            achternaam="Wiśniewska",
            team_id=boven,
            class_name="4K1",
            date_of_birth=dt.date(2007, 1, 15),
        )
        mother = person(
            "mother",
            kind=PersonKind.OUDER,
            voornaam="Elif",
            achternaam="Doğan",
            street="Markt 1",
            postcode="6211 CK",
            city="Maastricht",
        )
        s.add(Guardianship(student_id=ayse.id, guardian_id=mother.id, relation="moeder"))
        person(
            "teacher",
            kind=PersonKind.MEDEWERKER,
            number="M001",
            voornaam="Pieter",
            achternaam="Janssen",
            function_title="docent Nederlands",
        )
        uow.commit()
    add_user(dossier, "tl.onder", PASSWORD, "teamleider", teams=("onderbouw havo/vwo",))
    add_user(dossier, "tl.boven", PASSWORD, "teamleider", teams=("bovenbouw vmbo",))
    add_user(dossier, "hr", PASSWORD, "hr")
    add_user(dossier, "directie", PASSWORD, "directie")
    add_user(dossier, "admin", PASSWORD, "administratie")
    return school


def create_school_dossier(folder: Path) -> tuple[Dossier, School]:
    """A new dossier in ``folder`` with the school of :func:`build_school`; close it after."""
    dossier, _ = Dossier.create(
        folder / "school.casedb",
        school_name="Het Stedelijk Lyceum",
        admin_username=ADMIN,
        admin_password=ADMIN_PASSWORD,
    )
    return dossier, build_school(dossier)


def copy_dossier(path: Path, folder: Path) -> Path:
    """Both files of a (closed or idle) dossier, copied into ``folder``: one built template
    serves many tests without building it again."""
    copy = folder / path.name
    shutil.copy(path, copy)
    shutil.copy(keys_path_for(path), keys_path_for(copy))
    return copy
