"""A local stand-in for the X API v2 endpoints the X channel uses, shaped by the real responses recorded in
../shared/data/cassettes/x (tweepy's cassettes).

FakeX serves on 127.0.0.1 (a free port):
- `GET /2/users/me` — the recorded user (or a made-up one without the cassettes);
- `GET /2/users/:id/mentions` — the posts in `mentions` that are newer than `since_id`, newest first, in
  pages of `page_size` with `next_token`, with `includes.users`/`includes.media` for the expansions asked
  for; `verbatim` (when set) is served once instead, e.g. the recorded page exactly as X sent it;
- `POST /2/tweets` — 201 `{"data": {"id", "text"}}`, refusing (403) replies to posts that did not mention
  the bot and duplicate texts, like X does, and (400) texts over 280 weighted characters.

Every request must carry a valid OAuth 1.0a signature for the credentials given (checked by recomputing it
here) or the bearer token. `fail_next()` queues error answers; `rate_limit_remaining` sets the header.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

import yaml
from aiohttp import web

from channels.x_twitter import x_length

DEFAULT_ME = {"id": "1000000000000000001", "name": "Demo Town Council", "username": "DemoTownCouncil"}


def _cassette(path: Path) -> list[dict[str, Any]]:
    return list(yaml.safe_load(path.read_text(encoding="utf-8"))["interactions"])


def _pct(value: str) -> str:
    return quote(value, safe="-._~")


class FakeX:
    def __init__(
        self,
        *,
        oauth1: tuple[str, str, str, str] | None = None,
        bearer: str | None = None,
        cassettes: Path | None = None,
    ) -> None:
        self.oauth1 = oauth1  # (consumer key, consumer secret, token, token secret)
        self.bearer = bearer
        self.me = dict(DEFAULT_ME)
        self.recorded_mentions: dict[str, Any] | None = None
        self.recorded_mentions_headers: dict[str, str] = {}
        self.recorded_create: dict[str, Any] | None = None
        if cassettes is not None:
            me = _cassette(cassettes / "test_asyncclient_get_me.yaml")[0]
            self.me = json.loads(me["response"]["body"]["string"])["data"]
            mentions = _cassette(cassettes / "test_asyncclient_get_users_mentions.yaml")[0]
            self.recorded_mentions = json.loads(mentions["response"]["body"]["string"])
            self.recorded_mentions_headers = {
                k: v[0] for k, v in mentions["response"]["headers"].items() if k.startswith("x-rate-limit")
            }
            create = _cassette(cassettes / "test_asyncclient_create_and_delete_tweet.yaml")[0]
            self.recorded_create = json.loads(create["response"]["body"]["string"])
        self.users: dict[str, dict[str, Any]] = {}
        self.mentions: list[dict[str, Any]] = []  # posts that mention the bot
        self.media: dict[str, dict[str, Any]] = {}
        self.posted: list[dict[str, Any]] = []  # request bodies of accepted posts, with their "id"
        self.requests: list[tuple[str, str]] = []  # (method, path with query)
        self.verbatim: dict[str, Any] | None = None
        self.page_size = 100
        self.rate_limit_remaining = 449
        self.rate_limit_reset = int(time.time()) + 900
        self._failures: list[tuple[int, dict[str, Any], dict[str, str]]] = []
        self._next_id = 1_800_000_000_000_000_000
        self._runner: web.AppRunner | None = None
        self.port = 0
        self.url = ""

    # --- the test's side -------------------------------------------------------------------------------

    def mention(self, author: str, text: str, **fields: Any) -> dict[str, Any]:
        """A citizen (@author) posts `text`; it mentions the bot. Returns the post."""
        user = self.users.setdefault(author, {"id": str(3_000_000 + len(self.users)), "username": author})
        self._next_id += 1
        tweet = {
            "id": str(self._next_id),
            "text": text,
            "author_id": user["id"],
            "conversation_id": str(self._next_id),
            "edit_history_tweet_ids": [str(self._next_id)],
            **fields,
        }
        self.mentions.append(tweet)
        return tweet

    def fail_next(
        self, times: int, status: int, body: dict[str, Any], headers: dict[str, str] | None = None
    ) -> None:
        self._failures.extend((status, body, headers or {}) for _ in range(times))

    def replies_to(self, tweet_id: str) -> list[dict[str, Any]]:
        return [p for p in self.posted if p.get("reply", {}).get("in_reply_to_tweet_id") == tweet_id]

    # --- the server -------------------------------------------------------------------------------------

    async def start(self, port: int = 0) -> str:
        app = web.Application()
        app.router.add_get("/2/users/me", self._get_me)
        app.router.add_get("/2/users/{id}/mentions", self._get_mentions)
        app.router.add_post("/2/tweets", self._post_tweet)
        self._runner = web.AppRunner(app, shutdown_timeout=0.1)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", port, reuse_address=True)
        await site.start()
        self.port = int(self._runner.addresses[0][1])
        self.url = f"http://127.0.0.1:{self.port}"
        return self.url

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def _headers(self) -> dict[str, str]:
        return {
            "x-rate-limit-limit": "450",
            "x-rate-limit-remaining": str(self.rate_limit_remaining),
            "x-rate-limit-reset": str(self.rate_limit_reset),
        }

    def _authorized(self, request: web.Request) -> bool:
        header = request.headers.get("Authorization", "")
        if self.bearer is not None:
            return hmac.compare_digest(header, f"Bearer {self.bearer}")
        if self.oauth1 is None or not header.startswith("OAuth "):
            return False
        fields: dict[str, str] = {}
        for part in header[len("OAuth ") :].split(","):
            key, _, value = part.strip().partition("=")
            fields[unquote(key)] = unquote(value.strip('"'))
        consumer_key, consumer_secret, token, token_secret = self.oauth1
        if fields.get("oauth_consumer_key") != consumer_key or fields.get("oauth_token") != token:
            return False
        signature = fields.pop("oauth_signature", "")
        params = [(k, v) for k, v in request.query.items()] + list(fields.items())
        normalized = "&".join(f"{k}={v}" for k, v in sorted((_pct(k), _pct(v)) for k, v in params))
        # the signed URL is the one the client used: the Host header names it
        base_url = f"http://{request.host}{request.path}"
        base = f"{request.method}&{_pct(base_url)}&{_pct(normalized)}"
        key = f"{_pct(consumer_secret)}&{_pct(token_secret)}".encode()
        expected = base64.b64encode(hmac.new(key, base.encode(), hashlib.sha1).digest()).decode()
        return hmac.compare_digest(signature, expected)

    def _gate(self, request: web.Request) -> web.Response | None:
        self.requests.append((request.method, request.path_qs))
        if not self._authorized(request):
            return web.json_response(
                {"title": "Unauthorized", "type": "about:blank", "status": 401, "detail": "Unauthorized"},
                status=401,
            )
        if self._failures:
            status, body, headers = self._failures.pop(0)
            return web.json_response(body, status=status, headers={**self._headers(), **headers})
        return None

    async def _get_me(self, request: web.Request) -> web.Response:
        return self._gate(request) or web.json_response({"data": self.me}, headers=self._headers())

    async def _get_mentions(self, request: web.Request) -> web.Response:
        refused = self._gate(request)
        if refused is not None:
            return refused
        if self.verbatim is not None:
            body, self.verbatim = self.verbatim, None
            return web.json_response(body, headers=self.recorded_mentions_headers or self._headers())
        since = request.query.get("since_id")
        items = [t for t in self.mentions if since is None or int(t["id"]) > int(since)]
        items.sort(key=lambda t: -int(t["id"]))
        token = request.query.get("pagination_token", "0")
        if not token.isdigit():  # a token from a recorded page: the recording had nothing older to give
            return web.json_response({"meta": {"result_count": 0}}, headers=self._headers())
        start = int(token)
        size = min(self.page_size, int(request.query.get("max_results", "10")))
        page = items[start : start + size]
        meta: dict[str, Any] = {"result_count": len(page)}
        if page:
            meta.update(newest_id=page[0]["id"], oldest_id=page[-1]["id"])
        if start + size < len(items):
            meta["next_token"] = str(start + size)
        body: dict[str, Any] = {"meta": meta}
        if page:
            body["data"] = page
            authors = {t["author_id"] for t in page}
            body["includes"] = {"users": [u for u in self.users.values() if u["id"] in authors]}
            keys = {k for t in page for k in t.get("attachments", {}).get("media_keys", [])}
            if keys:
                body["includes"]["media"] = [m for k, m in self.media.items() if k in keys]
        return web.json_response(body, headers=self._headers())

    async def _post_tweet(self, request: web.Request) -> web.Response:
        refused = self._gate(request)
        if refused is not None:
            return refused
        body = await request.json()
        text = body.get("text", "")
        if x_length(text) > 280:
            return web.json_response(
                {"errors": [{"message": "Your Tweet text is too long."}], "title": "Invalid Request"},
                status=400,
            )
        reply_to = body.get("reply", {}).get("in_reply_to_tweet_id")
        if reply_to is not None and reply_to not in {t["id"] for t in self.mentions}:
            return web.json_response(
                {
                    "title": "Forbidden",
                    "status": 403,
                    "detail": "Reply to this conversation is not allowed because you have not been mentioned "
                    "or otherwise engaged by the author of the post you are replying to.",
                },
                status=403,
            )
        if any(p["text"] == text for p in self.posted):
            return web.json_response(
                {
                    "title": "Forbidden",
                    "status": 403,
                    "detail": "You are not allowed to create a Tweet with duplicate content.",
                },
                status=403,
            )
        self._next_id += 1
        tweet_id = str(self._next_id)
        self.posted.append({**body, "id": tweet_id})
        template = self.recorded_create or {"data": {"id": "", "text": ""}}
        answer = {"data": {**template["data"], "id": tweet_id, "text": text}}
        return web.json_response(
            answer, status=201, headers={**self._headers(), "location": f"/2/tweets/{tweet_id}"}
        )


def new_secret() -> str:
    return secrets.token_urlsafe(24)
