"""Mastodon: mentions of the bot account become reports; replies go back into the same thread.

Intake: a `Loop` polls `GET /api/v1/notifications?types[]=mention` forward from the stored cursor
(`min_id`, oldest first). Each mention is stored (provider id = the status id) and only then does the
cursor move past its notification, so a crash in between re-reads it and the store deduplicates it. The
user notification stream (SSE) only wakes the poller sooner; streams die silently, so polling goes on.
Before the first poll the channel learns its own account, the instance's character limit
(`/api/v2/instance`) and sets the notification policy so mentions from strangers are not filtered (4.3+).

Status content is HTML: it is turned into text by collecting text nodes only (scripts and styles are
dropped, nothing is rendered), and the bot's own handle is removed. Media attachment URLs are kept.

Sending: `POST /api/v1/statuses` in reply to the citizen's status, `direct` by default, mentioning the
citizen, with an `Idempotency-Key` derived from our outbound message id, within the instance's limit
(URLs count 23, a remote mention counts its local part): a longer reply is split into a short thread.
Rate limits (`X-RateLimit-Remaining`/`-Reset`) are respected: no request is made until the reset.

The access token comes from the environment variable the config names; it is never logged or stored.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
from dataclasses import dataclass
from typing import Any, ClassVar, Literal
from urllib.parse import urlsplit

import aiohttp
from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field

from channels.base import ChannelContext, ChannelSetupError, Outgoing, SendError
from channels.mastodon_x_common import (
    URL_RE,
    ProviderError,
    RateLimit,
    RateLimited,
    advance_cursor,
    error_detail,
    fit,
    html_to_text,
    id_key,
    newer,
    read_capped,
    read_cursor,
    weighted_length,
)
from store.inbound import Incoming, store_inbound
from store.work import Loop, backoff

log = logging.getLogger(__name__)

ENV_NAME = r"^[A-Za-z_][A-Za-z0-9_]*$"
BASE_URL = r"^https?://[^/?#@\s]+/?$"
DEFAULT_MAX_CHARACTERS = 500
PAGE_SIZE = 40  # Mastodon's maximum page of notifications
MAX_HTML = 200_000  # characters of status HTML read; more is cut (Mastodon's own default limit is 500)
MAX_TEXT = 5_000  # characters of text stored per mention
MAX_RESPONSE = 16 * 1024 * 1024
STREAM_IDLE = 120.0  # seconds without a byte (Mastodon sends a heartbeat every ~15 s) before reconnecting
POLICY_ACCEPT = {
    "for_not_following": "accept",
    "for_not_followers": "accept",
    "for_new_accounts": "accept",
    "for_private_mentions": "accept",
}
REMOTE_MENTION_RE = re.compile(r"(@[A-Za-z0-9_]+)@[A-Za-z0-9.-]+[A-Za-z0-9]")


class MastodonConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    api_base_url: str = Field(pattern=BASE_URL)  # e.g. https://mastodon.example.org
    access_token_env: str = Field(default="MASTODON_ACCESS_TOKEN", pattern=ENV_NAME)
    visibility: Literal["direct", "private", "unlisted", "public"] = "direct"
    poll_interval: float = Field(default=60.0, gt=0)  # seconds between polls when the stream is quiet
    streaming: bool = True  # use the notification stream as a hint to poll sooner
    streaming_url: str | None = Field(default=None, pattern=BASE_URL)  # default: api_base_url
    accept_strangers: bool = True  # set the notification policy so strangers' mentions are not filtered
    start_from: Literal["now", "all"] = "now"  # first start: ignore older mentions, or read them all
    max_parts: int = Field(default=3, ge=1, le=10)  # a long reply becomes at most this many statuses
    timeout: float = Field(default=30.0, gt=0)  # seconds for one API call


class MastodonCredentialsError(ChannelSetupError):
    pass


@dataclass(frozen=True)
class BotAccount:
    id: str
    username: str
    domain: str


class MastodonChannel:
    name: ClassVar[str] = "mastodon"
    Config: ClassVar[type[BaseModel]] = MastodonConfig

    def __init__(self, config: MastodonConfig, context: ChannelContext) -> None:
        self.config = config
        self.context = context
        token = os.environ.get(config.access_token_env, "")
        if not token:
            raise MastodonCredentialsError(
                f"channels.mastodon: environment variable {config.access_token_env} is not set "
                "(it must hold the bot account's access token)"
            )
        self._token = token
        self._base = config.api_base_url.rstrip("/")
        self.limit = RateLimit("x-ratelimit")
        self.me: BotAccount | None = None
        self.max_characters = DEFAULT_MAX_CHARACTERS
        self.url_characters = 23
        self.loop = Loop(f"{self.name} mentions", self.poll, interval=config.poll_interval, log=log)
        self._stream_task: asyncio.Task[None] | None = None
        self._waiting_logged = False

    def __repr__(self) -> str:
        return f"<MastodonChannel {self._base}>"

    def routes(self) -> list[web.AbstractRouteDef]:
        return []

    def loops(self) -> tuple[Loop, ...]:
        """The listener's loop, for the health check."""
        return (self.loop,)

    async def start(self) -> None:
        self.loop.start()
        if self.config.streaming:
            self._stream_task = asyncio.create_task(self._stream(), name="relay311-mastodon-stream")

    async def stop(self) -> None:
        task, self._stream_task = self._stream_task, None
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        await self.loop.stop()

    # --- the API ------------------------------------------------------------------------------------

    async def call(
        self,
        method: str,
        path: str,
        *,
        params: list[tuple[str, str]] | None = None,
        body: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> Any:
        wait = self.limit.wait()
        if wait > 0:
            raise RateLimited(f"Mastodon rate limit reached; next request in {wait:.0f}s", wait)
        request_headers = {"Authorization": f"Bearer {self._token}", "Accept": "application/json"}
        request_headers.update(headers or {})
        try:
            async with asyncio.timeout(self.config.timeout):
                async with self.context.http.request(
                    method, self._base + path, params=params, json=body, headers=request_headers
                ) as resp:
                    self.limit.update(resp.status, resp.headers)
                    status = resp.status
                    data = await read_capped(resp.content, MAX_RESPONSE, "Mastodon")
        except TimeoutError:
            reason = f"Mastodon did not answer within {self.config.timeout:g}s"
            raise ProviderError(reason, retry=True) from None
        except (aiohttp.ClientError, OSError) as exc:
            # `from None`: aiohttp errors can carry the request, Authorization header included
            raise ProviderError(f"cannot reach Mastodon: {type(exc).__name__}", retry=True) from None
        if status == 429:
            wait = max(self.limit.wait(), 1.0)
            raise RateLimited(f"Mastodon rate limit reached (HTTP 429); next request in {wait:.0f}s", wait)
        if status >= 400:
            retry = status >= 500 or status == 408
            raise ProviderError(
                f"Mastodon {method} {path}: HTTP {status}: {error_detail(data)}", retry=retry, status=status
            )
        try:
            return json.loads(data)
        except (ValueError, UnicodeDecodeError):
            raise ProviderError(f"Mastodon {method} {path}: the answer is not JSON", retry=True) from None

    async def ready(self) -> BotAccount:
        """The bot's account; on first use also the instance limits and the notification policy."""
        if self.me is not None:
            return self.me
        account = await self.call("GET", "/api/v1/accounts/verify_credentials")
        if not isinstance(account, dict) or not account.get("id") or not account.get("username"):
            raise ProviderError("Mastodon verify_credentials answer has no account id", retry=True)
        domain = await self._load_instance()
        if self.config.accept_strangers:
            await self._accept_strangers()
        self.me = BotAccount(str(account["id"]), str(account["username"]), domain)
        log.info(
            "mastodon: signed in as @%s@%s; replies up to %d characters",
            self.me.username,
            domain,
            self.max_characters,
        )
        return self.me

    async def _load_instance(self) -> str:
        domain = urlsplit(self._base).netloc
        try:
            info = await self.call("GET", "/api/v2/instance")
            statuses = _dig(info, "configuration", "statuses")
        except ProviderError as exc:
            if exc.retry:
                raise
            try:  # Mastodon before 4.0
                info = await self.call("GET", "/api/v1/instance")
            except ProviderError as exc_v1:
                if exc_v1.retry:
                    raise
                log.warning(
                    "mastodon: cannot read the instance's limits (%s); assuming %d characters",
                    exc_v1,
                    DEFAULT_MAX_CHARACTERS,
                )
                return domain
            statuses = _dig(info, "configuration", "statuses")
            if not isinstance(statuses, dict) and isinstance(info, dict):
                statuses = {"max_characters": info.get("max_toot_chars")}
        if isinstance(statuses, dict):
            max_chars = statuses.get("max_characters")
            per_url = statuses.get("characters_reserved_per_url")
            if isinstance(max_chars, int) and max_chars > 0:
                self.max_characters = max_chars
            if isinstance(per_url, int) and per_url > 0:
                self.url_characters = per_url
        if isinstance(info, dict):
            found = info.get("domain") or info.get("uri")
            if isinstance(found, str) and found:
                domain = urlsplit(found).netloc if "//" in found else found
        return domain

    async def _accept_strangers(self) -> None:
        try:
            await self.call("PATCH", "/api/v2/notifications/policy", body=POLICY_ACCEPT)
        except ProviderError as exc:
            if exc.retry:
                raise
            log.warning(
                "mastodon: could not set the notification policy (%s); mentions from strangers may be "
                "filtered on Mastodon 4.3 and later",
                exc,
            )

    def measure(self, text: str) -> int:
        """Length as Mastodon counts it: URLs count `characters_reserved_per_url`, remote mentions only
        their local part."""
        return weighted_length(REMOTE_MENTION_RE.sub(r"\1", text), url_length=self.url_characters)

    # --- intake -------------------------------------------------------------------------------------

    def _cursor_key(self, me: BotAccount) -> str:
        return f"notifications:{me.id}"

    async def poll(self) -> int:
        """One page of new mentions: store each, then advance the cursor past it. Returns how many."""
        try:
            return await self._poll()
        except RateLimited as exc:  # not a failure: wait for the reset
            log.info("mastodon: %s", exc)
            return 0

    async def _poll(self) -> int:
        wait = self.limit.wait()
        if wait > 0:
            if not self._waiting_logged:
                log.info("mastodon: rate limit reached; polling again in %.0fs", wait)
                self._waiting_logged = True
            return 0
        self._waiting_logged = False
        me = await self.ready()
        key = self._cursor_key(me)
        cursor = await read_cursor(self.context.sessions, self.name, key)
        if cursor is None and self.config.start_from == "now":
            newest = await self._fetch([("types[]", "mention"), ("limit", "1")])
            start = max((nid for nid, _ in newest), key=id_key, default="0")
            await advance_cursor(self.context.sessions, self.name, key, start)
            log.info("mastodon: first start; reading mentions after notification %s", start)
            return 0
        page = await self._fetch(
            [("types[]", "mention"), ("min_id", cursor or "0"), ("limit", str(PAGE_SIZE))]
        )
        handled = 0
        for nid, notification in sorted(page, key=lambda item: id_key(item[0])):
            if cursor is not None and not newer(nid, cursor):
                continue
            await self._store(nid, notification, me)
            await advance_cursor(self.context.sessions, self.name, key, nid)
            cursor = nid
            handled += 1
        return handled

    async def _fetch(self, params: list[tuple[str, str]]) -> list[tuple[str, dict[str, Any]]]:
        page = await self.call("GET", "/api/v1/notifications", params=params)
        if not isinstance(page, list):
            raise ProviderError("Mastodon notifications answer is not a list", retry=True)
        items: list[tuple[str, dict[str, Any]]] = []
        for item in page:
            nid = item.get("id") if isinstance(item, dict) else None
            if isinstance(nid, int | str) and str(nid):
                items.append((str(nid), item))
            else:
                log.warning("mastodon: skipped a notification without an id: %.200r", item)
        return items

    async def _store(self, nid: str, notification: dict[str, Any], me: BotAccount) -> None:
        status = notification.get("status")
        account = notification.get("account")
        if isinstance(status, dict) and not isinstance(account, dict):
            account = status.get("account")
        if notification.get("type", "mention") != "mention":
            kind = notification.get("type")
            log.info("mastodon: notification %s is a %r, not a mention; skipped", nid, kind)
            return
        status_id = status.get("id") if isinstance(status, dict) else None
        acct = account.get("acct") if isinstance(account, dict) else None
        if not isinstance(status, dict) or not isinstance(status_id, int | str) or not isinstance(acct, str):
            log.warning("mastodon: notification %s has no status or no sender; nothing to store", nid)
            return
        if not acct or str(account.get("id") if isinstance(account, dict) else "") == me.id:
            log.info("mastodon: notification %s is the bot's own status; skipped", nid)
            return
        text, media = self._content(str(status_id), status, me)
        if not text and not media:
            log.info(
                "mastodon: status %s from %s is an empty mention; stored, the citizen will be asked",
                status_id,
                acct,
            )
        stored = await store_inbound(
            self.context.sessions,
            Incoming(
                channel=self.name,
                provider_id=str(status_id),
                address=acct,
                text=text,
                thread_ref=str(status_id),
                media=media,
            ),
        )
        self.context.received()
        log.info(
            "mastodon: stored status %s (notification %s) as inbound message %d%s",
            status_id,
            nid,
            stored.message_id,
            "" if stored.created else " (seen before)",
        )

    def _content(self, status_id: str, status: dict[str, Any], me: BotAccount) -> tuple[str, tuple[str, ...]]:
        html = status.get("content")
        html = html if isinstance(html, str) else ""
        if len(html) > MAX_HTML:
            log.warning(
                "mastodon: status %s has %d characters of HTML; only the first %d are read",
                status_id,
                len(html),
                MAX_HTML,
            )
            html = html[:MAX_HTML]
        text, dropped = html_to_text(html)
        if dropped:
            log.warning("mastodon: status %s contained script or style markup; it was removed", status_id)
        text = strip_handle(text, me.username, me.domain)
        spoiler = status.get("spoiler_text")
        if isinstance(spoiler, str) and spoiler.strip():
            text = f"{spoiler.strip()}\n{text}".strip()
        if len(text) > MAX_TEXT:
            log.warning(
                "mastodon: status %s has %d characters of text; stored the first %d",
                status_id,
                len(text),
                MAX_TEXT,
            )
            text = text[:MAX_TEXT]
        media: list[str] = []
        attachments = status.get("media_attachments")
        for attachment in attachments if isinstance(attachments, list) else []:
            if isinstance(attachment, dict):
                url = attachment.get("url") or attachment.get("remote_url")
                if isinstance(url, str) and URL_RE.fullmatch(url):
                    media.append(url)
        return text, tuple(media)

    async def _stream(self) -> None:
        """Wake the poller whenever the notification stream says something happened."""
        base = (self.config.streaming_url or self._base).rstrip("/")
        url = f"{base}/api/v1/streaming/user/notification"
        headers = {"Authorization": f"Bearer {self._token}", "Accept": "text/event-stream"}
        timeout = aiohttp.ClientTimeout(total=None, sock_connect=self.config.timeout, sock_read=STREAM_IDLE)
        failures = 0
        while True:
            try:
                async with self.context.http.get(url, headers=headers, timeout=timeout) as resp:
                    if resp.status in (401, 403, 404, 410):
                        log.info(
                            "mastodon: the notification stream is not available (HTTP %d); polling every %gs",
                            resp.status,
                            self.config.poll_interval,
                        )
                        return
                    if resp.status != 200:
                        raise ProviderError(f"HTTP {resp.status}", retry=True)
                    if failures:
                        log.info("mastodon: notification stream reconnected")
                    failures = 0
                    self.loop.wake()  # catch up on anything that happened while disconnected
                    tail = b""
                    async for chunk in resp.content.iter_any():
                        window = tail + chunk
                        if b"event: notification" in window or b"event:notification" in window:
                            self.loop.wake()
                        tail = window[-32:]
            except (aiohttp.ClientError, OSError, TimeoutError, ProviderError) as exc:
                failures += 1
                if failures == 1:
                    log.info("mastodon: notification stream lost (%s); polling goes on", type(exc).__name__)
            else:
                failures += 1  # the server closed the stream
            await asyncio.sleep(backoff(failures, base=2.0, cap=300.0).total_seconds())

    # --- sending ------------------------------------------------------------------------------------

    async def send(self, message: Outgoing) -> str:
        try:
            await self.ready()
            mention = f"@{message.address} "
            parts = fit(
                message.text,
                self.max_characters - self.measure(mention),
                self.measure,
                max_parts=self.config.max_parts,
            )
            reply_to = message.in_reply_to or message.thread_ref
            ids: list[str] = []
            for number, part in enumerate(parts, start=1):
                key = f"relay311-{message.message_id}" + (f"-{number}" if len(parts) > 1 else "")
                status_id = await self._post(mention + part, reply_to, key)
                ids.append(status_id)
                reply_to = status_id
        except ProviderError as exc:
            raise SendError(str(exc), retry=exc.retry) from None
        log.info("mastodon: outbound message %d sent as status %s", message.message_id, ", ".join(ids))
        return ",".join(ids)

    async def _post(self, text: str, reply_to: str, key: str) -> str:
        body: dict[str, Any] = {"status": text, "visibility": self.config.visibility}
        if reply_to:
            body["in_reply_to_id"] = reply_to
        try:
            data = await self.call("POST", "/api/v1/statuses", body=body, headers={"Idempotency-Key": key})
        except ProviderError as exc:
            if exc.status != 404 or not reply_to:
                raise
            # the citizen deleted the status we answer: the mention still reaches them
            log.info("mastodon: status %s is gone; replying without threading", reply_to)
            del body["in_reply_to_id"]
            data = await self.call("POST", "/api/v1/statuses", body=body, headers={"Idempotency-Key": key})
        status_id = data.get("id") if isinstance(data, dict) else None
        if not isinstance(status_id, int | str) or not str(status_id):
            raise ProviderError("Mastodon accepted the status but returned no id", retry=False)
        return str(status_id)


def strip_handle(text: str, username: str, domain: str) -> str:
    """Remove the bot's own @handle (local or with its domain) and tidy the spaces left behind."""
    pattern = re.compile(
        r"(?<![\w@])@" + re.escape(username) + r"(?:@" + re.escape(domain) + r")?(?![\w@])", re.IGNORECASE
    )
    lines = [" ".join(pattern.sub(" ", line).split()) for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def _dig(data: Any, *keys: str) -> Any:
    for key in keys:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data
