"""argparse with Dutch section titles and help text."""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any, NoReturn

# argparse's own messages, in the words a Dutch user expects.
_ERRORS = (
    (r"the following arguments are required: (.*)", r"deze gegevens ontbreken: \1"),
    (r"unrecognized arguments: (.*)", r"onbekende argumenten: \1"),
    (
        r"argument (\S+): invalid choice: (.*?) \(choose from (.*)\)",
        r"\1: \2 bestaat niet; kies uit \3",
    ),
    (r"argument (\S+): expected one argument", r"\1 heeft een waarde nodig"),
    (r"argument (\S+): invalid (\w+) value: (.*)", r"\1: \3 is geen geldige waarde"),
    (r"argument (\S+): (.*)", r"\1: \2"),
)


def dutch_error(message: str) -> str:
    for pattern, replacement in _ERRORS:
        if re.fullmatch(pattern, message):
            return re.sub(pattern, replacement, message)
    return message


class DutchArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {dutch_error(message)}\nZie '{self.prog} --help'.\n")


class DutchHelpFormatter(argparse.RawDescriptionHelpFormatter):
    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, prefix="gebruik: " if prefix is None else prefix)


def dutch_parser(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser._positionals.title = "argumenten"
    parser._optionals.title = "opties"
    parser.add_argument(
        "-h", "--help", action="help", default=argparse.SUPPRESS, help="toon deze hulp en stop"
    )
    return parser


def new_parser(**kwargs: Any) -> argparse.ArgumentParser:
    return dutch_parser(
        DutchArgumentParser(formatter_class=DutchHelpFormatter, add_help=False, **kwargs)
    )


def add_subcommand(
    subparsers: Any, name: str, help_text: str, description: str = ""
) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        name,
        help=help_text,
        description=description or help_text,
        formatter_class=DutchHelpFormatter,
        add_help=False,
    )
    return dutch_parser(parser)


def add_login(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--user",
        metavar="GEBRUIKER",
        help="uw gebruikersnaam; het wachtwoord wordt gevraagd, of komt uit CASEMANAGER_PASSWORD",
    )


def add_action(actions: Any, name: str, help_text: str) -> argparse.ArgumentParser:
    """An action under a command with actions ("users DOSSIER add", "policy check")."""
    parser = actions.add_parser(
        name,
        help=help_text,
        description=help_text,
        formatter_class=DutchHelpFormatter,
        add_help=False,
    )
    return dutch_parser(parser)
