"""The location cascade on many phrasings, against the fictional Demo Town gazetteer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlp import Gazetteer, locate
from nlp.geo import distance_m
from nlp.location import from_coordinates, from_map_link

DEMO = Path(__file__).resolve().parents[1] / "relay311" / "data" / "demo_town.json"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_dict(json.loads(DEMO.read_text(encoding="utf-8")))


def _address_point(gaz: Gazetteer, number: str, street: str) -> tuple[float, float]:
    match = gaz.address(number, street)
    assert match is not None
    return (match.lat, match.lon)


@pytest.mark.parametrize(
    ("text", "number", "street"),
    [
        ("Big pothole outside 12 Station Road", "12", "Station Road"),
        ("big pothole outside 12 station road", "12", "Station Road"),
        ("opp no. 45 High St", "45", "High Street"),
        ("12a station rd", "12", "Station Road"),
        ("outside number 7 Mill Ln, light is out", "7", "Mill Lane"),
        ("Fly tipping next to 3 Church St.", "3", "Church Street"),
        ("outside 12 Statoin Road", "12", "Station Road"),
        ("12 STATION ROAD - POTHOLE", "12", "Station Road"),
    ],
)
def test_house_addresses(gaz: Gazetteer, text: str, number: str, street: str) -> None:
    loc = locate(text, gaz)
    assert loc is not None and loc.kind == "address", loc
    assert distance_m((loc.lat, loc.lon), _address_point(gaz, number, street)) < 1
    assert loc.address.endswith(f"{street}, Demo Town")
    assert loc.confidence >= 0.7


def test_address_string_is_readable(gaz: Gazetteer) -> None:
    loc = locate("Big pothole outside 12 Station Road", gaz)
    assert loc is not None
    assert loc.address == "12 Station Road, Demo Town"
    assert loc.text == "12 Station Road"


def test_unknown_house_number_falls_back_to_the_street(gaz: Gazetteer) -> None:
    loc = locate("hole at 99 Station Road", gaz)
    assert loc is not None and loc.kind == "street"
    assert loc.address == "Station Road, Demo Town"
    exact = locate("hole at 12 Station Road", gaz)
    assert exact is not None and loc.confidence < exact.confidence


def test_a_number_set_apart_by_a_comma_is_not_a_house_number(gaz: Gazetteer) -> None:
    loc = locate("Lamp 4, High Street is out", gaz)
    assert loc is not None and loc.kind == "street"


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("corner of Mill Lane and High Street", "Mill Lane", "High Street"),
        ("High St / Church St junction", "High Street", "Church Street"),
        ("junction of park ave and queens rd", "Park Avenue", "Queen's Road"),
        ("where Church Street meets Queen's Road", "Church Street", "Queen's Road"),
        ("Station Rd & High St", "Station Road", "High Street"),
        ("pothole at the junction of High Street with Park Avenue", "High Street", "Park Avenue"),
        ("Church Street at Queens Road", "Church Street", "Queen's Road"),
        ("crossroads of church st and high st, lights broken", "Church Street", "High Street"),
        ("Church Street near the junction with High Street", "Church Street", "High Street"),
    ],
)
def test_intersections(gaz: Gazetteer, text: str, a: str, b: str) -> None:
    loc = locate(text, gaz)
    assert loc is not None and loc.kind == "intersection", loc
    expected = gaz.intersection(a, b)
    assert expected is not None
    assert distance_m((loc.lat, loc.lon), (expected.lat, expected.lon)) < 5
    assert a in loc.address and b in loc.address


def test_streets_that_do_not_meet_are_not_an_intersection(gaz: Gazetteer) -> None:
    loc = locate("Station Road and Great North Road", gaz)
    assert loc is not None and loc.kind == "street"


def test_between_two_cross_streets_is_the_stretch_between_them(gaz: Gazetteer) -> None:
    loc = locate("Light out on High Street between Church Street and Park Avenue", gaz)
    assert loc is not None and loc.kind == "street"
    a, b = gaz.intersection("High St", "Church St"), gaz.intersection("High St", "Park Ave")
    assert a is not None and b is not None
    assert distance_m((loc.lat, loc.lon), ((a.lat + b.lat) / 2, (a.lon + b.lon) / 2)) < 5


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("on Mill Lane", "Mill Lane"),
        ("pothole on mill ln", "Mill Lane"),
        ("PARK AVE is flooded", "Park Avenue"),
        ("graffiti on St Andrew's Street", "St Andrew's Street"),
        ("on st andrews st", "St Andrew's Street"),
        ("Great North Rd", "Great North Road"),
        ("gt north road", "Great North Road"),
        ("drain blocked on Church Stret", "Church Street"),
        ("Statoin Road is full of holes", "Station Road"),
        ("raod closed on mill lane", "Mill Lane"),
        ("Queens Raod", "Queen's Road"),
        ("overgrown hedge on Orchard Close", "Orchard Close"),
    ],
)
def test_streets(gaz: Gazetteer, text: str, street: str) -> None:
    loc = locate(text, gaz)
    assert loc is not None and loc.kind == "street", loc
    assert loc.address == f"{street}, Demo Town"
    assert 0.3 <= loc.confidence <= 0.7


def test_street_with_a_place_uses_the_nearest_stretch(gaz: Gazetteer) -> None:
    loc = locate("litter on High Street by the library", gaz)
    lib = gaz.place("the library")
    assert loc is not None and lib is not None and loc.kind == "street"
    assert distance_m((loc.lat, loc.lon), (lib.lat, lib.lon)) < 20


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("by the library", "Demo Town Library"),
        ("outside the station", "Demo Town Railway Station"),
        ("bins overflowing at the train station", "Demo Town Railway Station"),
        ("near St Mary's church", "St Mary's Church"),
        ("rubbish by the co-op", "The Co-op"),
        ("lamp out in the park", "Victoria Park"),
        ("graffiti on the town hall", "Town Hall"),
        ("outside the primary school", "Demo Town Primary School"),
        ("broken glass outside the leisure centre", "Demo Town Leisure Centre"),
        ("near the libary", "Demo Town Library"),
    ],
)
def test_places(gaz: Gazetteer, text: str, place: str) -> None:
    loc = locate(text, gaz)
    assert loc is not None and loc.kind == "place", loc
    match = gaz.place(place)
    assert match is not None
    assert (loc.lat, loc.lon) == (match.lat, match.lon)


@pytest.mark.parametrize(
    "text",
    [
        "the road is bad",
        "Big pothole",
        "light out on the street",
        "hole in the road",
        "glass in the car park",
        "dumped stuff on Hill Lane",  # not in Demo Town, and not a typo of Mill Lane
        "Mill Road is flooded",  # Demo Town has Mill Lane, not Mill Road
        "St Mark's Church car park",
        "I walk this way every day, the lane is dark",
        "hole is 2.5, 3.0 m wide",
        "call me on 07700 900123",
        "at 10.30 tomorrow",
        "",
    ],
)
def test_no_location_is_invented(gaz: Gazetteer, text: str) -> None:
    assert locate(text, gaz) is None


def test_no_location_in_an_empty_gazetteer() -> None:
    assert locate("Big pothole outside 12 Station Road", Gazetteer.empty()) is None


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        ("https://www.google.com/maps/@52.2001,0.1201,17z", 52.2001, 0.1201),
        ("see https://maps.google.com/?q=52.2,0.12 thanks", 52.2, 0.12),
        ("https://www.google.com/maps?q=52.2005%2C0.1215", 52.2005, 0.1215),
        (
            "https://www.google.com/maps/place/Somewhere/@52.1,0.1,17z/data=!3d52.2004!4d0.1207",
            52.2004,
            0.1207,
        ),
        ("https://www.google.com/maps/search/52.2003,+0.1209", 52.2003, 0.1209),
        ("https://www.openstreetmap.org/#map=18/52.20012/0.12034", 52.20012, 0.12034),
        ("https://www.openstreetmap.org/?mlat=52.2&mlon=0.121#map=19/52.2/0.121", 52.2, 0.121),
        ("https://www.openstreetmap.org/?mlon=-0.121&mlat=51.5", 51.5, -0.121),
        ("https://maps.apple.com/?ll=52.2,0.12&q=Dropped%20Pin", 52.2, 0.12),
        ("geo:52.2,0.12", 52.2, 0.12),
        ("geo:52.2,0.12?z=19", 52.2, 0.12),
    ],
)
def test_map_links(gaz: Gazetteer, text: str, lat: float, lon: float) -> None:
    loc = locate(text, gaz)
    assert loc is not None and loc.kind == "map_link"
    assert (loc.lat, loc.lon) == (lat, lon)
    assert loc.confidence >= 0.9


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        ("51.5, -0.12", 51.5, -0.12),
        ("it's at 52.2053, 0.1218 ok", 52.2053, 0.1218),
        ("52.2053 0.1218", 52.2053, 0.1218),
        ("52.2053N 0.1218W", 52.2053, -0.1218),
        ("lat: 52.2053, lon: 0.1218", 52.2053, 0.1218),
        ("(-33.8688, 151.2093)", -33.8688, 151.2093),
    ],
)
def test_coordinates(gaz: Gazetteer, text: str, lat: float, lon: float) -> None:
    loc = locate(text, gaz)
    assert loc is not None and loc.kind == "coordinates"
    assert (loc.lat, loc.lon) == (lat, lon)


@pytest.mark.parametrize("text", ["2.5, 3.0", "95.12345, 0.1", "0.0, 0.0", "version 1.2.3, 4.5"])
def test_not_coordinates(text: str) -> None:
    assert from_coordinates(text) is None


def test_map_link_wins_over_text_and_channel(gaz: Gazetteer) -> None:
    text = "pothole on Mill Lane https://www.openstreetmap.org/#map=18/52.2041/0.1126"
    loc = locate(text, gaz, point=(52.0, 0.1))
    assert loc is not None and loc.kind == "map_link"


def test_channel_point(gaz: Gazetteer) -> None:
    loc = locate("pothole here", gaz, point=(52.2001, 0.1201))
    assert loc is not None and loc.kind == "channel" and (loc.lat, loc.lon) == (52.2001, 0.1201)
    # The channel's point comes before names in the text (it is where the citizen was).
    loc = locate("pothole outside 12 Station Road", gaz, point=(52.2001, 0.1201))
    assert loc is not None and loc.kind == "channel"


def test_invalid_channel_point_is_ignored(gaz: Gazetteer) -> None:
    assert locate("pothole here", gaz, point=(0.0, 0.0)) is None
    assert locate("pothole here", gaz, point=(123.0, 0.0)) is None
    loc = locate("pothole on Mill Lane", gaz, point=(0.0, 0.0))
    assert loc is not None and loc.kind == "street"


def test_unresolvable_short_link_gives_no_location() -> None:
    assert from_map_link("https://maps.app.goo.gl/AbCdEf123") is None
