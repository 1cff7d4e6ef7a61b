"""Location extraction, round 2: a bare name fitting several roads prefers a street to an alley, a service
road or a footway ("3rd" is 3rd Street, not the longer 3rd Alley); streets named by a letter or a type word
at a corner ("corner of 3rd and E", "48th and Circle"); a name written without the direction that only
streets with one have ("Paxtang Avenue" for North and South Paxtang Avenue) and one written with it
("North Highland Ave" is not South Highland Avenue); an area named with a street picks among
same-named ones ("Mill Lane, Southfield", "on Linden in Oberlin"); and the location benchmark's lenient
count of a point on a joined continuation of the same name.

A made-up town (Gridley; 0.001 degree of latitude is about 111 m, of longitude about 85 m), plus the
real streets of Harrisburg and Baltimore (skipped when ../shared/data is absent)."""

from __future__ import annotations

import importlib.util
import sys
import tempfile
from pathlib import Path
from types import ModuleType

import pytest

from nlp import Gazetteer, Location, locate
from nlp.geo import distance_m, nearest_on_line
from nlp.location import alternatives
from relay311.gazetteer_import import import_file
from relay311.gazetteer_store import load, to_dict
from tests.conftest import shared_data
from tests.streetkit import ew as _ew
from tests.streetkit import ns as _ns

NEIGHBOURHOOD = "place=neighbourhood"


GAZ = Gazetteer.from_dict(
    {
        "name": "Gridley",
        "streets": [
            # numbered streets, most of them Streets; a long 3rd Alley across town, a longer 3rd Avenue
            _ew("3rd Street", 40.000, -76.010, -76.006),
            _ew("3rd Alley", 40.020, -76.030, -76.000),
            _ew("3rd Avenue", 40.040, -76.010, -76.004),
            _ew("4th Street", 40.002, -76.010, -76.006),
            _ew("5th Street", 40.004, -76.010, -76.006),
            _ew("6th Street", 40.010, -76.003, -75.999),
            _ew("48th Street", 40.050, -76.010, -76.000),
            # E Street crosses 3rd, 4th and 5th Streets (not 6th); A Lane crosses 3rd Street
            _ns("E Street", -76.008, 39.995, 40.006),
            _ns("A Lane", -76.009, 39.999, 40.001),
            # East Circle Drive crosses 48th Street; Circle Drive is across town
            _ns("East Circle Drive", -76.005, 40.045, 40.055),
            _ns("Circle Drive", -75.950, 40.080, 40.090),
            # Mill: a short road and a long service road; Oak: a short street and a long alley
            _ew("Mill Road", 40.060, -76.010, -76.007, highway="residential"),
            _ew("Mill Way", 40.070, -76.030, -76.000, highway="service"),
            _ew("Oak Street", 40.300, -76.010, -76.007),
            _ew("Oak Alley", 40.310, -76.030, -76.000),
            _ew("Cherry Alley", 40.320, -76.030, -76.000),
            # one road under two names, listed south first; the northern half is the longer
            _ns("South Paxtang Avenue", -76.050, 39.997, 40.000),
            _ns("North Paxtang Avenue", -76.050, 40.000, 40.010),
            # 62nd Street, and a longer South 62nd Street across town; no North 62nd Street
            _ew("62nd Street", 40.400, -76.010, -76.007),
            _ew("South 62nd Street", 40.380, -76.030, -76.000),
            # Highland: two halves far apart, a supermarket by the southern one
            _ns("North Highland Avenue", -76.060, 40.005, 40.010),
            _ns("South Highland Avenue", -76.060, 39.980, 39.990),
            # two Mill Lanes, in two areas of the data
            _ew("Mill Lane", 40.120, -76.010, -76.008, area="North End"),
            _ew("Mill Lane", 40.090, -76.010, -76.008, area="Southfield"),
            # Linden Street: a part 440 m north of Oberlin, a longer part 1.8 km further north
            _ew("Linden Street", 40.154, -76.003, -75.997),
            _ew("Linden Street", 40.170, -76.006, -75.994),
        ],
        "places": [
            {"name": "Giant", "lat": 39.985, "lon": -76.0598, "kind": "shop=supermarket"},
            {"name": "Oberlin", "lat": 40.150, "lon": -76.000, "kind": NEIGHBOURHOOD},
            {"name": "Midway", "lat": 40.162, "lon": -76.000, "kind": NEIGHBOURHOOD},  # between the two
        ],
    }
)


