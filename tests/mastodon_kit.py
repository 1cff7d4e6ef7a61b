"""Shared pytest fixtures and settings for tests that talk to mastodon-mock (tests/fake_mastodon.py).

conftest.py loads the fixtures (`pytest_plugins`); test modules import the rest. A module may still define
its own `http` fixture, which then wins there.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from fake_mastodon import BOT_TOKEN, MastodonMock

TOKEN_ENV = "RELAY311_TEST_MASTODON_TOKEN"


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture
async def mock() -> AsyncIterator[MastodonMock]:
    server = MastodonMock()
    await server.start()
    yield server
    await server.close()


def section(url: str, monkeypatch: pytest.MonkeyPatch, **extra: Any) -> dict[str, Any]:
    """The `[channels.mastodon]` config section for relay311 on the instance at `url`, with mastodon-mock's
    bot (alice) as the council."""
    monkeypatch.setenv(TOKEN_ENV, BOT_TOKEN)
    return {
        "api_base_url": url,
        "access_token_env": TOKEN_ENV,
        "poll_interval": 0.2,
        "start_from": "all",
        "streaming": False,
        **extra,
    }
