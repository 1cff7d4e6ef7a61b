"""Queues the citizen's replies about dispatcher events, in the dispatcher's own transaction.

Each reply is rendered in the report's language and fitted to its channel. A status change is told to
the citizen who reported it and to every contact subscribed to the report (they reported the same
problem); the dedup key of each is unique, so a change is never told twice to anyone. Whether a
contact opted out is checked when sending (`relay311.sender`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import select

from dispatcher.models import AttributeDef
from dispatcher.poller import FINAL_STATUSES
from relay311.conversation import attribute_question
from relay311.formatting import profile
from relay311.intake import draft_of
from relay311.messages import Say, Templates, default_templates
from store.models import (
    Conversation,
    OutboundMessage,
    Report,
    StatusEvent,
    Submission,
    Subscription,
    utcnow,
)

log = logging.getLogger(__name__)

# OutboundMessage.kind of the replies queued by `_queue`, by template
KIND_OF_TEMPLATE = {
    "submitted": "confirmation",
    "accepted": "confirmation",
    "emailed": "confirmation",
    "failed": "failed",
}


def _no_limit(channel: str) -> int | None:
    return None


@dataclass
class QueuedReplies:
    council: str
    templates: Templates = field(default_factory=default_templates)
    max_length: Callable[[str], int | None] = _no_limit
    # several councils: submission endpoint -> the council's name as citizens are told it
    titles: Mapping[str, str] = field(default_factory=dict)
    close_after_minutes: float = 1440.0  # a conversation reopened by `needs_input` closes after this

    def _council(self, submission: Submission) -> str:
        return self.titles.get(submission.endpoint, self.council)

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
                kind=KIND_OF_TEMPLATE.get(name, "info"),
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
            council=self._council(submission),
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
            council=self._council(submission),
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
            council=self._council(submission),
            reason=reason,
        )

    async def emailed(self, session: AsyncSession, report: Report, submission: Submission) -> None:
        """Emailed to a council without an Open311 endpoint: no status updates will follow."""
        self._queue(
            session,
            report,
            f"emailed:{report.id}",
            "emailed",
            ref=report.ref,
            service=report.service_name,
            where=report.address,
            council=self._council(submission),
        )

    async def needs_input(self, session: AsyncSession, report: Report, submission: Submission) -> None:
        """The outbox found required attributes missing or invalid just before the POST (the council
        changed the service's definition after the conversation): reopen the conversation in the
        report's channel and ask for them with the conversation's own questions. The intake sends the
        report again once they are answered. A contact busy with another report is left to staff."""
        problems = [p for p in submission.missing_attributes if p.get("code")]
        if not problems or report.id is None:
            return
        now = utcnow()
        conv = (
            await session.execute(
                select(Conversation).where(
                    Conversation.contact_id == report.contact_id, Conversation.channel == report.channel
                )
            )
        ).scalar_one_or_none()
        if conv is not None and conv.state == "open" and conv.report_id not in (None, report.id):
            report.notes = [
                *report.notes,
                {"at": now.isoformat(), "text": "The council needs more details; the citizen was busy."},
            ]
            log.info("report %s: needs input but the contact is in another conversation", report.ref)
            return
        if conv is None:
            conv = Conversation(
                contact_id=report.contact_id, channel=report.channel, language=report.language
            )
            session.add(conv)
        wrong = {str(p["code"]) for p in problems}
        # invalid answers are dropped so that they are asked again (or, if optional, left out)
        report.attributes = {k: v for k, v in (report.attributes or {}).items() if k not in wrong}
        submission.attributes = {k: v for k, v in (submission.attributes or {}).items() if k not in wrong}
        first = _attribute(problems[0])
        draft = replace(
            draft_of(report),
            council=submission.endpoint,
            attributes=dict(report.attributes),
            asking="attribute",
            attribute=first.code,
            location_checked=True,
            missing=(),
            offered=(),
        )
        report.state = "waiting"
        report.updated_at = now
        conv.state = "open"
        conv.report_id = report.id
        conv.data = draft.to_data()
        conv.language = report.language
        conv.thread_ref = report.thread_ref
        conv.updated_at = now
        conv.expires_at = now + timedelta(minutes=self.close_after_minutes)
        conv.claimed_until = None
        lang = self.templates.language(report.language)
        says = [Say("needs_input", {"ref": report.ref, "council": self._council(submission)})]
        says += attribute_question(first)
        texts = self.templates.compose(lang, says, profile(report.channel, self.max_length(report.channel)))
        for n, text in enumerate(texts):
            session.add(
                OutboundMessage(
                    dedup_key=f"needs_input:{submission.id}:{submission.attempts}:{n}",
                    channel=report.channel,
                    contact_id=report.contact_id,
                    report_id=report.id,
                    thread_ref=report.thread_ref,
                    text=text,
                    kind="question",
                )
            )

    async def status_changed(self, session: AsyncSession, report: Report, event: StatusEvent) -> None:
        assert report.id is not None
        notes = event.status_notes.strip()
        kind = "final_status" if event.status in FINAL_STATUSES else "status"

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
                kind=kind,
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
                    kind=kind,
                )
            )


def _attribute(problem: Mapping[str, object]) -> AttributeDef:
    """An attribute as `AttributeCheck.describe()` stored it in `missing_attributes`."""
    values = problem.get("values") or []
    assert isinstance(values, list)
    return AttributeDef(
        code=str(problem["code"]),
        datatype=str(problem.get("datatype") or "string"),
        required=bool(problem.get("required")),
        variable=True,
        description=str(problem.get("description") or ""),
        order=0,
        values=tuple((str(pair[0]), str(pair[1])) for pair in values),
    )
