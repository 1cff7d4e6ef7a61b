"""A slow row cannot let the lease of the rows after it lapse: each row is claimed when its turn comes.

Worker A takes two reports. The first is slow (four minutes by A's clock); while A is POSTing the second,
worker B (another process, six minutes after A started) looks for work. Claimed as one batch under one five-
minute lease, the second report's lease would have lapsed while it waited, B would take it too, and the
council would get it twice.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from dispatcher.client import ServiceRequest, SubmitResult
from dispatcher.outbox import LEASE, Outbox
from store.models import utcnow
from store.work import one_at_a_time
from tests.dispatchkit import Recorded, load, sandbox, seed


async def test_a_second_worker_does_not_take_a_row_waiting_behind_a_slow_one(
    sessions: async_sessionmaker[AsyncSession], tmp_path: Path
) -> None:
    start = utcnow() + timedelta(seconds=1)
    clock_a = [start]
    async with sandbox(tmp_path) as box:
        a = Outbox(sessions, box.client("json"), Recorded(), "council", clock=lambda: clock_a[0])
        b = Outbox(
            sessions,
            box.client("json"),
            Recorded(),
            "council",
            clock=lambda: start + LEASE + timedelta(minutes=1),
        )
        first, second = await seed(sessions, "R-SLOW1"), await seed(sessions, "R-SLOW2")
        taken_by_b: list[int] = []
        post = a.client.submit

        async def slow_then_b(request: ServiceRequest) -> SubmitResult:
            if "R-SLOW1" in request.description:
                clock_a[0] = start + timedelta(minutes=4)  # the first report took four minutes
            else:
                taken_by_b.append(await b.step())  # B looks for work while A POSTs the second
            return await post(request)

        a.client.submit = slow_then_b  # type: ignore[method-assign]
        assert await a.step() == 2
        assert taken_by_b == [0]
        stored = await box.staff()
        assert sorted(r["description"].split("[relay311 ref ")[1][:7] for r in stored) == [
            "R-SLOW1",
            "R-SLOW2",
        ]
        assert (await load(sessions, first)).state == (await load(sessions, second)).state == "submitted"


async def test_one_at_a_time_claims_each_row_only_when_its_turn_comes() -> None:
    rows = [1, 2, 3]
    events: list[str] = []

    async def claim_one() -> list[int]:
        events.append("claim")
        return [rows.pop(0)] if rows else []

    async def handle(row: int) -> None:
        events.append(f"handle {row}")

    assert await one_at_a_time(claim_one, handle, limit=5) == 3
    assert events == ["claim", "handle 1", "claim", "handle 2", "claim", "handle 3", "claim"]
    rows[:] = [7, 8, 9]
    assert await one_at_a_time(claim_one, handle, limit=2) == 2 and rows == [9]