def _on(loc: Location | None, lat: float | None = None, lon: float | None = None, tol: float = 1e-4) -> bool:
    """`loc` lies on the east-west line at `lat` (or the north-south line at `lon`)."""
    if loc is None:
        return False
    return (lat is None or abs(loc.lat - lat) <= tol) and (lon is None or abs(loc.lon - lon) <= tol)


# ---- 1. a street before an alley, a service road or a footway -------------------------------------------


@pytest.mark.parametrize("text", ["pothole on 3rd", "Pothole up 3rd for weeks", "light out all along 3rd"])
def test_a_bare_number_is_the_street_not_the_longer_alley_or_avenue(text: str) -> None:
    loc = locate(text, GAZ)
    assert loc is not None and loc.kind == "street" and "3rd Street" in loc.address, (text, loc)
    assert _on(loc, lat=40.000)
    offered = alternatives(text, GAZ, loc)
    assert _on(offered[0], lat=40.000)  # the street first, the alley and the avenue still offered
    assert any(_on(a, lat=40.020) for a in offered) and any(_on(a, lat=40.040) for a in offered)


def test_the_highway_class_of_the_data_ranks_a_service_road_below_a_road() -> None:
    loc = locate("Pothole on Mill for a week", GAZ)
    assert loc is not None and loc.address.startswith("Mill Road") and _on(loc, lat=40.060)
    assert GAZ.minor(next(i for i, s in enumerate(GAZ.streets) if s.name == "Mill Way"))


def test_without_a_class_the_type_word_ranks_an_alley_below_a_street() -> None:
    loc = locate("Litter on Oak", GAZ)
    assert loc is not None and loc.address.startswith("Oak Street")
    alley = locate("Litter on Cherry", GAZ)  # an alley alone is still found
    assert alley is not None and alley.address.startswith("Cherry Alley")


# ---- 2. a letter or a type word as a street's name, at a corner -------------------------------------------


@pytest.mark.parametrize(
    ("text", "point"),
    [
        ("graffiti on the corner of 3rd and E", (40.000, -76.008)),
        ("pothole at 4th and E for weeks", (40.002, -76.008)),
        ("corner of E and 5th", (40.004, -76.008)),
        ("Pothole on the corner of 3rd St and E", (40.000, -76.008)),
        ("Overflowing trash can at 48th and Circle", (40.050, -76.005)),
        ("trash at 48th st and circle drive", (40.050, -76.005)),
        ("Broken light at the corner of Circle and 48th St", (40.050, -76.005)),
        ("Pothole at 3rd and A", (40.000, -76.009)),
    ],
)
def test_a_letter_or_a_type_word_names_a_street_at_a_corner_it_makes(
    text: str, point: tuple[float, float]
) -> None:
    loc = locate(text, GAZ)
    assert loc is not None and loc.kind == "intersection", (text, loc)
    assert (loc.lat, loc.lon) == pytest.approx(point, abs=1e-4)


@pytest.mark.parametrize(
    "text",
    [
        "pothole at 6th and E",  # E Street does not meet 6th Street
        "Overflowing trash can at 48th and Circle K",  # a shop
        "pothole at 3rd and a half",  # ordinary words
        "light out on E for a week",  # no corner
        "pothole on the Circle",
    ],
)
def test_a_letter_or_a_type_word_is_no_street_elsewhere(text: str) -> None:
    loc = locate(text, GAZ)
    assert loc is None or loc.kind != "intersection", (text, loc)
    assert loc is None or "E Street" not in loc.address and "Circle" not in loc.address, (text, loc)


# ---- 3. a name written without its direction, or with it ---------------------------------------------------


