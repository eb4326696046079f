"""How long services report progress: they yield these, the CLI and the UI show them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Progress:
    stage: str  # Dutch, for the user
    done: int
    total: int
