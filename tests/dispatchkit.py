"""Helpers for the dispatcher tests: a sandbox on a real socket, seeded reports, and recorded replies."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from dispatcher.client import Open311Client
from dispatcher.sandbox import Profile, serve
from store.models import Contact, Report, StatusEvent, Submission

KEY = "dispatch-test-key"
JURISDICTION = "demo.town"


@dataclass
class Recorded:
    """A `Replies` that records what the dispatcher told it."""

    calls: list[tuple[str, str]] = field(default_factory=list)

    async def submitted(self, session: AsyncSession, report: Report, submission: Submission) -> None:
        self.calls.append(("submitted", report.ref))

    async def accepted(self, session: AsyncSession, report: Report, submission: Submission) -> None:
        self.calls.append(("accepted", report.ref))

    async def failed(
        self, session: AsyncSession, report: Report, submission: Submission, reason: str
    ) -> None:
        self.calls.append(("failed", report.ref))

    async def status_changed(self, session: AsyncSession, report: Report, event: StatusEvent) -> None:
        self.calls.append((f"status:{event.status}", report.ref))

    async def needs_input(self, session: AsyncSession, report: Report, submission: Submission) -> None:
        self.calls.append(("needs_input", report.ref))


@dataclass
class Sandbox:
    url: str
    http: aiohttp.ClientSession
    profile: Profile

    def client(self, fmt: str = "json", **kw: Any) -> Open311Client:
        options: dict[str, Any] = {"api_key": KEY, "jurisdiction_id": JURISDICTION, "timeout": 5.0}
        options.update(kw)
        return Open311Client(self.http, self.url, format=fmt, **options)  # type: ignore[arg-type]

    async def staff(self) -> list[dict[str, Any]]:
        async with self.http.get(f"{self.url}/staff/api/requests") as resp:
            assert resp.status == 200
            data = await resp.json()
            return data if isinstance(data, list) else data["requests"]  # type: ignore[no-any-return]

    async def set_status(self, request_id: str, status: str, notes: str = "") -> None:
        body = {"status": status, "status_notes": notes}
        async with self.http.post(f"{self.url}/staff/api/requests/{request_id}", json=body) as resp:
            assert resp.status == 200, await resp.text()


@asynccontextmanager
async def sandbox(tmp_path: Path, profile: Profile | None = None, **kw: Any) -> AsyncIterator[Sandbox]:
    profile = profile or Profile()
    runner: web.AppRunner = await serve(
        "127.0.0.1", 0, str(tmp_path / "sandbox.db"), api_key=KEY, profile=profile, **kw
    )
    host, port = runner.addresses[0][:2]
    try:
        async with aiohttp.ClientSession() as http:
            yield Sandbox(f"http://{host}:{port}", http, profile)
    finally:
        await runner.cleanup()


async def seed(
    sessions: async_sessionmaker[AsyncSession],
    ref: str,
    *,
    service_code: str = "POTHOLE",
    text: str = "Big pothole outside 12 Station Road",
    endpoint: str = "council",
    lat: float | None = 52.2051,
    lon: float | None = 0.1215,
    **submission: Any,
) -> int:
    """A queued report and its submission (pending unless told otherwise); returns the submission id."""
    async with sessions() as db, db.begin():
        contact = Contact(channel="webchat", address=f"session-{ref}")
        db.add(contact)
        await db.flush()
        assert contact.id is not None
        report = Report(
            ref=ref,
            contact_id=contact.id,
            channel="webchat",
            thread_ref=f"session-{ref}",
            text=text,
            service_code=service_code,
            service_name=service_code.title(),
            lat=lat,
            lon=lon,
            state="queued",
        )
        db.add(report)
        await db.flush()
        assert report.id is not None
        sub = Submission(report_id=report.id, endpoint=endpoint, **submission)
        db.add(sub)
        await db.flush()
        assert sub.id is not None
        return sub.id


async def load(sessions: async_sessionmaker[AsyncSession], submission_id: int) -> Submission:
    async with sessions() as db:
        sub = await db.get(Submission, submission_id)
        assert sub is not None
        return sub


async def make_due(sessions: async_sessionmaker[AsyncSession], submission_id: int, now: datetime) -> None:
    async with sessions() as db, db.begin():
        sub = await db.get(Submission, submission_id)
        assert sub is not None
        sub.next_attempt_at = now
        sub.claimed_until = None