def test_a_name_only_directed_streets_have_is_the_longest_part_of_their_road() -> None:
    loc = locate("pothole on Paxtang Avenue", GAZ)  # South is listed first; North is the longer
    assert loc is not None and loc.kind == "street" and loc.address.startswith("North Paxtang Avenue")
    assert _on(loc, lon=-76.050) and loc.lat == pytest.approx(40.005, abs=1e-4)


def test_a_direction_no_street_has_is_the_street_without_one_not_the_opposite() -> None:
    loc = locate("pothole up north 62nd", GAZ)
    assert loc is not None and loc.address.startswith("62nd Street") and _on(loc, lat=40.400)
    south = locate("pothole up s 62nd", GAZ)
    assert south is not None and south.address.startswith("South 62nd Street")


def test_a_direction_written_keeps_that_street_near_a_place() -> None:
    north = locate("Pothole on North Highland Ave near Giant", GAZ)  # Giant is by South Highland Avenue
    assert north is not None and north.address.startswith("North Highland Avenue")
    assert _on(north, lon=-76.060) and north.lat >= 40.005
    either = locate("Pothole on Highland Ave near Giant", GAZ)  # no direction: the one by Giant
    assert either is not None and "South Highland Avenue near Giant" in either.address


# ---- 4. an area named with the street -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lat"),
    [
        ("pothole on Mill Lane, Southfield", 40.090),
        ("Pothole on Mill Lane in North End", 40.120),
        ("pothole on mill lane in southfield", 40.090),
        ("Pothole on Linden Street in Oberlin", 40.154),
        ("Pothole on Linden St, Oberlin", 40.154),
        ("Pothole on Linden in Oberlin", 40.154),  # without the type word
    ],
)
def test_an_area_picks_the_street_of_that_name_there(text: str, lat: float) -> None:
    loc = locate(text, GAZ)
    assert loc is not None and loc.kind == "street" and _on(loc, lat=lat), (text, loc)
    assert loc.confidence <= 0.6  # still street-level
    assert alternatives(text, GAZ, loc) == (), (text, alternatives(text, GAZ, loc))


def test_an_area_as_far_from_both_picks_neither() -> None:
    loc = locate("Pothole on Linden Street in Midway", GAZ)  # 0.9 km from each part
    assert loc is not None and _on(loc, lat=40.170)  # the longer part, as without an area
    assert len(alternatives("Pothole on Linden Street", GAZ, loc)) == 2
    alone = locate("Pothole on Mill Lane", GAZ)
    assert alone is not None and len(alternatives("Pothole on Mill Lane", GAZ, alone)) == 2


def test_an_area_alone_is_still_the_area() -> None:
    loc = locate("Graffiti everywhere in Oberlin", GAZ)
    assert loc is not None and loc.kind == "place" and loc.address.startswith("Oberlin")


# ---- the benchmark's lenient count ---------------------------------------------------------------------


