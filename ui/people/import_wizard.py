"""Personen importeren: a wizard from a Magister or Somtoday CSV export to the register.

Choose the file → couple its columns → check every row (in the background; problem rows
in red) → "Alles importeren": all or nothing, in the background with a progress bar
(``import_steps``). A file with a problem cannot be imported and nothing changes. After a
successful import the column coupling is remembered for this kind of export.

Only roles with ``Permission.IMPORT_PERSONS`` are offered the wizard; the services check
the permission themselves anyway.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizard, QWizardPage

from casemanager.people.importing import import_steps
from casemanager.people.plan import ImportReport
from casemanager.people.preview import ImportPreview, preview_import
from ui import settings
from ui.cases.form_widgets import set_error
from ui.context import AppContext, Locked
from ui.core_text import tr
from ui.people.import_pages import ColumnsPage, FilePage, ImportChoice
from ui.people.import_preview import PreviewPage, plan_summary
from ui.tasks import Task, error_text, run_task

FILE, COLUMNS, PREVIEW, DONE = range(4)


class DonePage(QWizardPage):
    """The last step: what the import did (added, changed, skipped, new teams)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Klaar"))
        self.text = QLabel(objectName="importResult", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def show_report(self, report: ImportReport) -> None:
        lines = [self.tr("De personen zijn geïmporteerd."), *plan_summary(report.plan)[1:]]
        self.text.setText("\n".join(lines))


class ImportWizard(QWizard):
    """``imported(report)`` once everything is written."""

    imported = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.ctx = ctx
        self.choice = ImportChoice()
        self.report: ImportReport | None = None
        self.task: Task | None = None
        self._checks = 0
        self.setWindowTitle(self.tr("Personen importeren"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("< Vorige")),
            (QWizard.WizardButton.NextButton, self.tr("Volgende >")),
            (QWizard.WizardButton.CancelButton, self.tr("Annuleren")),
            (QWizard.WizardButton.FinishButton, self.tr("Sluiten")),
        ):
            self.setButtonText(button, text)
        self.file_page = FilePage(self.choice)
        self.columns_page = ColumnsPage(self.choice)
        self.preview_page = PreviewPage()
        self.preview_page.setCommitPage(True)  # after the import there is no way back
        self.preview_page.setButtonText(
            QWizard.WizardButton.CommitButton, self.tr("Alles importeren")
        )
        self.done_page = DonePage()
        for page_id, page in enumerate(
            (self.file_page, self.columns_page, self.preview_page, self.done_page)
        ):
            self.setPage(page_id, page)
        self.resize(1000, 680)
        self.currentIdChanged.connect(self._entered)
        self.preview_page.completeChanged.connect(self._explain_import_button)

    # --- the check ---------------------------------------------------------------------------

    def _entered(self, page_id: int) -> None:
        if page_id == PREVIEW:
            self.check_file()
        self._explain_import_button()

    def check_file(self) -> None:
        """Make the preview in the background (nothing is written)."""
        page, choice = self.preview_page, self.choice
        page.clear()
        path, kind, mapping = choice.path, choice.kind, choice.mapping()
        ctx, chosen = self.ctx, dict(choice.chosen)
        self._checks += 1
        check = self._checks  # an answer for an earlier choice (Back, Next) is let go

        def work() -> ImportPreview:
            return ctx.read(preview_import, path, kind=kind, mapping=mapping)

        def done(preview: ImportPreview) -> None:
            if check == self._checks:
                page.show_preview(preview, chosen)

        def failed(error: BaseException) -> None:
            if check == self._checks:
                page.summary.setText(tr("Het bestand kan niet worden gecontroleerd."))
                set_error(page.problems, error_text(error))

        title = self.tr("Het bestand controleren…")
        run_task(self, work, done, on_error=failed, progress_title=title)

    def _explain_import_button(self) -> None:
        button = self.button(QWizard.WizardButton.CommitButton)
        if self.currentId() == PREVIEW:
            button.setToolTip(self.preview_page.why_not())
        else:
            button.setToolTip("")

    # --- the import --------------------------------------------------------------------------

    def validateCurrentPage(self) -> bool:
        if self.currentId() != PREVIEW:
            return super().validateCurrentPage()
        if self.report is not None:  # written: go on to the last page
            return True
        if self.task is None and self.preview_page.isComplete():
            self.start_import()
        return False

    def start_import(self) -> None:
        """All or nothing, in the background with a progress bar; the wizard moves on
        when everything is written."""
        choice = self.choice
        path, kind, mapping = choice.path, choice.kind, choice.mapping()
        assert path is not None
        set_error(self.preview_page.error, "")
        try:
            self.task = self.ctx.run(
                self,
                lambda uow: import_steps(uow, path, kind=kind, mapping=mapping),
                self._imported,
                progress_title=self.tr("Personen importeren"),
                on_error=self._failed,
            )
        except Locked:
            return
        self.task.finished.connect(self._settled)
        self.button(QWizard.WizardButton.CommitButton).setEnabled(False)

    def _settled(self) -> None:
        """Done, failed or cancelled (then nothing was written): the button is back."""
        self.task = None
        self.button(QWizard.WizardButton.CommitButton).setEnabled(self.preview_page.isComplete())

    def reject(self) -> None:
        if self.task is None:  # not while the import runs: it finishes or is cancelled first
            super().reject()

    def _imported(self, report: ImportReport) -> None:
        self.report = report
        settings.remember_column_map(self.choice.source, self.choice.remembered())
        self.done_page.show_report(report)
        self.imported.emit(report)
        self.next()

    def _failed(self, error: BaseException) -> None:
        set_error(self.preview_page.error, error_text(error))
