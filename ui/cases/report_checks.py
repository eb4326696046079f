"""The report form's checks, shown next to each field: a field's message appears once the
user has typed in it or left it (or pressed Melden), and disappears as soon as it is right.
A refusal from the service is put next to the field it is about."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel

from models.accounts import Role
from ui.cases.form_widgets import set_error

if TYPE_CHECKING:
    from ui.cases.report_form import ReportForm

MIN_DESCRIPTION = 10  # as casemanager.cases.reporting requires
MAX_DESCRIPTION = 20_000
TIME = re.compile(r"^\s*(\d{1,2})[:.]?(\d{2})\s*(uur)?\s*$")


def parse_time(text: str) -> dt.time | None:
    """'14:35', '14.35', '1435' or '9.05 uur'; None when it is not a time of day."""
    match = TIME.match(text)
    if match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        return None
    return dt.time(hour, minute)


class FieldChecks(QObject):
    def __init__(self, form: ReportForm) -> None:
        super().__init__(form)
        self.form = form
        self.touched: set[str] = set()
        self._search: tuple[str, int] | None = None
        self._search_problem = ""
        form.person.editingFinished.connect(lambda: self.touch("person"))
        form.person.person_chosen.connect(lambda _id: self.touch("person"))
        form.person.searched.connect(self._searched)
        form.person.search_failed.connect(self._search_failed)
        form.person.textEdited.connect(self._person_edited)
        form.violations.changed.connect(lambda: self.touch("violations"))
        form.description.textChanged.connect(lambda: self.touch("description", refresh=False))
        form.time.editingFinished.connect(lambda: self.touch("time"))
        form.time.textChanged.connect(lambda: self.touch("time", refresh=False))
        form.description.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.form.description and event.type() == QEvent.Type.FocusOut:
            self.touch("description")
        return False

    def touch(self, field: str, *, refresh: bool = True) -> None:
        if field not in self.touched:
            self.touched.add(field)
            if refresh:
                self.form._refresh()

    def touch_all(self) -> None:
        self.touched |= {"person", "violations", "description", "time"}

    def _searched(self, text: str, count: int) -> None:
        self._search = (text, count)
        self._search_problem = ""
        self.touched.add("person")
        self.form._refresh()

    def _search_failed(self, message: str) -> None:
        self._search_problem = message
        self.touched.add("person")
        self.form._refresh()

    def _person_edited(self, _text: str) -> None:
        self._search = None
        self._search_problem = ""

    # --- the checks ----------------------------------------------------------------------

    def update(self) -> list[str]:
        """Show each touched field's problem; return what is still missing, in words."""
        f = self.form
        missing = []
        checks = (
            ("person", self._person(), f.person_error, f.person, self.tr("de persoon")),
            ("violations", self._violations(), f.violation_error, None,
             self.tr("een overtreding")),
            ("description", self._description(), f.description_error, f.description,
             self.tr("een omschrijving")),
            ("time", self._time(), f.time_error, f.time, self.tr("een juiste tijd")),
        )  # fmt: skip
        for name, problem, label, field, what in checks:
            shown = problem if name in self.touched else ""
            if label.text() != shown or bool(field and field.property("invalid")) != bool(shown):
                set_error(label, shown, field)
            if problem:
                missing.append(what)
        return missing

    def _person(self) -> str:
        picker = self.form.person
        if picker.selected_person is not None:
            return self._may_report(str(picker.selected_person.kind))
        if self._search_problem:
            return self._search_problem
        text = picker.text().strip()
        if not text:
            return self.tr(
                "Kies de persoon over wie de melding gaat: typ een deel van de naam en kies "
                "uit de lijst."
            )
        if self._search is not None and self._search[1] == 0:
            return (
                self.tr(
                    "Niemand gevonden bij '%s'. Controleer de spelling, of zoek op leerlingnummer."
                )
                % self._search[0]
            )
        return self.tr("Kies de persoon uit de lijst die onder het veld verschijnt.")

    def _may_report(self, kind: str) -> str:
        """Who works on which ladder (as casemanager.access decides); the service checks
        again, also the team."""
        actor = self.form.ctx.actor
        if actor.has(Role.DIRECTIE):
            return ""
        ladder = self.form.ctx.policy.ladder_name_for(kind)
        if ladder == "medewerker" and not actor.has(Role.HR):
            return self.tr(
                "Een melding over een medewerker maakt P&O (hr) of de directie; met uw rol "
                "kan dat hier niet."
            )
        if ladder == "leerling" and not actor.has(Role.TEAMLEIDER):
            return self.tr(
                "Een melding over een leerling, ouder of iemand van buiten maakt de teamleider "
                "of de directie; met uw rol kan dat hier niet."
            )
        return ""

    def _violations(self) -> str:
        if self.form.violations.checked_codes():
            return ""
        return self.tr("Kies minstens één overtreding uit de lijst.")

    def _description(self) -> str:
        length = len(self.form.description.toPlainText().strip())
        if length == 0:
            return self.tr("Beschrijf wat er is gebeurd (minstens %d tekens).") % MIN_DESCRIPTION
        if length < MIN_DESCRIPTION:
            return self.tr("Schrijf iets meer: minstens %d tekens (nu %d).") % (
                MIN_DESCRIPTION, length)  # fmt: skip
        if length > MAX_DESCRIPTION:
            return self.tr("De omschrijving is te lang: %d tekens, het maximum is %d.") % (
                length, MAX_DESCRIPTION)  # fmt: skip
        return ""

    def _time(self) -> str:
        text = self.form.time.text()
        if not text.strip() or parse_time(text) is not None:
            return ""
        return self.tr("Schrijf de tijd als uu:mm, bijvoorbeeld 14:35, of laat het veld leeg.")

    # --- refusals from the service ----------------------------------------------------------

    def label_for(self, message: str, field: str | None = None) -> QLabel:
        """The error label next to the field a service's message is about."""
        f = self.form
        text = (field or message).casefold()
        for words, label in (
            (("overtreding",), f.violation_error),
            (("datum",), f.date_error),
            (("omschrijving",), f.description_error),
            (("plaats",), f.place_error),
            (("platform",), f.platform_error),
            (("bestand", "bewijs"), f.evidence.error),
            (("staat al bij de zaak", "rol bij de zaak"), f.parties.error),
            (("persoon", "melding te maken over", "team"), f.person_error),
        ):
            if any(word in text for word in words):
                return label
        return f.general_error
