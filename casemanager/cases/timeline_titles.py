"""The titles and sentences the application writes on a case's timeline, each written once:
the services and the demo builder both take them from here.

Each returns a :class:`Text` whose ``str()`` is the Dutch the record keeps; the English
screens word it again from the entry's ``wording``. A rung is passed as the policy's title
(the screens look up the policy's English), a date as a date, a word of our own as a
nested Text. Names, subjects and references are passed as they were written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from casemanager.cases.wording import status_text
from casemanager.texts import Text, Value, tr
from models.cases import CaseStatus
from models.letters import SendMethod

# how a letter went out; str() is the Dutch the timeline records
SEND_METHODS: dict[SendMethod, Text] = {
    SendMethod.POST: tr("per post"),
    SendMethod.AANGETEKEND: tr("aangetekend"),
    SendMethod.EMAIL: tr("per e-mail"),
    SendMethod.HAND: tr("persoonlijk overhandigd"),
}

# who gave an anonymous statement
ANONYMOUS = tr("anoniem")


def status_change(before: CaseStatus, to: CaseStatus) -> Text:
    return tr("Status: {before} → {after}", before=status_text(before), after=status_text(to))


def report(subject: str) -> Text:
    return tr("Melding: {subject}", subject=subject)


def party_added(name: str, role: str) -> Text:
    return tr("Betrokkene toegevoegd: {name} ({role})", name=name, role=str(role))


def evidence_added(name: str) -> Text:
    return tr("Bewijs toegevoegd: {name}", name=name)


def statement(who: Value, *, correction: bool = False) -> Text:
    """``who``: the person's name, or :data:`ANONYMOUS`."""
    if correction:
        return tr("Correctie op verklaring van {person}", person=who)
    return tr("Verklaring van {person}", person=who)


def hearing_planned(when: dt.datetime) -> Text:
    # the time as the record has always written it here: 14:35
    return tr("Hoorgesprek gepland op {day} om {time}", day=when.date(), time=f"{when:%H:%M}")


def hearing_held(day: dt.date) -> Text:
    return tr("Hoorgesprek gehouden op {day}", day=day)


def intent(rung_title: str) -> Text:
    return tr("Voornemen: {rung}", rung=rung_title)


def intent_lines(due: dt.date, reasons: Iterable[Text]) -> tuple[Text, ...]:
    """The voornemen's text: until when the zienswijze can be given, then the reasons."""
    return (tr("Zienswijze mogelijk tot en met {until}.", until=due), *reasons)


def decision(rung_title: str, starts_on: dt.date | None, ends_on: dt.date | None) -> Text:
    if starts_on and ends_on:
        return tr(
            "Besluit: {rung} van {first} tot en met {last}",
            rung=rung_title,
            first=starts_on,
            last=ends_on,
        )
    return tr("Besluit: {rung}", rung=rung_title)


def decision_lines(reasons: Iterable[Text], motivation: str) -> tuple[Text, ...]:
    """The decision's text: the proposal's reasons, then the motivation if there is one."""
    motivated = (tr("Motivering: {text}", text=motivation.strip()),) if motivation.strip() else ()
    return (*reasons, *motivated)


def made_known(on: dt.date) -> Text:
    return tr("Bekendgemaakt op {day}", day=on)


def objection_term_until(end: dt.date) -> Text:
    return tr("Bezwaartermijn loopt tot en met {end}", end=end)


def notification_done(label: Value, on: dt.date, reference: str = "") -> Text:
    """``label``: to whom (``procedure.notification_label``); ``reference`` their kenmerk."""
    if reference:
        return tr(
            "Melding gedaan: {label} op {day} (kenmerk {reference})",
            label=label,
            day=on,
            reference=reference,
        )
    return tr("Melding gedaan: {label} op {day}", label=label, day=on)


def objection_received(late_after: dt.date | None = None) -> Text:
    """``late_after``: the last day of the term, when the objection came after it."""
    if late_after is not None:
        return tr("Bezwaar ontvangen (na afloop van de termijn op {end})", end=late_after)
    return tr("Bezwaar ontvangen")


def objection_received_on(day: dt.date, late_after: dt.date | None = None) -> Text:
    """The note with the move to 'in bezwaar'."""
    if late_after is not None:
        return tr(
            "Bezwaar ontvangen op {day} (na afloop van de termijn op {end})",
            day=day,
            end=late_after,
        )
    return tr("Bezwaar ontvangen op {day}", day=day)


def objection_decided(outcome: str) -> Text:
    return tr("Beslissing op bezwaar: {outcome}", outcome=str(outcome))


def letter_made(title: str) -> Text:
    """``title``: the policy's name of the letter type."""
    return tr("Brief gemaakt: {title}", title=title)


def letter_made_text(addressee: str, version: int) -> Text:
    return tr("Aan {addressee}; versie {version}.", addressee=addressee, version=version)


def letter_released() -> Text:
    return tr("Brief vrijgegeven voor de administratie")


def letter_released_text(subject: str, addressee: str, version: int) -> Text:
    return tr(
        "{subject}, aan {addressee} (versie {version}).",
        subject=subject,
        addressee=addressee,
        version=version,
    )


def letter_sent() -> Text:
    return tr("Brief verzonden")


def letter_sent_text(
    subject: str, addressee: str, method: SendMethod, on: dt.date, barcode: str = ""
) -> Text:
    how: Value = SEND_METHODS.get(method, str(method))
    if barcode:
        how = tr("{method}, barcode {barcode}", method=how, barcode=barcode)
    return tr(
        "{subject}, aan {addressee}: {how} op {day}.",
        subject=subject,
        addressee=addressee,
        how=how,
        day=on,
    )
