"""`relay311 gazetteer import` (OSM PBF, GeoJSON, CSV) and loading the file back as an nlp.Gazetteer."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from nlp import locate
from relay311.app import load_gazetteer
from relay311.cli import main
from relay311.config import ConfigError
from relay311.gazetteer_import import ImportError_, import_file
from relay311.gazetteer_store import GazetteerFileError, bbox, load, to_dict
from tests.conftest import shared_data

GEOJSON = {
    "type": "FeatureCollection",
    "name": "Testville",
    "features": [
        {
            "type": "Feature",
            "properties": {"name": "Mill Lane"},
            "geometry": {"type": "LineString", "coordinates": [[0.100, 52.200], [0.110, 52.200]]},
        },
        {
            "type": "Feature",
            "properties": {"name": "Church Street"},
            "geometry": {"type": "LineString", "coordinates": [[0.105, 52.195], [0.105, 52.205]]},
        },
        {
            "type": "Feature",
            "properties": {"addr:housenumber": "12", "addr:street": "Mill Lane"},
            "geometry": {"type": "Point", "coordinates": [0.1021, 52.2002]},
        },
        {
            "type": "Feature",
            "properties": {"name": "Testville Library", "alt_name": "the library"},
            "geometry": {"type": "Point", "coordinates": [0.108, 52.201]},
        },
    ],
}


def test_geojson_import_round_trip(tmp_path: Path) -> None:
    src = tmp_path / "town.geojson"
    src.write_text(json.dumps(GEOJSON))
    out = tmp_path / "gazetteer.sqlite"
    import_file(src, out, quiet=True)
    gaz = load(out)
    assert gaz.name == "Testville"
    loc = locate("pothole outside 12 mill ln", gaz)
    assert loc is not None and loc.kind == "address"
    assert (loc.lat, loc.lon) == pytest.approx((52.2002, 0.1021))
    corner = locate("corner of Mill Lane and Church St", gaz)
    assert corner is not None and corner.kind == "intersection"
    assert (corner.lat, corner.lon) == pytest.approx((52.2, 0.105), abs=1e-5)
    place = locate("graffiti by the library", gaz)
    assert place is not None and place.kind == "place"
    assert bbox(out) == pytest.approx((52.195, 0.1, 52.205, 0.11))


def test_csv_address_list(tmp_path: Path) -> None:
    src = tmp_path / "addresses.csv"
    src.write_text(
        "UPRN,House_Number,Street_Name,Latitude,Longitude\n"
        "1,12,Station Road,52.1,0.2\n"
        "2,14;16,Station Road,52.1001,0.2001\n"
        "3,,Station Road,,\n"  # no position: skipped
    )
    out = tmp_path / "g.sqlite"
    data = import_file(src, out, quiet=True)
    assert [a[0] for a in data.addresses] == ["12", "14", "16"]
    loc = locate("light out at 16 Station Rd", load(out))
    assert loc is not None and loc.kind == "address" and loc.lat == pytest.approx(52.1001)


def test_csv_with_one_address_column(tmp_path: Path) -> None:
    src = tmp_path / "list.csv"
    src.write_text('address,lat,lon\n"7a High Street, Demo",51.5,-0.1\n')
    data = import_file(src, tmp_path / "g.sqlite", quiet=True)
    assert data.addresses == [("7a", "High Street", 51.5, -0.1, "")]


def test_csv_without_coordinates_is_refused(tmp_path: Path) -> None:
    src = tmp_path / "bad.csv"
    src.write_text("number,street\n1,High Street\n")
    with pytest.raises(ImportError_, match="latitude and longitude"):
        import_file(src, tmp_path / "g.sqlite", quiet=True)


def test_reimport_replaces_the_data(tmp_path: Path) -> None:
    out = tmp_path / "g.sqlite"
    first = tmp_path / "a.csv"
    first.write_text("number,street,lat,lon\n1,Old Road,50.0,1.0\n")
    second = tmp_path / "b.csv"
    second.write_text("number,street,lat,lon\n2,New Road,50.1,1.1\n")
    import_file(first, out, quiet=True)
    import_file(second, out, quiet=True)
    data = to_dict(out)
    assert [a["street"] for a in data["addresses"]] == ["New Road"]
    assert not (tmp_path / "g.sqlite.tmp").exists()


def test_config_accepts_a_gazetteer_file(tmp_path: Path) -> None:
    src = tmp_path / "town.geojson"
    src.write_text(json.dumps(GEOJSON))
    out = tmp_path / "gazetteer.sqlite"
    import_file(src, out, quiet=True)
    assert load_gazetteer(str(out)).name == "Testville"
    assert load_gazetteer("gazetteer.sqlite", base=tmp_path).name == "Testville"


def test_a_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(GazetteerFileError):
        load(other)
    with pytest.raises(ConfigError, match="not a relay311 gazetteer"):
        load_gazetteer(str(other))


def test_cli_import_and_info(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "town.geojson"
    src.write_text(json.dumps(GEOJSON))
    out = tmp_path / "g.sqlite"
    assert main(["gazetteer", "import", str(src), "--output", str(out)]) == 0
    err = capsys.readouterr().err
    assert "2 street pieces, 1 addresses, 1 places" in err
    assert "writing" in err  # the progress bar
    assert main(["gazetteer", "info", str(out)]) == 0
    assert "Testville" in capsys.readouterr().out
    assert main(["gazetteer", "import", str(tmp_path / "missing.csv"), "-o", str(out)]) == 2


def test_osm_pbf_import() -> None:
    pbf = shared_data("osm", "baltimore.osm.pbf")
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "baltimore.sqlite"
        data = import_file(pbf, out, quiet=True)
        gaz = load(out)
    assert len(data.addresses) > 1200 and len(data.intersections) > 1000 and len(data.places) > 500
    # Intersections come from nodes shared by two differently named highways.
    a, b, lat, lon = data.intersections[0]
    assert a != b
    names = {s.name for s in gaz.streets}
    assert a in names and b in names
    loc = locate(f"pothole at the corner of {a} and {b}", gaz)
    assert loc is not None and loc.kind == "intersection"
    assert (loc.lat, loc.lon) == pytest.approx((lat, lon), abs=1e-4)
    number, street, alat, alon, _ = data.addresses[0]
    found = locate(f"light out outside {number} {street}", gaz)
    assert found is not None and found.kind == "address"
    assert (found.lat, found.lon) == pytest.approx((alat, alon), abs=1e-5)


def test_places_keep_their_kind(tmp_path: Path) -> None:
    """The kind of each place (an OSM tag, or a GeoJSON `kind`) is kept, so that "Holborn station" and
    "the library" find the station "Holborn" and the one library."""
    features = [
        {
            "type": "Feature",
            "properties": {"name": "Holborn", "railway": "station"},
            "geometry": {"type": "Point", "coordinates": [-0.1201, 51.5174]},
        },
        {
            "type": "Feature",
            "properties": {"name": "Lincoln Elementary", "kind": "school"},
            "geometry": {"type": "Point", "coordinates": [-0.1300, 51.5100]},
        },
        {
            "type": "Feature",
            "properties": {"name": "Beth Am", "amenity": "place_of_worship", "religion": "jewish"},
            "geometry": {"type": "Point", "coordinates": [-0.1020, 51.5020]},
        },
    ]
    src = tmp_path / "town.geojson"
    src.write_text(json.dumps({"type": "FeatureCollection", "name": "Kindly", "features": features}))
    out = tmp_path / "g.sqlite"
    import_file(src, out, quiet=True)
    kinds = {p["name"]: p["kind"] for p in to_dict(out)["places"]}
    assert kinds == {
        "Holborn": "railway=station",
        "Lincoln Elementary": "school",
        "Beth Am": "amenity=place_of_worship;religion=jewish",
    }
    gaz = load(out)
    for text, lat in [
        ("Broken paving outside Holborn station", 51.5174),
        ("Pothole by Lincoln school", 51.51),
        ("Graffiti by the synagogue", 51.502),
        ("Litter outside the train station", 51.5174),
    ]:
        found = locate(text, gaz)
        assert found is not None and found.kind == "place" and found.lat == pytest.approx(lat), text


def test_a_file_made_before_kinds_were_read_still_loads(tmp_path: Path) -> None:
    """Files of format 1 always had the `kind` column (an OSM tag, without the religion, or empty):
    they load as they are, and places recorded without a kind are found by name only."""
    src = tmp_path / "town.geojson"
    src.write_text(json.dumps(GEOJSON))
    out = tmp_path / "g.sqlite"
    import_file(src, out, quiet=True)
    con = sqlite3.connect(out)
    con.execute("UPDATE places SET kind = ''")
    con.execute(
        "INSERT INTO places (name, aliases, lat, lon, address, kind)"
        " VALUES ('Lloyd Street Synagogue', '[]', 52.199, 0.104, '', 'amenity=place_of_worship')"
    )
    con.commit()
    con.close()
    gaz = load(out)
    assert locate("graffiti by the library", gaz) is not None  # its alias "the library"
    found = locate("Graffiti near the synagogue", gaz)  # a place of worship named a synagogue
    assert found is not None and found.lat == pytest.approx(52.199)


def test_osm_places_are_found_as_people_say_them() -> None:
    pbf = shared_data("osm", "harrisburg.osm.pbf")
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "harrisburg.sqlite"
        import_file(pbf, out, quiet=True)
        gaz = load(out)
    kinds = {p.name: p.kind for p in gaz.places}
    assert kinds["Lawnton Elementary"] == "school" and kinds["East Shore Library"] == "library"
    school = locate("Pothole by Lawnton school", gaz)
    assert school is not None and school.address.startswith("Lawnton Elementary")
    library = locate("Broken glass by the library", gaz)  # the only library in the extract
    assert library is not None and library.address.startswith("East Shore Library")
    assert locate("Broken glass by the school", gaz) is None  # 22 schools: which one?


def test_csv_as_a_spreadsheet_saves_it(tmp_path: Path) -> None:
    # semicolons (where the comma is the decimal sign), Windows encoding, a value with a comma in it
    src = tmp_path / "addresses.csv"
    text = (
        "number;street;lat;lon;note\n3;Caf\xe9 Lane;51.5;-0.1;x\n12;Station Road;52.1;0.2;by the caf\xe9, e\n"
    )
    src.write_bytes(text.encode("cp1252"))
    data = import_file(src, tmp_path / "g.sqlite", quiet=True)
    assert sorted(a[:2] for a in data.addresses) == [("12", "Station Road"), ("3", "Caf\xe9 Lane")]
