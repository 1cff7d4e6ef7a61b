"""Numbered streets written as people type them on a phone: without their type word, in lower case ("pothole
up 34th", "light out on e 25th st", "corner of 33rd and charles"), and numbers after on/up/down that are
dates, counts or floors ("on the 5th of May", "since the 3rd", "the 34th time"), which are no streets.

A made-up grid laid out like Baltimore's: Charles runs north-south at lon -76.617 and splits the numbered
streets into East and West halves; Greenmount runs north-south at lon -76.609. Plus Harrisburg's real
numbered streets (skipped when ../shared/data is absent)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from nlp import Gazetteer, Location, locate
from nlp.geo import distance_m
from nlp.location import alternatives
from relay311.gazetteer_import import import_file
from relay311.gazetteer_store import load, to_dict
from tests.conftest import shared_data

CHARLES, GREENMOUNT = -76.617, -76.609


def _numbered(name: str, lat: float) -> list[dict[str, object]]:
    return [
        {"name": f"East {name}", "points": [[lat, CHARLES], [lat, -76.600]]},
        {"name": f"West {name}", "points": [[lat, -76.635], [lat, CHARLES]]},
    ]


GAZ = Gazetteer.from_dict(
    {
        "name": "B",
        "streets": [
            {"name": "North Charles Street", "points": [[39.30, CHARLES], [39.34, CHARLES]]},
            {"name": "Greenmount Avenue", "points": [[39.30, GREENMOUNT], [39.34, GREENMOUNT]]},
            *_numbered("25th Street", 39.317),
            *_numbered("33rd Street", 39.328),
            *_numbered("36th Street", 39.332),
            # 34th Street, and a North 34th Street across town: "34th" is the one so named
            {"name": "34th Street", "points": [[39.330, -76.630], [39.330, -76.620]]},
            {"name": "North 34th Street", "points": [[39.360, -76.550], [39.370, -76.550]]},
        ],
    }
)


def _on(loc: Location | None, lat: float, east: bool | None = None) -> bool:
    """`loc` is a point of the east-west street at `lat` (of its East or West half, when `east` says)."""
    if loc is None or abs(loc.lat - lat) > 1e-4:
        return False
    return east is None or (loc.lon > CHARLES) == east


@pytest.mark.parametrize(
    ("text", "lat", "east"),
    [
        ("pothole up 34th", 39.330, None),
        ("Pothole up 34th", 39.330, None),
        ("POTHOLE UP 34TH", 39.330, None),
        ("light out on e 25th st", 39.317, True),
        ("light out on e 25th", 39.317, True),
        ("light out on w 25th, for a week now", 39.317, False),
        ("pothole on east 33rd", 39.328, True),
        ("pothole all along 36th for weeks", 39.332, None),
        ("graffiti down west 36th blocking the sidewalk", 39.332, False),
        ("pothole on 33rd - please fix", 39.328, None),
    ],
)
def test_a_numbered_street_without_its_type_in_any_case(text: str, lat: float, east: bool | None) -> None:
    loc = locate(text, GAZ)
    assert loc is not None and loc.kind == "street", (text, loc)
    assert _on(loc, lat, east), (text, loc)
    assert loc.confidence <= 0.6  # street-level


@pytest.mark.parametrize(
    ("text", "point"),
    [
        ("corner of 33rd and charles", (39.328, CHARLES)),
        ("pothole on the corner of 33rd & charles st", (39.328, CHARLES)),
        ("light out at 25th and greenmount", (39.317, GREENMOUNT)),
        ("pothole on 36th near greenmount", (39.332, GREENMOUNT)),
        ("pothole on 36th near greenmount ave", (39.332, GREENMOUNT)),
        ("pothole on e 36th st near greenmount", (39.332, GREENMOUNT)),
    ],
)
def test_a_corner_with_a_numbered_street_in_lower_case(text: str, point: tuple[float, float]) -> None:
    loc = locate(text, GAZ)
    assert loc is not None and loc.kind == "intersection", (text, loc)
    assert (loc.lat, loc.lon) == pytest.approx(point, abs=1e-4)


@pytest.mark.parametrize(
    "text",
    [
        "pothole reported on the 25th of may, still there",
        "Pothole reported on 25th of May, still there",
        "bins missed on 25th june",
        "Bins missed on 25th June",
        "this is the 34th time i have reported it",
        "broken since the 33rd",
        "the lift is broken on 36th floor",
        "light out on 33rd floor of the car park",
        "pothole reported on 25th, still there",  # reported on a day
        "we moved up 34th places in the league",
        "on 36th thought the drain is fine",
        "pothole on 34th avenue",  # another street (not in this town)
    ],
)
def test_numbers_that_are_dates_counts_or_floors_are_no_streets(text: str) -> None:
    assert locate(text, GAZ) is None, text


def test_a_number_no_street_has_is_nothing() -> None:
    assert locate("pothole up 99th", GAZ) is None


def test_the_street_so_named_before_the_one_with_a_direction_and_the_other_is_offered() -> None:
    text = "pothole up 34th"
    loc = locate(text, GAZ)
    assert loc is not None and loc.lat == pytest.approx(39.330)
    offered = alternatives(text, GAZ, loc)
    assert len(offered) == 2  # 34th Street, then North 34th Street
    assert offered[0].lat == pytest.approx(39.330) and offered[1].lat > 39.35
    north = locate("pothole up n 34th", GAZ)
    assert north is not None and north.lat > 39.35


# ---- Harrisburg's real numbered streets -------------------------------------------------------------------


@pytest.fixture(scope="module")
def harrisburg() -> tuple[Gazetteer, dict[str, object]]:
    pbf = shared_data("osm", "harrisburg.osm.pbf")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "harrisburg.sqlite"
        import_file(pbf, out, quiet=True)
        return load(out), to_dict(out)


def _lines(data: dict[str, object], name: str) -> list[list[list[float]]]:
    return [s["points"] for s in data["streets"] if s["name"] == name]  # type: ignore[attr-defined]


def _near_street(loc: Location, lines: list[list[list[float]]], tol: float = 30.0) -> bool:
    from nlp.geo import nearest_on_line

    return any(nearest_on_line([(p[0], p[1]) for p in line], (loc.lat, loc.lon))[1] <= tol for line in lines)


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("someone dumped a mattress and old tyres up 34th", "34th Street"),
        ("light out on n 66th for a week", "North 66th Street"),
        ("pothole down s 46th", "South 46th Street"),
        ("Tree down all along North 62nd", "North 62nd Street"),
    ],
)
def test_real_numbered_streets(
    harrisburg: tuple[Gazetteer, dict[str, object]], text: str, street: str
) -> None:
    gaz, data = harrisburg
    loc = locate(text, gaz)
    assert loc is not None and loc.kind == "street", (text, loc)
    assert _near_street(loc, _lines(data, street)), (text, loc)


def test_real_corner_of_a_numbered_street(harrisburg: tuple[Gazetteer, dict[str, object]]) -> None:
    gaz, data = harrisburg
    x = next(
        x
        for x in data["intersections"]  # type: ignore[attr-defined]
        if {x["a"], x["b"]} == {"North 64th Street", "Clearfield Street"}
    )
    for text in ("corner of 64th and clearfield", "pothole on 64th near clearfield st"):
        loc = locate(text, gaz)
        assert loc is not None and loc.kind == "intersection", (text, loc)
        assert distance_m((loc.lat, loc.lon), (x["lat"], x["lon"])) < 30


@pytest.mark.parametrize(
    "text",
    [
        "reported on 3rd june and nobody came",
        "bins missed on 2nd week running",
        "light out on 2nd floor of the car park",
        "my son is in 4th grade at the school",
        "we moved up 3rd place in the league",
        "this is the 34th time i have reported this",
    ],
)
def test_real_dates_and_counts_are_no_streets(
    harrisburg: tuple[Gazetteer, dict[str, object]], text: str
) -> None:
    assert locate(text, harrisburg[0]) is None, text
