"""Beheer → Beleid: the policy the dossier works by, readable, and loading the school's own.

"Eigen beleid laden…" checks the chosen file first (in the background), as ``policy check``
does. A file with problems changes nothing: every problem is listed with its line. A good
file is stored with ``store_policy`` (``policy set``) only after the beheerder saw what
changes and agreed.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casemanager.errors import CaseManagerError
from casemanager.policy.loading import MAX_POLICY_BYTES
from casemanager.policy.stored import export_policy, store_policy
from ui import core_text, settings
from ui.admin.policy_check import Checked, PolicyChanges, Problem, check_policy, template_sources
from ui.admin.policy_view import policy_html
from ui.cases.form_widgets import error_label, hint_label, primary, set_error
from ui.context import AppContext, Locked
from ui.core_text import message, term
from ui.tasks import Task, run_task, show_error


class PolicyPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("policyPage")
        self.ctx = ctx
        self.task: Task | None = None

        title = QLabel(self.tr("Beleid"), objectName="pageTitle")
        self.load_button = primary(QPushButton(self.tr("Eigen beleid laden…")))
        self.load_button.clicked.connect(self.choose_file)
        self.export_button = QPushButton(self.tr("Beleid exporteren…"), objectName="exportPolicy")
        self.export_button.clicked.connect(self.export_file)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.export_button)
        top.addWidget(self.load_button)
        self.origin = QLabel(objectName="policyOrigin")
        self.origin.setWordWrap(True)
        self.stored_problem = error_label("storedPolicyProblem")
        self.status = hint_label(name="policyStatus")
        self.status.hide()
        self.how = hint_label(
            self.tr(
                "Een eigen beleid is een tekstbestand (.toml). Begin met 'Beleid exporteren…': "
                "u krijgt het beleid waarmee dit dossier nu werkt, met de uitleg van elke "
                "instelling. Bij het laden wordt het bestand eerst gecontroleerd; bij een fout "
                "verandert er niets."
            )
        )
        self.how.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.problems_box = QFrame(objectName="policyProblems")
        self.problems_box.setStyleSheet(
            "QFrame#policyProblems { border: 1px solid #e0b4b0; border-radius: 6px; "
            "background: #fdf3f2; }"
        )
        self.problems_title = QLabel(objectName="problemsTitle")
        self.problems_title.setWordWrap(True)
        self.problems_title.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.problem_list = QListWidget(objectName="problemList")
        self.problem_list.setWordWrap(True)
        hide = QPushButton(self.tr("Verbergen"))
        hide.clicked.connect(self.problems_box.hide)
        box = QVBoxLayout(self.problems_box)
        box.addWidget(self.problems_title)
        box.addWidget(self.problem_list)
        box.addWidget(hide, 0, Qt.AlignmentFlag.AlignRight)
        self.problems_box.hide()

        self.view = QTextBrowser(objectName="policyView")
        self.view.setOpenLinks(False)
        self.view.anchorClicked.connect(lambda url: self.view.scrollToAnchor(url.fragment()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addLayout(top)
        layout.addWidget(self.origin)
        layout.addWidget(self.how)
        layout.addWidget(self.stored_problem)
        layout.addWidget(self.status)
        layout.addWidget(self.problems_box)
        layout.addWidget(self.view, 1)
        self.refresh()

    def export_file(self) -> None:
        """The active policy as a new TOML file, to start a school's own policy from."""
        folder = settings.last_folder("policy")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Beleid exporteren"), str(folder / "beleid-school.toml"),
            self.tr("Beleidsbestanden (*.toml)"), options=QFileDialog.Option.DontConfirmOverwrite,
        )  # fmt: skip
        if not chosen:
            return
        target = Path(chosen)
        try:
            self.ctx.call(export_policy, target)
        except CaseManagerError as error:
            self._say(message(error))
            return
        settings.remember_folder("policy", target.parent)
        self._say(self.tr("Het beleid staat in %s. Pas het aan en laad het daarna hier.") % target)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def refresh(self) -> None:
        """Show the policy the dossier works by now."""
        try:
            active = self.ctx.dossier.active_policy
        except Locked:
            return
        policy = active.policy
        if active.is_default:
            text = self.tr("Dit dossier werkt met het standaardbeleid: <b>%s</b> (versie %s).")
        else:
            text = self.tr(
                "Dit dossier werkt met het eigen beleid van de school: <b>%s</b> (versie %s)."
            )
        self.origin.setText(text % (escape(term(policy.name)), escape(policy.version)))
        invalid = self.tr(
            "Let op: het opgeslagen eigen beleid is ongeldig geworden en wordt niet gebruikt; "
            "zolang geldt het standaardbeleid. Laad een verbeterd bestand.\n%s"
        )
        set_error(self.stored_problem, invalid % active.problem if active.problem else "")
        bar = self.view.verticalScrollBar()
        position = bar.value()
        self.view.setHtml(policy_html(policy))
        bar.setValue(position)

    # --- loading a file ---------------------------------------------------------------------

    def choose_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Beleidsbestand kiezen"), "", self.tr("Beleidsbestand (*.toml)")
        )
        if chosen:
            self.check_file(Path(chosen))

    def check_file(self, path: Path) -> None:
        """Read and check ``path`` in the background; nothing is stored yet."""
        if self.task is not None:
            return
        text = self._read(path)
        if text is None:
            return
        try:
            self.ctx.dossier  # noqa: B018 - nothing to check against while locked
        except Locked:
            return
        ctx = self.ctx
        self.problems_box.hide()
        self.load_button.setEnabled(False)
        self._say(self.tr("%s wordt gecontroleerd…") % path.name)

        def sources(codes: list[str]) -> dict[str, str]:
            return ctx.read(template_sources, codes)

        self.task = run_task(
            self,
            lambda: check_policy(text, path.name, sources),
            lambda checked: self._checked(path, checked),
            on_error=self._failed,
        )

    def _read(self, path: Path) -> str | None:
        """The file's text, or None after listing why it cannot be used."""
        try:
            if path.stat().st_size > MAX_POLICY_BYTES:
                problem = self.tr(
                    "Het bestand is te groot voor een beleidsbestand (meer dan 2 MB)."
                )
            else:
                return path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            problem = self.tr(
                "Het bestand is geen tekst in UTF-8. Sla het beleid op als UTF-8 (in Kladblok: "
                "Opslaan als… → Codering: UTF-8) en kies het opnieuw."
            )
        except OSError as error:
            problem = self.tr("Het bestand kan niet worden gelezen (%s).") % error.strerror
        self._show_problems(path, [problem])
        return None

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self.load_button.setEnabled(True)
        self._say("")
        show_error(self, error)

    def _checked(self, path: Path, checked: Checked) -> None:
        self.task = None
        self.load_button.setEnabled(True)
        self._say("")
        if checked.policy is None:
            self._show_problems(path, [self._describe(p) for p in checked.problems])
            return
        self._confirm_and_store(path, checked)

    def _describe(self, problem: Problem) -> str:
        if problem.template:
            where = self.tr("Briefsjabloon %s") % problem.template
            if problem.line:
                where += self.tr(", regel %d") % problem.line
        else:
            where = self.tr("Regel %d") % problem.line if problem.line else self.tr("Bestand")
            if problem.place:
                where += f" · {problem.place}"
        return f"{where}: {core_text.text(problem.message)}"

    def _show_problems(self, path: Path, problems: list[str]) -> None:
        count = len(problems)
        if count == 1:
            title = self.tr("%s is niet geladen: er is 1 probleem.") % path.name
        else:
            title = self.tr("%s is niet geladen: er zijn %d problemen.") % (path.name, count)
        nothing = self.tr("Er is niets veranderd. Verbeter het bestand en laad het opnieuw.")
        self.problems_title.setText(f"{title} {nothing}")
        self.problem_list.clear()
        self.problem_list.addItems(problems)
        rows = sum(self.problem_list.sizeHintForRow(i) for i in range(len(problems)))
        self.problem_list.setFixedHeight(min(220, rows + 2 * self.problem_list.frameWidth() + 6))
        self.problems_box.show()

    def _confirm_and_store(self, path: Path, checked: Checked) -> None:
        assert checked.policy is not None
        new = checked.policy
        changes = PolicyChanges().lines(self.ctx.policy, new)
        listed = "\n".join(f"• {line}" for line in changes) or self.tr(
            "Het bestand is inhoudelijk gelijk aan het huidige beleid."
        )
        text = self.tr("%s is in orde: '%s' (versie %s).\n\nWat verandert:\n%s")
        text %= (path.name, term(new.name), new.version, listed)
        if checked.missing_templates:
            text += "\n\n" + self.tr(
                "Voor deze briefsoorten is nog geen sjabloon: %s. Brieven van die soort kunnen "
                "pas worden gemaakt als er een sjabloon voor is."
            ) % ", ".join(checked.missing_templates)
        text += "\n\n" + self.tr("Nieuwe zaken en voorstellen volgen dan dit beleid. Opslaan?")
        answer = QMessageBox.question(self, self.tr("Eigen beleid opslaan"), text)
        if answer != QMessageBox.StandardButton.Yes:
            self._say(self.tr("Niet opgeslagen; het beleid is niet veranderd."))
            return
        try:
            self.ctx.call(store_policy, checked.text)
            self.ctx.reload_policy()
        except Locked:
            return
        except CaseManagerError as error:
            show_error(self, error)
            return
        self.refresh()
        done = self.tr("Het dossier werkt nu met '%s' (versie %s).")
        self._say(done % (term(new.name), new.version))
