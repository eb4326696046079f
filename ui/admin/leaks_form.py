"""Registering a possible data leak: what happened, when it was discovered (the 72 hours
run from then), how many persons, which kinds of data, the cause and the measures taken.

Every possible leak is registered, also one that will not be reported (AVG art. 33(5));
the assessment follows on the page (``leaks_assess.py``).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casemanager.dataleaks import register_leak
from ui.cases.entry_dialogs import moment_edit
from ui.cases.form_widgets import ServiceDialog, hint_label
from ui.context import AppContext

if TYPE_CHECKING:
    from casemanager.uow import UnitOfWork

# kinds of personal data a school's leak usually concerns; "Anders" takes the rest
DATA_KINDS = (
    QT_TRANSLATE_NOOP("RegisterLeakDialog", "namen en adressen"),
    QT_TRANSLATE_NOOP("RegisterLeakDialog", "e-mailadressen en telefoonnummers"),
    QT_TRANSLATE_NOOP("RegisterLeakDialog", "geboortedata"),
    QT_TRANSLATE_NOOP("RegisterLeakDialog", "cijfers en resultaten"),
    QT_TRANSLATE_NOOP("RegisterLeakDialog", "gegevens over zorg en begeleiding"),
    QT_TRANSLATE_NOOP("RegisterLeakDialog", "gezondheidsgegevens"),
    QT_TRANSLATE_NOOP("RegisterLeakDialog", "foto's of video's"),
    QT_TRANSLATE_NOOP("RegisterLeakDialog", "burgerservicenummers (BSN)"),
    QT_TRANSLATE_NOOP("RegisterLeakDialog", "inloggegevens"),
    QT_TRANSLATE_NOOP("RegisterLeakDialog", "gegevens over strafbare feiten"),
)


def data_kinds_text(stored: str) -> str:
    """The kinds of data as the register holds them (Dutch, as ticked here), in the
    screen's language; a kind typed under "Anders" stays as it was typed."""
    return ", ".join(
        QCoreApplication.translate("RegisterLeakDialog", kind) if kind in DATA_KINDS else kind
        for kind in stored.split(", ")
    )


class RegisterLeakDialog(ServiceDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_texts(self.tr("Mogelijk datalek registreren"), self.tr("Registreren"))
        self.setObjectName("registerLeakDialog")
        self.setMinimumWidth(760)
        self.what = QLineEdit(objectName="leakTitle")
        self.what.setMaxLength(300)
        self.what.setPlaceholderText(self.tr("bijv. Laptop met cijferlijsten verloren in de trein"))
        self.description = self._text("leakDescription", 90)
        self.description.setPlaceholderText(
            self.tr("Wat is er precies gebeurd, en hoe is het ontdekt?")
        )
        now = dt.datetime.now().replace(second=0, microsecond=0)
        self.discovered = moment_edit(now, "leakDiscovered")
        self.persons = QSpinBox(objectName="leakPersons")
        self.persons.setRange(0, 1_000_000)
        self.persons.setGroupSeparatorShown(True)
        self.persons.setMaximumWidth(160)
        self.kinds = [QCheckBox(self.tr(kind)) for kind in DATA_KINDS]
        self.other_kind = QLineEdit(objectName="leakOtherKind")
        self.other_kind.setPlaceholderText(self.tr("Anders, namelijk …"))
        self.cause = self._text("leakCause", 60)
        self.cause.setPlaceholderText(
            self.tr("bijv. laptop zonder versleuteling, e-mail aan de verkeerde ouders")
        )
        self.measures = self._text("leakMeasures", 60)
        self.measures.setPlaceholderText(
            self.tr("bijv. account geblokkeerd, ontvangers gevraagd de mail te verwijderen")
        )
        kinds = QGridLayout()
        kinds.setHorizontalSpacing(16)
        for i, box in enumerate(self.kinds):
            kinds.addWidget(box, i // 2, i % 2)
        kinds.addWidget(self.other_kind, len(self.kinds) // 2, 0, 1, 2)
        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.addRow(self.tr("Wat is er gebeurd?"), self.what)
        form.addRow(self.tr("Toelichting"), self.description)
        form.addRow(self.tr("Ontdekt op"), self.discovered)
        form.addRow(self.tr("Aantal betrokken personen"), self.persons)
        form.addRow(self.tr("Soorten gegevens"), kinds)
        form.addRow(self.tr("Oorzaak"), self.cause)
        form.addRow(self.tr("Genomen maatregelen"), self.measures)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            hint_label(
                self.tr(
                    "De termijn van {hours} uur om zo nodig te melden bij de Autoriteit "
                    "Persoonsgegevens loopt vanaf het moment van ontdekken. Registreer ook een "
                    "lek waarvan u nog niet zeker bent: ook wat niet gemeld wordt, hoort in het "
                    "register."
                ).format(hours=ctx.policy.terms.dataleak_hours)
            )
        )
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.what.textChanged.connect(self.update_ok)
        self.update_ok()
        self.what.setFocus()

    @staticmethod
    def _text(name: str, height: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(objectName=name)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(height)
        return edit

    def data_kinds(self) -> str:
        """The ticked kinds and the other one, as one line ("namen en adressen, foto's"):
        the register keeps the Dutch of a ticked kind, whatever the screen's language."""
        chosen = [kind for kind, box in zip(DATA_KINDS, self.kinds, strict=True) if box.isChecked()]
        if self.other_kind.text().strip():
            chosen.append(self.other_kind.text().strip())
        return ", ".join(chosen)

    def is_valid(self) -> bool:
        return bool(self.what.text().strip())

    def work(self) -> Any:
        title, discovered = self.what.text(), self.discovered.dateTime().toPython()
        values = {
            "description": self.description.toPlainText(),
            "persons_affected": self.persons.value(),
            "data_categories": self.data_kinds(),
            "cause": self.cause.toPlainText(),
            "measures": self.measures.toPlainText(),
        }

        def register(uow: UnitOfWork) -> int:
            return register_leak(uow, title, discovered, **values)

        return register
