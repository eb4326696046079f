"""The ``casemanager`` command: the desktop application, or an admin subcommand."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from casemanager.cli import (
    demo_commands,
    dossier_commands,
    letter_commands,
    people_commands,
    policy_commands,
    school_commands,
    user_commands,
)
from casemanager.cli.parsing import new_parser
from casemanager.errors import CaseManagerError


def build_parser():
    parser = new_parser(
        prog="casemanager",
        description=(
            "Casemanager: meldingen, onderzoek en maatregelen bij overtredingen van het\n"
            "protocol sociale media en internet, in een versleuteld dossier."
        ),
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMANDO", title="commando's")
    dossier_commands.register(subparsers)
    user_commands.register(subparsers)
    policy_commands.register(subparsers)
    people_commands.register(subparsers)
    school_commands.register(subparsers)
    letter_commands.register(subparsers)
    demo_commands.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    try:
        return int(args.run(args))
    except CaseManagerError as error:
        print(f"casemanager: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("\nAfgebroken; er is niets half opgeslagen.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
