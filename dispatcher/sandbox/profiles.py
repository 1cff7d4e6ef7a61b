"""Sandbox profiles: imitate the ways real council servers misbehave, one named behaviour each.

    relay311 sandbox --profile xml-only,flaky

- `xml-only`: `.json` URLs answer 404 with a plain text page (XML is the spec's only required format).
- `token`: every service is a batch service; POST answers a token, the id comes later.
- `no-tz`: datetimes are written without an offset ("2026-11-27 10:00:00"), and query dates ending in
  "Z" are refused with a 400 (as some servers do); dates without an offset are read as UTC.
- `html-errors`: every error is an HTML page instead of the spec's error document.
- `slow`: every answer is delayed by `delay` seconds.
- `flaky`: random trouble, each with probability `rate`: a 500 before anything is done, a POST that is
  stored and then has its connection dropped (the ambiguous case), or a hang of `hang` seconds
  followed by a dropped connection (a client timeout).
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from aiohttp import web
from aiohttp.typedefs import Middleware

PROFILES = ("xml-only", "token", "no-tz", "html-errors", "slow", "flaky")
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class Dropped(ConnectionResetError):
    """The sandbox closed the connection on purpose."""


class _QuietDrops(logging.Filter):
    """aiohttp logs a handler's exception as an error; a drop made on purpose is not one."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], Dropped))


logging.getLogger("aiohttp.server").addFilter(_QuietDrops())


@dataclass
class Profile:
    names: frozenset[str] = frozenset()
    delay: float = 0.5  # slow
    rate: float = 0.1  # flaky: probability of each kind of trouble
    hang: float = 5.0  # flaky: seconds before a hung request is dropped
    seed: int | None = None
    drop_after_store: int = 0  # tests: drop the connection of the next N POSTs after storing them
    rng: random.Random = field(default_factory=random.Random)

    def __post_init__(self) -> None:
        unknown = set(self.names) - set(PROFILES)
        if unknown:
            raise ValueError(f"unknown sandbox profile(s): {', '.join(sorted(unknown))}")
        if self.seed is not None:
            self.rng.seed(self.seed)

    @classmethod
    def parse(cls, spec: str | None, **options: float | int | None) -> Profile:
        names = frozenset(p.strip() for p in (spec or "").split(",") if p.strip())
        return cls(names=names, **options)  # type: ignore[arg-type]

    def __contains__(self, name: str) -> bool:
        return name in self.names

    def _roll(self) -> bool:
        return "flaky" in self.names and self.rng.random() < self.rate


def _html_error(status: int, reason: str) -> web.Response:
    page = (
        f"<!DOCTYPE html><html><head><title>{status} {reason}</title></head>"
        f"<body><h1>{reason}</h1></body></html>"
    )
    return web.Response(status=status, text=page, content_type="text/html")


def _drop(request: web.Request) -> None:
    if request.transport is not None:
        request.transport.close()
    raise Dropped("dropped on purpose by the sandbox profile")


def profile_middleware(profile: Profile) -> Middleware:
    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.path.startswith("/staff") or request.path == "/":
            return await handler(request)
        if "slow" in profile:
            await asyncio.sleep(profile.delay)
        if "xml-only" in profile and request.path.endswith(".json"):
            return web.Response(status=404, text="404 Not Found: this server speaks XML only\n")
        if profile._roll():
            return _html_error(500, "Internal Server Error")
        if profile._roll():
            await asyncio.sleep(profile.hang)
            _drop(request)
        response = await handler(request)
        posting = request.method == "POST" and request.path.startswith("/requests.")
        if posting and response.status == 200:
            if profile.drop_after_store > 0:
                profile.drop_after_store -= 1
                _drop(request)
            if profile._roll():
                _drop(request)
        if "html-errors" in profile and response.status >= 400:
            return _html_error(response.status, getattr(response, "reason", "Error"))
        return response

    return middleware
