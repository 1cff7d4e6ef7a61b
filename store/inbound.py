"""Storing what providers deliver. Channels call `store_inbound` and acknowledge only after it returns."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from store.models import Contact, InboundMessage


@dataclass(frozen=True)
class Incoming:
    """A message as a channel received it, before anything is understood."""

    channel: str
    provider_id: str  # the provider's own id: MessageSid, Message-ID, status id, a chat client's id
    address: str  # who sent it, in the channel's terms
    text: str
    thread_ref: str = ""
    media: tuple[str, ...] = field(default=())
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class Stored:
    message_id: int
    contact_id: int
    created: bool  # False when the provider delivered the same message again


async def get_or_create_contact(session: AsyncSession, channel: str, address: str) -> Contact:
    query = select(Contact).where(Contact.channel == channel, Contact.address == address)
    contact = (await session.execute(query)).scalar_one_or_none()
    if contact is not None:
        return contact
    try:
        async with session.begin_nested():
            contact = Contact(channel=channel, address=address)
            session.add(contact)
    except IntegrityError:  # another process created it first
        contact = (await session.execute(query)).scalar_one()
    return contact


async def store_inbound(sessions: async_sessionmaker[AsyncSession], msg: Incoming) -> Stored:
    """Store a delivered message exactly once per (channel, provider_id) and commit before returning."""
    async with sessions() as session, session.begin():
        existing_q = select(InboundMessage).where(
            InboundMessage.channel == msg.channel, InboundMessage.provider_id == msg.provider_id
        )
        existing = (await session.execute(existing_q)).scalar_one_or_none()
        if existing is not None:
            assert existing.id is not None
            return Stored(existing.id, existing.contact_id, created=False)
        contact = await get_or_create_contact(session, msg.channel, msg.address)
        assert contact.id is not None
        row = InboundMessage(
            channel=msg.channel,
            provider_id=msg.provider_id,
            contact_id=contact.id,
            thread_ref=msg.thread_ref,
            text=msg.text,
            media=list(msg.media),
            lat=msg.lat,
            lon=msg.lon,
        )
        try:
            async with session.begin_nested():
                session.add(row)
        except IntegrityError:  # the same delivery raced us in another request
            existing = (await session.execute(existing_q)).scalar_one()
            assert existing.id is not None
            return Stored(existing.id, existing.contact_id, created=False)
        assert row.id is not None
        return Stored(row.id, contact.id, created=True)
