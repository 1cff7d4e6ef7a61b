"""Canonical names: the tokenizer every name and message goes through, and the word sets it is read with.

Names are compared in a canonical form: lower case, no punctuation, street words abbreviated the same way
("Street", "St" and "Saint" all become "st"; "Road"/"Rd" become "rd"), so "12a station rd" finds
"12 Station Road". A street type word with a small typo ("Stret", "Raod", "Stt") is read as that type.
A compass letter that is a street's whole name ("E Street", "E St NW": a letter, a type word and perhaps a
quadrant) is the letter, kept apart from the direction the same letter abbreviates ("E Main St" is East Main
Street): its token is the capital letter ("E"), never produced otherwise (`letter_twin`). "A" and "I" are
articles and pronouns too: only capitalised and right before a street type word ("A St", "I Street NW")
are they the letter of a street ("A", "I"); "a"/"i" stay stop words. A quadrant after the type word ("NW",
"Southeast", "N.W.": Washington DC's "E Street NW") is a part of the name that a message may leave out
(`quadrant`).
`tokenize` keeps each token's character span, so that what was matched can be quoted from the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import OSA

# A quadrant written with full stops ("N.W.", "s.e") is one token, read as "nw"/"se": not the start or the
# middle of a longer abbreviation ("a.n.w.", "n.e.w.").
_TOKEN = re.compile(r"(?<![a-z0-9])[ns]\.[ew](?![a-z0-9])(?!\.[a-z0-9])|[a-z0-9]+|[&/@]")

_SPACED = re.compile(r"\. ?")  # between the letters of a quadrant written "S. E."
_MORE = re.compile(r"\.[a-z0-9]")  # "S. E.g."

# Street words and common abbreviations -> one canonical (abbreviated) form.
_CANON = {
    "street": "st", "st": "st", "str": "st", "saint": "st",
    "road": "rd", "rd": "rd",
    "avenue": "ave", "ave": "ave", "av": "ave", "avn": "ave",
    "lane": "ln", "ln": "ln",
    "drive": "dr", "dr": "dr", "drv": "dr",
    "great": "gt", "gt": "gt",
    "crescent": "cres", "cres": "cres", "cresc": "cres",
    "square": "sq", "sq": "sq",
    "place": "pl", "pl": "pl",
    "court": "ct", "ct": "ct",
    "close": "cl", "cl": "cl",
    "gardens": "gdns", "gdns": "gdns", "gdn": "gdns",
    "grove": "gro", "gro": "gro",
    "terrace": "tce", "tce": "tce", "terr": "tce", "ter": "tce",
    "alley": "aly", "aly": "aly",
    "boulevard": "blvd", "blvd": "blvd", "bvd": "blvd",
    "highway": "hwy", "hwy": "hwy",
    "parkway": "pkwy", "pkwy": "pkwy",
    "circle": "cir", "cir": "cir",
    "mount": "mt", "mt": "mt",
    "north": "n", "south": "s", "east": "e", "west": "w",
    "northeast": "ne", "northwest": "nw", "southeast": "se", "southwest": "sw",
    "upper": "upr", "upr": "upr", "lower": "lwr", "lwr": "lwr",
    "opposite": "opp", "opp": "opp",
    "junction": "jct", "jct": "jct", "jnc": "jct", "jn": "jct", "junc": "jct",
    "centre": "center",
}  # fmt: skip
STREET_TYPES = frozenset(
    {"st", "rd", "ave", "ln", "dr", "cres", "sq", "pl", "ct", "cl", "gdns", "gro", "tce", "blvd", "hwy",
     "pkwy", "cir", "way", "walk", "row", "hill", "mews", "parade", "crossing", "aly"}
)  # fmt: skip
# Type words a typo may be corrected to. Not "alley": "Allen" and "Alles" are names, one edit away.
_TYPE_WORDS = sorted(
    w for w, c in _CANON.items() if c in STREET_TYPES and len(w) >= 4 and w not in ("saint", "alley")
)
_TYPE_DENY = frozenset(
    {"count", "plane", "plate", "chose", "drove", "grave", "glove", "lance", "closed", "closer", "closes",
     "driver", "drives", "driven", "placed", "places", "courts", "crease", "stress", "stroke", "strut"}
)  # fmt: skip
DIRECTIONS = frozenset({"n", "s", "e", "w", "ne", "nw", "se", "sw"})
# A compass letter as the name of a lettered street ("E Street"): its token, the capital letter.
_LETTERS = {"n": "N", "s": "S", "e": "E", "w": "W"}
_LETTER_OF = {v: k for k, v in _LETTERS.items()}
# "A Street", "I Street NW": capital "A"/"I" before these type words (as written) is a lettered street's
# name. Not "Drive", "Walk", "Way", "Row"...: "I drive past", "I walk my dog" are sentences.
_ARTICLES = {"a": "A", "i": "I"}
_ARTICLE_TYPES = frozenset(
    {"st", "street", "str", "ave", "avenue", "av", "rd", "road", "ln", "lane", "pl", "ct", "ter", "terr",
     "tce", "terrace", "blvd", "boulevard", "dr", "cir", "pkwy", "hwy"}
)  # fmt: skip
ARTICLE_LETTERS = frozenset(_ARTICLES.values())
# Quadrants of US grid cities, written after a street's type ("Pennsylvania Avenue NW").
QUADRANTS = frozenset({"ne", "nw", "se", "sw"})
# OpenStreetMap highway classes of ways that are no street a bare name means when a street shares it (a
# street's "highway" in the gazetteer data): "3rd" is 3rd Street, not the 3rd Alley behind it.
MINOR_HIGHWAYS = frozenset(
    {"service", "footway", "path", "track", "pedestrian", "cycleway", "steps", "bridleway", "corridor",
     "alley", "driveway", "parking_aisle"}
)  # fmt: skip
# Street types that name such ways, when the data does not give the highway class.
MINOR_TYPES = frozenset({"aly"})
STOP = frozenset(
    """the a an and or of on in at to by for from with near outside opposite opp is are was were it its this
    that there here my our your his her their by next behind front corner junction jct intersection between
    where meets meet just off up down along past no not number i we you he she they has have had be been
    big small huge large very bad good one two three some""".split()
)


@dataclass(frozen=True)
class Tokens:
    """Canonical tokens of a text and the character span each one came from."""

    text: str
    words: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]

    def source(self, start: int, end: int) -> str:
        """The original text covered by tokens[start:end]."""
        return self.text[self.spans[start][0] : self.spans[end - 1][1]] if end > start else ""


def _canon_word(word: str) -> str:
    canon = _CANON.get(word)
    if canon is not None:
        return canon
    if len(word) <= 4 and word.isalpha():  # a key held down: "Stt", "Rdd", "Avee"
        single = re.sub(r"(.)\1+", r"\1", word)
        canon = _CANON.get(single) if single != word else None
        if canon is not None and canon in STREET_TYPES and single == canon:
            return canon
    if len(word) >= 4 and word not in _TYPE_DENY and not word.isdigit():
        for full in _TYPE_WORDS:
            if full[0] == word[0] and abs(len(full) - len(word)) <= 1:
                dist = OSA.distance(word, full)
                # 4-letter words may only be transpositions ("raod"), longer ones may have one edit ("stret").
                if dist == 1 and (len(word) >= 5 or sorted(word) == sorted(full)):
                    return _CANON[full]
    return word


def _letter_street(raw: list[str], words: list[str], i: int) -> bool:
    """The single letter raw[i] ("e", not "east") is a lettered street's whole name: a type word follows
    it ("E St", "E Street NW"), but no second type ("E Circle Dr" is East Circle Drive), no name and type
    after a "St" that is Saint ("E St Paul Ave"), and no direction before it ("N E Ave" is North East
    Avenue)."""
    if raw[i] not in _LETTERS or i + 1 >= len(words) or words[i + 1] not in STREET_TYPES:
        return False
    if i >= 1 and words[i - 1] in DIRECTIONS or raw[i + 1] == "saint":
        return False
    after = words[i + 2 : i + 5]
    if not after:
        return True
    if after[0] in STREET_TYPES:
        return False
    saint = words[i + 1] == "st" and raw[i + 1] != "street"
    named = after[0].isalpha() and after[0] not in STOP and after[0] not in DIRECTIONS
    return not (saint and named and any(w in STREET_TYPES for w in after[1:]))


def _article_street(
    text: str, raw: list[str], words: list[str], spans: Sequence[tuple[int, int]], i: int
) -> bool:
    """The article or pronoun raw[i] ("a", "i") is the name of a lettered street ("A St", "I Street NW"):
    written as a capital letter, with only spaces before a street type word that is no verb ("I drive"
    is not one), and read as `_letter_street` reads "E St"."""
    if raw[i] not in _ARTICLES or i + 1 >= len(raw) or raw[i + 1] not in _ARTICLE_TYPES:
        return False
    (a, b), c = spans[i], spans[i + 1][0]
    if text[a:b] != _ARTICLES[raw[i]] or text[b:c].strip():
        return False
    return _letter_street([_LETTER_OF["E"] if k == i else w for k, w in enumerate(raw)], words, i)


def quadrant(key: tuple[str, ...]) -> str:
    """The quadrant ("nw") that ends a street's canonical name after its type ("pennsylvania", "ave",
    "nw"); "" when there is none."""
    if len(key) >= 3 and key[-1] in QUADRANTS and key[-2] in STREET_TYPES:
        return key[-1]
    return ""


def without_quadrant(key: tuple[str, ...]) -> tuple[str, ...]:
    """A street's canonical name without its quadrant: ("pennsylvania", "ave") for Pennsylvania Avenue NW;
    the name itself when it has none. Its last word is the street's type when it has one."""
    return key[:-1] if quadrant(key) else key


