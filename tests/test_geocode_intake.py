"""An address the offline gazetteer does not know is looked up by the configured online geocoder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import aiohttp

from relay311.config import GeocoderConfig
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
