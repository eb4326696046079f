"""Errors a user can meet, each with a Dutch message that says what happened and what to do.

Every exception here carries a complete sentence for the person at the keyboard; the CLI
and the desktop application show ``str(error)`` as it is. Programming errors are not
listed here: they stay ordinary Python exceptions.
"""

from __future__ import annotations


class CaseManagerError(Exception):
    """Base class: an error whose message is meant for the user."""

    exit_code = 1


# --- opening a dossier -------------------------------------------------------------------


class DossierOpenError(CaseManagerError):
    """The dossier could not be opened; nothing on disk was changed."""

    exit_code = 3


class DossierNotFound(DossierOpenError):
    def __init__(self, path: object) -> None:
        super().__init__(
            f"Het dossier {path} bestaat niet. Controleer de map en de bestandsnaam, "
            "of maak een nieuw dossier met 'casemanager init'."
        )


class NotADossier(DossierOpenError):
    def __init__(self, path: object, reason: str = "") -> None:
        extra = f" ({reason})" if reason else ""
        super().__init__(
            f"Het bestand {path} is geen casemanager-dossier{extra}. "
            "Kies het .casedb-bestand van uw dossier."
        )


class KeySlotFileMissing(DossierOpenError):
    def __init__(self, path: object) -> None:
        super().__init__(
            f"Het sleutelbestand {path} ontbreekt. Zonder dit bestand kan het dossier niet "
            "worden geopend. Zet het sleutelbestand terug uit een back-up (het bestand met "
            "dezelfde naam en de extensie .casekeys) of neem contact op met de beheerder."
        )


class KeySlotFileDamaged(DossierOpenError):
    def __init__(self, path: object, detail: str) -> None:
        super().__init__(
            f"Het sleutelbestand {path} is beschadigd ({detail}). Zet de vorige versie terug "
            f"({path}.bak staat ernaast) of gebruik een back-up; neem bij twijfel contact op "
            "met de beheerder."
        )


class KeySlotMismatch(DossierOpenError):
    def __init__(self, path: object) -> None:
        super().__init__(
            f"Het sleutelbestand {path} hoort niet bij dit dossier. Zet het juiste "
            "sleutelbestand naast het dossier (zelfde naam, extensie .casekeys)."
        )


class UnknownUser(DossierOpenError):
    def __init__(self, username: str) -> None:
        super().__init__(
            f"Er is geen account '{username}' in dit dossier. Controleer de gebruikersnaam "
            "of vraag de beheerder om een account."
        )


class WrongPassword(DossierOpenError):
    def __init__(self, username: str) -> None:
        super().__init__(
            f"Het wachtwoord voor '{username}' is onjuist. Probeer het opnieuw; let op "
            "hoofdletters. Bent u het vergeten, vraag de beheerder dan om een nieuw wachtwoord."
        )


class WrongRecoveryKey(DossierOpenError):
    def __init__(self) -> None:
        super().__init__(
            "De herstelsleutel is onjuist. Typ hem precies over van het afgedrukte "
            "herstelblad (streepjes en spaties mogen weg)."
        )


class AccountDisabled(DossierOpenError):
    def __init__(self, username: str) -> None:
        super().__init__(
            f"Het account '{username}' is uitgeschakeld. Vraag de beheerder om het weer "
            "in te schakelen."
        )


class DossierDamaged(DossierOpenError):
    exit_code = 4

    def __init__(self, path: object, detail: str) -> None:
        super().__init__(
            f"Het dossier {path} is beschadigd of onvolledig ({detail}). Er is niets "
            "gewijzigd. Zet de laatste back-up terug met 'casemanager restore' en neem "
            "contact op met de beheerder."
        )


class DossierTooNew(DossierOpenError):
    def __init__(self, path: object, revision: str) -> None:
        super().__init__(
            f"Het dossier {path} is gemaakt met een nieuwere versie van casemanager "
            f"(schemaversie {revision}). Installeer de nieuwste versie van casemanager "
            "om het te openen."
        )


class DossierExists(CaseManagerError):
    def __init__(self, path: object) -> None:
        super().__init__(
            f"Er staat al een bestand op {path}; het wordt niet overschreven. Kies een "
            "andere naam of verwijder het oude bestand eerst zelf."
        )


# --- using a dossier ---------------------------------------------------------------------


class PermissionDenied(CaseManagerError):
    exit_code = 5

    def __init__(self, what: str) -> None:
        super().__init__(
            f"U hebt geen toestemming om {what}. Vraag iemand met de juiste rol, of de "
            "beheerder, om u die rol te geven."
        )


class InvalidInput(CaseManagerError):
    """A value the user typed is not acceptable; the message names the field."""

    exit_code = 2


class FieldTooLong(InvalidInput):
    def __init__(self, field: str, maximum: int, actual: int) -> None:
        super().__init__(
            f"Het veld '{field}' is te lang: {actual} tekens, het maximum is {maximum}. "
            "Kort de tekst in en probeer het opnieuw."
        )
        self.field = field
        self.maximum = maximum


class NotFound(CaseManagerError):
    exit_code = 2


class ConcurrentUse(CaseManagerError):
    def __init__(self) -> None:
        super().__init__(
            "Het dossier is bezet door een andere gebruiker of een ander programma. "
            "Wacht even en probeer het opnieuw."
        )
