"""`relay311 gazetteer import` keeps each street piece's OpenStreetMap highway class (`highway=residential`,
`service`, `footway`...; `service=alley` is "alley"), so that a name written without its type means the
street, not the alley, service road or footway that shares it; files made before the class was kept load as
they did.

A made-up town, Berryville (0.001 degree of latitude is about 111 m, of longitude about 85 m): Mulberry
Street, a short residential street with a footway that goes on from it, and Mulberry Way, a much longer
alley (`highway=service` + `service=alley`) whose name does not say it is one. Plus the real streets of
Harrisburg (skipped when ../shared/data is absent)."""

from __future__ import annotations

import json
import sqlite3
import tempfile
from pathlib import Path

import pytest

from nlp import Location, locate
from nlp.geo import distance_m, nearest_on_line
from relay311.gazetteer_import import import_file, read_csv
from relay311.gazetteer_store import load, read_meta, to_dict
from tests.conftest import shared_data

# node id -> (lat, lon)
NODES = {
    1: (40.000, -76.010),
    2: (40.000, -76.007),  # Mulberry Street, residential, about 255 m
    3: (40.000, -76.006),  # ... then a footway of the same name
    4: (40.020, -76.030),
    5: (40.020, -76.000),  # Mulberry Way, an alley, about 2.5 km
    6: (39.995, -76.008),
    7: (40.025, -76.008),  # Church Street, crossing both
}
# (way id, node ids, tags)
WAYS: list[tuple[int, list[int], dict[str, str]]] = [
    (10, [1, 2], {"highway": "residential", "name": "Mulberry Street"}),
    (11, [2, 3], {"highway": "footway", "name": "Mulberry Street"}),
    (12, [4, 5], {"highway": "service", "service": "alley", "name": "Mulberry Way"}),
    (13, [6, 7], {"highway": "tertiary", "name": "Church Street"}),
]
STREET_LAT, ALLEY_LAT = 40.000, 40.020


def _osm_xml(nodes: dict[int, tuple[float, float]], ways: list[tuple[int, list[int], dict[str, str]]]) -> str:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<osm version="0.6" generator="relay311 tests">']
    for nid, (lat, lon) in nodes.items():
        lines.append(f'  <node id="{nid}" version="1" lat="{lat}" lon="{lon}"/>')
    for wid, refs, tags in ways:
        lines.append(f'  <way id="{wid}" version="1">')
        lines.extend(f'    <nd ref="{r}"/>' for r in refs)
        lines.extend(f'    <tag k="{k}" v="{v}"/>' for k, v in tags.items())
        lines.append("  </way>")
    lines.append("</osm>")
    return "\n".join(lines) + "\n"


@pytest.fixture
def berryville(tmp_path: Path) -> Path:
    src = tmp_path / "berryville.osm"
    src.write_text(_osm_xml(NODES, WAYS))
    out = tmp_path / "berryville.sqlite"
    import_file(src, out, quiet=True)
    return out


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _on_lat(loc: Location | None, lat: float) -> bool:
    return loc is not None and abs(loc.lat - lat) < 1e-4


# ---- what the import stores --------------------------------------------------------------------------


def test_each_osm_way_is_stored_with_its_highway_class(berryville: Path) -> None:
    rows = _rows(berryville, "SELECT name, highway FROM streets ORDER BY id")
    assert rows == [
        ("Mulberry Street", "residential"),
        ("Mulberry Street", "footway"),
        ("Mulberry Way", "alley"),  # highway=service + service=alley
        ("Church Street", "tertiary"),
    ]
    classes = [(s["name"], s.get("highway")) for s in to_dict(berryville)["streets"]]
    assert classes == [
        ("Mulberry Street", "residential"),
        ("Mulberry Street", "footway"),
        ("Mulberry Way", "alley"),
        ("Church Street", "tertiary"),
    ]
    assert read_meta(berryville)["version"] == "1"  # readable by earlier relay311s: no new version


def test_other_service_roads_keep_their_class(tmp_path: Path) -> None:
    ways = [
        (20, [1, 2], {"highway": "service", "name": "Depot Drive"}),
        (21, [4, 5], {"highway": "service", "service": "driveway", "name": "Farm Lane"}),
        (22, [6, 7], {"highway": "service", "service": "emergency_access", "name": "Gate Road"}),
        (23, [2, 3], {"highway": "Residential", "name": "Odd Case"}),  # lower-cased
    ]
    src = tmp_path / "t.osm"
    src.write_text(_osm_xml(NODES, ways))
    out = tmp_path / "t.sqlite"
    import_file(src, out, quiet=True)
    assert _rows(out, "SELECT name, highway FROM streets ORDER BY id") == [
        ("Depot Drive", "service"),
        ("Farm Lane", "driveway"),
        ("Gate Road", "service"),
        ("Odd Case", "residential"),
    ]


