"""SMS end to end: a signed Twilio webhook -> Open311 sandbox -> replies through a fake Twilio REST API."""

from __future__ import annotations

from pathlib import Path

import aiohttp
import pytest
from fake_twilio import FakeTwilio, post_signed
from sqlmodel import select

from relay311.formatting import is_gsm7, sms_segments
from store.models import Contact, InboundMessage, OutboundMessage
from tests.e2e import config, eventually, relay, sandbox, staff_requests

SID = "AC" + "a1b2c3d4" * 4
TOKEN = "0f9e8d7c6b5a49382716f5e4d3c2b1a0"
PUBLIC = "https://council.example.org"
CITIZEN = "+447700900456"
OUR_NUMBER = "+15005550006"


def sms(sid: str, body: str) -> dict[str, str]:
    return {
        "MessageSid": sid,
        "SmsSid": sid,
        "AccountSid": SID,
        "From": CITIZEN,
        "To": OUR_NUMBER,
        "Body": body,
        "NumMedia": "0",
    }


@pytest.fixture
async def twilio(monkeypatch: pytest.MonkeyPatch) -> FakeTwilio:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", SID)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", TOKEN)
    fake = FakeTwilio(SID, TOKEN)
    await fake.start()
    yield fake  # type: ignore[misc]
    await fake.close()


def sms_config(db_url: str, open311: str, twilio: FakeTwilio) -> object:
    cfg = config(db_url, open311, twilio_sms={"from_number": OUR_NUMBER, "api_base_url": twilio.url})
    cfg.web.public_url = PUBLIC
    return cfg


async def test_sms_report_is_submitted_and_answered_by_sms(
    db_url: str, tmp_path: Path, twilio: FakeTwilio
) -> None:
    async with (
        sandbox(tmp_path) as open311,
        relay(sms_config(db_url, open311, twilio)) as app,  # type: ignore[arg-type]
        aiohttp.ClientSession() as http,
    ):
        webhook = f"{app.url}/channels/twilio/sms"
        params = sms("SM" + "1" * 32, "Big pothole outside 12 Station Road")
        for _ in range(2):  # Twilio delivers the same message twice
            resp = await post_signed(
                http, webhook, params, auth_token=TOKEN, signed_url=f"{PUBLIC}/channels/twilio/sms"
            )
            assert resp.status == 200
            assert "<Response></Response>" in await resp.text()

        await eventually(lambda: _count(twilio, 1))
        [stored] = await staff_requests(http, open311)
        [sent] = twilio.messages
        assert sent["to"] == CITIZEN
        assert sent["from"] == OUR_NUMBER
        assert str(stored["service_request_id"]) in sent["body"]

        async with http.post(
            f"{open311}/staff/api/requests/{stored['service_request_id']}",
            json={"status": "closed", "status_notes": "Repaired."},
        ) as resp:
            assert resp.status == 200
        await eventually(lambda: _count(twilio, 2))
        assert "closed" in twilio.messages[1]["body"] and "Repaired." in twilio.messages[1]["body"]
        assert len(await staff_requests(http, open311)) == 1


async def test_forged_webhook_is_refused_and_nothing_is_submitted(
    db_url: str, tmp_path: Path, twilio: FakeTwilio
) -> None:
    async with (
        sandbox(tmp_path) as open311,
        relay(sms_config(db_url, open311, twilio)) as app,  # type: ignore[arg-type]
        aiohttp.ClientSession() as http,
    ):
        webhook = f"{app.url}/channels/twilio/sms"
        params = sms("SM" + "2" * 32, "Big pothole outside 12 Station Road")
        resp = await post_signed(
            http, webhook, params, auth_token="not-the-token", signed_url=f"{PUBLIC}/channels/twilio/sms"
        )
        assert resp.status == 403
        resp = await post_signed(http, webhook, params, auth_token=TOKEN, signature="")
        assert resp.status == 403
        assert app.sessions is not None
        async with app.sessions() as db:
            assert (await db.execute(select(Contact))).first() is None
        assert await staff_requests(http, open311) == []
        assert twilio.messages == []


async def test_stop_opts_out_and_no_status_reply_is_sent(
    db_url: str, tmp_path: Path, twilio: FakeTwilio
) -> None:
    async with (
        sandbox(tmp_path) as open311,
        relay(sms_config(db_url, open311, twilio)) as app,  # type: ignore[arg-type]
        aiohttp.ClientSession() as http,
    ):
        webhook = f"{app.url}/channels/twilio/sms"
        signed = f"{PUBLIC}/channels/twilio/sms"
        await post_signed(
            http,
            webhook,
            sms("SM" + "3" * 32, "Big pothole outside 12 Station Road"),
            auth_token=TOKEN,
            signed_url=signed,
        )
        await eventually(lambda: _count(twilio, 1))
        await post_signed(http, webhook, sms("SM" + "4" * 32, "STOP"), auth_token=TOKEN, signed_url=signed)
        assert app.sessions is not None

        async def opted_out() -> bool:
            assert app.sessions is not None
            async with app.sessions() as db:
                return bool((await db.execute(select(Contact.opted_out))).scalar_one())

        await eventually(opted_out)
        [stored] = await staff_requests(http, open311)
        async with http.post(
            f"{open311}/staff/api/requests/{stored['service_request_id']}",
            json={"status": "closed", "status_notes": "Repaired."},
        ) as resp:
            assert resp.status == 200

        async def suppressed() -> bool:
            assert app.sessions is not None
            async with app.sessions() as db:
                states = (await db.execute(select(OutboundMessage.state))).scalars().all()
                return "suppressed" in states

        await eventually(suppressed)
        assert len(twilio.messages) == 1


