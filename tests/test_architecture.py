"""The layering rules of docs/ARCHITECTURE.md, checked on the source."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = ("casemanager", "models", "reports")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_the_core_never_imports_qt() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for package in CORE
        if (ROOT / package).exists()
        for path in (ROOT / package).rglob("*.py")
        if any(m.split(".")[0] == "PySide6" for m in imported_modules(path))
    ]
    assert offenders == []


def test_the_core_packages_are_checked() -> None:
    assert len(list((ROOT / "casemanager").rglob("*.py"))) > 10
    assert len(list((ROOT / "models").rglob("*.py"))) > 5


def test_the_desktop_application_never_touches_the_database_itself() -> None:
    """ui/ calls services and gets plain data back: no SQLAlchemy, no Session."""
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "ui").rglob("*.py")
        if any(m.split(".")[0] == "sqlalchemy" for m in imported_modules(path))
    ]
    assert offenders == []
