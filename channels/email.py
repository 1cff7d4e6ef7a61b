"""Email: an IMAP mailbox in, SMTP replies out, threaded to the citizen's message.

Intake. A sync loop (`store.work.Loop` "email": back-off, "failed"/"recovered" logged once) selects the
mailbox, compares its UIDVALIDITY with the stored cursor (channel_cursor: UIDVALIDITY and last UID) and
fetches every newer UID with BODY.PEEK[] (so nothing is marked read by fetching). Each message is parsed
(in a thread), stored with its attachments in one transaction, and only then flagged \\Seen (or moved to
`processed_folder`), and only then the cursor moves on. A crash anywhere in between fetches the message
again and the store recognises it (provider id = Message-ID). When UIDVALIDITY changes, the whole mailbox is
read again and already stored messages are recognised by Message-ID before their body is fetched.
A second connection sits in IDLE (re-issued every `idle_renew` seconds, under the 29 minutes RFC 2177
allows) and wakes the sync loop when mail arrives; the sync loop also runs every `poll_interval` seconds as
the backstop for an IDLE connection that died silently.

Automated mail (RFC 3834 Auto-Submitted, Precedence bulk/list/junk, List-*, X-Autoreply, empty
Return-Path, mailer-daemon/postmaster, out-of-office subjects) is stored as `ignored` and never answered.

Sending. aiosmtplib with STARTTLS, TLS or (loopback only, tests) plain; In-Reply-To/References to the
citizen's message, our own Message-ID (stable across retries of one reply), `Auto-Submitted: auto-replied`,
plain text (and optionally an HTML alternative). At most `reply_limit` replies per sender per
`reply_window_minutes`, so two robots can never mail each other forever.

Secrets: the IMAP and SMTP passwords come from environment variables named in the config; they are never
logged, raised or stored.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import html
import json
import logging
import os
import re
import ssl
from datetime import timedelta
from email.message import EmailMessage
from email.utils import formataddr, formatdate
from typing import Any, ClassVar, Literal, Self

import aioimaplib
import aiosmtplib
from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field, model_validator
from sqlalchemy import func
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select

from channels.base import ChannelContext, ChannelSetupError, Outgoing, SendError
from channels.email_autoreply import is_no_reply_address
from channels.email_media import NotAPhoto, Photo, read_photo
from channels.email_parse import MAX_REFERENCES, Attachment, normalize_message_id, parse_email
from channels.email_store import MEDIA_PATH, Received, store_email, stored_ids
from store.models import ChannelCursor, Contact, EmailMeta, MediaBlob, OutboundMessage, utcnow
from store.work import Loop, backoff

log = logging.getLogger(__name__)

ENV_NAME = r"^[A-Za-z_][A-Za-z0-9_]*$"
EMAIL_RE = r"^[^@\s<>\"]+@[^@\s<>\"]+\.[^@\s<>\"]+$"
MAILBOX_RE = r"^[\x20-\x7e]+$"  # printable ASCII (modified UTF-7 names are written as such)
TOKEN_RE = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
UIDVALIDITY_RE = re.compile(rb"\[UIDVALIDITY (\d+)\]")
SIZE_RE = re.compile(rb"RFC822\.SIZE (\d+)")
BATCH = 100  # messages handled per sync step (the loop runs again at once when there were some)
MiB = 1024 * 1024
TWENTY_NINE_MINUTES = 29 * 60
STOP_PUSH = b"stop_wait_server_push"  # what aioimaplib "pushes" when IDLE times out


class EmailConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    # IMAP (intake)
    imap_host: str = Field(min_length=1)
    imap_port: int | None = Field(default=None, ge=1, le=65535)  # default 993 (tls) or 143 (none)
    imap_security: Literal["tls", "none"] = "tls"
    imap_user: str = Field(min_length=1)
    imap_password_env: str = Field(default="RELAY311_IMAP_PASSWORD", pattern=ENV_NAME)
    mailbox: str = Field(default="INBOX", pattern=MAILBOX_RE)
    processed_folder: str | None = Field(default=None, pattern=MAILBOX_RE)  # move there instead of \Seen
    idle: bool = True
    idle_renew: float = Field(default=25 * 60.0, gt=0, lt=TWENTY_NINE_MINUTES)  # seconds
    poll_interval: float = Field(default=60.0, gt=0)  # seconds between backstop polls
    imap_timeout: float = Field(default=30.0, gt=0)
    max_message_bytes: int = Field(default=25 * MiB, ge=1024)  # larger mail is left unread for a person
    max_text: int = Field(default=10000, ge=100)  # characters of the body read as the report
    publish_photos: bool = True  # attach metadata-stripped copies of photos to the Open311 request
    # SMTP (replies)
    smtp_host: str = Field(min_length=1)
    smtp_port: int | None = Field(default=None, ge=1, le=65535)  # default 587 / 465 / 25
    smtp_security: Literal["starttls", "tls", "none"] = "starttls"
    smtp_user: str | None = None  # no SMTP authentication when unset
    smtp_password_env: str = Field(default="RELAY311_SMTP_PASSWORD", pattern=ENV_NAME)
    smtp_timeout: float = Field(default=30.0, gt=0)
    ca_file: str | None = None  # a CA bundle for IMAP and SMTP TLS (a private CA); system CAs otherwise
    from_address: str = Field(pattern=EMAIL_RE)
    from_name: str = ""
    subject: str = "Your problem report"  # for replies to a message without a subject
    html: bool = False  # add an HTML alternative to the plain text
    reply_limit: int = Field(default=10, ge=1)  # replies to one sender ...
    reply_window_minutes: float = Field(default=60.0, gt=0)  # ... within this many minutes

    @model_validator(mode="after")
    def _folders(self) -> Self:
        if self.processed_folder is not None and self.processed_folder == self.mailbox:
            raise ValueError("processed_folder must differ from mailbox")
        return self


def _secret(env: str, what: str) -> str:
    value = os.environ.get(env, "")
    if not value:
        raise ChannelSetupError(
            f"channels.email: environment variable {env} is not set (it must hold the {what})"
        )
    return value


def quote_mailbox(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


class ImapError(Exception):
    pass


def _check(response: Any, what: str) -> Any:
    if response.result != "OK":
        detail = b" ".join(bytes(line) for line in response.lines if isinstance(line, bytes | bytearray))
        raise ImapError(f"IMAP {what} failed: {response.result} {detail.decode(errors='replace')[:200]}")
    return response


def _literal(response: Any) -> bytes | None:
    for line in response.lines:
        if isinstance(line, bytearray):
            return bytes(line)
    return None


def _fetch_line(response: Any) -> bytes:
    return b" ".join(bytes(line) for line in response.lines if isinstance(line, bytes) and b"FETCH" in line)


class EmailChannel:
    name: ClassVar[str] = "email"
    Config: ClassVar[type[BaseModel]] = EmailConfig

    def __init__(self, config: EmailConfig, context: ChannelContext) -> None:
        self.config = config
        self.context = context
        self._imap_password = _secret(config.imap_password_env, "IMAP password")
        self._smtp_password = _secret(config.smtp_password_env, "SMTP password") if config.smtp_user else None
        self._tls = ssl.create_default_context(cafile=config.ca_file) if config.ca_file else None
        self.cursor_key = f"{config.imap_user}@{config.imap_host}/{config.mailbox}"[:255]
        self.loop = Loop("email", self.sync, interval=config.poll_interval, log=log)
        self._imap: aioimaplib.IMAP4 | None = None
        self._imap_lost = False
        self._idle_task: asyncio.Task[None] | None = None
        self.idle_renewals = 0  # how many times IDLE was re-issued (for tests and curious operators)
        self.domain = config.from_address.rsplit("@", 1)[1]

    def __repr__(self) -> str:
        return f"<EmailChannel {self.cursor_key}>"

    def routes(self) -> list[web.AbstractRouteDef]:
        return [web.get(MEDIA_PATH + "{token}", self.media)]

    def loops(self) -> tuple[Loop, ...]:
        """The listener's loop, for the health check."""
        return (self.loop,)

    async def start(self) -> None:
        if self.config.imap_security == "none" and self.config.imap_host not in (
            "127.0.0.1",
            "localhost",
            "::1",
        ):
            log.warning("email: IMAP to %s is not encrypted (imap_security = none)", self.config.imap_host)
        self.loop.start()
        if self.config.idle:
            self._idle_task = asyncio.create_task(self._idle_forever(), name="relay311-email-idle")

    async def stop(self) -> None:
        task, self._idle_task = self._idle_task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await self.loop.stop()
        await self._logout()

    # --- IMAP connection ------------------------------------------------------------------------------

    def _port(self) -> int:
        if self.config.imap_port is not None:
            return self.config.imap_port
        return 993 if self.config.imap_security == "tls" else 143

    async def _connect(self, on_lost: Any) -> aioimaplib.IMAP4:
        cfg = self.config
        imap: aioimaplib.IMAP4
        if cfg.imap_security == "tls":
            imap = aioimaplib.IMAP4_SSL(
                host=cfg.imap_host, port=self._port(), timeout=cfg.imap_timeout, ssl_context=self._tls
            )
        else:
            imap = aioimaplib.IMAP4(host=cfg.imap_host, port=self._port(), timeout=cfg.imap_timeout)
        imap.protocol.conn_lost_cb = on_lost
        try:
            await imap.wait_hello_from_server()
            response = await imap.login(cfg.imap_user, self._imap_password)
            if response.result != "OK":
                raise ImapError(f"IMAP login as {cfg.imap_user} refused")
        except BaseException:
            _close(imap)
            raise
        return imap

    async def _connected(self) -> aioimaplib.IMAP4:
        if self._imap is not None and not self._imap_lost:
            return self._imap
        self._drop()

        def lost(exc: Exception | None) -> None:
            self._imap_lost = True

        self._imap_lost = False
        self._imap = await self._connect(lost)
        if self.config.processed_folder:
            await self._imap.create(quote_mailbox(self.config.processed_folder))  # NO when it exists
        return self._imap

    def _drop(self) -> None:
        imap, self._imap = self._imap, None
        if imap is not None:
            _close(imap)

    async def _logout(self) -> None:
        imap, self._imap = self._imap, None
        if imap is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(imap.logout(), 2)
            _close(imap)

    # --- the sync loop --------------------------------------------------------------------------------

    async def sync(self) -> int:
        """One sync step: store every message newer than the cursor. Returns how many were handled."""
        try:
            imap = await self._connected()
            return await self._sync(imap)
        except BaseException:
            self._drop()  # never reuse a connection in an unknown state
            raise

    async def _sync(self, imap: aioimaplib.IMAP4) -> int:
        mailbox = self.config.mailbox
        selected = _check(await imap.select(quote_mailbox(mailbox)), f"SELECT {mailbox}")
        validity = _uidvalidity(selected.lines)
        cursor = await self._cursor()
        if cursor is None or cursor[0] != validity:
            if cursor is not None:
                log.warning(
                    "email: UIDVALIDITY of %s changed from %s to %s: reading the whole mailbox again "
                    "(messages already stored are recognised by Message-ID)",
                    mailbox,
                    cursor[0],
                    validity,
                )
            await self._save_cursor(validity, 0, reset=True)
            last = 0
        else:
            last = cursor[1]
        handled = 0
        for uid in (await self._uids_after(imap, last))[:BATCH]:
            await self._one(imap, validity, uid)
            handled += 1
        return handled

    async def _uids_after(self, imap: aioimaplib.IMAP4, last: int) -> list[int]:
        response = _check(await imap.uid_search("UID", f"{last + 1}:*", charset=None), "UID SEARCH")
        uids: list[int] = []
        for line in response.lines:
            if not isinstance(line, bytes):
                continue
            words = line.split()
            if words and words[0].upper() == b"SEARCH":
                words = words[1:]
            if words and all(w.isdigit() for w in words):
                uids.extend(int(w) for w in words)
        return sorted(uid for uid in set(uids) if uid > last)  # "n:*" always matches the newest message

    async def _one(self, imap: aioimaplib.IMAP4, validity: int, uid: int) -> None:
        cfg = self.config
        head = _check(
            await imap.uid("fetch", str(uid), "(UID RFC822.SIZE BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])"),
            f"UID FETCH {uid} (size)",
        )
        line = _fetch_line(head)
        if not line:  # expunged meanwhile
            await self._save_cursor(validity, uid)
            return
        size_match = SIZE_RE.search(line)
        size = int(size_match.group(1)) if size_match else 0
        header = (_literal(head) or b"").decode("ascii", errors="replace")
        known = normalize_message_id(header.partition(":")[2]) if ":" in header else ""
        if known and len(known) <= 255 and await stored_ids(self.context.sessions, self.name, known):
            log.info("email: UID %d (%s) is already stored: acknowledging it again", uid, known)
            await self.acknowledge(imap, uid)
            await self._save_cursor(validity, uid)
            return
        if size > cfg.max_message_bytes:
            log.warning(
                "email: UID %d in %s is %.1f MiB, over max_message_bytes (%.1f MiB): left unread in the "
                "mailbox for a person; not processed",
                uid,
                cfg.mailbox,
                size / MiB,
                cfg.max_message_bytes / MiB,
            )
            await self._save_cursor(validity, uid)
            return
        body = _check(await imap.uid("fetch", str(uid), "(UID BODY.PEEK[])"), f"UID FETCH {uid}")
        raw = _literal(body)
        if raw is None:
            await self._save_cursor(validity, uid)
            return
        received = await asyncio.to_thread(self._read, raw)
        parsed = received.parsed
        stored = await store_email(self.context.sessions, self.name, received, self.context.public_url)
        if stored.created:
            self.context.received()
        for note in parsed.notes:
            log.warning("email: UID %d %s from %s: %s", uid, parsed.provider_id, parsed.sender or "?", note)
        log.info(
            "email: UID %d %s stored as inbound message %d%s%s",
            uid,
            parsed.provider_id,
            stored.message_id,
            "" if stored.created else " (already stored)",
            f"; automated mail, never answered: {parsed.automated}" if parsed.automated else "",
        )
        await self.acknowledge(imap, uid)
        await self._save_cursor(validity, uid)

    def _read(self, raw: bytes) -> Received:
        """Parse and look at the photos (blocking: runs in a thread)."""
        parsed = parse_email(raw, max_text=self.config.max_text)
        photos: list[tuple[Attachment, Photo | None]] = []
        for attachment in parsed.attachments:
            photo: Photo | None = None
            if self.config.publish_photos and attachment.content_type.startswith("image/"):
                try:
                    photo = read_photo(attachment.data)
                except NotAPhoto as exc:
                    parsed.notes.append(
                        f"attachment {attachment.filename or '?'} is not a readable image: {exc}"
                    )
            photos.append((attachment, photo))
        return Received(parsed, photos)

    async def acknowledge(self, imap: aioimaplib.IMAP4, uid: int) -> None:
        """Tell the server the message is ours: \\Seen, or moved to the processed folder."""
        _check(await imap.uid("store", str(uid), "+FLAGS.SILENT", r"(\Seen)"), f"UID STORE {uid}")
        folder = self.config.processed_folder
        if folder is None:
            return
        if imap.has_capability("MOVE"):
            _check(await imap.uid("move", str(uid), quote_mailbox(folder)), f"UID MOVE {uid}")
            return
        _check(await imap.uid("copy", str(uid), quote_mailbox(folder)), f"UID COPY {uid}")
        _check(await imap.uid("store", str(uid), "+FLAGS.SILENT", r"(\Deleted)"), f"UID STORE {uid}")
        if imap.has_capability("UIDPLUS"):
            _check(await imap.uid("expunge", str(uid)), f"UID EXPUNGE {uid}")
        else:
            _check(await imap.expunge(), "EXPUNGE")

    # --- the cursor -----------------------------------------------------------------------------------

    async def _cursor(self) -> tuple[int, int] | None:
        async with self.context.sessions() as session:
            row = (
                await session.execute(
                    select(ChannelCursor).where(
                        ChannelCursor.channel == self.name, ChannelCursor.key == self.cursor_key
                    )
                )
            ).scalar_one_or_none()
        if row is None:
            return None
        try:
            value = json.loads(row.value)
            return int(value["uidvalidity"]), int(value["last_uid"])
        except (ValueError, KeyError, TypeError):
            log.warning("email: unreadable cursor %r: reading the whole mailbox again", row.value)
            return None

    async def _save_cursor(self, validity: int, uid: int, *, reset: bool = False) -> None:
        value = json.dumps({"uidvalidity": validity, "last_uid": uid})
        async with self.context.sessions() as session, session.begin():
            query = select(ChannelCursor).where(
                ChannelCursor.channel == self.name, ChannelCursor.key == self.cursor_key
            )
            row = (await session.execute(query.with_for_update())).scalar_one_or_none()
            if row is None:
                try:
                    async with session.begin_nested():
                        session.add(ChannelCursor(channel=self.name, key=self.cursor_key, value=value))
                    return
                except IntegrityError:  # another process wrote it first
                    row = (await session.execute(query.with_for_update())).scalar_one()
            if not reset:
                try:
                    old = json.loads(row.value)
                    if int(old["uidvalidity"]) == validity and int(old["last_uid"]) >= uid:
                        return  # never move back (another process may be ahead)
                except (ValueError, KeyError, TypeError):
                    pass
            row.value = value
            row.updated_at = utcnow()

    # --- IDLE -----------------------------------------------------------------------------------------

    async def _idle_forever(self) -> None:
        failures = 0
        while True:
            try:
                await self._idle_session()
            except asyncio.CancelledError:
                raise
            except ImapIdleUnsupported:
                log.info(
                    "email: the IMAP server has no IDLE: new mail is found by polling every %gs",
                    self.config.poll_interval,
                )
                return
            except Exception as exc:  # noqa: BLE001 - the sync loop reports connectivity; IDLE retries quietly
                failures += 1
                log.debug("email: IDLE connection failed (%d): %s: %s", failures, type(exc).__name__, exc)
                await asyncio.sleep(backoff(failures, base=1.0, cap=60.0).total_seconds())
            else:
                failures = 0

    async def _idle_session(self) -> None:
        lost = asyncio.Event()
        imap = await self._connect(lambda exc: lost.set())
        try:
            if not imap.has_capability("IDLE"):
                raise ImapIdleUnsupported()
            _check(await imap.select(quote_mailbox(self.config.mailbox)), "SELECT (idle)")
            self.loop.wake()  # mail that came while IDLE was not listening
            while True:
                idle = await imap.idle_start(timeout=self.config.idle_renew)
                push = asyncio.ensure_future(imap.wait_server_push(timeout=self.config.idle_renew + 60))
                dead = asyncio.ensure_future(lost.wait())
                try:
                    await asyncio.wait({push, dead}, return_when=asyncio.FIRST_COMPLETED)
                finally:
                    dead.cancel()
                if not push.done():
                    push.cancel()
                    raise ImapError("IMAP connection lost during IDLE")
                lines = push.result()
                imap.idle_done()
                await asyncio.wait_for(idle, self.config.imap_timeout)
                pushed = [bytes(line) for line in lines if isinstance(line, bytes | bytearray)]
                if STOP_PUSH in pushed:  # idle_renew passed: IDLE is re-issued
                    self.idle_renewals += 1
                elif any(b"EXISTS" in line or b"RECENT" in line for line in pushed):
                    self.loop.wake()
        finally:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(imap.logout(), 2)
            _close(imap)

    # --- published photos ----------------------------------------------------------------------------

    async def media(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        if not TOKEN_RE.match(token):
            raise web.HTTPNotFound()
        async with self.context.sessions() as session:
            blob = (
                await session.execute(
                    select(MediaBlob).where(
                        MediaBlob.token == token, MediaBlob.channel == self.name, col(MediaBlob.public)
                    )
                )
            ).scalar_one_or_none()
        if blob is None:
            raise web.HTTPNotFound()
        return web.Response(
            body=blob.data,
            content_type=blob.content_type,
            headers={"Cache-Control": "public, max-age=86400", "X-Content-Type-Options": "nosniff"},
        )

    # --- sending --------------------------------------------------------------------------------------

    async def send(self, message: Outgoing) -> str:
        cfg = self.config
        meta = await self._meta(message)
        if meta is not None and meta.automated:
            raise SendError(f"not answering automated mail ({meta.automated})", retry=False)
        recipient = (meta.reply_to if meta is not None and meta.reply_to else "") or message.address
        if is_no_reply_address(recipient):
            raise SendError(f"not answering {recipient}: not a person's address", retry=False)
        sent = await self._recent_replies(message)
        if sent >= cfg.reply_limit:
            raise SendError(
                f"not sent: {sent} replies to this sender in the last {cfg.reply_window_minutes:g} minutes "
                f"(reply_limit {cfg.reply_limit})",
                retry=False,
            )
        email = self._compose(message, recipient, meta)
        port = cfg.smtp_port or {"starttls": 587, "tls": 465, "none": 25}[cfg.smtp_security]
        try:
            await aiosmtplib.send(
                email,
                hostname=cfg.smtp_host,
                port=port,
                username=cfg.smtp_user,
                password=self._smtp_password,
                use_tls=cfg.smtp_security == "tls",
                start_tls=cfg.smtp_security == "starttls",
                tls_context=self._tls,
                timeout=cfg.smtp_timeout,
            )
        except aiosmtplib.SMTPRecipientsRefused as exc:
            codes = [r.code for r in exc.recipients]
            raise SendError(
                self._redact(f"SMTP server refused {recipient}: {exc}"),
                retry=all(400 <= c < 500 for c in codes),
            ) from None
        except aiosmtplib.SMTPAuthenticationError as exc:  # a configuration problem: fixable, so retried
            raise SendError(
                self._redact(f"SMTP login refused: {exc.code} {exc.message}"), retry=True
            ) from None
        except aiosmtplib.SMTPResponseException as exc:
            raise SendError(
                self._redact(f"SMTP error {exc.code}: {exc.message}"), retry=not 500 <= exc.code < 600
            ) from None
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            raise SendError(
                self._redact(f"cannot reach the SMTP server: {type(exc).__name__}: {exc}"), retry=True
            ) from None
        message_id = str(email["Message-ID"])
        log.info("email: outbound message %d sent to %s as %s", message.message_id, recipient, message_id)
        return message_id

    def _redact(self, text: str) -> str:
        for secret in (self._smtp_password, self._imap_password):
            if secret:
                text = text.replace(secret, "[redacted]")
        return text

    async def _meta(self, message: Outgoing) -> EmailMeta | None:
        keys = [key for key in (message.in_reply_to, message.thread_ref) if key]
        if not keys:
            return None
        async with self.context.sessions() as session:
            rows = (
                (await session.execute(select(EmailMeta).where(col(EmailMeta.provider_id).in_(keys))))
                .scalars()
                .all()
            )
        by_key = {row.provider_id: row for row in rows}
        return next((by_key[key] for key in keys if key in by_key), None)

    async def _recent_replies(self, message: Outgoing) -> int:
        since = utcnow() - timedelta(minutes=self.config.reply_window_minutes)
        async with self.context.sessions() as session:
            count = (
                await session.execute(
                    select(func.count())
                    .select_from(OutboundMessage)
                    .join(Contact, col(Contact.id) == col(OutboundMessage.contact_id))
                    .where(
                        OutboundMessage.channel == self.name,
                        Contact.channel == self.name,
                        Contact.address == message.address,
                        OutboundMessage.state == "sent",
                        col(OutboundMessage.sent_at) >= since,
                        OutboundMessage.id != message.message_id,
                    )
                )
            ).scalar_one()
        return int(count)

    def _compose(self, message: Outgoing, recipient: str, meta: EmailMeta | None) -> EmailMessage:
        cfg = self.config
        email = EmailMessage()
        email["From"] = formataddr((cfg.from_name, cfg.from_address)) if cfg.from_name else cfg.from_address
        email["To"] = recipient
        subject = meta.subject if meta is not None and meta.subject else cfg.subject
        if not re.match(r"^\s*re\s*:", subject, re.IGNORECASE):
            subject = f"Re: {subject}"
        email["Subject"] = subject
        email["Date"] = formatdate(usegmt=True)
        digest = hashlib.sha256(f"{message.message_id}\0{message.text}".encode()).hexdigest()[:16]
        email["Message-ID"] = f"<relay311.{message.message_id}.{digest}@{self.domain}>"
        if meta is not None and meta.message_id:
            references = [*meta.references.split(), meta.message_id]
            if len(references) > MAX_REFERENCES:
                references = references[:1] + references[-(MAX_REFERENCES - 1) :]
            email["In-Reply-To"] = meta.message_id
            email["References"] = " ".join(references)
        email["Auto-Submitted"] = "auto-replied"  # RFC 3834: nobody's robot should answer this one
        email["X-Auto-Response-Suppress"] = "All"  # nor Exchange's out-of-office
        email.set_content(message.text)
        if cfg.html:
            paragraphs = "".join(
                f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in message.text.split("\n\n")
            )
            email.add_alternative(f"<!doctype html><html><body>{paragraphs}</body></html>", subtype="html")
        return email


class ImapIdleUnsupported(Exception):
    pass


def _uidvalidity(lines: list[Any]) -> int:
    for line in lines:
        if isinstance(line, bytes | bytearray):
            match = UIDVALIDITY_RE.search(bytes(line))
            if match:
                return int(match.group(1))
    raise ImapError("the server sent no UIDVALIDITY on SELECT")


def _close(imap: aioimaplib.IMAP4) -> None:
    transport = getattr(imap.protocol, "transport", None)
    if transport is not None:
        transport.close()
    for task in list(getattr(imap, "tasks", ())) + list(getattr(imap.protocol, "tasks", ())):
        task.cancel()
