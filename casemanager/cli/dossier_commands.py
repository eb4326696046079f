"""CLI commands on the dossier as a whole: init, verify, backup, restore, rotate-key,
unlock-with-recovery."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from casemanager.audit import contains_hash
from casemanager.cli import prompts
from casemanager.cli.parsing import add_login, add_subcommand
from casemanager.cli.session import open_dossier
from casemanager.store.backup import backup
from casemanager.store.dossier import Dossier
from casemanager.store.restore import restore
from casemanager.store.rotate import rotate_key
from casemanager.store.verify import verify


def register(subparsers: Any) -> None:
    p = add_subcommand(subparsers, "init", "maak een nieuw, versleuteld dossier")
    p.add_argument("dossier", type=Path, metavar="DOSSIER", help="het nieuwe .casedb-bestand")
    p.add_argument("--school", required=True, metavar="NAAM", help="naam van de school")
    p.add_argument("--place", default="", metavar="PLAATS", help="plaats (voor brieven)")
    p.add_argument("--admin", required=True, metavar="GEBRUIKER", help="eerste beheerder")
    p.add_argument("--admin-name", default="", metavar="NAAM", help="volledige naam beheerder")
    p.set_defaults(run=run_init)

    p = add_subcommand(
        subparsers, "verify", "controleer versleuteling, opbouw en de keten van het auditlog"
    )
    p.add_argument("dossier", type=Path, metavar="DOSSIER")
    p.add_argument("--expect-head", metavar="HASH", help="kop-hash van een eerdere controle")
    add_login(p)
    p.set_defaults(run=run_verify)

    p = add_subcommand(subparsers, "backup", "maak een versleutelde back-up (mag tijdens gebruik)")
    p.add_argument("dossier", type=Path, metavar="DOSSIER")
    p.add_argument("target", type=Path, metavar="DOEL", help="bestandsnaam of map voor de back-up")
    add_login(p)
    p.set_defaults(run=run_backup)

    p = add_subcommand(subparsers, "restore", "zet een back-up terug")
    p.add_argument("backup", type=Path, metavar="BACKUP", help="het .casedb-bestand van de back-up")
    p.add_argument("dossier", type=Path, metavar="DOSSIER", help="waar het dossier moet komen")
    p.add_argument(
        "--force", action="store_true", help="een bestaand dossier opzij zetten (niet wissen)"
    )
    add_login(p)
    p.set_defaults(run=run_restore)

    p = add_subcommand(
        subparsers,
        "rotate-key",
        "versleutel het dossier met een nieuwe sleutel (na het verwijderen van een account)",
    )
    p.add_argument("dossier", type=Path, metavar="DOSSIER")
    add_login(p)
    p.set_defaults(run=run_rotate)

    p = add_subcommand(
        subparsers,
        "unlock-with-recovery",
        "geef een gebruiker een nieuw wachtwoord met de herstelsleutel",
    )
    p.add_argument("dossier", type=Path, metavar="DOSSIER")
    p.add_argument("username", metavar="GEBRUIKER")
    p.set_defaults(run=run_recovery)


def run_init(args: argparse.Namespace) -> int:
    password = prompts.new_password(args.admin, env=prompts.LOGIN_PASSWORD_ENV)
    dossier, recovery_key = Dossier.create(
        args.dossier,
        school_name=args.school,
        admin_username=args.admin,
        admin_password=password,
        admin_display_name=args.admin_name,
        place=args.place,
    )
    dossier.close()
    print(f"Dossier aangemaakt: {args.dossier}")
    print(f"Sleutelbestand:     {args.dossier.with_suffix('.casekeys')}")
    print()
    print("HERSTELSLEUTEL (wordt maar één keer getoond):")
    print()
    print(f"    {recovery_key}")
    print()
    print("Schrijf of druk deze sleutel af en bewaar hem veilig, apart van de computer.")
    print("Hiermee kan een beheerder een nieuw wachtwoord instellen als alle wachtwoorden")
    print("kwijt zijn. Wie de sleutel heeft, kan het hele dossier openen.")
    return 0


def run_verify(args: argparse.Namespace) -> int:
    with open_dossier(args) as dossier:
        report = verify(dossier)
        head_found = True
        if args.expect_head:
            with dossier.unit_of_work(read_only=True) as uow:
                head_found = contains_hash(uow.session, args.expect_head.strip().lower())
    storage = "in orde" if not report.storage_problems else "FOUT"
    print(f"Versleuteling en opbouw: {storage}")
    for problem in report.storage_problems[:20]:
        print(f"  - {problem}")
    chain = report.chain
    if chain.ok:
        print(f"Auditlog: {chain.entries} regels, keten in orde")
    else:
        print(f"Auditlog: keten GEBROKEN bij regel {chain.first_broken}: {chain.problem}")
    print(f"Kop-hash: {chain.head_hash}")
    print("(Deze controle staat nu zelf als nieuwste regel in het auditlog.)")
    if not head_found:
        print("De opgegeven kop-hash komt niet voor in het auditlog: er zijn regels verdwenen.")
    return 0 if report.ok and head_found else 4


def run_backup(args: argparse.Namespace) -> int:
    with open_dossier(args) as dossier:
        info = backup(dossier, args.target)
    print(f"Back-up gemaakt: {info.path} ({info.size_bytes / 1_048_576:.1f} MB)")
    print(f"met sleutelbestand {info.keys_path}. Bewaar beide bestanden samen.")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    user = prompts.username(args.user)
    password = prompts.login_password(user)
    moved = restore(args.backup, args.dossier, user, password, force=args.force)
    print(f"Back-up teruggezet: {args.dossier}")
    if moved:
        print(f"Het vorige dossier staat nu op {moved} (niet gewist).")
    return 0


def run_rotate(args: argparse.Namespace) -> int:
    with open_dossier(args) as dossier:
        fingerprint = rotate_key(dossier)
    print("Het dossier is opnieuw versleuteld met een nieuwe sleutel.")
    print(f"Vingerafdruk van de nieuwe sleutel: {fingerprint}")
    print("Oude back-ups blijven met de oude sleutel en de oude wachtwoorden te openen.")
    return 0


def run_recovery(args: argparse.Namespace) -> int:
    from casemanager.accounts import change_password

    key = prompts.recovery_key()
    with Dossier.open_with_recovery(args.dossier, key, args.username) as dossier:
        password = prompts.new_password(args.username)
        with dossier.unit_of_work() as uow:
            change_password(uow, args.username, password)
    print(f"Nieuw wachtwoord ingesteld voor {args.username}.")
    return 0
