"""Several far-apart gazetteer entries fit the location's words equally well: `Extraction.alternatives`."""

from __future__ import annotations

import pytest

from nlp import Gazetteer, Service, extract
from nlp.geo import distance_m

CATALOG = [Service("POTHOLE", "Pothole", "Holes in the road", ("pothole",))]

TWIN_TOWN = {
    "name": "Twin Town",
    "streets": [
        {"name": "Mill Lane", "area": "North End", "points": [[52.22, 0.100], [52.22, 0.102]]},
        {"name": "Mill Lane", "area": "Southfield", "points": [[52.18, 0.100], [52.18, 0.102]]},
        {"name": "Mill Road", "points": [[52.20, 0.130], [52.20, 0.132]]},
        {"name": "High Street", "points": [[52.20, 0.110], [52.20, 0.120]]},
        {"name": "Station Road", "points": [[52.20, 0.120], [52.201, 0.121]]},
        {"name": "Station Road", "points": [[52.201, 0.121], [52.2015, 0.1225]]},
    ],
    "addresses": [
        {"number": "12", "street": "Mill Lane", "lat": 52.22, "lon": 0.101},
        {"number": "12", "street": "Mill Lane", "lat": 52.18, "lon": 0.101},
        {"number": "30", "street": "Mill Lane", "lat": 52.18, "lon": 0.1015},
        {"number": "7", "street": "Mill Road", "lat": 52.20, "lon": 0.131},
        {"number": "7", "street": "Mill Lane", "lat": 52.22, "lon": 0.1012},
        {"number": "5", "street": "High Street", "lat": 52.20, "lon": 0.111},
    ],
    "places": [
        {"name": "St Mary's Church", "aliases": ["the church"], "lat": 52.201, "lon": 0.112},
        {
            "name": "St John's Church",
            "aliases": ["the church"],
            "lat": 52.215,
            "lon": 0.125,
            "area": "North End",
        },
        {"name": "Central Park", "aliases": ["the park"], "lat": 52.205, "lon": 0.115},
        {"name": "Riverside Park", "aliases": ["the park"], "lat": 52.2052, "lon": 0.1152},
    ],
}


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_dict(TWIN_TOWN)


def _labels(text: str, gaz: Gazetteer) -> list[str]:
    return [a.address for a in extract(text, CATALOG, gaz).alternatives]


def test_a_street_name_shared_by_two_areas_gives_both(gaz: Gazetteer) -> None:
    found = extract("pothole on Mill Lane", CATALOG, gaz)
    assert found.location is not None and found.location.kind == "street"
    assert sorted(a.address for a in found.alternatives) == ["Mill Lane, North End", "Mill Lane, Southfield"]
    first, second = found.alternatives
    assert distance_m((first.lat, first.lon), (second.lat, second.lon)) > 4000
    assert (first.lat, first.lon) == pytest.approx((found.location.lat, found.location.lon), abs=1e-4)
    assert all(a.kind == "street" and a.text == "Mill Lane" for a in found.alternatives)


def test_a_house_number_on_both_same_named_streets(gaz: Gazetteer) -> None:
    assert sorted(_labels("pothole outside 12 Mill Lane", gaz)) == [
        "12 Mill Lane, North End",
        "12 Mill Lane, Southfield",
    ]
    assert _labels("pothole outside 30 Mill Lane", gaz) == []  # only Southfield has a 30


def test_a_house_number_on_two_similarly_named_streets(gaz: Gazetteer) -> None:
    labels = _labels("pothole outside 7 Mill", gaz)
    assert len(labels) == 2
    assert "7 Mill Lane, North End" in labels and any(label.startswith("7 Mill Road") for label in labels)


def test_a_place_name_with_several_matches(gaz: Gazetteer) -> None:
    labels = _labels("graffiti on the church", gaz)
    assert len(labels) == 2 and "St John's Church, North End" in labels
    assert any(label.startswith("St Mary's Church") for label in labels)


def test_matches_close_together_are_one_place(gaz: Gazetteer) -> None:
    assert _labels("litter in the park", gaz) == []  # the two parks are 30 m apart
    assert _labels("pothole on Station Road", gaz) == []  # two pieces of one street that meet


@pytest.mark.parametrize(
    "text",
    ["pothole at 5 High Street", "pothole on High Street", "pothole at 52.2053, 0.1218", "pothole"],
)
def test_unambiguous_or_no_location_has_no_alternatives(gaz: Gazetteer, text: str) -> None:
    assert extract(text, CATALOG, gaz).alternatives == ()


def test_a_channel_point_wins_over_ambiguous_words(gaz: Gazetteer) -> None:
    found = extract("pothole on Mill Lane", CATALOG, gaz, point=(52.18, 0.101))
    assert found.location is not None and found.location.kind == "channel" and found.alternatives == ()


def test_without_areas_candidates_are_told_apart_by_a_nearby_place() -> None:
    gaz = Gazetteer.from_dict(
        {
            "streets": [
                {"name": "Mill Lane", "points": [[52.22, 0.100], [52.22, 0.102]]},
                {"name": "Mill Lane", "points": [[52.18, 0.100], [52.18, 0.102]]},
            ],
            "places": [{"name": "Old Mill", "lat": 52.221, "lon": 0.101}],
        }
    )
    labels = _labels("pothole on Mill Lane", gaz)
    assert len(labels) == 2 and len(set(labels)) == 2 and "Mill Lane near Old Mill" in labels
