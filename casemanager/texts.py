"""Sentences the core writes for a person, kept translatable without Qt.

The core speaks Dutch: the CLI, the letters and the dossier's own record use ``str(text)``.
A :class:`Text` keeps its Dutch template and its values apart, so that the desktop
application can look the template up in its English catalogue and fill in the values in
that language (``ui.core_text``): a date or a time is written as the screen writes dates, a policy
term through the policy's own English, a nested Text translated in turn.

Templates are written with :func:`tr`, which only builds the Text. Qt's ``lupdate`` reads
calls of that name, so ``make translations`` finds these templates as it finds the screens'
texts (context "", like the screens' module-level ``tr``). Values fill ``{name}`` fields.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Union

from casemanager.dutch import clock, long_date

Value = Union[str, int, float, dt.date, dt.time, "Text"]  # a float: one decimal ("2,4")


@dataclass(frozen=True)
class Text:
    template: str  # Dutch, with {name} fields
    values: tuple[tuple[str, Value], ...] = ()

    def __str__(self) -> str:
        return self.template.format(**{name: dutch(value) for name, value in self.values})


def tr(template: str, /, **values: Value) -> Text:
    """A translatable sentence: ``tr("Gepland om {time}", time=planned.time())``."""
    return Text(template, tuple(values.items()))


def dutch(value: Value) -> str:
    """A value as the Dutch sentence writes it."""
    if isinstance(value, dt.datetime):
        return f"{long_date(value)} {clock(value)}"
    if isinstance(value, dt.date):
        return long_date(value)
    if isinstance(value, dt.time):
        return clock(value)
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")
    return str(value)


def to_json(text: Text) -> str:
    """The Text as stored next to its Dutch, so that a later screen can word it again."""
    return json.dumps(to_data(text), ensure_ascii=False)


def from_json(stored: str) -> Text:
    return from_data(json.loads(stored))


def to_data(text: Text) -> list[object]:
    """The Text as JSON-ready data: ``[template, [[name, value], ...]]``."""
    return [text.template, [[name, _encode(v)] for name, v in text.values]]


def from_data(data: object) -> Text:
    if not (isinstance(data, list) and len(data) == 2 and isinstance(data[0], str)):
        raise ValueError(f"not a stored text: {data!r}")
    template, values = data
    return Text(template, tuple((str(name), _decode(v)) for name, v in values))


def _encode(value: Value) -> object:
    if isinstance(value, Text):
        return {"text": to_data(value)}
    if isinstance(value, dt.datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"date": value.isoformat()}
    if isinstance(value, dt.time):
        return {"time": value.isoformat()}
    return value


def _decode(value: object) -> Value:
    if isinstance(value, dict) and len(value) == 1:
        ((kind, raw),) = value.items()
        if kind == "text":
            return from_data(raw)
        parse = {"datetime": dt.datetime.fromisoformat, "date": dt.date.fromisoformat,
                 "time": dt.time.fromisoformat}.get(kind)  # fmt: skip
        if parse is not None:
            return parse(raw)
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return value
    raise ValueError(f"not a stored text value: {value!r}")
