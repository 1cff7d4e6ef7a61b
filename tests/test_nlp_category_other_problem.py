"""Of two services the message explains as well, the one whose name also names another problem ranks below."""

from __future__ import annotations

import pytest

from nlp import Service, category_factors, rank

CATALOG = [
    Service("SIDEWALK", "Snow - Uncleared Sidewalk Complaint"),
    Service("ROAD", "Ice and Snow Removal Request"),
    Service("BILL", "Water - Billing"),
    Service("COLOUR", "Water - Discolored Water"),
]


def first(text: str) -> str:
    return rank(text, CATALOG)[0].service_code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("road not plowed", "ROAD"),
        ("plow pushed a wall of snow across my driveway", "ROAD"),
        ("sidewalk not shoveled", "SIDEWALK"),
        ("tap water is brown", "COLOUR"),
        ("my water bill is way too high", "BILL"),
    ],
)
def test_the_service_naming_no_other_problem_leads(text: str, code: str) -> None:
    assert first(text) == code


def test_without_the_rule_the_shorter_name_wins_the_tie(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(category_factors, "_OTHER_PROBLEM", 0.0)
    assert first("road not plowed") == "SIDEWALK"
    assert first("tap water is brown") == "BILL"
