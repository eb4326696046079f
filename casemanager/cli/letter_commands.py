"""``casemanager letters DOSSIER ACTIE``: make, save, release, print and send letters, and
manage the letter templates; ``casemanager letters-fields`` lists the template fields."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from casemanager import letters
from casemanager.atomic import write_new_file
from casemanager.cases.common import case_by_number, load_case
from casemanager.cli.demo_commands import ProgressBar
from casemanager.cli.parsing import add_action, add_login, add_subcommand
from casemanager.cli.session import open_dossier
from casemanager.errors import InvalidInput
from casemanager.letters import LetterInfo
from casemanager.letters.aangifte import LETTER_TYPE as AANGIFTE
from casemanager.letters.templates import template_source
from models.letters import SendMethod
from models.procedure import Decision, Hearing
from reports.fields import field_list

if TYPE_CHECKING:
    from casemanager.uow import UnitOfWork

CASE, TPL = "ZAAKNUMMER", ("SOORT", "BESTAND")
ARG_TYPES: dict[str, dict[str, Any]] = {"BESTAND": {"type": Path}, "BRIEF-ID": {"type": int}}


def register(subparsers: Any) -> None:
    parser = add_subcommand(
        subparsers,
        "letters",
        "maak, bewaar, geef vrij, druk af en verzend brieven; beheer de briefsjablonen",
    )
    parser.add_argument("dossier", type=Path, metavar="DOSSIER")
    add_login(parser)
    actions = parser.add_subparsers(dest="action", metavar="ACTIE", required=True)

    def action(name: str, help_text: str, run: Any, *args: str) -> argparse.ArgumentParser:
        p = add_action(actions, name, help_text)
        for arg in args:  # positionals: "ZAAKNUMMER" or "BRIEF-ID" or ...
            p.add_argument(arg.lower().replace("-", "_"), metavar=arg, **ARG_TYPES.get(arg, {}))
        p.set_defaults(run=run)
        return p

    action("list", "toon de brieven van een zaak", run_list, CASE)
    p = action("make", "maak de brieven van een zaak (een nieuwe versie)", run_make, CASE)
    p.add_argument("soort", nargs="?", metavar="SOORT", help="de briefsoort, zie 'templates'")
    p.add_argument("--besluit", action="store_true", help="alle brieven van het laatste besluit")
    action("invite", "maak de uitnodiging(en) voor het laatste hoorgesprek", run_invite, CASE)
    action("aangifte", "maak de samenvatting voor een aangifte", run_aangifte, CASE)
    p = action("save", "bewaar een brief als bestand (PDF)", run_save, "BRIEF-ID", "BESTAND")
    p.add_argument("--word", action="store_true", help="als Word-bestand (.docx)")
    action("release", "geef een brief vrij voor de administratie", run_release, "BRIEF-ID")
    p = action("queue", "toon de vrijgegeven brieven die nog verzonden moeten worden", run_queue)
    p.add_argument(
        "--ook-verzonden-sinds", dest="since", type=iso_date, metavar="DATUM",
        help="toon ook de brieven die sinds deze dag (JJJJ-MM-DD) zijn verzonden",
    )  # fmt: skip
    p = action("print", "voeg vrijgegeven brieven samen in één PDF", run_print, "BESTAND")
    p.add_argument("ids", nargs="*", type=int, metavar="BRIEF-ID")
    p.add_argument("--alles", action="store_true", help="alle brieven in de wachtrij")
    p.add_argument(
        "--enkelzijdig", action="store_true",
        help="geen lege achterkant na een brief met een oneven aantal pagina's",
    )  # fmt: skip
    p = action("sent", "registreer dat een brief is verzonden", run_sent, "BRIEF-ID")
    p.add_argument(
        "--wijze", required=True, choices=[m.value for m in SendMethod],
        help="post, aangetekend, email of hand (persoonlijk overhandigd)",
    )  # fmt: skip
    p.add_argument("--datum", type=iso_date, metavar="JJJJ-MM-DD", help="standaard: vandaag")
    p.add_argument("--barcode", default="", metavar="CODE", help="verplicht bij aangetekend")
    action("templates", "toon de briefsoorten en of de school een eigen sjabloon heeft", run_list_t)
    action("template-export", "schrijf de huidige sjabloon naar een bestand", run_export, *TPL)
    action("template-set", "gebruik een (gecontroleerd) eigen sjabloon", run_store, *TPL)
    action("template-reset", "ga terug naar de standaardsjabloon", run_reset, "SOORT")

    p = add_subcommand(
        subparsers, "letters-fields", "toon de velden die een briefsjabloon mag gebruiken"
    )
    p.set_defaults(run=run_fields)


def iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is geen geldige datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-03-01"
        ) from None


def print_letters(infos: Sequence[LetterInfo], *, queue: bool = False) -> None:
    if not infos:
        print("Geen brieven.")
        return
    header = ("id", "zaak", "soort", "versie", "aan", "pagina's", "", "stand")
    rows = [
        (
            str(i.id), i.case_number, i.type_title, str(i.version), i.addressee,
            str(i.page_count), "aangetekend" if i.registered else "", i.state,
        )
        for i in infos
    ]  # fmt: skip
    keep = (0, 1, 2, 4, 5, 6, 7) if queue else (0, 2, 3, 4, 7, 5)
    cells = [tuple(row[k] for k in keep) for row in (header, *rows)]
    widths = [max(len(line[k]) for line in cells) for k in range(len(keep))]
    for line in cells:
        print("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip())


def letters_word(count: int) -> str:
    return f"{count} brief" if count == 1 else f"{count} brieven"


def _case_id(uow: UnitOfWork, number: str) -> int:
    """The case's id, once the actor may see it: before anything about it is told."""
    return load_case(uow, case_by_number(uow, number))[0].id


