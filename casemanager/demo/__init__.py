"""A realistic demo dossier: a Dutch school with teams, classes, students, parents and
staff, demo accounts named after their role, and cases in every state (``casemanager
demo``). It is also the data the benchmarks and ``make run`` use."""

from casemanager.demo.builder import (
    DEFAULT_PASSWORD,
    DemoOptions,
    DemoResult,
    Progress,
    build_demo,
    check_options,
    demo_password,
    run_demo,
)

__all__ = [
    "DEFAULT_PASSWORD",
    "DemoOptions",
    "DemoResult",
    "Progress",
    "build_demo",
    "check_options",
    "demo_password",
    "run_demo",
]
