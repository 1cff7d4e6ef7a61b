"""Scripted conversations over email (issue 6): mail APPENDed to a real Dovecot mailbox -> relay311 -> the
Open311 sandbox, and back through aiosmtpd. The citizen answers as a mail client does (Re: subject,
In-Reply-To/References to our reply, our text quoted below); each test asserts what the citizen received,
threading headers included."""

from __future__ import annotations

from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import parseaddr
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from dovecot import Dovecot
from email_kit import PASSWORD_ENV, section
from fake_smtp import FakeSMTP, Received
from sqlmodel import select
from test_channel_email_parse import mail

from relay311.app import App
from store.models import Contact, OutboundMessage
from tests.e2e import config, eventually, relay, sandbox, staff_requests

CITIZEN = "jane@example.org"


@dataclass
class Correspondent:
    """Jane (or another citizen): writes to the council's mailbox and reads what the council's SMTP sent
    to her address."""

    dovecot: Dovecot
    smtp: FakeSMTP
    address: str = CITIZEN
    name: str = "Jane Citizen"
    sent: list[EmailMessage] = field(default_factory=list)  # what she wrote, oldest first

    async def write(self, body: str, *, subject: str, answering: Received | None = None) -> EmailMessage:
        n = len(self.sent) + 1
        headers: dict[str, str] = {}
        if answering is not None:  # as a mail client replies: threaded, our text quoted below
            ours = answering.message
            headers = {
                "In-Reply-To": str(ours["Message-ID"]),
                "References": f"{ours.get('References', '')} {ours['Message-ID']}".strip(),
            }
            quoted = "\n".join(f"> {line}" for line in ours.get_content().strip().splitlines())
            body = f"{body}\n\nOn Tue, 3 Nov 2026, Demo Town Council wrote:\n{quoted}\n"
            subject = f"Re: {subject}"
        local = self.address.split("@")[0]
        msg = mail(
            body,
            subject=subject,
            sender=f"{self.name} <{self.address}>",
            message_id=f"<{local}-{n}@example.org>",
            headers=headers,
        )
        await self.dovecot.append(msg.as_bytes())
        self.sent.append(msg)
        return msg

    async def wait(self, count: int) -> list[Received]:
        async def probe() -> list[Received] | None:
            mine = [m for m in self.smtp.messages if self.address in m.rcpt_tos]
            return mine if len(mine) >= count else None

        return list(await eventually(probe, within=30))


def body(received: Received) -> str:
    return str(received.message.get_content()).strip()


def assert_threaded(received: Received, answering: EmailMessage, *, root: EmailMessage) -> None:
    """A reply to `answering`, in the thread that `root` started, to its author, marked as automatic."""
    reply = received.message
    assert received.rcpt_tos == [parseaddr(str(root["From"]))[1]]
    assert reply["In-Reply-To"] == answering["Message-ID"]
    references = str(reply["References"]).split()
    assert references[0] == root["Message-ID"] and references[-1] == answering["Message-ID"]
    assert reply["Subject"] == f"Re: {str(root['Subject']).removeprefix('Re: ')}"
    assert reply["Auto-Submitted"] == "auto-replied"


def assert_in_thread(received: Received, jane: Correspondent) -> None:
    """A reply to one of the citizen's messages (the dispatcher's replies answer the report's first
    message)."""
    reply = received.message
    ids = [str(m["Message-ID"]) for m in jane.sent]
    assert reply["In-Reply-To"] in ids
    assert ids[0] in str(reply["References"]).split()
    assert received.rcpt_tos == [jane.address]


