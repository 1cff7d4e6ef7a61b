"""Quadrants written with full stops or in lower case ("Pennsylvania Ave N.W.", "14th St n.w.", "7th St.
S.E.", "Pennsylvania Ave S. E.") are read like "NW"/"SE"; and a corner whose two names meet in several
quadrants ("4th St and E St": Northwest, Southeast, Southwest) is any of them: the first is trusted less than
a corner the names make once, and `alternatives` offers them all.

A made-up town laid out like Washington (0.001 degree of latitude is about 111 m, of longitude about 87 m):
Pennsylvania Avenue in two quadrants (the Northwest one longer, house 1200 in both), E Street in three, 4th
Street in three, each crossing the E Street of its quadrant, 7th Street in two likewise, 14th Street NW
crossing E Street NW only. `SMALL_GAZ` is the same town with only its Northwest streets."""

from __future__ import annotations

import pytest

from nlp import Gazetteer, Location, Service, extract, locate
from nlp.gazetteer import canonical
from nlp.location import alternatives
from tests.streetkit import ew, ns

PA_NW, PA_SE, E_NW, E_SE, E_SW = 38.900, 38.880, 38.896, 38.882, 38.884
FOURTH_NW, FOURTH_SE, FOURTH_SW, SEVENTH_NW, SEVENTH_SE, FOURTEENTH = (
    -77.016, -76.996, -77.018, -77.022, -76.994, -77.032
)  # fmt: skip
HOUSE_NW, HOUSE_SE = (PA_NW, -77.030), (PA_SE, -76.988)

NORTHWEST = [
    ew("Pennsylvania Avenue Northwest", PA_NW, -77.040, -77.020),
    ew("E Street Northwest", E_NW, -77.040, -77.010),
    ns("4th Street Northwest", FOURTH_NW, 38.890, 38.905),
    ns("7th Street Northwest", SEVENTH_NW, 38.890, 38.905),
    ns("14th Street Northwest", FOURTEENTH, 38.890, 38.908),
]
GAZ = Gazetteer.from_dict(
    {
        "name": "Quadrantville",
        "streets": [
            ew("Pennsylvania Avenue Southeast", PA_SE, -76.990, -76.985),  # first and shorter
            *NORTHWEST,
            ew("E Street Southeast", E_SE, -77.000, -76.990),
            ew("E Street Southwest", E_SW, -77.030, -77.010),
            ns("4th Street Southeast", FOURTH_SE, 38.875, 38.889),
            ns("4th Street Southwest", FOURTH_SW, 38.875, 38.889),
            ns("7th Street Southeast", SEVENTH_SE, 38.875, 38.889),
        ],
        "addresses": [
            {
                "number": "1200",
                "street": "Pennsylvania Avenue Northwest",
                "lat": HOUSE_NW[0],
                "lon": HOUSE_NW[1],
            },
            {
                "number": "1200",
                "street": "Pennsylvania Avenue Southeast",
                "lat": HOUSE_SE[0],
                "lon": HOUSE_SE[1],
            },
        ],
    }
)
SMALL_GAZ = Gazetteer.from_dict({"name": "Quadrantville", "streets": NORTHWEST})
FOURTH_AND_E = {(E_NW, FOURTH_NW), (E_SE, FOURTH_SE), (E_SW, FOURTH_SW)}


def _point(loc: Location | None) -> tuple[float, float]:
    assert loc is not None
    return round(loc.lat, 4), round(loc.lon, 4)


# ---- 1. quadrants with full stops, and in lower case ---------------------------------------------------


def test_a_quadrant_with_full_stops_has_the_name_of_the_quadrant() -> None:
    assert canonical("Pennsylvania Ave. N.W.") == canonical("Pennsylvania Avenue Northwest")
    assert canonical("14th st n.w.") == canonical("14th Street NW")
    assert canonical("E St. S. E.") == canonical("E Street SE")  # spaced, right after the type word
    # other letters with full stops stay letters
    assert canonical("n.e.w. rules") == ("n", "e", "w", "rules")
    assert canonical("S. E. Smith Park")[:2] == ("s", "e")  # no type word before: initials


@pytest.mark.parametrize(
    ("text", "point"),
    [
        ("1200 Pennsylvania Ave N.W.", HOUSE_NW),
        ("pothole outside 1200 Pennsylvania Ave. S.E.", HOUSE_SE),
        ("pothole outside 1200 pennsylvania ave s.e.", HOUSE_SE),
        ("1200 Pennsylvania Ave., S.E.", HOUSE_SE),
    ],
)
def test_a_house_number_on_a_street_with_a_dotted_quadrant(text: str, point: tuple[float, float]) -> None:
    loc = locate(text, GAZ)
    assert loc is not None and loc.kind == "address", (text, loc)
    assert _point(loc) == pytest.approx(point), (text, loc)


