"""The online geocoders' rate limits are kept in the database (`geocoder_rate`), so that several processes
keep to one limit together; migration 0010_geocoder_rate creates the table. Each "process" here has its
own engine and its own limiter or chain; the clock is injected, so nothing depends on real time."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from nlp import Gazetteer
from relay311.config import GeocoderConfig, NlpConfig
from relay311.geocode import DbRateLimiter, GeocoderChain, RateLimiter, bbox_contains, make_provider
from store.db import create_engine_async, session_factory
from store.migrate import alembic_config, current, heads, upgrade
from store.models import GeocoderRate
from tests import test_geocode
from tests.schemakit import schema_diffs, table_names
from tests.test_geocode import DEMO_BOX, INSIDE, FakeGeocoder

demo, serve = test_geocode.demo, test_geocode.serve  # fixtures: the demo gazetteer, a fake geocoder

Sessions = async_sessionmaker[AsyncSession]


class Clock:
    """Wall-clock seconds that move only when a test moves them."""

    def __init__(self, now: float = 1_750_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
async def two_processes(db_url: str) -> AsyncIterator[tuple[Sessions, Sessions]]:
    """Two session factories on two engines (two connection pools) sharing one database."""
    engines = [create_engine_async(db_url), create_engine_async(db_url)]
    try:
        yield session_factory(engines[0]), session_factory(engines[1])
    finally:
        for engine in engines:
            await engine.dispose()


# ---- the migration --------------------------------------------------------------------------------------


def test_migration_matches_the_model_and_downgrades(db_url: str) -> None:
    scripts = ScriptDirectory.from_config(alembic_config(db_url))
    assert scripts.get_revision("0010_geocoder_rate").down_revision == "0009_merge_heads"
    assert current(db_url) == heads()
    assert "geocoder_rate" in table_names(db_url)
    assert schema_diffs(db_url, "geocoder_rate") == []
    command.downgrade(alembic_config(db_url), "0009_merge_heads")
    assert "geocoder_rate" not in table_names(db_url)
    upgrade(db_url)
    assert current(db_url) == heads() and schema_diffs(db_url, "geocoder_rate") == []


# ---- the limiter ----------------------------------------------------------------------------------------


async def test_two_limiters_sharing_a_database_keep_to_one_limit(
    two_processes: tuple[Sessions, Sessions],
) -> None:
    """One request a second, no waiting: of many concurrent requests from two processes one gets through,
    and one more each time a second has passed."""
    clock = Clock()
    a, b = (DbRateLimiter(s, "nominatim:geo.example.org", 1.0, 0.0, clock=clock) for s in two_processes)
    for _ in range(3):
        results = await asyncio.gather(*(limiter.acquire() for limiter in [a, b] * 6))
        assert results.count(True) == 1
        clock.now += 0.5
        assert await a.acquire() is False and await b.acquire() is False
        clock.now += 0.5
    async with two_processes[0]() as db:
        [row] = (await db.execute(select(GeocoderRate))).scalars().all()
    assert row.provider == "nominatim:geo.example.org" and row.next_at == pytest.approx(clock.now)


async def test_the_shared_limit_runs_on_the_databases_clock(
    two_processes: tuple[Sessions, Sessions], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without an injected clock the turns are timed by the database, not by each process's clock: a
    process whose clock is a day fast still waits its turn."""
    import relay311.geocode

    a, b = (DbRateLimiter(s, "nominatim:clock.example.org", 0.5, 0.0) for s in two_processes)
    before = time.time()
    assert await a.acquire() is True
    monkeypatch.setattr(relay311.geocode.time, "time", lambda: before + 86_400)  # b's machine: a day fast
    assert await b.acquire() is False  # the next turn is 2 s away by the database's clock
    async with two_processes[0]() as db:
        [row] = (await db.execute(select(GeocoderRate))).scalars().all()
    assert before + 1.0 < row.next_at < before + 7.0  # a's turn (now) + 2 s, by the database's clock


