"""How long services report progress: they yield these, the CLI and the UI show them."""

from __future__ import annotations

from dataclasses import dataclass

from casemanager.texts import Text


@dataclass(frozen=True)
class Progress:
    stage: str | Text  # for the user: a Text, so that the desktop application translates it
    done: int
    total: int
