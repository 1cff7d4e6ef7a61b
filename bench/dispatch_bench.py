"""Submit N reports through the dispatcher's outbox to the built-in sandbox on this machine.

    .venv/bin/python -m bench.dispatch_bench -n 2000 --profile normal
    .venv/bin/python -m bench.dispatch_bench -n 2000 --profile flaky [--db-url postgresql://...]

Prints requests/s (submissions completed per wall-clock second), p50/p99 of the POST round trip and of
each submission's handling (claim to committed result, successful attempt), and the number of duplicates
on the council's side (requests sharing one relay311 reference), which must be 0.

Back-off waits after failures are skipped with an injected clock (the bench measures work, not waiting);
the flaky profile gives 500s, hangs (client timeouts) and requests stored and then dropped, each with the
given rate, so the exactly-once path (reference lookup before re-POST) is exercised.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import statistics
import tempfile
import time
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
from sqlalchemy import func, insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from dispatcher.client import Open311Client, RequestStatus, ServiceRequest, SubmitResult
from dispatcher.outbox import Outbox
from dispatcher.sandbox import Profile, serve
from dispatcher.sandbox.config import STORAGE
from store.db import create_engine_async, session_factory
from store.migrate import upgrade
from store.models import Contact, Report, StatusEvent, Submission, utcnow

KEY = "bench-key"
REF = re.compile(r"\[relay311 ref (R-[0-9]+)\]")
TERMINAL = ("submitted", "failed", "token", "blackbox", "needs_input")


class NoReplies:
    async def submitted(self, session: AsyncSession, report: Report, submission: Submission) -> None:
        return None

    async def accepted(self, session: AsyncSession, report: Report, submission: Submission) -> None:
        return None

    async def failed(
        self, session: AsyncSession, report: Report, submission: Submission, reason: str
    ) -> None:
        return None

    async def status_changed(self, session: AsyncSession, report: Report, event: StatusEvent) -> None:
        return None


class SkipClock:
    """Real time plus an offset that jumps forward when every remaining row is waiting for back-off."""

    def __init__(self) -> None:
        self.offset = timedelta()

    def __call__(self) -> datetime:
        return utcnow() + self.offset


class TimedClient(Open311Client):
    posts: list[float]
    lookups: Counter[str]

    async def find_by_reference(self, ref: str, **kw: Any) -> RequestStatus | None:
        try:
            found = await super().find_by_reference(ref, **kw)
        except Exception:
            self.lookups["failed"] += 1
            raise
        self.lookups["found" if found else "not found"] += 1
        return found

    async def submit(self, request: ServiceRequest) -> SubmitResult:
        start = time.perf_counter()
        try:
            return await super().submit(request)
        finally:
            self.posts.append(time.perf_counter() - start)


async def seed(sessions: async_sessionmaker[AsyncSession], n: int) -> None:
    codes = ["POTHOLE", "GRAFFITI", "STREETLIGHT", "FLYTIPPING"]
    async with sessions() as db, db.begin():
        contact = Contact(channel="bench", address="bench")
        db.add(contact)
        await db.flush()
        now = utcnow()
        reports = [
            {
                "ref": f"R-{i:06d}",
                "contact_id": contact.id,
                "channel": "bench",
                "thread_ref": "",
                "text": f"Bench report {i}",
                "media": [],
                "service_code": codes[i % len(codes)],
                "service_name": "",
                "confidence": 1.0,
                "candidates": [],
                "offered": [],
                "location_text": "",
                "location_kind": "",
                "address": "",
                "lat": 52.2 + i * 1e-5,
                "lon": 0.12,
                "missing": [],
                "state": "queued",
                "created_at": now,
                "updated_at": now,
            }
            for i in range(n)
        ]
        await db.execute(insert(Report), reports)
        ids = (await db.execute(select(Report.id).order_by(Report.id))).scalars().all()  # type: ignore[arg-type]
        await db.execute(
            insert(Submission),
            [{"report_id": rid, "endpoint": "bench", "next_attempt_at": now} for rid in ids],
        )


async def remaining(sessions: async_sessionmaker[AsyncSession]) -> int:
    async with sessions() as db:
        query = select(func.count()).select_from(Submission).where(Submission.state.not_in(TERMINAL))  # type: ignore[attr-defined]
        return int((await db.execute(query)).scalar_one())


async def skip_backoff(sessions: async_sessionmaker[AsyncSession], clock: SkipClock) -> None:
    """Jump the clock to the next row that waits for back-off (never past a lease still held)."""
    now = clock()
    async with sessions() as db:
        query = select(func.min(Submission.next_attempt_at)).where(
            Submission.state.in_(["pending", "verify", "token"]),  # type: ignore[attr-defined]
            Submission.claimed_until.is_(None) | (Submission.claimed_until < now),  # type: ignore[union-attr,operator]
        )
        due = (await db.execute(query)).scalar_one_or_none()
    if due is not None and due > now:
        clock.offset += due - now


async def run(args: argparse.Namespace) -> dict[str, Any]:
    workdir = Path(tempfile.mkdtemp(prefix="relay311-bench-"))
    db_url = args.db_url or f"sqlite:///{workdir / 'bench.db'}"
    await asyncio.to_thread(upgrade, db_url)
    engine = create_engine_async(db_url)
    sessions = session_factory(engine)
    await seed(sessions, args.n)
    profile = Profile.parse(
        "flaky" if args.profile == "flaky" else "", rate=args.rate, hang=args.hang, seed=7
    )
    runner = await serve("127.0.0.1", 0, str(workdir / "sandbox.db"), api_key=KEY, profile=profile)
    port = runner.addresses[0][1]
    clock = SkipClock()
    handling: list[float] = []
    connector = aiohttp.TCPConnector(limit=args.workers * 2)
    async with aiohttp.ClientSession(connector=connector) as http:
        client = TimedClient(
            http, f"http://127.0.0.1:{port}", api_key=KEY, jurisdiction_id="demo.town", timeout=args.timeout
        )
        client.posts = []
        client.lookups = Counter()
        outbox = Outbox(sessions, client, NoReplies(), "bench", max_attempts=20, clock=clock)  # type: ignore[arg-type]
        original = outbox._one

        async def timed_one(submission_id: int) -> None:
            start = time.perf_counter()
            await original(submission_id)
            handling.append(time.perf_counter() - start)

        outbox._one = timed_one  # type: ignore[method-assign]

        async def worker() -> None:
            while True:
                if await outbox.step() == 0:
                    if await remaining(sessions) == 0:
                        return
                    await skip_backoff(sessions, clock)
                    await asyncio.sleep(0.01)

        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(args.workers)))
        wall = time.perf_counter() - start

    stored = await runner.app[STORAGE].all()
    await runner.cleanup()
    per_ref = Counter(m.group(1) for s in stored if (m := REF.search(s.description)))
    async with sessions() as db:
        states = Counter((await db.execute(select(Submission.state))).scalars().all())
        attempts = int((await db.execute(select(func.sum(Submission.attempts)))).scalar_one())
    await engine.dispose()

    def pct(values: list[float], q: float) -> float:
        return statistics.quantiles(values, n=100)[q - 1] * 1000 if len(values) > 1 else 0.0

    return {
        "profile": args.profile,
        "n": args.n,
        "database": db_url.split(":", 1)[0],
        "wall_s": round(wall, 2),
        "requests_per_s": round(args.n / wall, 1),
        "post_p50_ms": round(pct(client.posts, 50), 1),
        "post_p99_ms": round(pct(client.posts, 99), 1),
        "handling_p50_ms": round(pct(handling, 50), 1),
        "handling_p99_ms": round(pct(handling, 99), 1),
        "posts": len(client.posts),
        "attempts": attempts,
        "reference_lookups": dict(client.lookups),
        "states": dict(states),
        "stored_on_council": len(stored),
        "missing_on_council": args.n - len(per_ref),
        "duplicates": sum(count - 1 for count in per_ref.values()),
    }


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("-n", type=int, default=2000)
    p.add_argument("--profile", choices=["normal", "flaky"], default="normal")
    p.add_argument("--workers", type=int, default=8, help="concurrent outbox workers")
    p.add_argument("--rate", type=float, default=0.05, help="flaky: probability of each kind of trouble")
    p.add_argument("--hang", type=float, default=1.5, help="flaky: seconds a hung request waits")
    p.add_argument("--timeout", type=float, default=1.0, help="client timeout per request")
    p.add_argument("--db-url", default="", help="PostgreSQL URL (default: a fresh SQLite file)")
    result = asyncio.run(run(p.parse_args()))
    width = max(len(k) for k in result)
    for key, value in result.items():
        print(f"{key.ljust(width)}  {value}")
    if result["duplicates"] or result["missing_on_council"]:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
