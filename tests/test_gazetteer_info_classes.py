"""`relay311 gazetteer info` says which street classes (OpenStreetMap `highway` classes) the import kept, and
how many of each: street pieces by their `highway`, streets known from their addresses by their
`street_classes` entry; a file made before classes were kept says it has none.

Made-up towns: Berryville of tests/test_gazetteer_highway.py (OSM: two residential pieces, a footway, an
alley, a tertiary road), an address list with a `highway` column, and one without."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from relay311.cli import main
from relay311.gazetteer_import import import_file
from relay311.gazetteer_store import street_class_counts
from tests.test_gazetteer_highway import NODES, WAYS, _osm_xml


def _info(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["gazetteer", "info", str(path)]) == 0
    return capsys.readouterr().out


@pytest.fixture
def osm_file(tmp_path: Path) -> Path:
    src = tmp_path / "berryville.osm"
    ways = [*WAYS, (14, [6, 2], {"highway": "residential", "name": "Cherry Street"})]
    src.write_text(_osm_xml(NODES, ways))
    out = tmp_path / "berryville.sqlite"
    import_file(src, out, quiet=True)
    return out


def test_info_counts_the_street_pieces_of_each_class(
    osm_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert street_class_counts(osm_file) == {"residential": 2, "alley": 1, "footway": 1, "tertiary": 1}
    out = _info(osm_file, capsys)
    assert "street classes: residential 2, alley 1, footway 1, tertiary 1" in out
    assert "5 street pieces" in out  # the summary line is still there


def test_info_counts_the_streets_known_from_their_addresses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "addresses.csv"
    src.write_text(
        "number,street,lat,lon,highway\n"
        "1,Elm Street,40.0,-76.010,residential\n3,Elm Street,40.0,-76.009,residential\n"
        "2,Elm Way,40.02,-76.030,alley\n5,Oak Lane,40.04,-76.010,\n"
    )
    out = tmp_path / "g.sqlite"
    import_file(src, out, quiet=True)
    assert street_class_counts(out) == {"alley": 1, "residential": 1}
    assert "street classes: alley 1, residential 1" in _info(out, capsys)


def test_info_says_when_the_source_gave_no_class(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "addresses.csv"
    src.write_text("number,street,lat,lon\n1,Elm Street,40.0,-76.010\n3,Elm Street,40.0,-76.009\n")
    out = tmp_path / "g.sqlite"
    import_file(src, out, quiet=True)
    assert street_class_counts(out) == {}
    text = _info(out, capsys)
    assert "street classes: none" in text and "imported before" not in text


def test_info_of_a_file_imported_before_classes_were_stored(
    osm_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    con = sqlite3.connect(osm_file)
    con.execute("ALTER TABLE streets DROP COLUMN highway")
    con.execute("DROP TABLE street_classes")
    con.commit()
    con.close()
    assert street_class_counts(osm_file) is None
    out = _info(osm_file, capsys)
    assert "no classes (imported before classes were stored)" in out
    assert "5 street pieces" in out
