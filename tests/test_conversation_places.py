"""Several places fit the citizen's words: offered numbered, chosen by number or name, or replaced."""

from __future__ import annotations

import json

import pytest

from nlp import Gazetteer, Service
from relay311.conversation import Draft, Settings, Turn, step
from relay311.messages import Templates
from tests.test_nlp_alternatives import TWIN_TOWN

CATALOG = [Service("POTHOLE", "Pothole", keywords=("pothole", "hole in the road"))]
TEMPLATES = Templates.load()


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_dict(TWIN_TOWN)


def say(gaz: Gazetteer, draft: Draft | None, text: str, **settings: object) -> Turn:
    return step(draft, text, catalog=CATALOG, gazetteer=gaz, settings=Settings(**settings))  # type: ignore[arg-type]


def offered(turn: Turn) -> tuple[str, ...]:
    assert turn.reply is not None and turn.reply.key == "choose_location" and not turn.complete
    return turn.reply.options


def test_the_candidates_are_offered_numbered_with_somewhere_else(gaz: Gazetteer) -> None:
    turn = say(gaz, None, "pothole on Mill Lane")
    assert sorted(offered(turn)) == ["Mill Lane, North End", "Mill Lane, Southfield"]
    assert turn.draft.asking == "location_choice"
    assert turn.reply is not None
    text = TEMPLATES.say("en", turn.reply)
    assert f"1) {offered(turn)[0]}\n2) {offered(turn)[1]}\n3) Somewhere else" in text
    assert "3) En otro sitio" in TEMPLATES.say("es", turn.reply)


@pytest.mark.parametrize("answer", ["{n}", "{n})", "southfield", "Mill Lane, Southfield"])
def test_a_number_or_the_name_chooses(gaz: Gazetteer, answer: str) -> None:
    first = say(gaz, None, "pothole on Mill Lane")
    assert sorted(offered(first)) == ["Mill Lane, North End", "Mill Lane, Southfield"]
    n = offered(first).index("Mill Lane, Southfield") + 1
    done = say(gaz, first.draft, answer.format(n=n))
    assert done.complete and done.says == ()
    assert done.draft.address == "Mill Lane, Southfield" and done.draft.lat == pytest.approx(52.18, abs=1e-3)
    assert done.draft.places == () and done.draft.location_checked


def test_the_choice_survives_a_restart(gaz: Gazetteer) -> None:
    first = say(gaz, None, "pothole outside 12 Mill Lane")
    stored = json.loads(json.dumps(first.draft.to_data()))
    again = Draft.from_data(stored)
    assert again == first.draft
    north = offered(first).index("12 Mill Lane, North End") + 1
    done = say(gaz, again, str(north))
    assert done.complete and done.draft.lat == pytest.approx(52.22) and done.draft.lon == pytest.approx(0.101)


def test_somewhere_else_asks_where_and_takes_the_new_place(gaz: Gazetteer) -> None:
    first = say(gaz, None, "pothole on the church")
    assert len(offered(first)) == 2
    other = say(gaz, first.draft, "3")
    assert other.reply is not None and other.reply.key == "ask_location" and not other.complete
    assert other.draft.lat is None and other.draft.places == ()
    done = say(gaz, other.draft, "outside 5 High Street")
    assert done.complete and done.draft.address == "5 High Street, Twin Town"


def test_a_new_location_instead_of_a_number(gaz: Gazetteer) -> None:
    first = say(gaz, None, "pothole on Mill Lane")
    done = say(gaz, first.draft, "actually it is outside 5 High Street")
    assert done.complete and done.draft.address == "5 High Street, Twin Town" and done.draft.places == ()


@pytest.mark.parametrize("answer", ["hmm", "Mill Lane", "7"])
def test_an_unclear_answer_asks_again(gaz: Gazetteer, answer: str) -> None:
    first = say(gaz, None, "pothole on Mill Lane")
    again = say(gaz, first.draft, answer)
    assert sorted(offered(again)) == sorted(offered(first))


def test_the_choice_comes_before_the_confirmation(gaz: Gazetteer) -> None:
    first = say(gaz, None, "pothole on Mill Lane", confirm=True)
    assert len(offered(first)) == 2
    chosen = say(gaz, first.draft, "1", confirm=True)
    assert chosen.reply is not None and chosen.reply.key == "confirm"
    assert chosen.reply.values["where"] == offered(first)[0]
    assert say(gaz, chosen.draft, "yes", confirm=True).complete


def test_a_place_without_namesakes_is_not_offered(gaz: Gazetteer) -> None:
    turn = say(gaz, None, "pothole outside 5 High Street")
    assert turn.complete and turn.draft.places == ()
