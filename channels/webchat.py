"""Web chat: a page at /chat and the JSON API councils embed.

POST /chat/api/messages {"session", "text", "lat"?, "lon"?, "client_id"?} -> 202 {"id": stored message id}
GET  /chat/api/messages?session=... -> {"messages": [{"direction": "in"|"out", "text", "created_at"}, ...]}

Replies are "sent" by making them visible to GET; the page polls.
"""

from __future__ import annotations

import json
import logging
import math
import re
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field
from sqlmodel import select

from channels.base import ChannelContext, Outgoing
from store.inbound import Incoming, store_inbound
from store.models import Contact, InboundMessage, OutboundMessage

log = logging.getLogger(__name__)

PAGE = Path(__file__).with_name("webchat.html")
SESSION_RE = re.compile(r"^[A-Za-z0-9_-]{8,128}$")
MAX_TEXT = 2000


class WebChatConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str = "Report a problem"
    max_text: int = Field(default=MAX_TEXT, ge=1, le=20000)


class BadRequest(web.HTTPBadRequest):
    def __init__(self, reason: str) -> None:
        super().__init__(text=json.dumps({"error": reason}), content_type="application/json")


def _coordinate(body: dict[str, Any], key: str, limit: float) -> float | None:
    value = body.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise BadRequest(f"{key} must be a number")
    if abs(value) > limit:
        raise BadRequest(f"{key} must be between -{limit:g} and {limit:g}")
    return float(value)


def _session(value: object) -> str:
    if not isinstance(value, str) or not SESSION_RE.match(value):
        raise BadRequest("session must be 8-128 letters, digits, '-' or '_'")
    return value


def _iso(value: datetime) -> str:
    return value.isoformat().replace("+00:00", "Z")


class WebChatChannel:
    name: ClassVar[str] = "webchat"
    Config: ClassVar[type[BaseModel]] = WebChatConfig

    def __init__(self, config: WebChatConfig, context: ChannelContext) -> None:
        self.config = config
        self.context = context
        self.html = PAGE.read_text(encoding="utf-8").replace("{{title}}", config.title)

    def routes(self) -> list[web.AbstractRouteDef]:
        return [
            web.get("/chat", self.page),
            web.post("/chat/api/messages", self.post_message),
            web.get("/chat/api/messages", self.list_messages),
        ]

    async def start(self) -> None:
        return None

    async def stop(self) -> None:
        return None

    async def send(self, message: Outgoing) -> str:
        # The page fetches replies; marking the message sent is what makes it visible.
        return f"webchat-{message.message_id}"

    async def page(self, request: web.Request) -> web.Response:
        return web.Response(text=self.html, content_type="text/html")

    async def post_message(self, request: web.Request) -> web.Response:
        try:
            body = await request.json()
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise BadRequest("body must be JSON") from None
        if not isinstance(body, dict):
            raise BadRequest("body must be a JSON object")
        session = _session(body.get("session"))
        text = body.get("text", "")
        if not isinstance(text, str):
            raise BadRequest("text must be a string")
        text = text.strip()
        lat, lon = _coordinate(body, "lat", 90), _coordinate(body, "lon", 180)
        if (lat is None) != (lon is None):
            raise BadRequest("give both lat and lon, or neither")
        if not text and lat is None:
            raise BadRequest("text must not be empty")
        if len(text) > self.config.max_text:
            raise BadRequest(f"text is longer than {self.config.max_text} characters")
        client_id = body.get("client_id")
        if client_id is not None and (not isinstance(client_id, str) or not SESSION_RE.match(client_id)):
            raise BadRequest("client_id must be 8-128 letters, digits, '-' or '_'")
        provider_id = f"{session}:{client_id or uuid.uuid4().hex}"
        stored = await store_inbound(
            self.context.sessions,
            Incoming(
                channel=self.name,
                provider_id=provider_id,
                address=session,
                text=text,
                thread_ref=session,
                lat=lat,
                lon=lon,
            ),
        )
        self.context.received()
        return web.json_response({"id": stored.message_id, "duplicate": not stored.created}, status=202)

    async def list_messages(self, request: web.Request) -> web.Response:
        session = _session(request.query.get("session"))
        async with self.context.sessions() as db:
            contact = (
                await db.execute(
                    select(Contact).where(Contact.channel == self.name, Contact.address == session)
                )
            ).scalar_one_or_none()
            if contact is None:
                return web.json_response({"messages": []})
            inbound = (
                (await db.execute(select(InboundMessage).where(InboundMessage.contact_id == contact.id)))
                .scalars()
                .all()
            )
            outbound = (
                (
                    await db.execute(
                        select(OutboundMessage).where(
                            OutboundMessage.contact_id == contact.id, OutboundMessage.state == "sent"
                        )
                    )
                )
                .scalars()
                .all()
            )
        items: list[tuple[datetime, int, dict[str, Any]]] = []
        for i in inbound:
            entry: dict[str, Any] = {
                "id": f"in-{i.id}",
                "direction": "in",
                "text": i.text,
                "created_at": _iso(i.received_at),
            }
            if i.lat is not None:
                entry.update(lat=i.lat, lon=i.lon)
            items.append((i.received_at, 0, entry))
        for o in outbound:
            when = o.sent_at or o.created_at
            items.append(
                (when, 1, {"id": f"out-{o.id}", "direction": "out", "text": o.text, "created_at": _iso(when)})
            )
        items.sort(key=lambda item: (item[0], item[1]))
        return web.json_response({"messages": [entry for _, _, entry in items]})
