"""Bringing status changes back, recording each change once.

Two strategies, chosen per endpoint by what it supports (probed once and remembered in `open311_endpoint`,
or fixed by configuration):

- `requests`: open requests are polled in batches with GET requests?service_request_id=a,b,c.
- `updates`: mySociety's GET servicerequestupdates (as FixMyStreet uses it) is read from a cursor, with an
  overlap; each update is deduplicated by its update_id. One call per interval covers every request.

A change becomes a StatusEvent, and the reply about it is queued in the same transaction; the event's
fingerprint is unique per submission, so a change seen twice (two pollers, an overlapping window, a retry
after a crash) is recorded and told once.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from dispatcher.client import Open311Client, RequestStatus, RequestUpdate
from dispatcher.endpoints import load_endpoint, remember
from dispatcher.errors import Open311Error, PermanentError
from dispatcher.notify import Replies
from store.models import Open311Endpoint, Report, StatusEvent, Submission, utcnow
from store.work import backoff, claim

log = logging.getLogger(__name__)

BATCH = 50
# How long a poll's claim lasts. Short, so that after a crash the next process resumes polling within it: a
# poll that outlives it (a server near the client's timeout) may be polled twice at once, which is harmless,
# since a status change is recorded once per submission and fingerprint (uq_status_event_fingerprint) and the
# citizen is told in the same transaction.
LEASE = timedelta(seconds=45)
# the spec's closed, and FixMyStreet's states that end a report
FINAL_STATUSES = frozenset(
    {
        "closed",
        "fixed",
        "duplicate",
        "not_councils_responsibility",
        "no_further_action",
        "unable_to_fix",
        "internal_referral",
    }
)
OVERLAP = timedelta(minutes=10)  # each updates window re-reads the end of the previous one
FIRST_WINDOW = timedelta(days=1)
STRATEGIES = ("auto", "requests", "updates")


def fingerprint(status: RequestStatus) -> str:
    updated = status.updated_datetime.isoformat() if status.updated_datetime else ""
    raw = f"{status.status}\x1f{status.status_notes}\x1f{updated}"
    return hashlib.sha256(raw.encode()).hexdigest()[:32]


def update_fingerprint(update: RequestUpdate) -> str:
    return "u:" + hashlib.sha256(update.update_id.encode()).hexdigest()[:30]


@dataclass
class Poller:
    sessions: async_sessionmaker[AsyncSession]
    client: Open311Client
    replies: Replies
    interval: float = 60.0
    clock: Callable[[], datetime] = utcnow
    endpoint: str = "council"
    strategy: str = "auto"  # auto | requests | updates

    async def step(self) -> int:
        if await self.strategy_in_use() == "updates":
            return await self._poll_updates()
        return await self._poll_requests()

    async def strategy_in_use(self) -> str:
        """The configured strategy, or the remembered one, or (auto) what a probe of the endpoint finds."""
        if self.strategy != "auto":
            return self.strategy
        row = await load_endpoint(self.sessions, self.endpoint)
        if row.strategy:
            return row.strategy
        now = self.clock()
        try:
            await self.client.service_request_updates(now - timedelta(hours=1), now)
            found = "updates"
        except PermanentError as exc:
            log.info("open311 %s: no servicerequestupdates (%s); polling requests", self.endpoint, exc)
            found = "requests"
        await remember(self.sessions, self.endpoint, strategy=found)
        log.info("open311 %s: status strategy %s", self.endpoint, found)
        return found

    async def _poll_updates(self) -> int:
        await load_endpoint(self.sessions, self.endpoint)
        now = self.clock()
        claimed = await claim(
            self.sessions,
            Open311Endpoint,
            states=[self.endpoint],
            state_column="name",
            due_column="next_poll_at",
            lease_column="poll_claimed_until",
            now=now,
            lease=LEASE,
            limit=1,
        )
        if not claimed:
            return 0
        async with self.sessions() as session:
            row = await session.get(Open311Endpoint, claimed[0])
        assert row is not None and row.id is not None
        since = (row.updates_since or now - FIRST_WINDOW) - OVERLAP
        try:
            updates = await self.client.service_request_updates(since, now)
        except Open311Error as exc:
            await self._release(row.id, now)
            raise RuntimeError(f"servicerequestupdates from {self.endpoint} failed: {exc.message}") from exc
        updates.sort(key=lambda u: (u.updated_datetime is None, _sortable(u.updated_datetime)))
        ids = list({u.service_request_id for u in updates})
        by_request: dict[str, int] = {}
        for start in range(0, len(ids), 500):
            async with self.sessions() as session:
                query = select(Submission.id, Submission.service_request_id).where(
                    Submission.endpoint == self.endpoint,
                    col(Submission.service_request_id).in_(ids[start : start + 500]),
                )
                by_request.update(
                    {rid: sid for sid, rid in (await session.execute(query)).all() if rid and sid}
                )
        applied = 0
        for update in updates:
            submission_id = by_request.get(update.service_request_id)
            if submission_id is not None and await self._apply_update(submission_id, update):
                applied += 1
        async with self.sessions() as session, session.begin():
            fresh = await session.get(Open311Endpoint, row.id)
            assert fresh is not None
            fresh.updates_since = now
            fresh.poll_claimed_until = None
            fresh.next_poll_at = now + timedelta(seconds=self.interval)
        return applied

    async def _release(self, endpoint_id: int, now: datetime) -> None:
        async with self.sessions() as session, session.begin():
            endpoint = await session.get(Open311Endpoint, endpoint_id)
            assert endpoint is not None
            endpoint.poll_claimed_until = None
            endpoint.next_poll_at = now + backoff(2, base=self.interval)

    async def _apply_update(self, submission_id: int, update: RequestUpdate) -> bool:
        try:
            async with self.sessions() as session, session.begin():
                sub = await session.get(Submission, submission_id)
                assert sub is not None
                event = StatusEvent(
                    submission_id=submission_id,
                    status=update.status or sub.status,
                    status_notes=update.description,
                    updated_datetime=_aware(update.updated_datetime),
                    fingerprint=update_fingerprint(update),
                )
                session.add(event)
                await session.flush()
                sub.status = event.status
                sub.status_notes = update.description
                sub.open = event.status not in FINAL_STATUSES
                report = await session.get(Report, sub.report_id)
                assert report is not None
                await self.replies.status_changed(session, report, event)
            return True
        except IntegrityError:
            return False  # this update_id was recorded already (overlapping window, another poller)

    async def _poll_requests(self) -> int:
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
            where=[col(Submission.endpoint) == self.endpoint],
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
                    updated_datetime=_aware(status.updated_datetime),
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


def _aware(value: datetime | None) -> datetime | None:
    """Servers without offsets (old San Francisco, the no-tz sandbox) give naive times: taken as UTC."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


def _sortable(value: datetime | None) -> datetime:
    aware = _aware(value)
    return aware if aware is not None else datetime.min.replace(tzinfo=UTC)
