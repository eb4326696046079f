"""What an account's username, password and roles must be; the checks the account services,
the first-start wizard and the demo share."""

from __future__ import annotations

import re
from collections.abc import Iterable

from casemanager.errors import InvalidInput
from casemanager.keyslots import normalise_username
from casemanager.texts import tr
from models.accounts import Role

MIN_PASSWORD_LENGTH = 10
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")


def validate_username(username: str) -> str:
    normalised = normalise_username(username)
    if not _USERNAME.match(normalised):
        raise InvalidInput(
            tr(
                "De gebruikersnaam '{username}' kan niet: gebruik 2 tot 64 kleine letters, "
                "cijfers, punten, streepjes of lage streepjes, beginnend met een letter of "
                "cijfer.",
                username=username,
            )
        )
    return normalised


def validate_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(
            tr(
                "Het wachtwoord is te kort: gebruik minstens {minimum} tekens. "
                "Een zin van een paar woorden is sterk en goed te onthouden.",
                minimum=MIN_PASSWORD_LENGTH,
            )
        )
    if len(password) > 1024:
        raise InvalidInput(tr("Het wachtwoord is te lang: gebruik hoogstens 1024 tekens."))


def parse_roles(names: Iterable[str]) -> list[Role]:
    roles: list[Role] = []
    for name in names:
        try:
            roles.append(Role(name.strip().lower()))
        except ValueError:
            known = ", ".join(r.value for r in Role)
            raise InvalidInput(
                tr("Onbekende rol '{name}'. Kies uit: {known}.", name=name, known=known)
            ) from None
    if not roles:
        raise InvalidInput(tr("Geef het account minstens één rol."))
    return list(dict.fromkeys(roles))
