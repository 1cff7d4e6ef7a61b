"""Stopping a worker loop lets the step that is running finish, so no transaction is cut off halfway."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from pathlib import Path

from store.db import create_engine_async, session_factory
from store.work import Loop

log = logging.getLogger("test")


async def test_a_running_step_finishes_before_the_loop_stops() -> None:
    events: list[str] = []
    started = asyncio.Event()

    async def step() -> int:
        events.append("begin")
        started.set()
        await asyncio.sleep(0.2)  # e.g. a transaction's statements
        events.append("commit")
        return 0

    loop = Loop("slow", step, interval=60.0, log=log)
    loop.start()
    await started.wait()
    await loop.stop(grace=2.0)
    assert events == ["begin", "commit"]


async def test_a_step_that_outlasts_the_grace_is_cancelled() -> None:
    started = asyncio.Event()
    cancelled = asyncio.Event()

    async def step() -> int:
        started.set()
        try:
            await asyncio.sleep(60)  # e.g. waiting on a server push
        except asyncio.CancelledError:
            cancelled.set()
            raise
        return 0

    loop = Loop("idle", step, interval=60.0, log=log)
    loop.start()
    await started.wait()
    await asyncio.wait_for(loop.stop(grace=0.1), timeout=5)
    assert cancelled.is_set()


async def test_an_idle_loop_stops_at_once_and_can_start_again() -> None:
    runs: list[int] = []

    async def step() -> int:
        runs.append(1)
        return 0

    loop = Loop("idle", step, interval=60.0, log=log)
    loop.start()
    await asyncio.sleep(0.05)
    await asyncio.wait_for(loop.stop(grace=5.0), timeout=1.0)  # waiting between steps: no grace needed
    loop.start()
    await asyncio.sleep(0.05)
    await loop.stop()
    assert len(runs) == 2


async def test_stopping_mid_transaction_leaves_the_sqlite_database_unlocked(tmp_path: Path) -> None:
    """The write transaction a step is in when its loop stops is committed, not left holding the lock."""
    url = f"sqlite:///{tmp_path / 'loop.db'}"
    engine = create_engine_async(url)
    sessions = session_factory(engine)
    async with engine.begin() as conn:
        await conn.exec_driver_sql("CREATE TABLE t (n INTEGER)")
    inside = asyncio.Event()

    async def step() -> int:
        async with sessions() as db, db.begin():
            await (await db.connection()).exec_driver_sql("INSERT INTO t VALUES (1)")
            inside.set()
            await asyncio.sleep(0.2)
        return 0

    loop = Loop("writer", step, interval=60.0, log=log)
    loop.start()
    await inside.wait()
    await loop.stop(grace=2.0)
    await engine.dispose()
    other = sqlite3.connect(tmp_path / "loop.db", timeout=0.5)
    try:
        other.execute("BEGIN IMMEDIATE")  # fails at once if the stopped step still held the write lock
        assert other.execute("SELECT count(*) FROM t").fetchone() == (1,)
        other.rollback()
    finally:
        other.close()
