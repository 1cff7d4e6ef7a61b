"""/healthz reports the channels' listeners (email, Mastodon, X) as well as the application's own loops."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from fake_mastodon import MastodonMock
from mastodon_kit import section
from sqlmodel import select

from channels.base import HasLoops
from store.models import InboundMessage
from tests.e2e import config, eventually, relay, sandbox

LISTENER = "channels.mastodon/mastodon mentions"


async def _health(http: aiohttp.ClientSession, url: str) -> tuple[int, dict[str, Any]]:
    async with http.get(f"{url}/healthz") as resp:
        return resp.status, await resp.json()


async def test_a_working_channel_listener_is_watched_and_healthy(
    db_url: str,
    tmp_path: Path,
    mock: MastodonMock,
    http: aiohttp.ClientSession,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mastodon = section(mock.url, monkeypatch)
    async with sandbox(tmp_path) as open311, relay(config(db_url, open311, mastodon=mastodon)) as app:
        await mock.mention(http, "@alice Big pothole outside 12 Station Road")

        async def stored() -> bool:
            assert app.sessions is not None
            async with app.sessions() as db:
                return (await db.execute(select(InboundMessage))).first() is not None

        await eventually(stored)
        assert isinstance(app.channels["mastodon"], HasLoops)
        assert LISTENER in app.all_loops()
        assert await _health(http, app.url) == (200, {"ok": True, "failing": []})


async def test_a_failing_channel_listener_turns_healthz_503_naming_it(
    db_url: str, tmp_path: Path, http: aiohttp.ClientSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    with socket.socket() as sock:  # a port nobody listens on: every poll fails
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    mastodon = section(f"http://127.0.0.1:{port}", monkeypatch)
    async with sandbox(tmp_path) as open311, relay(config(db_url, open311, mastodon=mastodon)) as app:

        async def unhealthy() -> tuple[int, dict[str, Any]] | None:
            status, body = await _health(http, app.url)
            return (status, body) if status != 200 else None

        status, body = await eventually(unhealthy)
        assert status == 503
        assert body == {"ok": False, "failing": [LISTENER]}
