"""Queues the citizen's replies about dispatcher events, in the dispatcher's own transaction.

Each reply is rendered in the report's language and fitted to its channel. A status change is told to
the citizen who reported it and to every contact subscribed to the report (they reported the same
problem); the dedup key of each is unique, so a change is never told twice to anyone. Whether a
contact opted out is checked when sending (`relay311.sender`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import select

from relay311.formatting import profile
from relay311.messages import Templates, default_templates
from store.models import OutboundMessage, Report, StatusEvent, Submission, Subscription


def _no_limit(channel: str) -> int | None:
    return None


@dataclass
class QueuedReplies:
    council: str
    templates: Templates = field(default_factory=default_templates)
    max_length: Callable[[str], int | None] = _no_limit

    def _render(self, channel: str, lang: str, key: str, **values: str) -> str:
        return self.templates.render(
            self.templates.language(lang), key, profile(channel, self.max_length(channel)), **values
        )

    def _queue(self, session: AsyncSession, report: Report, key: str, name: str, **values: str) -> None:
        assert report.id is not None
        session.add(
            OutboundMessage(
                dedup_key=key,
                channel=report.channel,
                contact_id=report.contact_id,
                report_id=report.id,
                thread_ref=report.thread_ref,
                text=self._render(report.channel, report.language, name, **values),
            )
        )

    async def submitted(self, session: AsyncSession, report: Report, submission: Submission) -> None:
        assert submission.service_request_id is not None
        self._queue(
            session,
            report,
            f"submitted:{report.id}",
            "submitted",
            ref=report.ref,
            service=report.service_name,
            where=report.address,
            council=self.council,
            request_id=submission.service_request_id,
        )

    async def accepted(self, session: AsyncSession, report: Report, submission: Submission) -> None:
        self._queue(
            session,
            report,
            f"accepted:{report.id}",
            "accepted",
            ref=report.ref,
            service=report.service_name,
            council=self.council,
        )

    async def failed(
        self, session: AsyncSession, report: Report, submission: Submission, reason: str
    ) -> None:
        self._queue(
            session,
            report,
            f"failed:{report.id}",
            "failed",
            ref=report.ref,
            council=self.council,
            reason=reason,
        )

    async def status_changed(self, session: AsyncSession, report: Report, event: StatusEvent) -> None:
        assert report.id is not None
        notes = event.status_notes.strip()

        def text(channel: str, lang: str) -> str:
            lang = self.templates.language(lang)
            return self._render(
                channel,
                lang,
                "status_changed",
                ref=report.ref,
                service=report.service_name,
                status=self.templates.status(lang, event.status),
                notes=f" {notes}" if notes else "",
            )

        session.add(
            OutboundMessage(
                dedup_key=f"status:{event.id}",
                channel=report.channel,
                contact_id=report.contact_id,
                report_id=report.id,
                thread_ref=report.thread_ref,
                text=text(report.channel, report.language),
            )
        )
        subscribers = (
            (await session.execute(select(Subscription).where(Subscription.report_id == report.id)))
            .scalars()
            .all()
        )
        for sub in subscribers:
            session.add(
                OutboundMessage(
                    dedup_key=f"status:{event.id}:c{sub.contact_id}",
                    channel=sub.channel,
                    contact_id=sub.contact_id,
                    report_id=report.id,
                    thread_ref=sub.thread_ref,
                    text=text(sub.channel, sub.language),
                )
            )
