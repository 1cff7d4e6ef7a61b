"""Bringing status changes back: polls open requests in batches and records each change once.

A change (status or notes differ from what we last saw) becomes a StatusEvent, and the reply about it is
queued in the same transaction; the event's fingerprint is unique per submission, so a change seen twice
(two pollers, a retry after a crash) is recorded and told once.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from dispatcher.client import Open311Client, RequestStatus
from dispatcher.errors import Open311Error
from dispatcher.notify import Replies
from store.models import Report, StatusEvent, Submission, utcnow
from store.work import backoff, claim

log = logging.getLogger(__name__)

BATCH = 50
LEASE = timedelta(minutes=2)
FINAL_STATUSES = frozenset({"closed"})


def fingerprint(status: RequestStatus) -> str:
    updated = status.updated_datetime.isoformat() if status.updated_datetime else ""
    raw = f"{status.status}\x1f{status.status_notes}\x1f{updated}"
    return hashlib.sha256(raw.encode()).hexdigest()[:32]


@dataclass
class Poller:
    sessions: async_sessionmaker[AsyncSession]
    client: Open311Client
    replies: Replies
    interval: float = 60.0
    clock: Callable[[], datetime] = utcnow

    async def step(self) -> int:
        now = self.clock()
        ids = await claim(
            self.sessions,
            Submission,
            states=[True],
            state_column="open",
            due_column="next_poll_at",
            lease_column="poll_claimed_until",
            now=now,
            lease=LEASE,
            limit=BATCH,
        )
        if not ids:
            return 0
        async with self.sessions() as session:
            rows = (
                (await session.execute(select(Submission).where(col(Submission.id).in_(ids)))).scalars().all()
            )
            by_request = {r.service_request_id: r.id for r in rows if r.service_request_id}
        try:
            statuses = await self.client.requests(list(by_request))
        except Open311Error as exc:
            await self._reschedule(ids, failed=True)
            raise RuntimeError(f"status poll of {len(ids)} requests failed: {exc.message}") from exc
        for status in statuses:
            submission_id = by_request.get(status.service_request_id)
            if submission_id is not None:
                await self._apply(submission_id, status)
        await self._reschedule(ids, failed=False)
        return len(ids)

    async def _apply(self, submission_id: int, status: RequestStatus) -> None:
        try:
            async with self.sessions() as session, session.begin():
                sub = await session.get(Submission, submission_id)
                assert sub is not None
                if (sub.status, sub.status_notes) == (status.status, status.status_notes):
                    return
                event = StatusEvent(
                    submission_id=submission_id,
                    status=status.status,
                    status_notes=status.status_notes,
                    updated_datetime=status.updated_datetime,
                    fingerprint=fingerprint(status),
                )
                session.add(event)
                await session.flush()
                sub.status = status.status
                sub.status_notes = status.status_notes
                if status.status in FINAL_STATUSES:
                    sub.open = False
                report = await session.get(Report, sub.report_id)
                assert report is not None
                await self.replies.status_changed(session, report, event)
        except IntegrityError:
            log.info("submission %s: status change already recorded", submission_id)

    async def _reschedule(self, ids: list[int], *, failed: bool) -> None:
        now = self.clock()
        async with self.sessions() as session, session.begin():
            rows = (
                (await session.execute(select(Submission).where(col(Submission.id).in_(ids)))).scalars().all()
            )
            for sub in rows:
                sub.poll_claimed_until = None
                delay = backoff(2, base=self.interval) if failed else timedelta(seconds=self.interval)
                sub.next_poll_at = now + delay
