"""The database tables. Every piece of pipeline state lives here, never only in memory."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Index, LargeBinary, Text, UniqueConstraint
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
    # work state: received -> processed | failed; `ignored` when stored but never to be processed or
    # answered (automated email: bounces, out-of-office replies, mailing lists)
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
    # Open311 attribute code -> value (a list for a multivaluelist), sent as attribute[code]
    attributes: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    language: str = Field(default="en", max_length=8)  # the language replies about this report are in
    notes: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSON)  # for staff: {"at", "text"}
    duplicate_of: int | None = Field(default=None, foreign_key="report.id")
    # waiting (for the citizen) -> queued (for Open311) -> submitted | failed | cancelled;
    # waiting -> expired (nobody answered; kept for staff) | duplicate (subscribed to `duplicate_of`)
    # | outside_area (the place is inside no council's boundary; kept for staff, never submitted)
    state: str = Field(default="waiting", max_length=16, index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Conversation(SQLModel, table=True):
    """The one conversation a contact has open in a channel: the report being filled in and what we asked.

    One row per (contact, channel), kept between reports so the contact's language is remembered.
    """

    __tablename__ = "conversation"
    __table_args__ = (
        UniqueConstraint("contact_id", "channel", name="uq_conversation_contact_channel"),
        Index("ix_conversation_work", "state", "expires_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    contact_id: int = Field(foreign_key="contact.id")
    channel: str = Field(max_length=32)
    # open (waiting for the citizen's answer) | idle
    state: str = Field(default="idle", max_length=16)
    report_id: int | None = Field(default=None, foreign_key="report.id")
    data: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)  # the draft and the question asked
    language: str = Field(default="en", max_length=8)
    thread_ref: str = Field(default="", max_length=255)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    # when an open conversation is closed for lack of an answer
    expires_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    claimed_until: datetime | None = Field(default=None, sa_type=UTCDateTime)


class Subscription(SQLModel, table=True):
    """A contact told about another contact's report (they reported the same problem): gets its updates."""

    __tablename__ = "subscription"
    __table_args__ = (UniqueConstraint("report_id", "contact_id", name="uq_subscription_report_contact"),)

    id: int | None = Field(default=None, primary_key=True)
    report_id: int = Field(foreign_key="report.id", index=True)
    contact_id: int = Field(foreign_key="contact.id", index=True)
    channel: str = Field(max_length=32)
    thread_ref: str = Field(default="", max_length=255)
    language: str = Field(default="en", max_length=8)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Submission(SQLModel, table=True):
    """One report's journey into one Open311 endpoint."""

    __tablename__ = "submission"
    __table_args__ = (
        Index("ix_submission_work", "state", "next_attempt_at"),
        Index("ix_submission_poll", "open", "next_poll_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    report_id: int = Field(foreign_key="report.id", unique=True)
    endpoint: str = Field(max_length=64)  # the council's name: its outbox (or email route) claims it
    # pending -> sending -> token (waiting for an id) -> submitted | failed; an email route's:
    # pending -> sending -> emailed | failed
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
    # dispatcher (0002): when the first POST left (start of the window searched for our reference before
    # any re-POST), attribute values for metadata services ({code: value | [values]}), and the required
    # attributes still missing or invalid while state is `needs_input` ([{code, description, ...}]).
    first_posted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    attributes: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    missing_attributes: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSON)


class Open311Endpoint(SQLModel, table=True):
    """What relay311 learned about one Open311 endpoint: its format and how it reports status changes."""

    __tablename__ = "open311_endpoint"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=64, unique=True)
    format: str = Field(default="", max_length=8)  # "" (not negotiated yet) | json | xml
    strategy: str = Field(default="", max_length=16)  # "" (not probed yet) | requests | updates
    state: str = Field(default="active", max_length=16)
    updates_since: datetime | None = Field(default=None, sa_type=UTCDateTime)  # servicerequestupdates cursor
    next_poll_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    poll_claimed_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


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


