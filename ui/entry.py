"""The ``casemanager`` command: without arguments (or ``start [DOSSIER]``) the desktop
application, otherwise the command-line tools."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] == "start":
        if len(args) > 2 or (len(args) == 2 and args[1].startswith("-")):
            print("gebruik: casemanager start [DOSSIER]", file=sys.stderr)
            return 2
        from ui.app import run

        return run(Path(args[1]) if len(args) == 2 else None)
    from casemanager.cli.main import main as cli_main

    return cli_main(args)
