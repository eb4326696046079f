"""``casemanager policy check|show|set`` and ``casemanager export-person``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from casemanager.cases.inzage import export_person, person_id_by_number
from casemanager.cli.parsing import (
    add_action,
    add_login,
    add_subcommand,
)
from casemanager.cli.session import open_dossier
from casemanager.errors import InvalidInput
from casemanager.letters.templates import default_folder
from casemanager.policy import PolicyInvalid, load_policy_file
from casemanager.policy.schema import Policy
from casemanager.policy.stored import export_policy, store_policy
from reports.templating import check_folder


def register(subparsers: Any) -> None:
    policy = add_subcommand(
        subparsers, "policy", "controleer, toon of kies het beleid van de school"
    )
    actions = policy.add_subparsers(dest="action", metavar="ACTIE", required=True)

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        return add_action(actions, name, help_text)

    p = action(
        "check",
        "controleer een beleidsbestand en de briefsjablonen; toon elke fout met haar regel",
    )
    p.add_argument("file", type=Path, metavar="BESTAND")
    p.add_argument(
        "--sjablonen",
        dest="templates",
        type=Path,
        metavar="MAP",
        help="map met de briefsjablonen (standaard: de sjablonen die bij het programma horen)",
    )
    p.set_defaults(run=run_check)

    p = action("show", "toon het beleid waarmee een dossier werkt")
    p.add_argument("dossier", type=Path, metavar="DOSSIER")
    add_login(p)
    p.set_defaults(run=run_show)

    p = action("set", "maak een (gecontroleerd) beleidsbestand het beleid van het dossier")
    p.add_argument("dossier", type=Path, metavar="DOSSIER")
    p.add_argument("file", type=Path, metavar="BESTAND")
    add_login(p)
    p.set_defaults(run=run_set)

    p = action(
        "export",
        "schrijf het beleid waarmee een dossier werkt naar een nieuw bestand, om een eigen "
        "beleid mee te beginnen",
    )
    p.add_argument("dossier", type=Path, metavar="DOSSIER")
    p.add_argument("file", type=Path, metavar="BESTAND")
    add_login(p)
    p.set_defaults(run=run_export)

    p = add_subcommand(
        subparsers,
        "export-person",
        "inzage: schrijf alles wat het dossier over een persoon bevat naar een map",
    )
    p.add_argument("dossier", type=Path, metavar="DOSSIER")
    p.add_argument("number", metavar="NUMMER", help="leerling- of personeelsnummer")
    p.add_argument("out_dir", type=Path, metavar="MAP")
    add_login(p)
    p.set_defaults(run=run_export_person)


def run_check(args: argparse.Namespace) -> int:
    try:
        policy = load_policy_file(args.file)
    except PolicyInvalid as error:
        print(str(error), file=sys.stderr)
        return error.exit_code
    folder = args.templates or default_folder()
    if not folder.is_dir():
        raise InvalidInput(f"De map met briefsjablonen {folder} bestaat niet.")
    problems = check_folder(folder, policy.letter_types)
    if problems:
        print(
            f"{len(problems)} fout(en) in de briefsjablonen in {folder}:",
            *(f"  {problem}" for problem in problems),
            sep="\n",
            file=sys.stderr,
        )
        return InvalidInput.exit_code
    print(f"{args.file}: in orde; {len(policy.letter_types)} briefsjablonen in {folder}: in orde.")
    print(summary(policy))
    return 0


def run_show(args: argparse.Namespace) -> int:
    with open_dossier(args) as dossier:
        active = dossier.active_policy
    origin = "standaardbeleid" if active.is_default else "eigen beleid van de school"
    print(f"Dit dossier werkt met het {origin}.")
    if active.problem:
        print("Let op: het opgeslagen beleid is ongeldig geworden en wordt niet gebruikt.")
        print(active.problem)
    print(summary(active.policy, detailed=True))
    return 0


def run_set(args: argparse.Namespace) -> int:
    try:
        text = args.file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(
            f"Het beleidsbestand {args.file} kan niet worden gelezen ({exc})."
        ) from exc
    with open_dossier(args) as dossier:
        with dossier.unit_of_work() as uow:
            policy = store_policy(uow, text)
            uow.commit()
        dossier.reload_policy()
    print(f"Het dossier werkt nu met '{policy.name}' (versie {policy.version}).")
    return 0


def run_export(args: argparse.Namespace) -> int:
    with open_dossier(args) as dossier, dossier.unit_of_work() as uow:
        written = export_policy(uow, args.file)
        uow.commit()
    print(f"Het beleid staat in {written}. Pas het aan en controleer het met 'policy check'.")
    return 0


def run_export_person(args: argparse.Namespace) -> int:
    with open_dossier(args) as dossier, dossier.unit_of_work() as uow:
        person_id = person_id_by_number(uow, args.number)
        json_path, pdf_path = export_person(uow, person_id, args.out_dir)
        uow.commit()
    print(f"Inzage-overzicht geschreven naar {pdf_path}")
    print(f"De gegevens zelf (JSON) staan in {json_path}")
    return 0


def summary(policy: Policy, *, detailed: bool = False) -> str:
    lines = [
        f"{policy.name} (versie {policy.version})",
        f"  {len(policy.violations)} overtredingen, {len(policy.holidays)} vakanties, "
        f"terugkijkperiode {policy.terms.look_back_months} maanden, "
        f"bezwaartermijn {policy.terms.objection_weeks} weken",
    ]
    for name, ladder in policy.ladders.items():
        lines.append(f"  ladder {name} ({ladder.title}):")
        for index, rung in enumerate(ladder.rungs, start=1):
            extra = []
            if rung.hearing_required:
                extra.append("hoorgesprek verplicht")
            if rung.intent_first:
                extra.append("eerst voornemen")
            if rung.has_duration:
                extra.append(f"ten hoogste {rung.max_duration} {rung.duration}")
            note = f" [{', '.join(extra)}]" if extra else ""
            lines.append(f"    {index}. {rung.title} — besluit: {', '.join(rung.decided_by)}{note}")
    if detailed:
        lines.append("  overtredingen:")
        for v in policy.violations:
            flags = [f for f in ("pestprotocol", "strafbaar", "datalek") if getattr(v, f)]
            flag_text = f" ({', '.join(flags)})" if flags else ""
            lines.append(f"    {v.code:<18} {v.severity:<8} art. {v.article}: {v.title}{flag_text}")
    return "\n".join(lines)
