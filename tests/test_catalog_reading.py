"""What relay311 understands of a catalog (`relay311 extract --explain`), and a council's own keywords."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlp import Service, rank
from nlp.catalog_reading import read_catalog, with_keywords
from relay311.app import keyword_view, load_catalog_view
from relay311.cli import main
from relay311.config import ConfigError, parse

CATALOG = [
    Service("K1", "Hazardous Edifices", "Report edifices that may be dangerous"),
    Service("P1", "Parks & Rec Buildings", "Report issues related to buildings maintained by Parks"),
    Service("L1", "Street Lights"),
    Service("B1", "Brain Monitor", "Monitor the condition of the Brain sculptures"),
]
HOUSE = "the house next door is falling apart, broken windows"


def test_reading_links_services_to_problems_and_marks_the_ones_found_only_by_their_own_words() -> None:
    readings = {r.code: r for r in read_catalog(CATALOG)}
    assert readings["L1"].problems[0] == ("streetlight", 1.0) and not readings["L1"].weak
    assert not readings["L1"].unknown
    assert [p for p, _ in readings["P1"].problems[:2]] == ["parks", "building"]
    assert readings["P1"].unknown == ("rec",)
    assert readings["K1"].weak and readings["K1"].unknown == ("hazardous", "edifices")
    assert readings["B1"].weak and "brain" in readings["B1"].unknown


def test_a_councils_keywords_teach_a_service_its_citizens_words() -> None:
    assert [c.service_code for c in rank(HOUSE, CATALOG)][:1] == ["P1"]
    taught = with_keywords(CATALOG, {"K1": ("derelict building", "house", "falling down")})
    assert [c.service_code for c in rank(HOUSE, taught)][:1] == ["K1"]
    assert not {r.code: r for r in read_catalog(taught)}["K1"].weak
    assert taught[1] is CATALOG[1]  # services without keywords are the same objects


def test_the_keyword_view_builds_the_taught_catalog_once_per_catalog() -> None:
    current = list(CATALOG)
    view = keyword_view(lambda: current, {"K1": ("house",)})
    first = view()
    assert view() is first  # unchanged catalog: the same list, so its index is not rebuilt per message
    assert first[0].keywords == ("house",)
    current = [*CATALOG, Service("G1", "Graffiti")]
    assert view() is not first and len(view()) == 5
    assert load_catalog_view("", {})(lambda: CATALOG)() is CATALOG


def test_keywords_in_the_config() -> None:
    config = parse(
        {"open311": {"url": "http://x"}, "nlp": {"keywords": {"K1": "house, derelict building ,"}}}
    )
    assert config.nlp.keyword_lists() == {"K1": ("house", "derelict building")}
    with pytest.raises(ConfigError, match=r"nlp.keywords.*comma-separated words"):
        parse({"open311": {"url": "http://x"}, "nlp": {"keywords": {"K1": " , "}}})


def test_extract_explain_prints_the_reading_and_applies_the_config(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    catalog = tmp_path / "services.json"
    catalog.write_text(
        json.dumps(
            [{"service_code": s.code, "service_name": s.name, "description": s.description} for s in CATALOG]
        )
    )
    assert main(["extract", "--catalog", str(catalog), "--explain"]) == 0
    out = capsys.readouterr().out
    assert "! K1  Hazardous Edifices: none  (unrecognised: hazardous, edifices)" in out
    assert "  L1  Street Lights: streetlight 1.00" in out
    assert "4 services; 2 marked !" in out
    config = tmp_path / "relay311.toml"
    config.write_text('[open311]\nurl = "http://x"\n[nlp]\nkeywords = { K1 = "derelict building, house" }\n')
    assert main(["extract", "--catalog", str(catalog), "--explain", "--config", str(config)]) == 0
    out = capsys.readouterr().out
    assert "  K1  Hazardous Edifices: building" in out
    assert "4 services; 1 marked !" in out


def test_the_catch_all_is_named_and_not_marked_weak(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    catalog = tmp_path / "services.json"
    services = [*CATALOG, Service("OT", "Other")]
    catalog.write_text(json.dumps([{"service_code": s.code, "service_name": s.name} for s in services]))
    assert main(["extract", "--catalog", str(catalog), "--explain"]) == 0
    out = capsys.readouterr().out
    assert "  OT  Other: catch-all" in out
    readings = {r.code: r for r in read_catalog(services)}
    assert readings["OT"].catch_all and not readings["OT"].weak
    assert not readings["L1"].catch_all
