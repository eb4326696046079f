"""The screenshots of the parts after Te doen and Zaken (``make screenshots``): Personen,
Brieven, Rapportage and each Beheer tab, each as the role that uses it, in the main window.

Called by ``ui.screenshots`` with the demo dossier it made; the letters for the print queue
are released here first (the demo has none), as a teamleider would after a decision.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

from casemanager.cases.deciding import decide
from casemanager.cases.reporting import NewReport, report_case
from casemanager.demo import demo_password
from casemanager.letters import letters_for_decision, release
from casemanager.people.registry import PersonRow
from casemanager.store.dossier import Dossier
from ui.context import AppContext
from ui.main_window import MainWindow

ADMIN_TABS = (
    ("accounts", "beheer-accounts.png"),
    ("school", "beheer-school.png"),
    ("policy", "beheer-beleid.png"),
    ("backup", "beheer-backup.png"),
    ("audit", "beheer-auditlog.png"),
    ("retention", "beheer-bewaartermijn.png"),
    ("leaks", "beheer-datalekken.png"),
)
QUEUED = 4  # letters released for the administratie's queue


def release_letters(
    ctx: AppContext, students: list[PersonRow], incident: dt.date | None = None
) -> int:
    """Written warnings for ``students``, their letters released; how many letters."""
    released = 0
    for person in students:
        ref = ctx.call(
            report_case,
            NewReport(
                subject_person_id=person.id,
                violation_codes=("A6-KWETS",),
                incident_date=incident or dt.date.today() - dt.timedelta(days=3),
                description="Kwetsende berichten over een klasgenoot in de groepsapp.",
                platform="WhatsApp",
            ),
        )
        result = ctx.call(decide, ref.id, "waarschuwing")
        for letter in ctx.call(letters_for_decision, result.decision_id):
            ctx.call(release, letter.id)
            released += 1
    return released


def part_screens(
    demo: Path,
    out: Path,
    students: list[PersonRow],
    save: Callable[..., None],
    settle: Callable[..., None],
) -> None:
    teamleider = AppContext(Dossier.open(demo, "teamleider", demo_password()))
    try:
        release_letters(teamleider, students)
        in_window(teamleider, out, "persons", "personen.png", save, settle)
    finally:
        teamleider.lock()
    for username, part, name in (("administratie", "letters", "brieven.png"),
                                 ("directie", "reports", "rapportage.png")):  # fmt: skip
        ctx = AppContext(Dossier.open(demo, username, demo_password()))
        try:
            in_window(ctx, out, part, name, save, settle)
        finally:
            ctx.lock()
    beheerder = AppContext(Dossier.open(demo, "beheerder", demo_password()))
    try:
        window = MainWindow(beheerder)
        window.show()
        window.show_part("admin")
        admin = window.part("admin")
        for tab, name in ADMIN_TABS:
            admin.show_tab(tab)  # type: ignore[attr-defined]
            settle()
            save(window, out, name)
        window.hide()
        window.deleteLater()
        settle()
    finally:
        beheerder.lock()


def in_window(
    ctx: AppContext,
    out: Path,
    part: str,
    name: str,
    save: Callable[..., None],
    settle: Callable[..., None],
) -> None:
    window = MainWindow(ctx)
    window.show()
    window.show_part(part)
    settle()
    table = getattr(window.part(part), "table", None)
    if part == "letters" and table is not None:  # a letter chosen: its preview shows
        table.selectRow(0)
        began = time.monotonic()  # the preview loads after a pause, its pages in a thread
        settle(lambda: time.monotonic() - began > 1.5)
    save(window, out, name)
    window.hide()
    window.deleteLater()
    settle()
