"""X (Twitter): mentions of the bot account become reports; replies are posted in the same thread.

Intake: a `Loop` polls `GET /2/users/:id/mentions` with `since_id` = the stored cursor, following
`next_token` until the new mentions are all fetched, then stores them oldest first, advancing the cursor
past each one only after it is stored (a crash in between re-reads it; the store deduplicates). The
author, the conversation, media and exact geotags are requested through `expansions`/`tweet.fields`.

Sending: `POST /2/tweets` with `reply.in_reply_to_tweet_id`, cut to 280 weighted characters (URLs count 23,
most non-Latin characters 2). X charges per post, so `replies` chooses what is posted:

- `all` — every reply;
- `questions_and_final` — answers to the citizen's own posts (questions), failures, and the final status;
- `final_status_only` — only the status change that ends a report (closed, fixed, duplicate... as
  `dispatcher.poller.FINAL_STATUSES`; a report that lacks something waits);
- `none` — nothing is posted (X is intake only).

What a reply is comes with it (`Outgoing.kind`, stored as `OutboundMessage.kind` where it was queued).

Replies not posted are marked sent with a provider id `not-posted:<policy>`. Every post is counted in the
cursor table (`posts:YYYY-MM`) and logged with the month's count. Rate limits: a 429 or an exhausted
`x-rate-limit-remaining` stops requests until `x-rate-limit-reset`.

Credentials come from the environment variables the config names: OAuth 1.0a user context (API key and
secret, access token and secret; every request is signed with HMAC-SHA1), or an OAuth 2.0 user-context
bearer token. None of them is ever logged or stored.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import html
import json
import logging
import os
import re
import secrets
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, ClassVar, Literal
from urllib.parse import quote, urlsplit

import aiohttp
from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field

from channels.base import ChannelContext, ChannelSetupError, Outgoing, SendError
from channels.mastodon_x_common import (
    ProviderError,
    RateLimit,
    RateLimited,
    advance_cursor,
    bump_counter,
    error_detail,
    fit,
    id_key,
    newer,
    read_capped,
    read_cursor,
    weighted_length,
)
from store.inbound import Incoming, store_inbound
from store.work import Loop

log = logging.getLogger(__name__)

ENV_NAME = r"^[A-Za-z_][A-Za-z0-9_]*$"
BASE_URL = r"^https?://[^/?#@\s]+/?$"
MAX_WEIGHTED = 280
MAX_PAGES = 20  # X keeps the 800 most recent mentions: 8 pages of 100
MAX_TEXT = 5_000
MAX_RESPONSE = 16 * 1024 * 1024
# the kinds of reply (channels.base.Outgoing.kind) each selective policy posts
FINAL_STATUS_ONLY = frozenset({"final_status"})
QUESTIONS_AND_FINAL = frozenset({"question", "failed", "final_status"})
TWEET_FIELDS = "author_id,conversation_id,created_at,attachments,geo,note_tweet"
EXPANSIONS = "author_id,attachments.media_keys"
LEADING_MENTIONS_RE = re.compile(r"^(?:\.?@[A-Za-z0-9_]{1,15}\s+)+")
# X's weighted length: these code point ranges weigh 1, everything else 2 (twitter-text config v3)
LIGHT_RANGES = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))
ReplyPolicy = Literal["all", "questions_and_final", "final_status_only", "none"]


class XConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    api_base_url: str = Field(default="https://api.x.com", pattern=BASE_URL)
    user_id: str | None = Field(default=None, pattern=r"^[0-9]{1,20}$")  # default: GET /2/users/me
    api_key_env: str = Field(default="X_API_KEY", pattern=ENV_NAME)
    api_secret_env: str = Field(default="X_API_SECRET", pattern=ENV_NAME)
    access_token_env: str = Field(default="X_ACCESS_TOKEN", pattern=ENV_NAME)
    access_token_secret_env: str = Field(default="X_ACCESS_TOKEN_SECRET", pattern=ENV_NAME)
    # an OAuth 2.0 user-context token instead of the four OAuth 1.0a secrets
    bearer_token_env: str | None = Field(default=None, pattern=ENV_NAME)
    replies: ReplyPolicy = "all"
    poll_interval: float = Field(default=120.0, gt=0)  # seconds; mind the plan's mentions rate limit
    start_from: Literal["now", "all"] = "now"  # first start: ignore older mentions, or read them all
    timeout: float = Field(default=30.0, gt=0)


class XCredentialsError(ChannelSetupError):
    pass


@dataclass(frozen=True)
class OAuth1:
    consumer_key: str
    consumer_secret: str
    token: str
    token_secret: str


def _enc(value: str) -> str:
    return quote(value, safe="-._~")


def oauth1_header(
    method: str,
    url: str,
    params: list[tuple[str, str]],
    creds: OAuth1,
    *,
    nonce: str | None = None,
    timestamp: int | None = None,
) -> str:
    """The OAuth 1.0a `Authorization` header (HMAC-SHA1) for a request; `params` are the query and form
    parameters (a JSON body is not signed)."""
    oauth = {
        "oauth_consumer_key": creds.consumer_key,
        "oauth_nonce": nonce or secrets.token_hex(16),
        "oauth_signature_method": "HMAC-SHA1",
        "oauth_timestamp": str(timestamp if timestamp is not None else int(time.time())),
        "oauth_token": creds.token,
        "oauth_version": "1.0",
    }
    parts = urlsplit(url)
    base_url = f"{parts.scheme.lower()}://{parts.netloc.lower()}{parts.path}"
    pairs = sorted((_enc(k), _enc(v)) for k, v in [*params, *oauth.items()])
    normalized = "&".join(f"{k}={v}" for k, v in pairs)
    base = "&".join((method.upper(), _enc(base_url), _enc(normalized)))
    key = f"{_enc(creds.consumer_secret)}&{_enc(creds.token_secret)}"
    digest = hmac.new(key.encode(), base.encode(), hashlib.sha1).digest()
    oauth["oauth_signature"] = base64.b64encode(digest).decode()
    return "OAuth " + ", ".join(f'{_enc(k)}="{_enc(v)}"' for k, v in sorted(oauth.items()))


def x_weight(ch: str) -> int:
    point = ord(ch)
    return 1 if any(low <= point <= high for low, high in LIGHT_RANGES) else 2


def x_length(text: str) -> int:
    """The weighted length X counts against the 280 limit."""
    return weighted_length(text, url_length=23, weight=x_weight)


@dataclass(frozen=True)
class BotUser:
    id: str
    username: str


class XChannel:
    name: ClassVar[str] = "x"
    Config: ClassVar[type[BaseModel]] = XConfig

    def __init__(self, config: XConfig, context: ChannelContext) -> None:
        self.config = config
        self.context = context
        self._bearer: str | None = None
        self._oauth1: OAuth1 | None = None
        if config.bearer_token_env is not None:
            self._bearer = _secret(config.bearer_token_env, "OAuth 2.0 user access token")
        else:
            self._oauth1 = OAuth1(
                _secret(config.api_key_env, "API key"),
                _secret(config.api_secret_env, "API key secret"),
                _secret(config.access_token_env, "access token"),
                _secret(config.access_token_secret_env, "access token secret"),
            )
        self._base = config.api_base_url.rstrip("/")
        self.limits: dict[str, RateLimit] = {}  # X limits each endpoint separately
        self.me: BotUser | None = None
        self.loop = Loop(f"{self.name} mentions", self.poll, interval=config.poll_interval, log=log)
        self._waiting_logged = False

    def __repr__(self) -> str:
        return f"<XChannel {self._base}>"

    def routes(self) -> list[web.AbstractRouteDef]:
        return []

    def loops(self) -> tuple[Loop, ...]:
        """The listener's loop, for the health check."""
        return (self.loop,)

    async def start(self) -> None:
        self.loop.start()

    async def stop(self) -> None:
        await self.loop.stop()

    # --- the API ------------------------------------------------------------------------------------

    def _limit(self, endpoint: str) -> RateLimit:
        return self.limits.setdefault(endpoint, RateLimit("x-rate-limit"))

    def _authorization(self, method: str, url: str, params: list[tuple[str, str]]) -> str:
        if self._bearer is not None:
            return f"Bearer {self._bearer}"
        assert self._oauth1 is not None
        return oauth1_header(method, url, params, self._oauth1)

    async def call(
        self,
        method: str,
        path: str,
        *,
        endpoint: str,
        params: list[tuple[str, str]] | None = None,
        body: dict[str, Any] | None = None,
    ) -> Any:
        limit = self._limit(endpoint)
        wait = limit.wait()
        if wait > 0:
            raise RateLimited(f"X rate limit for {endpoint} reached; next request in {wait:.0f}s", wait)
        url = self._base + path
        headers = {"Authorization": self._authorization(method, url, params or [])}
        try:
            async with asyncio.timeout(self.config.timeout):
                async with self.context.http.request(
                    method, url, params=params, json=body, headers=headers
                ) as resp:
                    limit.update(resp.status, resp.headers)
                    status = resp.status
                    data = await read_capped(resp.content, MAX_RESPONSE, "X")
        except TimeoutError:
            raise ProviderError(f"X did not answer within {self.config.timeout:g}s", retry=True) from None
        except (aiohttp.ClientError, OSError) as exc:
            # `from None`: aiohttp errors can carry the request, Authorization header included
            raise ProviderError(f"cannot reach X: {type(exc).__name__}", retry=True) from None
        if status == 429:
            wait = max(limit.wait(), 1.0)
            raise RateLimited(
                f"X rate limit for {endpoint} reached (HTTP 429); next request in {wait:.0f}s", wait
            )
        if status >= 400:
            retry = status >= 500 or status == 408
            raise ProviderError(
                f"X {endpoint}: HTTP {status}: {error_detail(data)}", retry=retry, status=status
            )
        try:
            return json.loads(data)
        except (ValueError, UnicodeDecodeError):
            raise ProviderError(f"X {endpoint}: the answer is not JSON", retry=status < 300) from None

    async def ready(self) -> BotUser:
        if self.me is not None:
            return self.me
        answer = await self.call("GET", "/2/users/me", endpoint="users/me")
        data = answer.get("data") if isinstance(answer, dict) else None
        if not isinstance(data, dict) or not data.get("id"):
            raise ProviderError("X /2/users/me answer has no user id", retry=True)
        user_id = self.config.user_id or str(data["id"])
        self.me = BotUser(user_id, str(data.get("username") or ""))
        log.info("x: signed in as @%s (user %s)", self.me.username, self.me.id)
        return self.me

    # --- intake -------------------------------------------------------------------------------------

    async def poll(self) -> int:
        """Fetch every mention newer than the cursor; store them oldest first. Returns how many."""
        try:
            return await self._poll()
        except RateLimited as exc:  # not a failure: wait for the reset
            log.info("x: %s", exc)
            return 0

    async def _poll(self) -> int:
        me = await self._ready_unless_limited()
        if me is None:
            return 0
        key = f"mentions:{me.id}"
        cursor = await read_cursor(self.context.sessions, self.name, key)
        if cursor is None and self.config.start_from == "now":
            tweets, _ = await self._mentions(me, None, pages=1)
            start = max((str(t["id"]) for t in tweets), key=id_key, default="0")
            await advance_cursor(self.context.sessions, self.name, key, start)
            log.info("x: first start; reading mentions after %s", start)
            return 0
        tweets, includes = await self._mentions(me, cursor, pages=MAX_PAGES)
        handled = 0
        for tweet in sorted(tweets, key=lambda t: id_key(str(t["id"]))):
            tweet_id = str(tweet["id"])
            if cursor not in (None, "0") and not newer(tweet_id, cursor):
                continue
            await self._store(tweet, includes, me)
            await advance_cursor(self.context.sessions, self.name, key, tweet_id)
            cursor = tweet_id
            handled += 1
        return handled

    async def _ready_unless_limited(self) -> BotUser | None:
        wait = self._limit("mentions").wait()
        if wait > 0:
            if not self._waiting_logged:
                log.info("x: mentions rate limit reached; polling again in %.0fs", wait)
                self._waiting_logged = True
            return None
        self._waiting_logged = False
        return await self.ready()

    async def _mentions(
        self, me: BotUser, since_id: str | None, *, pages: int
    ) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
        tweets: list[dict[str, Any]] = []
        includes: dict[str, dict[str, Any]] = {}
        token: str | None = None
        for _ in range(pages):
            params = [
                ("max_results", "100"),
                ("tweet.fields", TWEET_FIELDS),
                ("expansions", EXPANSIONS),
                ("user.fields", "username"),
                ("media.fields", "url,preview_image_url,type"),
            ]
            if since_id and since_id != "0":
                params.append(("since_id", since_id))
            if token:
                params.append(("pagination_token", token))
            page = await self.call("GET", f"/2/users/{me.id}/mentions", endpoint="mentions", params=params)
            if not isinstance(page, dict):
                raise ProviderError("X mentions answer is not a JSON object", retry=True)
            data = page.get("data") or []
            if not isinstance(data, list):
                raise ProviderError("X mentions answer has no data list", retry=True)
            for tweet in data:
                if isinstance(tweet, dict) and isinstance(tweet.get("id"), str) and tweet["id"].isdigit():
                    tweets.append(tweet)
                else:
                    log.warning("x: skipped a mention without a valid id: %.200r", tweet)
            extra = page.get("includes")
            if isinstance(extra, dict):
                for kind, key in (("users", "id"), ("media", "media_key")):
                    for item in extra.get(kind) or []:
                        if isinstance(item, dict) and item.get(key):
                            includes.setdefault(kind, {})[str(item[key])] = item
            meta = page.get("meta")
            token = meta.get("next_token") if isinstance(meta, dict) else None
            if not token:
                break
        else:
            if token:
                log.warning("x: more than %d pages of new mentions; the oldest may be missed", pages)
        return tweets, includes

    async def _store(self, tweet: dict[str, Any], includes: dict[str, dict[str, Any]], me: BotUser) -> None:
        tweet_id = str(tweet["id"])
        author = tweet.get("author_id")
        if isinstance(author, str) and author == me.id:
            log.info("x: %s is the bot's own post; skipped", tweet_id)
            return
        if not isinstance(author, str) or not author:
            log.warning("x: mention %s has no author_id; stored under the post itself", tweet_id)
            author = f"tweet:{tweet_id}"
        note = tweet.get("note_tweet")
        raw = note.get("text") if isinstance(note, dict) and isinstance(note.get("text"), str) else None
        text = raw if raw is not None else tweet.get("text")
        text = self._clean(text if isinstance(text, str) else "", me)
        if len(text) > MAX_TEXT:
            log.warning(
                "x: mention %s has %d characters of text; stored the first %d", tweet_id, len(text), MAX_TEXT
            )
            text = text[:MAX_TEXT]
        media = _media(tweet, includes.get("media", {}))
        lat, lon = _point(tweet)
        if not text and not media:
            log.info("x: mention %s is empty; stored, the citizen will be asked", tweet_id)
        stored = await store_inbound(
            self.context.sessions,
            Incoming(
                channel=self.name,
                provider_id=tweet_id,
                address=author,
                text=text,
                thread_ref=tweet_id,
                media=media,
                lat=lat,
                lon=lon,
            ),
        )
        self.context.received()
        log.info(
            "x: stored mention %s as inbound message %d%s",
            tweet_id,
            stored.message_id,
            "" if stored.created else " (seen before)",
        )

    def _clean(self, text: str, me: BotUser) -> str:
        text = html.unescape(text)  # X escapes &, < and > in post text
        text = LEADING_MENTIONS_RE.sub("", text.strip())  # the reply's automatic @mentions
        if me.username:
            own = re.compile(r"(?<![\w@])@" + re.escape(me.username) + r"(?!\w)", re.IGNORECASE)
            text = own.sub(" ", text)
        lines = [" ".join(line.split()) for line in text.split("\n")]
        return "\n".join(line for line in lines if line)

    # --- sending ------------------------------------------------------------------------------------

    def wanted(self, message: Outgoing) -> bool:
        """Whether the reply policy lets this reply be posted, by what the reply is (`Outgoing.kind`)."""
        policy = self.config.replies
        if policy in ("all", "none"):
            return policy == "all"
        if policy == "final_status_only":
            return message.kind in FINAL_STATUS_ONLY
        return message.kind in QUESTIONS_AND_FINAL

    async def send(self, message: Outgoing) -> str:
        if not self.wanted(message):
            log.info(
                "x: outbound message %d not posted (replies = %s)", message.message_id, self.config.replies
            )
            return f"not-posted:{self.config.replies}"
        [text] = fit(message.text, MAX_WEIGHTED, x_length)
        body: dict[str, Any] = {"text": text}
        reply_to = message.in_reply_to or message.thread_ref
        if reply_to and not reply_to.startswith("tweet:"):
            body["reply"] = {"in_reply_to_tweet_id": reply_to}
        try:
            answer = await self.call("POST", "/2/tweets", endpoint="tweets", body=body)
        except ProviderError as exc:
            if exc.status == 403 and "duplicate" in str(exc).lower():
                raise SendError(
                    f"{exc} (an earlier attempt was probably posted before a crash)", retry=False
                ) from None
            raise SendError(str(exc), retry=exc.retry) from None
        data = answer.get("data") if isinstance(answer, dict) else None
        tweet_id = data.get("id") if isinstance(data, dict) else None
        if not isinstance(tweet_id, str) or not tweet_id:
            raise SendError("X accepted the post but returned no id", retry=False)
        month = datetime.now(UTC).strftime("%Y-%m")
        count = await bump_counter(self.context.sessions, self.name, f"posts:{month}")
        log.info(
            "x: outbound message %d posted as %s (%d posts in %s)", message.message_id, tweet_id, count, month
        )
        return tweet_id


