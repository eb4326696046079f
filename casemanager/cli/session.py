"""Signing in from the command line."""

from __future__ import annotations

import argparse

from casemanager.cli import prompts
from casemanager.store.dossier import Dossier


def open_dossier(args: argparse.Namespace) -> Dossier:
    user = prompts.username(getattr(args, "user", None))
    return Dossier.open(args.dossier, user, prompts.login_password(user))
