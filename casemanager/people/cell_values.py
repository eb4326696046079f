"""What a cell of a Magister or Somtoday export means where the file may write it in several
ways: the kind of person ("lln", "ouder/verzorger", "docent") and a date (07-03-2011,
7/3/2011, 2011-03-07, with or without a time)."""

from __future__ import annotations

import datetime as dt
import re

from casemanager.errors import InvalidInput
from casemanager.people.columns import key, word
from casemanager.texts import tr
from models.people import PersonKind

_KIND_WORDS = {
    PersonKind.LEERLING: ("leerling", "leerlingen", "lln", "student"),
    PersonKind.OUDER: ("ouder", "ouders", "verzorger", "ouder/verzorger", "voogd"),
    PersonKind.MEDEWERKER: ("medewerker", "personeel", "personeelslid", "werknemer", "docent"),
    PersonKind.OVERIG: ("overig", "anders", "extern"),
}
_KINDS = {key(word): kind for kind, words in _KIND_WORDS.items() for word in words}
_DMY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_YMD = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_TIME = re.compile(r"\s+\d{1,2}:\d{2}(?::\d{2})?$")


def parse_kind(text: str) -> PersonKind:
    kind = _KINDS.get(key(text))
    if kind is None:
        raise InvalidInput(
            tr(
                "de soort '{kind}' is onbekend; gebruik leerling, ouder, medewerker of overig.",
                kind=text,
            )
        )
    return kind


def parse_date(text: str, label: str) -> dt.date:
    text = _TIME.sub("", text)
    if match := _DMY.fullmatch(text):
        day, month, year = (int(g) for g in match.groups())
    elif match := _YMD.fullmatch(text):
        year, month, day = (int(g) for g in match.groups())
    else:
        year = month = day = 0
    try:
        if year < 1900:
            raise ValueError
        return dt.date(year, month, day)
    except ValueError:
        raise InvalidInput(
            tr(
                "de {label} '{date}' is geen geldige datum; schrijf dd-mm-jjjj "
                "(bijvoorbeeld 07-03-2011) of jjjj-mm-dd.",
                label=word(label),
                date=text,
            )
        ) from None
