"""``casemanager import-people DOSSIER FILE`` and ``casemanager persons DOSSIER list``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from casemanager.cli.parsing import DutchHelpFormatter, add_login, add_subcommand, dutch_parser
from casemanager.cli.session import open_dossier
from casemanager.errors import InvalidInput
from casemanager.people.importing import import_people, plan_import
from casemanager.people.registry import PersonRow, list_persons
from models.people import PersonKind

KINDS = [k.value for k in PersonKind]
PROGRESS_FROM = 200  # rows; smaller files need no progress line


def register(subparsers: Any) -> None:
    p = add_subcommand(
        subparsers,
        "import-people",
        "importeer leerlingen, ouders of medewerkers uit een CSV-export (Magister, Somtoday)",
        "Importeer personen uit een CSV-bestand. Alles of niets: bevat het bestand fouten,\n"
        "dan wordt niets geïmporteerd en staan alle foute regels in de melding.\n"
        "Bestaande personen (zelfde soort en nummer) worden bijgewerkt, niet verdubbeld.",
    )
    p.add_argument("dossier", type=Path, metavar="DOSSIER")
    p.add_argument("file", type=Path, metavar="BESTAND", help="het CSV-bestand")
    p.add_argument(
        "--kind",
        choices=KINDS,
        metavar="SOORT",
        help="leerling, ouder, medewerker of overig: als het bestand geen kolom 'soort' heeft",
    )
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="KOLOM=VELD",
        help='koppel een kolom aan een veld, bijv. --map "Lln nr=nummer"; '
        "VELD '-' slaat de kolom over (herhaalbaar)",
    )
    p.add_argument(
        "--dry-run", action="store_true", help="controleer en toon het resultaat; sla niets op"
    )
    add_login(p)
    p.set_defaults(run=run_import)

    persons = add_subcommand(subparsers, "persons", "bekijk de personen in het dossier")
    persons.add_argument("dossier", type=Path, metavar="DOSSIER")
    add_login(persons)
    actions = persons.add_subparsers(dest="action", metavar="ACTIE", required=True)
    p = dutch_parser(
        actions.add_parser(
            "list",
            help="toon de personen die u mag zien",
            description="Toon de personen die u mag zien: nummer, naam, soort, team, klas.",
            formatter_class=DutchHelpFormatter,
            add_help=False,
        )
    )
    p.add_argument("--kind", choices=KINDS, metavar="SOORT", help=", ".join(KINDS))
    p.add_argument("--search", metavar="TEKST", help="alleen wie deze woorden in naam/nummer heeft")
    p.add_argument("--class", dest="class_name", metavar="KLAS", help="alleen deze klas")
    p.add_argument("--active", action="store_true", help="alleen wie niet is vertrokken")
    p.add_argument("--json", action="store_true", help="als JSON")
    p.set_defaults(run=run_list)


def parse_mapping(items: Sequence[str]) -> dict[str, str]:
    """``["Kolom=veld", ...]`` as ``{"Kolom": "veld"}``."""
    mapping: dict[str, str] = {}
    for item in items:
        column, sep, field = item.rpartition("=")
        if not sep or not column.strip() or not field.strip():
            raise InvalidInput(
                f"De koppeling '{item}' klopt niet. Schrijf --map \"Kolom=veld\", "
                'bijvoorbeeld --map "Lln nr=nummer".'
            )
        mapping[column.strip()] = field.strip()
    return mapping


def run_import(args: argparse.Namespace) -> int:
    mapping = parse_mapping(args.map)
    with open_dossier(args) as dossier:
        if args.dry_run:
            with dossier.unit_of_work(read_only=True) as uow:
                plan = plan_import(uow, args.file, kind=args.kind, mapping=mapping)
            print("Proefimport: er is niets opgeslagen. Zo zou de import verlopen:")
        else:
            with dossier.unit_of_work() as uow:
                plan = import_people(
                    uow, args.file, kind=args.kind, mapping=mapping, progress=_progress
                ).plan
    for line in (*plan.summary_lines(), *plan.row_lines()):
        print(line)
    return 0


def _progress(done: int, total: int) -> None:
    if total < PROGRESS_FROM or not sys.stderr.isatty():
        return
    end = "\n" if done == total else ""
    print(f"\rImporteren: {done} van {total} personen", end=end, file=sys.stderr, flush=True)


def run_list(args: argparse.Namespace) -> int:
    with open_dossier(args) as dossier:
        rows = list_persons(
            dossier,
            kind=args.kind,
            search=args.search,
            class_name=args.class_name,
            active=True if args.active else None,
            limit=None,
        )
    if args.json:
        print(json.dumps([row.as_dict() for row in rows], ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("Geen personen gevonden (of geen die u mag zien).")
        return 0
    print_table(rows)
    return 0


def print_table(rows: Sequence[PersonRow]) -> None:
    header = ("nummer", "naam", "soort", "team", "klas")
    cells = [(r.number or "", r.sort_name, r.kind.value, r.team, r.class_name) for r in rows]
    widths = [max(len(c[i]) for c in (header, *cells)) for i in range(len(header))]
    for line in (header, *cells):
        print("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip())
    print(f"{len(rows)} personen.")
