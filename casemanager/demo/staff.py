"""Staff with personeelsnummers and functions, a few outsiders, and the demo accounts
(named after their role, with realistic names and function titles)."""

from __future__ import annotations

import datetime as dt

from casemanager.demo.names import ascii_name
from casemanager.demo.population import (
    DOMAIN,
    SUBJECT_TEACHERS,
    SUPPORT_STAFF,
    AccountSpec,
    Member,
    PopulationMaker,
)
from casemanager.policy.calendar import add_years


def add_staff(maker: PopulationMaker, count: int) -> None:
    rng, today = maker.rng, maker.today
    mentor_classes = sorted({s.class_name for s in maker.pop.students if s.left is None})
    team_of_class = {s.class_name: s.team_id for s in maker.pop.students}
    team_ids = [t["id"] for t in maker.pop.teams]
    for index in range(count):
        female = rng.random() < 0.55
        name = maker.names.stranger(female, staff=True)
        born = maker.day_between(add_years(today, -64), add_years(today, -23))
        earliest = max(add_years(born, 22), add_years(today, -38))
        start = maker.day_between(earliest, today - dt.timedelta(days=14))
        left = None
        if rng.random() < 0.09 and (today - start).days > 400:
            left = maker.day_between(
                max(start + dt.timedelta(days=180), add_years(today, -4)),
                today - dt.timedelta(days=7),
            )
        team_id: int | None = None
        if rng.random() < 0.75:
            function = f"docent {rng.choice(SUBJECT_TEACHERS)}"
            team_id = rng.choice(team_ids)
            if mentor_classes and rng.random() < 0.35:
                klas = rng.choice(mentor_classes)
                function, team_id = f"{function} en mentor van {klas}", team_of_class[klas]
        else:
            support = [f for f, _w in SUPPORT_STAFF]
            function = rng.choices(support, weights=[w for _f, w in SUPPORT_STAFF])[0]
        initial = ascii_name(name.voornaam)[:1] or "x"
        mailbox = ascii_name(name.tussenvoegsel + name.achternaam) or "medewerker"
        street, postcode, city, _landline = maker.address()
        person_id = maker.add_person(
            kind="medewerker", number=f"{10001 + index}", voornaam=name.voornaam,
            tussenvoegsel=name.tussenvoegsel, achternaam=name.achternaam, date_of_birth=born,
            team_id=team_id, function_title=function, street=street, postcode=postcode,
            city=city, email=f"{initial}.{mailbox}@{DOMAIN}", phone=maker.mobile(),
            start_date=start, leave_date=left,
        )  # fmt: skip
        maker.pop.staff.append(
            Member(person_id, "medewerker", team_id, born, start, left, name.full)
        )


def add_outsiders(maker: PopulationMaker, count: int) -> None:
    """Former students and outsiders who turn up in cases (kind 'overig')."""
    rng, today = maker.rng, maker.today
    for _ in range(count):
        young = rng.random() < 0.6
        name = maker.names.stranger(rng.random() < 0.5, adult=not young)
        born = maker.day_between(add_years(today, -22 if young else -55), add_years(today, -16))
        street, postcode, city, _landline = maker.address()
        person_id = maker.add_person(
            kind="overig", voornaam=name.voornaam, tussenvoegsel=name.tussenvoegsel,
            achternaam=name.achternaam, date_of_birth=born, street=street, postcode=postcode,
            city=city, phone=maker.mobile(),
            function_title="oud-leerling" if young else "",
        )  # fmt: skip
        maker.pop.others.append(Member(person_id, "overig", None, born, None, None, name.full))


def account_specs(maker: PopulationMaker) -> list[AccountSpec]:
    """beheerder, directie, teamleider (first team), hr, administratie, and teamleider2,
    teamleider3... for the further teams."""
    teams = [t["name"] for t in maker.pop.teams]

    def name() -> str:
        return maker.names.stranger(maker.rng.random() < 0.5, staff=True).full

    specs = [
        AccountSpec("beheerder", name(), ("beheerder",), (), "functioneel beheerder"),
        AccountSpec("directie", name(), ("directie",), (), "rector"),
        AccountSpec("teamleider", name(), ("teamleider",), (teams[0],), f"teamleider {teams[0]}"),
        AccountSpec("hr", name(), ("hr",), (), "HR-adviseur (P&O)"),
        AccountSpec(
            "administratie", name(), ("administratie",), (), "medewerker leerlingenadministratie"
        ),
    ]
    for number, team in enumerate(teams[1:], start=2):
        specs.append(
            AccountSpec(
                f"teamleider{number}", name(), ("teamleider",), (team,), f"teamleider {team}"
            )
        )
    return specs
