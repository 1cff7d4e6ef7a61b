"""Turning one raw RFC 5322 message into what relay311 needs: sender, threading headers, the citizen's own
words (quoted replies and signatures stripped) and the attachments.

Pure and synchronous (no I/O): the channel runs it in a thread, since a large message takes a while.
Parsing never raises on bad input: problems (broken MIME, an unknown charset, a huge body) are reported in
`ParsedEmail.notes` and the best readable text is kept.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import getaddresses, parseaddr

from channels.email_autoreply import automated_reason
from channels.email_text import html_to_text, strip_reply

MAX_ID = 255  # provider ids and thread refs are stored in 255 characters
MAX_REFERENCES = 20  # the References chain we keep (and send back): the oldest and the newest ids
MESSAGE_ID_RE = re.compile(r"<[^<>\s]+>")
REPLY_SUBJECT_RE = re.compile(r"^\s*((re|aw|sv|vs|antw|fwd?|wg|tr|rv)\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE)
FALLBACK_CHARSETS = ("utf-8", "cp1252")


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    data: bytes


@dataclass
class ParsedEmail:
    provider_id: str  # the Message-ID, or a hash of the message when it has none (or a too long one)
    message_id: str  # the Message-ID header as sent ("<...>"), "" when absent
    sender: str  # the From address, lower-cased; "" when there is none we can read
    reply_to: str  # the first Reply-To address when it differs from the sender
    subject: str
    references: list[str]  # the References chain (oldest first), In-Reply-To appended when missing
    text: str  # what the citizen wrote: quotes and signature stripped, subject in front when it says more
    automated: str  # why this must never be answered ("" for a person's message)
    size: int
    attachments: list[Attachment] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # problems met while parsing, for the log and staff


def provider_id_for(message_id: str, raw: bytes, identity: str = "") -> str:
    """The Message-ID; without one, a hash of what stays the same when the message is delivered twice
    (sender, date, subject and body: not the Received or Delivered-To headers each delivery adds)."""
    if message_id and len(message_id) <= MAX_ID:
        return message_id
    if message_id:
        return "sha256:" + hashlib.sha256(message_id.encode()).hexdigest()
    split = re.search(rb"\r?\n\r?\n", raw)
    body = raw[split.end() :] if split else raw
    return "sha256:" + hashlib.sha256(identity.encode() + b"\0" + body).hexdigest()


def normalize_message_id(value: str) -> str:
    match = MESSAGE_ID_RE.search(value)
    if match:
        return match.group(0)
    value = value.strip()
    return f"<{value}>" if value and " " not in value else ""


def _header(msg: Message, name: str, notes: list[str]) -> str:
    try:
        value = msg.get(name)
        return "" if value is None else " ".join(str(value).split())
    except Exception as exc:  # noqa: BLE001 - a malformed header must not lose the message
        notes.append(f"unreadable {name} header ({type(exc).__name__})")
        return ""


def _first_address(value: str) -> str:
    if not value:
        return ""
    for _, address in getaddresses([value]):
        if "@" in address:
            return address.strip().lower()
    _, address = parseaddr(value)
    return address.strip().lower() if "@" in address else ""


def decode_part(part: Message, notes: list[str]) -> str:
    """The text of a text/* part in whatever charset it claims, falling back to UTF-8 and cp1252."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset() or "us-ascii"
    try:
        return payload.decode(charset)
    except LookupError:
        notes.append(f"unknown charset {charset!r}: decoded as UTF-8 where possible")
    except UnicodeDecodeError:
        notes.append(f"text is not valid {charset}: decoded leniently")
    for fallback in FALLBACK_CHARSETS[:1]:
        try:
            return payload.decode(fallback)
        except UnicodeDecodeError:
            pass
    return payload.decode(FALLBACK_CHARSETS[1], errors="replace")


def _body_parts(msg: EmailMessage) -> tuple[Message | None, str]:
    """The part holding the text (plain preferred, else HTML) and its subtype."""
    try:
        part = msg.get_body(preferencelist=("plain", "html"))
    except Exception:  # noqa: BLE001 - broken structure: fall back to walking the parts
        part = None
    if part is not None:
        return part, part.get_content_subtype()
    for candidate in msg.walk():
        if candidate.get_content_maintype() == "text" and candidate.get_content_disposition() != "attachment":
            return candidate, candidate.get_content_subtype()
    return None, ""


def _attachments(msg: EmailMessage, body: Message | None) -> list[Attachment]:
    found: list[Attachment] = []
    for part in msg.walk():
        if part is body or part.is_multipart():
            continue
        disposition = part.get_content_disposition()
        maintype = part.get_content_maintype()
        if disposition is None and maintype == "text":
            continue  # the other alternative of the body
        if part.get_content_type() == "message/rfc822":
            continue  # its parts are walked too
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes) or not payload:
            continue
        filename = part.get_filename() or ""
        found.append(Attachment(filename[:255], part.get_content_type()[:128], payload))
    return found


def _text_with_subject(subject: str, body: str) -> str:
    if not subject or REPLY_SUBJECT_RE.match(subject):
        return body
    if subject.casefold() in body.casefold():
        return body
    return f"{subject}\n\n{body}" if body else subject


def parse_email(raw: bytes, *, max_text: int = 10000) -> ParsedEmail:
    notes: list[str] = []
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(msg, EmailMessage)
    for defect in msg.defects[:5]:
        notes.append(f"MIME defect: {type(defect).__name__}")

    message_id = normalize_message_id(_header(msg, "Message-ID", notes))
    sender = _first_address(_header(msg, "From", notes))
    reply_to = _first_address(_header(msg, "Reply-To", notes))
    if reply_to == sender:
        reply_to = ""
    subject = _header(msg, "Subject", notes)[:1000]
    references = MESSAGE_ID_RE.findall(_header(msg, "References", notes))
    in_reply_to = MESSAGE_ID_RE.findall(_header(msg, "In-Reply-To", notes))
    if in_reply_to and in_reply_to[0] not in references:
        references.append(in_reply_to[0])
    if len(references) > MAX_REFERENCES:
        references = references[:1] + references[-(MAX_REFERENCES - 1) :]

    body_part, subtype = _body_parts(msg)
    text = ""
    if body_part is not None:
        try:
            text = decode_part(body_part, notes)
        except Exception as exc:  # noqa: BLE001 - an undecodable body still leaves headers and attachments
            notes.append(f"unreadable body ({type(exc).__name__})")
        if subtype == "html":
            text = html_to_text(text)
    elif not msg.is_multipart() and msg.get_content_maintype() != "text":
        notes.append(f"no text part (the message is {msg.get_content_type()})")
    if len(text) > max_text * 4:
        notes.append(f"body is {len(text)} characters: only the first {max_text} were read")
        text = text[: max_text * 4]
    text = strip_reply(text)
    text = _text_with_subject(subject, text)
    if len(text) > max_text:
        if not any(note.startswith("body is") for note in notes):
            notes.append(f"body is {len(text)} characters: only the first {max_text} were read")
        text = text[:max_text]

    try:
        attachments = _attachments(msg, body_part)
    except Exception as exc:  # noqa: BLE001
        attachments = []
        notes.append(f"attachments unreadable ({type(exc).__name__})")

    return ParsedEmail(
        provider_id=provider_id_for(
            message_id, raw, "\0".join((sender, _header(msg, "Date", notes), subject))
        ),
        message_id=message_id,
        sender=sender if len(sender) <= MAX_ID else "",
        reply_to=reply_to if len(reply_to) <= MAX_ID else "",
        subject=subject,
        references=references,
        text=text.strip(),
        automated=automated_reason(msg, sender, subject),
        size=len(raw),
        attachments=attachments,
        notes=notes,
    )
