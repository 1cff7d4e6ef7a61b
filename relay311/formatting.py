"""Fitting replies to each channel: SMS segments (GSM-7 / UCS-2), post length limits, location sharing.

The one place that knows each channel's limits, by channel name. A channel object may also expose
`max_length` (e.g. a Mastodon instance's limit less the mention); `profile()` prefers that.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

# GSM 03.38: the basic set costs one septet, the extension set two (an escape and the character).
GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM_EXTENDED = frozenset("^{}\\[~]|€\f")
_LOOKALIKES = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2013": "-",
    "\u2014": "-",
    "\u2026": "...",
    "\u00a0": " ",
    "\u2022": "-",
}


@dataclass(frozen=True)
class Profile:
    """What a channel can carry. `sms_segments` set means: count SMS segments instead of characters."""

    name: str
    max_length: int | None = None  # characters, None for no practical limit
    sms_segments: int | None = None  # the segment budget of an SMS channel
    can_share_location: bool = False
    sms_keywords: bool = False  # carriers' opt-out keywords (a bare CANCEL means STOP)


# Channel name -> what it can carry. Unknown channels get no limit.
PROFILES: dict[str, Profile] = {
    "webchat": Profile("webchat", can_share_location=True),
    "twilio_sms": Profile("twilio_sms", sms_segments=2, sms_keywords=True),
    "sms": Profile("sms", sms_segments=2, sms_keywords=True),
    "whatsapp": Profile("whatsapp", max_length=4096, can_share_location=True),
    "mastodon": Profile("mastodon", max_length=440),  # 500 less a long @user@instance mention
    "x": Profile("x", max_length=280),
    "twitter": Profile("twitter", max_length=280),
    "email": Profile("email"),
}


def profile(channel: str, override_max_length: int | None = None) -> Profile:
    found = PROFILES.get(channel) or Profile(channel)
    if override_max_length:
        found = replace(found, max_length=override_max_length)
    return found


def channel_max_length(channel: object) -> int | None:
    """The `max_length` a channel object exposes (e.g. its instance's post limit less the mention)."""
    value = getattr(channel, "max_length", None)
    return value if isinstance(value, int) and value > 0 else None


def is_gsm7(text: str) -> bool:
    return all(ch in GSM_BASIC or ch in GSM_EXTENDED for ch in text)


def sms_segments(text: str) -> int:
    """How many SMS segments `text` needs: GSM-7 160 (153 when split), otherwise UCS-2 70 (67)."""
    if is_gsm7(text):
        septets = len(text) + sum(1 for ch in text if ch in GSM_EXTENDED)
        return 1 if septets <= 160 else math.ceil(septets / 153)
    units = len(text.encode("utf-16-le")) // 2
    return 1 if units <= 70 else math.ceil(units / 67)


def to_gsm7(text: str) -> str:
    """Replace characters that would force UCS-2 by a GSM-7 look-alike (á -> a, ’ -> '), where one exists."""
    out: list[str] = []
    for ch in text:
        if ch in GSM_BASIC or ch in GSM_EXTENDED:
            out.append(ch)
            continue
        if ch in _LOOKALIKES:
            out.append(_LOOKALIKES[ch])
            continue
        plain = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        out.append(plain if plain and is_gsm7(plain) else ch)
    return "".join(out)


def fits(text: str, prof: Profile) -> bool:
    if prof.sms_segments is not None:
        return sms_segments(text) <= prof.sms_segments
    return prof.max_length is None or len(text) <= prof.max_length


def prepare(text: str, prof: Profile) -> str:
    return to_gsm7(text) if prof.sms_segments is not None else text


def _shorten(value: str, by: int) -> str:
    keep = max(0, len(value) - max(by, 4) - 3)
    return value[:keep].rstrip() + "..." if keep else ""


def fit(template: str, values: dict[str, str], prof: Profile, shrinkable: Sequence[str]) -> str:
    """Render `template`, shortening the shrinkable values (the longest first) until it fits the channel."""
    values = {k: prepare(v, prof) for k, v in values.items()}
    text = prepare(_format(template, values), prof)
    for _ in range(200):
        if fits(text, prof):
            return text
        candidates = [k for k in shrinkable if values.get(k)]
        if not candidates:
            break
        longest = max(candidates, key=lambda k: len(values[k]))
        values[longest] = _shorten(values[longest], len(values[longest]) // 5)
        text = prepare(_format(template, values), prof)
    return truncate(text, prof)


def truncate(text: str, prof: Profile) -> str:
    """The last resort: cut the text itself to the channel's budget."""
    text = prepare(text, prof)
    while not fits(text, prof) and len(text) > 3:
        text = text[: max(3, len(text) - max(1, len(text) // 20) - 3)].rstrip() + "..."
    return text


class _Values(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


def _format(template: str, values: Mapping[str, str]) -> str:
    return template.format_map(_Values(values))
