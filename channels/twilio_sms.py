"""SMS through Twilio.

Intake: Twilio POSTs each incoming SMS/MMS to the webhook (`webhook_path`, default /channels/twilio/sms) as
form fields signed with the account's auth token (X-Twilio-Signature over public_url + path + query and the
sorted fields). A valid delivery is stored, then answered 200 with empty TwiML; a failed store answers 500 so
Twilio may deliver it again (the same MessageSid is stored once).

Sending: the Messages API through the twilio library's async client. The account SID and auth token come from
environment variables named in the config, read when the channel is built; neither is ever logged, raised or
stored.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
from collections.abc import Mapping
from typing import Any, ClassVar, Self

import aiohttp
from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field, model_validator
from twilio.base.exceptions import TwilioRestException, TwilioServiceException
from twilio.http.async_http_client import AsyncTwilioHttpClient
from twilio.request_validator import RequestValidator
from twilio.rest import Client

from channels.base import ChannelContext, ChannelSetupError, Outgoing, SendError
from store.inbound import Incoming, store_inbound

log = logging.getLogger(__name__)

EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'
SIGNATURE_HEADER = "X-Twilio-Signature"
FORM_TYPE = "application/x-www-form-urlencoded"
MAX_MEDIA = 10  # Twilio delivers at most 10 media items per message
E164 = r"^\+[1-9][0-9]{1,14}$"
ENV_NAME = r"^[A-Za-z_][A-Za-z0-9_]*$"
# 4xx answers that are about the moment, not the message: the sender's queue is full (21611).
RETRYABLE_CODES = frozenset({21611})


class TwilioSMSConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    account_sid_env: str = Field(default="TWILIO_ACCOUNT_SID", pattern=ENV_NAME)
    auth_token_env: str = Field(default="TWILIO_AUTH_TOKEN", pattern=ENV_NAME)
    from_number: str | None = Field(default=None, pattern=E164)
    messaging_service_sid: str | None = Field(default=None, pattern=r"^MG[0-9a-fA-F]{32}$")
    api_base_url: str = Field(default="https://api.twilio.com", pattern=r"^https?://[^/?#@]+/?$")
    webhook_path: str = Field(default="/channels/twilio/sms", pattern=r"^/[A-Za-z0-9/_.~-]*$")
    timeout: float = Field(default=30.0, gt=0)  # seconds for one Messages API call

    @model_validator(mode="after")
    def _has_sender(self) -> Self:
        if self.from_number is None and self.messaging_service_sid is None:
            raise ValueError("set from_number (E.164, e.g. +15005550006) or messaging_service_sid")
        return self


class TwilioCredentialsError(ChannelSetupError):
    """A secret the channel needs is not in the environment."""


def _secret(env: str, what: str, channel: str = "twilio_sms") -> str:
    value = os.environ.get(env, "")
    if not value:
        raise TwilioCredentialsError(
            f"channels.{channel}: environment variable {env} is not set (it must hold the Twilio {what})"
        )
    return value


class TwilioSMSChannel:
    name: ClassVar[str] = "twilio_sms"
    Config: ClassVar[type[BaseModel]] = TwilioSMSConfig

    def __init__(self, config: TwilioSMSConfig, context: ChannelContext) -> None:
        self.config = config
        self.context = context
        self._account_sid = _secret(config.account_sid_env, "account SID", self.name)
        self._auth_token = _secret(config.auth_token_env, "auth token", self.name)
        self._validator = RequestValidator(self._auth_token)
        # Built on first use: AsyncTwilioHttpClient opens an aiohttp session, which needs a running loop.
        self._http: AsyncTwilioHttpClient | None = None
        self._client: Client | None = None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.config.webhook_path}>"

    def routes(self) -> list[web.AbstractRouteDef]:
        return [web.post(self.config.webhook_path, self.webhook)]

    async def start(self) -> None:
        return None

    async def stop(self) -> None:
        http, self._http, self._client = self._http, None, None
        if http is not None:
            await http.close()

    # --- intake ---------------------------------------------------------------------------------------

    async def webhook(self, request: web.Request) -> web.Response:
        if request.content_type != FORM_TYPE:
            raise web.HTTPUnsupportedMediaType(text=f"expected {FORM_TYPE}")
        form = await request.post()
        signature = request.headers.get(SIGNATURE_HEADER, "")
        url = self.context.public_url.rstrip("/") + request.path_qs
        if not signature or not self._validator.validate(url, form, signature):
            log.warning(
                "%s: rejected a webhook request without a valid signature (%s)", self.name, request.path
            )
            raise web.HTTPForbidden(text="invalid signature")
        sid, sender = form.get("MessageSid"), form.get("From")
        if not isinstance(sid, str) or not sid or not isinstance(sender, str) or not sender:
            raise web.HTTPBadRequest(text="MessageSid and From are required")
        stored = await store_inbound(self.context.sessions, self.incoming(form, sid, sender))
        self.context.received()
        log.info(
            "%s: stored %s as inbound message %d%s",
            self.name,
            sid,
            stored.message_id,
            "" if stored.created else " (repeat delivery)",
        )
        return web.Response(text=EMPTY_TWIML, content_type="text/xml")

    def incoming(self, form: Mapping[str, object], sid: str, sender: str) -> Incoming:
        """The message to store for a valid delivery (subclasses read more fields)."""
        body = form.get("Body", "")
        return Incoming(
            channel=self.name,
            provider_id=sid,
            address=sender,
            text=body if isinstance(body, str) else "",
            thread_ref=sender,
            media=_media(form),
        )

    # --- sending --------------------------------------------------------------------------------------

    def _rest(self) -> Client:
        if self._client is None:
            self._http = AsyncTwilioHttpClient()
            self._client = Client(self._account_sid, self._auth_token, http_client=self._http)
            self._client.api.base_url = self.config.api_base_url.rstrip("/")
        return self._client

    def _redact(self, text: str) -> str:
        return text.replace(self._auth_token, "[redacted]")

    async def params(self, message: Outgoing) -> dict[str, Any]:
        """The Messages API parameters for a reply (subclasses may choose another body)."""
        params: dict[str, Any] = {"to": message.address, "body": message.text}
        if self.config.from_number is not None:
            params["from_"] = self.config.from_number
        if self.config.messaging_service_sid is not None:
            params["messaging_service_sid"] = self.config.messaging_service_sid
        return params

    async def send(self, message: Outgoing) -> str:
        params = await self.params(message)
        client = self._rest()
        # The library's own timeout is ignored by AsyncTwilioHttpClient (it sends no timeout, and aiohttp then
        # waits forever), so bound the call here.
        try:
            async with asyncio.timeout(self.config.timeout):
                created = await client.messages.create_async(**params)
        except TwilioRestException as exc:
            raise self._rest_error(exc.status, exc.code, exc.msg) from None
        except TwilioServiceException as exc:  # RFC 9457 error bodies: not a TwilioRestException subclass
            detail = f"{exc.title}: {exc.detail}" if exc.detail else str(exc.title)
            raise self._rest_error(exc.status, exc.code, detail) from None
        except TimeoutError:
            raise SendError(f"Twilio did not answer within {self.config.timeout:g}s", retry=True) from None
        except (aiohttp.ClientError, OSError) as exc:
            # `from None`: aiohttp errors carry the request headers, Authorization included.
            reason = self._redact(f"cannot reach Twilio: {type(exc).__name__}: {exc}")
            raise SendError(reason, retry=True) from None
        except json.JSONDecodeError:  # a 2xx whose body is not JSON: the message may exist, never resend it
            raise SendError("Twilio took the message but its answer was unreadable", retry=False) from None
        sid = getattr(created, "sid", None)
        if not isinstance(sid, str) or not sid:
            raise SendError("Twilio accepted the message but returned no SID", retry=False)
        log.info("%s: outbound message %d sent as %s", self.name, message.message_id, sid)
        return sid

    def _rest_error(self, status: object, code: object, detail: object) -> SendError:
        try:
            http_status = int(str(status))
        except ValueError:
            http_status = 0
        retry = http_status == 429 or http_status >= 500 or http_status == 0 or code in RETRYABLE_CODES
        return SendError(self._redact(f"Twilio error {code} (HTTP {status}): {detail}"), retry=retry)


def _media(form: Mapping[str, object]) -> tuple[str, ...]:
    try:
        count = int(str(form.get("NumMedia") or 0))
    except (TypeError, ValueError):
        raise web.HTTPBadRequest(text="NumMedia must be a number") from None
    urls = (form.get(f"MediaUrl{i}") for i in range(max(0, min(count, MAX_MEDIA))))
    return tuple(url for url in urls if isinstance(url, str) and url)
