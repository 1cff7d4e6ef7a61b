"""The X channel against a local fake X API v2 (tests/fake_x.py) shaped by, and replaying, the real
responses recorded in ../shared/data/cassettes/x."""

from __future__ import annotations

import html
import logging
import socket
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from typing import Any

import aiohttp
import pytest
from conftest import shared_data
from fake_x import FakeX
from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from channels import x_twitter as x_module
from channels.base import ChannelContext, Outgoing, SendError
from channels.mastodon_x_common import advance_cursor, read_cursor
from channels.registry import build_channels
from channels.x_twitter import OAuth1, XChannel, XConfig, XCredentialsError, oauth1_header, x_length
from store.models import (
    ChannelCursor,
    Contact,
    InboundMessage,
)

CREDS = ("ck-3f9a1b", "cs-5e2d7c91f0a4", "at-77c1d2e3", "ats-0b9a8c7d6e5f")
ENVS = {
    "RELAY311_TEST_X_KEY": CREDS[0],
    "RELAY311_TEST_X_SECRET": CREDS[1],
    "RELAY311_TEST_X_TOKEN": CREDS[2],
    "RELAY311_TEST_X_TOKEN_SECRET": CREDS[3],
}
ENV_CONFIG = {
    "api_key_env": "RELAY311_TEST_X_KEY",
    "api_secret_env": "RELAY311_TEST_X_SECRET",
    "access_token_env": "RELAY311_TEST_X_TOKEN",
    "access_token_secret_env": "RELAY311_TEST_X_TOKEN_SECRET",
}


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture
async def fake() -> AsyncIterator[FakeX]:
    server = FakeX(oauth1=CREDS)
    await server.start()
    yield server
    await server.close()


@pytest.fixture
async def recorded() -> AsyncIterator[FakeX]:
    server = FakeX(oauth1=CREDS, cassettes=shared_data("cassettes", "x"))
    await server.start()
    yield server
    await server.close()


@pytest.fixture
def make_channel(
    sessions: async_sessionmaker[AsyncSession], http: aiohttp.ClientSession, monkeypatch: pytest.MonkeyPatch
) -> Callable[..., XChannel]:
    for name, value in ENVS.items():
        monkeypatch.setenv(name, value)

    def make(url: str, **options: Any) -> XChannel:
        config = XConfig.model_validate({"api_base_url": url, "start_from": "all", **ENV_CONFIG, **options})
        context = ChannelContext(
            sessions=sessions, http=http, public_url="http://127.0.0.1:1", received=lambda: None
        )
        return XChannel(config, context)

    return make


async def inbound(sessions: async_sessionmaker[AsyncSession]) -> list[InboundMessage]:
    async with sessions() as db:
        return list((await db.execute(select(InboundMessage).order_by(InboundMessage.id))).scalars().all())


def test_oauth1_signature_matches_the_worked_example_in_xs_documentation() -> None:
    creds = OAuth1(
        "xvz1evFS4wEEPTGEFPHBog",
        "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw",
        "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb",
        "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE",
    )
    header = oauth1_header(
        "POST",
        "https://api.twitter.com/1.1/statuses/update.json",
        [("include_entities", "true"), ("status", "Hello Ladies + Gentlemen, a signed OAuth request!")],
        creds,
        nonce="kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg",
        timestamp=1318622958,
    )
    assert 'oauth_signature="hCtSmYh%2BiHYCEqBWrE7C7hYmtUk%3D"' in header


def test_weighted_length_counts_urls_as_23_and_most_non_latin_characters_as_2() -> None:
    assert x_length("see https://example.org/" + "a" * 100) == 4 + 23
    assert x_length("道路") == 4
    assert x_length("café") == 4


async def test_mention_is_stored_without_reply_mentions_or_the_bots_handle(
    fake: FakeX, make_channel: Callable[..., XChannel], sessions: Any
) -> None:
    tweet = fake.mention("citizen1", "@DemoTownCouncil @roads_dept Pothole &amp; broken kerb on Mill Lane")
    channel = make_channel(fake.url)
    assert await channel.poll() == 1
    [msg] = await inbound(sessions)
    assert msg.text == "Pothole & broken kerb on Mill Lane"
    assert msg.provider_id == msg.thread_ref == tweet["id"]
    async with sessions() as db:
        contact = await db.get(Contact, msg.contact_id)
    assert contact is not None and contact.address == tweet["author_id"]
    assert await read_cursor(sessions, "x", f"mentions:{fake.me['id']}") == tweet["id"]
    assert await channel.poll() == 0
    assert f"since_id={tweet['id']}" in fake.requests[-1][1]


