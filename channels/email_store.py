"""Storing one email exactly once: the inbound message, its threading headers and its attachments, in one
transaction, before the IMAP server hears anything about it.

Like `store.inbound.store_inbound` (same contract: idempotent per (channel, provider_id), committed on
return), plus what only email has. Automated mail (bounces, auto-replies, lists) is stored as `ignored`, so
the pipeline never reads it as a report and nothing ever answers it.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from channels.email_media import Photo
from channels.email_parse import Attachment, ParsedEmail
from store.inbound import Stored, get_or_create_contact
from store.models import EmailMeta, InboundMessage, MediaBlob

NO_SENDER = "(no sender)"
MEDIA_PATH = "/channels/email/media/"


@dataclass(frozen=True)
class Received:
    """A parsed email and what was made of its attachments (a Photo, or None when not a photo)."""

    parsed: ParsedEmail
    photos: list[tuple[Attachment, Photo | None]]


async def stored_ids(
    sessions: async_sessionmaker[AsyncSession], channel: str, provider_id: str
) -> int | None:
    async with sessions() as session:
        query = select(InboundMessage.id).where(
            InboundMessage.channel == channel, InboundMessage.provider_id == provider_id
        )
        found: int | None = (await session.execute(query)).scalar_one_or_none()
        return found


async def store_email(
    sessions: async_sessionmaker[AsyncSession], channel: str, received: Received, public_url: str
) -> Stored:
    parsed = received.parsed
    async with sessions() as session, session.begin():
        existing_q = select(InboundMessage).where(
            InboundMessage.channel == channel, InboundMessage.provider_id == parsed.provider_id
        )
        existing = (await session.execute(existing_q)).scalar_one_or_none()
        if existing is not None:
            assert existing.id is not None
            return Stored(existing.id, existing.contact_id, created=False)
        contact = await get_or_create_contact(session, channel, parsed.sender or NO_SENDER)
        assert contact.id is not None
        blobs, urls, position = _blobs(channel, received, public_url)
        row = InboundMessage(
            channel=channel,
            provider_id=parsed.provider_id,
            contact_id=contact.id,
            thread_ref=parsed.provider_id,
            text=parsed.text,
            media=urls,
            lat=position[0] if position else None,
            lon=position[1] if position else None,
            state="ignored" if parsed.automated else "received",
            last_error=f"not answered: automated mail ({parsed.automated})" if parsed.automated else "",
        )
        try:
            async with session.begin_nested():
                session.add(row)
                await session.flush()
                assert row.id is not None
                session.add(
                    EmailMeta(
                        inbound_message_id=row.id,
                        provider_id=parsed.provider_id,
                        message_id=parsed.message_id,
                        subject=parsed.subject,
                        references=" ".join(parsed.references),
                        reply_to=parsed.reply_to,
                        automated=parsed.automated[:255],
                        size=parsed.size,
                        notes="\n".join(parsed.notes),
                    )
                )
                for blob in blobs:
                    blob.inbound_message_id = row.id
                    session.add(blob)
        except IntegrityError:  # another process stored the same message first
            existing = (await session.execute(existing_q)).scalar_one()
            assert existing.id is not None
            return Stored(existing.id, existing.contact_id, created=False)
        return Stored(row.id, contact.id, created=True)


def _blobs(
    channel: str, received: Received, public_url: str
) -> tuple[list[MediaBlob], list[str], tuple[float, float] | None]:
    blobs: list[MediaBlob] = []
    urls: list[str] = []
    position: tuple[float, float] | None = None
    for attachment, photo in received.photos:
        blobs.append(_blob(channel, attachment.data, attachment.content_type, attachment.filename, False))
        if photo is None:
            continue
        public = _blob(channel, photo.public, photo.content_type, attachment.filename, True)
        blobs.append(public)
        urls.append(f"{public_url.rstrip('/')}{MEDIA_PATH}{public.token}")
        if position is None and photo.lat is not None and photo.lon is not None:
            position = (photo.lat, photo.lon)
    return blobs, urls, position


def _blob(channel: str, data: bytes, content_type: str, filename: str, public: bool) -> MediaBlob:
    return MediaBlob(
        token=secrets.token_urlsafe(24),
        channel=channel,
        inbound_message_id=0,
        filename=filename,
        content_type=content_type,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        public=public,
        data=data,
    )
