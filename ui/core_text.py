"""What the core writes, in the application's language.

The core hands its sentences over as ``casemanager.texts.Text``: a Dutch template with its
values apart. Here the template is looked up in our catalogue (context "", where lupdate
files the core's ``tr`` calls) and the values are written as the screens write them: dates
through ``ui.dates``, nested texts translated in turn, and words of the policy (a
violation's title, a rung, a notification) through the policy's own English, which a
school's policy may give in its ``[english]`` table. What has no English stays Dutch.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale

from casemanager.errors import CaseManagerError
from casemanager.texts import Text, Value
from ui import dates

_policy_english: Mapping[str, str] = {}


def tr(text: str) -> str:
    """A screen's text outside a class, in the application's language: lupdate files a
    bare ``tr("...")`` under the empty context, so that is where it is looked up."""
    return QCoreApplication.translate("", text)


def use_policy(english: Mapping[str, str]) -> None:
    """The active policy's English for its own texts (``Policy.english``)."""
    global _policy_english
    _policy_english = dict(english)


def term(dutch: str) -> str:
    """A text of the policy (a title, a description) in the application's language."""
    if not dates.in_english():
        return dutch
    english = _policy_english.get(dutch)
    if english is None and dutch[:1].islower():  # a title inside a sentence: "de interne schorsing"
        capital = _policy_english.get(dutch[:1].upper() + dutch[1:])
        english = capital[:1].lower() + capital[1:] if capital else None
    return dutch if english is None else english


def text(value: Text | str) -> str:
    """A core sentence in the application's language (a plain str is a policy text)."""
    if isinstance(value, str):
        return term(value)
    template = QCoreApplication.translate("", value.template)
    return template.format(**{name: _value(v) for name, v in value.values})


def message(error: BaseException) -> str:
    """An error's message for the person at the keyboard, in the application's language."""
    if isinstance(error, CaseManagerError):
        return text(error.text) if isinstance(error.text, Text) else str(error)
    return str(error)


def texts(values: tuple[Text, ...] | list[Text]) -> list[str]:
    return [text(v) for v in values]


def _value(value: Value) -> str:
    if isinstance(value, Text):
        return text(value)
    if isinstance(value, dt.datetime):
        return f"{dates.long_date(value)} {dates.clock(value)}"
    if isinstance(value, dt.date):
        return dates.long_date(value)
    if isinstance(value, dt.time):
        return dates.clock(value)
    if isinstance(value, str):
        return term(value)
    if isinstance(value, float):
        return QLocale().toString(value, "f", 1)
    return str(value)
