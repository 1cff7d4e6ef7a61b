"""The email channel against a real Dovecot IMAP server and aiosmtpd: intake, acknowledgement, cursor,
UIDVALIDITY, automated mail, malformed mail, crashes, outages, IDLE, and sending."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import shutil
import ssl
import subprocess
import tomllib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from dovecot import Dovecot
from email_kit import PASSWORD_ENV, section
from fake_smtp import FakeSMTP
from PIL import Image
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select
from test_channel_email_parse import jpeg_with_gps, mail

from channels.base import ChannelContext, ChannelSetupError, Outgoing, SendError
from channels.email import EmailChannel, EmailConfig
from store.inbound import get_or_create_contact
from store.models import ChannelCursor, EmailMeta, InboundMessage, MediaBlob, OutboundMessage, utcnow
from tests.e2e import eventually

SMTP_PASSWORD_ENV = "RELAY311_TEST_SMTP_PASSWORD"


class Harness:
    """Channels built the way the app builds them, on one database and one HTTP session."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession], http: aiohttp.ClientSession) -> None:
        self.sessions = sessions
        self.http = http
        self.wakes = 0
        self.channels: list[EmailChannel] = []

    def channel(self, section: dict[str, Any]) -> EmailChannel:
        def received() -> None:
            self.wakes += 1

        context = ChannelContext(self.sessions, self.http, "https://relay.council.test", received)
        channel = EmailChannel(EmailConfig.model_validate(section), context)
        self.channels.append(channel)
        return channel

    async def inbound(self) -> list[InboundMessage]:
        async with self.sessions() as db:
            return list((await db.execute(select(InboundMessage).order_by(col(InboundMessage.id)))).scalars())

    async def cursor(self) -> dict[str, int]:
        async with self.sessions() as db:
            row = (await db.execute(select(ChannelCursor))).scalar_one()
            value: dict[str, int] = json.loads(row.value)
            return value


