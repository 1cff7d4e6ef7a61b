"""Email end to end: a mail APPENDed to a real Dovecot mailbox -> Open311 sandbox -> threaded replies at
aiosmtpd, one for the submission and one for each status change; bounces and repeats change nothing."""

from __future__ import annotations

from pathlib import Path

import aiohttp
import pytest
from dovecot import Dovecot
from email_kit import PASSWORD_ENV, section
from fake_smtp import FakeSMTP
from sqlmodel import select
from test_channel_email_parse import mail

from store.models import InboundMessage
from tests.e2e import config, eventually, relay, sandbox, staff_requests


async def test_mail_becomes_an_open311_request_and_every_reply_is_threaded(
    db_url: str, tmp_path: Path, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSWORD_ENV, dovecot.password)
    smtp = FakeSMTP()
    await smtp.start()
    citizen = mail(
        "Big pothole outside 12 Station Road, please fix it.\n\nThanks,\nJane",
        subject="Pothole",
        message_id="<report-1@example.org>",
    )
    bounce = mail(
        "Delivery to the following recipient failed: pothole outside 12 Station Road",
        sender="MAILER-DAEMON@mx.example.org",
        subject="Undelivered Mail Returned to Sender",
        message_id="<bounce-1@mx.example.org>",
        headers={"Auto-Submitted": "auto-replied"},
    )
    try:
        async with sandbox(tmp_path) as open311, aiohttp.ClientSession() as http:
            cfg = config(db_url, open311, email=section(dovecot, smtp, idle=True, poll_interval=30))
            async with relay(cfg) as app:
                await dovecot.append(citizen.as_bytes())
                await dovecot.append(bounce.as_bytes())
                await dovecot.append(citizen.as_bytes())  # delivered twice

                await eventually(lambda: _sent(smtp, 1), within=30)
                [request] = await staff_requests(http, open311)
                first = smtp.messages[0]
                assert first.rcpt_tos == ["jane@example.org"]
                assert first.message["In-Reply-To"] == "<report-1@example.org>"
                assert "<report-1@example.org>" in first.message["References"]
                assert first.message["Subject"] == "Re: Pothole"
                assert first.message["Auto-Submitted"] == "auto-replied"
                assert str(request["service_request_id"]) in first.message.get_content()

                async with http.post(
                    f"{open311}/staff/api/requests/{request['service_request_id']}",
                    json={"status": "closed", "status_notes": "Repaired."},
                ) as resp:
                    assert resp.status == 200
                await eventually(lambda: _sent(smtp, 2), within=30)
                second = smtp.messages[1].message
                assert second["In-Reply-To"] == "<report-1@example.org>"
                assert "Repaired." in second.get_content()
                assert second["Message-ID"] != first.message["Message-ID"]

                assert app.sessions is not None
                async with app.sessions() as db:
                    rows = list((await db.execute(select(InboundMessage))).scalars())
                assert sorted((r.provider_id, r.state) for r in rows) == [
                    ("<bounce-1@mx.example.org>", "ignored"),
                    ("<report-1@example.org>", "processed"),
                ]
                assert len(await staff_requests(http, open311)) == 1
                assert all(m.rcpt_tos == ["jane@example.org"] for m in smtp.messages)
                assert all(flags == {"\\Seen"} for flags in (await dovecot.flags()).values())
    finally:
        await smtp.close()


async def _sent(smtp: FakeSMTP, n: int) -> bool:
    return len(smtp.messages) >= n
