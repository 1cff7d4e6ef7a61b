"""Links, accounts, hashtags, signatures and forwarded-mail headers are not evidence of a problem."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlp import Service, rank
from nlp.clutter import without_accounts, without_clutter
from nlp.gazetteer import Gazetteer
from nlp.location import locate
from nlp.text import words


def clean(text: str) -> str:
    return " ".join(words(without_clutter(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("light out https://www.openstreetmap.org/?mlat=39.1&mlon=-86.5#map=19/39.1/-86.5", "light out"),
        ("pothole pic.twitter.com/AbCd and https://t.co/xYz12", "pothole and"),
        ("hole here maps.app.goo.gl/AbC123xyz please", "hole here please"),
        ("@BloomingtonIN the light is out cc @streets@mastodon.social", "the light is out cc"),
        ("RT @BtownBikes: glass in the bike lane", "glass in the bike lane"),
        ("write to jane.doe@example.com about the bin", "write to about the bin"),
        ("the bin was missed\n\nSent from my iPhone", "the bin was missed"),
        (
            "Fwd: pothole\n--------- Forwarded message ---------\nFrom: Jane <j@x.org>\nDate: Mon\nhole",
            "pothole hole",
        ),
    ],
)
def test_clutter_is_removed_and_the_words_kept(text: str, expected: str) -> None:
    assert clean(text) == expected


def test_a_space_after_the_at_sign_is_a_corner_not_an_account() -> None:
    assert clean("signal out at Walnut @ Winslow") == "signal out at walnut winslow"


def test_hashtags_keep_their_words_split_where_camel_cased() -> None:
    assert clean("#StreetLightOut on Elm #fixit") == "street light out on elm fixit"
    assert clean("#pothole") == "pothole"
    assert clean("issue #42 on Elm") == "issue 42 on elm"  # not a hashtag


def test_problem_emoji_are_read_as_words() -> None:
    assert clean("\U0001f573\ufe0f on 3rd st \U0001f621") == "hole on 3rd st"
    assert clean("\U0001f4a1 out by the school") == "light out by the school"


CATALOG = [
    Service("PH", "Pothole"),
    Service("WEB", "Website and App Feedback"),
    Service("SL", "Street Light Out"),
    Service("MAP", "Maps and GIS Data"),
]


def test_a_map_link_is_no_evidence_for_the_website_or_map_service() -> None:
    ranked = rank("#pothole on 3rd st https://maps.app.goo.gl/AbC123xyz #fixit", CATALOG)
    assert ranked[0].service_code == "PH"
    assert {c.service_code for c in ranked} <= {"PH", "SL"}, ranked


def test_an_account_named_for_streets_does_not_add_to_the_evidence() -> None:
    plain = rank("the light is out", CATALOG)
    tagged = rank("@StreetLightsDept@city.social the light is out https://t.co/x1", CATALOG)
    assert [(c.service_code, c.score) for c in tagged] == [(c.service_code, c.score) for c in plain]


DEMO = Path(__file__).resolve().parents[1] / "relay311" / "data" / "demo_town.json"


@pytest.fixture(scope="module")
def demo() -> Gazetteer:
    return Gazetteer.from_dict(json.loads(DEMO.read_text()))


def test_an_account_is_no_street(demo: Gazetteer) -> None:
    assert locate("@high_st_news pothole here, nearly lost a wheel", demo) is None
    assert locate("pothole here, nearly lost a wheel", demo) is None


def test_the_street_beside_an_account_is_still_found_where_it_is_written(demo: Gazetteer) -> None:
    text = "pothole on Mill Lane cc @high_st_news"
    found = locate(text, demo)
    assert found is not None and found.text == "Mill Lane"
    assert text[text.index(found.text) :].startswith("Mill Lane")


def test_an_email_address_is_no_place(demo: Gazetteer) -> None:
    found = locate("ask jo@highstreet.example about the pothole on Mill Lane", demo)
    assert found is not None and found.text == "Mill Lane"


def test_a_map_link_still_gives_the_location_and_is_no_evidence_for_a_service(demo: Gazetteer) -> None:
    text = "pothole https://www.openstreetmap.org/?mlat=52.2&mlon=0.12#map=19/52.2/0.12"
    found = locate(text, demo)
    assert found is not None and (found.lat, found.lon) == pytest.approx((52.2, 0.12))
    assert without_accounts(text) == text
