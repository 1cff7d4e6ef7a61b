"""Several councils over real sockets: two Open311 sandboxes with their own catalogs and boundaries, an
email-route council behind an aiosmtpd server, and web chat; on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiohttp
from sqlmodel import select

from relay311.app import App
from relay311.config import Config, parse
from store.models import Report, Submission
from tests.e2e import API_KEY, Chat, relay, sandbox, staff_requests
from tests.fake_smtp import FakeSMTP

KEY_ENV = "RELAY311_TEST_COUNCIL_KEY"
WEST_POINT = {"lat": 52.2, "lon": 0.11}
EAST_POINT = {"lat": 52.2, "lon": 0.13}
MAIL_POINT = {"lat": 52.31, "lon": 0.12}
OUTSIDE_POINT = {"lat": 53.5, "lon": 0.12}
# the east council calls potholes something else, under its own code
EAST_CATALOG = json.dumps(
    {
        "jurisdiction_name": "East Council",
        "changeset": "1",
        "services": [
            {
                "service_code": "ROAD_DEFECT",
                "service_name": "Road defect",
                "description": "A pothole, crack or sunken patch in a road.",
                "metadata": False,
                "type": "realtime",
                "keywords": "pothole, hole in the road, road surface, crater",
            },
            {
                "service_code": "TIPPING",
                "service_name": "Fly-tipping",
                "description": "Rubbish dumped illegally.",
                "metadata": False,
                "type": "realtime",
                "keywords": "fly-tipping, dumped rubbish, mattress",
            },
        ],
    }
)


def square(lat0: float, lon0: float, lat1: float, lon1: float) -> dict[str, Any]:
    ring = [[lon0, lat0], [lon1, lat0], [lon1, lat1], [lon0, lat1], [lon0, lat0]]
    return {"type": "Polygon", "coordinates": [ring]}


def council_config(db_url: str, councils: dict[str, dict[str, Any]]) -> Config:
    os.environ[KEY_ENV] = API_KEY
    return parse(
        {
            "council": {"name": "Demo Region"},
            "database": {"url": db_url},
            "open311": {"councils": councils},
            "web": {"host": "127.0.0.1", "port": 0, "public_url": "http://127.0.0.1:1"},
            "channels": {"webchat": {}},
        },
        "test",
    )


def open311(url: str, area: dict[str, Any], title: str, jurisdiction: str = "demo.town") -> dict[str, Any]:
    return {
        "url": url,
        "api_key_env": KEY_ENV,
        "jurisdiction_id": jurisdiction,
        "poll_interval": 0.3,
        "boundary": area,
        "title": title,
    }


@asynccontextmanager
async def two_sandboxes(tmp_path: Path) -> AsyncIterator[tuple[str, str]]:
    (tmp_path / "west").mkdir()
    (tmp_path / "east").mkdir()
    async with (
        sandbox(tmp_path / "west") as west,
        sandbox(tmp_path / "east", catalog=EAST_CATALOG, jurisdiction_id="east.town") as east,
    ):
        yield west, east


def chat(http: aiohttp.ClientSession, app: App) -> Chat:
    return Chat(http, app.url, secrets.token_hex(12))


async def test_each_report_goes_to_the_council_whose_boundary_holds_it(db_url: str, tmp_path: Path) -> None:
    async with two_sandboxes(tmp_path) as (west, east):
        cfg = council_config(
            db_url,
            {
                "west": open311(west, square(52.19, 0.10, 52.21, 0.12), "West Council"),
                "east": open311(east, square(52.19, 0.12, 52.21, 0.14), "East Council", "east.town"),
            },
        )
        async with relay(cfg) as app, aiohttp.ClientSession() as http:
            first = chat(http, app)
            await first.say("Big pothole here", **WEST_POINT)
            [reply] = await first.wait_reply(1)
            assert "West Council" in reply
            [in_west] = await staff_requests(http, west)
            assert in_west["service_code"] == "POTHOLE"
            assert await staff_requests(http, east) == []

            second = chat(http, app)
            await second.say("Big pothole here", **EAST_POINT)
            [reply] = await second.wait_reply(1)
            assert "East Council" in reply and "Road defect" in reply
            [in_east] = await staff_requests(http, east)
            assert in_east["service_code"] == "ROAD_DEFECT"  # matched against the east council's catalog
            assert len(await staff_requests(http, west)) == 1

            outside = chat(http, app)
            await outside.say("Big pothole here", **OUTSIDE_POINT)
            [reply] = await outside.wait_reply(1)
            assert "outside the area" in reply
            ref = reply.split("report ")[1].split(" ")[0]
            assert app.sessions is not None
            async with app.sessions() as db:
                report = (await db.execute(select(Report).where(Report.ref == ref))).scalar_one()
                subs = (await db.execute(select(Submission).where(Submission.report_id == report.id))).all()
            assert report.state == "outside_area" and subs == []  # kept for staff, never submitted
            assert len(await staff_requests(http, west)) == 1
            assert len(await staff_requests(http, east)) == 1

            # the service is known before the place: matched again once the place (east) arrives
            later = chat(http, app)
            await later.say("There is a huge pothole")
            [question] = await later.wait_reply(1)
            assert "where" in question.lower()
            await later.say("here", lat=52.195, lon=0.135)
            replies = await later.wait_reply(2)
            assert "East Council" in replies[1] and "Road defect" in replies[1]
            east_requests = await staff_requests(http, east)
            assert [r["service_code"] for r in east_requests] == ["ROAD_DEFECT", "ROAD_DEFECT"]
            assert len(await staff_requests(http, west)) == 1


async def test_a_council_without_open311_gets_one_email_per_report_and_none_again_after_a_restart(
    db_url: str, tmp_path: Path
) -> None:
    smtp = FakeSMTP()
    port = await smtp.start()
    email = {
        "to": ["roads@north.example.org"],
        "from_address": "reports@relay.example.org",
        "from_name": "Demo Region reports",
        "smtp_host": "127.0.0.1",
        "smtp_port": port,
        "smtp_security": "none",
    }
    services = [{"service_code": "N_POTHOLE", "service_name": "Pothole (roads)", "keywords": "pothole"}]
    try:
        async with two_sandboxes(tmp_path) as (west, east):
            cfg = council_config(
                db_url,
                {
                    "west": open311(west, square(52.19, 0.10, 52.21, 0.12), "West Council"),
                    "north": {
                        "email": email,
                        "services": services,
                        "boundary": square(52.30, 0.10, 52.32, 0.14),
                        "title": "North Parish",
                    },
                },
            )
            async with relay(cfg) as app, aiohttp.ClientSession() as http:
                citizen = chat(http, app)
                await citizen.say("Big pothole here", **MAIL_POINT)
                [reply] = await citizen.wait_reply(1)
                assert "emailed to North Parish" in reply
                ref = reply.split("report ")[1].split(" ")[0]
                assert await staff_requests(http, west) == []  # nothing POSTed anywhere
            assert len(smtp.messages) == 1
            [mail] = smtp.messages
            body = mail.message.get_content()
            assert mail.rcpt_tos == ["roads@north.example.org"] and ref in str(mail.message["Subject"])
            for line in ("service_code: N_POTHOLE", "lat: 52.310000", "long: 0.120000", f"reference: {ref}"):
                assert line in body
            assert f"[relay311 ref {ref}]" in body and "Big pothole here" in body

            # a restart sends nothing again; a new report is the only new email
            async with relay(cfg) as app, aiohttp.ClientSession() as http:
                other = chat(http, app)
                await other.say("Another pothole here", lat=52.305, lon=0.13)
                [told] = await other.wait_reply(1)  # queued with `emailed`, after the server took it
                assert "emailed to North Parish" in told
                assert app.sessions is not None
                async with app.sessions() as db:
                    subs = (await db.execute(select(Submission))).scalars().all()
            assert len(smtp.messages) == 2
            refs = [str(m.message["X-Relay311-Reference"]) for m in smtp.messages]
            assert refs[0] == ref and refs[1] != ref
            assert [(s.endpoint, s.state, s.attempts) for s in subs] == [("north", "emailed", 1)] * 2
    finally:
        await smtp.close()
