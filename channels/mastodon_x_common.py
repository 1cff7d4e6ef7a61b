"""Helpers shared by the polling social channels (Mastodon, X): stored cursors and counters, rate-limit
headers, HTML to text, and fitting a reply into a post's weighted character limit.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Mapping
from datetime import datetime
from html.parser import HTMLParser

import aiohttp
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from store.models import ChannelCursor, utcnow

URL_RE = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)
ELLIPSIS = "…"


class ProviderError(Exception):
    """A provider call failed. `retry` says whether the same call may succeed later."""

    def __init__(self, message: str, *, retry: bool, status: int = 0) -> None:
        super().__init__(message)
        self.retry = retry
        self.status = status


class RateLimited(ProviderError):
    """The provider asked us to wait (HTTP 429, or no requests left in the window)."""

    def __init__(self, message: str, wait: float) -> None:
        super().__init__(message, retry=True, status=429)
        self.wait = wait


# --- stored cursors -----------------------------------------------------------------------------------


def id_key(value: str) -> tuple[int, int, str]:
    """Sort key for provider ids: numeric strings by value (snowflakes, small integers), others lexically."""
    return (0, len(value.lstrip("0")), value.lstrip("0")) if value.isdigit() else (1, 0, value)


def newer(a: str, b: str | None) -> bool:
    """True when id `a` comes after id `b` (any id comes after None)."""
    return b is None or id_key(a) > id_key(b)


async def read_cursor(sessions: async_sessionmaker[AsyncSession], channel: str, key: str) -> str | None:
    async with sessions() as session:
        row = (
            await session.execute(
                select(ChannelCursor).where(ChannelCursor.channel == channel, ChannelCursor.key == key)
            )
        ).scalar_one_or_none()
        return None if row is None else row.value


async def _cursor_row(session: AsyncSession, channel: str, key: str) -> ChannelCursor:
    query = (
        select(ChannelCursor)
        .where(ChannelCursor.channel == channel, ChannelCursor.key == key)
        .with_for_update()
    )
    row = (await session.execute(query)).scalar_one_or_none()
    if row is not None:
        return row
    try:
        async with session.begin_nested():
            row = ChannelCursor(channel=channel, key=key, value="")
            session.add(row)
    except IntegrityError:  # another process created it first
        row = (await session.execute(query)).scalar_one()
    return row


async def advance_cursor(
    sessions: async_sessionmaker[AsyncSession], channel: str, key: str, value: str
) -> None:
    """Move the cursor forward to `value` (never backwards: another process may be further on)."""
    async with sessions() as session, session.begin():
        row = await _cursor_row(session, channel, key)
        if not row.value or newer(value, row.value):
            row.value = value
            row.updated_at = utcnow()


async def bump_counter(sessions: async_sessionmaker[AsyncSession], channel: str, key: str) -> int:
    """Add one to a durable counter kept in the cursor table; return the new count."""
    async with sessions() as session, session.begin():
        row = await _cursor_row(session, channel, key)
        count = (int(row.value) if row.value.isdigit() else 0) + 1
        row.value = str(count)
        row.updated_at = utcnow()
        return count


# --- rate limits --------------------------------------------------------------------------------------


def _reset_epoch(value: str) -> float | None:
    value = value.strip()
    if not value:
        return None
    try:
        return float(value)  # X: epoch seconds
    except ValueError:
        pass
    try:  # Mastodon: ISO 8601
        return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None


class RateLimit:
    """What the provider's rate-limit headers said last: no request is made while none are left."""

    def __init__(self, prefix: str, *, clock: Callable[[], float] = time.time) -> None:
        self.remaining_header = f"{prefix}-remaining"
        self.reset_header = f"{prefix}-reset"
        self.clock = clock
        self.blocked_until = 0.0

    def update(self, status: int, headers: Mapping[str, str]) -> None:
        lowered = {k.lower(): v for k, v in headers.items()}
        reset = _reset_epoch(lowered.get(self.reset_header, ""))
        remaining = lowered.get(self.remaining_header, "")
        exhausted = status == 429 or (remaining.strip().isdigit() and int(remaining) <= 0)
        if not exhausted:
            return
        if reset is None:
            retry_after = lowered.get("retry-after", "")
            reset = self.clock() + (float(retry_after) if retry_after.strip().isdigit() else 60.0)
        self.blocked_until = max(self.blocked_until, reset)

    def wait(self) -> float:
        """Seconds until requests may be made again (0 when they may be made now)."""
        return max(0.0, self.blocked_until - self.clock())