def _latest(uow: UnitOfWork, model: Any, case_id: int, moment: Any) -> int | None:
    """The id of the case's latest decision or hearing."""
    query = select(model.id).where(model.case_id == case_id)
    return uow.session.scalar(query.order_by(moment.desc(), model.id.desc()))


def run_list(args: argparse.Namespace) -> int:
    with open_dossier(args) as dossier, dossier.unit_of_work(read_only=True) as uow:
        print_letters(letters.case_letters(uow, _case_id(uow, args.zaaknummer)))
    return 0


def run_make(args: argparse.Namespace) -> int:
    if args.besluit == (args.soort is not None):
        raise InvalidInput("Geef een briefsoort, óf --besluit voor de brieven van het besluit.")
    if args.soort == AANGIFTE:  # it is for the police, never a letter to the family
        raise InvalidInput("De samenvatting voor de politie maakt u met 'aangifte', niet 'make'.")
    with open_dossier(args) as dossier, dossier.unit_of_work() as uow:
        case_id = _case_id(uow, args.zaaknummer)
        if args.besluit:
            decision_id = _latest(uow, Decision, case_id, Decision.decided_at)
            if decision_id is None:
                raise InvalidInput(f"Zaak {args.zaaknummer} heeft nog geen besluit of voornemen.")
            made = letters.letters_for_decision(uow, decision_id)
        else:
            made = letters.generate_letter(uow, case_id, args.soort)
        uow.commit()
    return _report_made(made)


def run_invite(args: argparse.Namespace) -> int:
    with open_dossier(args) as dossier, dossier.unit_of_work() as uow:
        case_id = _case_id(uow, args.zaaknummer)
        hearing_id = _latest(uow, Hearing, case_id, Hearing.planned_at)
        if hearing_id is None:
            raise InvalidInput(
                f"Zaak {args.zaaknummer} heeft geen hoorgesprek. Plan eerst een hoorgesprek."
            )
        made = letters.invitation_letters(uow, hearing_id)
        uow.commit()
    return _report_made(made)


def run_aangifte(args: argparse.Namespace) -> int:
    with open_dossier(args) as dossier, dossier.unit_of_work() as uow:
        made = [letters.aangifte_summary(uow, _case_id(uow, args.zaaknummer))]
        uow.commit()
    return _report_made(made)


def _report_made(made: Sequence[LetterInfo]) -> int:
    if made:
        print(f"{letters_word(len(made))} gemaakt, als concept; geef ze vrij met 'release':")
        print_letters(made)
    else:
        print("Volgens het beleid horen bij dit besluit geen brieven; er is niets gemaakt.")
    return 0


def run_save(args: argparse.Namespace) -> int:
    with open_dossier(args) as dossier, dossier.unit_of_work() as uow:
        data = letters.letter_file(uow, args.brief_id, word=args.word)
        write_new_file(args.bestand, data)
        uow.commit()
    print(f"Brief {args.brief_id} bewaard in {args.bestand}.")
    return 0


