"""Peers for the Mastodon channel tests.

- `MastodonMock` runs the `mastodon-mock` package (a stateful Mastodon REST API: FastAPI + SQLite in memory,
  served by uvicorn in a thread) on a free local port, seeded with the accounts alice, bob and carol. The
  tests use alice as the council's bot and bob as a citizen. Its fault-injection control plane
  (`/api/v1/_mock/faults`) makes chosen requests fail.
- `CassetteMastodon` is a small aiohttp server answering with the real Mastodon 4.6.4 responses recorded in
  ../shared/data/cassettes/mastodon, for what mastodon-mock does not reproduce: h-card mention HTML, the
  server's default policy filtering private mentions, the v2 instance configuration, ISO 8601 rate-limit
  resets and the SSE notification stream. Tests can replace or add notifications to probe malformed input.
"""

from __future__ import annotations

import asyncio
import copy
import json
from pathlib import Path
from typing import Any

import aiohttp
import yaml
from aiohttp import web
from mastodon_mock.testing.server import MockServer

BOT_TOKEN = "alice_token"  # nosec - fixture tokens of the mock's seed accounts
CITIZEN_TOKEN = "bob_token"  # nosec


class MastodonMock:
    def __init__(self) -> None:
        self.server = MockServer()
        self.url = ""

    async def start(self) -> str:
        await asyncio.to_thread(self.server.start)
        self.url = self.server.base_url
        return self.url

    async def close(self) -> None:
        await asyncio.to_thread(self.server.stop)

    async def api(
        self,
        http: aiohttp.ClientSession,
        method: str,
        path: str,
        *,
        token: str = CITIZEN_TOKEN,
        body: dict[str, Any] | None = None,
        params: list[tuple[str, str]] | None = None,
    ) -> Any:
        headers = {"Authorization": f"Bearer {token}"}
        async with http.request(method, self.url + path, json=body, params=params, headers=headers) as resp:
            assert resp.status < 300, f"{method} {path}: {resp.status} {await resp.text()}"
            return await resp.json()

    async def mention(self, http: aiohttp.ClientSession, text: str, **extra: Any) -> dict[str, Any]:
        """The citizen (bob) posts a status; mentions in `text` notify the mentioned accounts."""
        status: dict[str, Any] = await self.api(
            http, "POST", "/api/v1/statuses", body={"status": text, **extra}
        )
        return status

    async def citizen_mentions(self, http: aiohttp.ClientSession) -> list[dict[str, Any]]:
        """The statuses that mentioned the citizen (our replies), oldest first."""
        page = await self.api(http, "GET", "/api/v1/notifications", params=[("types[]", "mention")])
        return [n["status"] for n in reversed(page)]

    async def fault(self, http: aiohttp.ClientSession, rule: dict[str, Any]) -> str:
        async with http.post(f"{self.url}/api/v1/_mock/faults", json=rule) as resp:
            assert resp.status < 300, await resp.text()
            return str((await resp.json())["id"])

    async def clear_fault(self, http: aiohttp.ClientSession, rule_id: str) -> None:
        async with http.delete(f"{self.url}/api/v1/_mock/faults/{rule_id}") as resp:
            assert resp.status < 300, await resp.text()


