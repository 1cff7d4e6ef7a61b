""" "A Street" and "I Street" against the article "a" and the pronoun "I". At the start of a sentence, "A
Street" followed by a thing in a street ("A Street light is out", "A Street sweeper blocked the road") is the
article; elsewhere, and followed by anything else, it is still A Street. A lower-case "i" before "st" or
"street" is I Street only where nothing else can be meant: after on/at/of/near or a house number, before
the end of the sentence, a quadrant or a word that may follow a street; "i st" (which a phone also leaves of
"i still") only with a quadrant after it or a house number before it. Inventing a place is worse than
missing one, so every doubt is no street.

A made-up town (0.001 degree of latitude is about 111 m): A Street crossed by 5th Street, I Street NW crossed
by 14th Street NW, a Main Street apart from them; `NO_I` is the same town without I Street."""

from __future__ import annotations

import pytest

from nlp import Gazetteer, Location, locate
from nlp.location import alternatives
from tests.streetkit import ew, ns

A_ST, I_ST, MAIN, FIFTH, FOURTEENTH = 38.892, 38.902, 38.860, -76.985, -77.032

STREETS = [
    ew("A Street", A_ST, -76.990, -76.980),
    ns("5th Street", FIFTH, 38.885, 38.895),
    ew("Main Street", MAIN, -77.010, -77.000),
    ns("14th Street Northwest", FOURTEENTH, 38.895, 38.908),
]
GAZ = Gazetteer.from_dict(
    {
        "name": "Lettertown",
        "streets": [*STREETS, ew("I Street Northwest", I_ST, -77.040, -77.020)],
        "addresses": [{"number": "1200", "street": "I Street Northwest", "lat": I_ST, "lon": -77.035}],
    }
)
NO_I = Gazetteer.from_dict({"name": "Lettertown", "streets": STREETS})


def _on(loc: Location | None, lat: float) -> bool:
    """`loc` is on the east-west street at `lat`."""
    return loc is not None and abs(loc.lat - lat) < 1e-4


# ---- 1. "A Street" at the start of a sentence ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A Street light is out on Main St",
        "A Street sweeper has blocked Main St all day",
        "A Street lamp is flickering on Main Street",
        "Hello. A Street sign was knocked over on Main St",
        "Main St: A Street tree fell on Main St",
        "A STREET SWEEPER IS BLOCKING MAIN ST",
    ],
)
def test_a_street_thing_at_the_start_of_a_sentence_is_the_article(text: str) -> None:
    loc = locate(text, GAZ)
    assert loc is not None and loc.kind == "street", (text, loc)
    assert _on(loc, MAIN), (text, loc)


@pytest.mark.parametrize(
    "text",
    [
        "A Street sign is down",
        "A Street sweeper blocked the drive",
        "A Street-light is flickering",
        "Hi, A Street drain is blocked",
        "I Street sweeper hit my car",
    ],
)
def test_a_street_thing_with_no_other_place_finds_nothing(text: str) -> None:
    assert locate(text, GAZ) is None, text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("pothole on A Street", "street"),
        ("A Street is flooded again", "street"),  # the start of a sentence, but no street thing after
        ("A St, near the school: a pothole", "street"),
        ("the sweeper on A Street blocked the road", "street"),
        ("the light at A Street and 5th is out", "intersection"),
        ("the light at A Street and 5th St is out", "intersection"),
        ("Pothole. The A Street tree is down too", "street"),  # not at the start of its sentence
    ],
)
def test_a_street_is_still_found_elsewhere(text: str, kind: str) -> None:
    loc = locate(text, GAZ)
    assert loc is not None and loc.kind == kind, (text, loc)
    assert _on(loc, A_ST), (text, loc)


# ---- 2. a lower-case "i" before "st" or "street" -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "pothole on i st nw",
        "pothole on i st n.w.",
        "pothole on i street",
        "pothole on i street near the school",
        "light out at i street, by the bank",
        "trash near i street",
    ],
)
def test_a_lower_case_i_street_is_i_street(text: str) -> None:
    loc = locate(text, GAZ)
    assert loc is not None and loc.kind == "street", (text, loc)
    assert _on(loc, I_ST), (text, loc)
    assert alternatives(text, GAZ, loc) == (), (text, loc)


def test_a_lower_case_i_street_with_a_house_number_or_at_a_corner() -> None:
    loc = locate("broken meter outside 1200 i st", GAZ)
    assert loc is not None and loc.kind == "address" and loc.lon == pytest.approx(-77.035), loc
    loc = locate("light out at i st nw and 14th st", GAZ)
    assert loc is not None and loc.kind == "intersection", loc
    assert (loc.lat, loc.lon) == pytest.approx((I_ST, FOURTEENTH), abs=1e-4), loc


@pytest.mark.parametrize(
    "text",
    [
        "i street parked on Main St",  # the pronoun
        "i st ill think the light on Main St is out",  # "i still", mistyped
        "the light on main st is out, i st ill think",
        "left it on i st ill think main st",
    ],
)
def test_the_lower_case_pronoun_is_no_street(text: str) -> None:
    loc = locate(text, GAZ)
    assert loc is not None and _on(loc, MAIN), (text, loc)


@pytest.mark.parametrize(
    "text",
    [
        "i st ill think",
        "on i st ill think",
        "i street parked",
        "pothole on i st",  # "i st" alone, with neither a quadrant nor a house number: not sure enough
        "on i street parked the car",
        "so i street parked. then on i was",
    ],
)
def test_an_unsure_lower_case_i_finds_nothing(text: str) -> None:
    assert locate(text, GAZ) is None, text


def test_no_i_street_in_town_finds_nothing() -> None:
    assert locate("pothole on i street", NO_I) is None
    assert locate("pothole on i st nw", NO_I) is None
