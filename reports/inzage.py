"""The inzage overview (AVG art. 15) as a readable document, from the exported data.

It takes the same plain dictionary that is written as JSON, so the PDF and the JSON of
one request never disagree.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from casemanager.dutch import long_date
from reports.document import Block, Bullets, Heading, Letterhead, Paragraph, ReportDocument, Table

PERSON_ROWS = (
    ("kind", "Soort"), ("number", "Nummer"), ("voornaam", "Voornaam"),
    ("tussenvoegsel", "Tussenvoegsel"), ("achternaam", "Achternaam"),
    ("date_of_birth", "Geboortedatum"), ("team", "Team"), ("class_name", "Klas"),
    ("function_title", "Functie"), ("street", "Adres"), ("postcode", "Postcode"),
    ("city", "Woonplaats"), ("email", "E-mailadres"), ("phone", "Telefoon"),
    ("start_date", "Sinds"), ("leave_date", "Vertrokken op"),
)  # fmt: skip
ACTION_WORDS = {
    "case.read": "zaak ingezien", "case.report": "zaak gemeld", "case.decide": "besluit genomen",
    "person.inzage": "inzage-overzicht gemaakt", "person.history": "geschiedenis ingezien",
    "letter.generate": "brief gemaakt", "letter.read": "brief geopend",
    "letter.release": "brief vrijgegeven", "letter.sent": "brief verzonden",
    "evidence.read": "bewijs geopend",
}  # fmt: skip


def inzage_document(data: dict[str, Any], letterhead: Letterhead) -> ReportDocument:
    person = data["persoon"]
    name = " ".join(
        p for p in (person["voornaam"], person["tussenvoegsel"], person["achternaam"]) if p
    )
    blocks: list[Block] = [
        Paragraph(
            f"Dit overzicht bevat alle gegevens die {letterhead.school_name} in het dossier "
            f"sociale media en internet over {name} bewaart, met de brieven die zijn verstuurd en "
            "een lijst van wie de gegevens heeft ingezien of gewijzigd."
        ),
        Heading("Persoonsgegevens"),
        Table(
            header=("Gegeven", "Waarde"),
            rows=tuple(
                (label, _text(person.get(key)))
                for key, label in PERSON_ROWS
                if _text(person.get(key))
            ),
            widths=(1, 2.5),
        ),
    ]
    for key, title in (("ouders_verzorgers", "Ouders en verzorgers"), ("kinderen", "Kinderen")):
        if data[key]:
            blocks += [
                Heading(title),
                Bullets(tuple(f"{r['naam']} ({r['relatie']})" for r in data[key])),
            ]
    blocks += _cases(data["zaken"])
    if data["betrokken_bij_zaken"]:
        blocks += [Heading("Genoemd in zaken van anderen"), _involvements(data)]
    blocks += [Heading("Brieven"), _letters(data["brieven"])]
    blocks += [Heading("Wie de gegevens inzag of wijzigde"), _audit(data["wie_las_of_wijzigde"])]
    made_on = dt.datetime.fromisoformat(data["gemaakt_op"]).astimezone().date()
    return ReportDocument(
        letterhead=letterhead,
        title=f"Inzage in persoonsgegevens: {name}",
        subtitle="Overzicht op grond van artikel 15 van de AVG",
        reference=person.get("number") or "",
        date_line=f"Opgesteld op {long_date(made_on)} door {data['gemaakt_door']}",
        blocks=tuple(blocks),
    )


def _cases(cases: list[dict[str, Any]]) -> list[Block]:
    if not cases:
        return [Heading("Zaken"), Paragraph("Er zijn geen zaken over deze persoon.")]
    blocks: list[Block] = []
    for case in cases:
        violations = "; ".join(f"{v['title']} (artikel {v['article']})" for v in case["violations"])
        blocks += [
            Heading(f"Zaak {case['number']}: {case['subject']}"),
            Paragraph(
                f"Voorval op {_text(case['incident_date'])}"
                + (f" ({case['platform']})" if case["platform"] else "")
                + f". Status: {case['status_label']}. Overtreding: {violations or 'geen'}."
            ),
        ]
        if case["description"]:
            blocks.append(Paragraph(case["description"]))
        if case["decisions"]:
            blocks.append(
                Table(
                    header=("Besluit", "Datum", "Periode", "Motivering"),
                    rows=tuple(
                        (
                            (("Voornemen: " if d["is_voornemen"] else "") + d["chosen_title"]),
                            _text(d["decided_at"]),
                            _period(d),
                            d["motivation"],
                        )
                        for d in case["decisions"]
                    ),
                    widths=(1.4, 1, 1.4, 2),
                )
            )
        if case["statements"]:
            blocks.append(
                Table(
                    header=("Verklaring van", "Datum", "Tekst"),
                    rows=tuple(
                        (s["person"], _text(s["given_at"]), s["text"]) for s in case["statements"]
                    ),
                    widths=(1.2, 1, 3),
                )
            )
        blocks.append(
            Table(
                header=("Datum", "Gebeurtenis", "Door"),
                rows=tuple((_text(t["at"]), t["title"], t["by"]) for t in case["timeline"]),
                widths=(1, 3, 1.2),
            )
        )
    return blocks


def _involvements(data: dict[str, Any]) -> Table:
    rows = []
    for item in data["betrokken_bij_zaken"]:
        if "rol" in item:
            rows.append((item["zaak"], _text(item["datum"]), f"genoemd als {item['rol']}"))
        else:
            rows.append((item["zaak"], _text(item["verklaring_op"]), item["verklaring"]))
    return Table(header=("Zaak", "Datum", "Wat"), rows=tuple(rows), widths=(1, 1, 3))


def _letters(letters: list[dict[str, Any]]) -> Block:
    if not letters:
        return Paragraph("Er zijn geen brieven gemaakt.")
    return Table(
        header=("Gemaakt", "Brief", "Zaak", "Aan", "Verzonden"),
        rows=tuple(
            (
                _text(b["gemaakt"]),
                f"{b.get('onderwerp') or b['soort']} (versie {b['versie']})",
                b["zaak"] or "",
                b.get("aan", ""),
                f"{_text(b['verzonden'])} ({b['wijze']})" if b["verzonden"] else "niet verzonden",
            )
            for b in letters
        ),
        widths=(1, 2.2, 0.9, 1.6, 1.3),
    )


def _audit(entries: list[dict[str, Any]]) -> Block:
    if not entries:
        return Paragraph("Niemand heeft deze gegevens ingezien of gewijzigd.")
    return Table(
        header=("Wanneer", "Gebruiker", "Rol", "Wat"),
        rows=tuple(
            (
                _text(e["wanneer"]),
                e["gebruiker"],
                e["rol"],
                f"{ACTION_WORDS.get(e['actie'], e['actie'])} ({e['object']})",
            )
            for e in entries
        ),
        widths=(1.3, 1, 0.9, 2.5),
    )


def _period(decision: dict[str, Any]) -> str:
    if decision["starts_on"] and decision["ends_on"]:
        return f"{_text(decision['starts_on'])} t/m {_text(decision['ends_on'])}"
    return ""


def _text(value: Any) -> str:
    """ISO dates and moments from the export, written the Dutch way."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            if len(value) == 10:
                return long_date(dt.date.fromisoformat(value))
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
        if moment.tzinfo is not None:
            moment = moment.astimezone()
        return f"{long_date(moment.date())} {moment:%H.%M}"
    if isinstance(value, dt.datetime):
        return f"{long_date(value.date())} {value:%H.%M}"
    if isinstance(value, dt.date):
        return long_date(value)
    return str(value)