def load_cassette(path: Path) -> list[dict[str, Any]]:
    """The interactions of a VCR.py cassette: [{request: {method, uri, ...}, response: {status, body}}]."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return list(data["interactions"])


def response_json(interaction: dict[str, Any]) -> Any:
    body = interaction["response"]["body"]["string"]
    return json.loads(body)


def find(interactions: list[dict[str, Any]], method: str, path_part: str) -> dict[str, Any]:
    for item in interactions:
        if item["request"]["method"] == method and path_part in item["request"]["uri"]:
            return item
    raise LookupError(f"no {method} {path_part} in the cassette")


class CassetteMastodon:
    """Serves the recorded responses; notifications are a list the test may edit."""

    def __init__(self, folder: Path) -> None:
        mentions = load_cassette(folder / "test_notifications_mentions_only.yaml")
        page_item = find(mentions, "GET", "/api/v1/notifications?types")
        self.recorded_page: list[dict[str, Any]] = response_json(page_item)
        self.recorded_headers: dict[str, list[str]] = page_item["response"]["headers"]
        mention = self.recorded_page[0]["status"]["mentions"][0]
        # the mentioned account (mastodonpy_test) plays the bot; verify_credentials is shaped from it
        self.bot = {"id": mention["id"], "username": mention["username"], "acct": mention["acct"]}
        policy = load_cassette(folder / "test_notifications_policy.yaml")
        self.policy: dict[str, Any] = response_json(find(policy, "GET", "/api/v2/notifications/policy"))
        self.instance = response_json(
            find(load_cassette(folder / "test_instance.yaml"), "GET", "/api/v2/instance")
        )
        reply = load_cassette(folder / "test_status_reply.yaml")
        self.reply_template: dict[str, Any] = response_json(
            [i for i in reply if i["request"]["method"] == "POST"][-1]
        )
        stream = load_cassette(folder / "test_stream_user_direct.yaml")
        self.stream_body: str = find(stream, "GET", "/api/v1/streaming/user")["response"]["body"]["string"]
        self.notifications: list[dict[str, Any]] = copy.deepcopy(self.recorded_page)
        self.requests: list[tuple[str, str, Any]] = []  # (method, path_qs, json body)
        self.posted: list[dict[str, Any]] = []
        self.notifications_answer: Any = None  # when set, served instead of the notifications list
        self.stream_event = asyncio.Event()  # set it to send one recorded notification event
        self._runner: web.AppRunner | None = None
        self.port = 0
        self.url = ""

    async def start(self, port: int = 0) -> str:
        app = web.Application()
        app.router.add_get("/api/v1/accounts/verify_credentials", self._me)
        app.router.add_get("/api/v2/instance", self._instance)
        app.router.add_patch("/api/v2/notifications/policy", self._patch_policy)
        app.router.add_get("/api/v1/notifications", self._notifications)
        app.router.add_post("/api/v1/statuses", self._post_status)
        app.router.add_get("/api/v1/streaming/user/notification", self._stream)
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

    def _log(self, request: web.Request, body: Any = None) -> None:
        self.requests.append((request.method, request.path_qs, body))

    def _headers(self) -> dict[str, str]:
        return {k: v[0] for k, v in self.recorded_headers.items() if k.lower().startswith("x-ratelimit")}

    async def _me(self, request: web.Request) -> web.Response:
        self._log(request)
        return web.json_response(self.bot, headers=self._headers())

    async def _instance(self, request: web.Request) -> web.Response:
        self._log(request)
        return web.json_response(self.instance, headers=self._headers())

    async def _patch_policy(self, request: web.Request) -> web.Response:
        body = await request.json()
        self._log(request, body)
        self.policy.update({k: v for k, v in body.items() if k in self.policy})
        return web.json_response(self.policy, headers=self._headers())

    async def _notifications(self, request: web.Request) -> web.Response:
        self._log(request)
        if self.notifications_answer is not None:
            return web.json_response(self.notifications_answer, headers=self._headers())
        items = [
            n for n in self.notifications if n.get("type") in request.query.getall("types[]", ["mention"])
        ]
        min_id = request.query.get("min_id")
        if min_id is not None:  # (malformed items without an id are always served)
            items = [n for n in items if "id" not in n or int(n["id"]) > int(min_id)]
        items.sort(key=lambda n: -int(n.get("id", 0)))  # newest first, like Mastodon
        limit = int(request.query.get("limit", "20"))
        if min_id is not None:  # the page adjacent to min_id
            items = items[-limit:]
        else:
            items = items[:limit]
        return web.json_response(items, headers=self._headers())

    async def _post_status(self, request: web.Request) -> web.Response:
        body = await request.json()
        self._log(request, {**body, "idempotency_key": request.headers.get("Idempotency-Key")})
        status = copy.deepcopy(self.reply_template)
        status["id"] = str(int(self.reply_template["id"]) + len(self.posted) + 1)
        status["in_reply_to_id"] = body.get("in_reply_to_id")
        status["visibility"] = body.get("visibility", "public")
        status["content"] = f"<p>{body['status']}</p>"
        self.posted.append(status)
        return web.json_response(status, headers=self._headers())

    async def _stream(self, request: web.Request) -> web.StreamResponse:
        self._log(request)
        resp = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await resp.prepare(request)
        await resp.write(b":)\n")
        event = next(
            block for block in self.stream_body.split("\n\n") if block.startswith("event: notification")
        )
        while True:
            await self.stream_event.wait()
            self.stream_event.clear()
            await resp.write(event.encode() + b"\n\n")


def mention_notification(
    template: dict[str, Any], notification_id: int, status_id: int, content: str, **status_fields: Any
) -> dict[str, Any]:
    """A copy of a recorded mention notification with new ids and content."""
    item = copy.deepcopy(template)
    item["id"] = str(notification_id)
    item["group_key"] = f"ungrouped-{notification_id}"
    item["status"]["id"] = str(status_id)
    item["status"]["content"] = content
    item["status"].update(status_fields)
    return item
