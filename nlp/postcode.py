"""UK postcodes and US ZIP codes written in a citizen's message. Pure: no I/O.

UK postcodes ("CB2 1TN", "sw1a1aa") are distinctive and always recognised. A five-digit number is only a
ZIP code when something says so: a ZIP+4 ("21201-1234"), a state before it ("Baltimore, MD 21201"), or
the word ZIP before it; "12345 Main St" is a house number. `bare=True` also returns other five-digit
numbers that are not followed by a word (the caller keeps them only when its gazetteer knows the code).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Outward code (area letters, district digit, optional digit/letter), then the inward code (digit, two
# letters, never C I K M O V). GIR 0AA is the one historic exception.
_UK = re.compile(
    r"(?<![A-Za-z0-9])(GIR\s?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?\s{0,2}\d[ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])",
    re.IGNORECASE,
)
_STATES = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC "
    "ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR"
).split()
_STATE_NAMES = (
    "alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|"
    "illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|"
    "mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|"
    "north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|"
    "south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming"
)
_ZIP = re.compile(
    r"(?:(?P<state>(?-i:\b(?:" + "|".join(_STATES) + r"))\b\.?|\b(?:" + _STATE_NAMES + r"))\s*,?\s*"
    r"|(?P<word>\bzip(?:\s*code)?\s*(?:is|:|#)?\s*))?"
    r"(?<![\d.,$#-])(?P<zip>\d{5})(?P<plus4>-\d{4})?(?![\d.,]\d|\d|[-/]\d)",
    re.IGNORECASE,
)
_AFTER_WORD = re.compile(r"\s*[A-Za-z]")


@dataclass(frozen=True)
class Postcode:
    """A postcode found in a text: its normalised `code`, the `text` as written and where it is."""

    code: str  # "CB2 1TN", "21201"
    country: str  # "gb" | "us"
    text: str
    start: int
    end: int
    explicit: bool = True  # False: a bare five-digit number that may be a ZIP code


def normalise(code: str) -> str:
    """One spelling per postcode: "cb21tn" -> "CB2 1TN", "21201-1234" -> "21201"; other codes upper-cased
    with single spaces."""
    raw = " ".join(code.split()).upper()
    compact = raw.replace(" ", "")
    if _UK.fullmatch(compact):
        return f"{compact[:-3]} {compact[-3:]}"
    if re.fullmatch(r"\d{5}(?:-?\d{4})?", compact):
        return compact[:5]
    return raw


def find_postcodes(text: str, *, bare: bool = False) -> list[Postcode]:
    """Postcodes and ZIP codes in `text`, left to right."""
    found: list[Postcode] = []
    for m in _UK.finditer(text):
        found.append(Postcode(normalise(m.group(1)), "gb", m.group(1), m.start(1), m.end(1)))
    for m in _ZIP.finditer(text):
        start, end = m.start("zip"), m.end("plus4") if m.group("plus4") else m.end("zip")
        if any(p.start <= start < p.end for p in found):
            continue
        explicit = bool(m.group("state") or m.group("word") or m.group("plus4"))
        if not explicit:
            # "12345 Main St": a number followed by a word is a house number, not a ZIP code.
            if not bare or _AFTER_WORD.match(text, end):
                continue
        found.append(Postcode(m.group("zip"), "us", text[start:end], start, end, explicit))
    return sorted(found, key=lambda p: p.start)
