"""An address the offline gazetteer does not know is looked up by the configured online geocoder."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from nlp import Gazetteer, Location, Service
from relay311.app import load_gazetteer
from relay311.config import ConversationConfig, GeocoderConfig
from relay311.intake import Intake
from store.db import create_engine_async, session_factory
from store.inbound import Incoming, store_inbound
from store.models import Conversation, OutboundMessage, Report, Submission
from tests import test_geocode
from tests.e2e import Chat, config, relay, sandbox, staff_requests
from tests.test_geocode import FakeGeocoder

serve = test_geocode.serve  # the fake geocoding service's fixture


async def test_unknown_address_is_geocoded_online_and_submitted_there(
    db_url: str,
    tmp_path: Path,
    serve: Any,
) -> None:
    fake = await serve(FakeGeocoder("nominatim", {"Kingfisher Way": [(52.2101, 0.1302, "house")]}))
    cfg = config(db_url, "http://placeholder")
    async with sandbox(tmp_path) as open311, aiohttp.ClientSession() as http:
        cfg.open311.url = open311
        cfg.nlp.geocoders = [GeocoderConfig(kind="nominatim", url=fake.url, rate_limit=100)]
        async with relay(cfg) as app:
            chat = Chat(http, app.url, "geocode-session-1")
            await chat.say("Big pothole outside 77 Kingfisher Way")
            [reply] = await chat.wait_reply(1)
            [stored] = await staff_requests(http, open311)
        assert str(stored["service_request_id"]) in reply
        assert "77 Kingfisher Way, Somewhere" in reply  # the place found is named, as for offline ones
        assert abs(float(stored["lat"]) - 52.2101) < 1e-6
        assert abs(float(stored["long"]) - 0.1302) < 1e-6
        assert any("Kingfisher Way" in r.get("q", "") for r in fake.requests)


async def test_a_known_address_never_asks_the_online_geocoder(
    db_url: str, tmp_path: Path, serve: Any
) -> None:
    fake = await serve(FakeGeocoder("nominatim", {}))
    cfg = config(db_url, "http://placeholder")
    async with sandbox(tmp_path) as open311, aiohttp.ClientSession() as http:
        cfg.open311.url = open311
        cfg.nlp.geocoders = [GeocoderConfig(kind="nominatim", url=fake.url, rate_limit=100)]
        async with relay(cfg) as app:
            chat = Chat(http, app.url, "geocode-session-2")
            await chat.say("Big pothole outside 12 Station Road")
            await chat.wait_reply(1)
            assert len(await staff_requests(http, open311)) == 1
        assert fake.requests == []


async def test_a_street_level_answer_is_kept_as_a_street_and_named_in_the_reply(
    db_url: str, tmp_path: Path, serve: Any
) -> None:
    """Only the street is known online: the report is located there, as a street, and the citizen is
    told the place that was found."""
    fake = await serve(FakeGeocoder("nominatim", {"Foxglove Lane": [(52.2031, 0.1188, "residential")]}))
    cfg = config(db_url, "http://placeholder")
    async with sandbox(tmp_path) as open311, aiohttp.ClientSession() as http:
        cfg.open311.url = open311
        cfg.nlp.geocoders = [GeocoderConfig(kind="nominatim", url=fake.url, rate_limit=100)]
        async with relay(cfg) as app:
            chat = Chat(http, app.url, "geocode-session-3")
            await chat.say("Big pothole on Foxglove Lane")
            [reply] = await chat.wait_reply(1)
            [stored] = await staff_requests(http, open311)
    assert "Foxglove Lane, Somewhere" in reply and str(stored["service_request_id"]) in reply
    assert abs(float(stored["lat"]) - 52.2031) < 1e-6
    assert stored["address"] == "Foxglove Lane, Somewhere"  # sent to the council as address_string
    report = await _report(db_url)
    assert (report.location_kind, report.location_text) == ("street", "Foxglove Lane")


# ---- the intake worker with a stand-in for the online geocoders ----------------------------------------

CATALOG = [Service("POTHOLE", "Pothole", keywords=("pothole",))]
FOXGLOVE = Location(52.2031, 0.1188, "street", "Foxglove Lane", 0.5, "Foxglove Lane, Demo Town")


@dataclass
class Finder:
    """A LocationFinder that answers every message with `found` and records what it was asked."""

    found: Location | None
    asked: list[int] = field(default_factory=list)

    async def location_for_message(
        self, sessions: async_sessionmaker[AsyncSession], message_id: int
    ) -> Location | None:
        self.asked.append(message_id)
        return self.found


@pytest.fixture(scope="module")
def demo() -> Gazetteer:
    return load_gazetteer("builtin:demo_town")


async def _report(db_url: str) -> Report:
    engine = create_engine_async(db_url)
    try:
        async with session_factory(engine)() as db:
            return (await db.execute(select(Report))).scalar_one()
    finally:
        await engine.dispose()


async def _say(
    sessions: async_sessionmaker[AsyncSession], worker: Intake, n: int, text: str, **point: float
) -> None:
    incoming = Incoming(
        channel="webchat", provider_id=f"m{n}", address="s1", thread_ref="s1", text=text, **point
    )
    await store_inbound(sessions, incoming)
    assert await worker.step() == 1


async def test_intake_keeps_the_kind_and_asks_about_a_low_confidence_answer(
    sessions: async_sessionmaker[AsyncSession], demo: Gazetteer
) -> None:
    finder = Finder(FOXGLOVE)
    settings = ConversationConfig(min_location_confidence=0.55)
    worker = Intake(sessions, lambda: CATALOG, demo, "council", settings=settings, geocoder=finder)
    await _say(sessions, worker, 1, "Pothole on Foxglove Lane")
    async with sessions() as db:
        report = (await db.execute(select(Report))).scalar_one()
        conv = (await db.execute(select(Conversation))).scalar_one()
        [question] = (await db.execute(select(OutboundMessage))).scalars().all()
    assert report.state == "waiting" and report.lat == 52.2031
    assert (report.location_kind, report.location_text, report.address) == (
        "street",
        "Foxglove Lane",
        "Foxglove Lane, Demo Town",
    )
    assert conv.data["location_kind"] == "street" and conv.data["asking"] == "location_choice"
    assert "1) Foxglove Lane, Demo Town" in question.text
    finder.found = None  # the answer names no place
    await _say(sessions, worker, 2, "1")
    async with sessions() as db:
        report = (await db.execute(select(Report))).scalar_one()
        assert (await db.execute(select(Submission))).scalar_one().report_id == report.id
    assert report.state == "queued" and report.location_kind == "street"
    assert len(finder.asked) == 2  # asked before each message's transaction


async def test_intake_a_street_answer_above_the_threshold_is_submitted_as_a_street(
    sessions: async_sessionmaker[AsyncSession], demo: Gazetteer
) -> None:
    worker = Intake(sessions, lambda: CATALOG, demo, "council", geocoder=Finder(FOXGLOVE))
    await _say(sessions, worker, 1, "Pothole on Foxglove Lane")
    async with sessions() as db:
        report = (await db.execute(select(Report))).scalar_one()
    assert report.state == "queued" and (report.location_kind, report.lat) == ("street", 52.2031)


async def test_intake_a_point_from_the_channel_wins_over_the_geocoder(
    sessions: async_sessionmaker[AsyncSession], demo: Gazetteer
) -> None:
    worker = Intake(sessions, lambda: CATALOG, demo, "council", geocoder=Finder(FOXGLOVE))
    await _say(sessions, worker, 1, "Pothole on Foxglove Lane", lat=52.2101, lon=0.1302)
    async with sessions() as db:
        report = (await db.execute(select(Report))).scalar_one()
    assert (report.location_kind, report.lat, report.lon) == ("channel", 52.2101, 0.1302)
