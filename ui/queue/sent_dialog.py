"""Als verzonden markeren: the day and the way one letter, or a selection, went out.

The day is today unless changed, never in the future. A registered letter (aangetekend)
needs the barcode of its receipt: one field for one letter, a field per letter in a table
for several (``barcodes``). What can be checked here is shown next to its field before
anything is sent; the rest the service refuses (a registered letter by ordinary post),
and its message shows in the dialog. All letters are recorded in one unit of work: all
of them, or none.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QLabel, QVBoxLayout, QWidget

from casemanager.errors import CaseManagerError
from casemanager.letters import LetterInfo
from casemanager.letters.queue import TRACKING, mark_sent
from casemanager.letters.queue_listing import QueuedLetter
from casemanager.letters.views import SEND_METHOD_LABELS
from casemanager.uow import UnitOfWork
from ui import core_text, dates
from ui.cases.form_widgets import ServiceDialog, error_label, set_error
from ui.context import AppContext
from ui.dates import long_date
from ui.queue.barcodes import BarcodeEntry
from ui.queue.queue_model import local_day

METHODS = tuple(SEND_METHOD_LABELS)  # the service's SendMethod members (a StrEnum)
REGISTERED = next(m for m in METHODS if m == "aangetekend")


class LetterRefused(CaseManagerError):
    """The service refused one letter of several; says which, and that none was recorded."""


def barcode(text: str) -> str:
    """A barcode as the service stores it: no spaces or dashes, upper case."""
    return re.sub(r"[\s-]", "", text).upper()


def hint(text: str, name: str = "") -> QLabel:
    """A grey, wrapping explanation; a plain QLabel, whose height a box layout fits to
    its width (form_widgets.WrapLabel keeps the height of a narrower first layout here)."""
    label = QLabel(text, objectName=name)
    label.setWordWrap(True)
    label.setProperty("role", "hint")
    return label


def stacked(*widgets: QWidget, width: int = 0) -> QWidget:
    """A field (``width`` wide, when given) with its hint and error under it, as one
    row of a form."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(3)
    field, *below = widgets
    if width:
        field.setFixedWidth(width)
        column.addWidget(field, 0, Qt.AlignmentFlag.AlignLeft)
    else:
        column.addWidget(field)
    for widget in below:
        column.addWidget(widget)
    return box


