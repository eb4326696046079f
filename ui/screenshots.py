"""The README's screenshots, made again with one command (``make screenshots``).

    python -m ui.screenshots [--out DIR] [--language en]   # default: docs/screenshots, Dutch

Builds a fresh demo dossier (the same school as ``make run``) in a temporary folder,
signs in as the teamleider and renders each screen offscreen at a fixed size: signing in,
Te doen, the case list, a new report, a case's decision and the letters of a decision;
then each later part as the role that uses it (``ui.screenshot_parts``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QMessageLogContext,
    QSettings,
    QThreadPool,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QWidget

from casemanager.cases.deciding import decide
from casemanager.cases.listing import CaseFilter, CaseRow, count_cases, list_cases
from casemanager.cases.reporting import NewReport, report_case
from casemanager.cases.viewing import get_case
from casemanager.demo import DemoOptions, demo_password, run_demo
from casemanager.letters import letters_for_decision
from casemanager.people.registry import PersonRow, list_persons
from casemanager.store.dossier import Dossier
from ui import settings, translation
from ui.cases.case_view import CaseViewWidget
from ui.cases.report_form import ReportForm
from ui.context import AppContext
from ui.letters.preview import LettersDialog
from ui.look import apply_style
from ui.main_window import MainWindow
from ui.screenshot_parts import QUEUED, part_screens
from ui.tasks import wait_for_tasks
from ui.unlock import UnlockDialog

SUMMARY = "Render the README's screenshots from a fresh demo dossier."
SEED = 2026  # the same seed gives the same school, names and cases
WINDOW = (1280, 800)
USER = "teamleider"
# a teamleider decides a case once it is investigated or heard; CaseStatus is a StrEnum,
# so its values do (ui/ leaves the models alone)
DECIDABLE = frozenset({"onderzoek", "hoorgesprek"})


def settle(done: Callable[[], bool] = lambda: True, timeout: float = 30.0) -> None:
    """Let the thread pool finish and its answers arrive, until ``done()`` holds."""
    pool = QThreadPool.globalInstance()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        wait_for_tasks()
        QApplication.processEvents()  # the queued callbacks
        if pool.activeThreadCount() == 0 and done():
            break
        time.sleep(0.02)
    QApplication.processEvents()  # layouts and repaints


def has_ink(widget: QWidget) -> bool:
    """Whether ``widget`` shows any dark pixel (text), sampled on a grid."""
    image = widget.grab().toImage()
    return any(
        image.pixelColor(x, y).lightness() < 100
        for y in range(0, image.height(), 3)
        for x in range(0, image.width(), 3)
    )


def save(widget: QWidget, out: Path, name: str, size: tuple[int, int] = WINDOW) -> None:
    widget.resize(*size)
    widget.show()
    settle()
    path = out / name
    if not widget.grab().save(str(path)):
        raise SystemExit(f"Kon {path} niet opslaan.")
    print(path)


def quiet_offscreen(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's messages on stderr, without the offscreen platform's one about size hints."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def isolate_settings(folder: Path, demo: Path) -> None:
    """Remember nothing in the user's own settings, and let the unlock dialog treat the
    temporary dossier as the demo dossier (it then shows the demo accounts)."""
    ini = str(folder / "settings.ini")
    settings.settings = lambda: QSettings(ini, QSettings.Format.IniFormat)
    settings.demo_dossier_path = lambda: demo


def sign_in_screen(demo: Path, out: Path) -> None:
    dialog = UnlockDialog(demo)
    dialog.username.setText(USER)
    dialog.password.setFocus()
    save(dialog, out, "aanmelden.png", (560, 340))
    dialog.deleteLater()


def report_screen(ctx: AppContext, out: Path) -> None:
    form = ReportForm(ctx)
    form.person.choose(fresh_student(ctx))
    form.violations.set_checked("A6-KWETS")
    form.time.setText("12:40")
    form.place.setText("aula, in de pauze")
    form.platform.setCurrentText("WhatsApp")
    form.description.setPlainText(
        "In de klassengroep zijn kwetsende berichten en een bewerkte foto van een klasgenoot "
        "gedeeld. De mentor kreeg screenshots van een medeleerling."
    )
    form.description.setFocus()
    save(form, out, "nieuwe-melding.png")
    form.hide()  # not reject(): that would ask whether to stop without saving
    form.deleteLater()


def decision_case(ctx: AppContext) -> int:
    """A student's case of the teamleider's teams that waits for a decision the teamleider
    may take as proposed; preferably heard, with a warning flag and reasons to show."""
    waiting = CaseFilter(statuses=DECIDABLE)  # type: ignore[arg-type]
    rows: list[CaseRow] = ctx.lists(list_cases, waiting)
    best: tuple[tuple[bool, bool, bool, int], int] | None = None
    for row in rows:
        view = ctx.call(get_case, row.id)
        proposal = view.proposal
        if proposal is None or not any(a.name == "decide" and a.enabled for a in view.actions):
            continue
        if not any(o.code == proposal.rung and o.allowed for o in view.rung_options):
            continue
        flagged = proposal.aangifte_advised or proposal.datalek
        rank = (view.person_kind == "leerling", view.status == "hoorgesprek", flagged,
                len(proposal.reasons))  # fmt: skip
        if best is None or rank > best[0]:
            best = (rank, row.id)
    if best is None:
        raise SystemExit("Het demodossier heeft geen zaak waarover de teamleider beslist.")
    return best[1]


def fresh_student(ctx: AppContext, skip: int = 0) -> PersonRow:
    """The ``skip``-th student of the teamleider's teams without any case yet."""
    for team_id in sorted(ctx.actor.team_ids):
        for person in ctx.lists(list_persons, kind="leerling", team_id=team_id, active=True):
            if ctx.lists(count_cases, CaseFilter(person_id=person.id)) == 0:
                if skip == 0:
                    return person
                skip -= 1
    raise SystemExit("Het demodossier heeft geen leerling zonder zaak.")


