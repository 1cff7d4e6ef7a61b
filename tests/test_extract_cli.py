"""`relay311 extract`: JSON lines in, one JSON line out per input, JSON or XML catalogs."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from relay311.app import load_gazetteer
from relay311.cli import main
from relay311.extract_cli import load_catalog, run_batch

CATALOG = [
    {"service_code": "P1", "service_name": "Potholes", "description": "holes in the road", "group": "Roads"},
    {"service_code": "L1", "service_name": "Street Lights", "description": "", "group": "Lighting"},
    {"service_code": "G1", "service_name": "Graffiti Removal", "description": "", "group": "Cleaning"},
]
XML = """<?xml version="1.0" encoding="utf-8"?>
<services>
  <service><service_code>P1</service_code><service_name>Potholes</service_name><metadata>false</metadata>
    <type>realtime</type><keywords>pothole, road</keywords><group>Roads</group><description/></service>
  <service><service_code>L1</service_code><service_name>Street Lights</service_name><metadata>false</metadata>
    <type>realtime</type><keywords/><group>Lighting</group><description/></service>
</services>"""


def _run(lines: list[str], tmp_path: Path, catalog_text: str, name: str) -> list[dict[str, object]]:
    cat = tmp_path / name
    cat.write_text(catalog_text)
    src = tmp_path / "in.jsonl"
    src.write_text("".join(line + "\n" for line in lines))
    out = tmp_path / "out.jsonl"
    code = main(
        ["extract", "--catalog", str(cat), "--gazetteer", "builtin:demo_town", "--input", str(src),
         "--output", str(out)]
    )  # fmt: skip
    assert code == 0
    return [json.loads(line) for line in out.read_text().splitlines()]


def test_json_catalog_and_output_shape(tmp_path: Path) -> None:
    rows = _run(
        [
            json.dumps({"id": 1, "text": "Big pothole outside 12 Station Road"}),
            json.dumps({"id": "b", "text": "the street light is out"}),
            json.dumps({"id": 3, "text": "hello", "lat": 52.2, "lon": 0.12}),
        ],
        tmp_path,
        json.dumps(CATALOG),
        "services.json",
    )
    assert [r["id"] for r in rows] == [1, "b", 3]
    first = rows[0]
    assert set(first) == {"id", "service_code", "confidence", "candidates", "location", "missing"}
    assert first["service_code"] == "P1" and first["missing"] == []
    assert first["location"] is not None
    assert set(first["location"]) == {"lat", "lon", "kind", "text", "confidence"}  # type: ignore[arg-type]
    assert first["location"]["kind"] == "address"  # type: ignore[index]
    assert len(first["candidates"]) <= 5  # type: ignore[arg-type]
    assert rows[1]["service_code"] == "L1" and rows[1]["location"] is None
    assert rows[1]["missing"] == ["location"]
    assert rows[2]["location"]["kind"] == "channel"  # type: ignore[index]
    assert "service" in rows[2]["missing"]  # type: ignore[operator]


def test_xml_catalog(tmp_path: Path) -> None:
    rows = _run([json.dumps({"id": 1, "text": "pot hole on High Street"})], tmp_path, XML, "services.xml")
    assert rows[0]["service_code"] == "P1"


def test_bad_lines_give_an_error_line_and_processing_goes_on() -> None:
    services = load_catalog_from(CATALOG)
    out = io.StringIO()
    src = io.StringIO('not json\n[1]\n{"id": 5}\n\n{"id": 6, "text": "graffiti"}\n')
    n = run_batch(src, out, services, load_gazetteer("builtin:demo_town"), quiet=True)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert n == 4
    assert "error" in rows[0] and "error" in rows[1]
    assert rows[2] == {"id": 5, "error": 'no "text" string'}
    assert rows[3]["service_code"] == "G1"


def load_catalog_from(data: object) -> list:  # type: ignore[type-arg]
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "c.json"
        path.write_text(json.dumps(data))
        return load_catalog(path)


def test_stdin_to_stdout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    cat = tmp_path / "services.json"
    cat.write_text(json.dumps(CATALOG))
    monkeypatch.setattr("sys.stdin", io.StringIO('{"id": 1, "text": "lamp post out on Mill Lane"}\n'))
    assert main(["extract", "--catalog", str(cat), "--gazetteer", "builtin:demo_town"]) == 0
    captured = capsys.readouterr()
    row = json.loads(captured.out)
    assert row["service_code"] == "L1" and row["location"]["kind"] == "street"
    assert "extracting" in captured.err


def test_unusable_catalog_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cat = tmp_path / "services.json"
    cat.write_text("<html>oops</html>")
    assert main(["extract", "--catalog", str(cat), "--gazetteer", "builtin:demo_town"]) == 2
    assert "not an Open311 service list" in capsys.readouterr().err


def test_without_a_gazetteer_places_come_only_from_points_and_links(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    cat = tmp_path / "services.json"
    cat.write_text(json.dumps(CATALOG))
    lines = [
        {"id": 1, "text": "lamp post out on Mill Lane"},
        {"id": 2, "text": "pothole here https://www.openstreetmap.org/?mlat=52.2&mlon=0.12#map=18/52.2/0.12"},
    ]
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(json.dumps(x) + "\n" for x in lines)))
    assert main(["extract", "--catalog", str(cat), "-q"]) == 0
    first, second = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert first["service_code"] == "L1" and first["location"] is None and first["missing"] == ["location"]
    assert second["service_code"] == "P1" and second["location"]["kind"] == "map_link"


def test_a_byte_order_mark_and_a_line_that_is_not_utf8_lose_nothing(tmp_path: Path) -> None:
    cat = tmp_path / "services.json"
    cat.write_text(json.dumps(CATALOG))
    src = tmp_path / "in.jsonl"
    lines = [
        "\ufeff" + json.dumps({"id": 1, "text": "the street light is out"}),
        json.dumps({"id": 2, "text": "pothole by the caf\xe9"}, ensure_ascii=False),
        json.dumps({"id": 3, "text": "graffiti on the wall"}),
    ]
    src.write_bytes(("\r\n".join(lines[:1]) + "\r\n").encode("utf-8") + (lines[1] + "\n").encode("cp1252")
                    + (lines[2] + "\n").encode("utf-8"))  # fmt: skip
    out = tmp_path / "out.jsonl"
    assert main(["extract", "--catalog", str(cat), "--input", str(src), "--output", str(out), "--quiet"]) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in rows] == [1, 2, 3]
    assert [r["service_code"] for r in rows] == ["L1", "P1", "G1"]