async def _count(twilio: FakeTwilio, n: int) -> bool:
    return len(twilio.messages) >= n


async def _send(http: aiohttp.ClientSession, app_url: str, sid: str, body: str) -> None:
    resp = await post_signed(
        http,
        f"{app_url}/channels/twilio/sms",
        sms(sid, body),
        auth_token=TOKEN,
        signed_url=f"{PUBLIC}/channels/twilio/sms",
    )
    assert resp.status == 200


async def test_sms_conversation_stays_within_two_segments(
    db_url: str, tmp_path: Path, twilio: FakeTwilio
) -> None:
    async with (
        sandbox(tmp_path) as open311,
        relay(sms_config(db_url, open311, twilio)) as app,  # type: ignore[arg-type]
        aiohttp.ClientSession() as http,
    ):
        await _send(http, app.url, "SM" + "5" * 32, "Abandoned car outside 12 Station Road")
        await eventually(lambda: _count(twilio, 1))
        asked = " ".join(m["body"] for m in twilio.messages)
        assert "What kind of vehicle is it?" in asked and "2) Van" in asked
        count = len(twilio.messages)
        await _send(http, app.url, "SM" + "6" * 32, "2")
        await eventually(lambda: _count(twilio, count + 1))
        [stored] = await staff_requests(http, open311)
        assert stored["attributes"] == {"VEHICLE_TYPE": ["van"]}
        assert str(stored["service_request_id"]) in twilio.messages[-1]["body"]

        notes = "The vehicle was inspected by the parking team on Tuesday. " * 15  # ~900 characters
        async with http.post(
            f"{open311}/staff/api/requests/{stored['service_request_id']}",
            json={"status": "closed", "status_notes": notes.strip()},
        ) as resp:
            assert resp.status == 200
        await eventually(lambda: _count(twilio, count + 2))
        update = twilio.messages[-1]["body"]
        assert update.startswith("Update on your report") and "closed" in update
        assert "The vehicle was inspected" in update and update.endswith("...")

        await _send(http, app.url, "SM" + "7" * 32, "Hay un problema delante del 12 Station Road")
        await eventually(lambda: _count(twilio, count + 3))
        spanish = twilio.messages[-1]["body"]
        assert spanish.startswith("Gracias. ¿Qué tipo de problema es? Describalo")  # é is GSM-7, í is not
        for sent in twilio.messages:
            assert is_gsm7(sent["body"]), sent["body"]
            assert sms_segments(sent["body"]) <= 2, sent["body"]


async def test_sms_status_and_bare_cancel_is_the_carrier_opt_out(
    db_url: str, tmp_path: Path, twilio: FakeTwilio
) -> None:
    async with (
        sandbox(tmp_path) as open311,
        relay(sms_config(db_url, open311, twilio)) as app,  # type: ignore[arg-type]
        aiohttp.ClientSession() as http,
    ):
        await _send(http, app.url, "SM" + "8" * 32, "Big pothole outside 12 Station Road")
        await eventually(lambda: _count(twilio, 1))
        ref = twilio.messages[0]["body"].split("report ")[1].split(" ")[0]
        await _send(http, app.url, "SM" + "9" * 32, "STATUS")
        await eventually(lambda: _count(twilio, 2))
        assert ref in twilio.messages[1]["body"] and "open" in twilio.messages[1]["body"]

        await _send(http, app.url, "SM" + "a" * 32, "CANCEL")  # on SMS this is an opt-out keyword

        async def opted_out() -> bool:
            assert app.sessions is not None
            async with app.sessions() as db:
                return bool((await db.execute(select(Contact.opted_out))).scalar_one())

        await eventually(opted_out)
        await _send(http, app.url, "SM" + "b" * 32, "STATUS")

        async def processed() -> bool:
            assert app.sessions is not None
            async with app.sessions() as db:
                states = (await db.execute(select(InboundMessage.state))).scalars().all()
                return all(s == "processed" for s in states) and len(states) == 4

        await eventually(processed)

        async def settled() -> bool:
            assert app.sessions is not None
            async with app.sessions() as db:
                states = (await db.execute(select(OutboundMessage.state))).scalars().all()
                return not any(s in ("queued", "sending") for s in states)

        await eventually(settled)
        assert len(twilio.messages) == 2  # the STATUS reply to an opted-out number was not sent
        assert len(await staff_requests(http, open311)) == 1
