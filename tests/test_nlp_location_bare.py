"""Street names written without their type word, namesake streets at junctions, one-word place names."""

from __future__ import annotations

import pytest

from nlp import Gazetteer, locate

GAZ = Gazetteer.from_dict(
    {
        "name": "T",
        "streets": [
            {"name": "Keystone Drive", "points": [[40.0, -76.0], [40.0, -75.99]]},
            {"name": "South Houcks Road", "points": [[40.01, -76.0], [40.01, -75.99]]},
            {"name": "North Collington Avenue", "points": [[40.0, -75.995], [40.01, -75.995]]},
            {"name": "South Collington Avenue", "points": [[39.98, -75.995], [39.99, -75.995]]},
            {"name": "East Preston Street", "points": [[40.005, -76.0], [40.005, -75.99]]},
            {"name": "Woods Lane", "points": [[40.02, -76.0], [40.02, -75.99]]},
        ],
        "addresses": [
            {"number": "221", "street": "Keystone Drive", "lat": 40.0001, "lon": -75.995},
            {"number": "433", "street": "South Houcks Road", "lat": 40.0101, "lon": -75.993},
        ],
        "places": [
            {"name": "Giant", "lat": 40.03, "lon": -75.99},
            {"name": "3", "lat": 40.03, "lon": -75.98},
        ],
        "intersections": [
            {"a": "North Collington Avenue", "b": "East Preston Street", "lat": 40.005, "lon": -75.995}
        ],
    }
)


@pytest.mark.parametrize(
    ("text", "lat"),
    [("pothole outside 221 Keystone", 40.0001), ("drain blocked in front of 433 South Houcks", 40.0101)],
)
def test_house_number_and_name_without_type(text: str, lat: float) -> None:
    loc = locate(text, GAZ)
    assert loc is not None and loc.kind == "address" and loc.lat == pytest.approx(lat)


def test_unknown_house_number_without_type_is_not_a_location() -> None:
    assert locate("there are 999 keystone lights here", GAZ) is None


def test_capitalised_name_after_on_is_street_level() -> None:
    loc = locate("Street light out on Woods for a week", GAZ)
    assert loc is not None and loc.kind == "street" and loc.confidence < 0.6
    assert locate("street light out on woods path", GAZ) is None  # all lower case: not trusted
    assert locate("Bins not collected on Monday", GAZ) is None


def test_junction_tries_namesakes() -> None:
    loc = locate("on the corner of Collington Avenue and East Preston Street", GAZ)
    assert loc is not None and loc.kind == "intersection"
    assert (loc.lat, loc.lon) == pytest.approx((40.005, -75.995))
    bare = locate("where North Collington Avenue meets East Preston", GAZ)
    assert bare is not None and bare.kind == "intersection"


def test_one_word_place_names_need_a_capital_or_a_place_word() -> None:
    assert locate("The giant oak trees have lifted the sidewalk", GAZ) is None
    assert locate("There are 3 spots with broken curb", GAZ) is None
    found = locate("Sidewalk not cleared at Giant", GAZ)
    assert found is not None and found.kind == "place"
    lower = locate("Trash everywhere outside giant", GAZ)
    assert lower is not None and lower.kind == "place"
