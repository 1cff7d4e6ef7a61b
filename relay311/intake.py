"""The intake worker: turns stored inbound messages into reports, questions and Open311 submissions.

One transaction per message: the message is marked processed, the report saved, the question queued
and the submission created together, so a crash leaves either all of it or none of it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from nlp import Gazetteer, Service
from relay311.conversation import Draft, step
from relay311.refs import new_ref
from store.models import Contact, InboundMessage, OutboundMessage, Report, Submission, utcnow
from store.work import backoff, claim

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=2)
OPT_OUT = frozenset({"STOP", "STOPALL", "UNSUBSCRIBE", "END", "QUIT", "CANCEL", "OPTOUT"})
OPT_IN = frozenset({"START", "UNSTOP", "YES"})
LOCATION_CHANNELS = frozenset({"webchat", "whatsapp"})


class CatalogUnavailable(Exception):
    pass


@dataclass
class Intake:
    sessions: async_sessionmaker[AsyncSession]
    catalog: Callable[[], Sequence[Service]]
    gazetteer: Gazetteer
    endpoint: str
    min_confidence: float = 0.35
    on_queued: Callable[[], None] = lambda: None
    clock: Callable[[], datetime] = utcnow

    async def step(self) -> int:
        now = self.clock()
        ids = await claim(self.sessions, InboundMessage, states=["received"], now=now, lease=LEASE)
        queued = 0
        for message_id in ids:
            try:
                queued += await self._one(message_id)
            except CatalogUnavailable:
                await self._later(message_id, "the council's service list is not loaded yet")
                raise
        if queued:
            self.on_queued()
        return len(ids)

    async def _later(self, message_id: int, reason: str) -> None:
        async with self.sessions() as session, session.begin():
            msg = await session.get(InboundMessage, message_id)
            assert msg is not None
            msg.attempts += 1
            msg.last_error = reason
            msg.claimed_until = None
            msg.next_attempt_at = self.clock() + backoff(msg.attempts, base=2.0, cap=300.0)

    async def _one(self, message_id: int) -> int:
        catalog = self.catalog()
        if not catalog:
            raise CatalogUnavailable()
        for _ in range(3):  # a report ref collision is retried with a new ref
            try:
                async with self.sessions() as session, session.begin():
                    return await self._process(session, message_id, catalog)
            except IntegrityError as exc:
                log.info("inbound %s: retrying after a conflict: %s", message_id, exc.orig)
        raise RuntimeError(f"inbound {message_id}: could not be processed after 3 conflicts")

    async def _process(self, session: AsyncSession, message_id: int, catalog: Sequence[Service]) -> int:
        msg = await session.get(InboundMessage, message_id)
        if msg is None or msg.state != "received":
            return 0
        contact = await session.get(Contact, msg.contact_id)
        assert contact is not None
        msg.state = "processed"
        msg.claimed_until = None
        keyword = msg.text.strip().upper()
        if keyword in OPT_OUT:
            contact.opted_out = True
            log.info("contact %s opted out", contact.id)
            return 0
        if keyword in OPT_IN and contact.opted_out:
            contact.opted_out = False
            return 0

        report = (
            await session.execute(
                select(Report)
                .where(
                    Report.contact_id == contact.id, Report.channel == msg.channel, Report.state == "waiting"
                )
                .order_by(col(Report.id).desc())
                .limit(1)
            )
        ).scalar_one_or_none()
        point = (msg.lat, msg.lon) if msg.lat is not None and msg.lon is not None else None
        turn = step(
            _draft(report) if report else None,
            msg.text,
            catalog=catalog,
            gazetteer=self.gazetteer,
            point=point,
            min_confidence=self.min_confidence,
            can_share_location=msg.channel in LOCATION_CHANNELS,
        )
        now = self.clock()
        if report is None:
            report = Report(ref=new_ref(), contact_id=contact.id or 0, channel=msg.channel)
            session.add(report)
        _save(report, turn.draft, now)
        report.thread_ref = msg.thread_ref
        report.media = [*report.media, *msg.media]
        report.state = "queued" if turn.complete else "waiting"
        await session.flush()
        assert report.id is not None
        if turn.complete:
            session.add(Submission(report_id=report.id, endpoint=self.endpoint, next_attempt_at=now))
            return 1
        assert turn.reply is not None
        session.add(
            OutboundMessage(
                dedup_key=f"ask:{msg.id}",
                channel=msg.channel,
                contact_id=contact.id or 0,
                report_id=report.id,
                thread_ref=msg.thread_ref,
                in_reply_to=msg.provider_id,
                text=turn.reply,
            )
        )
        return 0


def _draft(report: Report) -> Draft:
    return Draft(
        text=report.text,
        service_code=report.service_code,
        service_name=report.service_name,
        confidence=report.confidence,
        candidates=tuple((c["service_code"], float(c["score"])) for c in report.candidates),
        offered=tuple(report.offered),
        lat=report.lat,
        lon=report.lon,
        location_kind=report.location_kind,
        location_text=report.location_text,
        address=report.address,
        missing=tuple(report.missing),
    )


def _save(report: Report, draft: Draft, now: datetime) -> None:
    report.text = draft.text
    report.service_code = draft.service_code
    report.service_name = draft.service_name
    report.confidence = draft.confidence
    report.candidates = [{"service_code": code, "score": score} for code, score in draft.candidates]
    report.offered = list(draft.offered)
    report.lat, report.lon = draft.lat, draft.lon
    report.location_kind = draft.location_kind
    report.location_text = draft.location_text
    report.address = draft.address
    report.missing = list(draft.missing)
    report.updated_at = now
