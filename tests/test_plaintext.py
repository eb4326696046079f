"""No plaintext of any stored name, text or username in the files on disk: the database,
its WAL (while open), and the key-slot file with its backup.

The search is checked against a decrypted export of the same database, so a needle that
could never be found (wrong column split, wrong encoding) would fail the test instead of
passing it silently.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

from sqlalchemy import select

from casemanager import accounts
from casemanager.store.dossier import Dossier
from casemanager.store.engine import raw_connect
from casemanager.store.keyring import keys_path_for
from models.audit import AuditEntry
from models.cases import Case, Ladder, Severity
from models.people import Person, PersonKind

SCHOOL = "Scholengemeenschap Sint-Ønnekink"
ADMIN_NAME = "adm.vanderwoude"
ADMIN_DISPLAY = "Ingrid van der Woude-Şahin"
ADMIN_PASSWORD = "lange zin als wachtwoord"
USERNAME = "zeynep.ozturk"  # usernames are a-z0-9._- only
USER_DISPLAY = "Zeynep Öztürk"
PERSONS = (  # voornaam, achternaam: stored in separate columns, so searched separately
    ("Łukasz", "Wiśniewski"),
    ("Ngọc Ánh", "Nguyễn"),
    ("Søren-Mikkel", "Kierkegaardsen"),
)
CASE_SUBJECT = "Deepfake-foto’s in de klassenapp"
CASE_DESCRIPTION = (
    "Op dinsdag verspreidde de leerling bewerkte foto’s van een klasgenote in de groepsapp "
    "‘3B gezellig’; de mentor zag het bericht om 21.47 uur."
)
CASE_PLACE = "Fietsenstalling Côte-d’Azurlaan"
# Distinctive pieces of the description, in case a page boundary splits the whole text.
DESCRIPTION_PIECES = ("bewerkte foto’s", "klasgenote", "groepsapp", "3B gezellig", "21.47 uur")

_NOT_DECOMPOSED = str.maketrans(
    {"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "ß": "ss", "‘": "'", "’": "'"}
)


def ascii_folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_NOT_DECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def needles() -> dict[str, list[bytes]]:
    """Every stored string, and the byte forms in which a leak could show up."""
    texts = [SCHOOL, ADMIN_NAME, ADMIN_DISPLAY, USERNAME, USER_DISPLAY, CASE_PLACE]
    texts += [part for person in PERSONS for part in person]
    texts += [CASE_SUBJECT, CASE_DESCRIPTION, *DESCRIPTION_PIECES]
    found: dict[str, list[bytes]] = {}
    for text in texts:
        assert len(text) >= 6, f"{text!r} is too short to search for in random bytes"
        forms = {
            text.encode("utf-8"),
            unicodedata.normalize("NFD", text).encode("utf-8"),
            text.encode("utf-16-le"),
            text.encode("utf-16-be"),
            ascii_folded(text).encode("ascii"),
            text.lower().encode("utf-8"),
        }
        found[text] = sorted(forms)
    return found


def leaks(data: bytes) -> list[str]:
    """The stored strings found in ``data``, in any of their forms; case-insensitive for the
    ASCII-folded form."""
    lowered = data.lower()
    hits = []
    for text, forms in needles().items():
        if any(form in data for form in forms) or ascii_folded(text).encode() in lowered:
            hits.append(text)
    return hits


def test_search_finds_every_string_in_plain_form() -> None:
    """The detector itself: each form of each needle is found."""
    for text, forms in needles().items():
        for form in forms:
            assert text in leaks(b"\x00junk" + form + b"junk\xff"), (text, form)
    assert leaks(b"nothing to see here") == []


def test_no_plaintext_in_database_wal_or_key_slots(tmp_path: Path) -> None:
    path = tmp_path / "school.casedb"
    wal = Path(f"{path}-wal")
    keys = keys_path_for(path)
    keys_backup = keys.with_name(keys.name + ".bak")

    dossier, _ = Dossier.create(
        path,
        school_name=SCHOOL,
        admin_username=ADMIN_NAME,
        admin_password=ADMIN_PASSWORD,
        admin_display_name=ADMIN_DISPLAY,
        place="Nijmegen",
    )
    try:
        with dossier.unit_of_work() as uow:
            accounts.add_account(
                uow,
                username=USERNAME,
                display_name=USER_DISPLAY,
                password="zeynep haar wachtwoord",
                roles=["teamleider"],
            )
        with dossier.unit_of_work() as uow:
            persons = [
                Person(
                    kind=PersonKind.LEERLING,
                    number=f"2024{index:04d}",
                    voornaam=voornaam,
                    achternaam=achternaam,
                    class_name="3B",
                )
                for index, (voornaam, achternaam) in enumerate(PERSONS)
            ]
            uow.session.add_all(persons)
            uow.session.flush()
            for person in persons:
                uow.audit("person.add", "person", person.id, person_id=person.id)
            case = Case(
                number="2024-0001",
                year=2024,
                seq=1,
                subject_person_id=persons[0].id,
                subject=CASE_SUBJECT,
                incident_date=dt.date(2024, 10, 8),
                place=CASE_PLACE,
                description=CASE_DESCRIPTION,
                severity=Severity.ZWAAR,
                owner_id=dossier.actor.account_id,
                created_by_id=dossier.actor.account_id,
                ladder=Ladder.LEERLING.value,
            )
            uow.session.add(case)
            uow.session.flush()
            # Audit details may carry names too, as the creation entry does (the school).
            uow.audit("case.create", "case", case.id, person_id=persons[0].id, subject=case.subject)
            uow.commit()

        # Still open: the new pages are in the WAL (header plus at least one frame), not yet
        # in the main file.
        assert wal.exists() and wal.stat().st_size >= 32 + 24 + 4096
        assert keys_backup.exists()  # adding the account kept the previous key-slot file
        files = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
        assert {path.name, wal.name, keys.name, keys_backup.name} <= set(files)
        for name, data in files.items():
            assert leaks(data) == [], name

        # Control: the same database decrypted and exported does show every string, so the
        # search above looked for the right bytes.
        plain = tmp_path / "plain-export.db"
        connection = raw_connect(path, dossier.keyring.data_key)
        try:
            connection.execute(f"ATTACH DATABASE '{plain}' AS plaintext KEY ''")
            connection.execute("SELECT sqlcipher_export('plaintext')")
            connection.execute("DETACH DATABASE plaintext")
        finally:
            connection.close()
        plain_leaks = set(leaks(plain.read_bytes()))
        assert plain_leaks == set(needles())
    finally:
        dossier.close()

    # Closed: the WAL was checkpointed into the main file (and removed).
    assert not wal.exists() or wal.stat().st_size == 0
    for file in (path, keys, keys_backup):
        assert leaks(file.read_bytes()) == [], file.name

    # ...and the data is really in there.
    with Dossier.open(path, USERNAME, "zeynep haar wachtwoord") as again:
        with again.unit_of_work(read_only=True) as uow:
            stored = {(p.voornaam, p.achternaam) for p in uow.session.scalars(select(Person))}
            description = uow.session.scalar(select(Case.description))
            actions = set(uow.session.scalars(select(AuditEntry.action)))
        assert stored == set(PERSONS)
        assert description == CASE_DESCRIPTION
        assert {"account.add", "person.add", "case.create"} <= actions
