"""The sender worker: delivers queued replies through their channel, once each.

queued -> sending (committed before the provider call) -> sent | queued again (back-off) | failed.
Nothing is sent to a contact who opted out; such replies are marked `suppressed`. A text that no longer
fits its channel (a limit lowered after it was queued) is cut to fit.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from channels.base import Channel, Outgoing, SendError
from relay311.formatting import channel_max_length, profile, truncate
from store.models import Contact, OutboundMessage, utcnow
from store.work import backoff, claim, one_at_a_time

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=2)


@dataclass
class Sender:
    sessions: async_sessionmaker[AsyncSession]
    channels: Mapping[str, Channel]
    max_attempts: int = 8
    clock: Callable[[], datetime] = utcnow

    async def step(self) -> int:
        async def claim_one() -> list[int]:
            return await claim(
                self.sessions,
                OutboundMessage,
                states=["queued", "sending"],
                now=self.clock(),
                lease=LEASE,
                limit=1,
            )

        return await one_at_a_time(claim_one, self._one)

    async def _one(self, message_id: int) -> None:
        async with self.sessions() as session, session.begin():
            msg = await session.get(OutboundMessage, message_id)
            if msg is None or msg.state not in ("queued", "sending"):
                return
            contact = await session.get(Contact, msg.contact_id)
            assert contact is not None
            channel = self.channels.get(msg.channel)
            if contact.opted_out:
                msg.state, msg.claimed_until = "suppressed", None
                return
            if channel is None:
                msg.state, msg.claimed_until = "failed", None
                msg.last_error = f"channel {msg.channel!r} is not configured"
                log.error("outbound %s: %s", msg.id, msg.last_error)
                return
            msg.state = "sending"
            msg.attempts += 1
            # the text was fitted when queued; this only guards against a limit that changed since
            text = truncate(msg.text, profile(msg.channel, channel_max_length(channel)))
            outgoing = Outgoing(
                msg.id or 0, contact.address, text, msg.thread_ref, msg.in_reply_to, kind=msg.kind
            )
        try:
            provider_id = await channel.send(outgoing)
        except SendError as exc:
            await self._failed(message_id, exc)
            return
        async with self.sessions() as session, session.begin():
            msg = await session.get(OutboundMessage, message_id)
            assert msg is not None
            msg.state, msg.claimed_until = "sent", None
            msg.provider_id = provider_id
            msg.sent_at = self.clock()
            msg.last_error = ""

    async def _failed(self, message_id: int, exc: SendError) -> None:
        async with self.sessions() as session, session.begin():
            msg = await session.get(OutboundMessage, message_id)
            assert msg is not None
            msg.claimed_until = None
            msg.last_error = str(exc)
            if exc.retry and msg.attempts < self.max_attempts:
                msg.state = "queued"
                msg.next_attempt_at = self.clock() + backoff(msg.attempts)
                log.info("outbound %s: attempt %d failed, will retry: %s", msg.id, msg.attempts, exc)
            else:
                msg.state = "failed"
                log.error("outbound %s: giving up after %d attempts: %s", msg.id, msg.attempts, exc)
