"""Full-text search: the FTS5 index inside the dossier follows every change of the case
texts, ignores case and diacritics, matches the last word as a prefix, reads nothing a user
types as syntax, and never shows a case the user may not see."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from alembic import command
from conftest import ADMIN, ADMIN_PASSWORD, add_user, raw_connection
from sqlalchemy import delete, select, text, update

from casemanager.cases.listing import CaseFilter, CaseSort, count_cases, list_cases
from casemanager.store import fulltext, migrations
from casemanager.store.backend import backend_for
from casemanager.store.dossier import Dossier
from casemanager.store.fulltext import MAX_WORDS, SearchWords, Source, search_words, source_of
from casemanager.store.rotate import rotate_key
from casemanager.store.verify import verify
from models import (
    Case,
    CaseParty,
    Decision,
    Evidence,
    Hearing,
    PartyRole,
    Person,
    Statement,
    Team,
    TimelineEntry,
)
from models.cases import CaseStatus, Severity
from models.people import PersonKind

PASSWORD = "een lang genoeg wachtwoord"


def add_case(
    dossier: Dossier,
    seq: int,
    person_id: int,
    *,
    team_id: int | None = None,
    ladder: str = "leerling",
    subject: str = "Melding",
    description: str = "",
) -> int:
    with dossier.unit_of_work() as uow:
        case = Case(
            number=f"2026-{seq:04d}",
            year=2026,
            seq=seq,
            subject_person_id=person_id,
            team_id=team_id,
            subject=subject,
            description=description,
            incident_date=dt.date(2026, 11, 2),
            severity=Severity.MIDDEL,
            status=CaseStatus.ONDERZOEK,
            owner_id=dossier.actor.account_id,
            created_by_id=dossier.actor.account_id,
            ladder=ladder,
        )
        uow.session.add(case)
        uow.commit()
    return case.id


def add_person(dossier: Dossier, voornaam: str, achternaam: str, **extra: object) -> int:
    with dossier.unit_of_work() as uow:
        person = Person(
            kind=extra.pop("kind", PersonKind.LEERLING),
            voornaam=voornaam,
            achternaam=achternaam,
            **extra,
        )
        uow.session.add(person)
        uow.commit()
    return person.id


def found(dossier: Dossier, query: str) -> set[str]:
    """Numbers of all cases in the dossier whose texts match (the store level, no roles)."""
    condition = backend_for(dossier.engine).case_text_match(query)
    with dossier.reader() as connection:
        return set(connection.scalars(select(Case.number).where(condition)))


def index_rows(dossier: Dossier) -> int:
    with dossier.reader() as connection:
        return int(connection.execute(text("SELECT count(*) FROM case_search")).scalar_one())


@pytest.fixture
def student(dossier: Dossier) -> int:
    return add_person(dossier, "Şeyma", "Doğan", class_name="3H2", number="123456")


def test_every_case_text_is_indexed_when_it_is_written(dossier: Dossier, student: int) -> None:
    case_id = add_case(dossier, 1, student, subject="Filmpje", description="op het plein")
    other = add_person(dossier, "Bram", "Getuige")
    me = dossier.actor.account_id
    now = dt.datetime(2026, 11, 3, 10, 0)
    with dossier.unit_of_work() as uow:
        add = uow.session.add
        add(Statement(case_id=case_id, given_at=now, text="zag een screenshot", recorded_by_id=me))
        add(TimelineEntry(case_id=case_id, account_id=me, kind="notitie", title="Appgroep"))
        add(Hearing(case_id=case_id, planned_at=now, report="excuses aangeboden"))
        add(
            Decision(
                case_id=case_id,
                proposed_rung="waarschuwing",
                chosen_rung="waarschuwing",
                motivation="eerste keer",
                decided_by_id=me,
                decided_in_role="teamleider",
            )
        )
        add(
            Evidence(
                case_id=case_id,
                file_name="chat_export.png",
                size_bytes=1,
                sha256="0" * 64,
                content=b"x",
                description="berichten uit de klassenapp",
                added_by_id=me,
            )
        )
        add(CaseParty(case_id=case_id, person_id=other, role=PartyRole.GETUIGE))
        uow.commit()
    for word in (
        "2026-0001",
        "filmpje",
        "plein",
        "screenshot",
        "appgroep",
        "excuses",
        "eerste keer",
        "chat_export",
        "klassenapp",
        "getuige",  # a party's name
        "Seyma",  # the subject's name, class and number
        "3h2",
        "123456",
    ):
        assert found(dossier, word) == {"2026-0001"}, word


def test_changed_texts_replace_the_old_words(dossier: Dossier, student: int) -> None:
    case_id = add_case(dossier, 1, student, description="ruzie op instagram")
    with dossier.unit_of_work() as uow:
        statement = Statement(
            case_id=case_id,
            given_at=dt.datetime(2026, 11, 3),
            text="het was op snapchat",
            recorded_by_id=dossier.actor.account_id,
        )
        uow.session.add(statement)
        uow.commit()
    with dossier.unit_of_work() as uow:
        uow.session.execute(
            update(Case).where(Case.id == case_id).values(description="ruzie op tiktok")
        )
        uow.session.execute(
            update(Statement).where(Statement.id == statement.id).values(text="het was op bereal")
        )
        uow.session.execute(update(Person).where(Person.id == student).values(achternaam="Yıldız"))
        uow.session.execute(update(Case).where(Case.id == case_id).values(status="besluit"))
        uow.commit()
    assert found(dossier, "instagram") == found(dossier, "snapchat") == set()
    assert found(dossier, "doğan") == set()
    assert found(dossier, "tiktok") == found(dossier, "bereal") == {"2026-0001"}
    assert found(dossier, "Yıldız") == found(dossier, "ruzie") == {"2026-0001"}

    renamed = add_person(dossier, "Tom", "Ander")
    with dossier.unit_of_work() as uow:
        uow.session.execute(
            update(Case).where(Case.id == case_id).values(subject_person_id=renamed)
        )
        uow.commit()
    assert found(dossier, "Yıldız") == set()
    assert found(dossier, "ander") == {"2026-0001"}


def test_deleted_texts_leave_the_index(dossier: Dossier, student: int) -> None:
    keep = add_case(dossier, 1, student, description="blijft staan")
    gone = add_case(dossier, 2, student, description="wordt verwijderd")
    with dossier.unit_of_work() as uow:
        for case_id, words in ((keep, "eerste verklaring"), (gone, "tweede verklaring")):
            uow.session.add(
                Statement(
                    case_id=case_id,
                    given_at=dt.datetime(2026, 11, 3),
                    text=words,
                    recorded_by_id=dossier.actor.account_id,
                )
            )
        uow.commit()
    with dossier.unit_of_work() as uow:
        uow.session.execute(delete(Statement).where(Statement.case_id == keep))
        uow.commit()
    assert found(dossier, "eerste") == set()
    assert found(dossier, "verklaring") == {"2026-0002"}
    # deleting a case takes its statements along (ON DELETE CASCADE), and their index rows
    with dossier.unit_of_work() as uow:
        uow.session.execute(delete(Case).where(Case.id == gone))
        uow.commit()
    assert found(dossier, "verklaring") == found(dossier, "verwijderd") == set()
    assert index_rows(dossier) == 2  # the remaining case and its subject's name


def test_case_and_diacritics_do_not_matter(dossier: Dossier, student: int) -> None:
    add_case(dossier, 1, student, description="Gesprek in het café over Ørsted")
    for query in ("dogan", "DOGAN", "Doğan", "doĞan", "seyma", "cafe", "CAFÉ", "caf"):
        assert found(dossier, query) == {"2026-0001"}, query


def test_the_last_word_matches_as_a_prefix_while_typing(dossier: Dossier, student: int) -> None:
    add_case(dossier, 1, student, description="deelde een screenshot van de verwijderde chat")
    assert found(dossier, "scre") == {"2026-0001"}
    assert found(dossier, "sc") == {"2026-0001"}
    assert found(dossier, "scre ") == set()  # a space after it: the word is complete
    assert found(dossier, "scre chat") == set()  # only the last word is a prefix
    assert found(dossier, "chat verwijder") == {"2026-0001"}


def test_every_word_must_occur_somewhere_in_the_case(dossier: Dossier, student: int) -> None:
    first = add_case(dossier, 1, student, description="foto gedeeld")
    add_case(dossier, 2, add_person(dossier, "Jan", "de Vries"), description="foto gedeeld")
    with dossier.unit_of_work() as uow:
        uow.session.add(
            Statement(
                case_id=first,
                given_at=dt.datetime(2026, 11, 3),
                text="via whatsapp",
                recorded_by_id=dossier.actor.account_id,
            )
        )
        uow.commit()
    # the name, the description and the statement are different index rows of one case
    assert found(dossier, "dogan foto whatsapp") == {"2026-0001"}
    assert found(dossier, "foto gedeeld") == {"2026-0001", "2026-0002"}
    assert found(dossier, "foto instagram") == set()
    assert found(dossier, "de vries") == {"2026-0002"}


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        'screenshot"',
        '"screenshot',
        "*",
        "screen*",
        "-screenshot",
        "screenshot -chat",
        "AND",
        "screenshot AND",
        "OR screenshot",
        "NOT",
        "NEAR(screenshot chat)",
        "NEAR(",
        "(screenshot",
        "screenshot)",
        "body:screenshot",
        "case_id:1",
        "{body}: x",
        "^screenshot",
        "screenshot + chat",
        "'; DROP TABLE case_file; --",
        "\\",
        "\x00",
        "🙂",
        "a" * 5000,
    ],
)
def test_hostile_input_is_searched_for_as_text(dossier: Dossier, student: int, query: str) -> None:
    add_case(dossier, 1, student, description="Een screenshot van de chat (body: tekst)")
    result = found(dossier, query)  # never an FTS5 syntax error
    assert result <= {"2026-0001"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('"screenshot"', True),
        ("screen*", True),  # the * is ignored, the last word is a prefix anyway
        ("(screenshot)", True),
        ("screenshot AND", False),  # "and" is an ordinary word here, and not in the text
        ("-screenshot", True),  # no exclusion: the word is searched for
        ("NEAR(screenshot", False),  # one piece: the phrase "near screenshot", not in the text
        ("NEAR( screenshot", False),  # two words; "near" is not in the text
    ],
)
def test_what_operators_mean_as_text(
    dossier: Dossier, student: int, query: str, expected: bool
) -> None:
    add_case(dossier, 1, student, description="Een screenshot van de chat")
    assert bool(found(dossier, query)) is expected, query


def test_words_of_the_query() -> None:
    assert search_words("") is None
    assert search_words("   \t\n") is None
    assert search_words('" * - ( )') is None
    assert search_words("Doğan scre") == SearchWords(("Doğan", "scre"), last_is_prefix=True)
    assert search_words("doğan  scre ") == SearchWords(("doğan", "scre"), last_is_prefix=False)
    assert search_words("foto Foto FOTO") == SearchWords(("foto",), last_is_prefix=True)
    many = search_words(" ".join(f"w{i}" for i in range(100)))
    assert many is not None
    assert len(many.words) == MAX_WORDS
    assert not many.last_is_prefix  # the last word kept was complete


def test_no_words_means_no_text_filter(dossier: Dossier, student: int) -> None:
    add_case(dossier, 1, student)
    assert found(dossier, "") == found(dossier, "  ") == found(dossier, '"') == {"2026-0001"}


@pytest.fixture
def two_teams(dossier: Dossier) -> dict[str, int]:
    with dossier.unit_of_work() as uow:
        teams = [Team(name="onderbouw"), Team(name="bovenbouw")]
        uow.session.add_all(teams)
        uow.commit()
    add_user(dossier, "tl-onder", PASSWORD, "teamleider", teams=("onderbouw",))
    add_user(dossier, "hr", PASSWORD, "hr")
    add_user(dossier, "dir", PASSWORD, "directie")
    ids = {"onderbouw": teams[0].id, "bovenbouw": teams[1].id}
    jongere = add_person(dossier, "Ali", "Jong", team_id=ids["onderbouw"])
    oudere = add_person(dossier, "Eva", "Oud", team_id=ids["bovenbouw"])
    docent = add_person(dossier, "Piet", "Docent", kind=PersonKind.MEDEWERKER)
    add_case(dossier, 1, jongere, team_id=ids["onderbouw"], description="screenshot gedeeld")
    add_case(dossier, 2, oudere, team_id=ids["bovenbouw"], description="screenshot gedeeld")
    add_case(dossier, 3, docent, ladder="medewerker", description="screenshot gedeeld")
    return ids


def search_as(path: Path, username: str, query: str) -> set[str]:
    with Dossier.open(path, username, PASSWORD) as opened:
        return {row.number for row in list_cases(opened, CaseFilter(text=query))}


def test_a_search_shows_only_the_cases_the_user_may_see(
    dossier: Dossier, two_teams: dict[str, int]
) -> None:
    assert found(dossier, "screenshot") == {"2026-0001", "2026-0002", "2026-0003"}
    assert search_as(dossier.path, "tl-onder", "screenshot") == {"2026-0001"}
    assert search_as(dossier.path, "tl-onder", "oud") == set()  # the name matches, the team not
    assert search_as(dossier.path, "tl-onder", "docent") == set()
    assert search_as(dossier.path, "hr", "screenshot") == {"2026-0003"}
    assert search_as(dossier.path, "dir", "scre") == {"2026-0001", "2026-0002", "2026-0003"}


@pytest.mark.parametrize("common_rows", [1, 2, 5_000])
def test_common_and_rare_words_find_the_same_cases_in_the_same_order(
    dossier: Dossier, student: int, monkeypatch: pytest.MonkeyPatch, common_rows: int
) -> None:
    """A word in COMMON_ROWS index rows or more is only looked up case by case; the
    rarest word below it drives the query. The cases found are the same either way."""
    monkeypatch.setattr(fulltext, "COMMON_ROWS", common_rows)
    add_case(dossier, 1, student, description="screenshot in de groepsapp")
    add_case(dossier, 2, student, description="nog een screenshot")
    add_case(dossier, 3, student, description="iets anders")
    add_user(dossier, "dir", PASSWORD, "directie")
    with Dossier.open(dossier.path, "dir", PASSWORD) as director:
        for query, expected in (
            ("screenshot", ["2026-0002", "2026-0001"]),
            ("screenshot groepsapp", ["2026-0001"]),
            ("dogan scr", ["2026-0002", "2026-0001"]),
            ("zqx", []),
        ):
            rows = list_cases(director, CaseFilter(text=query), CaseSort.NUMBER, descending=True)
            assert [row.number for row in rows] == expected, (query, common_rows)
            assert count_cases(director, CaseFilter(text=query)) == len(expected)
    with dossier.reader() as connection:
        shape = str(backend_for(dossier.engine).case_text_match("screenshot", connection))
    assert ("case_file.id + " in shape) == (common_rows <= 2)  # "screenshot" is in 2 rows


def test_the_index_survives_key_rotation_and_verify_checks_it(
    dossier: Dossier, student: int
) -> None:
    add_case(dossier, 1, student, description="screenshot")
    rotate_key(dossier)
    assert found(dossier, "screenshot") == {"2026-0001"}
    assert verify(dossier).ok
    add_case(dossier, 2, student, description="nog een screenshot")
    assert found(dossier, "screenshot") == {"2026-0001", "2026-0002"}


def test_verify_finds_an_index_that_no_longer_fits_the_texts(
    dossier: Dossier, student: int
) -> None:
    add_case(dossier, 1, student, description="screenshot")
    connection = raw_connection(dossier.path)
    try:  # someone with the key changes the index's copy behind the triggers' backs
        connection.execute("UPDATE case_search_content SET c0 = 'anders'")
    finally:
        connection.close()
    report = verify(dossier)
    assert not report.ok
    assert any("case_search" in problem for problem in report.storage_problems)


def test_upgrading_a_dossier_from_0002_indexes_its_existing_texts(
    dossier: Dossier, student: int
) -> None:
    case_id = add_case(dossier, 1, student, description="bestaande melding")
    with dossier.unit_of_work() as uow:
        uow.session.add(
            Statement(
                case_id=case_id,
                given_at=dt.datetime(2026, 11, 3),
                text="oude verklaring",
                recorded_by_id=dossier.actor.account_id,
            )
        )
        uow.commit()
    config = migrations.alembic_config()
    with dossier.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0002")
    with dossier.reader() as connection:
        names = set(connection.scalars(text("SELECT name FROM sqlite_master")))
    assert not any(name.startswith("case_search") for name in names)
    path = dossier.path
    dossier.close()

    # opening runs the migration (after a backup), which fills the index from the rows
    with Dossier.open(path, ADMIN, ADMIN_PASSWORD) as reopened:
        assert found(reopened, "verklaring") == {"2026-0001"}
        assert found(reopened, "bestaande") == found(reopened, "dogan") == {"2026-0001"}
        assert found(reopened, "3h2 oude") == {"2026-0001"}
        with reopened.reader() as connection:
            version = connection.scalar(text("SELECT version_num FROM alembic_version"))
        assert version == migrations.head_revision()


def index_rowids(dossier: Dossier) -> set[tuple[int, Source, int]]:
    with dossier.reader() as connection:
        rowids = connection.scalars(text("SELECT rowid FROM case_search"))
        return {source_of(rowid) for rowid in rowids}


def test_an_index_row_is_numbered_by_its_case_kind_and_source_row(
    dossier: Dossier, student: int
) -> None:
    first = add_case(dossier, 1, student, description="eerste")
    second = add_case(dossier, 2, student, description="tweede")
    with dossier.unit_of_work() as uow:
        statement = Statement(
            case_id=second, given_at=dt.datetime(2026, 11, 3), text="verklaring",
            recorded_by_id=dossier.actor.account_id,
        )  # fmt: skip
        uow.session.add(statement)
        uow.commit()
        statement_id = statement.id
    assert index_rowids(dossier) == {
        (first, Source.CASE, first),
        (first, Source.SUBJECT, first),
        (second, Source.CASE, second),
        (second, Source.SUBJECT, second),
        (second, Source.STATEMENT, statement_id),
    }
    with dossier.unit_of_work() as uow:  # the statement moves to the other case
        uow.session.execute(update(Statement).values(case_id=first))
        uow.commit()
    assert (first, Source.STATEMENT, statement_id) in index_rowids(dossier)
    assert found(dossier, "verklaring") == {"2026-0001"}


def test_the_index_survives_a_downgrade_to_the_old_numbering_and_back(
    dossier: Dossier, student: int
) -> None:
    case_id = add_case(dossier, 1, student, description="bestaande melding")
    config = migrations.alembic_config()
    with dossier.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0006")
    with dossier.reader() as connection:  # 0003's numbering: source id * 16 + kind
        rowids = set(connection.scalars(text("SELECT rowid FROM case_search")))
    assert rowids == {case_id * 16 + 1, case_id * 16 + 2}
    path = dossier.path
    dossier.close()
    with Dossier.open(path, ADMIN, ADMIN_PASSWORD) as reopened:
        assert found(reopened, "bestaande dogan") == {"2026-0001"}
        assert index_rowids(reopened) == {
            (case_id, Source.CASE, case_id),
            (case_id, Source.SUBJECT, case_id),
        }


EXPECTED_TRIGGERS = {
    f"case_search_{name}"
    for name in (
        "case_ai",
        "case_au",
        "case_subject_au",
        "case_ad",
        "party_ai",
        "party_au",
        "party_ad",
        "person_au",
        *(
            f"{table}_{event}"
            for table in ("statement", "timeline_entry", "hearing", "decision", "evidence")
            for event in ("ai", "au", "ad")
        ),
    )
}


def test_every_index_trigger_exists_at_head(dossier: Dossier) -> None:
    """A later migration that recreates a source table in batch mode loses its triggers."""
    with dossier.reader() as connection:
        triggers = set(
            connection.scalars(
                text(
                    "SELECT name FROM sqlite_master"
                    " WHERE type = 'trigger' AND name LIKE 'case_search%'"
                )
            )
        )
    assert triggers == EXPECTED_TRIGGERS
