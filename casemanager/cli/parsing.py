"""argparse with Dutch section titles and help text."""

from __future__ import annotations

import argparse
from typing import Any


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
        argparse.ArgumentParser(formatter_class=DutchHelpFormatter, add_help=False, **kwargs)
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