async def test_first_start_from_now_reads_only_later_mentions(
    fake: FakeX, make_channel: Callable[..., XChannel], sessions: Any
) -> None:
    fake.mention("citizen1", "@DemoTownCouncil something from last year")
    channel = make_channel(fake.url, start_from="now")
    assert await channel.poll() == 0
    fake.mention("citizen2", "@DemoTownCouncil Streetlight out on Church Street")
    assert await channel.poll() == 1
    assert [m.text for m in await inbound(sessions)] == ["Streetlight out on Church Street"]


async def test_all_pages_of_new_mentions_are_stored_oldest_first(
    fake: FakeX, make_channel: Callable[..., XChannel], sessions: Any
) -> None:
    fake.page_size = 10
    for i in range(25):
        fake.mention(f"citizen{i % 3}", f"@DemoTownCouncil report {i}")
    assert await make_channel(fake.url).poll() == 25
    assert [m.text for m in await inbound(sessions)] == [f"report {i}" for i in range(25)]
    assert sum("pagination_token=" in path for _, path in fake.requests) == 2


async def test_media_and_an_exact_geotag_are_kept(
    fake: FakeX, make_channel: Callable[..., XChannel], sessions: Any
) -> None:
    fake.media["3_1"] = {
        "media_key": "3_1",
        "type": "photo",
        "url": "https://pbs.twimg.com/media/pothole.jpg",
    }
    fake.mention(
        "citizen1",
        "@DemoTownCouncil this one",
        attachments={"media_keys": ["3_1"]},
        geo={"coordinates": {"type": "Point", "coordinates": [-1.2577, 51.752]}},
    )
    assert await make_channel(fake.url).poll() == 1
    [msg] = await inbound(sessions)
    assert msg.media == ["https://pbs.twimg.com/media/pothole.jpg"]
    assert (msg.lat, msg.lon) == (51.752, -1.2577)


async def test_own_posts_are_not_stored(
    fake: FakeX, make_channel: Callable[..., XChannel], sessions: Any
) -> None:
    tweet = fake.mention("citizen1", "@DemoTownCouncil hello")
    tweet["author_id"] = fake.me["id"]
    assert await make_channel(fake.url).poll() == 1
    assert await inbound(sessions) == []


async def test_the_same_mention_delivered_again_is_stored_once(
    fake: FakeX, make_channel: Callable[..., XChannel], sessions: Any
) -> None:
    tweet = fake.mention("citizen1", "@DemoTownCouncil Overflowing bin")
    assert await make_channel(fake.url).poll() == 1
    fake.verbatim = {"data": [tweet, tweet], "meta": {"result_count": 2}}  # X repeats itself
    async with sessions() as db, db.begin():
        (await db.execute(select(ChannelCursor))).scalar_one().value = "0"
    assert await make_channel(fake.url).poll() == 1  # the copy in the same page is not newer than the cursor
    assert len(await inbound(sessions)) == 1


