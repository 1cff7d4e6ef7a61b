"""Postcodes and ZIP codes: found in text (nlp.postcode), located from the gazetteer, imported from address
lists and postcode lists."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

import nlp
from nlp import Gazetteer
from nlp.postcode import find_postcodes, normalise
from relay311.gazetteer_import import import_file
from relay311.gazetteer_store import load, to_dict


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("pothole outside CB2 1TN", ["CB2 1TN"]),
        ("fly tipping at sw1a1aa!", ["SW1A 1AA"]),
        ("bins in M1 1AE and EC1A 1BB", ["M1 1AE", "EC1A 1BB"]),
        ("Baltimore, MD 21201 hydrant", ["21201"]),
        ("hydrant at 400 N Charles St 21201-4567", ["21201"]),
        ("zip code 21230, light out", ["21230"]),
        ("Harrisburg, Pennsylvania 17101", ["17101"]),
    ],
)
def test_postcodes_found(text: str, codes: list[str]) -> None:
    assert [p.code for p in find_postcodes(text)] == codes


@pytest.mark.parametrize(
    "text",
    [
        "12345 Main St has a pothole",  # a house number
        "call 555-12345",
        "I waited 10000 years",  # a number, not a ZIP code
        "it is in 21201",  # bare: only with bare=True
        "AB12 is my car",  # half a postcode
        "price $12345.00",
    ],
)
def test_not_postcodes(text: str) -> None:
    assert find_postcodes(text) == []


def test_bare_five_digits_when_asked() -> None:
    found = find_postcodes("pothole in 21201", bare=True)
    assert [(p.code, p.explicit) for p in found] == [("21201", False)]
    assert find_postcodes("12345 Main St", bare=True) == []


def test_found_text_and_span() -> None:
    text = "Light out near cb2  1tn please"
    (pc,) = find_postcodes(text)
    assert (pc.code, pc.country, text[pc.start : pc.end]) == ("CB2 1TN", "gb", pc.text)


def test_normalise() -> None:
    assert normalise("cb21tn") == "CB2 1TN"
    assert normalise(" sw1a  1aa ") == "SW1A 1AA"
    assert normalise("21201-1234") == "21201"
    assert normalise("d02 x285") == "D02 X285"  # not UK/US: kept as written, upper case


GAZ = {
    "name": "Testville",
    "streets": [{"name": "Mill Lane", "points": [[52.20, 0.12], [52.21, 0.12]]}],
    "postcodes": [
        {"code": "cb2 1tn", "lat": 52.205, "lon": 0.121},
        {"code": "21201", "lat": 39.29, "lon": -76.61},
    ],
}


def test_gazetteer_postcodes_locate() -> None:
    gaz = Gazetteer.from_dict(GAZ)
    match = gaz.postcode("CB21TN")
    assert match is not None and (match.kind, match.name, match.lat) == ("postcode", "CB2 1TN", 52.205)
    found = nlp.locate("broken bench near CB2 1TN", gaz)
    assert found is not None
    assert (found.kind, found.text, found.lat, found.lon) == ("postcode", "CB2 1TN", 52.205, 0.121)
    assert found.address == "CB2 1TN, Testville"
    zip_found = nlp.locate("hydrant leaking, MD 21201", gaz)
    assert zip_found is not None and zip_found.kind == "postcode" and zip_found.confidence < 0.45
    bare = nlp.locate("hydrant leaking in 21201", gaz)  # a known ZIP code written alone
    assert bare is not None and bare.kind == "postcode"


def test_unknown_postcode_is_not_located() -> None:
    gaz = Gazetteer.from_dict(GAZ)
    assert nlp.locate("broken bench near ZZ9 9ZZ", gaz) is None
    assert nlp.locate("hydrant leaking in 90210", gaz) is None
    assert nlp.locate("12345 bins missed", gaz) is None


def test_a_street_beats_a_postcode() -> None:
    found = nlp.locate("pothole on Mill Lane, CB2 1TN", Gazetteer.from_dict(GAZ))
    assert found is not None and found.kind == "street"


def test_extract_reports_a_postcode_location() -> None:
    extraction = nlp.extract("big pothole near CB2 1TN", [], Gazetteer.from_dict(GAZ))
    assert extraction.location is not None and extraction.location.kind == "postcode"
    assert "location" not in extraction.missing


def test_csv_address_list_with_postcodes(tmp_path: Path) -> None:
    src = tmp_path / "addresses.csv"
    src.write_text(
        "number,street,postcode,lat,lon\n"
        "1,Mill Lane,CB2 1TN,52.2000,0.1200\n"
        "3,Mill Lane,cb21tn,52.2002,0.1204\n"
        "5,Mill Lane,CB2 1TP,52.2100,0.1300\n",
        encoding="utf-8",
    )
    out = tmp_path / "gazetteer.sqlite"
    import_file(src, out, quiet=True)
    codes = {p["code"]: (p["lat"], p["lon"]) for p in to_dict(out)["postcodes"]}
    assert codes == {"CB2 1TN": (52.2001, 0.1202), "CB2 1TP": (52.21, 0.13)}  # the centre of its addresses
    found = nlp.locate("graffiti near CB2 1TP", load(out))
    assert found is not None and (found.lat, found.lon) == (52.21, 0.13)


def test_csv_postcode_list(tmp_path: Path) -> None:
    src = tmp_path / "zips.csv"
    src.write_text(
        "zip,latitude,longitude\n21201,39.2946,-76.6252\n21202,39.2963,-76.6071\n", encoding="utf-8"
    )
    out = tmp_path / "gazetteer.sqlite"
    import_file(src, out, quiet=True)
    assert [p["code"] for p in to_dict(out)["postcodes"]] == ["21201", "21202"]
    found = nlp.locate("Baltimore MD 21202 missed collection", load(out))
    assert found is not None and (found.lat, found.lon) == (39.2963, -76.6071)


def test_geojson_postcode_features(tmp_path: Path) -> None:
    src = tmp_path / "area.geojson"
    features = [
        {
            "type": "Feature",
            "properties": {"postcode": "CB2 1TN"},
            "geometry": {"type": "Point", "coordinates": [0.121, 52.205]},
        },
        {
            "type": "Feature",
            "properties": {"addr:housenumber": "7", "addr:street": "Mill Lane", "addr:postcode": "CB2 1TP"},
            "geometry": {"type": "Point", "coordinates": [0.13, 52.21]},
        },
    ]
    src.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    out = tmp_path / "gazetteer.sqlite"
    import_file(src, out, quiet=True)
    assert {p["code"] for p in to_dict(out)["postcodes"]} == {"CB2 1TN", "CB2 1TP"}


def test_a_gazetteer_file_without_a_postcodes_table_still_loads(tmp_path: Path) -> None:
    src = tmp_path / "addresses.csv"
    src.write_text("number,street,postcode,lat,lon\n1,Mill Lane,CB2 1TN,52.2,0.12\n", encoding="utf-8")
    out = tmp_path / "gazetteer.sqlite"
    import_file(src, out, quiet=True)
    con = sqlite3.connect(out)
    con.execute("DROP TABLE postcodes")  # as written by earlier versions
    con.commit()
    con.close()
    assert [p["code"] for p in to_dict(out)["postcodes"]] == ["CB2 1TN"]
