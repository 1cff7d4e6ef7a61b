"""Corners of two streets both written without their type word, short names with swapped letters,
house numbers on same-named streets, names made only of street words, and places that share a street's
name, and a corner that two names make in two areas (both offered). A small grid of made-up streets:
everything is checked against where the streets really meet."""

from __future__ import annotations

import pytest

from nlp import Gazetteer, locate
from nlp.location import alternatives

# Charles runs north-south at lon -76.00; Preston, Elm and Oak run east-west; King crosses Oak.
GAZ = Gazetteer.from_dict(
    {
        "name": "T",
        "streets": [
            {"name": "North Charles Street", "points": [[40.000, -76.0], [40.010, -76.0]]},
            {"name": "South Charles Street", "points": [[39.990, -76.0], [40.000, -76.0]]},
            {"name": "East Preston Street", "points": [[40.005, -76.0], [40.005, -75.99]]},
            {"name": "West Preston Street", "points": [[40.005, -76.01], [40.005, -76.0]]},
            {"name": "Elm Avenue", "points": [[39.995, -76.01], [39.995, -75.99]]},
            {"name": "Oak Lane", "points": [[40.020, -76.01], [40.020, -75.99]]},
            {"name": "King Street", "points": [[40.015, -75.995], [40.025, -75.995]]},
            {"name": "Salt Road", "points": [[40.030, -76.01], [40.030, -75.99]]},
            {"name": "Pepper Road", "points": [[40.040, -76.01], [40.040, -75.99]]},
            {"name": "Baltimore Street", "points": [[40.050, -76.01], [40.050, -76.0]]},
            {"name": "East Baltimore Street", "points": [[40.050, -76.0], [40.050, -75.99]]},
            {"name": "Garden Drive", "points": [[40.060, -76.01], [40.060, -75.99]]},
            {"name": "South Nyes Road", "points": [[40.080, -76.01], [40.080, -75.99]]},
            {"name": "Nyes Road", "points": [[40.070, -76.01], [40.070, -75.99]]},
            {"name": "Tobias Alley", "points": [[40.090, -76.01], [40.090, -75.99]]},
            {"name": "Old Town Mall", "points": [[40.100, -76.01], [40.100, -75.99]]},
        ],
        "addresses": [
            {"number": "7013", "street": "East Baltimore Street", "lat": 40.0501, "lon": -75.995},
            {"number": "12", "street": "Baltimore Street", "lat": 40.0501, "lon": -76.005},
        ],
        "places": [
            {"name": "Old Town Mall", "lat": 40.1010, "lon": -76.0},
            {"name": "2nd & Charles", "lat": 40.2, "lon": -76.2},
        ],
    }
)
CHARLES_PRESTON = (40.005, -76.0)


def _at(text: str) -> tuple[float, float]:
    loc = locate(text, GAZ)
    assert loc is not None, text
    return loc.lat, loc.lon


@pytest.mark.parametrize(
    "text",
    [
        "Pothole on the corner of Charles and Preston",
        "Street light out at Charles / Preston",
        "graffiti at the Charles / Preston junction",
        "bin overflowing at North Charles & East Preston",
        "flooding where Preston meets Charles",
        "pothole where Charles crosses Preston",
        "pothole nr the junction of Charles and Preston",
        "corner of charles and preston, huge pothole",  # all lower case
    ],
)
def test_a_corner_of_two_names_without_their_type_word(text: str) -> None:
    loc = locate(text, GAZ)
    assert loc is not None and loc.kind == "intersection"
    assert (loc.lat, loc.lon) == pytest.approx(CHARLES_PRESTON, abs=1e-4)


@pytest.mark.parametrize(
    "text",
    [
        "Pothole on the corner of Elm and Oak",  # both exist but do not meet
        "Bring Salt and Pepper for the gritting",  # Salt Road and Pepper Road never meet either
        "Charles and Preston",  # no corner cue: two names, not a place
        "Pothole in Charles and Preston's drive",  # their drive: "in" is no corner cue
        "Ask Charles and Preston about the bins",
        "traffic lights between Charles and Preston",  # a stretch, not a corner
    ],
)
def test_two_bare_names_that_are_not_a_corner_give_no_corner(text: str) -> None:
    loc = locate(text, GAZ)
    assert loc is None or loc.kind != "intersection", (text, loc)


def test_a_shop_named_like_a_corner_is_the_shop() -> None:
    loc = locate("litter outside 2nd & Charles", GAZ)
    assert loc is not None and loc.kind == "place" and loc.lat == pytest.approx(40.2)


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("pothole on Kign Street", "King Street"),  # swapped letters in a short name
        ("pothole on Chalres St", "Charles Street"),
        ("pothole on Preston Stt", "Preston Street"),  # a key held down on the type word
        ("pothole on Eml Avenue", "Elm Avenue"),  # too short to correct: stays unknown
        ("drain blocked in Tobias Alley", "Tobias Alley"),
        ("drain blocked in Tboias Alley", "Tobias Alley"),
    ],
)
def test_typos_in_short_street_names(text: str, street: str) -> None:
    loc = locate(text, GAZ)
    if text == "pothole on Eml Avenue":
        assert loc is None
        return
    assert loc is not None and loc.kind == "street" and street in (loc.address or ""), loc


