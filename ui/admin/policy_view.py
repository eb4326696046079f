"""The policy as a readable page: violations, each ladder with its rungs, the terms, the
retention periods and the holidays. Plain HTML for a QTextBrowser; every value from the
school's file is escaped, and every text of it shown through ``core_text.term`` (in
English where the policy's ``[english]`` table gives it)."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from casemanager.policy.schema import Ladder, Policy, Retention, Rung, Terms
from ui.cases.case_common import kind_label
from ui.core_text import term
from ui.dates import short_date
from ui.status_colors import severity_label

NOTIFICATIONS = {
    "inspectie": QT_TRANSLATE_NOOP("PolicyFormatter", "Inspectie"),
    "leerplicht": QT_TRANSLATE_NOOP("PolicyFormatter", "leerplichtambtenaar"),
    "ouders": QT_TRANSLATE_NOOP("PolicyFormatter", "ouders"),
    "aangifte": QT_TRANSLATE_NOOP("PolicyFormatter", "aangifte"),
}
ROLES = {
    "teamleider": QT_TRANSLATE_NOOP("PolicyFormatter", "teamleider"),
    "hr": QT_TRANSLATE_NOOP("PolicyFormatter", "P&O"),
    "directie": QT_TRANSLATE_NOOP("PolicyFormatter", "directie"),
}
PAIR = (35, 65)  # column widths of a table of names and values
STYLE = (
    "<style>h2 { color: #1f3b5c; margin-top: 18px; } "
    "th { background: #e9eef4; text-align: left; } "
    "td, th { border-bottom: 1px solid #d5dde6; } .hint { color: #5b6878; }</style>"
)


def policy_html(policy: Policy) -> str:
    """The whole policy, section by section."""
    return PolicyFormatter().html(policy)


class PolicyFormatter(QObject):
    """Writes the sections; a QObject for its translated texts only."""

    def html(self, policy: Policy) -> str:
        until = self.tr("%s t/m %s")
        holidays = [(term(h.name), until % (short_date(h.start), short_date(h.end)))
                    for h in policy.holidays]  # fmt: skip
        sections = [
            (self.tr("Overtredingen"), self._violations(policy)),
            *((self.tr("Ladder: %s") % term(ladder.title), self._ladder(policy, ladder))
              for ladder in policy.ladders.values()),
            (self.tr("Termijnen"), _table([], _escaped(self.terms(policy.terms)), PAIR)),
            (self.tr("Bewaartermijnen"),
             _table([], _escaped(self.retention(policy.retention)), PAIR)),
            (self.tr("Vakanties en vrije dagen"),
             _table([], _escaped(holidays), PAIR) if holidays else escape(self.tr("Geen."))),
        ]  # fmt: skip
        contents = " · ".join(
            f'<a href="#part{number}">{escape(title)}</a>'
            for number, (title, _body) in enumerate(sections)
        )
        go_to = escape(self.tr("Ga naar:"))  # outside the f-string, where lupdate sees it
        parts = [STYLE, f'<p class="hint">{go_to} {contents}</p>']
        parts += [f'<h2><a name="part{number}"></a>{escape(title)}</h2>{body}'
                  for number, (title, body) in enumerate(sections)]  # fmt: skip
        return "".join(parts)

    def _violations(self, policy: Policy) -> str:
        rows = []
        for v in policy.violations:
            flags = [self.tr("pestprotocol")] if v.pestprotocol else []
            if v.strafbaar:
                articles = f" (art. {', '.join(v.wvsr)})" if v.wvsr else ""
                flags.append(self.tr("strafbaar") + articles)
            if v.datalek:
                flags.append(self.tr("datalek"))
            cells = (v.code, term(v.article), term(v.title), _kinds(v.applies_to),
                     severity_label(v.severity), ", ".join(flags))  # fmt: skip
            rows.append([escape(cell) for cell in cells])
        header = [self.tr("Code"), self.tr("Artikel"), self.tr("Omschrijving"),
                  self.tr("Geldt voor"), self.tr("Zwaarte"), self.tr("Kenmerken")]  # fmt: skip
        count = self.tr("%d soorten overtredingen, elk met het artikel van het protocol.")
        intro = f'<p class="hint">{escape(count % len(policy.violations))}</p>'
        return intro + _table(header, rows, (13, 7, 34, 18, 8, 20))

    def _ladder(self, policy: Policy, ladder: Ladder) -> str:
        starts = ", ".join(
            f"{severity_label(severity)} → {term(ladder.rung(code).title)}"
            for severity, code in ladder.start.items()
        )
        intro = self.tr("Geldt voor: %s. Een overtreding begint bij: %s.") % (
            _kinds(ladder.applies_to), starts)  # fmt: skip
        rows = []
        for number, rung in enumerate(ladder.rungs, start=1):
            deciders = ", ".join(self.tr(ROLES.get(r, r)) for r in rung.decided_by)
            title = f"<b>{escape(term(rung.title))}</b>"
            if rung.description:
                title += f'<br><span class="hint">{escape(term(rung.description))}</span>'
            if rung.checklist:
                items = "".join(f"<li>{escape(term(item))}</li>" for item in rung.checklist)
                title += f'<ul class="hint">{items}</ul>'
            cells = (deciders, self._procedure(rung), _letters(policy, rung),
                     self._notifications(rung))  # fmt: skip
            rows.append([str(number), title, *(escape(cell) for cell in cells)])
        header = [self.tr("Trede"), self.tr("Maatregel"), self.tr("Besluit door"),
                  self.tr("Procedure"), self.tr("Brieven"), self.tr("Meldingen")]  # fmt: skip
        table = _table(header, rows, (6, 27, 13, 21, 17, 16))
        return f'<p class="hint">{escape(intro)}</p>' + table

    def _procedure(self, rung: Rung) -> str:
        steps = []
        if rung.hearing_required:
            steps.append(self.tr("hoorgesprek verplicht"))
        if rung.intent_first:
            steps.append(self.tr("eerst een voornemen, dan de zienswijze"))
        if rung.duration == "schooldagen" and rung.max_duration:
            steps.append(self.tr("ten hoogste %d schooldagen") % rung.max_duration)
        elif rung.duration == "kalenderdagen" and rung.max_duration:
            steps.append(self.tr("ten hoogste %d kalenderdagen") % rung.max_duration)
        elif rung.duration == "schooldagen":
            steps.append(self.tr("duur in schooldagen"))
        elif rung.has_duration:
            steps.append(self.tr("duur in kalenderdagen"))
        if rung.registered_letter:
            steps.append(self.tr("brief aangetekend"))
        return "; ".join(steps)

    def _notifications(self, rung: Rung) -> str:
        found = []
        for rule in rung.notifications:
            text = self.tr(NOTIFICATIONS.get(rule.kind, rule.kind))
            if rule.longer_than_days == 1:
                text += self.tr(" (langer dan een dag)")
            elif rule.longer_than_days is not None:
                text += self.tr(" (langer dan %d dagen)") % rule.longer_than_days
            if rule.minors_only:
                text += self.tr(" (bij minderjarigen)")
            found.append(text)
        return ", ".join(found)

    def terms(self, terms: Terms) -> list[tuple[str, str]]:
        """Each term with its value in words (also used to describe a change)."""
        return [
            (self.tr("Bezwaartermijn"), self.tr("%d weken") % terms.objection_weeks),
            (self.tr("Beslissen op een bezwaar"),
             self.tr("binnen %d weken na de termijn") % terms.objection_decision_weeks),
            (self.tr("Zienswijze van een medewerker"),
             self.tr("%d weken") % terms.zienswijze_weeks),
            (self.tr("Aangifte doen"),
             self.tr("binnen %d werkdagen na het besluit") % terms.aangifte_working_days),
            (self.tr("Datalek beoordelen en zo nodig melden"),
             self.tr("binnen %d uur") % terms.dataleak_hours),
            (self.tr("Eerdere maatregelen tellen mee"),
             self.tr("%d maanden terug") % terms.look_back_months),
            (self.tr("Hoorgesprek houden"),
             self.tr("binnen %d schooldagen") % terms.hearing_within_school_days),
            (self.tr("Einde van een maatregel in Te doen"),
             self.tr("%d dagen vooraf") % terms.ending_soon_days),
            (self.tr("Einde bezwaartermijn in Te doen"),
             self.tr("%d dagen vooraf") % terms.objection_notice_days),
        ]  # fmt: skip

    def retention(self, retention: Retention) -> list[tuple[str, str]]:
        """Each retention period in words."""
        after_case = self.tr("%d jaar na de laatste afgesloten zaak")
        return [
            (self.tr("Leerlingen"),
             self.tr("%d jaar na vertrek van school") % retention.leerling_years),
            (self.tr("Medewerkers"),
             self.tr("%d jaar na einde dienstverband") % retention.medewerker_years),
            (self.tr("Ouders en verzorgers"), after_case % retention.ouder_years),
            (self.tr("Overigen"), after_case % retention.overig_years),
        ]  # fmt: skip


def _table(header: Iterable[str], rows: Iterable[Iterable[str]], widths: Iterable[int] = ()) -> str:
    """A table of cells that are HTML already (the header is escaped here); ``widths`` in
    percent per column."""
    sizes = [f' width="{w}%"' for w in widths]
    head = "".join(
        f"<th{sizes[i] if i < len(sizes) else ''}>{escape(h)}</th>" for i, h in enumerate(header)
    )
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    top = f"<tr>{head}</tr>" if head else ""
    return f'<table width="100%" cellspacing="0" cellpadding="5">{top}{body}</table>'


def _letters(policy: Policy, rung: Rung) -> str:
    codes = (*rung.intent_letters, *rung.letters)
    return ", ".join(term(policy.letter_types.get(code, code)) for code in codes)


def _kinds(kinds: Iterable[str]) -> str:
    return ", ".join(kind_label(kind) for kind in kinds)


def _escaped(rows: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(escape(label), escape(value)) for label, value in rows]
