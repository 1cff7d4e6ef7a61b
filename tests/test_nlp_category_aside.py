"""A message is about the problem it names first: one named in a later clause counts a little less, and one
first named after "also" / "PS" / "btw" is the citizen's second problem."""

from __future__ import annotations

import pytest

from nlp import Service, category_concepts, rank

CATALOG = [
    Service("SL", "Street Light Out"),
    Service("SW", "Sidewalk Repair"),
    Service("PH", "Pothole"),
    Service("GR", "Graffiti"),
]


def first(text: str) -> str:
    return rank(text, CATALOG)[0].service_code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the sidewalk outside no 12 is all broken up. also the street light there is out", "SW"),
        ("the street light outside no 12 is out. also the sidewalk there is all broken up", "SL"),
        ("graffiti all over the underpass wall on Elm. PS there's a pothole by it too", "GR"),
        ("pothole on Elm by the underpass, btw somebody sprayed graffiti on the wall", "PH"),
    ],
)
def test_the_problem_named_first_leads(text: str, code: str) -> None:
    assert first(text) == code


def test_without_the_aside_rule_the_second_problem_would_win(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "the sidewalk outside no 12 is all broken up. also the street light there is out"
    monkeypatch.setattr(category_concepts, "_ASIDE", 1.0)
    assert first(text) == "SL"  # the rule, not the lexicon, decides the first case above


def test_an_aside_before_any_problem_discounts_nothing() -> None:
    ranked = rank("also, the street light outside no 12 is out", CATALOG)
    alone = rank("the street light outside no 12 is out", CATALOG)
    assert ranked[0].service_code == alone[0].service_code == "SL"
    assert ranked[0].score == pytest.approx(alone[0].score)


def test_of_two_problems_as_clearly_named_the_first_leads(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "street light out at no 12, someone sprayed graffiti on the pole"
    assert first(text) == "SL"
    assert first("graffiti sprayed on the pole at no 12, the street light is out") == "GR"
    monkeypatch.setattr(category_concepts, "_LATER", 1.0)
    assert first(text) == "GR"  # without the rule: a tie, decided by the shorter name


def test_a_later_problem_with_clearly_stronger_evidence_still_leads() -> None:
    # the lamp post is named first, as a landmark: the pothole after the comma is what the message is about
    assert first("walking home by the lamp post on elm, there is a huge pothole in the road there") == "PH"
