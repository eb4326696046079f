"""The summary for the police: the evidence hashes match the stored files, no home address."""

from __future__ import annotations

import datetime as dt
import hashlib
import re

import pytest
from letter_helpers import decided_case, docx_text, pdf_text, prepare_school
from school import School, build_school
from sqlalchemy import select

from casemanager.cases import evidence
from casemanager.errors import InvalidInput
from casemanager.letters import aangifte_summary, generate_letter, letter_file, release
from casemanager.store.dossier import Dossier
from models.evidence import Evidence

SCREENSHOTS = {
    "groepsgesprek-1.png": b"\x89PNG first screenshot of the group chat",
    "profiel-nep-account.png": b"\x89PNG a second, different screenshot",
}


@pytest.fixture
def school(dossier: Dossier) -> School:
    built = build_school(dossier)
    prepare_school(built)
    return built


def test_the_summary_for_the_police(school: School) -> None:
    with school.open("tl.onder") as d:
        case_id, _ = decided_case(d, school, "waarschuwing", codes=("A6-DREIG",))
        with d.unit_of_work() as uow:
            for name, content in SCREENSHOTS.items():
                evidence.add_evidence(
                    uow, case_id, name, content, platform="Instagram",
                    url="https://www.instagram.com/p/Cx9-voorbeeld-van-een-lange-url/?igshid=abc",
                    account_name="@nep_account_2h1",
                    captured_at=dt.datetime(2026, 11, 20, 16, 5),
                )  # fmt: skip
            info = aangifte_summary(uow, case_id)
            pdf, word = letter_file(uow, info.id), letter_file(uow, info.id, word=True)
            stored = uow.session.scalars(select(Evidence).where(Evidence.case_id == case_id)).all()
            uow.commit()
    text, word_text = pdf_text(pdf), docx_text(word)
    compact = re.sub(r"\s+", "", text)
    for row in stored:
        assert row.sha256 == hashlib.sha256(SCREENSHOTS[row.file_name]).hexdigest()
        assert row.sha256 in compact
        assert row.sha256 in word_text
    for expected in ("Het Stedelijk Lyceum", "Wilhelminasingel 12", "Ayşe Doğan",
                     "Jan van der Berg", "slachtoffer", "@nep_account_2h1", "Instagram",
                     "285", "bedreiging", info.case_number):  # fmt: skip
        assert expected in text, expected
        assert expected in word_text, expected
    assert "instagram.com/p/Cx9-voorbeeld" in compact
    # the victim's home address (and anyone else's) never goes to the police
    for private in ("Geheimweg", "Markt 1", "6221 AB"):
        assert private not in text and private not in word_text
    assert info.letter_type == "aangifte_samenvatting" and info.addressee == "Politie (aangifte)"


def test_the_summary_is_no_letter_for_the_post(school: School) -> None:
    with school.open("tl.onder") as d:
        case_id, _ = decided_case(d, school, "waarschuwing", codes=("A6-DREIG",))
        with d.unit_of_work() as uow:
            info = aangifte_summary(uow, case_id)
            with pytest.raises(InvalidInput, match="geen brief"):
                generate_letter(uow, case_id, "aangifte_samenvatting")
            with pytest.raises(InvalidInput, match="niet per post"):
                release(uow, info.id)
