"""Lettered streets (Washington DC's "E Street NW", Harrisburg's "E Street", "F Street") are not the
compass streets whose direction is abbreviated to the same letter: a letter that is the whole name of a
street ("E St", "E Street NW") stays that letter, while a letter before a real name ("E Main St") is still a
direction and "East St" is still East Street. The gazetteer (its names) and the messages read them alike.

A made-up town (Letterton; 0.001 degree of latitude is about 111 m, of longitude about 85 m): E Street
and East Street far apart, E Main Street and Main Street, F Street, S Street NW and South Street, North
Street (with no N Street), and 5th Street crossing both E Street and East Street."""

from __future__ import annotations

import pytest

from nlp import Gazetteer, Location, locate
from nlp.gazetteer import canonical
from tests.streetkit import ew, ns

E_ST, EAST_ST, E_MAIN, MAIN, F_ST, S_NW, SOUTH, NORTH = (
    40.000, 40.050, 40.010, 40.060, 40.004, 40.020, 40.030, 40.040
)  # fmt: skip
FIFTH = -76.005

GAZ = Gazetteer.from_dict(
    {
        "name": "Letterton",
        "streets": [
            # East Street first and shorter: were they one street, it would have East Street's name and its
            # point would be on E Street
            ew("East Street", EAST_ST, -76.040, -76.030),
            ew("E Street", E_ST, -76.015, -76.000),
            ew("E Main Street", E_MAIN, -76.010, -76.000),
            ew("Main Street", MAIN, -76.040, -76.030),
            ew("F Street", F_ST, -76.010, -76.000),
            ew("S Street Northwest", S_NW, -76.010, -76.000),
            ew("South Street", SOUTH, -76.040, -76.030),
            ew("North Street", NORTH, -76.040, -76.030),
            ns("5th Street", FIFTH, 39.995, 40.006),
            ns("5th Street", -76.035, 40.045, 40.055),  # a piece across East Street, far from E Street
        ],
    }
)


def _on(loc: Location | None, lat: float) -> bool:
    """`loc` is on the east-west street at `lat`."""
    return loc is not None and abs(loc.lat - lat) < 1e-4


def test_a_letter_street_and_the_compass_street_are_two_streets() -> None:
    names = sorted(s.name for s in GAZ.streets)
    assert "E Street" in names and "East Street" in names, names
    assert canonical("E Street") != canonical("East Street")
    assert canonical("E St") == canonical("E Street")
    assert canonical("East St") == canonical("East Street")
    assert canonical("E Main St") == canonical("East Main Street")  # a direction before a real name
    assert canonical("E Street NW") == canonical("E Street Northwest")
    assert canonical("E Street NW") != canonical("East Street NW")
    assert canonical("East Circle Drive") == canonical("E Circle Dr")  # "Circle" is a name here
    assert canonical("North East Avenue") == canonical("N E Ave")
    assert canonical("E St Paul Ave") == canonical("East Saint Paul Avenue")


@pytest.mark.parametrize(
    ("text", "lat", "name"),
    [
        ("pothole on E St", E_ST, "E Street"),
        ("Pothole on E Street", E_ST, "E Street"),
        ("pothole on e st", E_ST, "E Street"),
        ("light out on E Street near 5th", E_ST, "E Street"),
        ("broken sidewalk on East Street", EAST_ST, "East Street"),
        ("broken sidewalk on east st", EAST_ST, "East Street"),
    ],
)
def test_the_letter_street_and_the_compass_street_each_get_their_messages(
    text: str, lat: float, name: str
) -> None:
    loc = locate(text, GAZ)
    assert loc is not None and loc.kind in ("street", "intersection"), (text, loc)
    assert _on(loc, lat) and loc.address.split(",")[0].split(" & ")[0] == name, (text, loc)


@pytest.mark.parametrize(
    ("text", "lat"),
    [
        ("trash on E Main St", E_MAIN),
        ("trash on East Main Street", E_MAIN),
        ("trash on Main St", MAIN),
        ("graffiti on F St", F_ST),
        ("pothole on S St NW", S_NW),
        ("pothole on S Street NW", S_NW),
        ("pothole on South St", SOUTH),
    ],
)
def test_a_direction_before_a_name_and_other_lettered_streets_are_unchanged(text: str, lat: float) -> None:
    loc = locate(text, GAZ)
    assert loc is not None and loc.kind == "street", (text, loc)
    assert _on(loc, lat), (text, loc)


@pytest.mark.parametrize(
    ("text", "point"),
    [
        ("light out at E St and 5th St", (E_ST, FIFTH)),
        ("light out at the corner of E and 5th", (E_ST, FIFTH)),
        ("light out at East St and 5th St", (EAST_ST, -76.035)),
        ("light out at the corner of East and 5th", (EAST_ST, -76.035)),
    ],
)
def test_a_corner_with_the_letter_street_or_the_compass_street(text: str, point: tuple[float, float]) -> None:
    loc = locate(text, GAZ)
    assert loc is not None and loc.kind == "intersection", (text, loc)
    assert (loc.lat, loc.lon) == pytest.approx(point, abs=1e-4), (text, loc)


def test_an_abbreviated_compass_street_without_a_letter_namesake_is_still_found() -> None:
    # no N Street here: "N St" can only be North Street
    loc = locate("pothole on N St", GAZ)
    assert _on(loc, NORTH), loc


def test_a_letter_street_alone_is_still_found_by_its_spelled_out_twin() -> None:
    # a town with E Street and no East Street: "East St" is written for E Street, as it was before
    gaz = Gazetteer.from_dict({"name": "Eton", "streets": [ew("E Street", E_ST, -76.010, -76.000)]})
    loc = locate("pothole on East St", gaz)
    assert _on(loc, E_ST), loc


def test_the_letter_street_and_the_compass_street_have_their_own_addresses() -> None:
    gaz = Gazetteer.from_dict(
        {
            "name": "Letterton",
            "addresses": [
                {"number": "12", "street": "E Street", "lat": E_ST, "lon": -76.004},
                {"number": "12", "street": "East Street", "lat": EAST_ST, "lon": -76.034},
            ],
        }
    )
    assert len(gaz.streets) == 2
    for text, lat in (("pothole outside 12 E St", E_ST), ("pothole outside 12 East Street", EAST_ST)):
        loc = locate(text, gaz)
        assert loc is not None and loc.kind == "address", (text, loc)
        assert _on(loc, lat), (text, loc)
