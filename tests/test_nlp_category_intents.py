"""A service name's action is read from whole words: a missed collection is not a missing sign."""

from __future__ import annotations

from nlp import Service, rank
from nlp.category_index import _name_intents

DC_LIKE = [
    Service("MISSED", "Recycling Collection - Missed"),
    Service("COMMERCIAL", "Recycling - Commercial Only"),
    Service("SCHOOL", "Recycling - School Program"),
    Service("SIGN", "Sign Missing Investigation"),
    Service("TREE", "Tree Removal"),
]


def test_names_offer_the_actions_they_say() -> None:
    intents = {s.code: _name_intents(s) for s in DC_LIKE}
    assert intents["MISSED"] == frozenset()
    assert intents["SIGN"] == {"missing", "inspect"}
    assert intents["TREE"] == {"remove"}


def test_a_missed_collection_is_not_marked_down_when_the_message_asks_for_something_else() -> None:
    # "broken glass" asks for a replacement; that says nothing against a missed collection
    text = "recycling crew dumped half my bin on the ground and drove off. broken glass all over the curb now"
    assert rank(text, DC_LIKE)[0].service_code == "MISSED"


def test_an_intent_is_read_from_words_written_together() -> None:
    catalog = [Service("REMOVE", "Tree Removal"), Service("INSPECT", "Tree Inspection")]
    assert rank("big tree came down across the road", catalog)[0].service_code == "REMOVE"
    # "came ... down" with a word between is driving, not a fallen tree: no action asked for
    ranked = rank("the truck came flying down our street and clipped the tree", catalog)
    assert ranked[0].score == ranked[1].score
