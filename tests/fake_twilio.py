"""A local stand-in for Twilio's Messages API, and webhook signing the way Twilio does it.

FakeTwilio serves POST /2010-04-01/Accounts/{sid}/Messages.json on 127.0.0.1 (a free port), checks HTTP basic
auth against the account SID and auth token it was given, answers 201 with a message resource like Twilio's,
and records every accepted message in `messages`. `fail_next()` makes the next requests fail with a chosen
status and Twilio error body; `delay` makes every answer slow.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from email.utils import formatdate
from typing import Any

import aiohttp
from aiohttp import web
from twilio.request_validator import RequestValidator

API_VERSION = "2010-04-01"


def sign(auth_token: str, url: str, params: Mapping[str, str]) -> str:
    """The X-Twilio-Signature Twilio would send for a form POST of `params` to `url`."""
    return str(RequestValidator(auth_token).compute_signature(url, dict(params)))


async def post_signed(
    http: aiohttp.ClientSession,
    target: str,
    params: Mapping[str, str],
    *,
    auth_token: str,
    signed_url: str | None = None,
    signature: str | None = None,
) -> aiohttp.ClientResponse:
    """POST `params` as a form to `target`, signed for `signed_url` (default: `target`) like Twilio does.

    `signature` overrides the computed one; pass "" to send no X-Twilio-Signature header at all."""
    if signature is None:
        signature = sign(auth_token, signed_url or target, params)
    headers = {"X-Twilio-Signature": signature} if signature else {}
    return await http.post(target, data=dict(params), headers=headers)


def twilio_error(status: int, code: int, message: str) -> dict[str, Any]:
    return {
        "code": code,
        "message": message,
        "more_info": f"https://www.twilio.com/docs/errors/{code}",
        "status": status,
    }


@dataclass
class _Failure:
    status: int
    body: str
    content_type: str


class FakeTwilio:
    def __init__(self, account_sid: str, auth_token: str) -> None:
        self.account_sid = account_sid
        self.auth_token = auth_token
        self.messages: list[dict[str, Any]] = []  # every message resource created, in order
        self.requests: list[dict[str, str]] = []  # the form of every request that reached the endpoint
        self.delay = 0.0  # seconds to wait before answering (cut short by close())
        self._closing = asyncio.Event()
        self._failures: list[_Failure] = []
        self._runner: web.AppRunner | None = None
        self.url = ""

    def fail_next(
        self,
        times: int,
        status: int,
        code: int | None = None,
        message: str = "",
        *,
        body: str | dict[str, Any] | None = None,
        content_type: str = "application/json",
    ) -> None:
        """Answer the next `times` requests with `status` and Twilio's error JSON for `code` (or `body`)."""
        if body is None:
            body = twilio_error(status, code if code is not None else status, message or f"error {code}")
        text = body if isinstance(body, str) else json.dumps(body)
        self._failures.extend(_Failure(status, text, content_type) for _ in range(times))

    async def start(self) -> str:
        app = web.Application()
        app.router.add_post(f"/{API_VERSION}/Accounts/{{sid}}/Messages.json", self._create_message)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.url = f"http://127.0.0.1:{port}"
        return self.url

    async def close(self) -> None:
        self._closing.set()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def _authorized(self, request: web.Request) -> bool:
        header = request.headers.get("Authorization", "")
        scheme, _, encoded = header.partition(" ")
        if scheme.lower() != "basic":
            return False
        try:
            user, _, password = base64.b64decode(encoded, validate=True).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return False
        return secrets.compare_digest(user, self.account_sid) and secrets.compare_digest(
            password, self.auth_token
        )

    async def _create_message(self, request: web.Request) -> web.Response:
        form = {key: str(value) for key, value in (await request.post()).items()}
        if self.delay:
            try:
                await asyncio.wait_for(self._closing.wait(), self.delay)
            except TimeoutError:
                pass
            if self._closing.is_set():
                return web.json_response(twilio_error(503, 20503, "Service Unavailable"), status=503)
        if not self._authorized(request) or request.match_info["sid"] != self.account_sid:
            return web.json_response(twilio_error(401, 20003, "Authenticate"), status=401)
        self.requests.append(form)
        if self._failures:
            failure = self._failures.pop(0)
            return web.Response(status=failure.status, text=failure.body, content_type=failure.content_type)
        to, sender, service = form.get("To"), form.get("From"), form.get("MessagingServiceSid")
        if not to:
            return web.json_response(twilio_error(400, 21604, "A 'To' phone number is required."), status=400)
        if not sender and not service:
            return web.json_response(
                twilio_error(400, 21603, "A 'From' phone number is required."), status=400
            )
        if not form.get("Body") and not form.get("MediaUrl") and not form.get("ContentSid"):
            return web.json_response(twilio_error(400, 21602, "Message body is required."), status=400)
        sid = "SM" + secrets.token_hex(16)
        now = formatdate(usegmt=True).replace("GMT", "+0000")
        base = f"/{API_VERSION}/Accounts/{self.account_sid}/Messages/{sid}"
        resource: dict[str, Any] = {
            "account_sid": self.account_sid,
            "api_version": API_VERSION,
            "body": form.get("Body", ""),
            "date_created": now,
            "date_sent": None,
            "date_updated": now,
            "direction": "outbound-api",
            "error_code": None,
            "error_message": None,
            "from": sender,
            "messaging_service_sid": service,
            "num_media": "0",
            "num_segments": "1",
            "price": None,
            "price_unit": "USD",
            "sid": sid,
            "status": "queued" if sender else "accepted",
            "subresource_uris": {"media": f"{base}/Media.json"},
            "to": to,
            "uri": f"{base}.json",
        }
        self.messages.append(resource)
        return web.json_response(resource, status=201)
