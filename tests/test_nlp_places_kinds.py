"""Named places as people say them: "outside Holborn station", "by Lincoln school", "the library".

The gazetteer knows what kind of place each one is (a station, a school, a park...: the OSM tag the
importer records, or a plain word), so a place named only by its bare name ("Holborn", railway=station) is
found under "<name> station", and a place named only by its kind ("the library") is found when it is the
only one of that kind."""

from __future__ import annotations

import pytest

from nlp import Gazetteer, Service, extract, locate
from nlp.gazetteer import place_kind

CATALOG = [Service("POTHOLE", "Pothole", "Holes in the road", ("pothole",))]

TOWN = {
    "name": "Kindly",
    "streets": [
        {"name": "High Street", "points": [[51.50, -0.120], [51.50, -0.110]]},
        {"name": "Mercy Lane", "points": [[51.49, -0.120], [51.49, -0.110]]},
    ],
    "places": [
        {"name": "Holborn", "lat": 51.5174, "lon": -0.1201, "kind": "railway=station"},
        {"name": "Lincoln Elementary", "lat": 51.5100, "lon": -0.1300, "kind": "amenity=school"},
        {"name": "Patterson Park", "lat": 51.5200, "lon": -0.1000, "kind": "leisure=park"},
        {"name": "Mercy Medical Center", "lat": 51.5300, "lon": -0.1400, "kind": "amenity=hospital"},
        {
            "name": "Fells Point Branch Enoch Pratt Free Library",
            "lat": 51.5050,
            "lon": -0.1150,
            "kind": "amenity=library",
        },
        {"name": "Bethel Baptist Church", "lat": 51.5010, "lon": -0.1010, "kind": "amenity=place_of_worship"},
        {
            "name": "Beth Am",
            "lat": 51.5020,
            "lon": -0.1020,
            "kind": "amenity=place_of_worship;religion=jewish",
        },
        {"name": "Grace Church", "lat": 51.5400, "lon": -0.1500, "kind": "amenity=place_of_worship"},
        {"name": "Lincoln Park", "lat": 51.5450, "lon": -0.0900, "kind": "park"},
        {"name": "Canton Square", "lat": 51.5460, "lon": -0.0800, "kind": "leisure=park"},
    ],
}


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_dict(TOWN)


def _place(text: str, gaz: Gazetteer) -> str | None:
    found = locate(text, gaz)
    if found is None:
        return None
    assert found.kind == "place", found
    return next(p.name for p in gaz.places if (p.lat, p.lon) == pytest.approx((found.lat, found.lon)))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Broken paving stones outside Holborn station", "Holborn"),
        ("Bins overflowing outside Holborn Station", "Holborn"),
        ("graffiti near Holborn train station", "Holborn"),
        ("Pothole by Lincoln school", "Lincoln Elementary"),
        ("Pothole by Lincoln Elementary School", "Lincoln Elementary"),
        ("Litter everywhere at Patterson park", "Patterson Park"),
        ("Street light out near the Mercy hospital", "Mercy Medical Center"),
        ("Fly tipping behind Fells Point library", "Fells Point Branch Enoch Pratt Free Library"),
        ("Graffiti on the wall of Bethel church", "Bethel Baptist Church"),
        ("Graffiti on the wall of Beth Am synagogue", "Beth Am"),
        ("pothole by lincoln school", "Lincoln Elementary"),  # all lower case, as on a phone
    ],
)
def test_a_place_is_found_under_what_people_call_it(gaz: Gazetteer, text: str, name: str) -> None:
    assert _place(text, gaz) == name


def test_the_name_itself_still_wins(gaz: Gazetteer) -> None:
    assert _place("Pothole outside Grace Church", gaz) == "Grace Church"
    assert _place("dog mess in Lincoln Park", gaz) == "Lincoln Park"


def test_a_spoken_name_is_a_name_in_a_text_with_capitals(gaz: Gazetteer) -> None:
    # "lincoln school" in lower case inside a text that uses capitals is no name, unless a place word
    # comes just before it
    assert locate("The lincoln school run is blocked by cars", gaz) is None
    assert _place("Bins overflowing near lincoln school", gaz) == "Lincoln Elementary"


def test_a_kind_without_a_place_of_that_kind_finds_nothing(gaz: Gazetteer) -> None:
    assert locate("Pothole outside Holborn hospital", gaz) is None
    assert locate("Pothole outside Mercy station", gaz) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Broken glass by the library", "Fells Point Branch Enoch Pratt Free Library"),
        ("Street light out outside the station", "Holborn"),
        ("Abandoned car outside the train station", "Holborn"),
        ("Graffiti near the hospital", "Mercy Medical Center"),
        ("Needles in the school playground, by the school", "Lincoln Elementary"),
        ("Trash opposite the synagogue", "Beth Am"),
    ],
)
def test_the_only_place_of_its_kind(gaz: Gazetteer, text: str, name: str) -> None:
    found = extract(text, CATALOG, gaz)
    assert found.location is not None and found.location.kind == "place"
    assert _place(text, gaz) == name
    assert found.alternatives == ()


def test_a_few_places_of_a_kind_are_offered(gaz: Gazetteer) -> None:
    found = extract("Graffiti on the wall by the church", CATALOG, gaz)
    assert found.location is not None and found.location.confidence < 0.6
    labels = sorted(a.address.split(" near ")[0].split(" (")[0] for a in found.alternatives)
    assert labels == ["Bethel Baptist Church", "Grace Church"]


def test_many_places_of_a_kind_are_no_place() -> None:
    parks = [
        {"name": f"Park {i}", "lat": 51.5 + i / 100, "lon": -0.1, "kind": "leisure=park"} for i in range(5)
    ]
    gaz = Gazetteer.from_dict({"places": parks})
    assert locate("dog mess all over the grass in the park", gaz) is None
    assert locate("dog mess in the park", Gazetteer.from_dict({"places": parks[:1]})) is not None


def test_a_kind_word_needs_a_word_of_place_and_no_other_meaning(gaz: Gazetteer) -> None:
    assert locate("The library is closed on Sundays", gaz) is None  # no "by/near/at/in... the"
    assert locate("Cars parked on the pavement by the school bus stop", gaz) is None


def test_places_without_a_kind_are_found_by_name_only() -> None:
    gaz = Gazetteer.from_dict({"places": [{"name": "Holborn", "lat": 51.5174, "lon": -0.1201}]})
    found = locate("Pothole outside Holborn station", gaz)
    assert found is not None and found.text == "Holborn"  # the name, not "Holborn station"
    assert locate("Pothole outside Holborn hospital", gaz) is not None  # nothing says it is no hospital
    assert locate("Pothole outside the station", gaz) is None


@pytest.mark.parametrize(
    ("raw", "name", "kind"),
    [
        ("railway=station", "Holborn", "station"),
        ("amenity=school", "", "school"),
        ("school", "", "school"),
        ("amenity=place_of_worship", "Bethel Baptist Church", "church"),
        ("amenity=place_of_worship;religion=muslim", "Central", "mosque"),
        ("amenity=place_of_worship", "Lloyd Street Synagogue", "synagogue"),  # before religions were kept
        ("amenity=restaurant", "Luigi's", ""),
        ("", "Holborn", ""),
        ("nonsense", "", ""),
    ],
)
def test_place_kind(raw: str, name: str, kind: str) -> None:
    assert place_kind(raw, name) == kind