@pytest.fixture
async def harness(
    sessions: async_sessionmaker[AsyncSession], monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[Harness]:
    monkeypatch.setenv(PASSWORD_ENV, "imap-secret-for-tests")
    async with aiohttp.ClientSession() as http:
        h = Harness(sessions, http)
        try:
            yield h
        finally:
            for channel in h.channels:
                await channel.stop()


# --- intake ---------------------------------------------------------------------------------------------


async def test_appended_mail_is_stored_then_flagged_and_the_cursor_moves(
    dovecot: Dovecot, smtp: FakeSMTP, harness: Harness
) -> None:
    await dovecot.append(mail().as_bytes())
    channel = harness.channel(section(dovecot, smtp))
    assert await channel.sync() == 1
    [row] = await harness.inbound()
    assert (row.channel, row.provider_id, row.thread_ref) == ("email", "<m1@example.org>", "<m1@example.org>")
    assert row.text == "Big pothole outside 12 Station Road"  # the subject says nothing more
    assert row.state == "received"
    assert harness.wakes == 1
    assert await dovecot.flags() == {1: {"\\Seen"}}
    assert (await harness.cursor())["last_uid"] == 1
    assert await channel.sync() == 0  # nothing new


async def test_the_same_mail_delivered_twice_is_stored_once(
    dovecot: Dovecot, smtp: FakeSMTP, harness: Harness
) -> None:
    raw = mail().as_bytes()
    await dovecot.append(raw)
    await dovecot.append(raw)
    channel = harness.channel(section(dovecot, smtp))
    assert await channel.sync() == 2
    assert len(await harness.inbound()) == 1
    assert await dovecot.flags() == {1: {"\\Seen"}, 2: {"\\Seen"}}


async def test_a_restart_resumes_from_the_stored_cursor(
    dovecot: Dovecot, smtp: FakeSMTP, harness: Harness
) -> None:
    await dovecot.append(mail(message_id="<a@x>").as_bytes())
    await dovecot.append(mail(message_id="<b@x>").as_bytes())
    first = harness.channel(section(dovecot, smtp))
    assert await first.sync() == 2
    await first.stop()
    async with dovecot.client() as imap:  # a person marks both unread again: the cursor still knows
        await imap.uid("store", "1:2", "-FLAGS", r"(\Seen)")
    await dovecot.append(mail(message_id="<c@x>").as_bytes())
    second = harness.channel(section(dovecot, smtp))
    assert await second.sync() == 1
    assert [m.provider_id for m in await harness.inbound()] == ["<a@x>", "<b@x>", "<c@x>"]
    assert (await harness.cursor())["last_uid"] == 3


async def test_a_uidvalidity_change_reads_the_mailbox_again_without_duplicates(
    dovecot: Dovecot, smtp: FakeSMTP, harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    await dovecot.append(mail(message_id="<a@x>").as_bytes())
    await dovecot.append(mail("No Message-ID here", message_id=None).as_bytes())
    channel = harness.channel(section(dovecot, smtp))
    assert await channel.sync() == 2
    await asyncio.to_thread(dovecot.set_uidvalidity, "INBOX", 4242)
    await dovecot.append(mail(message_id="<c@x>").as_bytes())
    with caplog.at_level(logging.INFO, logger="channels.email"):
        assert await channel.sync() == 3
    assert "UIDVALIDITY of INBOX changed" in caplog.text
    assert "is already stored" in caplog.text  # recognised by Message-ID before the body is fetched
    stored = await harness.inbound()
    assert len(stored) == 3
    assert stored[1].provider_id.startswith("sha256:")  # no Message-ID: recognised by its content hash
    assert await harness.cursor() == {"uidvalidity": 4242, "last_uid": 3}


async def test_moving_to_a_processed_folder(dovecot: Dovecot, smtp: FakeSMTP, harness: Harness) -> None:
    await dovecot.append(mail().as_bytes())
    channel = harness.channel(section(dovecot, smtp, processed_folder="Processed"))
    assert await channel.sync() == 1
    assert await dovecot.flags() == {}
    assert list((await dovecot.flags("Processed")).values()) == [{"\\Seen"}]
    assert len(await harness.inbound()) == 1


async def test_automated_mail_is_stored_but_never_processed_or_answered(
    dovecot: Dovecot, smtp: FakeSMTP, harness: Harness
) -> None:
    bounce = mail(
        "Your message could not be delivered",
        sender="MAILER-DAEMON@mx.example.org",
        subject="Undelivered Mail Returned to Sender",
        message_id="<bounce@x>",
        headers={"Return-Path": "<>"},
    )
    ooo = mail(
        "I am out of the office until Monday.",
        subject="Out of Office: Re: Your problem report",
        message_id="<ooo@x>",
        headers={"Auto-Submitted": "auto-replied"},
    )
    listmail = mail("Residents' newsletter", message_id="<list@x>", headers={"List-Id": "<residents.x>"})
    for msg in (bounce, ooo, listmail):
        await dovecot.append(msg.as_bytes())
    channel = harness.channel(section(dovecot, smtp))
    assert await channel.sync() == 3
    stored = await harness.inbound()
    assert [m.state for m in stored] == ["ignored", "ignored", "ignored"]
    assert all("automated mail" in m.last_error for m in stored)
    for m in stored:  # even if something queued a reply, the channel refuses to send it
        with pytest.raises(SendError) as refused:
            await channel.send(Outgoing(1, "jane@example.org", "Thanks", m.thread_ref, m.provider_id))
        assert refused.value.retry is False
    assert smtp.messages == []
    assert all(flags == {"\\Seen"} for flags in (await dovecot.flags()).values())


async def test_malformed_mail_is_stored_logged_and_nothing_crashes(
    dovecot: Dovecot, smtp: FakeSMTP, harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    html_only = mail(message_id="<html@x>")
    html_only.set_content("<p>Graffiti on the <b>bridge</b></p><script>steal()</script>", subtype="html")
    unknown_charset = (
        b"From: a@example.org\r\nMessage-ID: <charset@x>\r\nSubject: Laterne\r\n"
        b"Content-Type: text/plain; charset=x-unknown-8\r\n\r\n" + "Straßenlaterne kaputt".encode()
    )
    broken_mime = (
        b"From: b@example.org\r\nMessage-ID: <mime@x>\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="zz"\r\n\r\n--zz\r\nContent-Type: text/plain\r\n\r\n'
        b"Mattress dumped on Elm Street\r\n--zz\r\nContent-Type: image/jpeg\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n@@@not base64"
    )
    huge = mail("Overflowing bin on Market Street. " + "x" * (10 * 1024 * 1024), message_id="<huge@x>")
    for raw in (html_only.as_bytes(), unknown_charset, broken_mime, huge.as_bytes()):
        await dovecot.append(raw)
    channel = harness.channel(section(dovecot, smtp, max_text=2000))
    with caplog.at_level(logging.INFO, logger="channels.email"):
        assert await channel.sync() == 4
    stored = {m.provider_id: m for m in await harness.inbound()}
    assert stored["<html@x>"].text == "Pothole\n\nGraffiti on the bridge"
    assert stored["<charset@x>"].text == "Straßenlaterne kaputt"
    assert "Mattress dumped on Elm Street" in stored["<mime@x>"].text
    assert stored["<huge@x>"].text.startswith("Pothole\n\nOverflowing bin on Market Street.")
    assert len(stored["<huge@x>"].text) <= 2000
    assert "unknown charset 'x-unknown-8'" in caplog.text
    assert "only the first 2000 were read" in caplog.text
    assert "is not a readable image" in caplog.text
    assert all(flags == {"\\Seen"} for flags in (await dovecot.flags()).values())
    async with harness.sessions() as db:
        notes = {m.provider_id: m.notes for m in (await db.execute(select(EmailMeta))).scalars()}
    assert "only the first 2000" in notes["<huge@x>"]


async def test_oversized_mail_is_left_unread_for_a_person(
    dovecot: Dovecot, smtp: FakeSMTP, harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    await dovecot.append(mail("x" * 300_000, message_id="<big@x>").as_bytes())
    await dovecot.append(mail(message_id="<small@x>").as_bytes())
    channel = harness.channel(section(dovecot, smtp, max_message_bytes=100_000))
    with caplog.at_level(logging.WARNING, logger="channels.email"):
        assert await channel.sync() == 2
    assert "over max_message_bytes" in caplog.text
    assert [m.provider_id for m in await harness.inbound()] == ["<small@x>"]
    assert await dovecot.flags() == {1: set(), 2: {"\\Seen"}}


class Killed(BaseException):
    """The process dying at a precise point."""


async def test_killed_between_stored_and_flagged_stores_no_duplicate(
    dovecot: Dovecot, smtp: FakeSMTP, harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    await dovecot.append(mail().as_bytes())
    doomed = harness.channel(section(dovecot, smtp))

    async def die(*args: object) -> None:
        raise Killed()

    monkeypatch.setattr(doomed, "acknowledge", die)
    with pytest.raises(Killed):
        await doomed.sync()
    assert len(await harness.inbound()) == 1
    assert await dovecot.flags() == {1: set()}  # stored, never acknowledged
    wakes = harness.wakes

    restarted = harness.channel(section(dovecot, smtp))
    assert await restarted.sync() == 1
    assert len(await harness.inbound()) == 1
    assert harness.wakes == wakes  # nothing new for the pipeline
    assert await dovecot.flags() == {1: {"\\Seen"}}
    assert (await harness.cursor())["last_uid"] == 1


async def test_imap_down_then_back_is_logged_failed_once_then_recovered(
    dovecot: Dovecot, smtp: FakeSMTP, harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    channel = harness.channel(section(dovecot, smtp, poll_interval=0.1))
    with caplog.at_level(logging.DEBUG, logger="channels.email"):
        await channel.start()
        await eventually(lambda: _stored_cursor(harness))
        await asyncio.to_thread(dovecot.stop)
        await eventually(lambda: _at_least(channel.loop.failures, 3), within=30)
        await asyncio.to_thread(dovecot.start)
        await dovecot.append(mail().as_bytes())
        await eventually(lambda: _count(harness, 1), within=30)

        async def recovered() -> bool:  # logged when the step that stored the mail returns
            return any(r.getMessage().startswith("email recovered") for r in caplog.records)

        await eventually(recovered, within=30)
    records = [r.getMessage() for r in caplog.records if r.levelno >= logging.INFO]
    assert sum(m.startswith("email failed") for m in records) == 1
    assert sum(m.startswith("email recovered") for m in records) == 1
    assert "imap-secret-for-tests" not in caplog.text


async def test_idle_brings_new_mail_at_once_and_is_reissued(
    dovecot: Dovecot, smtp: FakeSMTP, harness: Harness
) -> None:
    # the backstop poll is an hour away: only IDLE can bring this mail in
    channel = harness.channel(section(dovecot, smtp, idle=True, idle_renew=0.3, poll_interval=3600))
    await channel.start()
    await eventually(lambda: _at_least(channel.idle_renewals, 2))
    await dovecot.append(mail().as_bytes())
    await eventually(lambda: _count(harness, 1))
    assert await dovecot.flags() == {1: {"\\Seen"}}


async def test_photo_location_is_used_and_only_a_stripped_copy_is_published(
    dovecot: Dovecot, smtp: FakeSMTP, harness: Harness
) -> None:
    msg = mail("See the photo")
    msg.add_attachment(
        jpeg_with_gps((51, 30, 36.0), (0, 7, 30.0)), maintype="image", subtype="jpeg", filename="hole.jpg"
    )
    await dovecot.append(msg.as_bytes())
    channel = harness.channel(section(dovecot, smtp))
    assert await channel.sync() == 1
    [row] = await harness.inbound()
    assert row.lat == pytest.approx(51.51) and row.lon == pytest.approx(-0.125)
    [url] = row.media
    assert url.startswith("https://relay.council.test/channels/email/media/")
    async with harness.sessions() as db:
        blobs = list((await db.execute(select(MediaBlob))).scalars())
    assert sorted(b.public for b in blobs) == [False, True]  # the original is kept, never served
    app = web.Application()
    app.add_routes(channel.routes())
    async with TestServer(app) as server, aiohttp.ClientSession() as http:
        token = url.rsplit("/", 1)[1]
        async with http.get(server.make_url(f"/channels/email/media/{token}")) as resp:
            assert resp.status == 200 and resp.content_type == "image/jpeg"
            served = await resp.read()
        original = next(b for b in blobs if not b.public)
        async with http.get(server.make_url(f"/channels/email/media/{original.token}")) as resp:
            assert resp.status == 404
    with Image.open(io.BytesIO(served)) as image:
        assert dict(image.getexif()) == {}
    assert b"PhoneMaker" not in served


# --- sending --------------------------------------------------------------------------------------------


async def _stored_reply_target(harness: Harness, dovecot: Dovecot, smtp: FakeSMTP, **extra: Any) -> Any:
    await dovecot.append(
        mail(
            subject="Pothole on Station Road",
            headers={"References": "<older@council.test>", "Reply-To": "Jane <jane.home@example.org>"},
        ).as_bytes()
    )
    channel = harness.channel(section(dovecot, smtp, **extra))
    assert await channel.sync() == 1
    [row] = await harness.inbound()
    return channel, row


async def test_reply_is_threaded_plain_text_and_marked_auto_replied(
    dovecot: Dovecot, smtp: FakeSMTP, harness: Harness
) -> None:
    channel, row = await _stored_reply_target(harness, dovecot, smtp)
    outgoing = Outgoing(7, "jane@example.org", "Thank you. Your report R-ABCDE was sent.", row.thread_ref, "")
    provider_id = await channel.send(outgoing)
    assert await channel.send(outgoing) == provider_id  # a retry is the same message
    [sent, _] = smtp.messages
    email = sent.message
    assert sent.rcpt_tos == ["jane.home@example.org"]  # Reply-To wins
    assert email["Subject"] == "Re: Pothole on Station Road"
    assert email["In-Reply-To"] == "<m1@example.org>"
    assert email["References"] == "<older@council.test> <m1@example.org>"
    assert email["Message-ID"] == provider_id and provider_id.endswith("@council.test>")
    assert email["Auto-Submitted"] == "auto-replied"
    assert email["From"] == "Demo Town Council <reports@council.test>"
    assert email.get_content_type() == "text/plain"
    assert email.get_content().strip() == "Thank you. Your report R-ABCDE was sent."


async def test_html_alternative_when_configured(dovecot: Dovecot, smtp: FakeSMTP, harness: Harness) -> None:
    channel, row = await _stored_reply_target(harness, dovecot, smtp, html=True)
    await channel.send(
        Outgoing(8, "jane@example.org", "Fixed <soon> & done", row.thread_ref, row.provider_id)
    )
    email = smtp.messages[0].message
    assert email.get_content_type() == "multipart/alternative"
    html_part = email.get_body(preferencelist=("html",))
    assert html_part is not None and "Fixed &lt;soon&gt; &amp; done" in html_part.get_content()


async def test_per_sender_rate_limit(dovecot: Dovecot, smtp: FakeSMTP, harness: Harness) -> None:
    channel, row = await _stored_reply_target(harness, dovecot, smtp, reply_limit=2)
    async with harness.sessions() as db, db.begin():
        contact = await get_or_create_contact(db, "email", "jane@example.org")
        for i in range(2):
            db.add(
                OutboundMessage(
                    dedup_key=f"k{i}",
                    channel="email",
                    contact_id=contact.id or 0,
                    text="earlier",
                    state="sent",
                    sent_at=utcnow(),
                )
            )
    with pytest.raises(SendError) as limited:
        await channel.send(Outgoing(99, "jane@example.org", "One more", row.thread_ref, ""))
    assert limited.value.retry is False and "reply_limit 2" in str(limited.value)
    assert smtp.messages == []


async def test_smtp_errors_say_whether_to_retry(dovecot: Dovecot, smtp: FakeSMTP, harness: Harness) -> None:
    channel, row = await _stored_reply_target(harness, dovecot, smtp)
    smtp.refuse_next(1, 451)
    with pytest.raises(SendError) as temporary:
        await channel.send(Outgoing(1, "jane@example.org", "Hi", row.thread_ref, ""))
    assert temporary.value.retry is True
    smtp.refuse_next(1, 554)
    with pytest.raises(SendError) as permanent:
        await channel.send(Outgoing(2, "jane@example.org", "Hi", row.thread_ref, ""))
    assert permanent.value.retry is False
    await smtp.close()
    with pytest.raises(SendError) as unreachable:
        await channel.send(Outgoing(3, "jane@example.org", "Hi", row.thread_ref, ""))
    assert unreachable.value.retry is True


def _self_signed(tmp_path: Path) -> tuple[ssl.SSLContext, Path]:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed (needed to make a test certificate)")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    result = subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost"]
        + ["-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost", "-keyout", str(key), "-out", str(cert)],
        capture_output=True,
    )
    if result.returncode != 0:
        pytest.skip(f"openssl cannot make a test certificate: {result.stderr.decode()[:200]}")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return context, cert


async def test_starttls_and_login_with_the_password_from_the_environment(
    dovecot: Dovecot,
    harness: Harness,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    context, cert = _self_signed(tmp_path)
    server = FakeSMTP(tls_context=context, require_starttls=True, login=("relay", "smtp-secret-for-tests"))
    await server.start()
    monkeypatch.setenv(SMTP_PASSWORD_ENV, "smtp-secret-for-tests")
    try:
        extra = {
            "smtp_security": "starttls",
            "smtp_user": "relay",
            "smtp_password_env": SMTP_PASSWORD_ENV,
            "ca_file": str(cert),
        }
        channel, row = await _stored_reply_target(harness, dovecot, server, **extra)
        with caplog.at_level(logging.DEBUG):
            await channel.send(Outgoing(5, "jane@example.org", "Received", row.thread_ref, ""))
            [sent] = server.messages
            assert sent.tls and sent.login == "relay"
            monkeypatch.setenv(SMTP_PASSWORD_ENV, "wrong-password")
            wrong = harness.channel(section(dovecot, server, **extra))
            with pytest.raises(SendError) as refused:
                await wrong.send(Outgoing(6, "jane@example.org", "Received", row.thread_ref, ""))
            assert "login refused" in str(refused.value)
        assert "smtp-secret-for-tests" not in caplog.text and "wrong-password" not in caplog.text
        assert "wrong-password" not in str(refused.value)
    finally:
        await server.close()


# --- configuration --------------------------------------------------------------------------------------


async def test_missing_password_is_a_setup_error_naming_the_variable(
    dovecot: Dovecot, smtp: FakeSMTP, harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(PASSWORD_ENV)
    with pytest.raises(ChannelSetupError, match=PASSWORD_ENV):
        harness.channel(section(dovecot, smtp))


def test_config_rejects_bad_values() -> None:
    base = {"imap_host": "imap.x", "imap_user": "u", "smtp_host": "smtp.x", "from_address": "r@council.test"}
    EmailConfig.model_validate(base)
    for bad in ({"idle_renew": 29 * 60}, {"from_address": "not an address"}, {"processed_folder": "INBOX"}):
        with pytest.raises(ValueError):
            EmailConfig.model_validate({**base, **bad})


def test_the_sample_config_section_is_valid() -> None:
    from relay311.config import SAMPLE

    block = SAMPLE.split("# [channels.email]\n", 1)[1].split("\n\n", 1)[0]
    data = tomllib.loads("\n".join(line.removeprefix("# ") for line in block.splitlines()))
    assert EmailConfig.model_validate(data).processed_folder == "Processed"


# --- helpers --------------------------------------------------------------------------------------------


async def _count(harness: Harness, n: int) -> bool:
    return len(await harness.inbound()) >= n


async def _at_least(value: int, n: int) -> bool:
    return value >= n


async def _stored_cursor(harness: Harness) -> bool:
    async with harness.sessions() as db:
        return (await db.execute(select(ChannelCursor))).first() is not None