@pytest.fixture
def email_config(db_url: str, dovecot: Dovecot, smtp: FakeSMTP, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv(PASSWORD_ENV, dovecot.password)
    return lambda open311: config(db_url, open311, email=section(dovecot, smtp))


async def _set_status(
    http: aiohttp.ClientSession, open311: str, request_id: str, status: str, notes: str
) -> None:
    async with http.post(
        f"{open311}/staff/api/requests/{request_id}", json={"status": status, "status_notes": notes}
    ) as resp:
        assert resp.status == 200, await resp.text()


def ref_of(reply: str) -> str:
    return reply.split("report ")[1].split(" ")[0]


async def test_missing_location_is_asked_and_the_answer_in_the_thread_completes_the_report(
    tmp_path: Path, dovecot: Dovecot, smtp: FakeSMTP, email_config: Any
) -> None:
    jane = Correspondent(dovecot, smtp)
    async with sandbox(tmp_path) as open311, relay(email_config(open311)), aiohttp.ClientSession() as http:
        first = await jane.write("There is a huge pothole, nearly came off my bike.", subject="Pothole")
        [question] = await jane.wait(1)
        assert "where" in body(question).lower()
        assert_threaded(question, first, root=first)
        assert await staff_requests(http, open311) == []

        await jane.write("Outside 12 Station Road", subject="Pothole", answering=question)
        [_, submitted] = await jane.wait(2)
        [stored] = await staff_requests(http, open311)
        assert "pothole" in stored["service_name"].lower()
        assert str(stored["service_request_id"]) in body(submitted)
        assert_in_thread(submitted, jane)
        assert "There is a huge pothole" in stored["description"]
        assert "Demo Town Council wrote" not in stored["description"]  # the quote was not taken as text


async def test_unsure_category_offers_numbered_choices_and_takes_the_second(
    tmp_path: Path, dovecot: Dovecot, smtp: FakeSMTP, email_config: Any
) -> None:
    jane = Correspondent(dovecot, smtp)
    async with sandbox(tmp_path) as open311, relay(email_config(open311)), aiohttp.ClientSession() as http:
        first = await jane.write("broken thing by 5 Mill Lane", subject="Broken")
        [question] = await jane.wait(1)
        assert_threaded(question, first, root=first)
        numbered = [line for line in body(question).splitlines() if line[:2] in ("1)", "2)", "3)", "4)")]
        assert len(numbered) == 4, body(question)
        assert "something else" in numbered[3].lower()
        second = numbered[1][3:].strip()

        await jane.write("2", subject="Broken", answering=question)
        [_, submitted] = await jane.wait(2)
        [stored] = await staff_requests(http, open311)
        assert stored["service_name"] == second
        assert str(stored["service_request_id"]) in body(submitted)
        assert_in_thread(submitted, jane)


async def test_status_after_a_restart_is_answered_in_the_thread(
    tmp_path: Path, dovecot: Dovecot, smtp: FakeSMTP, email_config: Any
) -> None:
    jane = Correspondent(dovecot, smtp)
    async with sandbox(tmp_path) as open311, aiohttp.ClientSession() as http:
        async with relay(email_config(open311)):
            first = await jane.write("Big pothole outside 12 Station Road", subject="Pothole")
            [submitted] = await jane.wait(1)
            assert_threaded(submitted, first, root=first)
            ref = ref_of(body(submitted))
        async with relay(email_config(open311)):
            asked = await jane.write("STATUS", subject="Pothole", answering=submitted)
            [_, status] = await jane.wait(2)
            assert_threaded(status, asked, root=first)
            assert ref in body(status) and "open" in body(status)
            assert len(await staff_requests(http, open311)) == 1
        assert len(smtp.messages) == 2  # the first mail was not read again after the restart


async def test_stop_then_a_status_change_sends_nothing(
    tmp_path: Path, dovecot: Dovecot, smtp: FakeSMTP, email_config: Any
) -> None:
    jane = Correspondent(dovecot, smtp)
    async with (
        sandbox(tmp_path) as open311,
        relay(email_config(open311)) as app,
        aiohttp.ClientSession() as http,
    ):
        await jane.write("Big pothole outside 12 Station Road", subject="Pothole")
        [submitted] = await jane.wait(1)
        await jane.write("STOP", subject="Pothole", answering=submitted)
        await eventually(lambda: _opted_out(app), within=30)
        [stored] = await staff_requests(http, open311)
        await _set_status(http, open311, str(stored["service_request_id"]), "closed", "Repaired.")

        async def settled() -> list[str] | None:
            states = await _states(app)
            told = "suppressed" in states and not {"queued", "sending"} & set(states)
            return states if told else None

        states = await eventually(settled, within=30)
        assert states.count("sent") == 1  # the confirmation, before STOP
        assert [m.message["Message-ID"] for m in smtp.messages] == [submitted.message["Message-ID"]]


async def test_spanish_in_spanish_out(
    tmp_path: Path, dovecot: Dovecot, smtp: FakeSMTP, email_config: Any
) -> None:
    jane = Correspondent(dovecot, smtp)
    async with sandbox(tmp_path) as open311, relay(email_config(open311)), aiohttp.ClientSession() as http:
        first = await jane.write("Hay un problema delante del 12 Station Road", subject="Aviso")
        [question] = await jane.wait(1)
        assert_threaded(question, first, root=first)
        assert "¿Qué tipo de problema es?" in body(question)
        assert question.message.get_content_charset() == "utf-8"

        await jane.write("un bache enorme", subject="Aviso", answering=question)
        [_, submitted] = await jane.wait(2)
        assert body(submitted).startswith("¡Gracias! Su aviso")
        assert_in_thread(submitted, jane)
        [stored] = await staff_requests(http, open311)
        await _set_status(http, open311, str(stored["service_request_id"]), "fixed", "")
        [*_, update] = await jane.wait(3)
        assert body(update).startswith("Novedades de su aviso")
        assert_in_thread(update, jane)


async def test_required_attribute_is_asked_and_the_numbered_answer_is_sent(
    tmp_path: Path, dovecot: Dovecot, smtp: FakeSMTP, email_config: Any
) -> None:
    jane = Correspondent(dovecot, smtp)
    async with sandbox(tmp_path) as open311, relay(email_config(open311)), aiohttp.ClientSession() as http:
        first = await jane.write("Abandoned car outside 12 Station Road", subject="Abandoned car")
        [question] = await jane.wait(1)
        assert_threaded(question, first, root=first)
        assert "Please note: A vehicle parked legally" in body(question)
        assert "What kind of vehicle is it?" in body(question) and "2) Van" in body(question)
        assert "Registration" not in body(question)  # optional attributes are not asked by default
        assert await staff_requests(http, open311) == []

        await jane.write("2", subject="Abandoned car", answering=question)
        [_, submitted] = await jane.wait(2)
        [stored] = await staff_requests(http, open311)
        assert stored["service_code"] == "ABANDONED_VEHICLE"
        assert stored["attributes"] == {"VEHICLE_TYPE": ["van"]}
        assert str(stored["service_request_id"]) in body(submitted)
        assert_in_thread(submitted, jane)
        assert len(smtp.messages) == 2


async def test_duplicate_is_not_filed_again_and_both_citizens_get_the_update(
    tmp_path: Path, dovecot: Dovecot, smtp: FakeSMTP, email_config: Any
) -> None:
    jane = Correspondent(dovecot, smtp)
    john = Correspondent(dovecot, smtp, address="john@example.org", name="John Neighbour")
    async with sandbox(tmp_path) as open311, relay(email_config(open311)), aiohttp.ClientSession() as http:
        first = await jane.write("Big pothole outside 12 Station Road", subject="Pothole")
        [submitted] = await jane.wait(1)
        assert_threaded(submitted, first, root=first)
        ref = ref_of(body(submitted))

        second = await john.write("There is a pothole outside 12 Station Road", subject="Road damage")
        [told] = await john.wait(1)
        assert_threaded(told, second, root=second)
        assert "already been reported" in body(told) and ref in body(told)
        [stored] = await staff_requests(http, open311)  # filed once
        assert str(stored["service_request_id"]) in body(submitted)

        await _set_status(http, open311, str(stored["service_request_id"]), "closed", "Crew booked.")
        [_, update_jane] = await jane.wait(2)
        [_, update_john] = await john.wait(2)
        assert_in_thread(update_jane, jane)
        assert_in_thread(update_john, john)
        for update in (update_jane, update_john):
            assert ref in body(update) and "closed" in body(update) and "Crew booked." in body(update)
        assert len(await staff_requests(http, open311)) == 1
        assert len(smtp.messages) == 4  # nothing told twice


async def _opted_out(app: App) -> bool:
    assert app.sessions is not None
    async with app.sessions() as db:
        return bool((await db.execute(select(Contact.opted_out))).scalar_one())


async def _states(app: App) -> list[str]:
    assert app.sessions is not None
    async with app.sessions() as db:
        return list((await db.execute(select(OutboundMessage.state).order_by(OutboundMessage.id))).scalars())  # type: ignore[arg-type]
