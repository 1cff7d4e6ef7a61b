"""A problem the catalog serves only in passing also lends its evidence to the service of a broader one."""

from __future__ import annotations

import pytest

from nlp import Service, category_factors, rank

# Bloomington-like: no dumping service; "Trash" mentions trash "where it does not belong" in its description.
CATALOG = [
    Service("T", "Trash", description="Report trash being where it does not belong or trash collection"),
    Service("D", "Debris Removal", description="Removal of sand and other debris off city streets"),
    Service("U", "Utilities Construction", description="Construction work by the utilities department"),
    Service("A", "Abandoned Vehicle"),
]
DUMPED = "a contractor just dumped a truckload of concrete chunks on the empty lot, i got the plate number"


def test_dumping_goes_to_trash_when_no_service_is_named_for_it() -> None:
    assert rank(DUMPED, CATALOG)[0].service_code == "T"


def test_the_rule_decides_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(category_factors, "_SERVED", 0.5)  # a passing mention counted as serving the problem
    assert rank(DUMPED, CATALOG)[0].service_code != "T"


def test_a_service_named_for_the_problem_needs_no_broader_one() -> None:
    catalog = [*CATALOG, Service("I", "Illegal Dumping")]
    assert rank(DUMPED, catalog)[0].service_code == "I"