# ---- what the loaded gazetteer does with it ---------------------------------------------------------


def test_a_bare_name_is_the_street_not_the_longer_alley(berryville: Path) -> None:
    gaz = load(berryville)
    by_name = {s.name: i for i, s in enumerate(gaz.streets)}
    assert gaz.minor(by_name["Mulberry Way"])
    assert not gaz.minor(by_name["Mulberry Street"])  # one residential piece is enough: a street
    for text in ("Pothole on Mulberry", "Pothole up Mulberry for weeks", "light out all along Mulberry"):
        loc = locate(text, gaz)
        assert loc is not None and loc.address.startswith("Mulberry Street"), (text, loc)
        assert _on_lat(loc, STREET_LAT), (text, loc)
    alley = locate("Litter on Mulberry Way", gaz)  # written in full, the alley is still found
    assert alley is not None and _on_lat(alley, ALLEY_LAT)


def test_a_file_of_the_earlier_format_loads_as_before(tmp_path: Path, berryville: Path) -> None:
    """A file written the way relay311 wrote it before the class was kept (its `streets` table has no
    `highway` column, and there is no `street_classes` table) loads, without classes: the longer road
    wins, as it did then."""
    old = tmp_path / "old.sqlite"
    con = sqlite3.connect(old)
    con.executescript(
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE streets (id INTEGER PRIMARY KEY, name TEXT NOT NULL, points TEXT NOT NULL);
        CREATE TABLE addresses (
            id INTEGER PRIMARY KEY, number TEXT NOT NULL, street TEXT NOT NULL,
            lat REAL NOT NULL, lon REAL NOT NULL, postcode TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE places (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, aliases TEXT NOT NULL DEFAULT '[]',
            lat REAL NOT NULL, lon REAL NOT NULL, address TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE intersections (
            id INTEGER PRIMARY KEY, street_a TEXT NOT NULL, street_b TEXT NOT NULL,
            lat REAL NOT NULL, lon REAL NOT NULL
        );
        CREATE INDEX addresses_street ON addresses (street);
        CREATE TABLE postcodes (code TEXT PRIMARY KEY, lat REAL NOT NULL, lon REAL NOT NULL);
        """
    )
    con.executemany(
        "INSERT INTO meta VALUES (?, ?)",
        [("format", "relay311-gazetteer"), ("version", "1"), ("name", "Berryville"), ("source", "x.osm")],
    )
    streets = _rows(berryville, "SELECT name, points FROM streets ORDER BY id")
    con.executemany("INSERT INTO streets (name, points) VALUES (?, ?)", streets)
    con.execute(
        "INSERT INTO addresses (number, street, lat, lon) VALUES ('12', 'Mulberry Street', 40.0, -76.009)"
    )
    con.commit()
    con.close()

    data = to_dict(old)
    assert [s["name"] for s in data["streets"]] == [str(s[0]) for s in streets]
    assert not any("highway" in s for s in data["streets"] + data["addresses"])
    gaz = load(old)
    assert not any(gaz.minor(i) for i in range(len(gaz.streets)))
    assert _on_lat(locate("Pothole on Mulberry", gaz), ALLEY_LAT)  # the longer road, as before
    assert _on_lat(locate("Pothole on Mulberry Street", gaz), STREET_LAT)
    found = locate("light out outside 12 Mulberry St", gaz)
    assert found is not None and found.kind == "address"


def test_a_file_without_the_new_column_and_table_loads(berryville: Path) -> None:
    """The same file with what this version adds dropped again: it loads, and only the ranking by class
    is gone (the type word "Alley" still ranks an alley below a street)."""
    con = sqlite3.connect(berryville)
    con.execute("ALTER TABLE streets DROP COLUMN highway")
    con.execute("DROP TABLE street_classes")
    con.execute("UPDATE streets SET name = 'Mulberry Alley' WHERE name = 'Mulberry Way'")
    con.commit()
    con.close()
    gaz = load(berryville)
    assert _on_lat(locate("Pothole on Mulberry", gaz), STREET_LAT)
    assert {s.name for i, s in enumerate(gaz.streets) if gaz.minor(i)} == {"Mulberry Alley"}


# ---- GeoJSON and CSV --------------------------------------------------------------------------------


def test_geojson_lines_keep_their_highway_property(tmp_path: Path) -> None:
    def line(name: str, coords: list[list[float]], **props: str) -> dict[str, object]:
        geometry = {"type": "LineString", "coordinates": coords}
        return {"type": "Feature", "properties": {"name": name, **props}, "geometry": geometry}

    features = [
        line("Mulberry Street", [[-76.010, 40.000], [-76.007, 40.000]], highway="residential"),
        line("Mulberry Way", [[-76.030, 40.020], [-76.000, 40.020]], highway="service", service="alley"),
        line("Church Street", [[-76.008, 39.995], [-76.008, 40.025]]),  # no class
    ]
    src = tmp_path / "berryville.geojson"
    src.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    out = tmp_path / "g.sqlite"
    import_file(src, out, quiet=True)
    assert [(s["name"], s.get("highway")) for s in to_dict(out)["streets"]] == [
        ("Mulberry Street", "residential"),
        ("Mulberry Way", "alley"),
        ("Church Street", None),
    ]
    assert _on_lat(locate("Pothole on Mulberry", load(out)), STREET_LAT)


CSV_ROWS = [
    # Elm Street: two houses; Elm Way, an alley, has houses over 2.5 km
    ("1", "Elm Street", "40.0000", "-76.0100", "residential"),
    ("3", "Elm Street", "40.0000", "-76.0090", "residential"),
    ("2", "Elm Way", "40.0200", "-76.0300", "service"),  # one row says service, most say alley
    ("4", "Elm Way", "40.0200", "-76.0200", "alley"),
    ("6", "Elm Way", "40.0200", "-76.0000", "ALLEY"),
    ("5", "Oak Lane", "40.0400", "-76.0100", ""),  # no class given
]


def test_csv_highway_column_gives_the_class_of_a_row_s_street(tmp_path: Path) -> None:
    src = tmp_path / "addresses.csv"
    src.write_text("number,street,lat,lon,highway\n" + "".join(",".join(r) + "\n" for r in CSV_ROWS))
    out = tmp_path / "g.sqlite"
    import_file(src, out, quiet=True)
    # one class per street known only from its addresses: here the most common
    assert dict(_rows(out, "SELECT street, highway FROM street_classes")) == {
        "Elm Street": "residential",
        "Elm Way": "alley",
    }
    classes = {a["street"]: a.get("highway") for a in to_dict(out)["addresses"]}
    assert classes == {"Elm Street": "residential", "Elm Way": "alley", "Oak Lane": None}
    gaz = load(out)
    assert _on_lat(locate("Pothole on Elm", gaz), 40.0)
    way = locate("Pothole outside 4 Elm Way", gaz)
    assert way is not None and way.kind == "address" and way.lat == pytest.approx(40.02)


def test_csv_a_street_any_row_calls_a_street_is_one(tmp_path: Path) -> None:
    src = tmp_path / "addresses.csv"
    src.write_text(
        "number,street,lat,lon,highway\n"
        "1,Ash Row,40.0,-76.01,alley\n2,Ash Row,40.0,-76.0099,alley\n3,Ash Row,40.0,-76.0098,residential\n"
    )
    assert read_csv(src, quiet=True).street_classes == {"Ash Row": "residential"}


# ---- real data --------------------------------------------------------------------------------------


def test_harrisburg_streets_keep_their_class() -> None:
    pbf = shared_data("osm", "harrisburg.osm.pbf")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "harrisburg.sqlite"
        import_file(pbf, out, quiet=True)
        classes = _rows(out, "SELECT name, highway FROM streets")
        gaz = load(out)
    by_name: dict[str, set[object]] = {}
    for name, highway in classes:
        by_name.setdefault(str(name), set()).add(highway)
    assert by_name["3rd Street"] == {"residential"} and by_name["3rd Alley"] == {"alley"}
    assert by_name["Sunrise Street"] == {"alley"}  # an alley, by its tags only
    assert sum(1 for _, h in classes if h == "alley") > 40 and all(h for _, h in classes)

    loc = locate("Pothole on 3rd", gaz)
    assert loc is not None and loc.kind == "street" and "3rd Street" in loc.address, loc
    here = (loc.lat, loc.lon)
    third = [line for s in gaz.streets if s.name.endswith("3rd Street") for line in s.lines]
    alley = [line for s in gaz.streets if s.name == "3rd Alley" for line in s.lines]
    assert min(nearest_on_line(line, here)[1] for line in third) < 30
    assert min(nearest_on_line(line, here)[1] for line in alley) > 30

    # Sunrise Street is tagged an alley: "Sunrise" is Sunrise Circle (before the class was kept, and with
    # no "Alley" in the name, the longer Sunrise Street was taken)
    sunrise = locate("Pothole on Sunrise for weeks", gaz)
    assert sunrise is not None and sunrise.address.startswith("Sunrise Circle"), sunrise
    circle = next(s for s in gaz.streets if s.name == "Sunrise Circle")
    assert min(distance_m((sunrise.lat, sunrise.lon), p) for line in circle.lines for p in line) < 300
