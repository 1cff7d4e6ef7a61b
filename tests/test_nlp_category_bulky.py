"""A sofa the council collects by appointment is not a missed weekly collection, and the other way round."""

from __future__ import annotations

import pytest

from nlp import Service, rank
from nlp.category_pickup import asks_pickup
from nlp.text import stems

DC_LIKE = [
    Service("MISSED", "Trash Collection - Missed", keywords=("Trash", "Collection", "Missed")),
    Service("BULK", "Residential Bulk Collection", keywords=("Residential", "Bulk", "Collection")),
    Service("RECYCLING", "Recycling Collection - Missed"),
    Service("DUMPING", "Illegal Dumping"),
]


def first(text: str, catalog: list[Service]) -> str:
    return rank(text, catalog)[0].service_code


def test_a_skipped_house_is_a_missed_collection_not_a_bulk_one() -> None:
    assert first("garbage truck skipped our house", DC_LIKE) == "MISSED"
    assert first("trash wasnt picked up this week", DC_LIKE) == "MISSED"


def test_a_couch_to_be_picked_up_is_a_bulk_collection() -> None:
    assert first("how do i get a couch picked up", DC_LIKE) == "BULK"
    assert first("we have a mattress to get rid of, when is large item pickup", DC_LIKE) == "BULK"


def test_a_dumped_sofa_is_still_dumping() -> None:
    assert first("someone dumped a sofa and a mattress in the alley", DC_LIKE) == "DUMPING"


def test_without_a_bulk_service_the_collection_crews_take_it() -> None:
    catalog = [Service("T", "Trash"), Service("R", "Recycling"), Service("P", "Pothole")]
    assert first("how do i get a couch picked up", catalog) == "T"


def test_asking_for_a_collection_is_no_report_of_dumping() -> None:
    assert first("Please can you pick up a lawn mower and a stove", DC_LIKE) == "BULK"
    assert (
        first("need to get rid of an old fridge and a washing machine, can you take them", DC_LIKE) == "BULK"
    )
    assert first("can the city take an old sofa, it wont fit in the can", DC_LIKE) == "BULK"
    # the same items, dumped or left by someone, are still dumping
    assert first("someone left an old fridge and a washing machine behind the shops", DC_LIKE) == "DUMPING"


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("please can you pick up a lawn mower", True),
        ("how do i get rid of an old mattress", True),
        ("i need to schedule a pickup for a couch", True),
        ("somebody dumped a couch, can you pick it up", False),
        ("old fridge in the side yard", False),
        ("can you fix the street light", False),
    ],
)
def test_asks_pickup(text: str, asks: bool) -> None:
    assert asks_pickup(stems(text)) is asks
