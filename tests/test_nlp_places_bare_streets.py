"""A street written without its type word that fits several streets ("pothole on Jefferson" where
Jefferson Street and Jefferson Avenue both exist), and such names misspelt ("on Jeffreson",
"Chalres and Preston")."""

from __future__ import annotations

import pytest

from nlp import Gazetteer, Service, extract, locate
from nlp.geo import distance_m

CATALOG = [Service("POTHOLE", "Pothole", "Holes in the road", ("pothole",))]

GAZ = Gazetteer.from_dict(
    {
        "name": "Twinford",
        "streets": [
            # two Jeffersons 5 km apart; the Avenue is the longer
            {"name": "Jefferson Street", "area": "Westside", "points": [[40.0, -76.06], [40.0, -76.055]]},
            {"name": "Jefferson Avenue", "area": "Eastside", "points": [[40.0, -76.0], [40.0, -75.99]]},
            # one road under two names, 110 m apart end to end (a gap in the map, a square between them)
            {"name": "North Collington Avenue", "points": [[40.02, -76.03], [40.03, -76.03]]},
            {"name": "South Collington Avenue", "points": [[40.01, -76.03], [40.019, -76.03]]},
            # a corner
            {"name": "Charles Street", "points": [[40.04, -76.04], [40.04, -76.02]]},
            {"name": "East Preston Street", "points": [[40.035, -76.03], [40.045, -76.03]]},
            {"name": "Main Street", "points": [[40.05, -76.04], [40.05, -76.02]]},
            {"name": "Main Avenue", "points": [[40.09, -76.04], [40.09, -76.02]]},
            {"name": "Hillside Road", "points": [[40.06, -76.04], [40.06, -76.02]]},
            {"name": "Hillside Avenue", "points": [[40.10, -76.04], [40.10, -76.02]]},
        ],
        "intersections": [{"a": "Charles Street", "b": "East Preston Street", "lat": 40.04, "lon": -76.03}],
    }
)
JEFF_ST = (40.0, -76.0575)
JEFF_AVE = (40.0, -75.995)


def _at(loc: object, point: tuple[float, float], tolerance_m: float = 50.0) -> bool:
    return distance_m((loc.lat, loc.lon), point) <= tolerance_m  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        "pothole on Jefferson",
        "Street light out all along Jefferson for a week",
        "Dumped mattress halfway down Jefferson",
        "Big pothole up Jefferson, nearly came off my bike",
        "Tree branch down at the end of Jefferson",
    ],
)
def test_a_name_of_several_roads_gives_the_best_and_offers_the_others(text: str) -> None:
    found = extract(text, CATALOG, GAZ)
    loc = found.location
    assert loc is not None and loc.kind == "street" and loc.text == "Jefferson"
    assert _at(loc, JEFF_AVE) and loc.confidence < 0.5  # the longer road first, low confidence
    assert len(found.alternatives) == 2
    assert _at(found.alternatives[0], JEFF_AVE) and _at(found.alternatives[1], JEFF_ST)
    labels = [a.address for a in found.alternatives]
    assert labels[0].startswith("Jefferson Avenue") and labels[1].startswith("Jefferson Street")
    assert "Eastside" in labels[0] and "Westside" in labels[1]


def test_streets_of_one_name_that_meet_are_one_road() -> None:
    found = extract("pothole on Collington", CATALOG, GAZ)
    assert found.location is not None and found.location.kind == "street"
    assert found.location.address.startswith(("North Collington Avenue", "South Collington Avenue"))
    assert found.alternatives == ()


def test_a_direction_picks_among_them() -> None:
    found = extract("pothole all along South Collington", CATALOG, GAZ)
    assert found.location is not None and found.location.address.startswith("South Collington Avenue")
    assert found.alternatives == ()


@pytest.mark.parametrize(
    "text",
    [
        "You just have to carry on mainly",  # lower case: an ordinary word
        "carry on main for two blocks",  # all lower case: not trusted without a type word
        "Please carry on Main Road",  # another street: Main Road is not in this town
        "The hole is in Jefferson County",  # "in": a town or county as often as a street
        "pothole in Jefferson",  # "in" and two roads: not trusted
        "Litter on Hillside roundabout",  # not a street
        "Lights out on Hillside/Royston Road",
        "tree down on Jefferson Street Bridge Road",
    ],
)
def test_ordinary_words_and_other_streets_are_not_these_streets(text: str) -> None:
    loc = locate(text, GAZ)
    assert loc is None or loc.text not in ("Jefferson", "Main", "main", "Hillside"), loc


def test_main_on_its_own_is_found_when_capitalised_after_on() -> None:
    found = extract("Big pothole on Main by the shops", CATALOG, GAZ)
    assert found.location is not None and found.location.text == "Main"
    assert len(found.alternatives) == 2  # Main Street and Main Avenue are 4 km apart


@pytest.mark.parametrize("text", ["Big pothole on Jeffreson", "pothole all along Jefersson"])
def test_a_misspelt_name_after_a_street_cue(text: str) -> None:
    found = extract(text, CATALOG, GAZ)
    assert found.location is not None and found.location.kind == "street"
    assert _at(found.location, JEFF_AVE) and len(found.alternatives) == 2


@pytest.mark.parametrize(
    "text",
    [
        "pot hole on the corner of Chalres and Preston",
        "Street light out at Charles and Prestno",
        "corner of chalres and preston, drain blocked",
    ],
)
def test_a_misspelt_name_at_a_corner(text: str) -> None:
    loc = locate(text, GAZ)
    assert loc is not None and loc.kind == "intersection"
    assert _at(loc, (40.04, -76.03))


@pytest.mark.parametrize(
    "text",
    [
        "Potholes in Jeffreson",  # "in": no typo is trusted after it
        "Big pothole on Chalres and Prestno",  # both names misspelt
        "pothole on jeffreson",  # all lower case
        "Big pothole on Jeffreson Road",  # a type word follows: another street
    ],
)
def test_misspelt_names_need_a_strong_cue(text: str) -> None:
    loc = locate(text, GAZ)
    assert loc is None or loc.kind != "intersection" and "Jeffreson" not in loc.text, loc


def test_a_misspelt_name_of_two_roads_offers_both() -> None:
    found = extract("Big pothole on Hilside", CATALOG, GAZ)
    assert found.location is not None and found.location.text == "Hilside"
    assert sorted(a.address.split(",")[0].split(" near ")[0].split(" (")[0] for a in found.alternatives) == [
        "Hillside Avenue",
        "Hillside Road",
    ]


def test_a_misspelling_close_to_two_names_is_not_corrected() -> None:
    gaz = Gazetteer.from_dict(
        {
            "streets": [
                {"name": "Jefferson Street", "points": [[40.0, -76.06], [40.0, -76.055]]},
                {"name": "Jeffersen Avenue", "points": [[40.0, -76.0], [40.0, -75.99]]},
            ]
        }
    )
    assert locate("Big pothole on Jeffersom", gaz) is None
