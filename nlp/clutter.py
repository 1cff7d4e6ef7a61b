"""What a message carries besides the citizen's words about the problem, removed before a service is chosen.

Posts and texts arrive with links ("https://maps.app.goo.gl/…", "pic.twitter.com/…"), addresses of people
and accounts ("@BloomingtonIN", "@streets@mastodon.social", "jane@example.com"), hashtags, a phone's
signature ("Sent from my iPhone") and the header lines of a forwarded e-mail. Their words ("map", "app",
"street" in an account's name) are not evidence of a problem. A hashtag's words are kept, split where it
is written in CamelCase ("#StreetLightOut" -> "Street Light Out"), and a few emoji that name a problem
without words (🕳 a hole, 💡 a light, 🚦 a traffic light) are read as those words.

Only the service ranking reads the cleaned text. Locations are found in the message as written (a map link
is one), with only its @accounts and e-mail addresses blanked (`without_accounts`: "@high_st_news" is no
High Street); staff always see the message as the citizen wrote it.
"""

from __future__ import annotations

import re

_URL = re.compile(
    r"(?:https?://|www\.)\S+"  # a link written out
    r"|\b(?:[a-z0-9-]+\.)+[a-z]{2,}/\S*",  # "pic.twitter.com/x", "maps.app.goo.gl/x"
    re.IGNORECASE,
)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
# "@BloomingtonIN", "@streets@mastodon.social"; not "Walnut @ 5th" (a space after it), nor "me@x"
_HANDLE = re.compile(r"(?<![\w@])@[A-Za-z0-9_]+(?:@[\w-]+(?:\.[\w-]+)+)?")
_RETWEET = re.compile(r"^\s*RT\b:?", re.MULTILINE)
_HASHTAG = re.compile(r"(?<![\w&])#([A-Za-z][A-Za-z0-9_]*)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=[0-9])|(?<=[A-Z])(?=[A-Z][a-z])")
_SIGNATURE = re.compile(
    r"\b(?:sent from my|sent from (?:yahoo )?mail (?:for|on)|sent from (?:yahoo|outlook) for|get outlook for)"
    r"[^\n]*",
    re.IGNORECASE,
)
# the header lines of a forwarded or quoted e-mail: "---------- Forwarded message ---------", "From: …"
_HEADER = re.compile(
    r"^[ \t>]*(?:-{2,}[ \t]*(?:forwarded|original) message[ \t]*-*|(?:from|sent|to|cc|date):[^\n]*)$",
    re.IGNORECASE | re.MULTILINE,
)
_REPLY_PREFIX = re.compile(r"\b(?:re|fwd?|aw|tr):\s*", re.IGNORECASE)
_EMOJI = {
    "\U0001f573": " hole ",  # 🕳 hole
    "\U0001f4a1": " light ",  # 💡 light bulb
    "\U0001f6a6": " traffic light ",  # 🚦
    "\U0001f6a5": " traffic light ",  # 🚥
    "\U0001f6d1": " stop sign ",  # 🛑
    "\U0001f6a7": " roadworks ",  # 🚧 construction sign
    "\U0001f5d1": " bin ",  # 🗑 wastebasket
    "\U0001f6ae": " litter ",  # 🚮 litter in bin sign
    "\U0001f400": " rat ",  # 🐀
    "\U0001f401": " mouse ",  # 🐁
    "\U0001f333": " tree ",  # 🌳
    "\U0001f332": " tree ",  # 🌲
    "\u2744": " snow ",  # ❄
    "\U0001f9ca": " ice ",  # 🧊
}
_EMOJI_RE = re.compile("|".join(map(re.escape, _EMOJI)))


def _hashtag(match: re.Match[str]) -> str:
    return " " + _CAMEL.sub(" ", match.group(1)).replace("_", " ") + " "


_MARKS = ("@", "#", "/", "www", ":", "--")  # "--": the shortest forwarded-mail rule `_HEADER` removes
_SIGNS = ("sent from", "get outlook")


def _plain(text: str) -> bool:
    """Nothing in `text` any of the patterns below could match: most messages (a fast path)."""
    if not text.isascii() or any(m in text for m in _MARKS) or text.startswith("RT") or "\nRT" in text:
        return False
    lowered = text.lower()
    return not any(s in lowered for s in _SIGNS)


def without_clutter(text: str) -> str:
    """`text` without links, e-mail addresses, @accounts, signatures and forwarded-mail headers; hashtags
    become their words and a few problem emoji become words. Everything else is kept as written."""
    if not text or _plain(text):
        return text
    out = _URL.sub(" ", text)
    out = _EMAIL.sub(" ", out)
    out = _HANDLE.sub(" ", out)
    out = _RETWEET.sub(" ", out)
    out = _HEADER.sub(" ", out)
    out = _SIGNATURE.sub(" ", out)
    out = _REPLY_PREFIX.sub(" ", out)
    out = _HASHTAG.sub(_hashtag, out)
    if not out.isascii():
        out = _EMOJI_RE.sub(lambda m: _EMOJI[m.group(0)], out)
    return out


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def without_accounts(text: str) -> str:
    """`text` with its @accounts and e-mail addresses replaced by spaces, so that every other character
    keeps its place (what a location search matches is still a piece of the message as written)."""
    if "@" not in text:
        return text
    return _HANDLE.sub(_blank, _EMAIL.sub(_blank, text))
