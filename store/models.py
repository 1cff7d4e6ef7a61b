"""The database tables. Every piece of pipeline state lives here, never only in memory."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from store.types import UTCDateTime


def utcnow() -> datetime:
    return datetime.now(UTC)


class Contact(SQLModel, table=True):
    """A citizen as one channel knows them (a phone number, a chat session, an email address)."""

    __tablename__ = "contact"
    __table_args__ = (UniqueConstraint("channel", "address", name="uq_contact_channel_address"),)

    id: int | None = Field(default=None, primary_key=True)
    channel: str = Field(max_length=32)
    address: str = Field(max_length=255)
    opted_out: bool = Field(default=False)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class InboundMessage(SQLModel, table=True):
    """A message as the provider delivered it. Stored before the provider gets its acknowledgement."""

    __tablename__ = "inbound_message"
    __table_args__ = (
        UniqueConstraint("channel", "provider_id", name="uq_inbound_channel_provider_id"),
        Index("ix_inbound_work", "state", "next_attempt_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    channel: str = Field(max_length=32)
    provider_id: str = Field(max_length=255)
    contact_id: int = Field(foreign_key="contact.id", index=True)
    thread_ref: str = Field(default="", max_length=255)
    text: str = Field(default="", sa_type=Text)
    media: list[str] = Field(default_factory=list, sa_type=JSON)
    lat: float | None = None
    lon: float | None = None
    received_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    # work state: received -> processed | failed
    state: str = Field(default="received", max_length=16)
    attempts: int = 0
    next_attempt_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    claimed_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_error: str = Field(default="", sa_type=Text)


class Report(SQLModel, table=True):
    """What a citizen reported, as far as we understood it."""

    __tablename__ = "report"

    id: int | None = Field(default=None, primary_key=True)
    ref: str = Field(max_length=16, unique=True)
    contact_id: int = Field(foreign_key="contact.id", index=True)
    channel: str = Field(max_length=32)
    thread_ref: str = Field(default="", max_length=255)
    text: str = Field(default="", sa_type=Text)
    media: list[str] = Field(default_factory=list, sa_type=JSON)
    service_code: str | None = Field(default=None, max_length=64)
    service_name: str = Field(default="", max_length=255)
    confidence: float = 0.0
    candidates: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSON)
    offered: list[str] = Field(default_factory=list, sa_type=JSON)  # codes offered as numbered choices
    location_text: str = Field(default="", sa_type=Text)
    location_kind: str = Field(default="", max_length=32)
    address: str = Field(default="", sa_type=Text)
    lat: float | None = None
    lon: float | None = None
    missing: list[str] = Field(default_factory=list, sa_type=JSON)
    # waiting (for the citizen) -> queued (for Open311) -> submitted | failed | cancelled
    state: str = Field(default="waiting", max_length=16, index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Submission(SQLModel, table=True):
    """One report's journey into one Open311 endpoint."""

    __tablename__ = "submission"
    __table_args__ = (
        Index("ix_submission_work", "state", "next_attempt_at"),
        Index("ix_submission_poll", "open", "next_poll_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    report_id: int = Field(foreign_key="report.id", unique=True)
    endpoint: str = Field(max_length=64)
    # pending -> sending -> token (waiting for an id) -> submitted | failed
    state: str = Field(default="pending", max_length=16)
    service_request_id: str | None = Field(default=None, max_length=128, index=True)
    token: str | None = Field(default=None, max_length=128)
    attempts: int = 0
    next_attempt_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    claimed_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_error: str = Field(default="", sa_type=Text)
    submitted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # status polling
    open: bool = Field(default=False)
    status: str = Field(default="", max_length=64)
    status_notes: str = Field(default="", sa_type=Text)
    next_poll_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    poll_claimed_until: datetime | None = Field(default=None, sa_type=UTCDateTime)


class StatusEvent(SQLModel, table=True):
    """A status change the council reported for a submitted request."""

    __tablename__ = "status_event"
    __table_args__ = (UniqueConstraint("submission_id", "fingerprint", name="uq_status_event_fingerprint"),)

    id: int | None = Field(default=None, primary_key=True)
    submission_id: int = Field(foreign_key="submission.id", index=True)
    status: str = Field(max_length=64)
    status_notes: str = Field(default="", sa_type=Text)
    updated_datetime: datetime | None = Field(default=None, sa_type=UTCDateTime)
    fingerprint: str = Field(max_length=64)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class OutboundMessage(SQLModel, table=True):
    """A reply to a citizen. Queued in the same transaction as the change it reports."""

    __tablename__ = "outbound_message"
    __table_args__ = (Index("ix_outbound_work", "state", "next_attempt_at"),)

    id: int | None = Field(default=None, primary_key=True)
    # what this message is about, unique so the same reply is never queued twice
    dedup_key: str = Field(max_length=128, unique=True)
    channel: str = Field(max_length=32)
    contact_id: int = Field(foreign_key="contact.id", index=True)
    report_id: int | None = Field(default=None, foreign_key="report.id")
    thread_ref: str = Field(default="", max_length=255)
    in_reply_to: str = Field(default="", max_length=255)
    text: str = Field(sa_type=Text)
    # queued -> sending -> sent | failed | suppressed
    state: str = Field(default="queued", max_length=16)
    attempts: int = 0
    next_attempt_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    claimed_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    provider_id: str | None = Field(default=None, max_length=255)
    last_error: str = Field(default="", sa_type=Text)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class ChannelCursor(SQLModel, table=True):
    """Where a polling listener stopped (last IMAP UID, last Mastodon notification id, ...)."""

    __tablename__ = "channel_cursor"
    __table_args__ = (UniqueConstraint("channel", "key", name="uq_channel_cursor"),)

    id: int | None = Field(default=None, primary_key=True)
    channel: str = Field(max_length=32)
    key: str = Field(max_length=255)
    value: str = Field(default="", sa_type=Text)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