class MarkSentDialog(ServiceDialog):
    def __init__(
        self, ctx: AppContext, letters: Sequence[QueuedLetter], parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("markSentDialog")
        self.letters = list(letters)
        self.recorded: list[LetterInfo] = []
        many = len(self.letters) > 1
        title = (
            self.tr("{n} brieven als verzonden markeren").format(n=len(self.letters))
            if many
            else self.tr("Brief als verzonden markeren")
        )
        self.set_texts(title, self.tr("Vastleggen"))
        today = QDate.currentDate()
        self.day = QDateEdit(today, objectName="sentOn", calendarPopup=True)
        self.day.setDisplayFormat(dates.edit_format())
        self.day.setMaximumDate(today)  # never in the future
        self.day_error = error_label("dayError")
        self.method = QComboBox(objectName="sendMethod")
        labels = {
            "post": self.tr("Per post"),
            "aangetekend": self.tr("Aangetekend"),
            "email": self.tr("Per e-mail"),
            "hand": self.tr("Afgegeven (persoonlijk overhandigd)"),
        }
        for method in METHODS:
            self.method.addItem(labels.get(str(method), SEND_METHOD_LABELS[method]))
        registered = sum(letter.registered for letter in self.letters)
        self.method.setCurrentIndex(METHODS.index(REGISTERED) if registered else 0)
        self.method_hint = hint(self._registered_hint(registered), "methodHint")
        self.method_hint.setVisible(bool(registered))
        self.codes = BarcodeEntry(self.letters)
        self.code_hint = hint(
            self.tr("Typ of scan bij elke brief de barcode van het verzendbewijs van PostNL.")
            if many
            else self.tr("De barcode staat op het verzendbewijs van PostNL."),
            "barcodeHint",
        )
        self.code_error = error_label("barcodeError")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if not many:
            form.addRow(self.tr("Brief"), hint(self._describe(self.letters[0])))
        form.addRow(self.tr("Verzonden op"), stacked(self.day, self.day_error, width=150))
        form.addRow(self.tr("Hoe verstuurd"), stacked(self.method, self.method_hint, width=300))
        self.code_box = stacked(
            self.codes, self.code_hint, self.code_error, width=0 if many else 300
        )
        if not many:
            form.addRow(self.tr("Barcode"), self.code_box)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(form)
        if many:
            layout.addWidget(self.code_box, 1)
        else:
            layout.addStretch(1)  # extra height below the fields, not between them
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.code_label = form.labelForField(self.code_box)

        self.method.currentIndexChanged.connect(self._show_barcode)
        # once a message shows, it goes away as soon as the field is right
        self.day.dateChanged.connect(lambda: self._recheck(self.day_error, self._check_day))
        self.codes.edited.connect(lambda: self._recheck(self.code_error, self._check_barcodes))
        self.codes.finished.connect(lambda: self.ok.setFocus(Qt.FocusReason.TabFocusReason))
        self._show_barcode()
        self.setMinimumWidth(700 if many else 560)
        if registered:
            self.codes.focus_first()

    # --- building ---------------------------------------------------------------------------

    def _describe(self, letter: QueuedLetter) -> str:
        return self.tr("{title} aan {to}, zaak {number}").format(
            title=core_text.term(letter.type_title), to=letter.addressee, number=letter.case_number
        )

    def _registered_hint(self, registered: int) -> str:
        if len(self.letters) == 1:
            return self.tr("Deze brief moet aangetekend worden verstuurd.")
        if registered == len(self.letters):
            return self.tr("Deze brieven moeten aangetekend worden verstuurd.")
        if registered == 1:
            return self.tr("1 van deze {total} brieven moet aangetekend worden verstuurd.").format(
                total=len(self.letters)
            )
        return self.tr("{n} van deze {total} brieven moeten aangetekend worden verstuurd.").format(
            n=registered, total=len(self.letters)
        )

    def _show_barcode(self) -> None:
        needed = self._method() == REGISTERED
        self.codes.set_needed(needed)
        self.code_hint.setVisible(needed)
        if self.code_label is not None:  # one letter: the whole row
            self.code_box.setVisible(needed)
            self.code_label.setVisible(needed)
        if not needed:
            set_error(self.code_error, "")

    # --- what was typed ---------------------------------------------------------------------

    def _method(self) -> str:
        """The way chosen: a member of the service's SendMethod (a StrEnum)."""
        return METHODS[self.method.currentIndex()]

    def sent_on(self) -> dt.date:
        return self.day.date().toPython()  # type: ignore[no-any-return]

    def barcodes(self) -> list[str]:
        """Per letter, in order: the barcode typed (empty when not aangetekend)."""
        if self._method() != REGISTERED:
            return ["" for _ in self.letters]
        return self.codes.texts()

    @staticmethod
    def _recheck(label: QWidget, check: Callable[[], bool]) -> None:
        if label.property("text"):
            check()

    def is_valid(self) -> bool:
        return self._check_day() & self._check_barcodes()

    def _check_day(self) -> bool:
        latest = max(local_day(letter.released_at) for letter in self.letters)
        early = self.sent_on() < latest
        message = self.tr("De verzenddatum ligt vóór de vrijgave op {day}.").format(
            day=long_date(latest)
        )
        set_error(self.day_error, message if early else "", self.day)
        return not early

    def _check_barcodes(self) -> bool:
        if self._method() != REGISTERED:
            return True
        codes = [barcode(text) for text in self.codes.texts()]
        wrong = {i for i, code in enumerate(codes) if not TRACKING.fullmatch(code)}
        twice = {i for i, code in enumerate(codes) if code and codes.count(code) > 1}
        if not wrong and not twice:
            message = ""
        elif len(codes) == 1:
            message = self.tr(
                "Vul de barcode van het verzendbewijs in: 9 tot 40 letters en cijfers, "
                "bijvoorbeeld 3SABCD1234567."
            )
        elif wrong:
            message = self.tr(
                "Vul bij elke brief de barcode in (9 tot 40 letters en cijfers); bij {n} van "
                "de {total} ontbreekt hij of klopt hij niet."
            ).format(n=len(wrong), total=len(codes))
        else:
            message = self.tr("Elke brief heeft een eigen barcode; er staan er twee gelijk.")
        set_error(self.code_error, message)
        self.codes.mark(wrong | twice)
        return not message

    # --- saving -------------------------------------------------------------------------------

    def work(self) -> Callable[[UnitOfWork], list[LetterInfo]]:
        on, method, codes = self.sent_on(), self._method(), self.barcodes()
        letters = list(self.letters)
        refused = self.tr("Brief aan {to} (zaak {number}): {message} Er is niets vastgelegd.")

        def record(uow: UnitOfWork) -> list[LetterInfo]:
            done = []
            for letter, code in zip(letters, codes, strict=True):
                try:
                    done.append(mark_sent(uow, letter.id, on, method, code))  # type: ignore[arg-type]
                except CaseManagerError as error:
                    if len(letters) == 1:
                        raise
                    message = refused.format(
                        to=letter.addressee,
                        number=letter.case_number,
                        message=core_text.message(error),
                    )
                    raise LetterRefused(message) from error
            return done

        return record

    def _done(self, result: object) -> None:
        self.recorded = list(result) if isinstance(result, list) else []
        super()._done(result)
