"""A street and a place next to it ("on High St by the library"): the place picks the point on the street.
Schools and churches named by a direction or a denomination ("near the Southeast school", "the Catholic
church on High St"). A street name without its type that fits several roads, singled out by a place, a
cross street or a block of house numbers ("on Jefferson by Giant", "on Jefferson near Bond St", "the 400
block of Jefferson").

A made-up town (High Street runs east-west at lat 40.000 from lon -76.020 to -75.980; Charles Street runs
north-south at lon -76.030), plus Baltimore's real streets and places (skipped when ../shared/data is
absent)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from nlp import Gazetteer, Location, locate
from nlp.geo import distance_m, nearest_on_line
from nlp.location import alternatives
from relay311.gazetteer_import import import_file
from relay311.gazetteer_store import load, to_dict
from tests.conftest import shared_data

HIGH = 40.000
CHARLES = -76.030
SCHOOL = "amenity=school"
CHURCH = "amenity=place_of_worship"
LIBRARY = "amenity=library"

GAZ = Gazetteer.from_dict(
    {
        "name": "T",
        "streets": [
            {"name": "High Street", "points": [[HIGH, -76.020], [HIGH, -75.980]]},
            {"name": "Charles Street", "points": [[39.990, CHARLES], [40.010, CHARLES]]},
            # two roads called Jefferson, 5 km apart; Bond Street crosses Jefferson Avenue
            {"name": "Jefferson Street", "points": [[40.050, -76.010], [40.050, -75.990]]},
            {"name": "Jefferson Avenue", "points": [[40.100, -76.030], [40.100, -75.970]]},
            {"name": "Bond Street", "points": [[40.095, -76.000], [40.105, -76.000]]},
            {"name": "Imla Street", "points": [[40.150, -76.010], [40.150, -75.990]]},
            {"name": "Holabird Avenue", "points": [[40.140, -76.000], [40.160, -76.000]]},
        ],
        "addresses": [
            {"number": "402", "street": "Jefferson Avenue", "lat": 40.1001, "lon": -75.9750},
            {"number": "410", "street": "Jefferson Avenue", "lat": 40.1001, "lon": -75.9745},
            {"number": "102", "street": "Jefferson Street", "lat": 40.0501, "lon": -76.0050},
            {"number": "110", "street": "Jefferson Street", "lat": 40.0501, "lon": -76.0045},
        ],
        "places": [
            # two libraries: one by High Street's east end, one far away
            {"name": "Eastgate Library", "lat": 40.0008, "lon": -75.9850, "kind": LIBRARY},
            {"name": "Northside Library", "lat": 40.2000, "lon": -76.1000, "kind": LIBRARY},
            # two schools by Charles Street, far apart along it... and one more near High Street's west end
            {"name": "Lincoln Elementary School", "lat": 40.0080, "lon": -76.0297, "kind": SCHOOL},
            {"name": "Southeast Middle School", "lat": 39.9992, "lon": -76.0150, "kind": SCHOOL},
            {"name": "Alternative Learning Center Southeast", "lat": 40.3, "lon": -76.3, "kind": SCHOOL},
            {"name": "Northern Senior High School", "lat": 40.3100, "lon": -76.3100, "kind": SCHOOL},
            {"name": "Holabird Academy", "lat": 40.1508, "lon": -75.9995, "kind": SCHOOL},
            # Catholic churches: one on High Street, one far from it
            {"name": "Saint Leo Roman Catholic Church", "lat": 40.0004, "lon": -75.9950, "kind": CHURCH},
            {"name": "Holy Rosary Roman Catholic Church", "lat": 40.2500, "lon": -76.2000, "kind": CHURCH},
            {"name": "Saint Nicholas Greek Orthodox Church", "lat": 40.2600, "lon": -76.2100, "kind": CHURCH},
            {"name": "Giant", "lat": 40.1006, "lon": -75.9800},  # a supermarket on Jefferson Avenue
        ],
    }
)


def _street(name: str) -> int:
    return next(i for i, s in enumerate(GAZ.streets) if s.name == name)


def _nearest(street: str, place: str) -> tuple[float, float]:
    """The point of `street` nearest `place`."""
    p = next(p for p in GAZ.places if p.name == place)
    return GAZ.nearest_on_street(_street(street), (p.lat, p.lon))[0]


def _at(loc: Location | None, point: tuple[float, float], within: float = 5.0) -> bool:
    return loc is not None and distance_m((loc.lat, loc.lon), point) <= within


# ---- a street and a place next to it -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Litter on High St by the library",
        "litter on high street near the library",  # two libraries in town; one by High Street
        "Broken glass on High Street outside Eastgate Library",
        "Pothole by the library on High St",
    ],
)
def test_the_place_picks_the_point_on_the_street(text: str) -> None:
    loc = locate(text, GAZ)
    assert loc is not None and loc.kind == "street", (text, loc)
    assert _at(loc, _nearest("High Street", "Eastgate Library")), (text, loc)
    assert "near Eastgate Library" in loc.address
    plain = locate("Litter on High St", GAZ)
    assert plain is not None and not _at(plain, (loc.lat, loc.lon), 500)  # the middle of High Street
    assert loc.confidence > plain.confidence


def test_a_place_of_a_kind_picks_the_point_only_when_one_is_near_that_street() -> None:
    school = locate("pothole on Charles St near the school", GAZ)  # Lincoln: the one school by Charles St
    assert _at(school, _nearest("Charles Street", "Lincoln Elementary School"))
    library = locate("pothole on Charles St near the library", GAZ)  # no library near Charles Street
    assert library is not None and library.kind == "street" and "near" not in library.address
    middle = GAZ.street_at(_street("Charles Street"))
    assert _at(library, (middle.lat, middle.lon))


def test_a_place_too_far_from_the_street_is_not_used() -> None:
    loc = locate("Pothole on High Street by Lincoln Elementary School", GAZ)  # 1 km north of High St
    assert loc is not None and loc.kind == "street" and "near" not in loc.address
    assert _at(loc, (HIGH, -76.000))


# ---- schools and churches named by a direction or a denomination ---------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("graffiti near the Southeast school", "Southeast Middle School"),  # not the other "Southeast"
        ("graffiti near Southeast school", "Southeast Middle School"),
        ("litter outside the southeast middle school", "Southeast Middle School"),
        ("Pothole outside Northern High school", "Northern Senior High School"),
        ("graffiti by the Greek Orthodox church", "Saint Nicholas Greek Orthodox Church"),
        ("graffiti by the orthodox church", "Saint Nicholas Greek Orthodox Church"),
    ],
)
def test_a_place_described_by_words_that_single_it_out(text: str, place: str) -> None:
    loc = locate(text, GAZ)
    p = next(p for p in GAZ.places if p.name == place)
    assert loc is not None and loc.kind == "place", (text, loc)
    assert (loc.lat, loc.lon) == pytest.approx((p.lat, p.lon))


@pytest.mark.parametrize(
    "text",
    [
        "graffiti by the Catholic church",  # two Catholic churches
        "graffiti near the east school",  # no school is called East
        "the high school kids dump litter",  # no word of place before it
        "pothole by the catholic church bus stop",  # the bus stop
    ],
)
def test_descriptions_that_fit_several_or_none_are_not_guessed(text: str) -> None:
    loc = locate(text, GAZ)
    assert loc is None or loc.kind != "place", (text, loc)


def test_the_street_picks_among_places_of_that_description() -> None:
    loc = locate("Pothole by the Catholic church on High St", GAZ)  # Saint Leo is on High Street
    assert loc is not None and loc.kind == "street"
    assert _at(loc, _nearest("High Street", "Saint Leo Roman Catholic Church"))
    assert "Saint Leo" in loc.address


# ---- a street name that fits several roads, singled out --------------------------------------------------


def test_a_bare_name_alone_is_the_longest_road_and_offers_the_others() -> None:
    text = "Pothole on Jefferson"
    loc = locate(text, GAZ)
    assert loc is not None and loc.kind == "street" and loc.lat == pytest.approx(40.100)
    assert len(alternatives(text, GAZ, loc)) == 2


@pytest.mark.parametrize(
    ("text", "lat"),
    [
        ("Pothole on Jefferson by Giant", 40.100),
        ("pothole on jefferson by giant", 40.100),  # lower case: the place confirms the name
        ("Pothole on Jefferson near Bond St", 40.100),
        ("Pothole in the 400 block of Jefferson", 40.100),
        ("Pothole in the 100 block of Jefferson", 40.050),
        ("Pothole in the 100 block of Jefferson Street", 40.050),
    ],
)
def test_other_words_single_out_one_road(text: str, lat: float) -> None:
    loc = locate(text, GAZ)
    assert loc is not None and loc.lat == pytest.approx(lat, abs=2e-4), (text, loc)
    assert alternatives(text, GAZ, loc) == ()  # nothing to ask


def test_the_singling_out_words_also_pick_the_point() -> None:
    assert _at(locate("Pothole on Jefferson by Giant", GAZ), _nearest("Jefferson Avenue", "Giant"))
    corner = locate("Pothole on Jefferson near Bond St", GAZ)
    assert corner is not None and corner.kind == "intersection" and _at(corner, (40.100, -76.000))
    block = locate("Pothole in the 400 block of Jefferson", GAZ)
    assert block is not None and "400 block of Jefferson Avenue" in block.address
    assert _at(block, (40.100, -75.97475))
    assert locate("Pothole in the 700 block of Jefferson", GAZ) is not None  # no such houses: the street
    assert locate("pothole on jefferson", GAZ) is None  # lower case, nothing to confirm it


def test_a_name_after_near_that_begins_a_place_is_the_place() -> None:
    loc = locate("Street light out on Imla St by Holabird Academy", GAZ)  # not Holabird Avenue
    assert loc is not None and loc.kind == "street" and "Holabird Academy" in loc.address


# ---- Baltimore ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def baltimore() -> tuple[Gazetteer, dict[str, object]]:
    pbf = shared_data("osm", "baltimore.osm.pbf")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "baltimore.sqlite"
        import_file(pbf, out, quiet=True)
        return load(out), to_dict(out)


def _on(data: dict[str, object], loc: Location, street: str, tol: float = 30.0) -> bool:
    lines = [s["points"] for s in data["streets"] if s["name"] == street]  # type: ignore[attr-defined]
    return any(nearest_on_line([(p[0], p[1]) for p in line], (loc.lat, loc.lon))[1] <= tol for line in lines)


def test_real_street_by_the_library(baltimore: tuple[Gazetteer, dict[str, object]]) -> None:
    gaz, data = baltimore
    lib = next(p for p in gaz.places if p.name.startswith("Highlandtown Branch"))
    loc = locate("Pothole on Gough by the library", gaz)  # six libraries; one by Gough Street
    assert loc is not None and loc.kind == "street" and "Highlandtown" in loc.address
    assert _on(data, loc, "Gough Street") and distance_m((loc.lat, loc.lon), (lib.lat, lib.lon)) < 300


def test_real_described_school_and_church(baltimore: tuple[Gazetteer, dict[str, object]]) -> None:
    gaz, _ = baltimore
    school = locate("graffiti near the Southeast school", gaz)
    assert school is not None and school.address.startswith("Southeast Middle School")
    church = locate("graffiti by the Greek Orthodox church", gaz)
    assert church is not None and church.address.startswith("Saint Nicholas Greek Orthodox Church")
    assert locate("graffiti by the Catholic church", gaz) is None  # twenty of them


def test_real_block_and_cross_street(baltimore: tuple[Gazetteer, dict[str, object]]) -> None:
    gaz, data = baltimore
    block = locate("Pothole in the 3500 block of Boston Street", gaz)
    houses = [
        (a["lat"], a["lon"])
        for a in data["addresses"]  # type: ignore[attr-defined]
        if a["street"] == "Boston Street" and a["number"].isdigit() and 3500 <= int(a["number"]) < 3600
    ]
    assert block is not None and houses and _on(data, block, "Boston Street")
    assert min(distance_m((block.lat, block.lon), h) for h in houses) < 100
    near = locate("Street light out on Gough near Bond St", gaz)  # on Gough, not on Bond Street
    assert near is not None and _on(data, near, "Gough Street")
