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

from casemanager.cases.wording import roles_text, semicolon_list, unit_text
from casemanager.errors import InvalidInput, PermissionDenied
from casemanager.policy.calendar import add_months
from casemanager.policy.schema import Ladder, Policy, Rung, Violation
from casemanager.texts import Text, tr

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
    reasons: tuple[Text, ...]  # str() of each is what the decision stores
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
        raise InvalidInput(
            tr("Kies minstens één overtreding; zonder overtreding is er geen voorstel.")
        )
    ladder_name = policy.ladder_name_for(person_kind)
    ladder = policy.ladders[ladder_name]
    heaviest = max(violations, key=lambda v: (v.severity_rank, v.code))
    start = ladder.index_of(ladder.start[heaviest.severity])
    reasons = [
        tr(
            "Zwaarste overtreding: {violation} ({code}, artikel {article}), ernst {severity}: "
            "de ladder begint bij '{rung}'.",
            violation=heaviest.title,
            code=heaviest.code,
            article=heaviest.article,
            severity=_SEVERITIES.get(heaviest.severity, heaviest.severity),
            rung=ladder.rungs[start].title,
        )
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
            tr(
                "{ordinal} overtreding binnen {months} maanden: eerder '{rung}' op {day} "
                "(zaak {case}): +1.",
                ordinal=_ordinal(number),
                months=months,
                rung=sanction.rung_title,
                day=sanction.decided_on,
                case=sanction.case_number,
            )
        )
    index = min(start + len(counted), ladder.top)
    if start + len(counted) > ladder.top:
        reasons.append(
            tr(
                "De hoogste sport is bereikt: het voorstel blijft '{rung}'.",
                rung=ladder.rungs[index].title,
            )
        )
    articles = tuple(
        sorted({a for v in violations if v.strafbaar for a in v.wvsr}, key=article_key)
    )
    if articles:
        listed = semicolon_list(
            tr("art. {article} Sr: {offence}", article=a, offence=policy.wvsr[a]) for a in articles
        )
        reasons.append(
            tr(
                "Mogelijk strafbaar: overweeg aangifte bij de politie ({articles}).",
                articles=listed,
            )
        )
    pest = ladder_name == "leerling" and any(v.pestprotocol for v in violations)
    if pest:
        reasons.append(tr("Pesten: het pestprotocol van de school is leidend naast deze ladder."))
    leak = any(v.datalek for v in violations)
    if leak:
        reasons.append(
            tr(
                "Mogelijk datalek: beoordeel binnen {hours} uur of het "
                "gemeld moet worden bij de Autoriteit Persoonsgegevens.",
                hours=policy.terms.dataleak_hours,
            )
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
    """The chosen rung, when the decision is allowed; an error saying why it is not."""
    try:
        rung = ladder.rung(chosen)
    except KeyError:
        names = ", ".join(r.code for r in ladder.rungs)
        raise InvalidInput(
            tr(
                "De maatregel '{chosen}' bestaat niet op deze ladder; kies uit {codes}.",
                chosen=chosen,
                codes=names,
            )
        ) from None
    if not set(roles) & set(rung.decided_by):
        raise PermissionDenied(
            tr(
                "de maatregel '{rung}' te nemen; dat mag alleen: {roles}",
                rung=rung.title,
                roles=roles_text(rung.decided_by),
            )
        )
    if chosen != proposed:
        problem = motivation_problem(motivation)
        if problem is not None:
            raise InvalidInput(
                tr(
                    "U kiest '{rung}' in plaats van het voorstel. {problem} "
                    "De motivering wordt bewaard en staat in het dossier.",
                    rung=rung.title,
                    problem=problem,
                )
            )
    if rung.has_duration:
        # the Dutch names the measure in lower case ("de externe schorsing"); the policy's
        # English knows its title as written, so an English screen may keep the Dutch here
        measure = rung.title.lower()
        unit = unit_text(rung.duration)
        if duration_days is None or duration_days < 1:
            raise InvalidInput(
                tr("Geef de duur van de {measure} op, in {unit}.", measure=measure, unit=unit)
            )
        if rung.max_duration is not None and duration_days > rung.max_duration:
            raise InvalidInput(
                tr(
                    "Een {measure} duurt ten hoogste {maximum} {unit}; u gaf {given}. "
                    "Een langere maatregel is een nieuw besluit.",
                    measure=measure,
                    maximum=rung.max_duration,
                    unit=unit,
                    given=duration_days,
                )
            )
    elif duration_days:
        raise InvalidInput(
            tr("De maatregel '{rung}' heeft geen duur; laat de duur leeg.", rung=rung.title)
        )
    return rung


def motivation_problem(text: str) -> Text | None:
    """Why a motivation is not enough, or None: it must say something real."""
    stripped = " ".join(text.split())
    words = re.findall(r"\w{2,}", stripped)
    if not stripped:
        return tr("Schrijf een motivering: waarom wijkt u af van het voorstel?")
    if len(stripped) < MIN_MOTIVATION_CHARS or len(words) < MIN_MOTIVATION_WORDS:
        return tr(
            "De motivering is te kort: schrijf in minstens {words} woorden "
            "({characters} tekens) waarom u afwijkt van het voorstel.",
            words=MIN_MOTIVATION_WORDS,
            characters=MIN_MOTIVATION_CHARS,
        )
    if len({w.lower() for w in words}) < max(3, len(words) // 4):
        return tr(
            "De motivering herhaalt steeds hetzelfde; leg in eigen woorden uit waarom u afwijkt."
        )
    return None


def _within_look_back(policy: Policy, decided_on: dt.date, on: dt.date) -> bool:
    return add_months(on, -policy.terms.look_back_months) < decided_on <= on


_ORDINALS = {
    2: tr("Tweede"), 3: tr("Derde"), 4: tr("Vierde"), 5: tr("Vijfde"), 6: tr("Zesde"),
    7: tr("Zevende"), 8: tr("Achtste"), 9: tr("Negende"), 10: tr("Tiende"),
}  # fmt: skip
_SEVERITIES = {
    "licht": tr("licht"), "middel": tr("middel"), "zwaar": tr("zwaar"), "ernstig": tr("ernstig"),
}  # fmt: skip


def _ordinal(number: int) -> Text:
    return _ORDINALS.get(number) or tr("{number}e", number=number)


def article_key(article: str) -> tuple[int, str]:
    digits = re.match(r"\d+", article)
    return (int(digits.group()) if digits else 0, article)
