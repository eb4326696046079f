"""``casemanager demo DOSSIER [--students N] [--staff N] [--cases N] [--seed S]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from casemanager.cli.parsing import add_subcommand
from casemanager.demo import DemoOptions, DemoResult, Progress, run_demo

BAR_WIDTH = 30


def register(subparsers: Any) -> None:
    defaults = DemoOptions()
    parser = add_subcommand(
        subparsers,
        "demo",
        "maak een demodossier met een verzonnen school",
        "Maak een demodossier: een verzonnen school met teams, klassen, leerlingen, ouders,\n"
        "personeel en zaken in elke fase. De accounts heten naar hun rol (beheerder,\n"
        "directie, teamleider, hr, administratie, teamleider2...) en krijgen allemaal\n"
        "hetzelfde wachtwoord: dat uit CASEMANAGER_PASSWORD, of anders een vast\n"
        "demowachtwoord. Gebruik het nooit voor echte gegevens.",
    )
    parser.add_argument("dossier", type=Path, metavar="DOSSIER", help="het nieuwe dossier")
    for option, word, default in (
        ("--students", "leerlingen", defaults.students),
        ("--staff", "medewerkers", defaults.staff),
        ("--cases", "zaken", defaults.cases),
    ):
        parser.add_argument(
            option, type=_whole_number, default=default, metavar="N",
            help=f"aantal {word} (standaard {default})",
        )  # fmt: skip
    parser.add_argument(
        "--seed", type=_whole_number, default=defaults.seed, metavar="S",
        help="startgetal voor het toeval: hetzelfde getal geeft dezelfde school",
    )  # fmt: skip
    parser.set_defaults(run=run)


def _whole_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is geen geheel getal") from None


def dutch_number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


class ProgressBar:
    """A bar updated in place on a terminal; a line per stage and per tenth otherwise."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.tty = stream.isatty()
        self.stage = ""
        self.tenth = -1

    def __call__(self, progress: Progress) -> None:
        share = progress.done / progress.total if progress.total else 1.0
        new_stage = progress.stage != self.stage
        if self.tty:
            if new_stage and self.stage:
                self.stream.write("\n")
            filled = round(share * BAR_WIDTH)
            bar = "#" * filled + "." * (BAR_WIDTH - filled)
            count = f"{dutch_number(progress.done)}/{dutch_number(progress.total)}"
            self.stream.write(f"\r{progress.stage:<32} [{bar}] {share:4.0%} {count}   ")
        elif new_stage or int(share * 10) > self.tenth:
            self.stream.write(f"{progress.stage}: {share:.0%}\n")
        self.stage, self.tenth = progress.stage, int(share * 10)
        self.stream.flush()

    def close(self) -> None:
        if self.tty and self.stage:
            self.stream.write("\n")
            self.stream.flush()


def run(args: argparse.Namespace) -> int:
    options = DemoOptions(args.students, args.staff, args.cases, args.seed)
    bar = ProgressBar(sys.stderr)
    try:
        result = run_demo(args.dossier, options, bar)
    finally:
        bar.close()
    report(result)
    return 0


def report(result: DemoResult) -> None:
    counts = result.counts
    print(f"Demodossier gemaakt: {result.path} ({result.seconds:.1f} s)")
    print(f"School: {result.school}, {result.place}")
    print()
    print(f"Accounts, allemaal met het wachtwoord: {result.password}")
    for account in result.accounts:
        print(f"  {account.username:<14} {account.display_name:<30} {account.function_title}")
    print()
    people = ", ".join(
        f"{dutch_number(counts[key])} {key}"
        for key in ("leerlingen", "ouders", "medewerkers", "overigen")
    )
    print(f"Personen: {people}; {counts['teams']} teams")
    cases = ", ".join(
        f"{dutch_number(counts[key])} {label}"
        for key, label in (
            ("case_file", "zaken"), ("hearing", "hoorgesprekken"),
            ("decision", "besluiten en voornemens"), ("notification", "meldingen"),
            ("objection", "bezwaren"),
            ("evidence", "bewijsstukken"), ("data_leak", "datalekken"),
        )
    )  # fmt: skip
    print(f"Zaken: {cases}")
    statuses = ", ".join(
        f"{key.removeprefix('status_')} {dutch_number(value)}"
        for key, value in counts.items()
        if key.startswith("status_")
    )
    print(f"Per status: {statuses}")
    print()
    print(f"Herstelsleutel (alleen voor dit demodossier): {result.recovery_key}")