@pytest.mark.parametrize(
    ("text", "lat"),
    [
        ("pothole on Pennsylvania Ave. S.E.", PA_SE),
        ("pothole on pennsylvania ave s.e.", PA_SE),
        ("pothole on Pennsylvania Ave S. E. near the shops", PA_SE),
        ("Pothole on E St. S.W.", E_SW),
        ("light out on e st s.w.", E_SW),
        ("light out on e st sw", E_SW),
        ("pothole on Pennsylvania Ave. N.W.", PA_NW),
    ],
)
def test_a_dotted_or_lower_case_quadrant_picks_that_quadrants_street(text: str, lat: float) -> None:
    loc = locate(text, GAZ)
    assert loc is not None and loc.kind == "street", (text, loc)
    assert loc.lat == pytest.approx(lat), (text, loc)
    assert alternatives(text, GAZ, loc) == (), (text, loc)


def test_a_numbered_street_with_a_quadrant_in_lower_case() -> None:
    loc = locate("pothole on 14th St n.w.", GAZ)
    assert loc is not None and loc.kind == "street" and loc.lon == pytest.approx(FOURTEENTH), loc
    assert loc.text == "14th St n.w", loc


@pytest.mark.parametrize(
    "text", ["pothole on Pennsylvania Ave N.E.", "pothole on E St. N.E.", "pothole on pennsylvania ave s.w."]
)
def test_a_dotted_quadrant_no_street_of_that_name_has_finds_nothing(text: str) -> None:
    assert locate(text, GAZ) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "corner of 7th St. S.E. and E St. S.E.",
        "light out at E St. S.E. and 7th St.",
        "corner of 7th st. s.e. and e st. s.e.",
        "corner of 7th st se and e st se",
    ],
)
def test_a_corner_of_streets_with_dotted_or_lower_case_quadrants(text: str) -> None:
    loc = locate(text, GAZ)
    assert loc is not None and loc.kind == "intersection", (text, loc)
    assert _point(loc) == pytest.approx((E_SE, SEVENTH_SE)), (text, loc)
    assert alternatives(text, GAZ, loc) == (), (text, loc)
    # read as surely as the same corner written "7th St SE and E St SE"
    plain = locate("corner of 7th St SE and E St SE", GAZ)
    assert plain is not None and loc.confidence == plain.confidence, (text, loc, plain)


# ---- 2. a corner the names make in several quadrants ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["light out at 4th St and E St", "light out at the corner of 4th and E", "light out at 4th St and E"],
)
def test_a_corner_in_several_quadrants_offers_each(text: str) -> None:
    loc = locate(text, GAZ)
    assert loc is not None and loc.kind == "intersection", (text, loc)
    assert _point(loc) in FOURTH_AND_E, (text, loc)
    offered = alternatives(text, GAZ, loc)
    assert {_point(a) for a in offered} == FOURTH_AND_E, (text, offered)
    assert _point(offered[0]) == _point(loc), (text, offered)  # the one found first
    assert all(a.kind == "intersection" and a.text == loc.text for a in offered), offered
    labels = [a.address for a in offered]
    assert len(set(labels)) == 3 and all(
        "Northwest" in x or "Southeast" in x or "Southwest" in x for x in labels
    )


@pytest.mark.parametrize(
    "text",
    ["light out at 4th St and E St", "light out at the corner of 4th and E", "light out at 4th St and E"],
)
def test_a_corner_in_several_quadrants_is_trusted_less(text: str) -> None:
    # the same words in a town where the names make the one corner
    several, one = locate(text, GAZ), locate(text, SMALL_GAZ)
    assert several is not None and one is not None, (text, several, one)
    assert alternatives(text, SMALL_GAZ, one) == ()
    assert several.confidence < one.confidence, (text, several, one)


@pytest.mark.parametrize(
    ("text", "point"),
    [
        ("light out at 4th St SE and E St", (E_SE, FOURTH_SE)),
        ("light out at 4th St. S.W. & E St. S.W.", (E_SW, FOURTH_SW)),
        ("light out at 14th St and E St", (E_NW, FOURTEENTH)),  # 14th Street meets E Street NW only
    ],
)
def test_a_corner_the_words_make_once_offers_nothing(text: str, point: tuple[float, float]) -> None:
    loc = locate(text, GAZ)
    assert loc is not None and loc.kind == "intersection", (text, loc)
    assert _point(loc) == pytest.approx(point), (text, loc)
    assert alternatives(text, GAZ, loc) == (), (text, loc)
    several = locate("light out at 4th St and E St", GAZ)
    assert several is not None and loc.confidence > several.confidence, (text, loc, several)


def test_the_conversation_is_given_the_corners_to_choose_from() -> None:
    catalog = [Service("LIGHT", "Street light out", "Street lights", ("street light",))]
    found = extract("street light out at 4th St and E St", catalog, GAZ)
    assert found.location is not None and found.location.kind == "intersection"
    assert {_point(a) for a in found.alternatives} == FOURTH_AND_E
