"""``casemanager school DOSSIER show|set|logo|signers``: the letterhead and the signers."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from casemanager.cli.parsing import add_action, add_login, add_subcommand
from casemanager.cli.session import open_dossier
from casemanager.errors import InvalidInput
from casemanager.letters.school import (
    LADDERS,
    MAX_SIGNERS,
    school_info,
    set_logo,
    set_signers,
    signers_for,
    update_school,
)
from reports.document import Signer

# option, the SchoolInfo field it sets, and the label "show" prints it with
FIELDS = (
    ("--naam", "name", "naam"),
    ("--adres", "street", "adres"),
    ("--postcode", "postcode", "postcode"),
    ("--plaats", "place", "plaats"),
    ("--telefoon", "phone", "telefoon"),
    ("--email", "email", "e-mail"),
    ("--website", "website", "website"),
    ("--bevoegd-gezag", "board_name", "bevoegd gezag"),
    ("--bevoegd-gezag-adres", "board_street", "adres bevoegd gezag"),
    ("--bevoegd-gezag-postcode", "board_postcode", "postcode bevoegd gezag"),
    ("--bevoegd-gezag-plaats", "board_place", "plaats bevoegd gezag"),
)


def register(subparsers: Any) -> None:
    school = add_subcommand(
        subparsers,
        "school",
        "toon of wijzig de schoolgegevens, het logo en de ondertekenaars van brieven",
        "De schoolgegevens staan in het briefhoofd van elke brief; het bevoegd gezag en zijn\n"
        "adres staan in de bezwaarclausule. Alleen de beheerder mag ze wijzigen.",
    )
    school.add_argument("dossier", type=Path, metavar="DOSSIER")
    add_login(school)
    actions = school.add_subparsers(dest="action", metavar="ACTIE", required=True)

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        return add_action(actions, name, help_text)

    p = action("show", "toon de schoolgegevens en de ondertekenaars per ladder")
    p.set_defaults(run=run_show)

    p = action("set", "wijzig schoolgegevens; alleen de opgegeven gegevens veranderen")
    for option, field, label in FIELDS:
        p.add_argument(option, dest=field, metavar="TEKST", help=label)
    p.set_defaults(run=run_set)

    p = action("logo", "zet het logo in het briefhoofd (een PNG-bestand), of verwijder het")
    p.add_argument("file", type=Path, nargs="?", metavar="BESTAND", help="het logo als PNG")
    p.add_argument("--verwijder", action="store_true", help="verwijder het logo")
    p.set_defaults(run=run_logo)

    p = action(
        "signers",
        "kies wie de aangetekende brieven van een ladder ondertekent (0 tot 2 personen)",
    )
    p.add_argument("ladder", choices=LADDERS, metavar="LADDER", help=" of ".join(LADDERS))
    p.add_argument(
        "signers",
        nargs="*",
        metavar='"NAAM|FUNCTIE"',
        help='bijv. "M. Janssen|rector"; niets opgeven wist de ondertekenaars',
    )
    p.set_defaults(run=run_signers)


def run_show(args: argparse.Namespace) -> int:
    with open_dossier(args) as dossier, dossier.unit_of_work(read_only=True) as uow:
        info = school_info(uow)
        signers = {ladder: signers_for(uow, ladder) for ladder in LADDERS}
    width = max(len(label) for _, _, label in FIELDS)
    for _option, field, label in FIELDS:
        print(f"{label:<{width}}  {getattr(info, field) or '-'}")
    print(f"{'logo':<{width}}  {'ja' if info.has_logo else 'nee'}")
    print()
    print("Ondertekenaars van aangetekende brieven:")
    for ladder in LADDERS:
        names = "; ".join(f"{s.name} ({s.function})" for s in signers[ladder])
        print(f"  {ladder:<10}  {names or 'niemand: wie het besluit nam, ondertekent'}")
    return 0


def run_set(args: argparse.Namespace) -> int:
    changes = {
        field: getattr(args, field)
        for _option, field, _label in FIELDS
        if getattr(args, field) is not None
    }
    if not changes:
        options = ", ".join(option for option, _, _ in FIELDS)
        raise InvalidInput(f"Geef ten minste één gegeven op om te wijzigen: {options}.")
    with open_dossier(args) as dossier, dossier.unit_of_work() as uow:
        update_school(uow, **changes)
        uow.commit()
    labels = ", ".join(label for _, field, label in FIELDS if field in changes)
    print(f"Schoolgegevens gewijzigd: {labels}.")
    return 0


def run_logo(args: argparse.Namespace) -> int:
    if args.verwijder == (args.file is not None):
        raise InvalidInput("Geef óf een PNG-bestand op, óf --verwijder om het logo te wissen.")
    png = None if args.verwijder else read_logo(args.file)
    with open_dossier(args) as dossier, dossier.unit_of_work() as uow:
        set_logo(uow, png)
        uow.commit()
    if png is None:
        print("Het logo is verwijderd; brieven krijgen een briefhoofd zonder logo.")
    else:
        size = max(1, round(len(png) / 1024))
        print(f"Het logo uit {args.file} staat nu in het briefhoofd ({size} kB).")
    return 0


def read_logo(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(f"Het bestand {path} bestaat niet. Controleer map en naam.") from None
    except OSError as exc:
        raise InvalidInput(f"Het logo {path} kan niet worden gelezen ({exc.strerror}).") from exc


def parse_signers(values: Sequence[str]) -> list[Signer]:
    """``["Naam|Functie", ...]`` as signers; the service checks names and functions."""
    signers = []
    for value in values:
        name, sep, function = value.partition("|")
        if not sep:
            raise InvalidInput(
                f"De ondertekenaar '{value}' heeft geen functie. Schrijf naam en functie "
                'gescheiden door een |, bijvoorbeeld "M. Janssen|rector".'
            )
        signers.append(Signer(name.strip(), function.strip()))
    return signers


def run_signers(args: argparse.Namespace) -> int:
    signers = parse_signers(args.signers)
    if len(signers) > MAX_SIGNERS:
        raise InvalidInput(f"Een brief heeft ten hoogste {MAX_SIGNERS} ondertekenaars.")
    with open_dossier(args) as dossier, dossier.unit_of_work() as uow:
        set_signers(uow, args.ladder, signers)
        uow.commit()
    if not signers:
        print(
            f"Ondertekenaars voor ladder {args.ladder} gewist: aangetekende brieven worden "
            "ondertekend door wie het besluit nam."
        )
    else:
        names = "; ".join(f"{s.name} ({s.function})" for s in signers)
        print(f"Aangetekende brieven van ladder {args.ladder} worden ondertekend door: {names}.")
    return 0
