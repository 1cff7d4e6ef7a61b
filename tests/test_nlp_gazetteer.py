"""The gazetteer: built from plain data, looked up by name, tolerant of case, abbreviations and typos."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlp import Gazetteer
from nlp.gazetteer import canonical, tokenize
from nlp.geo import distance_m

DEMO = Path(__file__).resolve().parents[1] / "relay311" / "data" / "demo_town.json"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_dict(json.loads(DEMO.read_text(encoding="utf-8")))


def test_demo_town_data_is_marked_fictional() -> None:
    data = json.loads(DEMO.read_text(encoding="utf-8"))
    assert "fictional" in data["note"].lower() and "relay311" in data["note"]
    names = {s["name"] for s in data["streets"]}
    assert {
        "Station Road",
        "High Street",
        "Mill Lane",
        "Church Street",
        "Park Avenue",
        "Queen's Road",
    } <= names
    assert len(names) >= 12 and len(data["places"]) >= 8
    numbers = {(a["street"], a["number"]) for a in data["addresses"]}
    assert ("Station Road", "12") in numbers and ("Mill Lane", "40") in numbers


def test_canonical_forms() -> None:
    assert canonical("Queen's Rd.") == canonical("queens road") == ("queens", "rd")
    assert canonical("St Mary's Church") == canonical("Saint Marys church")
    assert canonical("Great North Road") == canonical("gt north rd")
    assert canonical("Victoria Cres") == canonical("victoria crescent")
    assert canonical("Park Ave") == canonical("PARK AVENUE")
    assert canonical("Stret") == ("st",) and canonical("raod") == ("rd",)
    assert canonical("road closed") == ("rd", "closed")  # "closed" is not a misspelt "close"


def test_token_spans_point_at_the_original_text() -> None:
    toks = tokenize("outside Queen's  Rd.")
    assert toks.words == ("outside", "queens", "rd")
    assert toks.source(1, 3) == "Queen's  Rd"


@pytest.mark.parametrize(
    ("number", "street", "expected"),
    [
        ("12", "Station Road", "12 Station Road"),
        ("12", "station rd", "12 Station Road"),
        ("12A", "STATION RD", "12A Station Road"),
        ("45", "High St", "45 High Street"),
        ("7", "Statoin Road", "7 Station Road"),
    ],
)
def test_address_lookup(gaz: Gazetteer, number: str, street: str, expected: str) -> None:
    match = gaz.address(number, street)
    assert match is not None and match.kind == "address" and match.name == expected
    twelve = gaz.address("12", "Station Road")
    assert twelve is not None
    if number.lower().rstrip("a") == "12":
        assert distance_m((match.lat, match.lon), (twelve.lat, twelve.lon)) < 1


def test_address_lookup_misses(gaz: Gazetteer) -> None:
    assert gaz.address("99", "Station Road") is None  # the street has no number 99
    assert gaz.address("12", "Nowhere Road") is None
    assert gaz.address("12", "Hill Lane") is None  # one letter from Mill Lane, but a different name


def test_addresses_are_along_their_street(gaz: Gazetteer) -> None:
    one, forty = gaz.address("1", "Mill Lane"), gaz.address("40", "Mill Lane")
    assert one is not None and forty is not None
    assert distance_m((one.lat, one.lon), (forty.lat, forty.lon)) > 300


@pytest.mark.parametrize("name", ["Mill Lane", "mill ln", "MILL LANE", "Mil Lane", "Park Ave", "queens road"])
def test_street_lookup(gaz: Gazetteer, name: str) -> None:
    if name == "Mil Lane":  # too short to be sure it is a typo ("Hill Lane" is a different street)
        assert gaz.street(name) is None
        return
    match = gaz.street(name)
    assert match is not None and match.kind == "street"


def test_street_lookup_typos(gaz: Gazetteer) -> None:
    for typo, name in [("Statoin Road", "Station Road"), ("Chruch Street", "Church Street")]:
        match = gaz.street(typo)
        assert match is not None and match.name == name and match.score < 1.0
    # A misspelt street type is simply read as that type.
    match = gaz.street("Victoria Cresent")
    assert match is not None and match.name == "Victoria Crescent"


def test_intersections(gaz: Gazetteer) -> None:
    match = gaz.intersection("High St", "church street")
    assert match is not None and match.kind == "intersection"
    assert (round(match.lat, 4), round(match.lon, 4)) == (52.2, 0.12)
    assert gaz.intersection("Station Road", "Great North Road") is None  # they do not meet
    assert gaz.intersection("Mill Lane", "Mill Lane") is None


def test_places_and_aliases(gaz: Gazetteer) -> None:
    for name in ["the library", "Demo Town Library", "library", "the libary"]:
        match = gaz.place(name)
        assert match is not None and match.name == "Demo Town Library", name
    for name, expected in [("the station", "Demo Town Railway Station"), ("co-op", "The Co-op")]:
        match = gaz.place(name)
        assert match is not None and match.name == expected
    assert gaz.place("St Mark's Church") is None  # not a typo of St Mary's


def test_empty_gazetteer() -> None:
    gaz = Gazetteer.empty()
    assert gaz.street("Station Road") is None and gaz.place("the library") is None
    assert gaz.find(tokenize("12 Station Road by the library")) == []


def test_from_dict_merges_pieces_and_derives_streets_from_addresses() -> None:
    gaz = Gazetteer.from_dict(
        {
            "name": "Somewhere",
            "streets": [
                {"name": "Long Road", "points": [[50.0, 1.0], [50.0, 1.01]]},
                {"name": "long rd", "points": [[50.0, 1.02], [50.0, 1.03]]},
                {"name": "Cross Street", "points": [[49.99, 1.025], [50.01, 1.025]]},
            ],
            "addresses": [
                {"number": "1", "street": "Short Lane", "lat": 50.1, "lon": 1.0},
                {"number": "3", "street": "Short Lane", "lat": 50.1, "lon": 1.001},
            ],
            "places": [],
        }
    )
    assert len(gaz.streets) == 3
    # Cross Street crosses the second piece of Long Road, not the gap between the pieces.
    match = gaz.intersection("Long Road", "Cross Street")
    assert match is not None and abs(match.lon - 1.025) < 1e-6
    short = gaz.street("Short Lane")
    assert short is not None and abs(short.lat - 50.1) < 1e-9
    assert gaz.address("3", "short ln") is not None


def test_us_style_directional_names() -> None:
    gaz = Gazetteer.from_dict(
        {
            "streets": [
                {"name": "SW 17th St", "points": [[39.0, -95.70], [39.0, -95.68]]},
                {"name": "S Kansas Ave", "points": [[38.99, -95.675], [39.01, -95.675]]},
                {"name": "East", "points": [[39.1, -95.0]]},
            ]
        }
    )
    assert gaz.street("17th Street") is not None
    assert gaz.street("Kansas Avenue") is not None
    assert gaz.find(tokenize("facing east")) == []  # a street called "East" cannot be found in text
    assert [gaz.streets[r].name for r in gaz.bare_streets(["17th"])] == ["SW 17th St"]