# OutboundMessage.kind: a question or any other answer to the citizen's own message; the confirmation that
# a report was sent; a status change that leaves the report open; one that ends it; a report that could
# not be sent; anything else (e.g. a conversation closed for want of an answer)
OUTBOUND_KINDS = ("question", "confirmation", "status", "final_status", "failed", "info")


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
    # what the message is, for channels that post selectively (X): one of OUTBOUND_KINDS
    kind: str = Field(default="info", max_length=16)
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


class EmailMeta(SQLModel, table=True):
    """What an inbound email needs beyond InboundMessage: threading headers and why it is not answered."""

    __tablename__ = "email_message"

    id: int | None = Field(default=None, primary_key=True)
    inbound_message_id: int = Field(foreign_key="inbound_message.id", unique=True)
    provider_id: str = Field(max_length=255, unique=True)  # = InboundMessage.provider_id (channel "email")
    message_id: str = Field(default="", sa_type=Text)  # the Message-ID header, "" when absent
    subject: str = Field(default="", sa_type=Text)
    references: str = Field(default="", sa_type=Text)  # the References chain, space separated
    reply_to: str = Field(default="", max_length=255)  # where replies go when not to the sender
    automated: str = Field(default="", max_length=255)  # why no reply may ever be sent, "" for a person
    size: int = 0  # bytes of the raw message
    notes: str = Field(default="", sa_type=Text)  # parsing problems worth a person's look
    received_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class MediaBlob(SQLModel, table=True):
    """An attachment as received, and the copy of a photo that may be published (metadata stripped)."""

    __tablename__ = "media_blob"

    id: int | None = Field(default=None, primary_key=True)
    token: str = Field(max_length=64, unique=True)  # unguessable: the published URL contains it
    channel: str = Field(max_length=32)
    inbound_message_id: int = Field(foreign_key="inbound_message.id", index=True)
    filename: str = Field(default="", max_length=255)
    content_type: str = Field(default="application/octet-stream", max_length=128)
    size: int = 0
    sha256: str = Field(max_length=64)
    public: bool = Field(default=False)  # only public blobs are served; originals never are
    data: bytes = Field(sa_type=LargeBinary)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class GeocodeCache(SQLModel, table=True):
    """An online geocoder's answer to one query, so the same address is never asked twice.

    `found` false records that every geocoder answered "nowhere inside the council" (never a failure).
    No API key, URL query or raw provider response is stored."""

    __tablename__ = "geocode_cache"
    __table_args__ = (UniqueConstraint("scope", "query_hash", name="uq_geocode_cache_query"),)

    id: int | None = Field(default=None, primary_key=True)
    scope: str = Field(default="", max_length=64)  # whose boundary the answer was checked against
    query_hash: str = Field(max_length=64)  # sha256 of the normalised query
    query: str = Field(default="", sa_type=Text)
    found: bool = Field(default=False)
    lat: float | None = None
    lon: float | None = None
    kind: str = Field(default="", max_length=32)
    address: str = Field(default="", sa_type=Text)
    confidence: float = 0.0
    provider: str = Field(default="", max_length=64)  # kind of the geocoder that answered
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    expires_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)


class GeocoderRate(SQLModel, table=True):
    """When an online geocoder (its kind and host: "nominatim:nominatim.example.org") may next be asked,
    shared by every process so that together they keep to its rate limit (relay311.geocode.DbRateLimiter).

    `next_at` is in seconds since the epoch, so that taking a turn is one conditional UPDATE whose
    arithmetic runs the same on SQLite and PostgreSQL."""

    __tablename__ = "geocoder_rate"
    __table_args__ = (UniqueConstraint("provider", name="uq_geocoder_rate_provider"),)

    id: int | None = Field(default=None, primary_key=True)
    provider: str = Field(max_length=255)
    next_at: float = 0.0
