"""relay311.geocode: the gazetteer as a geopy geocoder, and the online chain against LOCAL fake servers that
answer like Nominatim (/search, format=json) and Photon (/api, GeoJSON) do. Nothing here reaches the
internet."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiohttp import web
from geopy.location import Location as GeoLocation
from sqlalchemy import func, select

from nlp import Gazetteer
from relay311.app import load_gazetteer
from relay311.config import GeocoderConfig, NlpConfig, parse
from relay311.geocode import (
    GazetteerGeocoder,
    GeocoderChain,
    RateLimiter,
    address_phrase,
    bbox_contains,
    make_provider,
)
from store.db import create_engine_async, session_factory
from store.models import GeocodeCache

# Demo Town (fictional) lies around 52.20 N, 0.12 E.
INSIDE = (52.2010, 0.1210)
OUTSIDE = (51.5074, -0.1278)
DEMO_BOX = (52.18, 0.10, 52.22, 0.15)


@dataclass
class FakeGeocoder:
    """One fake geocoding service. `answers` maps a word of the query to the points to answer with."""

    style: str  # nominatim | photon | pelias
    answers: dict[str, list[tuple[float, float, str]]] = field(default_factory=dict)
    status: int = 200  # 503: the service is down
    requests: list[dict[str, str]] = field(default_factory=list)
    url: str = ""

    def _matches(self, query: str) -> list[tuple[float, float, str]]:
        for word, points in self.answers.items():
            if word.lower() in query.lower():
                return points
        return []

    async def handle(self, request: web.Request) -> web.Response:
        self.requests.append(dict(request.query))
        if self.status != 200:
            return web.Response(status=self.status, text="Service Unavailable")
        found = self._matches(request.query.get("q", "") or request.query.get("text", ""))
        if self.style == "nominatim":
            body: Any = [
                {
                    "place_id": i + 1,
                    "licence": "Data © OpenStreetMap contributors, ODbL 1.0.",
                    "lat": str(lat),
                    "lon": str(lon),
                    "class": "place" if kind == "house" else "highway",
                    "type": kind,
                    "addresstype": "place" if kind == "house" else "road",
                    "display_name": f"{request.query.get('q')}, Somewhere",
                    "importance": 0.5,
                }
                for i, (lat, lon, kind) in enumerate(found)
            ]
        else:
            body = {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "geometry": {"type": "Point", "coordinates": [lon, lat]},
                        "properties": {
                            "osm_key": "place",
                            "type": kind,
                            "name": request.query.get("q", ""),
                            "city": "Demo Town",
                            "country": "United Kingdom",
                        },
                    }
                    for lat, lon, kind in found
                ],
            }
        return web.json_response(body)


@pytest.fixture
async def serve() -> AsyncIterator[Callable[[FakeGeocoder], Any]]:
    runners: list[web.AppRunner] = []

    async def start(fake: FakeGeocoder) -> FakeGeocoder:
        app = web.Application()
        path = {"nominatim": "/search", "photon": "/api", "pelias": "/v1/search"}[fake.style]
        app.router.add_get(path, fake.handle)
        runner = web.AppRunner(app, access_log=None)  # the service's own log is not relay311's
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        runners.append(runner)
        port = runner.addresses[0][1]
        fake.url = f"http://127.0.0.1:{port}"
        return fake

    yield start
    for runner in runners:
        await runner.cleanup()


@pytest.fixture(scope="module")
def demo() -> Gazetteer:
    return load_gazetteer("builtin:demo_town")


def _chain(demo: Gazetteer, *fakes: FakeGeocoder, **kw: Any) -> GeocoderChain:
    providers = [make_provider(GeocoderConfig(kind=f.style, url=f.url, rate_limit=1000)) for f in fakes]  # type: ignore[arg-type]
    kw.setdefault("contains", bbox_contains(DEMO_BOX))
    return GeocoderChain(demo, providers, **kw)


# ---- the offline geocoder ------------------------------------------------------------------------------


def test_gazetteer_geocoder_geocode_and_reverse(demo: Gazetteer) -> None:
    geocoder = GazetteerGeocoder(demo)
    found = geocoder.geocode("12 Station Road")
    assert isinstance(found, GeoLocation)
    assert found.address == "12 Station Road, Demo Town"
    assert found.raw["kind"] == "address"
    assert geocoder.geocode("somewhere nobody has heard of") is None
    assert isinstance(geocoder.geocode("the library", exactly_one=False), list)

    back = geocoder.reverse((found.latitude, found.longitude))
    assert isinstance(back, GeoLocation)
    assert back.raw["kind"] == "address" and back.raw["text"] == "12 Station Road"
    # 2 m off a house: still that house; far from everything: nothing
    near = geocoder.reverse(f"{found.latitude + 0.00002}, {found.longitude}")
    assert isinstance(near, GeoLocation) and near.raw["text"] == "12 Station Road"
    assert geocoder.reverse(OUTSIDE) is None


def test_gazetteer_geocoder_reverse_on_a_street_between_houses(demo: Gazetteer) -> None:
    street = demo.street("Great North Road")
    assert street is not None
    back = GazetteerGeocoder(demo).reverse((street.lat, street.lon))
    assert isinstance(back, GeoLocation)
    assert back.raw["kind"] in ("street", "address", "place")


# ---- finding the phrase to geocode ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "kind"),
    [
        ("Big pothole outside 12 Acacia Avenue, CB2 1TN!", "12 Acacia Avenue, CB2 1TN", "address"),
        ("light out at corner of Elm St and 3rd Ave", "Elm St & 3rd Ave", "intersection"),
        ("rubbish dumped on Foxglove Lane again", "Foxglove Lane", "street"),
        ("fly tipping near SW1A 1AA", "SW1A 1AA", "postcode"),
        ("hydrant leaking, Baltimore, MD 21201", "21201", "zip"),
        ("A Street sign is down on Main St", "Main St", "street"),
        ("pothole on A Street", "A Street", "street"),
        ("1200 Pennsylvania Ave N.W. has a pothole", "1200 Pennsylvania Ave N.W", "address"),
        ("corner of 7th St SE and E St SE", "7th St SE & E St SE", "intersection"),
    ],
)
def test_address_phrase(text: str, phrase: str, kind: str) -> None:
    found = address_phrase(text)
    assert found is not None and (found.text, found.kind) == (phrase, kind)


@pytest.mark.parametrize(
    "text",
    [
        "there is a pothole in the road",
        "streetlight out since Monday",
        "12345 bins missed",
        "A Street light is out again",  # the article: no A Street to send to a geocoder
        "I Street sweeper hit my car. Who pays?",
    ],
)
def test_no_address_phrase(text: str) -> None:
    assert address_phrase(text) is None


# ---- the online chain ----------------------------------------------------------------------------------


async def test_gazetteer_first_no_request(demo: Gazetteer, serve: Any) -> None:
    nominatim = await serve(FakeGeocoder("nominatim", {"station": [(*INSIDE, "house")]}))
    async with _chain(demo, nominatim) as chain:
        found = await chain.locate("12 Station Road")
    assert found is not None and found.kind == "address" and found.confidence == 0.9
    assert nominatim.requests == []


async def test_nominatim_answer_inside_the_council(demo: Gazetteer, serve: Any) -> None:
    nominatim = await serve(FakeGeocoder("nominatim", {"acacia": [(*INSIDE, "house")]}))
    async with _chain(demo, nominatim, area="Demo Town", bbox=DEMO_BOX) as chain:
        found = await chain.locate("12 Acacia Avenue")
    assert found is not None
    assert (found.lat, found.lon, found.kind, found.text) == (*INSIDE, "address", "12 Acacia Avenue")
    assert found.address.startswith("12 Acacia Avenue, Demo Town")
    assert len(nominatim.requests) == 1
    asked = nominatim.requests[0]
    assert asked["q"] == "12 Acacia Avenue, Demo Town"
    assert asked["bounded"] == "1" and "viewbox" in asked
    assert asked["addressdetails"] == "1"  # for a short address_string (tests/test_geocode_address.py)


async def test_a_street_answer_to_a_house_query_is_street_level(demo: Gazetteer, serve: Any) -> None:
    nominatim = await serve(FakeGeocoder("nominatim", {"acacia": [(*INSIDE, "residential")]}))
    async with _chain(demo, nominatim) as chain:
        found = await chain.locate("99 Acacia Avenue")
    assert found is not None and found.kind == "street" and found.confidence == 0.5


async def test_photon(demo: Gazetteer, serve: Any) -> None:
    photon = await serve(FakeGeocoder("photon", {"foxglove": [(*INSIDE, "street")]}))
    async with _chain(demo, photon, bbox=DEMO_BOX) as chain:
        found = await chain.locate_text("rubbish dumped on Foxglove Lane again")
    assert found is not None and (found.kind, found.text) == ("street", "Foxglove Lane")
    assert photon.requests[0]["q"] == "Foxglove Lane" and "bbox" in photon.requests[0]


async def test_results_outside_the_boundary_are_rejected(demo: Gazetteer, serve: Any) -> None:
    nominatim = await serve(FakeGeocoder("nominatim", {"acacia": [(*OUTSIDE, "house")]}))
    photon = await serve(
        FakeGeocoder("photon", {"acacia": [(*OUTSIDE, "house"), (INSIDE[0], INSIDE[1] + 0.001, "house")]})
    )
    async with _chain(demo, nominatim) as chain:
        assert await chain.locate("12 Acacia Avenue") is None
    async with _chain(demo, nominatim, photon) as chain:
        found = await chain.locate("12 Acacia Avenue")
    assert found is not None and found.lon == INSIDE[1] + 0.001  # the first answer inside the council
    # any contains(lat, lon) callable can be the boundary, e.g. a council's polygon
    async with _chain(demo, photon, contains=lambda lat, lon: False) as chain:
        assert await chain.locate("12 Acacia Avenue") is None


async def test_provider_down_next_in_chain(
    demo: Gazetteer, serve: Any, caplog: pytest.LogCaptureFixture
) -> None:
    down = await serve(FakeGeocoder("nominatim", {"acacia": [(*INSIDE, "house")]}, status=503))
    photon = await serve(FakeGeocoder("photon", {"acacia": [(*INSIDE, "house")]}))
    with caplog.at_level(logging.WARNING, logger="relay311.geocode"):
        async with _chain(demo, down, photon) as chain:
            found = await chain.locate("12 Acacia Avenue")
    assert found is not None and (found.lat, found.lon) == INSIDE
    assert len(down.requests) == 1 and len(photon.requests) == 1
    assert "nominatim" in caplog.text and "failed" in caplog.text


async def test_unreachable_provider_next_in_chain(demo: Gazetteer, serve: Any) -> None:
    photon = await serve(FakeGeocoder("photon", {"acacia": [(*INSIDE, "house")]}))
    gone = make_provider(GeocoderConfig(kind="nominatim", url="http://127.0.0.1:9", timeout=5))
    later = make_provider(GeocoderConfig(kind="photon", url=photon.url))
    async with GeocoderChain(demo, [gone, later]) as chain:
        assert await chain.locate("12 Acacia Avenue") is not None


async def test_api_key_never_logged(
    demo: Gazetteer, serve: Any, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = "sk-test-4f9a8b7c6d5e"
    monkeypatch.setenv("TEST_PELIAS_KEY", secret)
    pelias = await serve(FakeGeocoder("pelias", status=401))
    cfg = GeocoderConfig(kind="pelias", url=pelias.url, api_key_env="TEST_PELIAS_KEY")
    with caplog.at_level(logging.DEBUG):
        async with GeocoderChain(demo, [make_provider(cfg)]) as chain:
            assert await chain.locate("12 Acacia Avenue") is None
    assert pelias.requests[0]["api_key"] == secret  # it was sent to the service...
    assert caplog.records and secret not in caplog.text  # ...and never written to the log


async def test_rate_limit_skips_to_the_next_geocoder(demo: Gazetteer, serve: Any) -> None:
    """One request per second at most and no waiting: with the clock standing still, the first geocoder
    gets one request and the others go to the next geocoder."""
    nominatim = await serve(FakeGeocoder("nominatim", {"avenue": [(*INSIDE, "house")]}))
    photon = await serve(FakeGeocoder("photon", {"avenue": [(*INSIDE, "house")]}))
    limited = make_provider(
        GeocoderConfig(kind="nominatim", url=nominatim.url, rate_limit=1, max_wait=0), clock=lambda: 100.0
    )
    other = make_provider(GeocoderConfig(kind="photon", url=photon.url, rate_limit=1000))
    async with GeocoderChain(demo, [limited, other]) as chain:
        for n in range(1, 5):
            assert await chain.locate(f"{n} Acacia Avenue") is not None
    assert len(nominatim.requests) == 1
    assert len(photon.requests) == 3


async def test_rate_limiter_waits_its_turn() -> None:
    now = [0.0]
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    limiter = RateLimiter(2.0, max_wait=1.0, clock=lambda: now[0], sleep=sleep)
    results = [await limiter.acquire() for _ in range(5)]
    # at 2/s with up to 1 s of waiting: now, +0.5 s, +1 s; the 4th and 5th would wait longer
    assert results == [True, True, True, False, False]
    assert len(slept) == 2
    now[0] = 10.0
    assert await limiter.acquire() is True


async def test_cache_second_lookup_makes_no_request(demo: Gazetteer, serve: Any, db_url: str) -> None:
    nominatim = await serve(FakeGeocoder("nominatim", {"acacia": [(*INSIDE, "house")]}))
    engine = create_engine_async(db_url)
    sessions = session_factory(engine)
    try:
        async with _chain(demo, nominatim, sessions=sessions) as chain:
            first = await chain.locate("12 Acacia Avenue")
            again = await chain.locate("12  acacia avenue")  # the same query, written differently
            assert await chain.locate("Nowhere Road") is None  # every geocoder answered: nothing
            assert await chain.locate("Nowhere Road") is None
        assert len(nominatim.requests) == 2
        assert first is not None and again is not None
        assert (again.lat, again.lon, again.kind) == (first.lat, first.lon, first.kind)
        assert again.text == "12 acacia avenue"
        # a new chain (a restart) reads the same cache
        async with _chain(demo, nominatim, sessions=sessions) as chain:
            assert await chain.locate("12 Acacia Avenue") is not None
        assert len(nominatim.requests) == 2
        async with sessions() as session:
            rows = (await session.execute(select(GeocodeCache))).scalars().all()
        assert sorted((r.query, r.found) for r in rows) == [
            ("12 Acacia Avenue", True),
            ("Nowhere Road", False),
        ]
    finally:
        await engine.dispose()


async def test_failures_are_not_cached(demo: Gazetteer, serve: Any, db_url: str) -> None:
    nominatim = await serve(FakeGeocoder("nominatim", {"acacia": [(*INSIDE, "house")]}, status=503))
    engine = create_engine_async(db_url)
    sessions = session_factory(engine)
    try:
        async with _chain(demo, nominatim, sessions=sessions) as chain:
            assert await chain.locate("12 Acacia Avenue") is None
            nominatim.status = 200  # back up
            assert await chain.locate("12 Acacia Avenue") is not None
        assert len(nominatim.requests) == 2
        async with sessions() as session:
            count = (await session.execute(select(func.count()).select_from(GeocodeCache))).scalar_one()
        assert count == 1
    finally:
        await engine.dispose()


async def test_cache_expires(demo: Gazetteer, serve: Any, db_url: str) -> None:
    from datetime import UTC, datetime, timedelta

    nominatim = await serve(FakeGeocoder("nominatim", {"acacia": [(*INSIDE, "house")]}))
    now = [datetime(2025, 1, 1, tzinfo=UTC)]
    engine = create_engine_async(db_url)
    try:
        chain = _chain(demo, nominatim, sessions=session_factory(engine), cache_days=1, clock=lambda: now[0])
        async with chain:
            await chain.locate("12 Acacia Avenue")
            now[0] += timedelta(days=2)
            assert await chain.locate("12 Acacia Avenue") is not None
        assert len(nominatim.requests) == 2
    finally:
        await engine.dispose()


async def test_postcode_unknown_to_the_gazetteer_is_geocoded(demo: Gazetteer, serve: Any) -> None:
    nominatim = await serve(FakeGeocoder("nominatim", {"cb2 1tn": [(*INSIDE, "postcode")]}))
    async with _chain(demo, nominatim) as chain:
        found = await chain.locate_text("broken bench near cb2 1tn")
        assert await chain.locate_text("broken bench near ZZ9 9ZZ") is None
    assert found is not None and (found.kind, found.text) == ("postcode", "cb2 1tn")


def test_config_geocoders() -> None:
    config = parse(
        {
            "open311": {"url": "http://127.0.0.1:8311"},
            "nlp": {
                "geocode_area": "Demo Town",
                "geocoders": [
                    {"kind": "nominatim", "url": "https://nominatim.example.org/", "rate_limit": 1},
                    {"kind": "pelias", "url": "https://pelias.example.org", "api_key_env": "PELIAS_KEY"},
                ],
            },
        }
    )
    assert [g.kind for g in config.nlp.geocoders] == ["nominatim", "pelias"]
    chain = GeocoderChain.from_config(config.nlp, Gazetteer.empty(), scope="demo")
    assert [p.kind for p in chain.providers] == ["nominatim", "pelias"]
    assert chain.providers[0].geocoder.api == "https://nominatim.example.org/search"
    assert NlpConfig().geocoders == []
    with pytest.raises(Exception, match="kind"):
        parse({"open311": {"url": "http://x"}, "nlp": {"geocoders": [{"kind": "google", "url": "http://x"}]}})


async def test_location_for_message(demo: Gazetteer, serve: Any, db_url: str) -> None:
    """What intake calls before its transaction: only for messages without a point whose text names an
    address the gazetteer does not know. The answer keeps what it is: a street-level one is a street."""
    from store.models import Contact, InboundMessage

    nominatim = await serve(
        FakeGeocoder("nominatim", {"acacia": [(*INSIDE, "house")], "foxglove": [(*INSIDE, "street")]})
    )
    engine = create_engine_async(db_url)
    sessions = session_factory(engine)
    texts = {
        "unknown": ("Pothole outside 12 Acacia Avenue", None),
        "known": ("Pothole outside 12 Station Road", None),
        "point": ("Pothole outside 12 Acacia Avenue", (52.2, 0.12)),
        "street": ("Pothole on Foxglove Lane", None),
        "none": ("there is a pothole", None),
    }
    ids: dict[str, int] = {}
    try:
        async with sessions() as session, session.begin():
            contact = Contact(channel="webchat", address="s1")
            session.add(contact)
            await session.flush()
            assert contact.id is not None
            for name, (text, point) in texts.items():
                msg = InboundMessage(
                    channel="webchat",
                    provider_id=name,
                    contact_id=contact.id,
                    text=text,
                    lat=point[0] if point else None,
                    lon=point[1] if point else None,
                )
                session.add(msg)
                await session.flush()
                assert msg.id is not None
                ids[name] = msg.id
        async with _chain(demo, nominatim, sessions=sessions) as chain:
            got = {name: await chain.location_for_message(sessions, mid) for name, mid in ids.items()}
        assert {name: found is None for name, found in got.items()} == {
            "unknown": False,
            "known": True,
            "point": True,
            "street": False,
            "none": True,
        }
        house, street = got["unknown"], got["street"]
        assert house is not None and street is not None
        assert (house.lat, house.lon, house.kind, house.text) == (*INSIDE, "address", "12 Acacia Avenue")
        assert house.confidence == 0.75 and house.address == "12 Acacia Avenue, Somewhere"
        assert (street.kind, street.text, street.confidence) == ("street", "Foxglove Lane", 0.5)
        assert street.address == "Foxglove Lane, Somewhere"
        assert [r["q"] for r in nominatim.requests] == ["12 Acacia Avenue", "Foxglove Lane"]
    finally:
        await engine.dispose()
