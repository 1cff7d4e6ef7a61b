"""Emailing reports to a council that has no Open311 endpoint, one structured message per report.

As FixMyStreet does for such councils: a plain-text message with the same fields as the Open311 request
(service code and name, description with relay311's reference, position, address, photo URL, attributes).
The submission row (endpoint = the council's name) goes pending -> sending -> emailed | failed, with the
same pattern as the outbox: `sending` is committed before the SMTP transaction and `emailed` right after
it, so a sent report is never sent again. Only a crash between the server accepting the message and that
commit resends it, with the same Message-ID, so the council's mail system can recognise it. Nothing is
polled afterwards: the council's email has no status channel.

The SMTP password comes from the environment variable the config names; it is never logged or stored.
"""

from __future__ import annotations

import logging
import ssl
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import formataddr, formatdate
from typing import Any, Protocol

import aiosmtplib
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from dispatcher.outbox import build_request, claim_submissions
from store.models import Report, Submission, utcnow
from store.work import backoff, one_at_a_time

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=5)
WORK_STATES = ("pending", "sending")


class EmailReplies(Protocol):
    async def emailed(self, session: AsyncSession, report: Report, submission: Submission) -> None:
        """The report was emailed to the council (no status updates will follow)."""

    async def failed(
        self, session: AsyncSession, report: Report, submission: Submission, reason: str
    ) -> None:
        """Sending was given up for good."""


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    security: str  # starttls | tls | none
    user: str
    password: str | None = field(repr=False)  # never in a log line
    timeout: float
    from_address: str
    from_name: str
    to: Sequence[str]
    tls_context: ssl.SSLContext | None = None


class SendFailed(Exception):
    def __init__(self, message: str, *, retry: bool) -> None:
        super().__init__(message)
        self.message = message
        self.retry = retry


def report_fields(report: Report, submission: Submission) -> list[tuple[str, str]]:
    """The Open311 request's fields for this report, in the order they are written in the email."""
    request = build_request(report)
    fields = [("service_code", request.service_code), ("service_name", report.service_name)]
    if request.lat is not None and request.long is not None:
        fields += [("lat", f"{request.lat:.6f}"), ("long", f"{request.long:.6f}")]
    if request.address_string:
        fields.append(("address_string", request.address_string))
    if request.media_url:
        fields.append(("media_url", request.media_url))
    attributes: dict[str, Any] = {**request.attributes, **(submission.attributes or {})}
    for code, value in attributes.items():
        shown = ", ".join(str(v) for v in value) if isinstance(value, list | tuple) else str(value)
        fields.append((f"attribute[{code}]", shown))
    fields.append(("requested_datetime", report.created_at.isoformat()))
    fields.append(("relay311 reference", report.ref))
    fields.append(("description", request.description))
    return fields


def build_email(report: Report, submission: Submission, smtp: SmtpSettings, council: str) -> EmailMessage:
    message = EmailMessage()
    where = f" at {report.address}" if report.address else ""
    message["Subject"] = f"Problem report {report.ref}: {report.service_name or report.service_code}{where}"
    message["From"] = formataddr((smtp.from_name, smtp.from_address))
    message["To"] = ", ".join(smtp.to)
    message["Date"] = formatdate(usegmt=True)
    domain = smtp.from_address.rpartition("@")[2] or "relay311.invalid"
    # stable across retries, so a resend after a crash can be recognised as the same report
    message["Message-ID"] = f"<relay311-{report.ref}-{submission.id}@{domain}>"
    message["X-Relay311-Reference"] = report.ref
    message["Auto-Submitted"] = "auto-generated"
    lines = [f"A problem report for {council}, sent by relay311.", ""]
    for name, value in report_fields(report, submission):
        if name == "description":
            lines += ["", "description:", value]
        else:
            lines.append(f"{name}: {value}")
    lines += ["", f"Please quote {report.ref} in any reply."]
    message.set_content("\n".join(lines) + "\n")
    return message


