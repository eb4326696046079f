"""Checking a school's own policy file before anything is stored, as ``policy check`` does:
the file itself (every problem with its line) and the letter templates it needs; and what
would change compared with the policy the dossier works by now."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject

from casemanager.errors import InvalidInput
from casemanager.letters.templates import template_source
from casemanager.policy import PolicyInvalid, parse_policy
from casemanager.policy.schema import Policy
from casemanager.texts import Text
from casemanager.uow import UnitOfWork
from reports.markup import TEMPLATE_SUFFIX
from ui.admin.policy_view import PolicyFormatter
from ui.cases.case_common import kind_label


@dataclass(frozen=True)
class Problem:
    """One problem: in the policy file (``template`` empty) or in a letter template."""

    line: int | None
    place: str
    message: str | Text  # a template's problem: a str
    template: str = ""


@dataclass(frozen=True)
class Checked:
    """The outcome: the policy when the file is usable, else the problems that stop it."""

    text: str
    policy: Policy | None
    problems: tuple[Problem, ...] = ()
    missing_templates: tuple[str, ...] = ()  # letter types without any template yet


def template_sources(uow: UnitOfWork, letter_types: list[str]) -> dict[str, str]:
    """The template of each letter type the dossier would use (the school's own, else the
    default one); a type without any template is left out."""
    found = {}
    for code in letter_types:
        try:
            found[code] = template_source(uow, code)
        except InvalidInput:
            continue
    return found


def check_policy(text: str, source: str, sources: Callable[[list[str]], dict[str, str]]) -> Checked:
    """Validate ``text`` and the templates of its letter types (``sources`` reads them).
    Runs in the thread pool: no widgets here."""
    from reports.templating import check_template  # Jinja loads when a template is checked

    try:
        policy = parse_policy(text, source=source)
    except PolicyInvalid as error:
        found = (Problem(p.line, p.place, p.message) for p in error.problems)
        return Checked(text, None, tuple(found))
    templates = sources(list(policy.letter_types))
    problems = tuple(
        Problem(problem.line, "", problem.message, template=problem.template)
        for code, template in templates.items()
        for problem in check_template(f"{code}{TEMPLATE_SUFFIX}", template)
    )
    missing = tuple(code for code in policy.letter_types if code not in templates)
    return Checked(text, None if problems else policy, problems, missing)


class PolicyChanges(QObject):
    """What storing ``new`` changes compared with ``old``, as short Dutch lines."""

    def lines(self, old: Policy, new: Policy) -> list[str]:
        found = []
        if old.name != new.name:
            found.append(self.tr("Naam: '%s' → '%s'") % (old.name, new.name))
        if old.version != new.version:
            found.append(self.tr("Versie: %s → %s") % (old.version, new.version))
        old_v = {v.code: v for v in old.violations}
        new_v = {v.code: v for v in new.violations}
        found += self._counted(self.tr("Overtredingen"), old_v, new_v)
        for name in sorted(set(old.ladders) | set(new.ladders)):
            old_r = {r.code: r for r in old.ladders[name].rungs} if name in old.ladders else {}
            new_r = {r.code: r for r in new.ladders[name].rungs} if name in new.ladders else {}
            ladder = kind_label(name)
            found += self._counted(self.tr("Treden van de ladder %s") % ladder, old_r, new_r)
        formatter = PolicyFormatter()
        pairs = (
            (formatter.terms(old.terms), formatter.terms(new.terms)),
            (formatter.retention(old.retention), formatter.retention(new.retention)),
        )
        for before, after in pairs:
            found += [f"{label}: {was} → {now}"
                      for (label, was), (_same, now) in zip(before, after, strict=True)
                      if was != now]  # fmt: skip
        found += self._counted(self.tr("Briefsoorten"), old.letter_types, new.letter_types)
        if old.holidays != new.holidays:
            found.append(self.tr("Vakanties: %d, waren %d") % (len(new.holidays),
                                                               len(old.holidays)))  # fmt: skip
        changed = sum(1 for dutch, english in new.english.items()
                      if old.english.get(dutch) != english)  # fmt: skip
        removed = sum(1 for dutch in old.english if dutch not in new.english)
        if changed or removed:
            english = self.tr("Engelse teksten: %d nieuw of gewijzigd, %d vervallen")
            found.append(english % (changed, removed))
        return found

    def _counted(self, what: str, old: dict, new: dict) -> list[str]:
        added = [code for code in new if code not in old]
        removed = [code for code in old if code not in new]
        changed = [code for code in new if code in old and new[code] != old[code]]
        if not (added or removed or changed):
            return []
        parts = [self.tr("%d nieuw (%s)") % (len(added), ", ".join(added))] if added else []
        if removed:
            parts.append(self.tr("%d vervallen (%s)") % (len(removed), ", ".join(removed)))
        if changed:
            parts.append(self.tr("%d gewijzigd (%s)") % (len(changed), ", ".join(changed)))
        return [f"{what}: {len(old)} → {len(new)}; " + "; ".join(parts)]
