"""The Mastodon channel against mastodon-mock (a stateful Mastodon API server) over HTTP, and against the
real Mastodon 4.6.4 responses recorded in ../shared/data/cassettes/mastodon (served by a local fake)."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from typing import Any

import aiohttp
import pytest
from conftest import shared_data
from fake_mastodon import BOT_TOKEN, CassetteMastodon, MastodonMock, mention_notification
from mastodon_kit import TOKEN_ENV, section
from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from channels import mastodon as mastodon_module
from channels.base import ChannelContext, Outgoing, SendError
from channels.mastodon import MastodonChannel, MastodonConfig, MastodonCredentialsError, strip_handle
from channels.mastodon_x_common import RateLimit, fit, html_to_text, read_cursor, weighted_length
from channels.registry import build_channels
from store.models import ChannelCursor, Contact, InboundMessage
from tests.e2e import eventually


@pytest.fixture
async def cassette() -> AsyncIterator[CassetteMastodon]:
    server = CassetteMastodon(shared_data("cassettes", "mastodon"))
    await server.start()
    yield server
    await server.close()


@pytest.fixture
def make_channel(
    sessions: async_sessionmaker[AsyncSession], http: aiohttp.ClientSession, monkeypatch: pytest.MonkeyPatch
) -> Callable[..., MastodonChannel]:
    def make(url: str, token: str = BOT_TOKEN, **options: Any) -> MastodonChannel:
        monkeypatch.setenv(TOKEN_ENV, token)
        config = MastodonConfig(
            api_base_url=url,
            access_token_env=TOKEN_ENV,
            **{"start_from": "all", "streaming": False, **options},
        )
        context = ChannelContext(
            sessions=sessions, http=http, public_url="http://127.0.0.1:1", received=lambda: None
        )
        return MastodonChannel(config, context)

    return make


async def inbound(sessions: async_sessionmaker[AsyncSession]) -> list[InboundMessage]:
    async with sessions() as db:
        return list((await db.execute(select(InboundMessage).order_by(InboundMessage.id))).scalars().all())


# --- against mastodon-mock ---------------------------------------------------------------------------


async def test_mention_is_stored_as_text_without_the_bots_handle_and_the_cursor_moves_past_it(
    mock: MastodonMock,
    http: aiohttp.ClientSession,
    make_channel: Callable[..., MastodonChannel],
    sessions: Any,
) -> None:
    status = await mock.mention(http, "@alice Big pothole outside 12 Station Road")
    channel = make_channel(mock.url)
    assert await channel.poll() == 1
    assert await channel.poll() == 0
    [msg] = await inbound(sessions)
    assert msg.channel == "mastodon"
    assert msg.text == "Big pothole outside 12 Station Road"
    assert msg.provider_id == msg.thread_ref == status["id"]
    notifications = await mock.api(http, "GET", "/api/v1/notifications", token=BOT_TOKEN)
    assert await read_cursor(sessions, "mastodon", f"notifications:{channel.me.id}") == notifications[0]["id"]  # type: ignore[union-attr]


async def test_first_start_from_now_reads_only_mentions_made_after_it(
    mock: MastodonMock,
    http: aiohttp.ClientSession,
    make_channel: Callable[..., MastodonChannel],
    sessions: Any,
) -> None:
    await mock.mention(http, "@alice an old mention from before relay311 was set up")
    channel = make_channel(mock.url, start_from="now")
    assert await channel.poll() == 0
    await mock.mention(http, "@alice Broken street light on Mill Lane")
    assert await channel.poll() == 1
    assert [m.text for m in await inbound(sessions)] == ["Broken street light on Mill Lane"]


async def test_notifications_are_paged_forward_oldest_first(
    mock: MastodonMock,
    http: aiohttp.ClientSession,
    make_channel: Callable[..., MastodonChannel],
    sessions: Any,
) -> None:
    for i in range(45):  # more than one page of 40
        await mock.mention(http, f"@alice report number {i}")
    channel = make_channel(mock.url)
    handled = [await channel.poll() for _ in range(3)]
    assert handled == [40, 5, 0]
    assert [m.text for m in await inbound(sessions)] == [f"report number {i}" for i in range(45)]


async def test_notification_policy_is_set_so_strangers_direct_mentions_are_not_filtered(
    mock: MastodonMock,
    http: aiohttp.ClientSession,
    make_channel: Callable[..., MastodonChannel],
    sessions: Any,
) -> None:
    filtering = {
        "for_not_following": "filter",
        "for_private_mentions": "filter",
        "for_new_accounts": "filter",
    }
    await mock.api(http, "PATCH", "/api/v2/notifications/policy", token=BOT_TOKEN, body=filtering)
    channel = make_channel(mock.url)
    await channel.ready()
    policy = await mock.api(http, "GET", "/api/v2/notifications/policy", token=BOT_TOKEN)
    assert {k: policy[k] for k in filtering} == dict.fromkeys(filtering, "accept")
    await mock.mention(http, "@alice Fly-tipping behind the library", visibility="direct")
    assert await channel.poll() == 1
    assert [m.text for m in await inbound(sessions)] == ["Fly-tipping behind the library"]


async def test_policy_is_left_alone_when_configured_so(
    mock: MastodonMock, http: aiohttp.ClientSession, make_channel: Callable[..., MastodonChannel]
) -> None:
    await mock.api(
        http,
        "PATCH",
        "/api/v2/notifications/policy",
        token=BOT_TOKEN,
        body={"for_private_mentions": "filter"},
    )
    await make_channel(mock.url, accept_strangers=False).ready()
    policy = await mock.api(http, "GET", "/api/v2/notifications/policy", token=BOT_TOKEN)
    assert policy["for_private_mentions"] == "filter"


async def test_the_same_mention_delivered_again_is_stored_once(
    mock: MastodonMock,
    http: aiohttp.ClientSession,
    make_channel: Callable[..., MastodonChannel],
    sessions: Any,
) -> None:
    await mock.mention(http, "@alice Overflowing bin on Church Street")
    channel = make_channel(mock.url)
    assert await channel.poll() == 1
    # the provider hands the same notification out again (e.g. a cursor restored from a backup)
    async with sessions() as db, db.begin():
        row = (await db.execute(select(ChannelCursor))).scalar_one()
        row.value = "0"
    assert await make_channel(mock.url).poll() == 1
    assert len(await inbound(sessions)) == 1


async def test_killed_between_storing_and_advancing_the_cursor_loses_and_doubles_nothing(
    mock: MastodonMock,
    http: aiohttp.ClientSession,
    make_channel: Callable[..., MastodonChannel],
    sessions: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    await mock.mention(http, "@alice Pothole on Mill Lane")
    await mock.mention(http, "@alice Graffiti on the bus shelter")

    class Killed(BaseException):
        pass

    async def die(*args: Any) -> None:
        raise Killed()

    monkeypatch.setattr(mastodon_module, "advance_cursor", die)
    with pytest.raises(Killed):
        await make_channel(mock.url).poll()
    assert [m.text for m in await inbound(sessions)] == ["Pothole on Mill Lane"]  # stored, not acknowledged
    monkeypatch.undo()

    restarted = make_channel(mock.url)
    assert await restarted.poll() == 2  # the first is read again and deduplicated
    assert [m.text for m in await inbound(sessions)] == [
        "Pothole on Mill Lane",
        "Graffiti on the bus shelter",
    ]


async def test_provider_failing_for_a_while_is_logged_once_then_recovered(
    mock: MastodonMock,
    http: aiohttp.ClientSession,
    make_channel: Callable[..., MastodonChannel],
    sessions: Any,
    caplog: pytest.LogCaptureFixture,
) -> None:
    channel = make_channel(mock.url)
    await mock.mention(http, "@alice Dead badger on the A34")
    await mock.fault(
        http,
        {"match": {"path": "/api/v1/notifications"}, "effect": {"type": "status", "status": 503}, "count": 3},
    )
    caplog.set_level(logging.DEBUG, logger="channels.mastodon")
    results = [await channel.loop.run_once() for _ in range(4)]
    assert results == [-1, -1, -1, 1]
    messages = [r.getMessage() for r in caplog.records]
    assert len([m for m in messages if m.startswith("mastodon mentions failed")]) == 1
    assert len([m for m in messages if "mastodon mentions recovered after 3 failed attempts" in m]) == 1
    assert [m.text for m in await inbound(sessions)] == ["Dead badger on the A34"]


async def test_reply_is_a_direct_threaded_status_mentioning_the_citizen_sent_once_per_outbound_id(
    mock: MastodonMock, http: aiohttp.ClientSession, make_channel: Callable[..., MastodonChannel]
) -> None:
    status = await mock.mention(http, "@alice Broken bench in Victoria Park")
    channel = make_channel(mock.url)
    message = Outgoing(41, "bob", "Thanks! Your report R-ABCDE is with Demo Town Council.", status["id"])
    first = await channel.send(message)
    again = await channel.send(message)  # a retry after a crash: same Idempotency-Key
    assert first == again
    [reply] = await mock.citizen_mentions(http)
    assert reply["id"] == first
    assert reply["in_reply_to_id"] == status["id"]
    assert reply["visibility"] == "direct"
    assert "Your report R-ABCDE is with Demo Town Council." in reply["content"]
    assert "@bob" in reply["content"] or "bob" in reply["content"]


async def test_visibility_is_configurable(
    mock: MastodonMock, http: aiohttp.ClientSession, make_channel: Callable[..., MastodonChannel]
) -> None:
    status = await mock.mention(http, "@alice Leaking hydrant")
    await make_channel(mock.url, visibility="unlisted").send(Outgoing(1, "bob", "Noted.", status["id"]))
    [reply] = await mock.citizen_mentions(http)
    assert reply["visibility"] == "unlisted"


async def test_long_reply_becomes_a_thread_within_the_instances_character_limit(
    mock: MastodonMock, http: aiohttp.ClientSession, make_channel: Callable[..., MastodonChannel]
) -> None:
    status = await mock.mention(http, "@alice Tree down across Park Road")
    channel = make_channel(mock.url)
    text = " ".join(f"word{i}" for i in range(150))  # about 1,100 characters
    ids = (await channel.send(Outgoing(7, "bob", text, status["id"]))).split(",")
    assert len(ids) == 3
    assert channel.max_characters == 500  # read from /api/v2/instance
    replies = await mock.citizen_mentions(http)
    assert [r["id"] for r in replies] == ids
    assert replies[0]["in_reply_to_id"] == status["id"]
    assert [r["in_reply_to_id"] for r in replies[1:]] == ids[:-1]
    texts = [html_to_text(r["content"])[0] for r in replies]
    assert all(len(t) <= 500 for t in texts)
    assert texts[0].endswith("(1/3)") and texts[2].endswith("(3/3)")
    assert "word0" in texts[0] and texts[2].endswith("word149 (3/3)")


async def test_rate_limited_send_is_retryable_and_no_request_is_made_before_the_reset(
    mock: MastodonMock, http: aiohttp.ClientSession, make_channel: Callable[..., MastodonChannel]
) -> None:
    status = await mock.mention(http, "@alice Pothole")
    channel = make_channel(mock.url)
    await channel.ready()
    await mock.fault(
        http,
        {
            "match": {"path": "/api/v1/statuses", "methods": ["POST"]},
            "effect": {"type": "ratelimit"},
            "count": 1,
        },
    )
    with pytest.raises(SendError) as first:
        await channel.send(Outgoing(3, "bob", "Noted.", status["id"]))
    assert first.value.retry and "rate limit" in str(first.value)
    with pytest.raises(SendError) as second:  # the fault is used up: only our own limit stops this one
        await channel.send(Outgoing(3, "bob", "Noted.", status["id"]))
    assert second.value.retry
    assert await mock.citizen_mentions(http) == []
    assert await channel.poll() == 0  # polling waits for the reset too


async def test_refused_token_is_a_permanent_send_failure_that_never_shows_the_token(
    mock: MastodonMock, make_channel: Callable[..., MastodonChannel], caplog: pytest.LogCaptureFixture
) -> None:
    channel = make_channel(mock.url, token="not-a-valid-token-4f9d2c")
    with pytest.raises(SendError) as failure:
        await channel.send(Outgoing(1, "bob", "Hello", "1"))
    assert not failure.value.retry
    assert "HTTP 401" in str(failure.value)
    assert "not-a-valid-token-4f9d2c" not in str(failure.value) + caplog.text


async def test_unreachable_instance_is_a_retryable_send_failure(
    make_channel: Callable[..., MastodonChannel],
) -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(SendError) as failure:
        await make_channel(f"http://127.0.0.1:{port}").send(Outgoing(1, "bob", "Hello", "1"))
    assert failure.value.retry and "cannot reach Mastodon" in str(failure.value)


# --- against the recorded real responses -------------------------------------------------------------


async def test_recorded_mention_with_h_card_html_becomes_plain_text_without_the_handle(
    cassette: CassetteMastodon, make_channel: Callable[..., MastodonChannel], sessions: Any
) -> None:
    channel = make_channel(cassette.url)
    assert await channel.poll() == 1
    [msg] = await inbound(sessions)
    assert msg.text == "hello!"
    async with sessions() as db:
        contact = await db.get(Contact, msg.contact_id)
    assert contact is not None and contact.address == "admin"
    assert msg.provider_id == cassette.recorded_page[0]["status"]["id"]
    # the recorded instance: 500 characters, URLs count 23
    assert (channel.max_characters, channel.url_characters) == (500, 23)
    assert channel.me is not None and channel.me.domain == "localhost:3000"


async def test_recorded_default_policy_filtering_private_mentions_is_patched_to_accept(
    cassette: CassetteMastodon, make_channel: Callable[..., MastodonChannel]
) -> None:
    assert cassette.policy["for_private_mentions"] == "filter"  # the recorded server default
    await make_channel(cassette.url).ready()
    [patch] = [body for method, path, body in cassette.requests if method == "PATCH"]
    assert patch["for_private_mentions"] == "accept" and patch["for_not_following"] == "accept"
    assert "for_limited_accounts" not in patch  # moderation decisions stay the admin's
    assert cassette.policy["for_private_mentions"] == "accept"


async def test_recorded_iso8601_rate_limit_reset_is_understood() -> None:
    limit = RateLimit("x-ratelimit", clock=lambda: 1785592200.0)  # 2026-08-01T13:50:00Z
    limit.update(200, {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "2026-08-01T13:55:00.940463Z"})
    assert 300 <= limit.wait() <= 301
    limit = RateLimit("x-ratelimit", clock=lambda: 1785592200.0)
    limit.update(200, {"X-RateLimit-Remaining": "299", "X-RateLimit-Reset": "2026-08-01T13:55:00.940463Z"})
    assert limit.wait() == 0


async def test_reply_to_recorded_server_carries_idempotency_key_and_thread(
    cassette: CassetteMastodon, make_channel: Callable[..., MastodonChannel]
) -> None:
    status_id = cassette.recorded_page[0]["status"]["id"]
    provider_id = await make_channel(cassette.url).send(Outgoing(99, "admin", "We are on it.", status_id))
    [body] = [body for method, path, body in cassette.requests if method == "POST"]
    assert body == {
        "status": "@admin We are on it.",
        "visibility": "direct",
        "in_reply_to_id": status_id,
        "idempotency_key": "relay311-99",
    }
    assert provider_id == cassette.posted[0]["id"]


@pytest.mark.parametrize(
    ("content", "expected", "log_part"),
    [
        (
            '<p><span class="h-card"><a href="http://localhost:3000/@mastodonpy_test" class="u-url mention">'
            "@<span>mastodonpy_test</span></a></span> Pothole<script>alert('x')</script> on "
            "<style>p{}</style>Mill Lane</p>",
            "Pothole on Mill Lane",
            "contained script or style markup",
        ),
        (
            '<p><span class="h-card"><a href="http://localhost:3000/@mastodonpy_test" class="u-url mention">'
            "@<span>mastodonpy_test</span></a></span></p>",
            "",
            "is an empty mention",
        ),
        ("<p>" + "pothole " * 150_000 + "</p>", "pothole " * 624 + "pothole", "characters of HTML"),
    ],
    ids=["scripts", "empty", "huge"],
)
async def test_malformed_mentions_are_stored_with_a_clear_log_line(
    cassette: CassetteMastodon,
    make_channel: Callable[..., MastodonChannel],
    sessions: Any,
    caplog: pytest.LogCaptureFixture,
    content: str,
    expected: str,
    log_part: str,
) -> None:
    template = cassette.recorded_page[0]
    cassette.notifications = [mention_notification(template, 30, 117020577157693600, content)]
    caplog.set_level(logging.INFO, logger="channels.mastodon")
    assert await make_channel(cassette.url).poll() == 1
    [msg] = await inbound(sessions)
    assert msg.text.startswith(expected[:200]) and len(msg.text) <= 5000
    assert log_part in caplog.text


async def test_notifications_without_status_or_id_are_skipped_and_the_rest_is_stored(
    cassette: CassetteMastodon,
    make_channel: Callable[..., MastodonChannel],
    sessions: Any,
    caplog: pytest.LogCaptureFixture,
) -> None:
    template = cassette.recorded_page[0]
    broken = mention_notification(template, 31, 1, "")
    del broken["status"]
    cassette.notifications = [
        broken,
        {"type": "mention"},  # no id at all
        mention_notification(template, 32, 117020577157693700, "<p>Blocked drain</p>"),
    ]
    channel = make_channel(cassette.url)
    assert await channel.poll() == 2
    assert [m.text for m in await inbound(sessions)] == ["Blocked drain"]
    assert "notification 31 has no status or no sender" in caplog.text
    assert "skipped a notification without an id" in caplog.text
    assert await read_cursor(sessions, "mastodon", f"notifications:{channel.me.id}") == "32"  # type: ignore[union-attr]


async def test_same_status_in_two_notifications_is_stored_once(
    cassette: CassetteMastodon, make_channel: Callable[..., MastodonChannel], sessions: Any
) -> None:
    template = cassette.recorded_page[0]
    cassette.notifications = [
        mention_notification(template, 40, 117020577157693800, "<p>Pothole</p>"),
        mention_notification(template, 41, 117020577157693800, "<p>Pothole</p>"),
    ]
    assert await make_channel(cassette.url).poll() == 2
    assert len(await inbound(sessions)) == 1


async def test_answer_that_is_not_a_list_fails_the_poll_and_keeps_the_cursor(
    cassette: CassetteMastodon, make_channel: Callable[..., MastodonChannel], sessions: Any
) -> None:
    channel = make_channel(cassette.url)
    assert await channel.poll() == 1
    key = f"notifications:{channel.me.id}"  # type: ignore[union-attr]
    before = await read_cursor(sessions, "mastodon", key)
    cassette.notifications_answer = {"error": "surprise"}
    assert await channel.loop.run_once() == -1
    assert await read_cursor(sessions, "mastodon", key) == before


async def test_instance_unreachable_then_back_on_the_same_address(
    cassette: CassetteMastodon,
    make_channel: Callable[..., MastodonChannel],
    sessions: Any,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="channels.mastodon")
    channel = make_channel(cassette.url)
    port = cassette.port
    await cassette.close()
    assert await channel.loop.run_once() == -1
    assert await channel.loop.run_once() == -1
    await cassette.start(port)
    assert await channel.loop.run_once() == 1
    assert len(await inbound(sessions)) == 1
    assert caplog.text.count("mastodon mentions failed") == 1
    assert caplog.text.count("mastodon mentions recovered") == 1


async def test_notification_stream_wakes_the_poller(
    cassette: CassetteMastodon,
    make_channel: Callable[..., MastodonChannel],
    sessions: Any,
) -> None:
    cassette.notifications = []
    channel = make_channel(cassette.url, streaming=True, poll_interval=3600)
    await channel.start()
    try:
        await eventually(lambda: _requested(cassette, "/api/v1/notifications"))
        await eventually(lambda: _requested(cassette, "/api/v1/streaming/user/notification"))
        cassette.notifications = list(cassette.recorded_page)
        cassette.stream_event.set()
        await eventually(lambda: inbound(sessions))
    finally:
        await channel.stop()


async def _requested(cassette: CassetteMastodon, path: str) -> bool:
    return any(p.startswith(path) for _, p, _ in cassette.requests)


# --- pure parts ---------------------------------------------------------------------------------------


def test_urls_count_23_and_remote_mentions_count_their_local_part() -> None:
    assert weighted_length("see https://example.org/a/very/long/path/that/goes/on/and/on") == 4 + 23
    channel_measure = MastodonChannel.measure
    fake = type("C", (), {"url_characters": 23})()
    assert channel_measure(fake, "@alice@social.example.org hi") == len("@alice hi")  # type: ignore[arg-type]


def test_fit_splits_at_word_boundaries_and_cuts_what_does_not_fit_with_an_ellipsis() -> None:
    text = "alpha beta gamma delta epsilon zeta eta theta"
    assert fit(text, 100, len) == [text]
    parts = fit(text, 20, len, max_parts=2)
    assert len(parts) == 2 and all(len(p) <= 20 for p in parts)
    assert parts[0].endswith("(1/2)") and parts[1].endswith("… (2/2)")
    assert fit("x" * 50, 10, len) == ["x" * 9 + "…"]


def test_html_to_text_keeps_text_and_line_breaks_and_drops_active_content() -> None:
    text, dropped = html_to_text("<p>a &amp; b<br>c</p><p>d<script>evil()</script></p><iframe>x</iframe>")
    assert (text, dropped) == ("a & b\nc\nd", True)
    assert strip_handle("@Council hi @council@town.example there @councillor", "council", "town.example") == (
        "hi there @councillor"
    )


def test_invalid_config_is_rejected() -> None:
    with pytest.raises(ValidationError):
        MastodonConfig.model_validate({"api_base_url": "mastodon.example.org"})
    with pytest.raises(ValidationError):
        MastodonConfig.model_validate({"api_base_url": "https://m.example.org", "visibility": "secret"})


async def test_missing_token_is_reported_by_variable_name(
    sessions: Any, http: aiohttp.ClientSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(TOKEN_ENV, raising=False)
    context = ChannelContext(sessions=sessions, http=http, public_url="", received=lambda: None)
    with pytest.raises(MastodonCredentialsError, match=TOKEN_ENV):
        MastodonChannel(
            MastodonConfig(api_base_url="https://m.example.org", access_token_env=TOKEN_ENV), context
        )


async def test_registry_builds_the_channel(
    sessions: Any, http: aiohttp.ClientSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MASTODON_ACCESS_TOKEN", "t")
    context = ChannelContext(sessions=sessions, http=http, public_url="", received=lambda: None)
    channels = build_channels({"mastodon": {"api_base_url": "https://m.example.org"}}, context)
    assert isinstance(channels["mastodon"], MastodonChannel)


# --- end to end ---------------------------------------------------------------------------------------


async def test_mention_becomes_an_open311_request_and_replies_arrive_in_the_thread(
    db_url: str,
    tmp_path: Any,
    mock: MastodonMock,
    http: aiohttp.ClientSession,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.e2e import config, relay, sandbox, staff_requests

    mastodon = section(mock.url, monkeypatch)
    async with sandbox(tmp_path) as open311, relay(config(db_url, open311, mastodon=mastodon)):
        status = await mock.mention(http, "@alice Big pothole outside 12 Station Road")

        async def replies(n: int) -> list[dict[str, Any]] | None:
            found = await mock.citizen_mentions(http)
            return found if len(found) >= n else None

        [confirmation] = await eventually(lambda: replies(1))
        [stored] = await staff_requests(http, open311)
        assert str(stored["service_request_id"]) in html_to_text(confirmation["content"])[0]
        assert confirmation["in_reply_to_id"] == status["id"]
        assert confirmation["visibility"] == "direct"

        async with http.post(
            f"{open311}/staff/api/requests/{stored['service_request_id']}",
            json={"status": "closed", "status_notes": "Repaired."},
        ) as resp:
            assert resp.status == 200
        update = (await eventually(lambda: replies(2)))[1]
        assert "Repaired." in html_to_text(update["content"])[0]
        assert update["in_reply_to_id"] == status["id"]
        assert len(await staff_requests(http, open311)) == 1
