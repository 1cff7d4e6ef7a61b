"""The Twilio SMS channel over real sockets: signed webhooks into the database, replies into a fake Twilio."""

from __future__ import annotations

import base64
import logging
import socket
import traceback
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from fake_twilio import FakeTwilio, post_signed, sign, twilio_error
from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from channels.base import ChannelContext, Outgoing, SendError
from channels.registry import build_channels
from channels.twilio_sms import EMPTY_TWIML, TwilioCredentialsError, TwilioSMSChannel, TwilioSMSConfig
from store.models import Contact, InboundMessage

ACCOUNT_SID = "AC" + "0123456789abcdef" * 2
AUTH_TOKEN = "5f1e2d3c4b5a69788796a5b4c3d2e1f0"
BASIC_CREDENTIALS = base64.b64encode(f"{ACCOUNT_SID}:{AUTH_TOKEN}".encode()).decode()
SERVICE_SID = "MG" + "fedcba9876543210" * 2
OUR_NUMBER = "+15005550006"
CITIZEN = "+447700900123"
PUBLIC_URL = "https://relay311.example.org/"  # what Twilio is configured with; the test server sits elsewhere
WEBHOOK_URL = "https://relay311.example.org/channels/twilio/sms"


def delivery(**overrides: str) -> dict[str, str]:
    """The form Twilio POSTs for one incoming SMS."""
    form = {
        "ToCountry": "US",
        "SmsMessageSid": "SM11111111111111111111111111111111",
        "NumMedia": "0",
        "SmsSid": "SM11111111111111111111111111111111",
        "SmsStatus": "received",
        "Body": "Pothole outside 12 Mill Lane, about a foot wide",
        "To": OUR_NUMBER,
        "NumSegments": "1",
        "MessageSid": "SM11111111111111111111111111111111",
        "AccountSid": ACCOUNT_SID,
        "From": CITIZEN,
        "ApiVersion": "2010-04-01",
    }
    form.update(overrides)
    return form


@pytest.fixture
def twilio_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", ACCOUNT_SID)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", AUTH_TOKEN)


@pytest.fixture
async def fake() -> AsyncIterator[FakeTwilio]:
    server = FakeTwilio(ACCOUNT_SID, AUTH_TOKEN)
    await server.start()
    yield server
    await server.close()


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


@dataclass
class Webhook:
    """The channel's routes served on 127.0.0.1, as Twilio would reach them through the public URL."""

    channel: TwilioSMSChannel
    context: ChannelContext
    local: str  # http://127.0.0.1:port/channels/twilio/sms
    received: list[int] = field(default_factory=list)


@pytest.fixture
async def webhook(
    sessions: async_sessionmaker[AsyncSession], http: aiohttp.ClientSession, twilio_env: None
) -> AsyncIterator[Webhook]:
    received: list[int] = []
    context = ChannelContext(
        sessions=sessions, http=http, public_url=PUBLIC_URL, received=lambda: received.append(1)
    )
    channel = TwilioSMSChannel(TwilioSMSConfig(from_number=OUR_NUMBER), context)
    app = web.Application()
    app.add_routes(channel.routes())
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    port = runner.addresses[0][1]
    yield Webhook(channel, context, f"http://127.0.0.1:{port}/channels/twilio/sms", received)
    await channel.stop()
    await runner.cleanup()


@pytest.fixture
def make_sender(
    fake: FakeTwilio, http: aiohttp.ClientSession, twilio_env: None
) -> Iterator[Callable[..., TwilioSMSChannel]]:
    """Channels whose send() talks to the fake; stopped at the end of the test."""
    made: list[TwilioSMSChannel] = []

    def make(**config: Any) -> TwilioSMSChannel:
        settings = {"from_number": OUR_NUMBER, "api_base_url": fake.url, **config}
        context = ChannelContext(sessions=None, http=http, public_url=PUBLIC_URL, received=lambda: None)  # type: ignore[arg-type]
        channel = TwilioSMSChannel(TwilioSMSConfig(**settings), context)
        made.append(channel)
        return channel

    yield make
    for channel in made:
        # stop() is async; pytest-asyncio finalizers cannot await here, so tests stop what they use.
        assert channel._http is None, "test forgot to stop() a channel it sent with"


