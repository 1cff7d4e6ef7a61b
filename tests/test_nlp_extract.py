"""The entry point `nlp.extract`: what and where, what is missing, purity and speed."""

from __future__ import annotations

import ast
import builtins
import json
import socket
import time
from pathlib import Path
from typing import Any

import pytest
from test_nlp_category import OTHER, UK

import nlp
from nlp import Candidate, Extraction, Gazetteer, Location, Service, extract

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "relay311" / "data" / "demo_town.json"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_dict(json.loads(DEMO.read_text(encoding="utf-8")))


def test_public_api() -> None:
    for name in ("extract", "Gazetteer", "Service", "Candidate", "Location", "Extraction"):
        assert name in nlp.__all__ and hasattr(nlp, name)


def test_big_pothole_outside_12_station_road(gaz: Gazetteer) -> None:
    ex = extract("Big pothole outside 12 Station Road", UK, gaz)
    assert isinstance(ex, Extraction)
    assert ex.service_code == "RD01" and ex.confidence >= 0.9
    assert ex.location is not None and ex.location.kind == "address"
    assert ex.location.address == "12 Station Road, Demo Town"
    assert ex.missing == ()


def test_candidates_are_top_five(gaz: Gazetteer) -> None:
    ex = extract("pothole, broken glass and a dead fox near the drain on Mill Lane", UK, gaz)
    assert 1 < len(ex.candidates) <= 5
    assert all(isinstance(c, Candidate) for c in ex.candidates)
    assert [c.score for c in ex.candidates] == sorted((c.score for c in ex.candidates), reverse=True)


def test_missing_location(gaz: Gazetteer) -> None:
    ex = extract("Big pothole", UK, gaz)
    assert ex.service_code == "RD01" and ex.location is None
    assert ex.missing == ("location",)


def test_missing_service(gaz: Gazetteer) -> None:
    ex = extract("hello, it's on Mill Lane", UK, gaz)
    assert ex.location is not None and ex.missing == ("service",)


def test_missing_both(gaz: Gazetteer) -> None:
    assert extract("hello", UK, gaz).missing == ("service", "location")
    assert extract("the road is bad", UK, gaz).missing == ("service", "location")
    assert extract("", UK, gaz).missing == ("service", "location")


def test_min_confidence_decides_missing_service(gaz: Gazetteer) -> None:
    """`min_confidence` applies to the first candidate's score, which the conversation's settings are tuned
    on; `confidence` is the probability that the first candidate is right."""
    text = "hole on Mill Lane"
    ex = extract(text, UK, gaz)
    score = ex.candidates[0].score
    assert 0 < score < 1 and ex.confidence == ex.probability != score
    assert "service" in extract(text, UK, gaz, min_confidence=score + 0.01).missing
    assert "service" not in extract(text, UK, gaz, min_confidence=score).missing


def test_empty_catalog(gaz: Gazetteer) -> None:
    ex = extract("Big pothole outside 12 Station Road", [], gaz)
    assert ex.candidates == () and ex.service_code is None and ex.confidence == 0.0
    assert ex.missing == ("service",)


def test_channel_point(gaz: Gazetteer) -> None:
    ex = extract("street light out", UK, gaz, point=(52.2, 0.12))
    assert ex.location == Location(52.2, 0.12, "channel", "point supplied by the channel", 0.9)
    assert ex.service_code == "SL01" and ex.missing == ()


def test_place_words_do_not_count_as_service_evidence(gaz: Gazetteer) -> None:
    # "Station Road" must not push the "Road signs" service up.
    with_place = extract("broken glass on Station Road", UK, gaz)
    assert with_place.service_code == "EN03"
    assert "SN01" not in [c.service_code for c in with_place.candidates]
    link = "https://www.openstreetmap.org/#map=18/52.2041/0.1126"
    assert extract(f"graffiti {link}", UK, gaz).service_code == "EN01"


