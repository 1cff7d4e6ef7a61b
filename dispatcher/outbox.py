"""Submitting queued reports to Open311 exactly once, as far as the protocol allows.

Each submission row goes pending -> sending -> submitted (an id) | token (an id later) | blackbox (no id,
ever) | failed, or to needs_input when a metadata service's required attributes are missing or invalid
(nothing is POSTed; `missing_attributes` says what to ask). The row is marked `sending` and committed
*before* the POST, and the result is committed right after it.

GeoReport v2 has no idempotency key, so after an ambiguous failure (a timeout or dropped connection once
the body was sent, a 5xx from a proxy) the row goes to `verify`, and an interrupted `sending` row (the
process died around the POST) is treated the same way: before POSTing again, relay311 searches GET
requests over the submission window for its own `[relay311 ref R-XXXXX]` and, when found, records that
request instead of creating a second one. See ARCHITECTURE.md for what is left of the window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col

from dispatcher.attributes import AttributeCheck, check_attributes, reference_attribute
from dispatcher.client import Open311Client, ServiceRequest, SubmitResult
from dispatcher.definitions import Definitions
from dispatcher.errors import Open311Error, PermanentError, RetryableError
from dispatcher.notify import Replies
from store.models import Report, Submission, utcnow
from store.work import backoff, claim, one_at_a_time

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=5)
TOKEN_BACKOFF_CAP = 3600.0  # poll a pending token at most hourly
TOKEN_GIVE_UP = timedelta(days=7)
LOOKUP_SLACK = timedelta(days=1)  # the council's clock (or timezone) may be off; search a wider window
WORK_STATES = ("pending", "sending", "verify", "token")


async def claim_submissions(
    sessions: async_sessionmaker[AsyncSession],
    endpoint: str,
    states: Sequence[str],
    now: datetime,
    lease: timedelta,
    limit: int = 20,
) -> list[int]:
    """Lease the due submissions of one endpoint (each endpoint, or email route, has its own worker)."""
    return await claim(
        sessions,
        Submission,
        states=list(states),
        now=now,
        lease=lease,
        limit=limit,
        where=[col(Submission.endpoint) == endpoint],
    )


@dataclass
class Outbox:
    sessions: async_sessionmaker[AsyncSession]
    client: Open311Client
    replies: Replies
    endpoint: str
    max_attempts: int = 8
    poll_interval: float = 60.0
    clock: Callable[[], datetime] = utcnow
    definitions: Definitions | None = None  # None: attributes are not checked before the POST
    reference_attribute: str | None = None  # an attribute code that carries our reference when defined

    async def step(self) -> int:
        # a row's lease must outlive every call made under it, or a second worker could POST meanwhile
        lease = max(LEASE, timedelta(seconds=4 * self.client.timeout + 60))

        async def claim_one() -> list[int]:
            return await claim_submissions(self.sessions, self.endpoint, WORK_STATES, self.clock(), lease, 1)

        return await one_at_a_time(claim_one, self._one)

    async def _one(self, submission_id: int) -> None:
        async with self.sessions() as session, session.begin():
            sub = await session.get(Submission, submission_id)
            if sub is None or sub.state not in WORK_STATES:
                return
            token = sub.token if sub.state == "token" else None
            ambiguous = sub.state in ("sending", "verify")
            if sub.state == "sending":
                log.warning("submission %s: resuming after an interrupted attempt", sub.id)
            report = await session.get(Report, sub.report_id)
            assert report is not None
            ref = report.ref
            request = build_request(report)
            # answers the conversation stored on the report (if it does), then any given to the submission
            given = {**(getattr(report, "attributes", None) or {}), **(sub.attributes or {})}
            since = sub.first_posted_at or report.created_at
        if token is not None:
            await self._resolve_token(submission_id, token)
            return
        try:
            if ambiguous:
                found = await self._look_up(submission_id, ref, request.service_code, since)
                if found is not None:
                    await self._record(submission_id, SubmitResult(found, None))
                    return
            request, check = await self._with_attributes(request, ref, given)
        except Open311Error as exc:
            await self._failed_attempt(submission_id, exc, verify=ambiguous, posted=False)
            return
        if check is not None and not check.ok:
            await self._needs_input(submission_id, check)
            return
        async with self.sessions() as session, session.begin():
            sub = await session.get(Submission, submission_id)
            assert sub is not None
            sub.state = "sending"
            sub.attempts += 1
            sub.first_posted_at = sub.first_posted_at or self.clock()
        try:
            result = await self.client.submit(request)
        except Open311Error as exc:
            sent = isinstance(exc, RetryableError) and exc.sent
            await self._failed_attempt(submission_id, exc, verify=sent, posted=True)
            return
        await self._record(submission_id, result)

    async def _look_up(self, submission_id: int, ref: str, service_code: str, since: datetime) -> str | None:
        """The id of the request an earlier attempt created, or None. Raises RetryableError."""
        now = self.clock()
        try:
            found = await self.client.find_by_reference(
                ref, service_code=service_code, since=since - LOOKUP_SLACK, until=now + LOOKUP_SLACK
            )
        except PermanentError as exc:
            # the server cannot be searched (no date filters, ...): POST again; the reference in the
            # description lets the council merge a duplicate
            log.warning("submission %s: cannot look up %s before re-POSTing: %s", submission_id, ref, exc)
            return None
        if found is None:
            log.info("submission %s: %s is not on the server; POSTing again", submission_id, ref)
            return None
        log.warning(
            "submission %s: %s was already stored as %s; not POSTing again",
            submission_id,
            ref,
            found.service_request_id,
        )
        return found.service_request_id

    async def _with_attributes(
        self, request: ServiceRequest, ref: str, given: dict[str, Any]
    ) -> tuple[ServiceRequest, AttributeCheck | None]:
        if self.definitions is None:
            return request, None
        try:
            definition = await self.definitions.get(request.service_code)
        except PermanentError as exc:
            # a broken definition must not block the report: the council checks what it receives
            log.warning("no definition for %s, sending unchecked: %s", request.service_code, exc.message)
            return request, None
        if definition is None:
            return request, None
        check = check_attributes(definition, given)
        values = dict(check.values)
        code = reference_attribute(definition, self.reference_attribute)
        if code is not None:
            values.setdefault(code, ref)
        return replace(request, attributes=values), check

    async def _needs_input(self, submission_id: int, check: AttributeCheck) -> None:
        async with self.sessions() as session, session.begin():
            sub = await session.get(Submission, submission_id)
            assert sub is not None
            report = await session.get(Report, sub.report_id)
            assert report is not None
            sub.state = "needs_input"
            sub.claimed_until = None
            sub.missing_attributes = check.describe()
            sub.last_error = "attributes missing or invalid: " + ", ".join(
                item["code"] for item in sub.missing_attributes
            )
            log.info("submission %s: %s", sub.id, sub.last_error)
            hook = getattr(self.replies, "needs_input", None)
            if hook is not None:
                await hook(session, report, sub)

    async def _record(self, submission_id: int, result: SubmitResult) -> None:
        now = self.clock()
        async with self.sessions() as session, session.begin():
            sub = await session.get(Submission, submission_id)
            assert sub is not None
            report = await session.get(Report, sub.report_id)
            assert report is not None
            if sub.state not in ("sending", "verify"):
                # our lease ran out and another worker finished this row meanwhile
                log.error(
                    "submission %s: already %s (%s); council request %s is a duplicate of it",
                    sub.id,
                    sub.state,
                    sub.service_request_id or sub.token,
                    result.service_request_id or result.token,
                )
                return
            sub.submitted_at = now
            sub.claimed_until = None
            sub.last_error = ""
            sub.missing_attributes = []
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

    async def _failed_attempt(
        self, submission_id: int, exc: Open311Error, *, verify: bool, posted: bool
    ) -> None:
        """`verify`: an earlier POST may have been stored, so look it up before the next one.
        `posted`: the attempt was counted when the POST started; otherwise it is counted here."""
        now = self.clock()
        async with self.sessions() as session, session.begin():
            sub = await session.get(Submission, submission_id)
            assert sub is not None
            report = await session.get(Report, sub.report_id)
            assert report is not None
            sub.claimed_until = None
            sub.last_error = exc.message
            if not posted:
                sub.attempts += 1
            give_up = isinstance(exc, PermanentError) or sub.attempts >= self.max_attempts
            if isinstance(exc, RetryableError) and not give_up:
                sub.state = "verify" if verify else "pending"
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
        attributes=dict(report.attributes or {}),
    )


def provide_attributes(submission: Submission, values: dict[str, Any], now: datetime | None = None) -> None:
    """Add attribute answers (e.g. from the citizen) to a submission and, if it was waiting for them,
    queue it again; the outbox checks them against the definition before it POSTs. The caller commits."""
    submission.attributes = {**(submission.attributes or {}), **values}
    if submission.state == "needs_input":
        submission.state = "pending"
        submission.next_attempt_at = now or utcnow()
        submission.claimed_until = None
