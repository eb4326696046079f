"""``casemanager users DOSSIER add|list|passwd|disable|enable|remove``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from casemanager import accounts
from casemanager.cli import prompts
from casemanager.cli.parsing import (
    add_action,
    add_login,
    add_subcommand,
)
from casemanager.cli.session import open_dossier


def register(subparsers: Any) -> None:
    users = add_subcommand(subparsers, "users", "beheer de accounts (alleen als beheerder)")
    users.add_argument("dossier", type=Path, metavar="DOSSIER")
    add_login(users)
    actions = users.add_subparsers(dest="action", metavar="ACTIE", required=True)

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        return add_action(actions, name, help_text)

    p = action(
        "add",
        "voeg een account toe; het wachtwoord wordt gevraagd "
        "(of komt uit CASEMANAGER_NEW_PASSWORD)",
    )
    p.add_argument("username", metavar="GEBRUIKERSNAAM")
    p.add_argument("--name", default="", metavar="NAAM", help="volledige naam")
    p.add_argument("--function", default="", metavar="FUNCTIE", help="functie (voor brieven)")
    p.add_argument(
        "--role",
        action="append",
        required=True,
        metavar="ROL",
        help="teamleider, hr, directie, administratie of beheerder (herhaalbaar)",
    )
    p.add_argument(
        "--team",
        action="append",
        default=[],
        metavar="TEAM",
        help="team van een teamleider (herhaalbaar)",
    )
    p.set_defaults(run=run_add)

    p = action("list", "toon alle accounts")
    p.add_argument("--json", action="store_true", help="als JSON")
    p.set_defaults(run=run_list)

    p = action("passwd", "stel een nieuw wachtwoord in")
    p.add_argument("username", metavar="GEBRUIKERSNAAM")
    p.set_defaults(run=run_passwd)

    for name, help_text, runner in (
        ("disable", "schakel een account uit (het blijft bestaan)", run_disable),
        ("enable", "schakel een account weer in", run_enable),
        ("remove", "verwijder een account en zijn sleutel", run_remove),
    ):
        p = action(name, help_text)
        p.add_argument("username", metavar="GEBRUIKERSNAAM")
        p.set_defaults(run=runner)


def run_add(args: argparse.Namespace) -> int:
    with open_dossier(args) as dossier:
        password = prompts.new_password(args.username)
        with dossier.unit_of_work() as uow:
            info = accounts.add_account(
                uow,
                username=args.username,
                display_name=args.name,
                password=password,
                roles=args.role,
                teams=args.team,
                function_title=args.function,
            )
    print(f"Account {info.username} toegevoegd ({', '.join(info.roles)}).")
    return 0


def run_list(args: argparse.Namespace) -> int:
    with open_dossier(args) as dossier, dossier.unit_of_work() as uow:
        rows = accounts.list_accounts(uow)
    if args.json:
        print(json.dumps([row.__dict__ for row in rows], ensure_ascii=False, indent=2))
        return 0
    print(f"{'gebruiker':<20} {'naam':<28} {'rollen':<28} {'teams':<24} status")
    for row in rows:
        status = "verwijderd" if row.removed else ("actief" if row.active else "uitgeschakeld")
        print(
            f"{row.username:<20} {row.display_name:<28} {', '.join(row.roles):<28} "
            f"{', '.join(row.teams):<24} {status}"
        )
    return 0


def run_passwd(args: argparse.Namespace) -> int:
    with open_dossier(args) as dossier:
        password = prompts.new_password(args.username)
        with dossier.unit_of_work() as uow:
            accounts.change_password(uow, args.username, password)
    print(f"Nieuw wachtwoord ingesteld voor {args.username}.")
    return 0


def run_disable(args: argparse.Namespace) -> int:
    with open_dossier(args) as dossier, dossier.unit_of_work() as uow:
        accounts.set_active(uow, args.username, False)
    print(f"Account {args.username} is uitgeschakeld.")
    return 0


def run_enable(args: argparse.Namespace) -> int:
    with open_dossier(args) as dossier, dossier.unit_of_work() as uow:
        accounts.set_active(uow, args.username, True)
    print(f"Account {args.username} is weer ingeschakeld.")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    with open_dossier(args) as dossier, dossier.unit_of_work() as uow:
        accounts.remove_account(uow, args.username)
    print(f"Account {args.username} is verwijderd, met zijn sleutel.")
    print("Voer nu 'casemanager rotate-key' uit: dan heeft een sleutel die deze gebruiker")
    print("eerder in handen had geen waarde meer.")
    return 0
