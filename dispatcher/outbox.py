"""Submitting queued reports to Open311, exactly once as far as the protocol allows.

Each submission row goes pending -> sending -> submitted (an id) | token (an id later) | failed.
The row is marked `sending` and committed *before* the POST, and the result is committed right after
it. A crash between the council storing the request and our commit is the only window in which a
request could be sent twice (see ARCHITECTURE.md).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from dispatcher.client import Open311Client, ServiceRequest, SubmitResult
from dispatcher.errors import Open311Error, PermanentError, RetryableError
from dispatcher.notify import Replies
from store.models import Report, Submission, utcnow
from store.work import backoff, claim

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=5)
TOKEN_BACKOFF_CAP = 3600.0  # poll a pending token at most hourly
TOKEN_GIVE_UP = timedelta(days=7)


@dataclass
class Outbox:
    sessions: async_sessionmaker[AsyncSession]
    client: Open311Client
    replies: Replies
    endpoint: str
    max_attempts: int = 8
    poll_interval: float = 60.0
    clock: Callable[[], datetime] = utcnow

    async def step(self) -> int:
        now = self.clock()
        ids = await claim(
            self.sessions, Submission, states=["pending", "sending", "token"], now=now, lease=LEASE
        )
        for submission_id in ids:
            await self._one(submission_id)
        return len(ids)

    async def _one(self, submission_id: int) -> None:
        async with self.sessions() as session, session.begin():
            sub = await session.get(Submission, submission_id)
            if sub is None or sub.state not in ("pending", "sending", "token"):
                return
            if sub.state == "token":
                token = sub.token
            else:
                token = None
                if sub.state == "sending":
                    log.warning("submission %s: resuming after an interrupted attempt", sub.id)
                report = await session.get(Report, sub.report_id)
                assert report is not None
                request = build_request(report)
                sub.state = "sending"
                sub.attempts += 1
        if token is not None:
            await self._resolve_token(submission_id, token)
            return
        try:
            result = await self.client.submit(request)
        except Open311Error as exc:
            await self._failed_attempt(submission_id, exc)
            return
        await self._record(submission_id, result)

    async def _record(self, submission_id: int, result: SubmitResult) -> None:
        now = self.clock()
        async with self.sessions() as session, session.begin():
            sub = await session.get(Submission, submission_id)
            assert sub is not None
            report = await session.get(Report, sub.report_id)
            assert report is not None
            sub.submitted_at = now
            sub.claimed_until = None
            sub.last_error = ""
            report.state = "submitted"
            report.updated_at = now
            if result.service_request_id:
                self._mark_open(sub, result.service_request_id, now)
                await self.replies.submitted(session, report, sub)
            elif result.token:
                sub.state = "token"
                sub.token = result.token
                sub.next_attempt_at = now + backoff(1, base=10.0, cap=TOKEN_BACKOFF_CAP)
                await self.replies.accepted(session, report, sub)
            else:  # a blackbox service: the council will never tell us an id
                sub.state = "blackbox"
                await self.replies.accepted(session, report, sub)

    def _mark_open(self, sub: Submission, request_id: str, now: datetime) -> None:
        sub.state = "submitted"
        sub.service_request_id = request_id
        sub.open = True
        sub.status = "open"
        sub.next_poll_at = now + timedelta(seconds=self.poll_interval)

    async def _resolve_token(self, submission_id: int, token: str) -> None:
        now = self.clock()
        try:
            request_id = await self.client.request_id_from_token(token)
            error = None
        except Open311Error as exc:
            request_id, error = None, exc
        async with self.sessions() as session, session.begin():
            sub = await session.get(Submission, submission_id)
            assert sub is not None
            sub.claimed_until = None
            if request_id:
                report = await session.get(Report, sub.report_id)
                assert report is not None
                self._mark_open(sub, request_id, now)
                await self.replies.submitted(session, report, sub)
                return
            sub.attempts += 1
            if error is not None:
                sub.last_error = error.message
            if sub.submitted_at is not None and now - sub.submitted_at > TOKEN_GIVE_UP:
                sub.state = "failed"
                sub.last_error = f"token {token} never resolved to a request id"
                log.error("submission %s: %s", sub.id, sub.last_error)
                return
            # back off over hours, never re-POST: the request exists on the council's side
            sub.next_attempt_at = now + backoff(sub.attempts, base=10.0, cap=TOKEN_BACKOFF_CAP)

    async def _failed_attempt(self, submission_id: int, exc: Open311Error) -> None:
        now = self.clock()
        async with self.sessions() as session, session.begin():
            sub = await session.get(Submission, submission_id)
            assert sub is not None
            report = await session.get(Report, sub.report_id)
            assert report is not None
            sub.claimed_until = None
            sub.last_error = exc.message
            give_up = isinstance(exc, PermanentError) or sub.attempts >= self.max_attempts
            if isinstance(exc, RetryableError) and not give_up:
                sub.state = "pending"
                sub.next_attempt_at = now + backoff(sub.attempts)
                log.info(
                    "submission %s: attempt %d failed, will retry: %s", sub.id, sub.attempts, exc.message
                )
                return
            sub.state = "failed"
            report.state = "failed"
            report.updated_at = now
            log.error("submission %s: giving up after %d attempts: %s", sub.id, sub.attempts, exc.message)
            await self.replies.failed(session, report, sub, exc.message)


def reference_footer(ref: str) -> str:
    return f"[relay311 ref {ref}]"


def build_request(report: Report) -> ServiceRequest:
    """The Open311 request for a report, carrying our own reference so it can be found again."""
    assert report.service_code is not None
    description = f"{report.text.strip()}\n\n{reference_footer(report.ref)}"
    return ServiceRequest(
        service_code=report.service_code,
        description=description,
        lat=report.lat,
        long=report.lon,
        address_string=report.address or None,
        media_url=report.media[0] if report.media else None,
    )
