"""The three services a citizen is offered are not three siblings of one reading when another has evidence."""

from __future__ import annotations

import pytest

from nlp import Service, category, rank

CATALOG = [
    Service("S1", "Sewer Blocked"),
    Service("S2", "Sewer Overflow"),
    Service("S3", "Sewer Smell"),
    Service("T1", "Litter"),
    Service("C1", "Curb Repair"),
    Service("G1", "Graffiti"),
]
TWO_READINGS = "blocked sewer overflowing with a stink and trash bags by the curb"


def codes(text: str) -> list[str]:
    return [c.service_code for c in rank(text, CATALOG)]


def test_a_second_reading_with_evidence_gets_a_place_among_the_first_three() -> None:
    ranked = codes(TWO_READINGS)
    assert "T1" in ranked[:3], ranked
    assert sum(code.startswith("S") for code in ranked[:3]) == 2


def test_the_first_two_keep_their_places_and_scores(monkeypatch: pytest.MonkeyPatch) -> None:
    varied = rank(TWO_READINGS, CATALOG)
    monkeypatch.setattr(category, "_REPEAT", 1.0)
    plain = rank(TWO_READINGS, CATALOG)
    assert varied[:2] == plain[:2]
    assert {c.service_code for c in plain[:3]} == {"S1", "S2", "S3"}  # without it: three sewer services
    assert [c.score for c in varied] == sorted((c.score for c in varied), reverse=True)  # still best first


def test_siblings_fill_the_menu_when_nothing_else_has_evidence() -> None:
    ranked = codes("the sewer is blocked, overflowing and it stinks")
    assert set(ranked[:3]) == {"S1", "S2", "S3"}


def test_a_strong_second_reading_is_not_moved() -> None:
    ranked = codes("the sewer is blocked and overflowing, and there is graffiti on the wall")
    assert ranked[0] == "G1"
    assert set(ranked[1:3]) <= {"S1", "S2", "S3"}