async def smtp_send(message: EmailMessage, smtp: SmtpSettings) -> None:
    """Send one message; raises SendFailed (retry or not) with a message free of secrets."""
    try:
        await aiosmtplib.send(
            message,
            hostname=smtp.host,
            port=smtp.port,
            username=smtp.user or None,
            password=smtp.password if smtp.user else None,
            use_tls=smtp.security == "tls",
            start_tls=smtp.security == "starttls",
            tls_context=smtp.tls_context,
            timeout=smtp.timeout,
        )
    except aiosmtplib.SMTPRecipientsRefused as exc:
        codes = [r.code for r in exc.recipients]
        retry = all(400 <= c < 500 for c in codes)
        raise SendFailed(f"SMTP server refused the recipients ({codes})", retry=retry) from None
    except aiosmtplib.SMTPAuthenticationError as exc:  # a configuration problem: fixable, so retried
        raise SendFailed(f"SMTP login refused: {exc.code}", retry=True) from None
    except aiosmtplib.SMTPResponseException as exc:
        raise SendFailed(f"SMTP error {exc.code}: {exc.message}", retry=not 500 <= exc.code < 600) from None
    except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
        raise SendFailed(f"cannot reach the SMTP server: {type(exc).__name__}", retry=True) from None


@dataclass
class EmailRoute:
    """The worker for one email-route council: claims only that council's submissions."""

    sessions: async_sessionmaker[AsyncSession]
    smtp: SmtpSettings
    replies: EmailReplies
    endpoint: str
    council: str  # the council's name, written in the message
    max_attempts: int = 8
    clock: Callable[[], datetime] = utcnow
    send: Callable[[EmailMessage, SmtpSettings], Awaitable[None]] = smtp_send

    async def step(self) -> int:
        lease = max(LEASE, timedelta(seconds=2 * self.smtp.timeout + 60))

        async def claim_one() -> list[int]:
            return await claim_submissions(self.sessions, self.endpoint, WORK_STATES, self.clock(), lease, 1)

        return await one_at_a_time(claim_one, self._one)

    async def _one(self, submission_id: int) -> None:
        async with self.sessions() as session, session.begin():
            sub = await session.get(Submission, submission_id)
            if sub is None or sub.state not in WORK_STATES:
                return
            report = await session.get(Report, sub.report_id)
            assert report is not None
            if sub.state == "sending":
                log.warning("submission %s: resending %s after an interrupted attempt", sub.id, report.ref)
            message = build_email(report, sub, self.smtp, self.council)
            sub.state = "sending"
            sub.attempts += 1
            sub.first_posted_at = sub.first_posted_at or self.clock()
        try:
            await self.send(message, self.smtp)
        except SendFailed as exc:
            await self._failed(submission_id, exc)
            return
        now = self.clock()
        async with self.sessions() as session, session.begin():
            sub = await session.get(Submission, submission_id)
            assert sub is not None
            report = await session.get(Report, sub.report_id)
            assert report is not None
            sub.state = "emailed"
            sub.submitted_at = now
            sub.claimed_until = None
            sub.last_error = ""
            sub.open = False
            sub.status = "emailed"
            report.state = "submitted"
            report.updated_at = now
            log.info("submission %s: %s emailed to %s", sub.id, report.ref, self.endpoint)
            await self.replies.emailed(session, report, sub)

    async def _failed(self, submission_id: int, exc: SendFailed) -> None:
        now = self.clock()
        async with self.sessions() as session, session.begin():
            sub = await session.get(Submission, submission_id)
            assert sub is not None
            report = await session.get(Report, sub.report_id)
            assert report is not None
            sub.claimed_until = None
            sub.last_error = exc.message
            if exc.retry and sub.attempts < self.max_attempts:
                sub.state = "pending"  # nothing was accepted: sending again cannot duplicate
                sub.next_attempt_at = now + backoff(sub.attempts)
                log.info("submission %s: email attempt %d failed: %s", sub.id, sub.attempts, exc.message)
                return
            sub.state = "failed"
            report.state = "failed"
            report.updated_at = now
            log.error("submission %s: giving up emailing after %d attempts: %s", sub.id, sub.attempts, exc)
            await self.replies.failed(session, report, sub, exc.message)
