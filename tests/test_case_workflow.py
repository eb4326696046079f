"""A case from melding to closing, through the services, on a real dossier."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from school import School, build_school
from sqlalchemy import select, update

from casemanager.cases import deciding, evidence, hearings, investigation, procedure
from casemanager.cases.reporting import NewReport, PartyInput, report_case
from casemanager.cases.viewing import get_case
from casemanager.cases.wording import STATUS_TEXTS
from casemanager.errors import InvalidInput, PermissionDenied
from casemanager.store.dossier import Dossier
from casemanager.texts import Text, tr
from models.audit import AuditEntry
from models.cases import Case, CaseStatus, PartyRole
from models.dataleak import DataLeak
from models.procedure import Decision, Notification, ObjectionOutcome

TODAY = dt.date.today()


@pytest.fixture
def school(dossier: Dossier) -> School:
    return build_school(dossier)


@pytest.fixture
def teamleider(school: School) -> Iterator[Dossier]:
    with school.open("tl.onder") as opened:
        yield opened


def report(
    d: Dossier, school: School, person: str = "ayse", codes: tuple[str, ...] = ("A6-PEST",)
) -> int:
    with d.unit_of_work() as uow:
        ref = report_case(
            uow,
            NewReport(
                subject_person_id=school.persons[person],
                violation_codes=codes,
                incident_date=TODAY - dt.timedelta(days=2),
                description="In de klassengroep op WhatsApp staan berichten over een klasgenoot.",
                platform="WhatsApp",
                parties=(PartyInput(school.persons["jan"], PartyRole.SLACHTOFFER),),
            ),
        )
        uow.commit()
    return ref.id


def backdate_decision(d: Dossier, case_id: int, days: int) -> None:
    """Let time pass: the decision was taken ``days`` days ago."""
    with d.unit_of_work() as uow:
        uow.session.execute(
            update(Decision)
            .where(Decision.case_id == case_id)
            .values(decided_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=days))
        )
        uow.commit()


def test_a_case_from_report_to_closing(teamleider: Dossier, school: School) -> None:
    case_id = report(teamleider, school)
    with teamleider.unit_of_work() as uow:
        investigation.add_statement(
            uow,
            case_id,
            "Ik heb het bericht doorgestuurd, niet zelf geschreven.",
            person_id=school.persons["ayse"],
            given_at=dt.datetime.now() - dt.timedelta(hours=1),
        )
        evidence.add_evidence(
            uow, case_id, "screenshot.png", b"\x89PNG fake image bytes", platform="WhatsApp"
        )
        proposal = deciding.proposal_for_case(uow, case_id)
        result = deciding.decide(uow, case_id, proposal.rung)
        uow.commit()
    assert proposal.rung == "waarschuwing"  # middel → schriftelijke waarschuwing, no history
    assert proposal.pestprotocol
    assert not result.is_voornemen
    backdate_decision(teamleider, case_id, 50)
    with teamleider.unit_of_work() as uow:
        end = procedure.make_known(uow, case_id, TODAY - dt.timedelta(days=43))
        uow.commit()
    assert end == TODAY - dt.timedelta(days=1)
    with teamleider.unit_of_work() as uow:
        procedure.close_case(uow, case_id)
        view = get_case(uow, case_id)
        uow.commit()
    assert view.status == "afgesloten"
    titles = [str(t.title) for t in view.timeline]
    assert titles[0].startswith("Melding")
    assert any("Verklaring van Ayşe Doğan" in t for t in titles)
    assert any(t.startswith("Besluit: Schriftelijke waarschuwing") for t in titles)
    assert (
        view.evidence[0].sha256
        == __import__("hashlib").sha256(b"\x89PNG fake image bytes").hexdigest()
    )
    with teamleider.unit_of_work(read_only=True) as uow:
        actions = uow.session.scalars(
            select(AuditEntry.action).where(AuditEntry.username == "tl.onder")
        ).all()
    assert {
        "case.report",
        "case.statement",
        "case.decide",
        "case.made_known",
        "case.close",
        "case.read",
    } <= set(actions)


def test_closing_waits_for_the_objection_term(teamleider: Dossier, school: School) -> None:
    case_id = report(teamleider, school)
    with teamleider.unit_of_work() as uow:
        deciding.decide(uow, case_id, "waarschuwing")
        procedure.make_known(uow, case_id, TODAY)
        uow.commit()
    with (
        teamleider.unit_of_work() as uow,
        pytest.raises(InvalidInput, match="bezwaartermijn loopt nog"),
    ):
        procedure.close_case(uow, case_id)
    with teamleider.unit_of_work() as uow:
        close = next(a for a in get_case(uow, case_id).actions if a.name == "close")
    assert not close.enabled and "bezwaartermijn loopt nog" in str(close.reason)  # it says so


def test_a_rung_that_needs_a_hearing_is_refused_before_the_hearing(
    teamleider: Dossier, school: School
) -> None:
    case_id = report(teamleider, school, codes=("A6-DREIG",))  # zwaar → interne schorsing
    monday = TODAY + dt.timedelta(days=(7 - TODAY.weekday()) % 7 or 7)
    with teamleider.unit_of_work() as uow:
        assert deciding.proposal_for_case(uow, case_id).rung == "interne_schorsing"
        with pytest.raises(InvalidInput, match="eerst een hoorgesprek"):
            deciding.decide(uow, case_id, "interne_schorsing", starts_on=monday, duration_days=1)
    with teamleider.unit_of_work() as uow:
        hearing_id = hearings.plan_hearing(
            uow, case_id, dt.datetime.now() - dt.timedelta(hours=3), location="kamer 1.12"
        )
        hearings.hold_hearing(
            uow,
            hearing_id,
            dt.datetime.now() - dt.timedelta(hours=2),
            "Ayşe en haar moeder gehoord; Ayşe erkent de berichten.",
        )
        result = deciding.decide(
            uow, case_id, "interne_schorsing", starts_on=monday, duration_days=2
        )
        uow.commit()
    assert result.ends_on is not None and result.ends_on > monday
    assert any("Ouders" in text for text in result.notifications)  # a minor: parents informed
    assert any("Aangifte" in text for text in result.notifications)  # bedreigen is strafbaar


def test_deviating_needs_a_real_motivation_and_the_right_role(
    teamleider: Dossier, school: School
) -> None:
    case_id = report(teamleider, school)
    with teamleider.unit_of_work() as uow:
        with pytest.raises(InvalidInput, match="motivering"):
            deciding.decide(uow, case_id, "waarschuwing_mondeling", motivation="ok")
        with pytest.raises(PermissionDenied, match="Verwijdering"):
            deciding.decide(uow, case_id, "verwijdering", motivation="x " * 30)
        deciding.decide(
            uow,
            case_id,
            "waarschuwing_mondeling",
            motivation="Eerste keer; Ayşe toonde direct spijt en verwijderde het bericht zelf.",
        )
        uow.commit()
    with teamleider.unit_of_work(read_only=True) as uow:
        decision = uow.session.scalars(select(Decision).where(Decision.case_id == case_id)).one()
        assert decision.proposed_rung == "waarschuwing"
        assert decision.chosen_rung == "waarschuwing_mondeling"
        assert decision.deviates_from_proposal
        assert "spijt" in decision.motivation


def test_history_raises_the_proposal(teamleider: Dossier, school: School) -> None:
    first = report(teamleider, school)
    with teamleider.unit_of_work() as uow:
        deciding.decide(uow, first, "waarschuwing")
        uow.commit()
    second = report(teamleider, school)
    with teamleider.unit_of_work() as uow:
        proposal = deciding.proposal_for_case(uow, second)
    assert proposal.rung == "interne_schorsing"
    assert any("Tweede overtreding" in str(reason) for reason in proposal.reasons)


def test_staff_measures_go_through_a_voornemen(school: School) -> None:
    with school.open("hr") as hr:
        case_id = report(hr, school, person="teacher", codes=("C1-VERTROUWELIJK",))
        with hr.unit_of_work() as uow, pytest.raises(PermissionDenied):
            deciding.decide(uow, case_id, "berisping")  # only the directie
    with school.open("directie") as directie:
        with directie.unit_of_work() as uow:
            intent = deciding.decide(uow, case_id, "berisping")
            uow.commit()
        assert intent.is_voornemen
        with directie.unit_of_work() as uow:
            hearing_id = hearings.plan_hearing(
                uow, case_id, dt.datetime.now() - dt.timedelta(hours=2)
            )
            hearings.hold_hearing(
                uow,
                hearing_id,
                dt.datetime.now() - dt.timedelta(hours=1),
                "Zienswijze mondeling gegeven met adviseur erbij.",
            )
            with pytest.raises(InvalidInput, match="zienswijze loopt tot en met"):
                deciding.decide(uow, case_id, "berisping")
            final = deciding.decide(uow, case_id, "berisping", zienswijze_received=True)
            uow.commit()
        assert not final.is_voornemen
        with directie.unit_of_work(read_only=True) as uow:
            case = uow.session.get(Case, case_id)
            assert case.status == CaseStatus.BESLUIT


def test_objection_then_close(teamleider: Dossier, school: School) -> None:
    case_id = report(teamleider, school)
    with teamleider.unit_of_work() as uow:
        deciding.decide(uow, case_id, "waarschuwing")
        procedure.make_known(uow, case_id, TODAY)
        objection_id = procedure.record_objection(
            uow, case_id, TODAY, "De ouders vinden de waarschuwing te zwaar."
        )
        with pytest.raises(InvalidInput, match="nog niet beslist"):
            procedure.close_case(uow, case_id)
        procedure.decide_objection(
            uow, objection_id, ObjectionOutcome.ONGEGROND, "Het besluit blijft in stand.", TODAY
        )
        procedure.close_case(uow, case_id)
        uow.commit()


def test_transitions_that_are_not_allowed_say_why(teamleider: Dossier, school: School) -> None:
    case_id = report(teamleider, school)
    with teamleider.unit_of_work() as uow:
        with pytest.raises(
            InvalidInput, match="U kunt nu niet de zaak afsluiten: de zaak is gemeld"
        ):
            procedure.close_case(uow, case_id)
        with pytest.raises(InvalidInput, match="niet de zaak heropenen"):
            procedure.reopen_case(uow, case_id, "Nieuwe feiten bekend geworden.")
        procedure.dismiss_case(uow, case_id, "Bij nader inzien geen overtreding van het protocol.")
        with pytest.raises(InvalidInput, match="heropen de zaak eerst"):
            evidence.add_evidence(uow, case_id, "a.png", b"data")
        procedure.reopen_case(uow, case_id, "Er is nieuw bewijs binnengekomen.")
        uow.commit()
        assert uow.session.get(Case, case_id).status == CaseStatus.HEROPEND


def test_datalek_violation_starts_the_72_hours(school: School) -> None:
    with school.open("hr") as hr:
        case_id = report(hr, school, person="teacher", codes=("INT-DATALEK",))
        with hr.unit_of_work(read_only=True) as uow:
            leak = uow.session.scalars(select(DataLeak).where(DataLeak.case_id == case_id)).one()
            assert leak.report_to_ap is None
            assert (
                leak.title == f"Mogelijk datalek bij zaak {uow.session.get(Case, case_id).number}"
            )


def test_evidence_limits(teamleider: Dossier, school: School, tmp_path) -> None:
    case_id = report(teamleider, school)
    with teamleider.unit_of_work() as uow:
        with pytest.raises(InvalidInput, match="leeg"):
            evidence.add_evidence(uow, case_id, "leeg.png", b"")
        with pytest.raises(InvalidInput, match="maximum is 25 MB"):
            evidence.add_evidence(
                uow, case_id, "film.mp4", b"0" * (evidence.MAX_EVIDENCE_BYTES + 1)
            )
        evidence.add_evidence(uow, case_id, "a.png", b"same")
        with pytest.raises(InvalidInput, match="zit al bij deze zaak"):
            evidence.add_evidence(uow, case_id, "b.png", b"same")
    with pytest.raises(InvalidInput, match="is een map"):
        evidence.read_evidence_file(tmp_path)


def test_notifications_are_owed_and_can_be_marked_done(teamleider: Dossier, school: School) -> None:
    case_id = report(teamleider, school, codes=("A6-DREIG",))
    with teamleider.unit_of_work() as uow:
        hearing_id = hearings.plan_hearing(uow, case_id, dt.datetime.now() - dt.timedelta(hours=3))
        hearings.hold_hearing(
            uow,
            hearing_id,
            dt.datetime.now() - dt.timedelta(hours=1),
            "Gesprek gevoerd met leerling en moeder.",
        )
        deciding.decide(
            uow,
            case_id,
            "waarschuwing",
            motivation="Leerling heeft excuses aangeboden en het bericht meteen verwijderd.",
        )
        uow.commit()
    with teamleider.unit_of_work() as uow:
        owed = uow.session.scalars(
            select(Notification).where(Notification.case_id == case_id)
        ).all()
        kinds = sorted(str(n.kind) for n in owed)
        assert kinds == ["aangifte"]  # a waarschuwing owes no Inspectie report; bedreigen: aangifte
        procedure.notification_done(
            uow, owed[0].id, TODAY, "Besloten geen aangifte te doen; ouders gesproken"
        )
        uow.commit()
    with teamleider.unit_of_work(read_only=True) as uow:
        assert uow.session.get(Notification, owed[0].id).is_done


def test_case_numbers_stay_unique_when_reported_at_the_same_time(school: School) -> None:
    """Writers queue behind BEGIN IMMEDIATE, so two reports never take the same number."""
    import threading

    numbers: list[str] = []
    errors: list[BaseException] = []

    def reporter() -> None:
        try:
            with school.open("tl.onder") as d:
                for _ in range(5):
                    case_id = report(d, school)
                    with d.unit_of_work(read_only=True) as uow:
                        numbers.append(uow.session.get(Case, case_id).number)
        except BaseException as error:  # reported below, in the test's thread
            errors.append(error)

    threads = [threading.Thread(target=reporter) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(numbers) == len(set(numbers)) == 20


def test_the_case_view_says_which_rungs_the_user_may_decide(school: School) -> None:
    with school.open("tl.onder") as d:
        case_id = report(d, school)
        with d.unit_of_work() as uow:
            view = get_case(uow, case_id)
            uow.commit()
    options = {o.code: o for o in view.rung_options}
    assert view.role == "teamleider"
    assert options["waarschuwing"].allowed and options["waarschuwing"].step == "besluit"
    assert not options["externe_schorsing"].allowed
    assert "hoorgesprek" in str(options["externe_schorsing"].reason)
    assert not options["verwijdering"].allowed
    assert str(options["verwijdering"].reason) == "Alleen directie mag 'Verwijdering' nemen."
    assert options["verwijdering"].step == "voornemen"


def test_the_case_view_gives_its_sentences_as_texts(school: School) -> None:
    """Reasons and labels are texts with their values apart (the screens translate them);
    their Dutch is what the CLI and the record show."""
    with school.open("tl.onder") as d:
        case_id = report(d, school)
        with d.unit_of_work() as uow:
            with pytest.raises(InvalidInput) as refused:
                procedure.make_known(uow, case_id, TODAY)
            view = get_case(uow, case_id)
            uow.commit()
    assert isinstance(refused.value.text, Text)
    assert str(refused.value) == "Er is geen besluit dat nog bekendgemaakt moet worden."
    for action in view.actions:
        assert (action.reason is None) == action.enabled, action.name
        assert action.enabled or isinstance(action.reason, Text)
    reopen = next(a for a in view.actions if a.name == "reopen")
    assert reopen.reason == tr("de zaak is niet gesloten")
    make_known = next(a for a in view.actions if a.name == "make_known")
    assert str(make_known.reason) == "er is geen besluit dat nog bekendgemaakt moet worden"
    for option in view.rung_options:
        assert (option.reason is None) == option.allowed
    refused_rung = next(o for o in view.rung_options if o.code == "verwijdering")
    assert refused_rung.reason is not None
    assert dict(refused_rung.reason.values)["rung"] == "Verwijdering"  # a policy title
    assert view.proposal is not None
    assert all(isinstance(reason, Text) for reason in view.proposal.reasons)


def test_a_refused_step_names_the_status_as_a_text(teamleider: Dossier, school: School) -> None:
    case_id = report(teamleider, school)
    with teamleider.unit_of_work() as uow:
        procedure.dismiss_case(uow, case_id, "Er bleek niets aan de hand te zijn.")
        uow.commit()
    with teamleider.unit_of_work() as uow, pytest.raises(InvalidInput) as refused:
        hearings.plan_hearing(uow, case_id, dt.datetime.now())
    message = refused.value.text
    assert isinstance(message, Text)
    values = dict(message.values)
    assert values["status"] == STATUS_TEXTS[CaseStatus.GESEPONEERD]
    assert values["action"] == tr("een hoorgesprek te plannen")
    assert str(refused.value).endswith(
        "is geseponeerd; heropen de zaak eerst om een hoorgesprek te plannen."
    )