def test_zero_shot_catalog(gaz: Gazetteer) -> None:
    ex = extract("someone dumped a fridge outside the co-op", OTHER, gaz)
    assert ex.service_code == "1006" and ex.location is not None and ex.location.kind == "place"
    assert ex.missing == ()


def test_extract_does_no_io(gaz: Gazetteer, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("nlp must not do I/O")

    catalog = [Service("Z1", "Brand new catalog", "never indexed before")]
    monkeypatch.setattr(builtins, "open", refuse)
    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    extract("pothole outside 12 Station Road https://maps.google.com/?q=52.2,0.12", catalog, gaz)
    Gazetteer.from_dict({"streets": [{"name": "A Road", "points": [[1.0, 1.0]]}]})


FORBIDDEN_IMPORTS = {
    "os",
    "io",
    "pathlib",
    "socket",
    "http",
    "requests",
    "aiohttp",
    "sqlite3",
    "shutil",
    "subprocess",
}


def test_nlp_source_has_no_io_imports() -> None:
    for path in sorted((ROOT / "nlp").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                modules = [node.module or ""]
            else:
                is_open = (
                    isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "open"
                )
                assert not is_open, f"{path.name} calls open()"
                continue
            for module in modules:
                assert module.split(".")[0] not in FORBIDDEN_IMPORTS and module != "urllib.request", (
                    path,
                    module,
                )


def test_speed(gaz: Gazetteer) -> None:
    messages = [
        "Big pothole outside 12 Station Road",
        "street light out on the corner of Mill Lane and High Street",
        "someone has dumped a mattress by the library, it has been there for a week and it starts to smell",
        "hello",
        "graffiti https://www.openstreetmap.org/#map=18/52.2041/0.1126",
        "the drain on Queens Raod is blocked again and the road floods every time it rains",
    ] * 200
    extract("warm up", UK, gaz)
    start = time.perf_counter()
    for text in messages:
        extract(text, UK, gaz)
    rate = len(messages) / (time.perf_counter() - start)
    print(f"\nextract: {rate:.0f} messages/s")
    assert rate > 500  # typically 2,000-5,000/s; the floor leaves room for slow CI machines


def test_two_services_neck_and_neck_leave_the_service_to_the_citizen(gaz: Gazetteer) -> None:
    twins = [
        Service("A", "Sidewalk Repair", "Broken or uneven sidewalks"),
        Service("B", "Sidewalk Maintenance", "Broken or uneven sidewalks"),
        Service("C", "Graffiti"),
    ]
    ex = extract("the sidewalk is broken on High Street", twins, gaz)
    assert {c.service_code for c in ex.candidates[:2]} == {"A", "B"}
    assert ex.candidates[0].score >= 0.5  # confident in the kind of problem...
    assert "service" in ex.missing  # ...but not in which of the two services
    assert "service" not in extract("the sidewalk is broken", twins, gaz, min_margin=0.0).missing
    assert "service" not in extract("graffiti on High Street", twins, gaz).missing


def test_zero_shot_confidence_is_a_probability_that_falls_with_a_narrow_lead(gaz: Gazetteer) -> None:
    """With no trained model, `confidence` is the built-in calibration of the first candidate's score and its
    lead over the second: a clear single answer is likely right, a near tie is a coin toss."""
    from nlp import Candidate
    from nlp.extract import zero_shot_probability

    clear = zero_shot_probability([Candidate("A", 0.9), Candidate("B", 0.3)])
    tie = zero_shot_probability([Candidate("A", 0.9), Candidate("B", 0.89)])
    weak = zero_shot_probability([Candidate("A", 0.3)])
    assert clear > 0.9 and 0.5 < tie < 0.8 and tie < clear and weak < clear
    assert zero_shot_probability([]) == 0.0
    ex = extract("hole on Mill Lane", UK, gaz)
    assert ex.confidence == ex.probability == pytest.approx(zero_shot_probability(ex.candidates), abs=1e-4)