def test_swapped_letters_do_not_turn_one_short_name_into_another() -> None:
    assert locate("pothole on Mian Street", GAZ) is None  # no Main Street here
    assert locate("pothole on Kings Street", GAZ) is None  # another letter, not a swap


def test_a_house_number_decides_between_same_named_streets() -> None:
    loc = locate("bins left outside 7013 Baltimore St", GAZ)
    assert loc is not None and loc.kind == "address" and loc.lon == pytest.approx(-75.995)
    loc = locate("bins left outside 12 Baltimore St", GAZ)
    assert loc is not None and loc.kind == "address" and loc.lon == pytest.approx(-76.005)


def test_the_exact_name_wins_over_a_name_with_a_direction() -> None:
    loc = locate("pothole on Nyes Road", GAZ)
    assert loc is not None and loc.lat == pytest.approx(40.070)
    loc = locate("pothole on South Nyes Road", GAZ)
    assert loc is not None and loc.lat == pytest.approx(40.080)


def test_a_name_made_of_street_words_only_when_written_as_a_name() -> None:
    loc = locate("Pothole on Garden Drive", GAZ)
    assert loc is not None and loc.kind == "street" and loc.lat == pytest.approx(40.060)
    assert locate("the garden drive is full of weeds", GAZ) is None
    assert locate("Weeds in the garden drive of number 4", GAZ) is None


def test_a_place_sharing_a_street_name_is_the_place_after_near() -> None:
    near = locate("graffiti near Old Town Mall", GAZ)
    assert near is not None and near.kind == "place" and near.lat == pytest.approx(40.101)
    on = locate("graffiti on Old Town Mall", GAZ)
    assert on is not None and on.kind == "street"


def test_a_direction_keeps_the_named_half() -> None:
    loc = locate("Pothole all along North Charles", GAZ)
    assert loc is not None and loc.kind == "street" and loc.lat > 40.0


def test_the_end_of_a_street_without_its_type() -> None:
    loc = locate("Fly-tipping at the end of Tobias", GAZ)
    assert loc is not None and loc.kind == "street" and loc.lat == pytest.approx(40.090)
    assert locate("at the end of March the bins stopped", GAZ) is None


# Two villages each with a Mill Lane and a Church Street that cross, and a crescent meeting High Street at
# both of its ends (in one village).
TWO_VILLAGES = Gazetteer.from_dict(
    {
        "name": "Twin",
        "streets": [
            {"name": "Mill Lane", "area": "North End", "points": [[52.22, 0.100], [52.22, 0.102]]},
            {"name": "Church Street", "area": "North End", "points": [[52.219, 0.101], [52.221, 0.101]]},
            {"name": "Mill Lane", "area": "Southfield", "points": [[52.18, 0.100], [52.18, 0.102]]},
            {"name": "Church Street", "area": "Southfield", "points": [[52.179, 0.101], [52.181, 0.101]]},
            {"name": "High Street", "area": "North End", "points": [[52.20, 0.110], [52.20, 0.120]]},
            {
                "name": "Crescent Road",
                "area": "North End",
                "points": [[52.20, 0.111], [52.203, 0.111], [52.203, 0.118], [52.20, 0.118]],
            },
        ],
    }
)


@pytest.mark.parametrize(
    "text", ["pothole at Mill Lane and Church Street", "pothole on the corner of Mill and Church"]
)
def test_a_corner_two_areas_both_have_is_offered_in_each(text: str) -> None:
    loc = locate(text, TWO_VILLAGES)
    assert loc is not None and loc.kind == "intersection", (text, loc)
    offered = alternatives(text, TWO_VILLAGES, loc)
    assert sorted(a.address for a in offered) == [
        "Mill Lane & Church Street, North End",
        "Mill Lane & Church Street, Southfield",
    ], offered
    assert {(a.lat, a.lon) for a in offered} == {(52.22, 0.101), (52.18, 0.101)}, offered
    assert (offered[0].lat, offered[0].lon) == (loc.lat, loc.lon)
    crescent = locate("pothole at High Street and Crescent Road", TWO_VILLAGES)
    assert crescent is not None and loc.confidence < crescent.confidence, (loc, crescent)


def test_a_crescent_meeting_a_road_at_both_ends_in_one_area_is_one_corner() -> None:
    text = "pothole at High Street and Crescent Road"
    loc = locate(text, TWO_VILLAGES)
    assert loc is not None and loc.kind == "intersection" and loc.lat == pytest.approx(52.20), loc
    assert alternatives(text, TWO_VILLAGES, loc) == ()
