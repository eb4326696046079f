"""The letters of a decision (or a whole case) side by side with their PDF.

On the left the letters (type, addressee, version, state); on the right the selected
letter as the addressee will see it. From here a letter is released to the
administration, saved as PDF or Word, or printed (``ui.letters.output``: in the thread
pool, so a long letter never freezes the window).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casemanager.errors import CaseManagerError
from casemanager.letters import LetterInfo, letter_file, release
from casemanager.permissions import GRANTS, Permission
from ui.context import AppContext
from ui.core_text import term
from ui.dates import short_date, short_moment
from ui.letters.output import ask_target, choose_printer, start_printing, suggested_name, write_file
from ui.letters.pdf_preview import PdfPreview
from ui.queue.queue_model import method_text
from ui.tasks import Task, show_error

__all__ = ["LettersDialog", "suggested_name"]

AANGIFTE = "aangifte_samenvatting"


class LettersDialog(QDialog):
    printed = Signal(int)  # pages sent to the printer

    def __init__(
        self, ctx: AppContext, letters: list[LetterInfo], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._letters = list(letters)
        self._pdfs: dict[int, bytes] = {}  # read once per dialog (each read is audited)
        self._print_task: Task | None = None
        numbers = sorted({letter.case_number for letter in letters if letter.case_number})
        self.setWindowTitle(self.tr("Brieven – zaak %s") % ", ".join(numbers))
        self.setObjectName("lettersDialog")
        self.resize(1100, 760)

        self.letter_list = QListWidget(objectName="letterList")
        self.letter_list.setWordWrap(True)
        self.letter_list.setAlternatingRowColors(True)
        self.letter_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.letter_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.letter_list.setStyleSheet(
            "QListWidget#letterList::item { padding: 6px 4px; border-bottom: 1px solid #e3e8ee; }"
            "QListWidget#letterList::item:selected { background: #cfe0f3; color: #1d2733; }"
        )
        self.letter_list.setMinimumWidth(280)
        self.pdf_view = PdfPreview(self, name="letterPreview")
        self.document = self.pdf_view.pdf
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.letter_list)
        splitter.addWidget(self.pdf_view)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 780])

        self.release_button = QPushButton(self.tr("Vrijgeven voor de administratie"))
        self.release_button.setObjectName("releaseButton")
        self.release_button.setProperty("primary", True)
        self.save_pdf_button = QPushButton(self.tr("Opslaan als PDF…"))
        self.save_word_button = QPushButton(self.tr("Opslaan als Word…"))
        self.print_button = QPushButton(self.tr("Afdrukken…"))
        close_button = QPushButton(self.tr("Sluiten"))
        close_button.clicked.connect(self.accept)
        self.status = QLabel(objectName="lettersStatus")
        self.status.setProperty("role", "hint")
        self.status.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.release_button)
        buttons.addStretch(1)
        for button in (self.save_pdf_button, self.save_word_button, self.print_button):
            buttons.addWidget(button)
        buttons.addSpacing(16)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self.letter_list.currentRowChanged.connect(self._show_current)
        self.release_button.clicked.connect(self._release)
        self.save_pdf_button.clicked.connect(lambda: self._save(word=False))
        self.save_word_button.clicked.connect(lambda: self._save(word=True))
        self.print_button.clicked.connect(self._print)
        self._fill()
        if self._letters:
            self.letter_list.setCurrentRow(0)
        else:
            self.status.setText(self.tr("Bij dit besluit horen geen brieven."))
            self._update_buttons()

    def done(self, result: int) -> None:
        """Closing waits for a print run (its pages are painted from this dialog's data)."""
        if self._print_task is not None:
            self.status.setText(self.tr("Even geduld: de brief wordt nog afgedrukt."))
            return
        super().done(result)

    # --- the list -------------------------------------------------------------------------

    def letters(self) -> list[LetterInfo]:
        return list(self._letters)

    def current(self) -> LetterInfo | None:
        row = self.letter_list.currentRow()
        return self._letters[row] if 0 <= row < len(self._letters) else None

    def _fill(self) -> None:
        self.letter_list.clear()
        for letter in self._letters:
            item = QListWidgetItem(self._item_text(letter))
            item.setToolTip(letter.subject)
            self.letter_list.addItem(item)

    def _item_text(self, letter: LetterInfo) -> str:
        state = self._state(letter) + (self.tr(", aangetekend") if letter.registered else "")
        return "\n".join(
            (
                term(letter.type_title),
                self.tr("aan %s") % letter.addressee,
                self.tr("versie %d · %s") % (letter.version, state),
            )
        )

    def _state(self, letter: LetterInfo) -> str:
        """Where the letter is: a concept, released, or sent (and how)."""
        if letter.sent_at is not None:
            return self.tr("verzonden (%s)") % method_text(letter.send_method)
        if letter.released_at is not None:
            return self.tr("vrijgegeven voor de administratie")
        return self.tr("concept")

    def _show_current(self) -> None:
        letter = self.current()
        self._update_buttons()
        if letter is None:
            return
        data = self._pdf(letter)
        if data is None:
            return
        pages = self.pdf_view.show_pdf(data)
        made = short_date(letter.generated_at.astimezone().date())
        self.status.setText(
            self.tr("%s · %s · gemaakt op %s door %s")
            % (letter.subject, self._pages(pages), made, letter.generated_by)
        )

    def _pdf(self, letter: LetterInfo) -> bytes | None:
        if letter.id not in self._pdfs:
            try:
                self._pdfs[letter.id] = self.ctx.call(letter_file, letter.id)
            except CaseManagerError as error:
                show_error(self, error)
                return None
        return self._pdfs[letter.id]

    def _update_buttons(self) -> None:
        letter = self.current()
        for button in (self.save_pdf_button, self.save_word_button, self.print_button):
            button.setEnabled(letter is not None)
        why = self._why_not_release(letter)
        self.release_button.setEnabled(not why)
        self.release_button.setToolTip(
            why or self.tr("De administratie drukt de brief af en verstuurt hem.")
        )

    def _why_not_release(self, letter: LetterInfo | None) -> str:
        if letter is None:
            return self.tr("Kies eerst een brief.")
        if not self.ctx.actor.roles & GRANTS[Permission.WORK_CASES]:
            return self.tr("Alleen wie aan de zaak werkt, kan een brief vrijgeven.")
        if letter.letter_type == AANGIFTE:
            return self.tr(
                "De samenvatting voor de aangifte gaat niet per post; sla haar op als PDF."
            )
        if letter.released_at is not None:
            return self.tr("Deze brief is al vrijgegeven voor de administratie (op %s).") % (
                short_moment(letter.released_at.astimezone())
            )
        newer = any(
            other.case_id == letter.case_id
            and other.letter_type == letter.letter_type
            and other.addressee == letter.addressee
            and other.version > letter.version
            for other in self._letters
        )
        if newer:
            return self.tr("Er is een nieuwere versie van deze brief; geef die vrij.")
        return ""

    def _pages(self, count: int) -> str:
        return self.tr("1 pagina") if count == 1 else self.tr("%d pagina's") % count

    # --- actions --------------------------------------------------------------------------

    def _release(self) -> None:
        letter = self.current()
        if letter is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Brief vrijgeven"),
            self.tr(
                "De administratie ziet de brief aan %s dan in de afdrukwachtrij, drukt hem af "
                "en verstuurt hem. Vrijgeven kan niet ongedaan worden gemaakt.\n\nDoorgaan?"
            )
            % letter.addressee,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            updated = self.ctx.call(release, letter.id)
        except CaseManagerError as error:
            show_error(self, error)
            return
        row = self.letter_list.currentRow()
        self._letters[row] = updated
        self.letter_list.item(row).setText(self._item_text(updated))
        self._update_buttons()
        self.ctx.letters_changed.emit()
        waiting = [i for i, other in enumerate(self._letters) if not self._why_not_release(other)]
        if not waiting:
            self.status.setText(self.tr("De brief staat klaar bij de administratie."))
            return
        self.letter_list.setCurrentRow(waiting[0])  # two parents apart: two letters
        more = (
            self.tr("Nog één brief vrij te geven")
            if len(waiting) == 1
            else self.tr("Nog %d brieven vrij te geven") % len(waiting)
        )
        self.status.setText(
            self.tr("De brief staat klaar bij de administratie. %s; de volgende is gekozen.") % more
        )

    def _save(self, *, word: bool) -> None:
        letter = self.current()
        target = ask_target(self, letter, word=word) if letter is not None else None
        if letter is None or target is None:
            return
        try:
            data = self.ctx.call(letter_file, letter.id, word=True) if word else self._pdf(letter)
        except CaseManagerError as error:
            show_error(self, error)
            return
        if data is not None and write_file(self, target, data):
            self.status.setText(self.tr("Opgeslagen als %s.") % target)

    def _print(self) -> None:
        letter = self.current()
        if letter is None or self._print_task is not None:
            return
        data = self._pdf(letter)
        printer = choose_printer(self, letter.subject) if data is not None else None
        if data is None or printer is None:
            return
        self.print_button.setEnabled(False)
        self.status.setText(self.tr("Bezig met afdrukken…"))

        def finished() -> None:  # also after Annuleren
            self._print_task = None
            self.print_button.setEnabled(True)
            self.status.setText("")

        def done(pages: int) -> None:
            self.status.setText(self.tr("%s naar de printer gestuurd.") % self._pages(pages))
            self.printed.emit(pages)

        self._print_task = start_printing(self, data, printer, done)
        self._print_task.finished.connect(finished)