def letters_screen(ctx: AppContext, out: Path) -> None:
    """A written warning, decided now, and its letters in the preview."""
    person = fresh_student(ctx, skip=1)
    ref = ctx.call(
        report_case,
        NewReport(
            subject_person_id=person.id,
            violation_codes=("A6-KWETS",),
            incident_date=dt.date.today() - dt.timedelta(days=2),
            description="In de groepsapp van de klas zijn kwetsende berichten over een "
            "klasgenoot geplaatst.",
            place="klassengroep",
            platform="WhatsApp",
        ),
    )
    result = ctx.call(decide, ref.id, "waarschuwing")
    dialog = LettersDialog(ctx, ctx.call(letters_for_decision, result.decision_id))
    dialog.resize(*WINDOW)
    dialog.show()
    settle(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    settle(lambda: has_ink(dialog.pdf_view.viewport()))  # pages render in their own thread
    save(dialog, out, "brieven-voorbeeld.png")
    dialog.deleteLater()


def main_window_screens(ctx: AppContext, out: Path) -> None:
    window = MainWindow(ctx)
    window.resize(*WINDOW)
    window.show()
    settle(lambda: window.todo is not None and bool(window.todo.deadlines))
    save(window, out, "te-doen.png")
    window.show_part("cases")
    save(window, out, "zaken.png")
    window.open_case(decision_case(ctx))
    view = window.case_tabs.currentWidget() if window.case_tabs else None
    if isinstance(view, CaseViewWidget):
        view.show_section("procedure")
    save(window, out, "zaak-besluit.png")
    settle()
    window.hide()
    window.deleteLater()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.screenshots", description=SUMMARY)
    parser.add_argument(
        "--out", type=Path, default=Path("docs/screenshots"), metavar="DIR",
        help="folder for the PNG files (default: docs/screenshots)",
    )  # fmt: skip
    parser.add_argument(
        "--language", choices=("nl", "en"), default="nl",
        help="the language of the screens (default: nl, as in the README)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    # no screen needed; a throwaway dossier needs no costly key slots
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("CASEMANAGER_KDF", "minimum")
    previous_handler = qInstallMessageHandler(quiet_offscreen)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName("Casemanager")
    apply_style(app)
    translators = translation.install(app, args.language)
    try:
        render_all(out)
    finally:
        qInstallMessageHandler(previous_handler)
        for translator in translators:
            app.removeTranslator(translator)
    print(f"Klaar in {time.perf_counter() - started:.1f} s.")
    return 0


def render_all(out: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="casemanager-screenshots-") as folder:
        demo = Path(folder) / "demo.casedb"
        run_demo(demo, DemoOptions(seed=SEED))
        isolate_settings(Path(folder), demo)
        sign_in_screen(demo, out)
        ctx = AppContext(Dossier.open(demo, USER, demo_password()))
        try:
            main_window_screens(ctx, out)
            report_screen(ctx, out)
            letters_screen(ctx, out)
            students = [fresh_student(ctx, skip=k) for k in range(1, 1 + QUEUED)]
        finally:
            settle()
            ctx.lock()
        part_screens(demo, out, students, save, settle)


if __name__ == "__main__":
    sys.exit(main())