async def rows(sessions: async_sessionmaker[AsyncSession]) -> tuple[list[InboundMessage], list[Contact]]:
    async with sessions() as db:
        inbound = list((await db.execute(select(InboundMessage))).scalars().all())
        contacts = list((await db.execute(select(Contact))).scalars().all())
    return inbound, contacts


def reply(text: str = "Thanks, we have logged your report as DT-1234.") -> Outgoing:
    return Outgoing(message_id=7, address=CITIZEN, text=text, thread_ref=CITIZEN)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def assert_no_secret(text: str) -> None:
    assert AUTH_TOKEN not in text
    assert BASIC_CREDENTIALS not in text


# --- intake ------------------------------------------------------------------------------------------------


async def test_signed_sms_is_stored_with_its_media_and_answered_with_empty_twiml(
    webhook: Webhook, http: aiohttp.ClientSession, sessions: async_sessionmaker[AsyncSession]
) -> None:
    form = delivery(
        NumMedia="2",
        MediaUrl0=f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/SM1/Media/ME1",
        MediaContentType0="image/jpeg",
        MediaUrl1=f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/SM1/Media/ME2",
        MediaContentType1="image/png",
    )
    async with await post_signed(
        http, webhook.local, form, auth_token=AUTH_TOKEN, signed_url=WEBHOOK_URL
    ) as resp:
        assert resp.status == 200
        assert resp.content_type == "text/xml"
        assert await resp.text() == EMPTY_TWIML

    inbound, contacts = await rows(sessions)
    assert len(inbound) == 1 and len(contacts) == 1
    message, contact = inbound[0], contacts[0]
    assert (message.channel, message.provider_id) == ("twilio_sms", "SM11111111111111111111111111111111")
    assert message.text == "Pothole outside 12 Mill Lane, about a foot wide"
    assert message.thread_ref == CITIZEN
    assert message.media == [form["MediaUrl0"], form["MediaUrl1"]]
    assert message.contact_id == contact.id
    assert (contact.channel, contact.address) == ("twilio_sms", CITIZEN)
    assert webhook.received == [1]
    assert_no_secret(repr(inbound) + repr(contacts))


async def test_signature_covers_the_query_string_of_the_configured_url(
    webhook: Webhook, http: aiohttp.ClientSession, sessions: async_sessionmaker[AsyncSession]
) -> None:
    form = delivery()
    signed_for = WEBHOOK_URL + "?council=demo"
    resp = await post_signed(
        http, webhook.local + "?council=demo", form, auth_token=AUTH_TOKEN, signed_url=signed_for
    )
    assert resp.status == 200
    # the same signature does not fit the URL without its query string
    resp = await post_signed(
        http, webhook.local, delivery(MessageSid="SM2"), auth_token=AUTH_TOKEN, signed_url=signed_for
    )
    assert resp.status == 403
    inbound, _ = await rows(sessions)
    assert [m.provider_id for m in inbound] == [form["MessageSid"]]


