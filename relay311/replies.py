"""Queues the citizen's replies about dispatcher events, in the dispatcher's own transaction."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from relay311 import messages
from store.models import OutboundMessage, Report, StatusEvent, Submission


@dataclass
class QueuedReplies:
    council: str

    def _queue(self, session: AsyncSession, report: Report, key: str, text: str) -> None:
        assert report.id is not None
        session.add(
            OutboundMessage(
                dedup_key=key,
                channel=report.channel,
                contact_id=report.contact_id,
                report_id=report.id,
                thread_ref=report.thread_ref,
                text=text,
            )
        )

    async def submitted(self, session: AsyncSession, report: Report, submission: Submission) -> None:
        assert submission.service_request_id is not None
        text = messages.submitted(
            report.ref, report.service_name, report.address, self.council, submission.service_request_id
        )
        self._queue(session, report, f"submitted:{report.id}", text)

    async def accepted(self, session: AsyncSession, report: Report, submission: Submission) -> None:
        text = messages.accepted_awaiting_id(report.ref, report.service_name, self.council)
        self._queue(session, report, f"accepted:{report.id}", text)

    async def failed(
        self, session: AsyncSession, report: Report, submission: Submission, reason: str
    ) -> None:
        self._queue(session, report, f"failed:{report.id}", messages.failed(report.ref, self.council, reason))

    async def status_changed(self, session: AsyncSession, report: Report, event: StatusEvent) -> None:
        text = messages.status_changed(report.ref, report.service_name, event.status, event.status_notes)
        self._queue(session, report, f"status:{event.id}", text)
