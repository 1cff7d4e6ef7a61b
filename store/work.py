"""Claiming rows of work so that several workers (and processes) share it without doing it twice.

A claim is a lease: `claimed_until` in the future. A worker that dies leaves its lease to expire, and the
next claim picks the row up again. On PostgreSQL the claim query uses FOR UPDATE SKIP LOCKED; SQLite
serialises writers (BEGIN IMMEDIATE), which gives the same guarantee.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select


async def claim(
    sessions: async_sessionmaker[AsyncSession],
    model: Any,
    *,
    states: Sequence[Any],
    now: datetime,
    lease: timedelta,
    limit: int = 20,
    due_column: str = "next_attempt_at",
    lease_column: str = "claimed_until",
    state_column: str = "state",
    where: Sequence[Any] = (),
) -> list[int]:
    """Lease up to `limit` due rows of `model` in one of `states`; return their ids, oldest first.

    `where`: extra SQL conditions a row must also meet (e.g. `Submission.endpoint == "north"`)."""
    id_col = col(model.id)
    due = getattr(model, due_column)
    leased = getattr(model, lease_column)
    state = getattr(model, state_column)
    async with sessions() as session, session.begin():
        query = (
            select(id_col)
            .where(state.in_(states), due <= now, or_(leased.is_(None), leased < now), *where)
            .order_by(id_col)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        ids = list((await session.execute(query)).scalars().all())
        if ids:
            await session.execute(update(model).where(id_col.in_(ids)).values({lease_column: now + lease}))
    return ids


BATCH = 20  # rows a worker handles in one step


async def one_at_a_time(
    claim_one: Callable[[], Awaitable[Sequence[int]]],
    handle: Callable[[int], Awaitable[object]],
    limit: int = BATCH,
) -> int:
    """Claim a row, handle it, and only then claim the next, up to `limit`; return how many were handled.

    Claiming a whole batch under one lease would let the lease of the last rows lapse while the first ones
    are slow (a council's endpoint timing out, a geocoder rate-limiting us), and another worker would then
    take those rows too: a second POST, a second reply. Each row's lease starts when its own turn comes.
    `claim_one` leases at most one row (`claim(..., limit=1)`) at the time it is called."""
    handled = 0
    for _ in range(limit):
        ids = await claim_one()
        if not ids:
            break
        await handle(ids[0])
        handled += 1
    return handled


def backoff(attempt: int, *, base: float = 5.0, cap: float = 3600.0) -> timedelta:
    """Exponential back-off with full jitter: attempt 1 waits up to `base` seconds, doubling to `cap`."""
    ceiling = min(cap, base * (2 ** max(0, attempt - 1)))
    return timedelta(seconds=random.uniform(ceiling / 2, ceiling))


STOP_GRACE = 1.0  # seconds a running step may take to finish when its loop is stopped


class Loop:
    """Runs one step function forever: the one place that owns its cadence, back-off and logging.

    `step()` returns how many items it handled. When it handled some, the loop runs it again at once;
    when idle, it sleeps `interval` seconds or until `wake()`. An exception is logged once ("failed"),
    retried with back-off, and "recovered" is logged once when a step succeeds again.
    """

    def __init__(
        self, name: str, step: Callable[[], Awaitable[int]], *, interval: float, log: logging.Logger
    ) -> None:
        self.name = name
        self.step = step
        self.interval = interval
        self.log = log
        self.failures = 0
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._stopping = False

    def wake(self) -> None:
        self._wake.set()

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name=f"relay311-{self.name}")

    async def stop(self, grace: float = STOP_GRACE) -> None:
        """Let a step that is running finish (up to `grace` seconds), so that it is not cut off in the middle
        of a database transaction; then cancel whatever is still waiting."""
        if self._task is None:
            return
        self._stopping = True
        self._wake.set()
        with contextlib.suppress(TimeoutError, asyncio.CancelledError):
            await asyncio.wait_for(asyncio.shield(self._task), timeout=grace)
        if not self._task.done():
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self._task = None
        self._stopping = False

    async def run_once(self) -> int:
        """Run one step with the loop's failure bookkeeping; return items handled (0 on failure)."""
        try:
            handled = await self.step()
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - the loop must survive any step failure
            self.failures += 1
            if self.failures == 1:
                self.log.warning("%s failed: %s: %s", self.name, type(exc).__name__, exc, exc_info=exc)
            else:
                self.log.debug("%s still failing (%d): %s", self.name, self.failures, exc)
            return -1
        if self.failures:
            self.log.info("%s recovered after %d failed attempts", self.name, self.failures)
            self.failures = 0
        return handled

    async def _run(self) -> None:
        while not self._stopping:
            self._wake.clear()  # a wake() during the step below makes the wait return at once
            handled = await self.run_once()
            if self._stopping:
                return
            if handled > 0:
                await asyncio.sleep(0)
                continue
            delay = (
                self.interval if handled == 0 else backoff(self.failures, base=1.0, cap=60.0).total_seconds()
            )
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=delay)