@pytest.mark.parametrize(
    "how",
    ["forged with another token", "signed for the server's own address", "no signature", "body changed"],
)
async def test_delivery_without_a_valid_signature_is_refused_and_not_stored(
    how: str,
    webhook: Webhook,
    http: aiohttp.ClientSession,
    sessions: async_sessionmaker[AsyncSession],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    form = delivery()
    signature: str | None = None
    if how == "forged with another token":
        signature = sign("0" * 32, WEBHOOK_URL, form)
    elif how == "signed for the server's own address":
        signature = sign(AUTH_TOKEN, webhook.local, form)
    elif how == "no signature":
        signature = ""
    elif how == "body changed":
        signature = sign(AUTH_TOKEN, WEBHOOK_URL, form)
        form = delivery(Body="Send the council's money to me")
    resp = await post_signed(
        http, webhook.local, form, auth_token=AUTH_TOKEN, signed_url=WEBHOOK_URL, signature=signature
    )
    assert resp.status == 403
    inbound, contacts = await rows(sessions)
    assert inbound == [] and contacts == []
    assert webhook.received == []
    assert_no_secret(caplog.text)


async def test_repeated_delivery_of_one_message_sid_is_stored_once_and_acknowledged_each_time(
    webhook: Webhook, http: aiohttp.ClientSession, sessions: async_sessionmaker[AsyncSession]
) -> None:
    for _ in range(2):
        resp = await post_signed(
            http, webhook.local, delivery(), auth_token=AUTH_TOKEN, signed_url=WEBHOOK_URL
        )
        assert resp.status == 200
        assert await resp.text() == EMPTY_TWIML
    other = delivery(MessageSid="SM22222222222222222222222222222222", Body="and a broken street light")
    resp = await post_signed(http, webhook.local, other, auth_token=AUTH_TOKEN, signed_url=WEBHOOK_URL)
    assert resp.status == 200

    inbound, contacts = await rows(sessions)
    assert sorted(m.provider_id for m in inbound) == [
        "SM11111111111111111111111111111111",
        "SM22222222222222222222222222222222",
    ]
    assert len(contacts) == 1


@pytest.mark.parametrize("missing", ["MessageSid", "From"])
async def test_signed_delivery_without_message_sid_or_sender_is_a_bad_request(
    missing: str, webhook: Webhook, http: aiohttp.ClientSession, sessions: async_sessionmaker[AsyncSession]
) -> None:
    form = delivery()
    del form[missing]
    resp = await post_signed(http, webhook.local, form, auth_token=AUTH_TOKEN, signed_url=WEBHOOK_URL)
    assert resp.status == 400
    assert await rows(sessions) == ([], [])
    assert webhook.received == []


async def test_delivery_is_not_acknowledged_when_storing_fails_and_is_stored_when_twilio_retries(
    webhook: Webhook, http: aiohttp.ClientSession, sessions: async_sessionmaker[AsyncSession]
) -> None:
    def broken() -> Any:
        raise ConnectionError("database is down")

    webhook.context.sessions = broken  # type: ignore[assignment]
    resp = await post_signed(http, webhook.local, delivery(), auth_token=AUTH_TOKEN, signed_url=WEBHOOK_URL)
    assert resp.status == 500
    assert EMPTY_TWIML not in await resp.text()
    assert webhook.received == []

    webhook.context.sessions = sessions
    resp = await post_signed(http, webhook.local, delivery(), auth_token=AUTH_TOKEN, signed_url=WEBHOOK_URL)
    assert resp.status == 200
    inbound, _ = await rows(sessions)
    assert len(inbound) == 1
    assert webhook.received == [1]


async def test_webhook_refuses_bodies_that_are_not_form_encoded(
    webhook: Webhook, http: aiohttp.ClientSession, sessions: async_sessionmaker[AsyncSession]
) -> None:
    signature = sign(AUTH_TOKEN, WEBHOOK_URL, {})
    resp = await http.post(webhook.local, json=delivery(), headers={"X-Twilio-Signature": signature})
    assert resp.status == 415
    assert await rows(sessions) == ([], [])


# --- sending -----------------------------------------------------------------------------------------------


async def test_send_posts_the_reply_to_twilio_and_returns_its_message_sid(
    make_sender: Callable[..., TwilioSMSChannel], fake: FakeTwilio
) -> None:
    channel = make_sender()
    try:
        sid = await channel.send(reply())
    finally:
        await channel.stop()
    assert len(fake.messages) == 1
    sent = fake.messages[0]
    assert sid == sent["sid"] and sid.startswith("SM") and len(sid) == 34
    assert (sent["to"], sent["from"], sent["body"]) == (
        CITIZEN,
        OUR_NUMBER,
        "Thanks, we have logged your report as DT-1234.",
    )
    assert sent["status"] == "queued"
    assert "MessagingServiceSid" not in fake.requests[0]


async def test_send_through_a_messaging_service_names_the_service_instead_of_a_number(
    make_sender: Callable[..., TwilioSMSChannel], fake: FakeTwilio
) -> None:
    channel = make_sender(from_number=None, messaging_service_sid=SERVICE_SID)
    try:
        sid = await channel.send(reply())
    finally:
        await channel.stop()
    assert fake.requests == [{"To": CITIZEN, "MessagingServiceSid": SERVICE_SID, "Body": reply().text}]
    assert fake.messages[0]["sid"] == sid


@pytest.mark.parametrize(
    ("status", "code", "message"),
    [
        (400, 21211, f"The 'To' number {CITIZEN} is not a valid phone number."),
        (400, 21610, "Attempt to send to unsubscribed recipient"),
        (401, 20003, "Authenticate"),
    ],
)
async def test_rejected_message_is_a_permanent_failure_naming_twilio_error_code(
    status: int, code: int, message: str, make_sender: Callable[..., TwilioSMSChannel], fake: FakeTwilio
) -> None:
    fake.fail_next(1, status, code, message)
    channel = make_sender()
    try:
        with pytest.raises(SendError) as caught:
            await channel.send(reply())
    finally:
        await channel.stop()
    assert caught.value.retry is False
    assert str(code) in str(caught.value)
    assert fake.messages == []


@pytest.mark.parametrize(
    ("status", "code"),
    [(500, 20500), (503, 20503), (429, 20429), (400, 21611)],
    ids=["server error", "unavailable", "rate limited", "sender queue full"],
)
async def test_transient_twilio_errors_are_retryable(
    status: int, code: int, make_sender: Callable[..., TwilioSMSChannel], fake: FakeTwilio
) -> None:
    fake.fail_next(1, status, code, "try again later")
    channel = make_sender()
    try:
        with pytest.raises(SendError) as caught:
            await channel.send(reply())
        assert caught.value.retry is True
        assert str(code) in str(caught.value)
        # the retry goes through once Twilio recovers
        sid = await channel.send(reply())
    finally:
        await channel.stop()
    assert [m["sid"] for m in fake.messages] == [sid]


async def test_gateway_error_page_that_is_not_json_is_retryable(
    make_sender: Callable[..., TwilioSMSChannel], fake: FakeTwilio
) -> None:
    fake.fail_next(1, 502, body="<html><body>502 Bad Gateway</body></html>", content_type="text/html")
    channel = make_sender()
    try:
        with pytest.raises(SendError) as caught:
            await channel.send(reply())
    finally:
        await channel.stop()
    assert caught.value.retry is True
    assert "502" in str(caught.value)


async def test_success_answer_that_cannot_be_read_is_not_retried(
    make_sender: Callable[..., TwilioSMSChannel], fake: FakeTwilio
) -> None:
    # Twilio took the message (2xx) but the body is garbled: sending again could text the citizen twice.
    fake.fail_next(1, 201, body="<html>cached page</html>", content_type="text/html")
    channel = make_sender()
    try:
        with pytest.raises(SendError) as caught:
            await channel.send(reply())
    finally:
        await channel.stop()
    assert caught.value.retry is False


@pytest.mark.parametrize(("status", "retry"), [(400, False), (503, True)])
async def test_problem_details_error_bodies_are_mapped_like_legacy_ones(
    status: int, retry: bool, make_sender: Callable[..., TwilioSMSChannel], fake: FakeTwilio
) -> None:
    # Newer Twilio APIs answer RFC 9457 bodies, which the library raises as TwilioServiceException.
    problem = {
        "type": "https://www.twilio.com/docs/errors/21211",
        "title": "Invalid 'To' Phone Number",
        "status": status,
        "code": 21211,
        "detail": "not a valid phone number",
    }
    fake.fail_next(1, status, body=problem, content_type="application/problem+json")
    channel = make_sender()
    try:
        with pytest.raises(SendError) as caught:
            await channel.send(reply())
    finally:
        await channel.stop()
    assert caught.value.retry is retry
    assert "21211" in str(caught.value)


async def test_unreachable_twilio_is_retryable(make_sender: Callable[..., TwilioSMSChannel]) -> None:
    channel = make_sender(api_base_url=f"http://127.0.0.1:{free_port()}")
    try:
        with pytest.raises(SendError) as caught:
            await channel.send(reply())
    finally:
        await channel.stop()
    assert caught.value.retry is True
    assert "cannot reach Twilio" in str(caught.value)


async def test_twilio_that_does_not_answer_in_time_is_retryable(
    make_sender: Callable[..., TwilioSMSChannel], fake: FakeTwilio
) -> None:
    fake.delay = 5
    channel = make_sender(timeout=0.2)
    try:
        with pytest.raises(SendError) as caught:
            await channel.send(reply())
    finally:
        await channel.stop()
    assert caught.value.retry is True
    assert "0.2s" in str(caught.value)


async def test_auth_token_never_appears_in_send_errors_or_logs(
    make_sender: Callable[..., TwilioSMSChannel],
    fake: FakeTwilio,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    errors: list[SendError] = []
    channel = make_sender()
    unreachable = make_sender(api_base_url=f"http://127.0.0.1:{free_port()}")
    slow = make_sender(timeout=0.2)
    try:
        await channel.send(reply())
        # a provider (or proxy) echoing the credential back must not carry it into our errors
        fake.fail_next(1, 400, body=twilio_error(400, 21211, f"bad request with token {AUTH_TOKEN}"))
        fake.fail_next(
            1, 500, body=f"upstream said {AUTH_TOKEN} / {BASIC_CREDENTIALS}", content_type="text/plain"
        )
        for target in (channel, channel, unreachable):
            with pytest.raises(SendError) as caught:
                await target.send(reply())
            errors.append(caught.value)
        fake.delay = 1
        with pytest.raises(SendError) as caught:
            await slow.send(reply())
        errors.append(caught.value)
    finally:
        for made in (channel, unreachable, slow):
            await made.stop()
    assert len(errors) == 4
    for error in errors:
        assert_no_secret(str(error))
        assert_no_secret(repr(error))
        assert_no_secret("".join(traceback.format_exception(error)))
    assert "twilio" in caplog.text.lower()  # the library did log the requests...
    assert_no_secret(caplog.text)  # ...without the credential


async def test_stop_closes_the_twilio_http_session(
    make_sender: Callable[..., TwilioSMSChannel], fake: FakeTwilio
) -> None:
    channel = make_sender()
    await channel.send(reply())
    http_client = channel._http
    assert http_client is not None and http_client.session is not None
    await channel.stop()
    assert http_client.session.closed
    # a channel restarted after stop() opens a fresh session
    await channel.send(reply())
    await channel.stop()
    assert len(fake.messages) == 2


# --- configuration -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("unset", ["TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN"])
async def test_missing_secret_is_reported_by_variable_name(
    unset: str, monkeypatch: pytest.MonkeyPatch, http: aiohttp.ClientSession, twilio_env: None
) -> None:
    monkeypatch.setenv(unset, "")
    context = ChannelContext(sessions=None, http=http, public_url=PUBLIC_URL, received=lambda: None)  # type: ignore[arg-type]
    with pytest.raises(TwilioCredentialsError) as caught:
        TwilioSMSChannel(TwilioSMSConfig(from_number=OUR_NUMBER), context)
    assert unset in str(caught.value)
    assert AUTH_TOKEN not in str(caught.value) and ACCOUNT_SID not in str(caught.value)


async def test_secrets_are_read_from_the_variables_the_config_names(
    monkeypatch: pytest.MonkeyPatch, http: aiohttp.ClientSession, fake: FakeTwilio
) -> None:
    monkeypatch.delenv("TWILIO_ACCOUNT_SID", raising=False)
    monkeypatch.delenv("TWILIO_AUTH_TOKEN", raising=False)
    monkeypatch.setenv("DEMO_TOWN_TWILIO_SID", ACCOUNT_SID)
    monkeypatch.setenv("DEMO_TOWN_TWILIO_TOKEN", AUTH_TOKEN)
    context = ChannelContext(sessions=None, http=http, public_url=PUBLIC_URL, received=lambda: None)  # type: ignore[arg-type]
    config = TwilioSMSConfig(
        account_sid_env="DEMO_TOWN_TWILIO_SID",
        auth_token_env="DEMO_TOWN_TWILIO_TOKEN",
        from_number=OUR_NUMBER,
        api_base_url=fake.url,
    )
    channel = TwilioSMSChannel(config, context)
    try:
        await channel.send(reply())
    finally:
        await channel.stop()
    assert len(fake.messages) == 1


@pytest.mark.parametrize(
    "section",
    [
        {},
        {"from_number": "07700 900123"},
        {"from_number": OUR_NUMBER, "auth_token": AUTH_TOKEN},
        {"messaging_service_sid": "not-a-service"},
        {"from_number": OUR_NUMBER, "api_base_url": "ftp://api.twilio.com"},
    ],
    ids=["no sender", "not E.164", "secret written into the config", "bad service sid", "bad api url"],
)
def test_invalid_config_is_rejected(section: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        TwilioSMSConfig.model_validate(section)


async def test_registry_builds_the_channel_from_its_config_section(
    http: aiohttp.ClientSession, twilio_env: None
) -> None:
    context = ChannelContext(sessions=None, http=http, public_url=PUBLIC_URL, received=lambda: None)  # type: ignore[arg-type]
    channels = build_channels({"twilio_sms": {"messaging_service_sid": SERVICE_SID}}, context)
    channel = channels["twilio_sms"]
    assert isinstance(channel, TwilioSMSChannel)
    assert [route.path for route in channel.routes()] == ["/channels/twilio/sms"]  # type: ignore[attr-defined]
