"""Location extraction, round 3: a street name in lower case without its type after a strong cue ("pothole
on mulberry", "light out on elm near the school") when exactly one street has it and the name is no word for
what a problem is on ("graffiti on bridge"); a bare number prefers the type most numbered streets have even
when only streets with a direction have it ("on 4th" is North or South 4th Street, not 4th Avenue).

A made-up town (Ashby; 0.001 degree of latitude is about 111 m, of longitude about 85 m), plus the real
streets of Harrisburg and Baltimore (skipped when ../shared/data is absent)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from nlp import Gazetteer, Location, locate
from nlp.geo import nearest_on_line
from nlp.location import alternatives
from relay311.gazetteer_import import import_file
from relay311.gazetteer_store import load, to_dict
from tests.conftest import shared_data
from tests.streetkit import ew as _ew
from tests.streetkit import ns as _ns

GAZ = Gazetteer.from_dict(
    {
        "name": "Ashby",
        "streets": [
            _ew("Mulberry Street", 40.000, -76.010, -76.004),
            _ew("Elm Street", 40.004, -76.010, -76.004),
            _ew("Bridge Street", 40.008, -76.010, -76.004),
            # two Oak roads far apart: a lower-case "oak" may be either
            _ew("Oak Street", 40.012, -76.010, -76.004),
            _ew("Oak Avenue", 40.060, -76.060, -76.054),
            # numbered streets, most of them Streets; 4th Street only with a direction (North and South
            # meeting end to end), a longer 4th Avenue across town and a 4th Alley
            _ns("North 4th Street", -76.020, 40.000, 40.010),
            _ns("South 4th Street", -76.020, 39.990, 40.000),
            _ns("4th Avenue", -76.080, 39.950, 39.980),
            _ns("4th Alley", -76.021, 39.990, 40.010),
            _ew("5th Street", 40.020, -76.010, -76.004),
            _ew("6th Street", 40.022, -76.010, -76.004),
            _ew("7th Street", 40.024, -76.010, -76.004),
        ],
        "places": [{"name": "Ashby Primary School", "lat": 40.0041, "lon": -76.0070, "kind": "school"}],
    }
)


def _on(loc: Location | None, lat: float | None = None, lon: float | None = None, tol: float = 1e-4) -> bool:
    """`loc` lies on the line of latitude `lat` (an east-west street) or longitude `lon` (north-south)."""
    if loc is None:
        return False
    if lat is not None and abs(loc.lat - lat) > tol:
        return False
    return lon is None or abs(loc.lon - lon) <= tol


@pytest.mark.parametrize(
    ("text", "lat"),
    [
        ("pothole on mulberry", 40.000),
        ("big pothole all along mulberry.", 40.000),
        ("Pothole on mulberry, please fix", 40.000),  # lower case in a text that uses capitals
        ("light out on elm near the school", 40.004),
        ("street light out up elm by the school", 40.004),
        ("tree down at the end of mulberry", 40.000),
        ("abandoned car sitting on mulberry for weeks", 40.000),
    ],
)
def test_a_lower_case_name_after_a_strong_cue_is_the_one_street_of_that_name(text: str, lat: float) -> None:
    loc = locate(text, GAZ)
    assert _on(loc, lat=lat), loc
    assert loc is not None and loc.kind == "street" and loc.confidence < 0.6


@pytest.mark.parametrize(
    "text",
    [
        "graffiti on bridge",  # a word for what the problem is on, though Bridge Street exists
        "graffiti tag on bridge.",
        "pothole on oak",  # Oak Street and Oak Avenue: which?
        "leaves from the mulberry tree on the path",  # no cue before the name
        "the dog was on mulberry leaves again",  # the sentence goes on with a word that is no place's
        "pothole in mulberry",  # "in" names towns and areas as often as streets
        "pothole on mulberry lane",  # another street, which this town does not have
    ],
)
def test_a_lower_case_name_is_no_street_otherwise(text: str) -> None:
    assert locate(text, GAZ) is None


def test_a_capitalised_name_is_still_found_as_before() -> None:
    loc = locate("Pothole on Oak, please fix", GAZ)
    assert _on(loc, lat=40.012) or _on(loc, lat=40.060), loc
    assert len(alternatives("Pothole on Oak, please fix", GAZ, loc)) == 2


@pytest.mark.parametrize("text", ["dead deer in the road on 4th, please remove", "pothole up 4th"])
def test_a_bare_number_prefers_the_usual_type_even_when_only_directed_streets_have_it(text: str) -> None:
    loc = locate(text, GAZ)
    assert _on(loc, lon=-76.020), loc  # North or South 4th Street (one road), not 4th Avenue
    assert any(_on(a, lon=-76.080) for a in alternatives(text, GAZ, loc))  # 4th Avenue is offered


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


def _on_street(data: dict[str, object], loc: Location | None, *streets: str, tol: float = 30.0) -> bool:
    lines = [s["points"] for s in data["streets"] if s["name"] in streets]  # type: ignore[attr-defined]
    assert lines, streets
    return loc is not None and any(
        nearest_on_line([(p[0], p[1]) for p in line], (loc.lat, loc.lon))[1] <= tol for line in lines
    )


def test_real_lower_case_names(
    harrisburg: tuple[Gazetteer, dict[str, object]], baltimore: tuple[Gazetteer, dict[str, object]]
) -> None:
    gaz, data = harrisburg
    loc = locate("theres a massive pot hole up mohn, nearly came off my bike!!", gaz)
    assert _on_street(data, loc, "Mohn Street"), loc
    for text in ("Graffiti on bridge", "Broken street lights on bridge", "Broken railings along river."):
        assert locate(text, gaz) is None, text
    gaz, data = baltimore
    loc = locate("graffiti all over the wall at the end of south belnord", gaz)
    assert _on_street(data, loc, "South Belnord Avenue"), loc


def test_real_bare_4th_is_a_4th_street(harrisburg: tuple[Gazetteer, dict[str, object]]) -> None:
    gaz, data = harrisburg
    loc = locate("dead deer in the road on 4th, please remove", gaz)
    assert _on_street(data, loc, "North 4th Street", "South 4th Street"), loc
