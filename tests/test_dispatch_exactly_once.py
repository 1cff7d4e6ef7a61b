"""Exactly once: after an ambiguous failure, relay311 finds its own reference before POSTing again.

The sandbox stores the request and then drops the connection (the council has it, we never heard), or a
row is left `sending` by a process that died; in both cases the council must end up with one request.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import aiohttp
import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from dispatcher.client import Open311Client, ServiceRequest
from dispatcher.errors import RetryableError
from dispatcher.outbox import Outbox, build_request
from dispatcher.sandbox import Profile
from store.models import Report, utcnow
from tests.dispatchkit import Recorded, load, make_due, sandbox, seed
from tests.test_open311_client_fixtures import HTML_PAGE, PATH, Canned, FakeCity, city

__all__ = ["city"]

FORMATS = pytest.mark.parametrize("fmt", ["json", "xml"])


def outbox(
    sessions: async_sessionmaker[AsyncSession], client: Open311Client, replies: Recorded, **kw: object
) -> Outbox:
    return Outbox(sessions, client, replies, "council", **kw)  # type: ignore[arg-type]


@FORMATS
async def test_dropped_after_store_is_found_not_reposted(
    sessions: async_sessionmaker[AsyncSession], tmp_path: Path, fmt: str
) -> None:
    async with sandbox(tmp_path, Profile(drop_after_store=1)) as box:
        replies = Recorded()
        worker = outbox(sessions, box.client(fmt), replies)
        sub_id = await seed(sessions, "R-DROP1")

        assert await worker.step() == 1
        sub = await load(sessions, sub_id)
        assert sub.state == "verify" and sub.attempts == 1 and sub.first_posted_at is not None
        stored = await box.staff()
        assert len(stored) == 1 and "[relay311 ref R-DROP1]" in stored[0]["description"]
        assert replies.calls == []

        await make_due(sessions, sub_id, utcnow())
        assert await worker.step() == 1
        sub = await load(sessions, sub_id)
        assert sub.state == "submitted"
        assert sub.service_request_id == stored[0]["service_request_id"]
        assert len(await box.staff()) == 1  # not POSTed again
        assert replies.calls == [("submitted", "R-DROP1")]


async def test_interrupted_sending_row_is_looked_up_first(
    sessions: async_sessionmaker[AsyncSession], tmp_path: Path
) -> None:
    """The process died after the council stored the request but before the id was committed."""
    async with sandbox(tmp_path) as box:
        sub_id = await seed(
            sessions,
            "R-DIED1",
            state="sending",
            attempts=1,
            first_posted_at=utcnow() - timedelta(minutes=6),
            claimed_until=utcnow() - timedelta(seconds=1),
        )
        async with sessions() as db:
            report = await db.get(Report, (await load(sessions, sub_id)).report_id)
            assert report is not None
            request = build_request(report)
        # other requests in the window, one of them for the same service with a different reference
        client = box.client()
        other = ServiceRequest("POTHOLE", "Another pothole\n\n[relay311 ref R-DIED10]", lat=52.2, long=0.12)
        await client.submit(other)
        stored = await client.submit(request)
        await client.submit(ServiceRequest("GRAFFITI", "Tags", lat=52.2, long=0.12))

        replies = Recorded()
        assert await outbox(sessions, client, replies).step() == 1
        sub = await load(sessions, sub_id)
        assert sub.state == "submitted" and sub.service_request_id == stored.service_request_id
        assert sub.attempts == 1  # nothing was POSTed
        assert len(await box.staff()) == 3
        assert replies.calls == [("submitted", "R-DIED1")]


async def test_interrupted_row_that_never_arrived_is_posted_once(
    sessions: async_sessionmaker[AsyncSession], tmp_path: Path
) -> None:
    async with sandbox(tmp_path) as box:
        sub_id = await seed(sessions, "R-LOST1", state="sending", attempts=1)
        replies = Recorded()
        await outbox(sessions, box.client("xml"), replies).step()
        sub = await load(sessions, sub_id)
        assert sub.state == "submitted" and sub.attempts == 2
        (stored,) = await box.staff()
        assert stored["service_request_id"] == sub.service_request_id


async def test_lookup_that_fails_never_posts(
    sessions: async_sessionmaker[AsyncSession], tmp_path: Path
) -> None:
    """While the council cannot be searched (down), the row waits in `verify`; nothing is POSTed."""
    async with sandbox(tmp_path, Profile(drop_after_store=1)) as box:
        sub_id = await seed(sessions, "R-DOWN1")
        await outbox(sessions, box.client(), Recorded()).step()
        assert (await load(sessions, sub_id)).state == "verify"
        url = box.url
        http = box.http
        async with aiohttp.ClientSession() as other:
            # a port nobody listens on: the lookup cannot be made
            dead = Open311Client(other, "http://127.0.0.1:9", api_key="k", timeout=2.0)
            await make_due(sessions, sub_id, utcnow())
            await outbox(sessions, dead, Recorded()).step()
        sub = await load(sessions, sub_id)
        assert sub.state == "verify" and sub.attempts == 2 and "cannot connect" in sub.last_error
        assert len(await box.staff()) == 1
        # the council is back: the request is found, still one
        await make_due(sessions, sub_id, utcnow())
        await outbox(
            sessions, Open311Client(http, url, api_key="x", jurisdiction_id="demo.town"), Recorded()
        ).step()
        sub = await load(sessions, sub_id)
        assert sub.state == "submitted" and len(await box.staff()) == 1


async def test_gives_up_after_max_attempts_while_unverifiable(
    sessions: async_sessionmaker[AsyncSession], tmp_path: Path
) -> None:
    async with aiohttp.ClientSession() as http:
        dead = Open311Client(http, "http://127.0.0.1:9", api_key="k", timeout=2.0)
        sub_id = await seed(sessions, "R-GONE1", state="verify", attempts=2, first_posted_at=utcnow())
        replies = Recorded()
        await outbox(sessions, dead, replies, max_attempts=3).step()
        sub = await load(sessions, sub_id)
        assert sub.state == "failed" and replies.calls == [("failed", "R-GONE1")]


async def test_ambiguous_post_error_is_marked_sent(tmp_path: Path) -> None:
    async with sandbox(tmp_path, Profile(drop_after_store=1)) as box:
        with pytest.raises(RetryableError) as caught:
            await box.client().submit(ServiceRequest("POTHOLE", "hole", lat=52.2, long=0.12))
        assert caught.value.sent


FOUND = b"""<?xml version="1.0" encoding="UTF-8"?>
<service_requests><request><service_request_id>77001</service_request_id><status>open</status>
<service_code>POTHOLE</service_code><description>Big pothole outside 12 Station Road

