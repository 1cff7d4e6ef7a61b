"""Streets of US grid cities named with a quadrant after their type (Washington DC's "Pennsylvania Avenue
Northwest", "E Street NW", "Benning Road Northeast", "M Street SE"), which messages mostly leave out
("pothole on Pennsylvania Ave"), and the lettered streets "A Street" and "I Street", whose letters are
also the article "a" and the pronoun "I": only a capital "A"/"I" right before a street type word ("A St",
"I Street NW") is such a street; "I saw a pothole on Main St" is on Main Street.

A made-up town laid out like Washington (0.001 degree of latitude is about 111 m, of longitude about 87 m):
Pennsylvania Avenue in two quadrants far apart (the Northwest one longer), M Street in two (the Northwest
one longer), E Street, I Street and Benning Road in one each, A Street NE, 14th Street NW crossing the
Northwest streets, and a Main Street without a quadrant."""

from __future__ import annotations

import pytest

from nlp import Gazetteer, Location, locate
from nlp.gazetteer import canonical
from nlp.location import alternatives
from tests.streetkit import ew, ns

PA_NW, PA_SE, E_NW, I_NW, M_NW, M_SE, BENNING, A_NE, MAIN = (
    38.900, 38.880, 38.896, 38.902, 38.905, 38.876, 38.910, 38.892, 38.860
)  # fmt: skip
FOURTEENTH = -77.032

GAZ = Gazetteer.from_dict(
    {
        "name": "Quadrantville",
        "streets": [
            ew("Pennsylvania Avenue Southeast", PA_SE, -76.990, -76.985),  # first and shorter
            ew("Pennsylvania Avenue Northwest", PA_NW, -77.040, -77.020),
            ew("M Street Northwest", M_NW, -77.040, -77.020),
            ew("M Street SE", M_SE, -77.000, -76.995),
            ew("E Street NW", E_NW, -77.040, -77.020),
            ew("I Street Northwest", I_NW, -77.040, -77.020),
            ew("Benning Road Northeast", BENNING, -76.980, -76.960),
            ew("A Street NE", A_NE, -76.990, -76.980),
            ew("Main Street", MAIN, -77.010, -77.000),
            ns("14th Street Northwest", FOURTEENTH, 38.890, 38.908),
        ],
        "addresses": [
            {"number": "1600", "street": "Pennsylvania Avenue Northwest", "lat": PA_NW, "lon": -77.036},
        ],
    }
)


def _on(loc: Location | None, lat: float) -> bool:
    """`loc` is on the east-west street at `lat`."""
    return loc is not None and abs(loc.lat - lat) < 1e-4


# ---- 1. a quadrant the message leaves out -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lat"),
    [
        ("pothole on Pennsylvania Ave", PA_NW),  # both quadrants have one: the longer road
        ("Pothole on Pennsylvania Avenue for weeks", PA_NW),
        ("light out on E St", E_NW),
        ("Light out on E Street", E_NW),
        ("trash on Benning Rd", BENNING),
        ("graffiti on M St", M_NW),
    ],
)
def test_a_street_named_with_a_quadrant_is_found_without_it(text: str, lat: float) -> None:
    loc = locate(text, GAZ)
    assert loc is not None and loc.kind == "street", (text, loc)
    assert _on(loc, lat), (text, loc)


def test_without_a_quadrant_the_other_quadrants_street_is_offered() -> None:
    text = "pothole on Pennsylvania Ave"
    loc = locate(text, GAZ)
    assert _on(loc, PA_NW), loc
    offered = alternatives(text, GAZ, loc)
    assert len(offered) == 2 and _on(offered[0], PA_NW) and _on(offered[1], PA_SE), offered
    assert {a.address.split(" (")[0] for a in offered} == {
        "Pennsylvania Avenue Northwest",
        "Pennsylvania Avenue Southeast",
    }


def test_a_street_in_one_quadrant_only_offers_no_alternatives() -> None:
    text = "trash on Benning Rd"
    assert alternatives(text, GAZ, locate(text, GAZ)) == ()


