"""Helpers for end-to-end tests: the Open311 sandbox and relay311 on real sockets."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import aiohttp
from aiohttp import web

from dispatcher.sandbox import serve
from relay311.app import App
from relay311.config import parse

T = TypeVar("T")
API_KEY = "e2e-sandbox-key"
KEY_ENV = "RELAY311_TEST_OPEN311_KEY"


def runner_port(runner: web.AppRunner) -> int:
    address = runner.addresses[0]
    return int(address[1])


@asynccontextmanager
async def sandbox(tmp_path: Path, **kw: Any) -> AsyncIterator[str]:
    runner = await serve("127.0.0.1", 0, str(tmp_path / "sandbox.db"), api_key=API_KEY, **kw)
    try:
        yield f"http://127.0.0.1:{runner_port(runner)}"
    finally:
        await runner.cleanup()


def config(db_url: str, open311_url: str, **channels: dict[str, Any]) -> Any:
    os.environ[KEY_ENV] = API_KEY
    return parse(
        {
            "council": {"name": "Demo Town Council"},
            "database": {"url": db_url},
            "open311": {
                "url": open311_url,
                "jurisdiction_id": "demo.town",
                "api_key_env": KEY_ENV,
                "poll_interval": 0.3,
            },
            "web": {"host": "127.0.0.1", "port": 0, "public_url": "http://127.0.0.1:1"},
            "channels": channels or {"webchat": {}},
        },
        "test",
    )


@asynccontextmanager
async def relay(cfg: Any) -> AsyncIterator[App]:
    app = App(cfg)
    await app.start()
    try:
        yield app
    finally:
        await app.stop()


async def eventually(probe: Callable[[], Awaitable[T | None]], *, within: float = 30.0) -> T:
    """Poll `probe` until it returns something truthy; fail after `timeout` seconds."""
    deadline = asyncio.get_running_loop().time() + within
    while True:
        value = await probe()
        if value:
            return value
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"condition not met within {within}s (last value {value!r})")
        await asyncio.sleep(0.1)


@dataclass
class Chat:
    http: aiohttp.ClientSession
    base: str
    session: str

    async def say(self, text: str, **extra: Any) -> dict[str, Any]:
        body = {"session": self.session, "text": text, **extra}
        async with self.http.post(f"{self.base}/chat/api/messages", json=body) as resp:
            assert resp.status == 202, await resp.text()
            data: dict[str, Any] = await resp.json()
            return data

    async def messages(self) -> list[dict[str, Any]]:
        async with self.http.get(f"{self.base}/chat/api/messages", params={"session": self.session}) as resp:
            assert resp.status == 200
            data = await resp.json()
            result: list[dict[str, Any]] = data["messages"]
            return result

    async def replies(self) -> list[str]:
        return [m["text"] for m in await self.messages() if m["direction"] == "out"]

    async def wait_reply(self, count: int, within: float = 30.0) -> list[str]:
        async def probe() -> list[str] | None:
            replies = await self.replies()
            return replies if len(replies) >= count else None

        return await eventually(probe, within=within)


async def staff_requests(http: aiohttp.ClientSession, sandbox_url: str) -> list[dict[str, Any]]:
    async with http.get(f"{sandbox_url}/staff/api/requests") as resp:
        assert resp.status == 200
        data = await resp.json()
        return data if isinstance(data, list) else data["requests"]  # type: ignore[no-any-return]
