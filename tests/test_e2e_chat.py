"""The demo loop over real sockets: web chat -> relay311 -> Open311 sandbox -> status -> chat."""

from __future__ import annotations

import secrets
from pathlib import Path

import aiohttp
from sqlmodel import func, select

from store.models import InboundMessage, OutboundMessage, Submission
from tests.e2e import Chat, config, relay, sandbox, staff_requests


def new_session() -> str:
    return secrets.token_hex(12)


async def test_report_is_submitted_and_status_change_reaches_the_chat(db_url: str, tmp_path: Path) -> None:
    async with (
        sandbox(tmp_path) as open311,
        relay(config(db_url, open311)) as app,
        aiohttp.ClientSession() as http,
    ):
        chat = Chat(http, app.url, new_session())
        await chat.say("Big pothole outside 12 Station Road")
        [reply] = await chat.wait_reply(1)

        [stored] = await staff_requests(http, open311)
        request_id = str(stored["service_request_id"])
        assert "pothole" in stored["service_name"].lower()
        assert request_id in reply
        assert "pothole" in reply.lower()
        assert "12 Station Road" in stored.get("address", "") or stored.get("lat")
        assert "Big pothole outside 12 Station Road" in stored["description"]
        ref = reply.split("report ")[1].split(" ")[0]
        assert f"[relay311 ref {ref}]" in stored["description"]

        async with http.post(
            f"{open311}/staff/api/requests/{request_id}",
            json={"status": "closed", "status_notes": "Filled in by the highways team."},
        ) as resp:
            assert resp.status == 200, await resp.text()
        replies = await chat.wait_reply(2)
        assert "closed" in replies[1]
        assert "Filled in by the highways team." in replies[1]

        # more polls find nothing new: the change is told once
        assert app.sessions is not None
        async with app.sessions() as db:
            sub = (await db.execute(select(Submission))).scalar_one()
            assert sub.open is False
            assert sub.status == "closed"
        assert len(await chat.replies()) == 2


async def test_bot_asks_for_the_location_and_continues_when_answered(db_url: str, tmp_path: Path) -> None:
    async with (
        sandbox(tmp_path) as open311,
        relay(config(db_url, open311)) as app,
        aiohttp.ClientSession() as http,
    ):
        chat = Chat(http, app.url, new_session())
        await chat.say("There is a huge pothole, nearly came off my bike")
        [question] = await chat.wait_reply(1)
        assert "where" in question.lower()
        assert await staff_requests(http, open311) == []

        await chat.say("outside 12 Station Road")
        replies = await chat.wait_reply(2)
        [stored] = await staff_requests(http, open311)
        assert str(stored["service_request_id"]) in replies[1]
        assert "pothole" in stored["service_name"].lower()


async def test_bot_asks_what_the_problem_is_and_accepts_a_numbered_choice(
    db_url: str, tmp_path: Path
) -> None:
    async with (
        sandbox(tmp_path) as open311,
        relay(config(db_url, open311)) as app,
        aiohttp.ClientSession() as http,
    ):
        chat = Chat(http, app.url, new_session())
        await chat.say("Something needs looking at outside 12 Station Road")
        [question] = await chat.wait_reply(1)
        assert "what kind of problem" in question.lower()
        assert await staff_requests(http, open311) == []

        await chat.say("pothole in the road")
        replies = await chat.wait_reply(2)
        [stored] = await staff_requests(http, open311)
        assert "pothole" in stored["service_name"].lower()
        assert str(stored["service_request_id"]) in replies[1]


async def test_a_shared_location_from_the_page_is_used(db_url: str, tmp_path: Path) -> None:
    async with (
        sandbox(tmp_path) as open311,
        relay(config(db_url, open311)) as app,
        aiohttp.ClientSession() as http,
    ):
        chat = Chat(http, app.url, new_session())
        await chat.say("graffiti all over the wall", lat=52.2051, lon=0.1215)
        await chat.wait_reply(1)
        [stored] = await staff_requests(http, open311)
        assert "graffiti" in stored["service_name"].lower()
        assert abs(float(stored["lat"]) - 52.2051) < 1e-6
        assert abs(float(stored["long"]) - 0.1215) < 1e-6


async def test_duplicate_delivery_is_stored_and_answered_once(db_url: str, tmp_path: Path) -> None:
    async with (
        sandbox(tmp_path) as open311,
        relay(config(db_url, open311)) as app,
        aiohttp.ClientSession() as http,
    ):
        chat = Chat(http, app.url, new_session())
        first = await chat.say("Big pothole outside 12 Station Road", client_id="retry-0001")
        second = await chat.say("Big pothole outside 12 Station Road", client_id="retry-0001")
        assert first["id"] == second["id"]
        assert second["duplicate"] is True
        await chat.wait_reply(1)
        assert len(await staff_requests(http, open311)) == 1
        assert app.sessions is not None
        async with app.sessions() as db:
            assert (await db.execute(select(func.count()).select_from(InboundMessage))).scalar_one() == 1
            assert (await db.execute(select(func.count()).select_from(OutboundMessage))).scalar_one() == 1
