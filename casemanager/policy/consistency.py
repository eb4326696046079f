"""Rules that span several parts of a policy file, each reported at its own place."""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterator

from casemanager.policy.schema import SEVERITY_ORDER, Policy

Location = tuple[str | int, ...]
PERSON_KINDS = ("leerling", "ouder", "medewerker", "overig")


def consistency_problems(policy: Policy) -> list[tuple[Location, str]]:
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


def _violation_problems(policy: Policy) -> Iterator[tuple[Location, str]]:
    counts = Counter(v.code for v in policy.violations)
    for index, violation in enumerate(policy.violations):
        place: Location = ("violations", index)
        if counts[violation.code] > 1:
            yield (*place, "code"), f"de code '{violation.code}' komt meer dan eens voor"
        if violation.strafbaar and not violation.wvsr:
            yield (
                (*place, "wvsr"),
                "een strafbare overtreding noemt minstens één artikel uit het Wetboek van "
                "Strafrecht",
            )
        if violation.wvsr and not violation.strafbaar:
            yield (
                (*place, "strafbaar"),
                "artikelen uit het Wetboek van Strafrecht vragen strafbaar = true",
            )
        for n, article in enumerate(violation.wvsr):
            if article not in policy.wvsr:
                yield (
                    (*place, "wvsr", n),
                    f"artikel '{article}' staat niet in de lijst [wvsr] van dit bestand",
                )
        for n, kind in enumerate(violation.applies_to):
            if not any(kind in ladder.applies_to for ladder in policy.ladders.values()):
                yield (*place, "applies_to", n), f"geen ladder geldt voor '{kind}'"


def _ladder_problems(policy: Policy) -> Iterator[tuple[Location, str]]:
    for name in ("leerling", "medewerker"):
        if name not in policy.ladders:
            yield ("ladders",), f"de ladder '{name}' ontbreekt"
    for name, ladder in policy.ladders.items():
        place: Location = ("ladders", name)
        codes = [r.code for r in ladder.rungs]
        for severity in SEVERITY_ORDER:
            if severity not in ladder.start:
                yield (*place, "start"), f"geen startsport voor de ernst '{severity}'"
            elif ladder.start[severity] not in codes:
                yield (
                    (*place, "start", severity),
                    f"de sport '{ladder.start[severity]}' bestaat niet in deze ladder; "
                    f"kies uit {', '.join(codes)}",
                )
        starts = [
            codes.index(ladder.start[s]) for s in SEVERITY_ORDER if ladder.start.get(s) in codes
        ]
        if starts != sorted(starts):
            yield (*place, "start"), "een zwaardere ernst mag niet op een lagere sport beginnen"
        counts = Counter(codes)
        for index, rung in enumerate(ladder.rungs):
            rung_place: Location = (*place, "rungs", index)
            if counts[rung.code] > 1:
                yield (*rung_place, "code"), f"de sport '{rung.code}' komt meer dan eens voor"
            if rung.has_duration and rung.max_duration is None:
                yield (
                    (*rung_place, "max_duration"),
                    "een maatregel met een duur noemt de maximale duur",
                )
            if not rung.has_duration and rung.max_duration is not None:
                yield (
                    (*rung_place, "duration"),
                    "max_duration vraagt een duur (schooldagen of kalenderdagen)",
                )
            for key in ("intent_letters", "letters"):
                for n, letter in enumerate(getattr(rung, key)):
                    if letter not in policy.letter_types:
                        yield (
                            (*rung_place, key, n),
                            f"het brieftype '{letter}' staat niet in [letter_types]",
                        )
            if rung.intent_letters and not rung.intent_first:
                yield (*rung_place, "intent_letters"), "intent_letters vraagt intent_first = true"
            for n, rule in enumerate(rung.notifications):
                if rule.longer_than_days is not None and not rung.has_duration:
                    yield (
                        (*rung_place, "notifications", n, "longer_than_days"),
                        "longer_than_days kan alleen bij een maatregel met een duur",
                    )


def _recipient_problems(policy: Policy) -> Iterator[tuple[Location, str]]:
    for code in policy.recipients:
        if code not in policy.letter_types:
            yield ("recipients", code), f"het brieftype '{code}' staat niet in [letter_types]"


def _coverage_problems(policy: Policy) -> Iterator[tuple[Location, str]]:
    for kind in PERSON_KINDS:
        owners = [name for name, ladder in policy.ladders.items() if kind in ladder.applies_to]
        if len(owners) > 1:
            yield ("ladders", owners[1], "applies_to"), f"'{kind}' staat in meer dan één ladder"
        if not owners:
            yield ("ladders",), f"geen ladder geldt voor '{kind}'"


def _holiday_problems(policy: Policy) -> Iterator[tuple[Location, str]]:
    for index, holiday in enumerate(policy.holidays):
        if holiday.end < holiday.start:
            yield ("holidays", index, "end"), "de vakantie eindigt voordat hij begint"


def _english_problems(policy: Policy) -> Iterator[tuple[Location, str]]:
    texts = policy_texts(policy)
    for key, english in policy.english.items():
        if key not in texts:
            message = (
                "deze tekst staat nergens in het beleid; schrijf links de Nederlandse tekst "
                "precies zoals hij in het beleid staat (hoofdletters, leestekens en spaties "
                "tellen mee), of laat de regel weg"
            )
            close = difflib.get_close_matches(key, sorted(texts), n=1, cutoff=0.8)
            if close:
                message += f"; bedoelt u '{_shortened(close[0])}'?"
            yield ("english", key), message
        elif not english.strip():
            yield (
                ("english", key),
                "de Engelse tekst is leeg; vul hem in, of laat de regel weg (dan blijft deze "
                "tekst Nederlands)",
            )


def _shortened(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
