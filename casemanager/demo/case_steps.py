"""The rows of one case, step by step, with the timeline entries the services would write."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from casemanager.cases import timeline_titles as titles
from casemanager.cases.procedure import notification_label
from casemanager.cases.stored_wording import dutch_text, reasons_json, wording_json
from casemanager.dataleaks import case_leak_description, case_leak_title
from casemanager.demo import texts
from casemanager.ladder import Proposal
from casemanager.texts import Text
from models.cases import CaseStatus, PartyRole, TimelineKind

if TYPE_CHECKING:
    from casemanager.demo.case_data import CasePlan
    from casemanager.demo.case_rows import Batch, CaseWriter
    from casemanager.demo.population import Member

K, S = TimelineKind, CaseStatus
REFERENCES = {
    "inspectie": "IVHO-{y}-{n:05d}",
    "leerplicht": "LPA-{n:05d}",
    "aangifte": "PL2300-{y}{n:06d}",
}
VICTIM_ARTICLES = ("A.2", "A.5", "A.6")


class StepWriter:
    def __init__(
        self, cases: CaseWriter, plan: CasePlan, batch: Batch, rng: random.Random,
        case_id: int, number: str, owner: int, proposal: Proposal,
    ) -> None:  # fmt: skip
        self.cases, self.plan, self.batch, self.rng = cases, plan, batch, rng
        self.case_id, self.number, self.owner, self.proposal = case_id, number, owner, proposal
        assert plan.life is not None and plan.spec is not None
        self.life, self.spec, self.steps = plan.life, plan.spec, plan.life.steps
        self.now = cases.scheduler.now
        self.status = S.GEMELD
        self.timeline: list[dict[str, Any]] = []
        self.parties: dict[str, Member] = {}
        first = plan.violations[0]
        if first.code.startswith("INT-"):
            self.platform = rng.choice(texts.SCHOOL_SYSTEMS) if rng.random() < 0.6 else ""
            self.place = rng.choice(("computerlokaal", "mediatheek", "thuis", "lokaal 2.14"))
        else:
            adult = plan.subject.kind in ("ouder", "medewerker")
            self.platform = rng.choice(texts.ADULT_PLATFORMS if adult else texts.STUDENT_PLATFORMS)
            self.place = rng.choice(texts.PLACES)
        audience = "internet" if first.code.startswith("INT-") else plan.subject.kind
        self.subject = texts.subject_for(rng, first, self.platform, audience)
        self.description = texts.description_for(rng, self.subject, audience)
        self.severity = max(plan.violations, key=lambda v: v.severity_rank).severity
        self.incident_time: dt.time | None = None
        if rng.random() < 0.7:
            if plan.incident == plan.reported.date():
                earlier = plan.reported - dt.timedelta(minutes=rng.randint(20, 120))
                self.incident_time = earlier.time() if earlier.hour >= 7 else None
            else:
                self.incident_time = dt.time(rng.randint(7, 22), rng.choice((0, 15, 30, 45)))

    # --- timeline --------------------------------------------------------------------------

    def note(
        self, at: dt.datetime, kind: K, title: str | Text,
        text: str | Text | Sequence[Text] = "", account: int = 0,
    ) -> None:  # fmt: skip
        """An entry as ``add_timeline`` writes it: the Dutch, and the wording of our Texts."""
        self.timeline.append(
            {
                "case_id": self.case_id, "at": at.astimezone(dt.UTC),
                "account_id": account or self.owner, "kind": str(kind),
                "title": str(title)[:300], "text": dutch_text(text),
                "wording": wording_json(title, text), "corrects_entry_id": None,
            }
        )  # fmt: skip

    def move(
        self, at: dt.datetime, to: CaseStatus, text: str | Text = "", account: int = 0
    ) -> None:
        if to != self.status:
            self.note(at, K.STATUS, titles.status_change(self.status, to), text, account)
            self.status = to

    def flush(self) -> None:
        self.timeline.sort(key=lambda row: row["at"])
        self.batch.rows["timeline_entry"].extend(self.timeline)

    # --- the report ------------------------------------------------------------------------

    def report(self) -> None:
        plan, rng, reported = self.plan, self.rng, self.plan.reported
        codes = ", ".join(v.code for v in plan.violations)
        self.note(
            reported,
            K.MELDING,
            titles.report(self.subject),
            f"Overtreding: {codes}\n\n{self.description}",
        )
        self._parties()
        online = not plan.violations[0].code.startswith("INT-")
        if rng.random() < (0.14 if online else 0.03):
            for index in range(rng.choice((1, 1, 2))):
                self._evidence(index + 1)
        if any(v.datalek for v in plan.violations):
            self._leak()

    def _other(self, pool: list[Member]) -> Member | None:
        for _ in range(4):
            found = self.rng.choice(pool) if pool else None
            if found is not None and found.id != self.plan.subject.id:
                return found
        return None

    def _parties(self) -> None:
        rng, subject, cases = self.rng, self.plan.subject, self.cases
        students = cases.current.get(self.plan.team_id) or cases.current[None]
        staff_case = subject.kind == "medewerker"
        if any(v.article in VICTIM_ARTICLES for v in self.plan.violations) and rng.random() < 0.6:
            pool = cases.staff if staff_case and rng.random() < 0.4 else students
            self._party("slachtoffer", self._other(pool))
        if rng.random() < 0.5:
            self._party("melder", self._other(cases.staff))
        if rng.random() < 0.15:
            self._party("getuige", self._other(students))
        if subject.kind == "leerling" and subject.guardians and rng.random() < 0.3:
            self._party("ouder", cases.parents_by_id.get(subject.guardians[0]))

    def _party(self, role: str, member: Member | None) -> None:
        if member is None or any(m.id == member.id for m in self.parties.values()):
            return
        self.parties[role] = member
        self.batch.add(
            "case_party", case_id=self.case_id, person_id=member.id, role=PartyRole(role), note=""
        )

    def _evidence(self, index: int) -> None:
        rng, plan = self.rng, self.plan
        start = dt.datetime.combine(plan.incident, self.incident_time or dt.time(12, 0))
        start = min(start, plan.reported - dt.timedelta(minutes=10))
        captured = start + (plan.reported - start) * rng.random()
        content = texts.screenshot_png(rng)
        digest = hashlib.sha256(content).hexdigest()
        account = texts.handle(rng)
        label = (self.platform or "bericht").lower().replace(" ", "-")
        name = f"screenshot_{label}_{captured:%Y%m%d_%H%M}_{index}.png"
        added = min(plan.reported + dt.timedelta(minutes=rng.randint(2, 30)), self.now)
        added = max(added, plan.reported)
        self.batch.add(
            "evidence", case_id=self.case_id, file_name=name, media_type="image/png",
            size_bytes=len(content), sha256=digest, content=content,
            captured_at=captured.replace(microsecond=0),
            url=texts.evidence_url(rng, self.platform, account), platform=self.platform,
            account_name=f"@{account}" if self.platform else "",
            description="Schermafbeelding, aangeleverd door de melder.", added_by_id=self.owner,
            added_at=added.astimezone(dt.UTC),
        )  # fmt: skip
        self.note(added, K.BEWIJS, titles.evidence_added(name), f"SHA-256: {digest}")

    def _leak(self) -> None:
        rng, found = self.rng, self.plan.reported
        scenario = self.plan.scenario
        undecided = (scenario is not None and scenario.leak) or self.now - found < dt.timedelta(
            days=4
        )
        decided = (
            None if undecided else min(found + dt.timedelta(hours=rng.randint(2, 60)), self.now)
        )
        report = decided is not None and rng.random() < 0.35
        motivation = ""
        if decided is not None:
            motivation = texts.LEAK_REPORTED if report else rng.choice(texts.LEAK_NOT_REPORTED)
        self.batch.add(
            "data_leak", case_id=self.case_id, title=str(case_leak_title(self.number)),
            description=str(case_leak_description(self.number, self.subject)),
            discovered_at=found.astimezone(dt.UTC), persons_affected=rng.randint(1, 40),
            data_categories=", ".join(rng.sample(texts.LEAK_CATEGORIES, rng.randint(1, 2))),
            registered_by_id=self.owner, registered_at=found.astimezone(dt.UTC),
            report_to_ap=None if decided is None else report,
            ap_reference=f"M{rng.randint(10**8, 10**9 - 1)}" if report else "",
            decided_at=decided.astimezone(dt.UTC) if decided else None,
            decided_by_id=self.cases.accounts.directie if decided else None,
            decision_motivation=motivation,
        )  # fmt: skip

    # --- the investigation -------------------------------------------------------------------

    def investigation(self) -> None:
        start = self.steps.get("onderzoek")
        if start is None:
            return
        rng = self.rng
        self.move(start, S.ONDERZOEK, rng.choice(("", "Onderzoek gestart.")))
        later = [
            self.steps[k]
            for k in ("voornemen", "gepland", "besluit", "geseponeerd")
            if k in self.steps
        ]
        end = min(later, default=min(start + dt.timedelta(days=3), self.now))

        def within() -> dt.datetime:
            at = start + max(end - start, dt.timedelta(minutes=2)) * rng.uniform(0.05, 0.9)
            if not 8 <= at.hour < 17:  # in working hours, when the window allows it
                working = at.replace(hour=rng.randint(8, 16), minute=rng.randint(0, 59))
                at = working if start < working < end else at
            return at.replace(second=0, microsecond=0) if at.replace(second=0) > start else at

        voices = [("betrokkene", self.plan.subject)]
        voices += [(role, m) for role, m in self.parties.items() if role in texts.STATEMENTS]
        for _ in range(rng.choices((0, 1, 2), weights=(60, 30, 10))[0]):
            role, member = rng.choice(voices)
            anonymous = role == "getuige" and rng.random() < 0.3
            given = within()
            text = rng.choice(texts.STATEMENTS[role])
            recorded = min(given + dt.timedelta(minutes=rng.randint(5, 60)), max(given, self.now))
            self.batch.add(
                "statement", case_id=self.case_id, person_id=None if anonymous else member.id,
                given_at=given, text=text, recorded_by_id=self.owner,
                recorded_at=recorded.astimezone(dt.UTC), corrects_id=None,
            )  # fmt: skip
            who = titles.ANONYMOUS if anonymous else member.name
            self.note(given, K.VERKLARING, titles.statement(who), text)
        if rng.random() < 0.2:
            self.note(within(), K.NOTITIE, rng.choice(texts.NOTES))

    def reference(self, kind: str, day: dt.date) -> str:
        pattern = REFERENCES.get(kind)
        if pattern is None or (kind == "aangifte" and self.rng.random() < 0.4):
            return ""
        return pattern.format(y=day.year, n=self.rng.randint(1, 99999))

    def notifications(self, decision_id: int) -> None:
        for owed in self.life.notifications:
            reference = self.reference(owed.kind, owed.due) if owed.done else ""
            self.batch.add(
                "notification", case_id=self.case_id, decision_id=decision_id, kind=owed.kind,
                due_on=owed.due, done_at=owed.done, done_by_id=self.owner if owed.done else None,
                reference=reference, description=owed.description,
            )  # fmt: skip
            if owed.done:
                label = notification_label(owed.kind)
                title = titles.notification_done(label, owed.done.date(), reference)
                self.note(owed.done, K.MELDING_GEDAAN, title)

    def reasons(self) -> str:
        return reasons_json(self.proposal.reasons)