def run_release(args: argparse.Namespace) -> int:
    with open_dossier(args) as dossier, dossier.unit_of_work() as uow:
        info = letters.release(uow, args.brief_id)
        uow.commit()
    print(f"Brief {info.id} ({info.type_title}, aan {info.addressee}) is vrijgegeven.")
    return 0


def run_queue(args: argparse.Namespace) -> int:
    with open_dossier(args) as dossier, dossier.unit_of_work(read_only=True) as uow:
        print_letters(letters.print_queue(uow, include_sent_since=args.since), queue=True)
    return 0


def run_print(args: argparse.Namespace) -> int:
    if args.alles == bool(args.ids):
        raise InvalidInput("Geef de nummers van de brieven op, óf --alles voor de hele wachtrij.")
    bar = ProgressBar(sys.stderr)
    with open_dossier(args) as dossier, dossier.unit_of_work() as uow:
        ids = [i.id for i in letters.print_queue(uow)] if args.alles else args.ids
        if not ids:
            print("Er staan geen brieven in de wachtrij; er is niets afgedrukt.")
            return 0
        try:
            for progress in letters.print_batch(
                uow, ids, args.bestand, duplex=not args.enkelzijdig
            ):
                bar(progress)
        finally:
            bar.close()
        uow.commit()
    print(f"{letters_word(len(ids))} samengevoegd in {args.bestand.resolve()}.")
    print("Registreer elke brief na verzending met 'sent'.")
    return 0


def run_sent(args: argparse.Namespace) -> int:
    on = args.datum or dt.date.today()
    with open_dossier(args) as dossier, dossier.unit_of_work() as uow:
        info = letters.mark_sent(uow, args.brief_id, on, SendMethod(args.wijze), args.barcode)
        uow.commit()
    extra = f", barcode {info.tracking_number}" if info.tracking_number else ""
    print(f"Brief {info.id} aan {info.addressee}: {info.state} op {on:%d-%m-%Y}{extra}.")
    return 0


def run_list_t(args: argparse.Namespace) -> int:
    with open_dossier(args) as dossier, dossier.unit_of_work(read_only=True) as uow:
        templates = letters.list_templates(uow)
    width = max((len(t.letter_type) for t in templates), default=0)
    for t in templates:
        print(f"{t.letter_type:<{width}}  {'eigen versie' if t.own else 'standaard   '}  {t.title}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    with open_dossier(args) as dossier, dossier.unit_of_work(read_only=True) as uow:
        _known(uow, args.soort)
        text = template_source(uow, args.soort)
    write_new_file(args.bestand, text.encode("utf-8"))
    print(f"De sjabloon '{args.soort}' staat in {args.bestand}.")
    return 0


def run_store(args: argparse.Namespace) -> int:
    try:
        text = args.bestand.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InvalidInput(
            f"Het bestand {args.bestand} is geen UTF-8-tekst. Sla het op als 'UTF-8' en "
            "probeer het opnieuw."
        ) from None
    except OSError as exc:
        raise InvalidInput(f"Het bestand {args.bestand} kan niet worden gelezen ({exc}).") from exc
    with open_dossier(args) as dossier, dossier.unit_of_work() as uow:
        letters.store_template(uow, args.soort, text)
        uow.commit()
    print(f"De eigen sjabloon voor '{args.soort}' is gecontroleerd en opgeslagen.")
    return 0


def run_reset(args: argparse.Namespace) -> int:
    with open_dossier(args) as dossier, dossier.unit_of_work() as uow:
        _known(uow, args.soort)
        removed = letters.reset_template(uow, args.soort)
        uow.commit()
    done = "gebruikt weer de standaardsjabloon" if removed else "had geen eigen sjabloon"
    print(f"'{args.soort}' {done}.")
    return 0


def _known(uow: UnitOfWork, letter_type: str) -> None:
    if letter_type not in uow.policy.letter_types:
        known = ", ".join(uow.policy.letter_types)
        raise InvalidInput(f"Het beleid kent geen briefsoort '{letter_type}'. Kies uit: {known}.")


def run_fields(args: argparse.Namespace) -> int:
    rows = field_list()
    width = max(len(name) for name, _ in rows)
    print("Velden voor briefsjablonen, bijv. {{ zaak.nummer }}; een lijst met {% for %}:")
    for name, description in rows:
        print(f"  {name:<{width}}  {description}")
    return 0