def _secret(env: str, what: str) -> str:
    value = os.environ.get(env, "")
    if not value:
        raise XCredentialsError(
            f"channels.x: environment variable {env} is not set (it must hold the X {what})"
        )
    return value


def _media(tweet: dict[str, Any], media: dict[str, dict[str, Any]]) -> tuple[str, ...]:
    attachments = tweet.get("attachments")
    keys = attachments.get("media_keys") if isinstance(attachments, dict) else None
    urls: list[str] = []
    for key in keys if isinstance(keys, list) else []:
        item = media.get(str(key), {})
        url = item.get("url") or item.get("preview_image_url")
        if isinstance(url, str) and url.startswith("https://"):
            urls.append(url)
    return tuple(urls)


def _point(tweet: dict[str, Any]) -> tuple[float | None, float | None]:
    geo = tweet.get("geo")
    coordinates = geo.get("coordinates") if isinstance(geo, dict) else None
    if not isinstance(coordinates, dict) or coordinates.get("type") != "Point":
        return None, None
    pair = coordinates.get("coordinates")
    if (
        isinstance(pair, list)
        and len(pair) == 2
        and all(isinstance(v, int | float) and not isinstance(v, bool) for v in pair)
        and abs(pair[1]) <= 90
        and abs(pair[0]) <= 180
    ):
        return float(pair[1]), float(pair[0])  # GeoJSON order: [longitude, latitude]
    return None, None
