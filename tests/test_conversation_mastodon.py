"""Scripted conversations over Mastodon (issue 6): mentions of the bot at mastodon-mock -> relay311 -> the
Open311 sandbox, and back as direct replies in the citizen's thread. Each test asserts what the citizen's
account received: the text, `in_reply_to_id`, `visibility`, and the instance's character limit."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from fake_mastodon import CITIZEN_TOKEN, MastodonMock
from mastodon_kit import section
from sqlmodel import select

from channels.mastodon_x_common import html_to_text, weighted_length
from relay311.app import App
from store.models import Contact, OutboundMessage
from tests.e2e import config, eventually, relay, sandbox, staff_requests

MENTION = "@bob "  # how every reply to the citizen (bob) starts
LIMIT = 500  # mastodon-mock's /api/v2/instance max_characters


@dataclass
class Citizen:
    """bob (or another seeded account) on mastodon-mock, writing to the council's bot (alice) and reading
    its replies."""

    mock: MastodonMock
    http: aiohttp.ClientSession
    token: str = CITIZEN_TOKEN  # bob's; carol's is "carol_token"
    statuses: list[dict[str, Any]] = field(default_factory=list)  # what the citizen posted, oldest first

    async def say(self, text: str, *, reply_to: dict[str, Any] | None = None) -> dict[str, Any]:
        extra = {"in_reply_to_id": reply_to["id"]} if reply_to else {}
        if self.token == CITIZEN_TOKEN:
            status = await self.mock.mention(self.http, f"@alice {text}", **extra)
        else:
            body = {"status": f"@alice {text}", **extra}
            status = await self.mock.api(self.http, "POST", "/api/v1/statuses", token=self.token, body=body)
        self.statuses.append(status)
        return status

    async def received(self) -> list[dict[str, Any]]:
        if self.token == CITIZEN_TOKEN:
            return await self.mock.citizen_mentions(self.http)
        params = [("types[]", "mention")]
        page = await self.mock.api(self.http, "GET", "/api/v1/notifications", token=self.token, params=params)
        return [n["status"] for n in reversed(page)]

    async def wait(self, count: int) -> list[dict[str, Any]]:
        async def probe() -> list[dict[str, Any]] | None:
            found = await self.received()
            return found if len(found) >= count else None

        return await eventually(probe, within=30)


def text(status: dict[str, Any], mention: str = MENTION) -> str:
    """A reply's text without the leading mention of the citizen (bob unless `mention` says otherwise)."""
    plain = html_to_text(status["content"])[0]
    assert plain.startswith(mention), plain
    return plain.removeprefix(mention)


def assert_delivered(status: dict[str, Any], answering: dict[str, Any]) -> None:
    """A direct reply, in the thread of the citizen's `answering` status, within the instance's limit."""
    assert status["visibility"] == "direct"
    assert status["in_reply_to_id"] == answering["id"]
    assert weighted_length(html_to_text(status["content"])[0]) <= LIMIT


def mastodon_config(db_url: str, open311: str, mock: MastodonMock, monkeypatch: pytest.MonkeyPatch) -> Any:
    return config(db_url, open311, mastodon=section(mock.url, monkeypatch))


async def _set_status(
    http: aiohttp.ClientSession, open311: str, request_id: str, status: str, notes: str
) -> None:
    async with http.post(
        f"{open311}/staff/api/requests/{request_id}", json={"status": status, "status_notes": notes}
    ) as resp:
        assert resp.status == 200, await resp.text()


def ref_of(reply: str) -> str:
    return reply.split("report ")[1].split(" ")[0]


