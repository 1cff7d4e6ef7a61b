"""Back-office abbreviations in service names are written out before a catalog is read."""

from __future__ import annotations

from nlp import Service, rank
from nlp.catalog_words import expand

TERSE = [
    Service("TSM", "TRAF SIG MALFUNCTION"),
    Service("SLO", "ST LIGHT OUT"),
    Service("AVH", "TRANS - ABAND VEH"),
    Service("ILD", "SW-ILL DUMP"),
    Service("GPB", "GRAFFITI - PUB PROP"),
    Service("GPV", "GRAFFITI - PVT PROP"),
    Service("VBO", "HCD - VACANT BLDG OPEN"),
    Service("SWK", "HWY-SIDEWALK REPAIR"),
    Service("PHL", "HWY-POTHOLE"),
]


def first(text: str) -> str:
    ranked = rank(text, TERSE)
    assert ranked, text
    return ranked[0].service_code


def test_abbreviations_and_pairs_are_written_out() -> None:
    assert expand(["traf", "sig", "malfunction"]) == ["traffic", "signal", "malfunction"]
    assert expand(["sw", "ill", "dump"]) == ["sw", "illegal", "dumping"]
    assert expand(["graffiti", "pub", "prop"]) == ["graffiti", "public", "property"]
    assert expand(["lt", "turn", "arrow"]) == ["left", "turn", "arrow"]
    # an ambiguous word alone is kept: "pub" may be a pub, "ill" may be ill
    assert expand(["pub", "noise"]) == ["pub", "noise"]
    assert expand(["ill"]) == ["ill"]


def test_a_terse_catalog_is_understood() -> None:
    assert first("the traffic light at 5th and Main is stuck on red") == "TSM"
    assert first("street light out in front of my house") == "SLO"
    assert first("abandoned car with flat tires for weeks") == "AVH"
    assert first("someone dumped a mattress and tires in the alley") == "ILD"
    assert first("the vacant house next door has its door wide open, kids go in") == "VBO"


def test_where_the_graffiti_is_still_decides_between_public_and_private() -> None:
    assert first("graffiti sprayed on my garage, private property") == "GPV"
    assert first("graffiti all over the bridge on the street") == "GPB"


def test_messages_are_not_expanded() -> None:
    """In a message "st" is not always street, nor "pub" public: only catalog text is written out."""
    ranked = rank("the pub on the corner is playing loud music", [*TERSE, Service("NOI", "Noise Complaint")])
    assert ranked[0].service_code == "NOI"
