"""The application's sentences as a case's records keep them next to their Dutch.

A timeline entry stores its title and text in Dutch, as the record was written. Where the
application wrote them (a :class:`Text`), the entry's ``wording`` keeps the templates and
their values too: JSON ``{"title": <to_data>, "text": [<to_data of each line>, ...]}``,
either key left out where a person typed the words. A decision's proposal reasons are kept
the same way, each as its ``to_data`` list; decisions made before that kept plain Dutch.

Reading gives the Text back where there is one, else the Dutch as it was stored.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from casemanager.texts import Text, from_data, to_data

Title = str | Text
Body = str | Text | Sequence[Text]


def dutch_text(text: Body) -> str:
    """The Dutch the record keeps: a sequence of lines joined by newlines."""
    if isinstance(text, str | Text):
        return str(text)
    return "\n".join(str(line) for line in text)


def wording_json(title: Title, text: Body = "") -> str | None:
    """The ``wording`` of an entry with this title and text; None when a person typed both."""
    data: dict[str, object] = {}
    if isinstance(title, Text):
        data["title"] = to_data(title)
    if isinstance(text, Text):
        data["text"] = [to_data(text)]
    elif not isinstance(text, str) and text:
        data["text"] = [to_data(line) for line in text]
    return json.dumps(data, ensure_ascii=False) if data else None


def read_wording(
    wording: str | None, title: str, text: str
) -> tuple[str | Text, str | Text | tuple[Text, ...]]:
    """An entry's title and text: the stored Texts, else the stored Dutch."""
    if not wording:
        return title, text
    try:
        data = json.loads(wording)
        read_title = from_data(data["title"]) if "title" in data else title
        lines = tuple(from_data(line) for line in data.get("text", ()))
    except (ValueError, TypeError, KeyError, AttributeError):
        return title, text  # a damaged wording: the record's Dutch still says it all
    if not lines:
        return read_title, text
    return read_title, lines[0] if len(lines) == 1 else lines


def reasons_json(reasons: Sequence[Text]) -> str:
    """A decision's ``proposal_reasons``: each reason as its ``to_data`` list."""
    return json.dumps([to_data(reason) for reason in reasons], ensure_ascii=False)


def read_reasons(stored: str | None) -> tuple[str | Text, ...]:
    """A decision's proposal reasons: Texts, or the Dutch of a decision stored before
    reasons kept their wording (a str item)."""
    try:
        items = json.loads(stored or "[]")
    except ValueError:
        return ()
    reasons: list[str | Text] = []
    for item in items if isinstance(items, list) else ():
        if isinstance(item, str):
            reasons.append(item)
            continue
        try:
            reasons.append(from_data(item))
        except (ValueError, TypeError):
            reasons.append(str(item))
    return tuple(reasons)
