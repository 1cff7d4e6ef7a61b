"""The intake worker's conversation state in the database: closing unanswered conversations, CANCEL
before submission, and status replies to subscribers (on SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from nlp import Gazetteer, Service
from relay311.app import load_gazetteer
from relay311.intake import Intake
from relay311.replies import QueuedReplies
from relay311.sender import Sender
from store.inbound import Incoming, store_inbound
from store.models import (
    Contact,
    Conversation,
    OutboundMessage,
    Report,
    StatusEvent,
    Submission,
    Subscription,
    utcnow,
)

CATALOG = [
    Service("POTHOLE", "Pothole", keywords=("pothole",)),
    Service("GRAFFITI", "Graffiti", keywords=("graffiti",)),
]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer("builtin:demo_town")


class Clock:
    def __init__(self) -> None:
        self.now = utcnow()

    def __call__(self) -> datetime:
        return self.now


def intake(sessions: async_sessionmaker[AsyncSession], gazetteer: Gazetteer, clock: Clock) -> Intake:
    return Intake(sessions, lambda: CATALOG, gazetteer, "council", clock=clock, council="Demo Town Council")


async def say(sessions: async_sessionmaker[AsyncSession], worker: Intake, n: int, text: str) -> None:
    assert isinstance(worker.clock, Clock)
    worker.clock.now = max(worker.clock.now, utcnow() + timedelta(seconds=1))
    await store_inbound(
        sessions, Incoming(channel="webchat", provider_id=f"m{n}", address="s1", thread_ref="s1", text=text)
    )
    assert await worker.step() == 1


async def outbound(sessions: async_sessionmaker[AsyncSession]) -> list[OutboundMessage]:
    async with sessions() as db:
        return list((await db.execute(select(OutboundMessage).order_by(OutboundMessage.id))).scalars())


async def test_an_unanswered_conversation_is_closed_once_and_the_report_kept(
    sessions: async_sessionmaker[AsyncSession], gazetteer: Gazetteer
) -> None:
    clock = Clock()
    worker = intake(sessions, gazetteer, clock)
    await say(sessions, worker, 1, "graffiti all over the bus shelter")
    assert await worker.close_idle() == 0  # not due yet
    clock.now += timedelta(minutes=worker.settings.close_after_minutes + 1)
    assert await worker.close_idle() == 1
    assert await worker.close_idle() == 0
    async with sessions() as db:
        report = (await db.execute(select(Report))).scalar_one()
        conv = (await db.execute(select(Conversation))).scalar_one()
    assert report.state == "expired" and report.service_code == "GRAFFITI"
    assert conv.state == "idle" and conv.report_id is None
    texts = [m.text for m in await outbound(sessions)]
    assert len(texts) == 2 and texts[1].startswith("We have not heard back") and report.ref in texts[1]

    await say(sessions, worker, 2, "outside 12 Station Road")  # a new conversation, not the expired one
    async with sessions() as db:
        assert len((await db.execute(select(Report))).scalars().all()) == 2


async def test_cancel_before_the_outbox_sends_it_stops_the_submission(
    sessions: async_sessionmaker[AsyncSession], gazetteer: Gazetteer
) -> None:
    clock = Clock()
    worker = intake(sessions, gazetteer, clock)
    await say(sessions, worker, 1, "Big pothole outside 12 Station Road")
    async with sessions() as db:
        report = (await db.execute(select(Report))).scalar_one()
    assert report.state == "queued"
    await say(sessions, worker, 2, f"cancel {report.ref}")
    async with sessions() as db:
        report = (await db.execute(select(Report))).scalar_one()
        sub = (await db.execute(select(Submission))).scalar_one()
    assert report.state == "cancelled" and sub.state == "cancelled"
    assert (await outbound(sessions))[-1].text.startswith(f"OK, your report {report.ref} has been cancelled")


async def test_status_changes_reach_subscribers_in_their_language_but_not_opted_out_ones(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    replies = QueuedReplies("Demo Town Council")
    async with sessions() as db, db.begin():
        owner, fan, quiet = (Contact(channel="webchat", address=a) for a in ("o", "f", "q"))
        quiet.opted_out = True
        db.add_all([owner, fan, quiet])
        await db.flush()
        assert owner.id and fan.id and quiet.id
        report = Report(ref="R-AAAAA", contact_id=owner.id, channel="webchat", service_name="Pothole")
        report.state = "submitted"
        db.add(report)
        await db.flush()
        assert report.id
        sub = Submission(report_id=report.id, endpoint="council", state="submitted", service_request_id="9")
        db.add(sub)
        db.add(Subscription(report_id=report.id, contact_id=fan.id, channel="webchat", language="es"))
        db.add(Subscription(report_id=report.id, contact_id=quiet.id, channel="webchat"))
        await db.flush()
        assert sub.id
        event = StatusEvent(
            submission_id=sub.id, status="action_scheduled", status_notes="Monday.", fingerprint="x"
        )
        db.add(event)
        await db.flush()
        await replies.status_changed(db, report, event)
    texts = {m.contact_id: m.text for m in await outbound(sessions)}
    assert texts[owner.id] == "Update on your report R-AAAAA (Pothole): scheduled for action. Monday."
    assert texts[fan.id] == "Novedades de su aviso R-AAAAA (Pothole): con actuación programada. Monday."
    await Sender(sessions, {}).step()
    states = {m.contact_id: m.state for m in await outbound(sessions)}
    assert states[quiet.id] == "suppressed"