def _bench() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "bench" / "nlp_location.py"
    spec = importlib.util.spec_from_file_location("bench_nlp_location", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_lenient_count_takes_a_joined_continuation_only_when_no_direction_was_written() -> None:
    bench = _bench()
    data: dict[str, object] = {
        "streets": [
            _ns("North Paxtang Avenue", -76.050, 40.000, 40.010),
            _ns("South Paxtang Avenue", -76.050, 39.997, 40.000),
            _ns("North Gay Street", -76.070, 40.000, 40.010),
            _ns("South Gay Street", -76.070, 39.980, 39.990),  # 1 km off: no continuation
        ]
    }
    cont = bench.Continuations(data)
    north = (((40.000, -76.050), (40.010, -76.050)),)
    on_south = (39.998, -76.050)

    def case(written: str, truth: str = "North Paxtang Avenue", lines: object = north) -> object:
        return bench.Case("street", "", f"pothole on {written}", None, lines, ((truth, written),))

    assert cont.credit(on_south, case("Paxtang Avenue"))
    assert cont.credit(on_south, case("Paxtang Ave"))
    assert not cont.credit(on_south, case("North Paxtang Avenue"))  # the text said which
    assert not cont.credit((39.998, -76.040), case("Paxtang Avenue"))  # not on the continuation
    gay = (((40.000, -76.070), (40.010, -76.070)),)
    assert not cont.credit((39.985, -76.070), case("Gay Street", "North Gay Street", gay))  # not joined


# ---- real data ---------------------------------------------------------------------------------------------


def _import(city: str) -> tuple[Gazetteer, dict[str, object]]:
    pbf = shared_data("osm", f"{city}.osm.pbf")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / f"{city}.sqlite"
        import_file(pbf, out, quiet=True)
        return load(out), to_dict(out)


@pytest.fixture(scope="module")
def harrisburg() -> tuple[Gazetteer, dict[str, object]]:
    return _import("harrisburg")


@pytest.fixture(scope="module")
def baltimore() -> tuple[Gazetteer, dict[str, object]]:
    return _import("baltimore")


def _on_street(data: dict[str, object], loc: Location | None, street: str, tol: float = 30.0) -> bool:
    lines = [s["points"] for s in data["streets"] if s["name"] == street]  # type: ignore[attr-defined]
    assert lines, street
    return loc is not None and any(
        nearest_on_line([(p[0], p[1]) for p in line], (loc.lat, loc.lon))[1] <= tol for line in lines
    )


def _corner(data: dict[str, object], a: str, b: str) -> tuple[float, float]:
    x = next(x for x in data["intersections"] if {x["a"], x["b"]} == {a, b})  # type: ignore[attr-defined]
    return (x["lat"], x["lon"])


def test_real_bare_number_is_3rd_street(harrisburg: tuple[Gazetteer, dict[str, object]]) -> None:
    gaz, data = harrisburg
    text = "theres a massive pot hole halfway down 3rd, nearly came off my bike!!"
    loc = locate(text, gaz)
    assert _on_street(data, loc, "3rd Street"), loc
    assert any(_on_street(data, a, "3rd Alley") for a in alternatives(text, gaz, loc))


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("graffiti all over the wall on the corner of 3rd and E", "South 3rd Street", "E Street"),
        ("Overflowing trash can at 48th and Circle", "North 48th Street", "East Circle Drive"),
    ],
)
def test_real_corners_with_a_letter_or_a_type_word(
    harrisburg: tuple[Gazetteer, dict[str, object]], text: str, a: str, b: str
) -> None:
    gaz, data = harrisburg
    loc = locate(text, gaz)
    assert loc is not None and loc.kind == "intersection", (text, loc)
    assert distance_m((loc.lat, loc.lon), _corner(data, a, b)) < 30


def test_real_areas_pick_the_street(
    harrisburg: tuple[Gazetteer, dict[str, object]], baltimore: tuple[Gazetteer, dict[str, object]]
) -> None:
    gaz, data = harrisburg
    oberlin = next(p for p in gaz.places if p.name == "Oberlin")
    for text in ("pothole on Linden Street, Oberlin", "pothole on Linden in Oberlin"):
        loc = locate(text, gaz)
        assert loc is not None and loc.kind == "street" and "Linden Street" in loc.address, (text, loc)
        assert distance_m((loc.lat, loc.lon), (oberlin.lat, oberlin.lon)) < 600, (text, loc)
    gaz, data = baltimore
    loc = locate("Overflowing trash can on North Highland Avenue in Highlandtown", gaz)
    assert _on_street(data, loc, "North Highland Avenue"), loc  # not South Highland Avenue, nearer
    fells = next(p for p in gaz.places if p.name == "Fells Point")
    bank = locate("pothole on Bank St, Fells Point", gaz)
    assert _on_street(data, bank, "Bank Street") and bank is not None
    assert distance_m((bank.lat, bank.lon), (fells.lat, fells.lon)) < 800


def test_real_directed_halves_give_the_longer(harrisburg: tuple[Gazetteer, dict[str, object]]) -> None:
    gaz, data = harrisburg
    loc = locate("water leaking from hydrant on Paxtang Avenue", gaz)
    assert _on_street(data, loc, "North Paxtang Avenue"), loc
