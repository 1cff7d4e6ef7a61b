"""A location an online geocoder found enters the conversation as an nlp.Location and is treated exactly as
the same location found by the offline extraction: its kind is kept, a low confidence is asked about, and
its words are no evidence for a service. A channel's point, and a place the gazetteer knows, still win."""

from __future__ import annotations

import pytest

import nlp
from nlp import Gazetteer, Location, Service
from relay311.app import load_gazetteer
from relay311.conversation import Settings, Turn, step

CATALOG = [
    Service("POTHOLE", "Pothole", keywords=("pothole",)),
    Service("TREES", "Fallen tree", keywords=("tree", "branch")),
    Service("GLASS", "Broken glass", keywords=("glass",)),
]
# what GeocoderChain.locate answers for "Foxglove Lane" when the geocoder knows only the street
FOXGLOVE = Location(52.2031, 0.1188, "street", "Foxglove Lane", 0.5, "Foxglove Lane, Demo Town")
EMPTY = Gazetteer.empty()


@pytest.fixture(scope="module")
def demo() -> Gazetteer:
    return load_gazetteer("builtin:demo_town")


def say(
    gaz: Gazetteer,
    text: str,
    *,
    draft: Turn | None = None,
    located: Location | None = None,
    point: tuple[float, float] | None = None,
    **settings: object,
) -> Turn:
    return step(
        draft.draft if draft is not None else None,
        text,
        catalog=CATALOG,
        gazetteer=gaz,
        settings=Settings(**settings),  # type: ignore[arg-type]
        point=point,
        located=located,
    )


@pytest.mark.parametrize("min_location_confidence", [0.45, 0.7])
def test_same_turn_as_the_offline_extraction_finding_it(
    demo: Gazetteer, min_location_confidence: float
) -> None:
    """The same street, once found by the gazetteer and once handed in by the geocoder to a conversation
    whose gazetteer does not know it: the same draft and the same reply."""
    text = "pothole on Great North Road"
    found = nlp.locate(text, demo)
    assert found is not None and found.kind == "street"
    offline = say(demo, text, min_location_confidence=min_location_confidence)
    online = say(EMPTY, text, located=found, min_location_confidence=min_location_confidence)
    assert online.draft == offline.draft and online.says == offline.says
    assert online.complete == offline.complete == (found.confidence >= min_location_confidence)
    assert online.draft.location_kind == "street" and online.draft.address == "Great North Road, Demo Town"


def test_a_street_answer_is_kept_as_a_street(demo: Gazetteer) -> None:
    turn = say(demo, "pothole on Foxglove Lane", located=FOXGLOVE)
    assert turn.complete and turn.draft.service_code == "POTHOLE"
    d = turn.draft
    assert (d.lat, d.lon, d.location_kind, d.location_text) == (52.2031, 0.1188, "street", "Foxglove Lane")
    assert (d.location_confidence, d.address) == (0.5, "Foxglove Lane, Demo Town")


def test_a_low_confidence_answer_is_asked_about_by_its_address(demo: Gazetteer) -> None:
    turn = say(demo, "pothole on Foxglove Lane", located=FOXGLOVE, min_location_confidence=0.55)
    assert not turn.complete and turn.draft.asking == "location_choice"
    assert turn.reply is not None and turn.reply.key == "choose_location"
    assert turn.reply.options == ("Foxglove Lane, Demo Town",)
    assert turn.draft.location_kind == "street"
    done = say(demo, "1", draft=turn, min_location_confidence=0.55)
    assert done.complete and done.draft.location_checked
    assert (done.draft.location_kind, done.draft.lat) == ("street", 52.2031)


def test_a_confirmation_names_what_was_found(demo: Gazetteer) -> None:
    turn = say(demo, "pothole on Foxglove Lane", located=FOXGLOVE, confirm=True)
    assert turn.reply is not None and turn.reply.key == "confirm"
    assert turn.reply.values["where"] == "Foxglove Lane, Demo Town"


def test_the_place_words_are_no_evidence_for_a_service(demo: Gazetteer) -> None:
    tree_lane = Location(52.2031, 0.1188, "street", "Tree Lane", 0.5, "Tree Lane, Demo Town")
    assert say(demo, "Broken glass on Tree Lane").draft.service_code == "TREES"  # no location: the words
    turn = say(demo, "Broken glass on Tree Lane", located=tree_lane)
    assert turn.draft.service_code == "GLASS" and turn.draft.location_text == "Tree Lane"


def test_a_point_from_the_channel_wins(demo: Gazetteer) -> None:
    turn = say(demo, "pothole on Foxglove Lane", located=FOXGLOVE, point=(52.2101, 0.1302))
    assert turn.draft.location_kind == "channel" and (turn.draft.lat, turn.draft.lon) == (52.2101, 0.1302)


def test_a_place_the_gazetteer_knows_wins(demo: Gazetteer) -> None:
    turn = say(demo, "pothole outside 12 Station Road", located=FOXGLOVE)
    assert turn.draft.address == "12 Station Road, Demo Town" and turn.draft.location_kind == "address"


def test_a_better_location_already_in_the_draft_is_kept(demo: Gazetteer) -> None:
    first = say(demo, "outside 12 Station Road")
    assert first.draft.location_kind == "address"
    second = say(demo, "it is a pothole near Foxglove Lane", draft=first, located=FOXGLOVE)
    assert second.draft.location_kind == "address" and second.draft.service_code == "POTHOLE"
