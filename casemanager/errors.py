"""Errors a user can meet, each with a Dutch message that says what happened and what to do.

Every exception here carries a complete sentence for the person at the keyboard, written
with ``casemanager.texts.tr``: the CLI shows ``str(error)`` (the Dutch), the desktop
application ``error.text`` in its own language (``ui.core_text.message``). Programming
errors are not listed here: they stay ordinary Python exceptions.
"""

from __future__ import annotations

from casemanager.texts import Text, tr


class CaseManagerError(Exception):
    """Base class: an error whose message is meant for the user.

    The message may be a ``Text`` (``casemanager.texts.tr``): ``str(error)`` is then its
    Dutch, and the desktop application shows ``error.text`` in its own language.
    """

    exit_code = 1

    def __init__(self, message: str | Text = "") -> None:
        super().__init__(str(message))
        self.text: str | Text = message


# --- opening a dossier -------------------------------------------------------------------


class DossierOpenError(CaseManagerError):
    """The dossier could not be opened; nothing on disk was changed."""

    exit_code = 3


class DossierNotFound(DossierOpenError):
    def __init__(self, path: object) -> None:
        super().__init__(
            tr(
                "Het dossier {path} bestaat niet. Controleer de map en de bestandsnaam, "
                "of maak een nieuw dossier met 'casemanager init'.",
                path=str(path),
            )
        )


class NotADossier(DossierOpenError):
    def __init__(self, path: object, reason: str | Text = "") -> None:
        if reason:
            message = tr(
                "Het bestand {path} is geen casemanager-dossier ({reason}). "
                "Kies het .casedb-bestand van uw dossier.",
                path=str(path),
                reason=reason,
            )
        else:
            message = tr(
                "Het bestand {path} is geen casemanager-dossier. "
                "Kies het .casedb-bestand van uw dossier.",
                path=str(path),
            )
        super().__init__(message)


class KeySlotFileMissing(DossierOpenError):
    def __init__(self, path: object) -> None:
        super().__init__(
            tr(
                "Het sleutelbestand {path} ontbreekt. Zonder dit bestand kan het dossier niet "
                "worden geopend. Zet het sleutelbestand terug uit een back-up (het bestand met "
                "dezelfde naam en de extensie .casekeys) of neem contact op met de beheerder.",
                path=str(path),
            )
        )


class KeySlotFileDamaged(DossierOpenError):
    def __init__(self, path: object, detail: str | Text) -> None:
        super().__init__(
            tr(
                "Het sleutelbestand {path} is beschadigd ({detail}). Zet de vorige versie terug "
                "({path}.bak staat ernaast) of gebruik een back-up; neem bij twijfel contact op "
                "met de beheerder.",
                path=str(path),
                detail=detail,
            )
        )


class KeySlotMismatch(DossierOpenError):
    def __init__(self, path: object) -> None:
        super().__init__(
            tr(
                "Het sleutelbestand {path} hoort niet bij dit dossier. Zet het juiste "
                "sleutelbestand naast het dossier (zelfde naam, extensie .casekeys).",
                path=str(path),
            )
        )


class UnknownUser(DossierOpenError):
    def __init__(self, username: str) -> None:
        super().__init__(
            tr(
                "Er is geen account '{username}' in dit dossier. Controleer de gebruikersnaam "
                "of vraag de beheerder om een account.",
                username=username,
            )
        )


class WrongPassword(DossierOpenError):
    def __init__(self, username: str) -> None:
        super().__init__(
            tr(
                "Het wachtwoord voor '{username}' is onjuist. Probeer het opnieuw; let op "
                "hoofdletters. Bent u het vergeten, vraag de beheerder dan om een nieuw "
                "wachtwoord.",
                username=username,
            )
        )


class WrongRecoveryKey(DossierOpenError):
    def __init__(self) -> None:
        super().__init__(
            tr(
                "De herstelsleutel is onjuist. Typ hem precies over van het afgedrukte "
                "herstelblad (streepjes en spaties mogen weg)."
            )
        )


class AccountDisabled(DossierOpenError):
    def __init__(self, username: str) -> None:
        super().__init__(
            tr(
                "Het account '{username}' is uitgeschakeld. Vraag de beheerder om het weer "
                "in te schakelen.",
                username=username,
            )
        )


class DossierDamaged(DossierOpenError):
    exit_code = 4

    def __init__(self, path: object, detail: str | Text) -> None:
        super().__init__(
            tr(
                "Het dossier {path} is beschadigd of onvolledig ({detail}). Er is niets "
                "gewijzigd. Zet de laatste back-up terug met 'casemanager restore' en neem "
                "contact op met de beheerder.",
                path=str(path),
                detail=detail,
            )
        )


class DossierTooNew(DossierOpenError):
    def __init__(self, path: object, revision: str) -> None:
        super().__init__(
            tr(
                "Het dossier {path} is gemaakt met een nieuwere versie van casemanager "
                "(schemaversie {revision}). Installeer de nieuwste versie van casemanager "
                "om het te openen.",
                path=str(path),
                revision=revision,
            )
        )


class DossierExists(CaseManagerError):
    def __init__(self, path: object) -> None:
        super().__init__(
            tr(
                "Er staat al een bestand op {path}; het wordt niet overschreven. Kies een "
                "andere naam of verwijder het oude bestand eerst zelf.",
                path=str(path),
            )
        )


# --- using a dossier ---------------------------------------------------------------------


class PermissionDenied(CaseManagerError):
    """``what`` completes "U hebt geen toestemming om …": an infinitive phrase such as
    ``tr("de zaak te bekijken")``, so that the English can say "… not allowed to view
    this case"."""

    exit_code = 5

    def __init__(self, what: str | Text) -> None:
        super().__init__(
            tr(
                "U hebt geen toestemming om {what}. Vraag iemand met de juiste rol, of de "
                "beheerder, om u die rol te geven.",
                what=what,
            )
        )


class InvalidInput(CaseManagerError):
    """A value the user typed is not acceptable; the message names the field."""

    exit_code = 2


class FieldTooLong(InvalidInput):
    def __init__(self, field: str, maximum: int, actual: int) -> None:
        super().__init__(
            tr(
                "Het veld '{field}' is te lang: {actual} tekens, het maximum is {maximum}. "
                "Kort de tekst in en probeer het opnieuw.",
                field=field,
                actual=actual,
                maximum=maximum,
            )
        )
        self.field = field
        self.maximum = maximum


class NotFound(CaseManagerError):
    exit_code = 2


class ConcurrentUse(CaseManagerError):
    def __init__(self) -> None:
        super().__init__(
            tr(
                "Het dossier is bezet door een andere gebruiker of een ander programma. "
                "Wacht even en probeer het opnieuw."
            )
        )
