"""The one place that knows where the application's data files (``resources/``) live."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``, e.g. ``resource_path("policy", "standaard.toml")``."""
    return RESOURCES.joinpath(*parts)
