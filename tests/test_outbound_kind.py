"""What each queued reply is (`OutboundMessage.kind`): set where it is queued, handed to the channel by the
sender, and filled in for rows queued before migration 0008 (on SQLite and PostgreSQL)."""

from __future__ import annotations

from typing import Any, ClassVar

import sqlalchemy as sa
from aiohttp import web
from alembic import command
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from channels.base import Outgoing
from relay311.intake import Intake
from relay311.replies import QueuedReplies
from relay311.sender import Sender
from store.db import create_sync_engine
from store.migrate import alembic_config, upgrade
from store.models import OUTBOUND_KINDS, Contact, OutboundMessage, Report, StatusEvent, Submission
from tests.schemakit import schema_diffs
from tests.test_conversation_worker import CATALOG, Clock, gazetteer, say  # noqa: F401 - a fixture


class Recorder:
    """A channel that records what it is asked to send."""

    name: ClassVar[str] = "webchat"
    Config: ClassVar[type[BaseModel]] = BaseModel

    def __init__(self) -> None:
        self.sent: list[Outgoing] = []

    def routes(self) -> list[web.AbstractRouteDef]:
        return []

    async def start(self) -> None:
        return None

    async def stop(self) -> None:
        return None

    async def send(self, message: Outgoing) -> str:
        self.sent.append(message)
        return f"p{message.message_id}"


async def _report(db: AsyncSession) -> tuple[Report, Submission]:
    contact = Contact(channel="webchat", address="s1")
    db.add(contact)
    await db.flush()
    report = Report(ref="R-KIND1", contact_id=contact.id or 0, channel="webchat", service_name="Pothole")
    report.state = "submitted"
    db.add(report)
    await db.flush()
    sub = Submission(report_id=report.id or 0, endpoint="council", state="submitted", service_request_id="9")
    db.add(sub)
    await db.flush()
    return report, sub


async def _kinds(sessions: async_sessionmaker[AsyncSession]) -> dict[str, str]:
    async with sessions() as db:
        rows = (await db.execute(select(OutboundMessage).order_by(col(OutboundMessage.id)))).scalars()
        return {row.dedup_key: row.kind for row in rows}


async def test_replies_about_dispatcher_events_say_what_they_are_and_the_channel_is_told(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    replies = QueuedReplies("Demo Town Council")
    async with sessions() as db, db.begin():
        report, sub = await _report(db)
        await replies.submitted(db, report, sub)
        await replies.failed(db, report, sub, "the council refused it")
        for n, status in enumerate(("open", "in_progress", "fixed", "closed")):
            event = StatusEvent(submission_id=sub.id or 0, status=status, fingerprint=f"f{n}")
            db.add(event)
            await db.flush()
            await replies.status_changed(db, report, event)
    kinds = await _kinds(sessions)
    assert sorted(kinds.values()) == sorted(
        ["confirmation", "failed", "status", "status", "final_status", "final_status"]
    )
    assert set(kinds.values()) <= set(OUTBOUND_KINDS)

    channel = Recorder()
    assert await Sender(sessions, {"webchat": channel}).step() == 6
    assert [m.kind for m in channel.sent] == list(kinds.values())


async def test_every_answer_to_the_citizens_message_is_a_question(
    sessions: async_sessionmaker[AsyncSession],
    gazetteer: Any,  # noqa: F811 - the fixture imported above
) -> None:
    worker = Intake(sessions, lambda: CATALOG, gazetteer, "council", clock=Clock(), council="Demo Town")
    for n, text in enumerate(("graffiti on the wall", "STATUS", "HELP")):
        await say(sessions, worker, n, text)
    kinds = await _kinds(sessions)
    assert len(kinds) >= 3 and set(kinds.values()) == {"question"}


def test_rows_queued_before_the_migration_get_the_kind_their_key_implied(db_url: str) -> None:
    command.downgrade(alembic_config(db_url), "0001")  # a database from before every later branch
    engine = create_sync_engine(db_url)
    keys = {
        "ask:1": "question",
        "ask:1:1": "question",
        "needs_input:1:1:0": "question",
        "submitted:1": "confirmation",
        "emailed:1": "confirmation",
        "failed:1": "failed",
        "expired:1": "info",
        "status:{open}": "status",
        "status:{closed}": "final_status",
        "status:{closed}:c1": "final_status",
    }
    try:
        with engine.begin() as conn:
            assert "kind" not in {c["name"] for c in sa.inspect(conn).get_columns("outbound_message")}
            conn.execute(
                sa.text(
                    "INSERT INTO contact (channel, address, opted_out, created_at) "
                    "VALUES ('x', 'u', false, CURRENT_TIMESTAMP)"
                )
            )
            contact_id = conn.execute(sa.text("SELECT id FROM contact")).scalar_one()
            conn.execute(
                sa.text(
                    "INSERT INTO report (ref, contact_id, channel, thread_ref, text, media, service_name, "
                    "confidence, candidates, offered, location_text, location_kind, address, missing, state, "
                    "created_at, updated_at) VALUES ('R-OLD02', :c, 'x', '', 't', '[]', '', 0, '[]', "
                    "'[]', '', '', '', '[]', 'submitted', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
                ),
                {"c": contact_id},
            )
            report_id = conn.execute(sa.text("SELECT id FROM report")).scalar_one()
            conn.execute(
                sa.text(
                    "INSERT INTO submission (report_id, endpoint, state, attempts, next_attempt_at, "
                    "last_error, open, status, status_notes) "
                    "VALUES (:r, 'council', 'submitted', 1, CURRENT_TIMESTAMP, '', true, '', '')"
                ),
                {"r": report_id},
            )
            sub_id = conn.execute(sa.text("SELECT id FROM submission")).scalar_one()
            events = {}
            for status in ("open", "closed"):
                conn.execute(
                    sa.text(
                        "INSERT INTO status_event (submission_id, status, status_notes, fingerprint, "
                        "created_at) VALUES (:s, :status, '', :status, CURRENT_TIMESTAMP)"
                    ),
                    {"s": sub_id, "status": status},
                )
                events[status] = conn.execute(
                    sa.text("SELECT id FROM status_event WHERE status = :status"), {"status": status}
                ).scalar_one()
            for key in keys:
                conn.execute(
                    sa.text(
                        "INSERT INTO outbound_message (dedup_key, channel, contact_id, thread_ref, "
                        "in_reply_to, text, state, attempts, next_attempt_at, last_error, created_at) "
                        "VALUES (:k, 'x', :c, '', '', 't', 'queued', 0, CURRENT_TIMESTAMP, '', "
                        "CURRENT_TIMESTAMP)"
                    ),
                    {"k": key.format(**events), "c": contact_id},
                )
        upgrade(db_url)
        with engine.begin() as conn:
            rows = conn.execute(sa.text("SELECT dedup_key, kind FROM outbound_message")).all()
            found: dict[str, str] = {str(k): str(v) for k, v in rows}
    finally:
        engine.dispose()
    events_by_key = {key.format(**events): kind for key, kind in keys.items()}
    assert found == events_by_key


def test_the_migrated_column_matches_the_model(db_url: str) -> None:
    assert schema_diffs(db_url, "outbound_message", "kind") == []
