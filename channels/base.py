"""The channel contract. A channel is one module with two sides:

- intake: webhook routes and/or a long-running listener that turn provider input into stored inbound
  messages (`store.inbound.store_inbound`), acknowledging the provider only after the store committed;
- sending: `send()` delivers one reply and returns the provider's id for it.

Channels never touch reports or submissions: the pipeline owns those.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Protocol, runtime_checkable

import aiohttp
from aiohttp import web
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from store.work import Loop


@dataclass(frozen=True)
class Outgoing:
    """One reply to deliver."""

    message_id: int  # our outbound message id: stable across retries, usable as an idempotency key
    address: str  # the contact's address in this channel
    text: str
    thread_ref: str = ""  # the conversation or thread to reply in
    in_reply_to: str = ""  # the provider id of the citizen's message we answer, if any
    # what the reply is (store.models.OUTBOUND_KINDS): "question" (any answer to the citizen's own
    # message), "confirmation", "status", "final_status", "failed" or "info"
    kind: str = "info"


class SendError(Exception):
    """Delivery failed. `retry` says whether the same send may succeed later."""

    def __init__(self, message: str, *, retry: bool) -> None:
        super().__init__(message)
        self.retry = retry


@dataclass
class ChannelContext:
    """What the application gives every channel."""

    sessions: async_sessionmaker[AsyncSession]
    http: aiohttp.ClientSession
    public_url: str
    received: Callable[[], None]  # call after storing inbound messages: wakes the pipeline


class Channel(Protocol):
    name: ClassVar[str]
    Config: ClassVar[type[BaseModel]]

    def routes(self) -> list[web.AbstractRouteDef]:
        """Webhook and page routes this channel serves (may be empty)."""
        ...

    async def start(self) -> None:
        """Start long-running listeners (polling, IDLE...). Webhook-only channels do nothing."""
        ...

    async def stop(self) -> None: ...

    async def send(self, message: Outgoing) -> str:
        """Deliver a reply; return the provider's id for it. Raise SendError on failure."""
        ...


@runtime_checkable
class HasLoops(Protocol):
    """Optional: a channel with long-running listeners exposes their loops, so that the application's
    health check (`/healthz`) reports a listener that keeps failing."""

    def loops(self) -> Sequence[Loop]: ...


class ChannelSetupError(Exception):
    """A channel cannot start with its configuration or environment (e.g. a missing secret)."""


@dataclass(frozen=True)
class ChannelSpec:
    """A registry entry: the config schema and how to build the channel from a validated config."""

    config: type[BaseModel]
    build: Callable[[Any, ChannelContext], Channel]
