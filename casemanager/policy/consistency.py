"""Rules that span several parts of a policy file, each reported at its own place.

Each problem is a translatable ``Text`` (``casemanager.texts.tr``); its ``str`` is the Dutch.
What the beheerder writes in the file (a code, a kind, a Dutch text) is a value quoted by
:func:`_quoted`, so that a screen in English shows it as written, never as the policy's
English for a text that happens to read the same (the code ``ontslag``, the title "Ontslag").
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterator

from casemanager.policy.schema import SEVERITY_ORDER, Policy
from casemanager.texts import Text, tr

Location = tuple[str | int, ...]
PERSON_KINDS = ("leerling", "ouder", "medewerker", "overig")


def consistency_problems(policy: Policy) -> list[tuple[Location, Text]]:
    return [
        *_violation_problems(policy),
        *_ladder_problems(policy),
        *_coverage_problems(policy),
        *_recipient_problems(policy),
        *_holiday_problems(policy),
        *_english_problems(policy),
    ]


def policy_texts(policy: Policy) -> set[str]:
    """Every text of the policy that a screen may show, as written in the file: what its
    ``[english]`` table can give in English. Codes, roles and numbers are no texts here."""
    texts = {policy.name, *policy.wvsr.values(), *policy.letter_types.values()}
    texts |= {recipient.name for recipient in policy.recipients.values()}
    for violation in policy.violations:
        texts |= {violation.title, violation.article, violation.article_text}
    for ladder in policy.ladders.values():
        texts.add(ladder.title)
        for rung in ladder.rungs:
            texts |= {rung.title, rung.description, *rung.checklist}
            texts |= {rule.description for rule in rung.notifications}
    texts |= {holiday.name for holiday in policy.holidays}
    texts.discard("")
    return texts


def _violation_problems(policy: Policy) -> Iterator[tuple[Location, Text]]:
    counts = Counter(v.code for v in policy.violations)
    for index, violation in enumerate(policy.violations):
        place: Location = ("violations", index)
        if counts[violation.code] > 1:
            yield (
                (*place, "code"),
                tr("de code {code} komt meer dan eens voor", code=_quoted(violation.code)),
            )
        if violation.strafbaar and not violation.wvsr:
            yield (
                (*place, "wvsr"),
                tr(
                    "een strafbare overtreding noemt minstens één artikel uit het Wetboek van "
                    "Strafrecht"
                ),
            )
        if violation.wvsr and not violation.strafbaar:
            yield (
                (*place, "strafbaar"),
                tr("artikelen uit het Wetboek van Strafrecht vragen strafbaar = true"),
            )
        for n, article in enumerate(violation.wvsr):
            if article not in policy.wvsr:
                yield (
                    (*place, "wvsr", n),
                    tr(
                        "artikel {article} staat niet in de lijst [wvsr] van dit bestand",
                        article=_quoted(article),
                    ),
                )
        for n, kind in enumerate(violation.applies_to):
            if not any(kind in ladder.applies_to for ladder in policy.ladders.values()):
                yield (*place, "applies_to", n), _no_ladder(kind)


def _ladder_problems(policy: Policy) -> Iterator[tuple[Location, Text]]:
    for name in ("leerling", "medewerker"):
        if name not in policy.ladders:
            yield ("ladders",), tr("de ladder {ladder} ontbreekt", ladder=_quoted(name))
    for name, ladder in policy.ladders.items():
        place: Location = ("ladders", name)
        codes = [r.code for r in ladder.rungs]
        for severity in SEVERITY_ORDER:
            if severity not in ladder.start:
                yield (
                    (*place, "start"),
                    tr("geen startsport voor de ernst {severity}", severity=_quoted(severity)),
                )
            elif ladder.start[severity] not in codes:
                yield (
                    (*place, "start", severity),
                    tr(
                        "de sport {rung} bestaat niet in deze ladder; kies uit {choices}",
                        rung=_quoted(ladder.start[severity]),
                        choices=", ".join(codes),
                    ),
                )
        starts = [
            codes.index(ladder.start[s]) for s in SEVERITY_ORDER if ladder.start.get(s) in codes
        ]
        if starts != sorted(starts):
            yield (
                (*place, "start"),
                tr("een zwaardere ernst mag niet op een lagere sport beginnen"),
            )
        counts = Counter(codes)
        for index, rung in enumerate(ladder.rungs):
            rung_place: Location = (*place, "rungs", index)
            if counts[rung.code] > 1:
                yield (
                    (*rung_place, "code"),
                    tr("de sport {rung} komt meer dan eens voor", rung=_quoted(rung.code)),
                )
            if rung.has_duration and rung.max_duration is None:
                yield (
                    (*rung_place, "max_duration"),
                    tr("een maatregel met een duur noemt de maximale duur"),
                )
            if not rung.has_duration and rung.max_duration is not None:
                yield (
                    (*rung_place, "duration"),
                    tr("max_duration vraagt een duur (schooldagen of kalenderdagen)"),
                )
            for key in ("intent_letters", "letters"):
                for n, letter in enumerate(getattr(rung, key)):
                    if letter not in policy.letter_types:
                        yield (
                            (*rung_place, key, n),
                            _unknown_letter(letter),
                        )
            if rung.intent_letters and not rung.intent_first:
                yield (
                    (*rung_place, "intent_letters"),
                    tr("intent_letters vraagt intent_first = true"),
                )
            for n, rule in enumerate(rung.notifications):
                if rule.longer_than_days is not None and not rung.has_duration:
                    yield (
                        (*rung_place, "notifications", n, "longer_than_days"),
                        tr("longer_than_days kan alleen bij een maatregel met een duur"),
                    )


def _recipient_problems(policy: Policy) -> Iterator[tuple[Location, Text]]:
    for code in policy.recipients:
        if code not in policy.letter_types:
            yield ("recipients", code), _unknown_letter(code)


def _coverage_problems(policy: Policy) -> Iterator[tuple[Location, Text]]:
    for kind in PERSON_KINDS:
        owners = [name for name, ladder in policy.ladders.items() if kind in ladder.applies_to]
        if len(owners) > 1:
            yield (
                ("ladders", owners[1], "applies_to"),
                tr("{kind} staat in meer dan één ladder", kind=_quoted(kind)),
            )
        if not owners:
            yield ("ladders",), _no_ladder(kind)


def _holiday_problems(policy: Policy) -> Iterator[tuple[Location, Text]]:
    for index, holiday in enumerate(policy.holidays):
        if holiday.end < holiday.start:
            yield ("holidays", index, "end"), tr("de vakantie eindigt voordat hij begint")


def _english_problems(policy: Policy) -> Iterator[tuple[Location, Text]]:
    texts = policy_texts(policy)
    for key, english in policy.english.items():
        if key not in texts:
            message = tr(
                "deze tekst staat nergens in het beleid; schrijf links de Nederlandse tekst "
                "precies zoals hij in het beleid staat (hoofdletters, leestekens en spaties "
                "tellen mee), of laat de regel weg"
            )
            close = difflib.get_close_matches(key, sorted(texts), n=1, cutoff=0.8)
            if close:
                message = tr(
                    "{problem}; bedoelt u {text}?",
                    problem=message,
                    text=_quoted(_shortened(close[0])),
                )
            yield ("english", key), message
        elif not english.strip():
            yield (
                ("english", key),
                tr(
                    "de Engelse tekst is leeg; vul hem in, of laat de regel weg (dan blijft "
                    "deze tekst Nederlands)"
                ),
            )


def _shortened(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _quoted(written: str) -> str:
    """What the file says, quoted as the sentence shows it: a value that no screen takes
    for a text of the policy (``ui.core_text.term``), so it stays as the beheerder wrote it."""
    return f"'{written}'"


def _no_ladder(kind: str) -> Text:
    return tr("geen ladder geldt voor {kind}", kind=_quoted(kind))


def _unknown_letter(code: str) -> Text:
    return tr("het brieftype {code} staat niet in [letter_types]", code=_quoted(code))