async def test_missing_location_is_asked_and_answered_in_the_same_thread(
    db_url: str,
    tmp_path: Path,
    mock: MastodonMock,
    http: aiohttp.ClientSession,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bob = Citizen(mock, http)
    async with sandbox(tmp_path) as open311, relay(mastodon_config(db_url, open311, mock, monkeypatch)):
        first = await bob.say("There is a huge pothole, nearly came off my bike")
        [question] = await bob.wait(1)
        assert "where" in text(question).lower()
        assert_delivered(question, first)
        assert await staff_requests(http, open311) == []

        answer = await bob.say("outside 12 Station Road", reply_to=question)
        [_, submitted] = await bob.wait(2)
        [stored] = await staff_requests(http, open311)
        assert "pothole" in stored["service_name"].lower()
        assert str(stored["service_request_id"]) in text(submitted)
        assert submitted["visibility"] == "direct"
        assert submitted["in_reply_to_id"] in (first["id"], answer["id"])  # in the citizen's thread
        assert len(await bob.received()) == 2


async def test_unsure_category_offers_numbered_choices_and_takes_the_second(
    db_url: str,
    tmp_path: Path,
    mock: MastodonMock,
    http: aiohttp.ClientSession,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bob = Citizen(mock, http)
    async with sandbox(tmp_path) as open311, relay(mastodon_config(db_url, open311, mock, monkeypatch)):
        first = await bob.say("broken thing by 5 Mill Lane")
        [question] = await bob.wait(1)
        assert_delivered(question, first)
        numbered = [line for line in text(question).splitlines() if line[:2] in ("1)", "2)", "3)", "4)")]
        assert len(numbered) == 4, text(question)
        assert "something else" in numbered[3].lower()
        second = numbered[1][3:].strip()

        choice = await bob.say("2", reply_to=question)
        [_, submitted] = await bob.wait(2)
        [stored] = await staff_requests(http, open311)
        assert stored["service_name"] == second
        assert str(stored["service_request_id"]) in text(submitted)
        assert submitted["in_reply_to_id"] in (first["id"], choice["id"])
        assert submitted["visibility"] == "direct"


async def test_status_after_a_restart_answers_in_the_thread(
    db_url: str,
    tmp_path: Path,
    mock: MastodonMock,
    http: aiohttp.ClientSession,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bob = Citizen(mock, http)
    async with sandbox(tmp_path) as open311:
        async with relay(mastodon_config(db_url, open311, mock, monkeypatch)):
            first = await bob.say("Big pothole outside 12 Station Road")
            [submitted] = await bob.wait(1)
            assert_delivered(submitted, first)
            ref = ref_of(text(submitted))
        async with relay(mastodon_config(db_url, open311, mock, monkeypatch)):
            asked = await bob.say("STATUS", reply_to=submitted)
            [_, status] = await bob.wait(2)
            assert_delivered(status, asked)
            assert ref in text(status) and "open" in text(status)
            assert len(await staff_requests(http, open311)) == 1
        assert len(await bob.received()) == 2  # the first mention was not read again after the restart


async def test_stop_then_a_status_change_posts_nothing(
    db_url: str,
    tmp_path: Path,
    mock: MastodonMock,
    http: aiohttp.ClientSession,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bob = Citizen(mock, http)
    async with (
        sandbox(tmp_path) as open311,
        relay(mastodon_config(db_url, open311, mock, monkeypatch)) as app,
    ):
        await bob.say("Big pothole outside 12 Station Road")
        [submitted] = await bob.wait(1)
        await bob.say("STOP", reply_to=submitted)
        await eventually(lambda: _opted_out(app))
        [stored] = await staff_requests(http, open311)
        await _set_status(http, open311, str(stored["service_request_id"]), "closed", "Repaired.")

        async def settled() -> list[str] | None:
            states = await _states(app)
            told = "suppressed" in states and not {"queued", "sending"} & set(states)
            return states if told else None

        states = await eventually(settled, within=30)
        assert states.count("sent") == 1  # the confirmation, before STOP
        assert [text(s) for s in await bob.received()] == [text(submitted)]


async def test_spanish_in_spanish_out(
    db_url: str,
    tmp_path: Path,
    mock: MastodonMock,
    http: aiohttp.ClientSession,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bob = Citizen(mock, http)
    async with sandbox(tmp_path) as open311, relay(mastodon_config(db_url, open311, mock, monkeypatch)):
        first = await bob.say("Hay un problema delante del 12 Station Road")
        [question] = await bob.wait(1)
        assert_delivered(question, first)
        assert "¿Qué tipo de problema es?" in text(question)
        answer = await bob.say("un bache enorme", reply_to=question)
        [_, submitted] = await bob.wait(2)
        assert text(submitted).startswith("¡Gracias! Su aviso")
        assert submitted["in_reply_to_id"] in (first["id"], answer["id"])
        [stored] = await staff_requests(http, open311)
        await _set_status(http, open311, str(stored["service_request_id"]), "fixed", "")
        [*_, update] = await bob.wait(3)
        assert text(update).startswith("Novedades de su aviso")
        assert update["visibility"] == "direct"


async def test_long_replies_never_exceed_the_instance_limit_with_the_mention(
    db_url: str,
    tmp_path: Path,
    mock: MastodonMock,
    http: aiohttp.ClientSession,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bob = Citizen(mock, http)
    async with (
        sandbox(tmp_path) as open311,
        relay(mastodon_config(db_url, open311, mock, monkeypatch)) as app,
    ):
        first = await bob.say("Abandoned car outside 12 Station Road")
        [question] = await bob.wait(1)  # a notice, a question and numbered choices
        assert "What kind of vehicle is it?" in text(question)
        answer = await bob.say("2", reply_to=question)
        [_, submitted] = await bob.wait(2)
        [stored] = await staff_requests(http, open311)
        assert stored["attributes"] == {"VEHICLE_TYPE": ["van"]}

        notes = "The vehicle was inspected by the parking team on Tuesday. " * 15  # ~900 characters
        await _set_status(http, open311, str(stored["service_request_id"]), "closed", notes.strip())
        replies = await bob.wait(3)
        update = replies[2]
        assert text(update).startswith("Update on your report") and "closed" in text(update)
        assert "The vehicle was inspected" in text(update) and text(update).endswith("...")  # fitted
        assert app.channels["mastodon"].max_characters == LIMIT  # type: ignore[attr-defined]
        for reply in replies:
            assert reply["visibility"] == "direct"
            assert weighted_length(html_to_text(reply["content"])[0]) <= LIMIT
        assert question["in_reply_to_id"] == first["id"]
        assert {submitted["in_reply_to_id"], update["in_reply_to_id"]} <= {first["id"], answer["id"]}


async def test_required_attribute_is_asked_and_the_numbered_answer_is_sent(
    db_url: str,
    tmp_path: Path,
    mock: MastodonMock,
    http: aiohttp.ClientSession,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bob = Citizen(mock, http)
    async with sandbox(tmp_path) as open311, relay(mastodon_config(db_url, open311, mock, monkeypatch)):
        first = await bob.say("Abandoned car outside 12 Station Road")
        [question] = await bob.wait(1)
        assert_delivered(question, first)
        assert "Please note: A vehicle parked legally" in text(question)
        assert "What kind of vehicle is it?" in text(question) and "2) Van" in text(question)
        assert "Registration" not in text(question)  # optional attributes are not asked by default
        assert await staff_requests(http, open311) == []

        answer = await bob.say("2", reply_to=question)
        [_, submitted] = await bob.wait(2)
        [stored] = await staff_requests(http, open311)
        assert stored["service_code"] == "ABANDONED_VEHICLE"
        assert stored["attributes"] == {"VEHICLE_TYPE": ["van"]}
        assert str(stored["service_request_id"]) in text(submitted)
        assert submitted["visibility"] == "direct"
        assert submitted["in_reply_to_id"] in (first["id"], answer["id"])  # in the citizen's thread
        assert len(await bob.received()) == 2


async def test_duplicate_is_not_filed_again_and_both_citizens_get_the_update(
    db_url: str,
    tmp_path: Path,
    mock: MastodonMock,
    http: aiohttp.ClientSession,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bob = Citizen(mock, http)
    carol = Citizen(mock, http, token="carol_token")  # nosec B106 - the mock's seeded token
    async with sandbox(tmp_path) as open311, relay(mastodon_config(db_url, open311, mock, monkeypatch)):
        first = await bob.say("Big pothole outside 12 Station Road")
        [submitted] = await bob.wait(1)
        assert_delivered(submitted, first)
        ref = ref_of(text(submitted))

        second = await carol.say("There is a pothole outside 12 Station Road")
        [told] = await carol.wait(1)
        assert_delivered(told, second)
        assert "already been reported" in text(told, "@carol ") and ref in text(told, "@carol ")
        [stored] = await staff_requests(http, open311)  # filed once
        assert str(stored["service_request_id"]) in text(submitted)

        await _set_status(http, open311, str(stored["service_request_id"]), "closed", "Crew booked.")
        [_, update_bob] = await bob.wait(2)
        [_, update_carol] = await carol.wait(2)
        assert update_bob["in_reply_to_id"] == first["id"]
        assert update_carol["in_reply_to_id"] == second["id"]
        for update, mention in ((update_bob, MENTION), (update_carol, "@carol ")):
            assert update["visibility"] == "direct"
            said = text(update, mention)
            assert ref in said and "closed" in said and "Crew booked." in said
        assert len(await staff_requests(http, open311)) == 1
        assert len(await bob.received()) == 2 and len(await carol.received()) == 2  # nothing told twice


async def _opted_out(app: App) -> bool:
    assert app.sessions is not None
    async with app.sessions() as db:
        return bool((await db.execute(select(Contact.opted_out))).scalar_one())


async def _states(app: App) -> list[str]:
    assert app.sessions is not None
    async with app.sessions() as db:
        return list((await db.execute(select(OutboundMessage.state).order_by(OutboundMessage.id))).scalars())  # type: ignore[arg-type]
