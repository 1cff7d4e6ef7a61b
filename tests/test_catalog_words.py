"""Back-office abbreviations in service names are written out before a catalog is read."""

from __future__ import annotations

import pytest

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
    assert expand(["fall", "leaf", "collection"]) == ["autumn", "leaf", "collection"]
    assert expand(["right", "of", "way", "obstruction"]) == ["street", "obstruction"]
    assert expand(["car", "park"]) == ["carpark"]
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


FORMAL = [
    Service("PWD-0101", "Roadway Surface Deficiency"),
    Service("PWD-0201", "Luminaire Malfunction"),
    Service("PWD-0104", "Right-of-Way Obstruction Investigation"),
    Service("CCD-0602", "Inoperable Motor Vehicle"),
    Service("SWM-0504", "Illegal Disposal of Refuse"),
    Service("ASD-1001", "Deceased Animal Removal - Public Right-of-Way"),
    Service("PUD-0705", "Stormwater Conveyance Deficiency"),
    Service("DOT-0306", "Shared Micromobility Device Complaint"),
]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("massive pothole on Elm St, nearly lost a tire", "PWD-0101"),
        ("the street light outside my house is out", "PWD-0201"),
        ("junk car with flat tires and no plates has sat on our street for months", "CCD-0602"),
        ("someone dumped a mattress and a couch behind the school", "SWM-0504"),
        ("dead deer on the side of the road by the bridge", "ASD-1001"),
        ("the storm drain is clogged and the street floods every time it rains", "PUD-0705"),
        ("scooters left lying across the sidewalk again", "DOT-0306"),
    ],
)
def test_a_catalog_in_formal_wording_is_understood(text: str, code: str) -> None:
    """Names citizens never use ("Luminaire Malfunction", "Roadway Surface Deficiency") still find their
    reports: "deficiency", "malfunction" and "abatement" need no evidence, and the right-of-way is the
    street."""
    ranked = rank(text, FORMAL)
    assert ranked and ranked[0].service_code == code, [(c.service_code, c.score) for c in ranked[:3]]