[relay311 ref R-PROXY1]</description><requested_datetime>2026-11-27T10:00:00+00:00</requested_datetime>
</request></service_requests>"""
POSTED = b"""<?xml version="1.0" encoding="UTF-8"?>
<service_requests><request><service_request_id>77002</service_request_id></request></service_requests>"""


async def test_proxy_502_after_post_is_looked_up(
    sessions: async_sessionmaker[AsyncSession], city: FakeCity
) -> None:
    city.serve("POST", f"{PATH}/requests.xml", Canned(502, HTML_PAGE, "text/html"))
    city.serve("GET", f"{PATH}/requests.xml", Canned(200, FOUND))
    sub_id = await seed(sessions, "R-PROXY1")
    worker = outbox(sessions, city.client("xml", api_key="k"), Recorded())
    await worker.step()
    assert (await load(sessions, sub_id)).state == "verify"
    await make_due(sessions, sub_id, utcnow())
    await worker.step()
    sub = await load(sessions, sub_id)
    assert sub.state == "submitted" and sub.service_request_id == "77001"
    assert [s.method for s in city.seen] == ["POST", "GET"]
    query = city.seen[1].query
    assert query["service_code"] == "POTHOLE" and query["start_date"] < query["end_date"]


async def test_unsearchable_server_is_posted_again(
    sessions: async_sessionmaker[AsyncSession], city: FakeCity
) -> None:
    """A server that refuses date searches cannot be checked: POST again (the footer allows merging)."""
    city.serve("POST", f"{PATH}/requests.xml", Canned(200, POSTED))
    city.serve(
        "GET",
        f"{PATH}/requests.xml",
        Canned(
            400,
            b"<errors><error><code>400</code><description>start_date not supported</description>"
            b"</error></errors>",
        ),
    )
    sub_id = await seed(sessions, "R-NOSRCH", state="verify", attempts=1, first_posted_at=utcnow())
    await outbox(sessions, city.client("xml", api_key="k"), Recorded()).step()
    sub = await load(sessions, sub_id)
    assert sub.state == "submitted" and sub.service_request_id == "77002" and sub.attempts == 2
    assert [s.method for s in city.seen] == ["GET", "POST"]