async def test_two_limiters_share_the_queue_of_turns(two_processes: tuple[Sessions, Sessions]) -> None:
    """At 2/s with up to 1 s of waiting, turns taken alternately by two processes: now, +0.5 s, +1 s, and
    then none until time has passed, exactly as one process alone would have them."""
    clock = Clock()
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(round(seconds, 6))

    a, b = (
        DbRateLimiter(s, "photon:geo.example.org", 2.0, 1.0, clock=clock, sleep=sleep) for s in two_processes
    )
    assert [await limiter.acquire() for limiter in (a, b, a, b, a)] == [True, True, True, False, False]
    assert slept == [0.5, 1.0]

    alone = RateLimiter(2.0, 1.0, clock=clock, sleep=sleep)  # the in-memory limiter, for comparison
    slept.clear()
    assert [await alone.acquire() for _ in range(5)] == [True, True, True, False, False]
    assert slept == [0.5, 1.0]

    clock.now += 10
    assert await b.acquire() is True


async def test_each_geocoder_has_its_own_limit(two_processes: tuple[Sessions, Sessions]) -> None:
    clock = Clock()
    sessions = two_processes[0]
    one = DbRateLimiter(sessions, "nominatim:one.example.org", 1.0, 0.0, clock=clock)
    other = DbRateLimiter(sessions, "nominatim:other.example.org", 1.0, 0.0, clock=clock)
    assert await one.acquire() is True and await other.acquire() is True
    assert await one.acquire() is False and await other.acquire() is False


async def test_providers_use_the_database_when_there_is_one(db_url: str) -> None:
    cfg = GeocoderConfig(kind="nominatim", url="https://Geo.Example.org/nominatim/", rate_limit=1)
    assert isinstance(make_provider(cfg).limiter, RateLimiter)  # no database: in memory
    engine = create_engine_async(db_url)
    try:
        sessions = session_factory(engine)
        limiter = make_provider(cfg, sessions=sessions).limiter
        assert isinstance(limiter, DbRateLimiter) and limiter.key == "nominatim:geo.example.org"
        chain = GeocoderChain.from_config(NlpConfig(geocoders=[cfg]), Gazetteer.empty(), sessions=sessions)
        assert isinstance(chain.providers[0].limiter, DbRateLimiter)
        chain = GeocoderChain.from_config(NlpConfig(geocoders=[cfg]), Gazetteer.empty())
        assert isinstance(chain.providers[0].limiter, RateLimiter)
    finally:
        await engine.dispose()


# ---- two chains, as two processes would have them -----------------------------------------------------


async def test_two_chains_never_exceed_the_rate_together_and_skip_to_the_next_geocoder(
    demo: Gazetteer,
    serve: Any,
    two_processes: tuple[Sessions, Sessions],
) -> None:
    nominatim = await serve(FakeGeocoder("nominatim", {"avenue": [(*INSIDE, "house")]}))
    photon = await serve(FakeGeocoder("photon", {"avenue": [(*INSIDE, "house")]}))
    clock = Clock()

    def chain(sessions: Sessions) -> GeocoderChain:
        limited = GeocoderConfig(kind="nominatim", url=nominatim.url, rate_limit=1, max_wait=0)
        other = GeocoderConfig(kind="photon", url=photon.url, rate_limit=1000)
        providers = [make_provider(c, sessions=sessions, clock=clock) for c in (limited, other)]
        return GeocoderChain(demo, providers, contains=bbox_contains(DEMO_BOX), sessions=sessions)

    async with chain(two_processes[0]) as first, chain(two_processes[1]) as second:
        for second_no in range(3):
            queries = [f"{second_no * 10 + n} Acacia Avenue" for n in range(1, 9)]
            found = await asyncio.gather(
                *(c.locate(q) for c, q in zip([first, second] * 4, queries, strict=True))
            )
            assert all(f is not None for f in found)
            assert len(nominatim.requests) == second_no + 1  # one a second, for both chains together
            assert len(photon.requests) == 7 * (second_no + 1)  # the rest went to the next geocoder
            clock.now += 1.0
