"""The teams a user can filter the case list on."""

from __future__ import annotations

import pytest
from school import School, build_school

from casemanager.errors import PermissionDenied
from casemanager.people.teams import visible_teams
from casemanager.store.dossier import Dossier


@pytest.fixture
def school(dossier: Dossier) -> School:
    return build_school(dossier)


def test_teams_per_role(school: School) -> None:
    everyone = ["bovenbouw vmbo", "onderbouw havo/vwo"]
    for username, expected in (("directie", everyone), ("hr", everyone),
                               ("tl.onder", ["onderbouw havo/vwo"])):  # fmt: skip
        with school.open(username) as d:
            assert [team.name for team in visible_teams(d)] == expected
    with school.open("admin") as d, pytest.raises(PermissionDenied):
        visible_teams(d)
