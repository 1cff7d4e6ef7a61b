"""A problem the council has no service for is offered its catch-all ("Other", "General Enquiry"), third."""

from __future__ import annotations

import pytest

from nlp import Service, category, rank

COUNTY = [
    Service("RB-101", "Pothole on County Road"),
    Service("RB-104", "Ditch Blocked or Needs Cleaning"),
    Service("RB-109", "Tree Down Across Road"),
    Service("RB-116", "Road Sign Damaged or Missing"),
    Service("SRA", "Sign Repair - All Other Signs"),
    Service("CC-2", "Tall Grass / Overgrown Lot"),
    Service("900", "General Question / Other"),
]


def codes(text: str, catalog: list[Service] = COUNTY) -> list[str]:
    return [c.service_code for c in rank(text, catalog)]


def test_an_unserved_problem_is_offered_the_catch_all_third() -> None:
    ranked = codes("the sidewalk by the road is cracked and broken")
    assert ranked.index("900") == 2, ranked


def test_alone_it_is_offered_but_not_chosen() -> None:
    """With no service for the problem, the catch-all is the only candidate, scored under the default
    min_confidence (0.35): the conversation asks the citizen instead of filing it under "Other"."""
    ranked = rank("loud music from the bar every night", COUNTY)
    assert [c.service_code for c in ranked] == ["900"]
    assert ranked[0].score < 0.35


def test_a_served_problem_is_not() -> None:
    assert "900" not in codes("huge pothole on the county road by the church")[:3]
    assert "900" not in codes("tree down across the road after the storm")[:3]


def test_scores_still_fall() -> None:
    ranked = rank("snow drifts blocking the road, not plowed for days", COUNTY)
    scores = [c.score for c in ranked]
    assert scores == sorted(scores, reverse=True)


def test_a_service_for_all_other_signs_is_no_catch_all() -> None:
    catalog = [s for s in COUNTY if s.code != "900"]
    assert category.index_for(catalog).catch_all is None
    assert category.index_for(COUNTY).catch_all == [s.code for s in COUNTY].index("900")


def test_without_a_catch_all_nothing_is_invented() -> None:
    catalog = [s for s in COUNTY if s.code != "900"]
    ranked = codes("the sidewalk in front of the church is heaved up by tree roots", catalog)
    assert "900" not in ranked


@pytest.mark.parametrize(
    "name", ["Other", "General Enquiry", "Miscellaneous", "Service Request Not Otherwise Classified"]
)
def test_catch_all_names(name: str) -> None:
    catalog = [*COUNTY[:-1], Service("X", name)]
    assert category.index_for(catalog).catch_all == len(catalog) - 1
