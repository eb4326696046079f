"""The sanctions ladder: propose a rung from the violations and the person's history, and
check a decision against the policy. Pure functions over plain data; no database.

The proposal is advice with its reasons; the decision is always a person's, and deciding
another rung than the proposal needs a written motivation.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from casemanager.dutch import long_date
from casemanager.errors import InvalidInput, PermissionDenied
from casemanager.policy.calendar import add_months
from casemanager.policy.schema import Ladder, Policy, Rung, Violation

MIN_MOTIVATION_CHARS = 40
MIN_MOTIVATION_WORDS = 6


@dataclass(frozen=True)
class EarlierSanction:
    """A final decision in another case of the same person."""

    rung: str
    rung_title: str
    decided_on: dt.date
    case_number: str


@dataclass(frozen=True)
class Proposal:
    ladder: str
    rung: str
    rung_title: str
    rung_index: int
    start_index: int
    reasons: tuple[str, ...]
    counted: tuple[EarlierSanction, ...]
    aangifte_advised: bool
    wvsr_articles: tuple[str, ...]
    pestprotocol: bool
    datalek: bool


def propose(
    policy: Policy,
    person_kind: str,
    violations: Sequence[Violation],
    history: Sequence[EarlierSanction],
    on: dt.date,
) -> Proposal:
    """The rung the ladder proposes on day ``on``: the heaviest violation's starting rung,
    one rung higher per earlier sanction within the look-back period, at most the top."""
    if not violations:
        raise InvalidInput("Kies minstens één overtreding; zonder overtreding is er geen voorstel.")
    ladder_name = policy.ladder_name_for(person_kind)
    ladder = policy.ladders[ladder_name]
    heaviest = max(violations, key=lambda v: (v.severity_rank, v.code))
    start = ladder.index_of(ladder.start[heaviest.severity])
    reasons = [
        f"Zwaarste overtreding: {heaviest.title} ({heaviest.code}, artikel {heaviest.article}), "
        f"ernst {heaviest.severity}: de ladder begint bij '{ladder.rungs[start].title}'."
    ]
    counted = tuple(
        sorted(
            (s for s in history if _within_look_back(policy, s.decided_on, on)),
            key=lambda s: (s.decided_on, s.case_number),
        )
    )
    months = policy.terms.look_back_months
    for number, sanction in enumerate(counted, start=2):
        reasons.append(
            f"{_ordinal(number)} overtreding binnen {months} maanden: eerder "
            f"'{sanction.rung_title}' op {long_date(sanction.decided_on)} "
            f"(zaak {sanction.case_number}): +1."
        )
    index = min(start + len(counted), ladder.top)
    if start + len(counted) > ladder.top:
        reasons.append(
            f"De hoogste sport is bereikt: het voorstel blijft '{ladder.rungs[index].title}'."
        )
    articles = tuple(
        sorted({a for v in violations if v.strafbaar for a in v.wvsr}, key=article_key)
    )
    if articles:
        listed = "; ".join(f"art. {a} Sr: {policy.wvsr[a]}" for a in articles)
        reasons.append(f"Mogelijk strafbaar: overweeg aangifte bij de politie ({listed}).")
    pest = ladder_name == "leerling" and any(v.pestprotocol for v in violations)
    if pest:
        reasons.append("Pesten: het pestprotocol van de school is leidend naast deze ladder.")
    leak = any(v.datalek for v in violations)
    if leak:
        reasons.append(
            f"Mogelijk datalek: beoordeel binnen {policy.terms.dataleak_hours} uur of het "
            "gemeld moet worden bij de Autoriteit Persoonsgegevens."
        )
    rung = ladder.rungs[index]
    return Proposal(
        ladder=ladder_name,
        rung=rung.code,
        rung_title=rung.title,
        rung_index=index,
        start_index=start,
        reasons=tuple(reasons),
        counted=counted,
        aangifte_advised=bool(articles),
        wvsr_articles=articles,
        pestprotocol=pest,
        datalek=leak,
    )


def check_decision(
    ladder: Ladder,
    *,
    proposed: str,
    chosen: str,
    motivation: str,
    roles: Sequence[str],
    duration_days: int | None,
) -> Rung:
    """The chosen rung, when the decision is allowed; a Dutch error saying why it is not."""
    try:
        rung = ladder.rung(chosen)
    except KeyError:
        names = ", ".join(r.code for r in ladder.rungs)
        raise InvalidInput(
            f"De maatregel '{chosen}' bestaat niet op deze ladder; kies uit {names}."
        ) from None
    if not set(roles) & set(rung.decided_by):
        raise PermissionDenied(
            f"de maatregel '{rung.title}' te nemen; dat mag alleen: {', '.join(rung.decided_by)}"
        )
    if chosen != proposed:
        problem = motivation_problem(motivation)
        if problem:
            raise InvalidInput(
                f"U kiest '{rung.title}' in plaats van het voorstel. {problem} "
                "De motivering wordt bewaard en staat in het dossier."
            )
    if rung.has_duration:
        if duration_days is None or duration_days < 1:
            unit = rung.duration
            raise InvalidInput(f"Geef de duur van de {rung.title.lower()} op, in {unit}.")
        if rung.max_duration is not None and duration_days > rung.max_duration:
            raise InvalidInput(
                f"Een {rung.title.lower()} duurt ten hoogste {rung.max_duration} {rung.duration}; "
                f"u gaf {duration_days}. Een langere maatregel is een nieuw besluit."
            )
    elif duration_days:
        raise InvalidInput(f"De maatregel '{rung.title}' heeft geen duur; laat de duur leeg.")
    return rung


def motivation_problem(text: str) -> str | None:
    """Why a motivation is not enough, or None: it must say something real."""
    stripped = " ".join(text.split())
    words = re.findall(r"\w{2,}", stripped)
    if not stripped:
        return "Schrijf een motivering: waarom wijkt u af van het voorstel?"
    if len(stripped) < MIN_MOTIVATION_CHARS or len(words) < MIN_MOTIVATION_WORDS:
        return (
            f"De motivering is te kort: schrijf in minstens {MIN_MOTIVATION_WORDS} woorden "
            f"({MIN_MOTIVATION_CHARS} tekens) waarom u afwijkt van het voorstel."
        )
    if len({w.lower() for w in words}) < max(3, len(words) // 4):
        return "De motivering herhaalt steeds hetzelfde; leg in eigen woorden uit waarom u afwijkt."
    return None


def _within_look_back(policy: Policy, decided_on: dt.date, on: dt.date) -> bool:
    return add_months(on, -policy.terms.look_back_months) < decided_on <= on


def _ordinal(number: int) -> str:
    words = {2: "Tweede", 3: "Derde", 4: "Vierde", 5: "Vijfde", 6: "Zesde", 7: "Zevende",
             8: "Achtste", 9: "Negende", 10: "Tiende"}  # fmt: skip
    return words.get(number, f"{number}e")


def article_key(article: str) -> tuple[int, str]:
    digits = re.match(r"\d+", article)
    return (int(digits.group()) if digits else 0, article)