# --- HTML to text -------------------------------------------------------------------------------------


class _TextExtractor(HTMLParser):
    BREAKS = frozenset({"br", "p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "tr"})
    DROPPED = frozenset({"script", "style", "template", "noscript", "iframe", "object", "svg"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.dropping = 0
        self.dropped = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.DROPPED:
            self.dropping += 1
            self.dropped = True
        elif tag in self.BREAKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.DROPPED:
            self.dropping = max(0, self.dropping - 1)
        elif tag in self.BREAKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.dropping:
            self.parts.append(data)


def html_to_text(html: str) -> tuple[str, bool]:
    """Plain text of an HTML fragment, and whether active content (script, style...) was removed.

    Nothing is rendered or executed: the parser only collects text nodes outside dropped elements."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    lines = [re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line), parser.dropped


# --- fitting a reply into a post --------------------------------------------------------------------


def weighted_length(text: str, *, url_length: int = 23, weight: Callable[[str], int] | None = None) -> int:
    """Length as the provider counts it: every URL counts `url_length`, other characters `weight(ch)`."""
    total, last = 0, 0
    for match in URL_RE.finditer(text):
        total += _plain(text[last : match.start()], weight) + url_length
        last = match.end()
    return total + _plain(text[last:], weight)


def _plain(text: str, weight: Callable[[str], int] | None) -> int:
    return len(text) if weight is None else sum(weight(ch) for ch in text)


def fit(text: str, limit: int, measure: Callable[[str], int], *, max_parts: int = 1) -> list[str]:
    """Split `text` into at most `max_parts` posts of at most `limit` (as `measure` counts), at word
    boundaries; what does not fit in the last part is cut with an ellipsis. Parts are numbered " (1/2)"."""
    text = text.strip()
    if measure(text) <= limit:
        return [text]
    marker = f" ({max_parts}/{max_parts})" if max_parts > 1 else ""
    budget = max(1, limit - len(marker))
    parts: list[str] = []
    rest = text
    while rest and len(parts) < max_parts:
        last = len(parts) == max_parts - 1
        if measure(rest) <= budget:
            parts.append(rest)
            break
        room = budget - (measure(ELLIPSIS) if last else 0)
        head = _take(rest, room, measure)
        rest = rest[len(head) :].lstrip()
        parts.append(head.rstrip() + (ELLIPSIS if last and rest else ""))
    if len(parts) > 1:
        parts = [f"{part} ({i}/{len(parts)})" for i, part in enumerate(parts, start=1)]
    return parts


def _take(text: str, room: int, measure: Callable[[str], int]) -> str:
    """The longest prefix of `text` ending at a word boundary whose measure is within `room`."""
    used, end = 0, 0
    for match in re.finditer(r"\S+", text):
        cost = measure(text[end : match.end()])  # the word and the whitespace before it
        if used + cost > room:
            break
        used += cost
        end = match.end()
    if end:
        return text[:end]
    # a single word longer than the room: the longest prefix that fits (measure grows with the prefix)
    low, high = 1, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if measure(text[:middle]) <= room:
            low = middle
        else:
            high = middle - 1
    return text[:low]


# --- HTTP ---------------------------------------------------------------------------------------------


async def read_capped(content: aiohttp.StreamReader, cap: int, provider: str) -> bytes:
    """The whole body, refusing answers larger than `cap` bytes instead of buffering them."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in content.iter_chunked(64 * 1024):
        size += len(chunk)
        if size > cap:
            raise ProviderError(f"{provider} sent an answer larger than {cap} bytes", retry=True)
        chunks.append(chunk)
    return b"".join(chunks)


def error_detail(body: bytes) -> str:
    """A short, single-line reason from an error body (JSON `error`/`detail`/`title` or the text)."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        data = None
    if isinstance(data, dict):
        for key in ("error", "detail", "title", "error_description"):
            value = data.get(key)
            if isinstance(value, str) and value:
                return _short(value)
        errors = data.get("errors")
        if isinstance(errors, list) and errors and isinstance(errors[0], dict):
            return _short(str(errors[0].get("message") or errors[0].get("detail") or errors[0]))
    return _short(body.decode("utf-8", "replace"))


def _short(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + ELLIPSIS