# ---- 2. a quadrant the message writes ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lat"),
    [
        ("pothole on Pennsylvania Ave SE", PA_SE),
        ("pothole on Pennsylvania Avenue Southeast", PA_SE),
        ("pothole on pennsylvania ave se", PA_SE),
        ("pothole on Pennsylvania Ave NW", PA_NW),
        ("light out on E St NW", E_NW),
        ("trash on Benning Rd NE", BENNING),
        ("graffiti on M St SE", M_SE),
        ("graffiti on M Street Southeast", M_SE),
        ("graffiti on M St NW", M_NW),
        ("pothole on Pensylvania Ave SE", PA_SE),  # a typo, then the quadrant
    ],
)
def test_the_quadrant_written_picks_that_quadrants_street(text: str, lat: float) -> None:
    loc = locate(text, GAZ)
    assert loc is not None and loc.kind == "street", (text, loc)
    assert _on(loc, lat), (text, loc)
    assert alternatives(text, GAZ, loc) == (), (text, loc)


@pytest.mark.parametrize(
    "text",
    ["pothole on E St SE", "pothole on Pennsylvania Ave SW", "trash on Benning Rd. SE", "Beninng Rd SE"],
)
def test_a_quadrant_no_street_of_that_name_has_finds_no_other_quadrants_street(text: str) -> None:
    # only E Street NW, Pennsylvania Avenue NW and SE, Benning Road NE are known: the one written is not
    assert locate(text, GAZ) is None, text


@pytest.mark.parametrize(
    ("text", "lat"),
    [
        ("pothole on Pennsylvania Ave. NW", PA_NW),
        ("pothole on Main St NW", MAIN),  # a street named without a quadrant: a quadrant says nothing
        ("pothole on Benning Rd, SE corner of the lot", BENNING),  # no quadrant of the name
    ],
)
def test_a_quadrant_after_a_full_stop_or_after_a_comma(text: str, lat: float) -> None:
    loc = locate(text, GAZ)
    assert loc is not None and loc.kind == "street", (text, loc)
    assert _on(loc, lat), (text, loc)


# ---- 3. corners and houses -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lat"),
    [
        ("corner of 14th St and Pennsylvania Ave", PA_NW),
        ("light out at 14th St and E St", E_NW),
        ("light out at 14th St NW & I St NW", I_NW),
        ("pothole at I St and 14th Street", I_NW),
    ],
)
def test_a_corner_of_streets_named_without_their_quadrant(text: str, lat: float) -> None:
    loc = locate(text, GAZ)
    assert loc is not None and loc.kind == "intersection", (text, loc)
    assert (loc.lat, loc.lon) == pytest.approx((lat, FOURTEENTH), abs=1e-4), (text, loc)


def test_a_house_number_on_a_street_named_without_its_quadrant() -> None:
    loc = locate("pothole outside 1600 Pennsylvania Ave", GAZ)
    assert loc is not None and loc.kind == "address", loc
    assert (loc.lat, loc.lon) == pytest.approx((PA_NW, -77.036), abs=1e-6), loc


# ---- 4. A Street and I Street ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lat"),
    [
        ("A St", A_NE),
        ("pothole on A St", A_NE),
        ("Pothole on A Street NE", A_NE),
        ("broken light on I Street NW", I_NW),
        ("pothole on I St", I_NW),
        ("I saw a pothole on I St", I_NW),
    ],
)
def test_a_street_and_i_street_are_found(text: str, lat: float) -> None:
    loc = locate(text, GAZ)
    assert loc is not None and loc.kind == "street", (text, loc)
    assert _on(loc, lat), (text, loc)


def test_a_street_and_i_street_have_names_of_their_own() -> None:
    assert canonical("A St") == canonical("A Street") and canonical("A St") != canonical("a st")
    assert canonical("I Street NW") == canonical("I St Northwest")
    assert canonical("I drive down Main St") == canonical("i drive down main st")  # "I drive": a sentence


@pytest.mark.parametrize(
    ("text", "lat"),
    [
        ("I saw a pothole on Main St", MAIN),
        ("A pothole on Main St", MAIN),
        ("I drive down Main St every day and there is a pothole", MAIN),
        ("I street light is out on Main St", MAIN),
    ],
)
def test_the_article_and_the_pronoun_are_no_streets(text: str, lat: float) -> None:
    loc = locate(text, GAZ)
    assert loc is not None and loc.kind == "street", (text, loc)
    assert _on(loc, lat), (text, loc)


@pytest.mark.parametrize(
    "text",
    [
        "a light is out",
        "I saw a pothole",
        "pothole on a st",
        "pothole on i st",
        "there is a street light out",
    ],
)
def test_lower_case_letters_and_ordinary_sentences_find_no_street(text: str) -> None:
    assert locate(text, GAZ) is None, text
