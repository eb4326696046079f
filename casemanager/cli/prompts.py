"""Reading passwords and keys: from the prompt, or from the environment for scripts."""

from __future__ import annotations

import getpass
import os
import sys

from casemanager.errors import InvalidInput

LOGIN_PASSWORD_ENV = "CASEMANAGER_PASSWORD"
NEW_PASSWORD_ENV = "CASEMANAGER_NEW_PASSWORD"
RECOVERY_KEY_ENV = "CASEMANAGER_RECOVERY_KEY"


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _need(what: str, env: str) -> InvalidInput:
    return InvalidInput(
        f"Geen {what} opgegeven. Start het commando in een terminal om het in te typen, "
        f"of zet het in de omgevingsvariabele {env}."
    )


def username(given: str | None) -> str:
    if given:
        return given
    if not _interactive():
        raise InvalidInput("Geef met --user aan als welke gebruiker u inlogt.")
    return input("Gebruikersnaam: ").strip()


def login_password(user: str) -> str:
    if LOGIN_PASSWORD_ENV in os.environ:
        return os.environ[LOGIN_PASSWORD_ENV]
    if not _interactive():
        raise _need("wachtwoord", LOGIN_PASSWORD_ENV)
    return getpass.getpass(f"Wachtwoord voor {user}: ")


def new_password(for_user: str, env: str = NEW_PASSWORD_ENV) -> str:
    """A new password, typed twice at the prompt."""
    if env in os.environ:
        return os.environ[env]
    if not _interactive():
        raise _need(f"nieuw wachtwoord voor {for_user}", env)
    first = getpass.getpass(f"Nieuw wachtwoord voor {for_user}: ")
    second = getpass.getpass("Typ het nogmaals: ")
    if first != second:
        raise InvalidInput("De twee wachtwoorden zijn niet gelijk. Probeer het opnieuw.")
    return first


def recovery_key() -> str:
    if RECOVERY_KEY_ENV in os.environ:
        return os.environ[RECOVERY_KEY_ENV]
    if not _interactive():
        raise _need("herstelsleutel", RECOVERY_KEY_ENV)
    return getpass.getpass("Herstelsleutel (zoals afgedrukt, met of zonder streepjes): ")
