"""Shared by the letter tests: a school with letterhead and addresses, cases decided on a
given rung, and the text of stored letters read back from PDF and Word."""

from __future__ import annotations

import datetime as dt
import io
import re

import docx
from conftest import ADMIN
from pypdf import PdfReader
from school import School
from sqlalchemy import update

from casemanager.cases import deciding, hearings
from casemanager.cases.reporting import NewReport, PartyInput, report_case
from casemanager.letters import update_school
from casemanager.store.dossier import Dossier
from models.cases import PartyRole
from models.people import Guardianship, Person, PersonKind

TODAY = dt.date.today()


def prepare_school(school: School) -> None:
    """Letterhead details and home addresses: what a real school has before any letter."""
    with school.open(ADMIN) as admin, admin.unit_of_work() as uow:
        update_school(
            uow,
            name="Het Stedelijk Lyceum",
            street="Wilhelminasingel 12",
            postcode="6211 KL",
            place="Maastricht",
            phone="043 321 45 67",
            email="info@stedelijklyceum.example",
            website="www.stedelijklyceum.example",
            board_name="Stichting Voortgezet Onderwijs Maasland",
            board_street="Postbus 1200",
            board_postcode="6201 BE",
            board_place="Maastricht",
        )
        uow.commit()
    addresses = {
        "zofia": ("Brugstraat 4", "6211 GK", "Maastricht"),
        "teacher": ("Tongerseweg 88", "6213 GD", "Maastricht"),
        "jan": ("Geheimweg 9", "6221 AB", "Maastricht"),
    }
    with school.open(ADMIN) as admin, admin.unit_of_work() as uow:
        for key, (street, postcode, city) in addresses.items():
            uow.session.execute(
                update(Person)
                .where(Person.id == school.persons[key])
                .values(street=street, postcode=postcode, city=city)
            )
        uow.commit()


def add_parent(school: School, key: str, voornaam: str, street: str, postcode: str) -> None:
    """A second parent of Ayşe, at ``street``."""
    with school.open(ADMIN) as admin, admin.unit_of_work() as uow:
        parent = Person(
            kind=PersonKind.OUDER, voornaam=voornaam, achternaam="Doğan",
            street=street, postcode=postcode, city="Maastricht",
        )  # fmt: skip
        uow.session.add(parent)
        uow.session.flush()
        school.persons[key] = parent.id
        uow.session.add(
            Guardianship(student_id=school.persons["ayse"], guardian_id=parent.id, relation="vader")
        )
        uow.commit()


def decided_case(
    d: Dossier,
    school: School,
    rung: str,
    *,
    person: str = "ayse",
    codes: tuple[str, ...] = ("A6-PEST",),
    duration: int | None = None,
    hearing: bool = False,
    motivation: str = "Wij kiezen deze maatregel na het gesprek met de leerling en de ouders.",
) -> tuple[int, int]:
    """A reported case with ``rung`` decided; returns (case id, decision id)."""
    with d.unit_of_work() as uow:
        case = report_case(
            uow,
            NewReport(
                subject_person_id=school.persons[person],
                violation_codes=codes,
                incident_date=TODAY - dt.timedelta(days=3),
                incident_time=dt.time(14, 35),
                place="klassengroep van 2H1",
                description="In de klassengroep op WhatsApp zijn berichten over een klasgenoot "
                "geplaatst.\nDe mentor kreeg daarvan schermafbeeldingen.",
                platform="WhatsApp",
                parties=(
                    ()
                    if person == "jan"
                    else (PartyInput(school.persons["jan"], PartyRole.SLACHTOFFER),)
                ),
            ),
        )
        if hearing:
            planned = dt.datetime.combine(TODAY - dt.timedelta(days=1), dt.time(15, 30))
            hearing_id = hearings.plan_hearing(
                uow, case.id, planned, location="kamer teamleider", participants="teamleider"
            )
            hearings.hold_hearing(uow, hearing_id, planned, "Het gesprek is gevoerd.")
        result = deciding.decide(
            uow, case.id, rung, motivation=motivation, duration_days=duration,
            starts_on=TODAY + dt.timedelta(days=1) if duration else None,
        )  # fmt: skip
        uow.commit()
    return case.id, result.decision_id


def pdf_text(data: bytes) -> str:
    text = " ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)
    return re.sub(r"\s+", " ", text)


def docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return re.sub(r"\s+", " ", " ".join(parts))
