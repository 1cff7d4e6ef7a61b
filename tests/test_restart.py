"""A new process picks up work that a dead one had claimed but not finished, and does it once."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

import aiohttp
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from store.db import create_engine_async, session_factory
from store.inbound import Incoming, store_inbound
from store.models import Contact, InboundMessage, OutboundMessage, Report, Submission, utcnow
from tests.e2e import Chat, config, eventually, relay, sandbox, staff_requests


async def _seed(sessions: async_sessionmaker[AsyncSession]) -> None:
    """State as a process leaves it when killed mid-way: leases taken, work half done."""
    expired = utcnow() - timedelta(seconds=1)
    stored = await store_inbound(
        sessions,
        Incoming(
            channel="webchat",
            provider_id="s-one:1",
            address="session-one",
            thread_ref="session-one",
            text="Big pothole outside 12 Station Road",
        ),
    )
    async with sessions() as db, db.begin():
        msg = await db.get(InboundMessage, stored.message_id)
        assert msg is not None
        msg.claimed_until = expired  # claimed by the dead process, never processed
        contact = Contact(channel="webchat", address="session-two")
        db.add(contact)
        await db.flush()
        assert contact.id is not None
        report = Report(
            ref="R-TEST2",
            contact_id=contact.id,
            channel="webchat",
            thread_ref="session-two",
            text="Graffiti on the wall by the library",
            service_code="GRAFFITI",
            service_name="Graffiti",
            lat=52.2051,
            lon=0.1215,
            state="queued",
            missing=[],
        )
        db.add(report)
        await db.flush()
        assert report.id is not None
        # marked `sending` and then the process died before the POST left
        db.add(
            Submission(
                report_id=report.id, endpoint="council", state="sending", attempts=1, claimed_until=expired
            )
        )
        db.add(
            OutboundMessage(
                dedup_key="ask:test",
                channel="webchat",
                contact_id=contact.id,
                report_id=report.id,
                text="Queued before the crash.",
                state="sending",
                attempts=1,
                claimed_until=expired,
            )
        )


async def test_claimed_but_unfinished_work_is_resumed_once(db_url: str, tmp_path: Path) -> None:
    engine = create_engine_async(db_url)
    await _seed(session_factory(engine))
    await engine.dispose()

    async with sandbox(tmp_path) as open311, aiohttp.ClientSession() as http:
        services = await (await http.get(f"{open311}/services.json")).json()
        graffiti = next(s["service_code"] for s in services if "graffiti" in s["service_name"].lower())
        engine = create_engine_async(db_url)
        async with session_factory(engine)() as db, db.begin():
            report = (await db.execute(select(Report).where(Report.ref == "R-TEST2"))).scalar_one()
            report.service_code = graffiti
        await engine.dispose()

        async with relay(config(db_url, open311)) as app:
            one = Chat(http, app.url, "session-one")
            two = Chat(http, app.url, "session-two")
            await one.wait_reply(1)
            await eventually(lambda: _has_reply(two, "is with Demo Town Council"))
            requests = await staff_requests(http, open311)
            assert sorted(r["service_code"] for r in requests) == sorted(
                [graffiti, requests[0]["service_code"]]
            )
            assert len(requests) == 2
            replies_two = await two.replies()
            assert replies_two.count("Queued before the crash.") == 1
        # a second restart finds nothing left to do and repeats nothing
        async with relay(config(db_url, open311)) as app:
            await asyncio.sleep(1.0)  # let every worker run a few times
            assert app.sessions is not None
            async with app.sessions() as db:
                subs = (await db.execute(select(Submission))).scalars().all()
                assert sorted(s.state for s in subs) == ["submitted", "submitted"]
            assert len(await staff_requests(http, open311)) == 2
            assert len(await Chat(http, app.url, "session-one").replies()) == 1


async def _has_reply(chat: Chat, fragment: str) -> bool:
    return any(fragment in r for r in await chat.replies())
