"""The WhatsApp channel (Twilio with whatsapp: addresses) over real sockets: signed webhooks into the
database, replies into the fake Twilio Messages API (tests/fake_twilio.py), the 24-hour window."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from fake_twilio import FakeTwilio, post_signed
from pydantic import ValidationError
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from channels.base import ChannelContext, Outgoing, SendError
from channels.registry import build_channels
from channels.whatsapp import WhatsAppChannel, WhatsAppConfig
from store.models import InboundMessage, utcnow

ACCOUNT_SID = "AC" + "89abcdef01234567" * 2
AUTH_TOKEN = "7c6b5a49382716f5e4d3c2b1a0f9e8d7"
OUR_NUMBER = "whatsapp:+14155238886"
CITIZEN = "whatsapp:+447700900321"
PUBLIC_URL = "https://relay311.example.org"
WEBHOOK_URL = f"{PUBLIC_URL}/channels/twilio/whatsapp"
TEMPLATE = "HX" + "0123456789abcdef" * 2


def delivery(sid: str = "SM" + "a" * 32, **overrides: str) -> dict[str, str]:
    form = {
        "SmsMessageSid": sid,
        "NumMedia": "0",
        "ProfileName": "Sam",
        "MessageType": "text",
        "SmsSid": sid,
        "WaId": CITIZEN.removeprefix("whatsapp:+"),
        "SmsStatus": "received",
        "Body": "Pothole outside 12 Mill Lane",
        "To": OUR_NUMBER,
        "NumSegments": "1",
        "MessageSid": sid,
        "AccountSid": ACCOUNT_SID,
        "From": CITIZEN,
        "ApiVersion": "2010-04-01",
    }
    form.update(overrides)
    return form


def location(sid: str = "SM" + "b" * 32, **overrides: str) -> dict[str, str]:
    """A shared location as Twilio delivers it: no body, coordinates, and a place for a named pin."""
    fields = {
        "Body": "",
        "MessageType": "location",
        "Latitude": "51.7520",
        "Longitude": "-1.2577",
        "Address": "12 Mill Lane, Demo Town",
        "Label": "Mill Lane Post Office",
    }
    return delivery(sid, **{**fields, **overrides})


@pytest.fixture(autouse=True)
def twilio_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", ACCOUNT_SID)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", AUTH_TOKEN)


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture
async def fake() -> AsyncIterator[FakeTwilio]:
    server = FakeTwilio(ACCOUNT_SID, AUTH_TOKEN)
    await server.start()
    yield server
    await server.close()


@dataclass
class WhatsApp:
    channel: WhatsAppChannel
    local: str
    received: list[int] = field(default_factory=list)

    async def deliver(self, http: aiohttp.ClientSession, form: dict[str, str]) -> int:
        async with await post_signed(
            http, self.local, form, auth_token=AUTH_TOKEN, signed_url=WEBHOOK_URL
        ) as resp:
            return resp.status


async def serve(channel: WhatsAppChannel) -> tuple[web.AppRunner, str]:
    app = web.Application()
    app.add_routes(channel.routes())
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    return runner, f"http://127.0.0.1:{runner.addresses[0][1]}/channels/twilio/whatsapp"


@pytest.fixture
async def whatsapp(
    sessions: async_sessionmaker[AsyncSession], http: aiohttp.ClientSession, fake: FakeTwilio
) -> AsyncIterator[WhatsApp]:
    received: list[int] = []
    context = ChannelContext(
        sessions=sessions, http=http, public_url=PUBLIC_URL, received=lambda: received.append(1)
    )
    config = WhatsAppConfig(from_number=OUR_NUMBER, api_base_url=fake.url, template_content_sid=TEMPLATE)
    channel = WhatsAppChannel(config, context)
    runner, local = await serve(channel)
    yield WhatsApp(channel, local, received)
    await channel.stop()
    await runner.cleanup()


async def inbound(sessions: async_sessionmaker[AsyncSession]) -> list[InboundMessage]:
    async with sessions() as db:
        return list((await db.execute(select(InboundMessage).order_by(InboundMessage.id))).scalars().all())


async def age_messages(sessions: async_sessionmaker[AsyncSession], hours: float) -> None:
    async with sessions() as db, db.begin():
        await db.execute(update(InboundMessage).values(received_at=utcnow() - timedelta(hours=hours)))


# --- intake -------------------------------------------------------------------------------------------


async def test_shared_location_becomes_the_messages_point_and_the_place_its_text(
    whatsapp: WhatsApp, http: aiohttp.ClientSession, sessions: Any
) -> None:
    assert await whatsapp.deliver(http, location()) == 200
    [msg] = await inbound(sessions)
    assert (msg.channel, msg.lat, msg.lon) == ("whatsapp", 51.752, -1.2577)
    assert msg.text == "Mill Lane Post Office, 12 Mill Lane, Demo Town"
    assert msg.thread_ref == CITIZEN
    assert whatsapp.received == [1]


async def test_text_message_is_stored_like_an_sms(
    whatsapp: WhatsApp, http: aiohttp.ClientSession, sessions: Any
) -> None:
    assert await whatsapp.deliver(http, delivery()) == 200
    [msg] = await inbound(sessions)
    assert (msg.text, msg.lat, msg.lon) == ("Pothole outside 12 Mill Lane", None, None)


@pytest.mark.parametrize(("lat", "lon"), [("abc", "-1.2"), ("91.5", "-1.2"), ("51.7", ""), ("nan", "inf")])
async def test_unusable_coordinates_are_logged_and_the_message_is_stored_without_them(
    whatsapp: WhatsApp,
    http: aiohttp.ClientSession,
    sessions: Any,
    caplog: pytest.LogCaptureFixture,
    lat: str,
    lon: str,
) -> None:
    assert await whatsapp.deliver(http, location(Latitude=lat, Longitude=lon)) == 200
    [msg] = await inbound(sessions)
    assert (msg.lat, msg.lon) == (None, None)
    assert "unusable shared location" in caplog.text


async def test_the_same_message_delivered_twice_is_stored_once(
    whatsapp: WhatsApp, http: aiohttp.ClientSession, sessions: Any
) -> None:
    assert [await whatsapp.deliver(http, location()) for _ in range(2)] == [200, 200]
    assert len(await inbound(sessions)) == 1


async def test_crash_after_storing_but_before_acknowledging_loses_and_doubles_nothing(
    whatsapp: WhatsApp, http: aiohttp.ClientSession, sessions: Any
) -> None:
    def die() -> None:
        raise RuntimeError("process killed after the commit")

    whatsapp.channel.context.received = die
    assert await whatsapp.deliver(http, delivery()) == 500  # Twilio did not get its 200: it delivers again
    whatsapp.channel.context.received = lambda: None
    assert await whatsapp.deliver(http, delivery()) == 200
    assert [m.text for m in await inbound(sessions)] == ["Pothole outside 12 Mill Lane"]


async def test_unsigned_or_malformed_deliveries_are_refused_and_not_stored(
    whatsapp: WhatsApp, http: aiohttp.ClientSession, sessions: Any
) -> None:
    form = delivery()
    del form["MessageSid"]
    assert await whatsapp.deliver(http, form) == 400
    async with http.post(whatsapp.local, data=delivery()) as resp:  # no signature
        assert resp.status == 403
    assert await inbound(sessions) == []


# --- sending and the 24-hour window -----------------------------------------------------------------


async def test_reply_inside_the_window_is_free_form(
    whatsapp: WhatsApp, http: aiohttp.ClientSession, fake: FakeTwilio
) -> None:
    await whatsapp.deliver(http, delivery())
    sid = await whatsapp.channel.send(Outgoing(1, CITIZEN, "Thanks! Which street is it on?", CITIZEN))
    [sent] = fake.requests
    assert sent["To"] == CITIZEN and sent["From"] == OUR_NUMBER
    assert sent["Body"] == "Thanks! Which street is it on?" and "ContentSid" not in sent
    assert sid == fake.messages[0]["sid"]


async def test_reply_outside_the_window_is_the_approved_template_with_the_text_as_its_variable(
    whatsapp: WhatsApp, http: aiohttp.ClientSession, fake: FakeTwilio, sessions: Any
) -> None:
    await whatsapp.deliver(http, delivery())
    await age_messages(sessions, hours=30)
    await whatsapp.channel.send(Outgoing(2, CITIZEN, "Update on your report R-ABCDE: fixed.", CITIZEN))
    [sent] = fake.requests
    assert sent["ContentSid"] == TEMPLATE and "Body" not in sent
    assert json.loads(sent["ContentVariables"]) == {"1": "Update on your report R-ABCDE: fixed."}


async def test_window_margin_switches_to_the_template_shortly_before_24_hours(
    whatsapp: WhatsApp, http: aiohttp.ClientSession, fake: FakeTwilio, sessions: Any
) -> None:
    await whatsapp.deliver(http, delivery())
    await age_messages(sessions, hours=23.95)  # 3 minutes left: less than the 10-minute margin
    await whatsapp.channel.send(Outgoing(3, CITIZEN, "Update.", CITIZEN))
    assert "ContentSid" in fake.requests[0]


async def test_outside_the_window_without_a_template_fails_permanently_saying_why(
    sessions: Any, http: aiohttp.ClientSession, fake: FakeTwilio
) -> None:
    context = ChannelContext(sessions=sessions, http=http, public_url=PUBLIC_URL, received=lambda: None)
    channel = WhatsAppChannel(WhatsAppConfig(from_number=OUR_NUMBER, api_base_url=fake.url), context)
    with pytest.raises(SendError) as failure:
        await channel.send(Outgoing(4, CITIZEN, "Update.", CITIZEN))  # never wrote to us at all
    assert not failure.value.retry
    assert "24-hour window" in str(failure.value) and "template_content_sid" in str(failure.value)
    assert fake.requests == []
    await channel.stop()


async def test_twilio_failures_while_sending_keep_their_retry_meaning(
    whatsapp: WhatsApp, http: aiohttp.ClientSession, fake: FakeTwilio, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    await whatsapp.deliver(http, delivery())
    fake.fail_next(1, 503, 20503, "Service Unavailable")
    with pytest.raises(SendError) as failure:
        await whatsapp.channel.send(Outgoing(5, CITIZEN, "Hello", CITIZEN))
    assert failure.value.retry
    await whatsapp.channel.send(Outgoing(5, CITIZEN, "Hello", CITIZEN))
    assert len(fake.messages) == 1
    assert AUTH_TOKEN not in caplog.text


# --- configuration ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "section",
    [
        {"from_number": "+14155238886"},  # a WhatsApp sender must be whatsapp:+E.164
        {"from_number": OUR_NUMBER, "template_content_sid": "HX123"},
        {},
    ],
)
def test_invalid_config_is_rejected(section: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        WhatsAppConfig.model_validate(section)


async def test_registry_builds_the_channel_next_to_sms(sessions: Any, http: aiohttp.ClientSession) -> None:
    context = ChannelContext(sessions=sessions, http=http, public_url=PUBLIC_URL, received=lambda: None)
    channels = build_channels(
        {"twilio_sms": {"from_number": "+15005550006"}, "whatsapp": {"from_number": OUR_NUMBER}}, context
    )
    assert isinstance(channels["whatsapp"], WhatsAppChannel)
    routes = {r.path for c in channels.values() for r in c.routes()}  # type: ignore[attr-defined]
    assert routes == {"/channels/twilio/sms", "/channels/twilio/whatsapp"}
    for channel in channels.values():
        await channel.stop()


# --- end to end ---------------------------------------------------------------------------------------


async def test_whatsapp_report_is_submitted_and_answered_on_whatsapp(
    db_url: str, tmp_path: Any, fake: FakeTwilio, http: aiohttp.ClientSession
) -> None:
    from tests.e2e import config, eventually, relay, sandbox, staff_requests

    async with sandbox(tmp_path) as open311:
        cfg = config(db_url, open311, whatsapp={"from_number": OUR_NUMBER, "api_base_url": fake.url})
        cfg.web.public_url = PUBLIC_URL
        async with relay(cfg) as app:
            form = delivery("SM" + "e" * 32, Body="Big pothole outside 12 Station Road")
            async with await post_signed(
                http,
                f"{app.url}/channels/twilio/whatsapp",
                form,
                auth_token=AUTH_TOKEN,
                signed_url=WEBHOOK_URL,
            ) as resp:
                assert resp.status == 200

            async def sent(n: int) -> bool:
                return len(fake.messages) >= n

            await eventually(lambda: sent(1))
            [stored] = await staff_requests(http, open311)
            assert fake.messages[0]["to"] == CITIZEN and fake.messages[0]["from"] == OUR_NUMBER
            assert str(stored["service_request_id"]) in fake.messages[0]["body"]
            async with http.post(
                f"{open311}/staff/api/requests/{stored['service_request_id']}",
                json={"status": "closed", "status_notes": "Repaired."},
            ) as resp:
                assert resp.status == 200
            await eventually(lambda: sent(2))
            assert "Repaired." in fake.messages[1]["body"]