async def test_killed_between_storing_and_advancing_the_cursor_loses_and_doubles_nothing(
    fake: FakeX, make_channel: Callable[..., XChannel], sessions: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake.mention("citizen1", "@DemoTownCouncil first")
    fake.mention("citizen2", "@DemoTownCouncil second")

    class Killed(BaseException):
        pass

    async def die(*args: Any) -> None:
        raise Killed()

    monkeypatch.setattr(x_module, "advance_cursor", die)
    with pytest.raises(Killed):
        await make_channel(fake.url).poll()
    assert [m.text for m in await inbound(sessions)] == ["first"]
    monkeypatch.setattr(x_module, "advance_cursor", advance_cursor)
    assert await make_channel(fake.url).poll() == 2
    assert [m.text for m in await inbound(sessions)] == ["first", "second"]


async def test_unreachable_then_back_is_logged_failed_once_then_recovered(
    fake: FakeX, make_channel: Callable[..., XChannel], sessions: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="channels.x_twitter")
    channel = make_channel(fake.url)
    fake.mention("citizen1", "@DemoTownCouncil Dumped mattress on Park Road")
    port = fake.port
    await fake.close()
    assert [await channel.loop.run_once() for _ in range(3)] == [-1, -1, -1]
    await fake.start(port)
    assert await channel.loop.run_once() == 1
    assert caplog.text.count("x mentions failed") == 1
    assert caplog.text.count("x mentions recovered after 3 failed attempts") == 1
    assert len(await inbound(sessions)) == 1


async def test_server_errors_are_logged_once_and_the_cursor_holds(
    fake: FakeX, make_channel: Callable[..., XChannel], sessions: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="channels.x_twitter")
    channel = make_channel(fake.url)
    await channel.ready()
    fake.mention("citizen1", "@DemoTownCouncil Blocked drain")
    fake.fail_next(2, 503, {"title": "Service Unavailable", "detail": "Service Unavailable", "status": 503})
    assert [await channel.loop.run_once() for _ in range(3)] == [-1, -1, 1]
    assert caplog.text.count("x mentions failed") == 1 and "HTTP 503" in caplog.text
    assert len(await inbound(sessions)) == 1


async def test_429_stops_requests_until_the_reset(
    fake: FakeX, make_channel: Callable[..., XChannel], sessions: Any
) -> None:
    channel = make_channel(fake.url)
    await channel.ready()
    fake.mention("citizen1", "@DemoTownCouncil Pothole")
    reset = datetime.now(UTC).timestamp() + 600
    fake.fail_next(
        1, 429, {"title": "Too Many Requests", "status": 429}, {"x-rate-limit-reset": str(int(reset))}
    )
    assert await channel.poll() == 0
    before = len(fake.requests)
    assert await channel.poll() == 0  # waits: no request at all
    assert len(fake.requests) == before
    assert 590 < channel.limits["mentions"].wait() <= 600
    channel.limits["mentions"].blocked_until = 0  # the reset time has come
    assert await channel.poll() == 1


async def test_reply_is_posted_in_the_thread_and_counted(
    fake: FakeX, make_channel: Callable[..., XChannel], caplog: pytest.LogCaptureFixture, sessions: Any
) -> None:
    caplog.set_level(logging.INFO, logger="channels.x_twitter")
    tweet = fake.mention("citizen1", "@DemoTownCouncil Pothole")
    channel = make_channel(fake.url)
    provider_id = await channel.send(
        Outgoing(5, tweet["author_id"], "Thanks! Report R-ABCDE is with us.", tweet["id"])
    )
    [post] = fake.replies_to(tweet["id"])
    assert post == {
        "text": "Thanks! Report R-ABCDE is with us.",
        "reply": {"in_reply_to_tweet_id": tweet["id"]},
        "id": provider_id,
    }
    month = datetime.now(UTC).strftime("%Y-%m")
    assert await read_cursor(sessions, "x", f"posts:{month}") == "1"
    assert f"(1 posts in {month})" in caplog.text


async def test_long_reply_is_cut_to_280_weighted_characters(
    fake: FakeX, make_channel: Callable[..., XChannel]
) -> None:
    tweet = fake.mention("citizen1", "@DemoTownCouncil Pothole")
    text = "Update on your report R-ABCDE: fixed. " + "道路の補修が完了しました。" * 30
    await make_channel(fake.url).send(Outgoing(6, "u", text, tweet["id"]))
    [post] = fake.posted
    assert x_length(post["text"]) <= 280 and post["text"].endswith("…")
    assert post["text"].startswith("Update on your report R-ABCDE: fixed.")


@pytest.mark.parametrize(
    ("status", "body", "retry"),
    [
        (
            403,
            {"title": "Forbidden", "detail": "You are not allowed to create a Tweet with duplicate content."},
            False,
        ),
        (401, {"title": "Unauthorized", "detail": "Unauthorized"}, False),
        (400, {"errors": [{"message": "Invalid Request"}], "title": "Invalid Request"}, False),
        (503, {"title": "Service Unavailable"}, True),
        (429, {"title": "Too Many Requests"}, True),
    ],
)
async def test_send_errors_are_mapped_to_retry_or_give_up(
    fake: FakeX, make_channel: Callable[..., XChannel], status: int, body: dict[str, Any], retry: bool
) -> None:
    tweet = fake.mention("citizen1", "@DemoTownCouncil Pothole")
    fake.fail_next(1, status, body)
    with pytest.raises(SendError) as failure:
        await make_channel(fake.url).send(Outgoing(8, "u", "Noted.", tweet["id"]))
    assert failure.value.retry is retry
    assert f"HTTP {status}" in str(failure.value)
    assert CREDS[1] not in str(failure.value) and CREDS[3] not in str(failure.value)


async def test_unreachable_x_is_a_retryable_send_failure(make_channel: Callable[..., XChannel]) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(SendError) as failure:
        await make_channel(f"http://127.0.0.1:{port}").send(Outgoing(1, "u", "Hello", "1"))
    assert failure.value.retry and "cannot reach X" in str(failure.value)


KINDS = {
    "ask": "question",
    "submitted": "confirmation",
    "open": "status",
    "closed": "final_status",
    "failed": "failed",
    "expired": "info",
}


@pytest.mark.parametrize(
    ("policy", "posted"),
    [
        ("all", set(KINDS)),
        ("questions_and_final", {"ask", "closed", "failed"}),
        ("final_status_only", {"closed"}),
        ("none", set()),
    ],
)
async def test_reply_policy_decides_what_is_posted_by_the_kind_of_reply(
    fake: FakeX, make_channel: Callable[..., XChannel], policy: str, posted: set[str]
) -> None:
    tweet = fake.mention("citizen1", "@DemoTownCouncil Pothole")
    channel = make_channel(fake.url, replies=policy)
    results = {
        name: await channel.send(Outgoing(n, "u", f"reply {name}", tweet["id"], kind=kind))
        for n, (name, kind) in enumerate(KINDS.items(), start=1)
    }
    assert {p["text"].removeprefix("reply ") for p in fake.posted} == posted
    assert {name for name, pid in results.items() if not pid.startswith("not-posted:")} == posted


async def test_bearer_token_mode(
    make_channel: Callable[..., XChannel], sessions: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RELAY311_TEST_X_BEARER", "user-context-token-91c2")
    server = FakeX(bearer="user-context-token-91c2")
    await server.start()
    try:
        server.mention("citizen1", "@DemoTownCouncil Pothole")
        assert await make_channel(server.url, bearer_token_env="RELAY311_TEST_X_BEARER").poll() == 1
    finally:
        await server.close()


async def test_wrong_credentials_fail_the_poll(
    fake: FakeX, make_channel: Callable[..., XChannel], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake.oauth1 = (CREDS[0], "another-secret", CREDS[2], CREDS[3])
    channel = make_channel(fake.url)
    assert await channel.loop.run_once() == -1


# --- malformed input ---------------------------------------------------------------------------------


async def test_empty_and_huge_mentions_are_stored_with_a_clear_log_line(
    fake: FakeX, make_channel: Callable[..., XChannel], sessions: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="channels.x_twitter")
    fake.mention("citizen1", "@DemoTownCouncil")
    fake.mention("citizen2", "@DemoTownCouncil pothole", note_tweet={"text": "pothole " * 4000})
    fake.mention("citizen3", "@DemoTownCouncil &lt;script&gt;alert(1)&lt;/script&gt; Pothole")
    assert await make_channel(fake.url).poll() == 3
    empty, huge, script = await inbound(sessions)
    assert empty.text == "" and "is empty; stored" in caplog.text
    assert len(huge.text) == 5000 and "characters of text; stored the first 5000" in caplog.text
    assert script.text == "<script>alert(1)</script> Pothole"  # plain text, kept as the citizen wrote it


async def test_malformed_pages_fail_the_poll_and_invalid_posts_are_skipped(
    fake: FakeX, make_channel: Callable[..., XChannel], sessions: Any, caplog: pytest.LogCaptureFixture
) -> None:
    channel = make_channel(fake.url)
    fake.verbatim = {"data": "not a list"}
    assert await channel.loop.run_once() == -1
    fake.verbatim = {"data": [{"text": "no id"}, {"id": "12abc", "text": "bad id"}, "junk"]}
    assert await channel.loop.run_once() == 0
    assert caplog.text.count("skipped a mention without a valid id") == 3
    assert await inbound(sessions) == []
    assert await read_cursor(sessions, "x", f"mentions:{fake.me['id']}") is None


# --- the recorded responses --------------------------------------------------------------------------


async def test_recorded_mentions_page_is_stored_as_x_sent_it(
    recorded: FakeX, make_channel: Callable[..., XChannel], sessions: Any, caplog: pytest.LogCaptureFixture
) -> None:
    assert recorded.recorded_mentions is not None
    page = recorded.recorded_mentions
    recorded.verbatim = page  # no author_id: the recording did not ask for expansions
    channel = make_channel(recorded.url)
    assert await channel.poll() == len(page["data"])
    assert channel.me is not None and channel.me.username == recorded.me["username"]
    messages = await inbound(sessions)
    originals = {t["id"]: html.unescape(t["text"]) for t in page["data"]}
    for msg in messages:
        assert not msg.text.startswith(("@", ".@"))
        assert msg.text and msg.text in originals[msg.provider_id]
    assert "has no author_id" in caplog.text
    # the recorded rate-limit headers (449 of 450 left) do not hold requests back
    assert channel.limits["mentions"].wait() == 0
    newest = max(originals, key=int)
    assert await read_cursor(sessions, "x", f"mentions:{recorded.me['id']}") == newest


async def test_reply_answer_has_the_recorded_shape(
    recorded: FakeX, make_channel: Callable[..., XChannel]
) -> None:
    tweet = recorded.mention("citizen1", "@TweepyDev Pothole")
    provider_id = await make_channel(recorded.url).send(
        Outgoing(9, tweet["author_id"], "Noted.", tweet["id"])
    )
    assert provider_id.isdigit()
    assert recorded.recorded_create is not None and set(recorded.recorded_create["data"]) == {"id", "text"}


def test_invalid_config_is_rejected() -> None:
    with pytest.raises(ValidationError):
        XConfig.model_validate({"replies": "some"})
    with pytest.raises(ValidationError):
        XConfig.model_validate({"user_id": "@council"})


async def test_missing_secret_is_reported_by_variable_name(
    sessions: Any, http: aiohttp.ClientSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("X_API_KEY", "X_API_SECRET", "X_ACCESS_TOKEN", "X_ACCESS_TOKEN_SECRET"):
        monkeypatch.setenv(name, "v")
    monkeypatch.delenv("X_ACCESS_TOKEN_SECRET")
    context = ChannelContext(sessions=sessions, http=http, public_url="", received=lambda: None)
    with pytest.raises(XCredentialsError, match="X_ACCESS_TOKEN_SECRET"):
        XChannel(XConfig(), context)
    monkeypatch.setenv("X_ACCESS_TOKEN_SECRET", "v")
    assert isinstance(build_channels({"x": {}}, context)["x"], XChannel)


# --- end to end ---------------------------------------------------------------------------------------


async def test_mention_becomes_an_open311_request_and_replies_are_posted_in_the_thread(
    db_url: str,
    tmp_path: Any,
    fake: FakeX,
    http: aiohttp.ClientSession,
    make_channel: Callable[..., XChannel],
) -> None:
    from tests.e2e import config, eventually, relay, sandbox, staff_requests

    section = {**ENV_CONFIG, "api_base_url": fake.url, "poll_interval": 0.2, "start_from": "all"}
    async with sandbox(tmp_path) as open311, relay(config(db_url, open311, x=section)) as app:
        tweet = fake.mention("citizen1", "@DemoTownCouncil Big pothole outside 12 Station Road")

        async def posts(n: int) -> list[dict[str, Any]] | None:
            found = fake.replies_to(tweet["id"])
            return found if len(found) >= n else None

        [confirmation] = await eventually(lambda: posts(1))
        [stored] = await staff_requests(http, open311)
        assert str(stored["service_request_id"]) in confirmation["text"]
        async with http.post(
            f"{open311}/staff/api/requests/{stored['service_request_id']}",
            json={"status": "closed", "status_notes": "Repaired."},
        ) as resp:
            assert resp.status == 200
        update = (await eventually(lambda: posts(2)))[1]
        assert "Repaired." in update["text"]
        assert app.sessions is not None
        month = datetime.now(UTC).strftime("%Y-%m")
        assert await read_cursor(app.sessions, "x", f"posts:{month}") == "2"
