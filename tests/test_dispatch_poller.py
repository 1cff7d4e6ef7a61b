"""Status strategies per endpoint: mySociety servicerequestupdates where offered, GET requests otherwise."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from dispatcher.endpoints import load_endpoint
from dispatcher.outbox import Outbox
from dispatcher.poller import LEASE, Poller
from dispatcher.sandbox import Profile
from store.models import Open311Endpoint, StatusEvent, Submission, utcnow
from tests.dispatchkit import Recorded, load, sandbox, seed
from tests.test_open311_client_fixtures import PATH, Canned, FakeCity, city, fixture

__all__ = ["city"]


async def events(sessions: async_sessionmaker[AsyncSession], submission_id: int) -> list[tuple[str, str]]:
    async with sessions() as db:
        rows = (
            await db.execute(
                select(StatusEvent).where(StatusEvent.submission_id == submission_id).order_by(StatusEvent.id)  # type: ignore[arg-type]
            )
        ).scalars()
        return [(e.status, e.status_notes) for e in rows]


async def make_endpoint_due(sessions: async_sessionmaker[AsyncSession]) -> None:
    async with sessions() as db, db.begin():
        for row in (await db.execute(select(Open311Endpoint))).scalars():
            row.next_poll_at = utcnow() - timedelta(seconds=1)


async def test_sandbox_offers_updates_and_every_fixmystreet_state_is_told_once(
    sessions: async_sessionmaker[AsyncSession], tmp_path: Path
) -> None:
    async with sandbox(tmp_path) as box:
        client = box.client("xml")
        replies = Recorded()
        sub_id = await seed(sessions, "R-UPD01")
        await Outbox(sessions, client, replies, "council").step()
        request_id = (await load(sessions, sub_id)).service_request_id
        assert request_id

        poller = Poller(sessions, client, replies, interval=60.0, endpoint="council")
        assert await poller.strategy_in_use() == "updates"
        assert (await load_endpoint(sessions, "council")).strategy == "updates"  # remembered

        await box.set_status(request_id, "action_scheduled", "Gang booked for Tuesday")
        await box.set_status(request_id, "fixed", "Filled")
        assert await poller.step() == 2
        assert await events(sessions, sub_id) == [
            ("action_scheduled", "Gang booked for Tuesday"),
            ("fixed", "Filled"),
        ]
        sub = await load(sessions, sub_id)
        assert not sub.open and sub.status == "fixed"
        assert await poller.step() == 0  # not due yet
        await make_endpoint_due(sessions)
        assert await poller.step() == 0  # the overlapping window finds the same updates: nothing new
        assert [c for c, _ in replies.calls] == ["submitted", "status:action_scheduled", "status:fixed"]


async def test_open311_adapter_updates_fixture(
    sessions: async_sessionmaker[AsyncSession], city: FakeCity
) -> None:
    body = fixture("mysociety", "servicerequestupdates.xml")
    city.serve("GET", f"{PATH}/servicerequestupdates.xml", Canned(200, body))
    one = await seed(sessions, "R-ADP01", state="submitted", service_request_id="2001", open=True)
    two = await seed(sessions, "R-ADP02", state="submitted", service_request_id="2002", open=True)
    other = await seed(
        sessions, "R-ADP03", state="submitted", service_request_id="2002", open=True, endpoint="x"
    )
    replies = Recorded()
    poller = Poller(sessions, city.client(), replies, endpoint="council", strategy="updates")
    assert await poller.step() == 3
    assert await events(sessions, one) == [("in_progress", "")]
    assert await events(sessions, two) == [("in_progress", ""), ("duplicate", "")]
    assert await events(sessions, other) == []  # same id, another council
    assert not (await load(sessions, two)).open and (await load(sessions, one)).open
    await make_endpoint_due(sessions)
    assert await poller.step() == 0


async def test_endpoint_without_updates_polls_requests(
    sessions: async_sessionmaker[AsyncSession], city: FakeCity
) -> None:
    city.serve(
        "GET",
        f"{PATH}/servicerequestupdates.xml",
        Canned(404, b"<html><body>Not Found</body></html>", "text/html"),
    )
    city.serve("GET", f"{PATH}/requests.xml", Canned(200, fixture("toronto", "request-101005420892.xml")))
    sub_id = await seed(sessions, "R-TOR01", state="submitted", service_request_id="101005420892", open=True)
    async with sessions() as db, db.begin():
        row = await db.get(Submission, sub_id)
        assert row is not None
        row.next_poll_at = utcnow() - timedelta(seconds=1)
        row.status = "open"
    poller = Poller(sessions, city.client(), Recorded(), endpoint="council")
    assert await poller.strategy_in_use() == "requests"
    assert await poller.step() == 1
    ((status, notes),) = await events(sessions, sub_id)
    assert status == "open" and notes.startswith("In progress")


async def test_server_times_without_offset_are_recorded(
    sessions: async_sessionmaker[AsyncSession], tmp_path: Path
) -> None:
    async with sandbox(tmp_path, Profile.parse("no-tz")) as box:
        client = box.client()
        replies = Recorded()
        sub_id = await seed(sessions, "R-NTZ01")
        await Outbox(sessions, client, replies, "council", poll_interval=0).step()
        request_id = (await load(sessions, sub_id)).service_request_id
        assert request_id
        await box.set_status(request_id, "closed", "Done")
        await Poller(sessions, client, replies, endpoint="council", strategy="requests").step()
        assert await events(sessions, sub_id) == [("closed", "Done")]


async def test_a_poll_repeated_after_its_claim_lapsed_tells_the_change_once(
    sessions: async_sessionmaker[AsyncSession], tmp_path: Path
) -> None:
    """The poller's claim is short (`LEASE`), so that polling resumes soon after a crash; a poll that
    outlives it may be repeated by another process, and the change is still recorded and told once."""
    assert LEASE <= timedelta(minutes=1)
    async with sandbox(tmp_path) as box:
        client = box.client()
        replies = Recorded()
        sub_id = await seed(sessions, "R-LAPSE1")
        await Outbox(sessions, client, replies, "council", poll_interval=0).step()
        request_id = (await load(sessions, sub_id)).service_request_id
        assert request_id
        await box.set_status(request_id, "open", "Crew booked for Tuesday")
        await Poller(sessions, client, replies, endpoint="council", strategy="requests").step()
        async with sessions() as db, db.begin():  # as if the first poll's claim had lapsed mid-poll
            row = await db.get(Submission, sub_id)
            assert row is not None
            row.next_poll_at = utcnow() - timedelta(seconds=1)
            row.poll_claimed_until = None
            row.status, row.status_notes = (
                "submitted",
                "",
            )  # the second poller read the row before the first wrote
        await Poller(sessions, client, replies, endpoint="council", strategy="requests").step()
        assert await events(sessions, sub_id) == [("open", "Crew booked for Tuesday")]
        assert [c for c in replies.calls if c[0].startswith("status:")] == [("status:open", "R-LAPSE1")]