def letter_twin(word: str) -> str:
    """The other reading of a compass letter: "E" (the lettered street's name) for "e" (east), "e" for
    "E"; "" for any other word."""
    return _LETTERS.get(word) or _LETTER_OF.get(word, "")


def is_letter(word: str) -> bool:
    """`word` is the token of a compass letter that is a street's name ("E" of "E Street")."""
    return word in _LETTER_OF


def _spaced_quadrants(text: str, raw: list[str], words: list[str], spans: list[tuple[int, int]]) -> None:
    """A quadrant written as two letters with a full stop and a space ("Pennsylvania Ave S. E.") right after
    a street type word is one token too, "se": its two tokens are joined in place."""
    for i in range(len(raw) - 2, 0, -1):
        if raw[i] not in ("n", "s") or raw[i + 1] not in ("e", "w") or words[i - 1] not in STREET_TYPES:
            continue
        end = spans[i + 1][1]
        if _SPACED.fullmatch(text, spans[i][1], spans[i + 1][0]) and not _MORE.match(text, end):
            joined = raw[i] + raw[i + 1]
            raw[i : i + 2] = [joined]
            words[i : i + 2] = [joined]
            spans[i : i + 2] = [(spans[i][0], end)]


def tokenize(text: str) -> Tokens:
    """Canonical tokens of `text` ("Queen's Rd." -> queens, rd) with their character spans."""
    lowered = text.lower().replace("'", "\u0000").replace("\u2019", "\u0000")
    raw: list[str] = []
    words: list[str] = []
    spans: list[tuple[int, int]] = []
    for m in _TOKEN.finditer(lowered.replace("\u0000", "")):
        word = m.group().replace(".", "")  # "n.w" -> "nw"
        raw.append(word)
        words.append(_canon_word(word))
        spans.append((m.start(), m.end()))
    _spaced_quadrants(lowered.replace("\u0000", ""), raw, words, spans)
    words = [_LETTERS[w] if _letter_street(raw, words, i) else w for i, w in enumerate(words)]
    # Spans were computed on the text without apostrophes: map them back onto the original text.
    if "\u0000" in lowered:
        index = [i for i, ch in enumerate(lowered) if ch != "\u0000"] + [len(lowered)]
        spans = [(index[a], index[b - 1] + 1) for a, b in spans]
    if len(lowered) == len(text) and ("A" in text or "I" in text):
        for i in [i for i, w in enumerate(raw) if w in _ARTICLES]:
            if _article_street(text, raw, words, spans, i):
                words[i] = _ARTICLES[raw[i]]
    return Tokens(text, tuple(words), tuple(spans))


def canonical(name: str) -> tuple[str, ...]:
    return tokenize(name).words
