"""Names with diacritics sort where people expect them and are found without typing the
accents: the folded ``Person.name_key``."""

from __future__ import annotations

from sqlalchemy import insert

from casemanager.dutch import fold, name_key
from casemanager.people import find_persons, list_persons
from casemanager.store.dossier import Dossier
from models.people import Person, PersonKind


def test_fold_removes_case_and_diacritics() -> None:
    assert fold("  Çelik ") == "celik"
    assert fold("Wiśniewska") == "wisniewska"
    assert fold("Nguyễn Thị Hương") == "nguyen thi huong"
    assert fold("Yıldız Øster Łukasz Straße") == "yildiz oster lukasz strasse"
    assert name_key("Berg", "Jan", "van der") == "berg jan van der"


def test_the_register_sorts_and_finds_names_with_diacritics(dossier: Dossier) -> None:
    names = [("Özdemir", "Emre"), ("Çelik", "Ayşe"), ("Zwart", "Tim"), ("Ouali", "Sara"),
             ("Bakker", "Daan"), ("Šimková", "Eva")]  # fmt: skip
    with dossier.unit_of_work() as uow:
        for surname, first in names:
            uow.session.add(Person(kind=PersonKind.LEERLING, voornaam=first, achternaam=surname))
        # Core bulk inserts (the demo, imports of the future) get the key from the default
        uow.session.execute(
            insert(Person),
            [{"kind": PersonKind.MEDEWERKER, "voornaam": "Đức", "achternaam": "Trần"}],
        )
        uow.commit()
    ordered = [row.name.split()[-1] for row in list_persons(dossier)]
    assert ordered == ["Bakker", "Çelik", "Ouali", "Özdemir", "Šimková", "Trần", "Zwart"]
    assert [row.name for row in find_persons(dossier, "celik")] == ["Ayşe Çelik"]
    assert [row.name for row in find_persons(dossier, "tran duc")] == ["Đức Trần"]
    assert [row.name for row in list_persons(dossier, search="ZDEM")] == ["Emre Özdemir"]


def test_a_renamed_person_gets_a_new_key(dossier: Dossier) -> None:
    with dossier.unit_of_work() as uow:
        person = Person(kind=PersonKind.LEERLING, voornaam="Eva", achternaam="Jansen")
        uow.session.add(person)
        uow.commit()
    with dossier.unit_of_work() as uow:
        uow.session.get(Person, person.id).achternaam = "Öztürk"
        uow.commit()
    assert [row.name for row in find_persons(dossier, "ozturk")] == ["Eva Öztürk"]


def test_an_older_dossier_gets_its_keys_when_it_is_opened(dossier: Dossier) -> None:
    from alembic import command
    from conftest import ADMIN, ADMIN_PASSWORD
    from sqlalchemy import text

    from casemanager.store import migrations

    with dossier.unit_of_work() as uow:
        uow.session.add(Person(kind=PersonKind.LEERLING, voornaam="Ayşe", achternaam="Çelik"))
        uow.commit()
    config = migrations.alembic_config()
    with dossier.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0003")
    path = dossier.path
    dossier.close()
    with Dossier.open(path, ADMIN, ADMIN_PASSWORD) as reopened, reopened.reader() as connection:
        assert connection.scalar(text("SELECT name_key FROM person")) == "celik ayse"
        triggers = connection.scalars(
            text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'person'")
        ).all()
    assert triggers  # the full-text triggers on person survived the migration
