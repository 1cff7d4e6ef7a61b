"""What the location cascade's modules share: the words that mark a location in a text, how much each kind
of match is trusted, how a gazetteer match becomes a `Location`, and a place next to a street that picks
the point on it ("on High St by the library")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from nlp.gazetteer import STOP, STREET_TYPES, Gazetteer, Match, Tokens
from nlp.gazetteer_names import QUADRANTS, quadrant
from nlp.geo import Point
from nlp.lexicon import CONCEPTS
from nlp.types import Location

_HOUSE = re.compile(r"^\d{1,5}[a-z]?$")
_CONNECTORS = frozenset({"and", "&", "/", "at", "with", "meets", "meet", "x", "crosses", "joins"})
_NEAR = frozenset({"near", "by", "off", "just"})
_FILLERS = frozenset({"the", "of", "jct", "corner", "intersection", "crossroads", "where", "it", "its", "on"})
_BARE_LINKS = frozenset({"and", "&", "/", "at", "meets", "crosses", "joins", "with"})
_NEAR_LINKS = frozenset({"near", "nr", "by", "off"})  # "on Gough near Bond St": near the corner
_QUALIFIED = 0.7  # confidence factor for a name that may be the tail of a longer, unknown name
_AT_PLACE = frozenset({"outside", "near", "by", "at", "opp", "behind", "beside", "past", "nearby", "facing"})
_ALONG = frozenset({"on", "along", "in", "down", "up"})
_ENDS = frozenset({"end", "top", "bottom"})  # "at the end of Keith": a street named by its end
# Capitalised words that follow "on"/"in" but are times, not streets.
_NOT_NAMES = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december today tonight christmas easter weekend""".split()
)
_JUNCTION_WORDS = frozenset({"jct", "corner", "intersection", "crossroads", "meets", "crossing"})
# Words after which a place, rather than a street of the same name, is meant: "near Old Town Mall".
_BESIDE = frozenset({"outside", "near", "nr", "by", "opp", "behind", "beside", "facing"})
# Words just before two bare names that make them a corner: "at Elm and Oak", "corner of Elm & Oak".
_CORNER_CUES = _AT_PLACE | _JUNCTION_WORDS | {"of", "where", "on", "nr", "opp"}
# Words after a name made only of street words that show it is not a name: "the north street light".
_NOT_AFTER = frozenset({"light", "lights", "lamp", "lamps", "lamppost", "sign", "signs", "side", "level"})
_ORDINAL = re.compile(r"^\d{1,3}(?:st|nd|rd|th)$")
MEET_M = 30.0  # two streets both written without their type word must really meet: share or cross a point
ROAD_M = 300.0  # same-named streets closer than this are pieces of one road ("Jefferson" needs no choice)
# "the library": a place named only by its kind, after one of these words
_KIND_CUES = _AT_PLACE | _BESIDE | frozenset({"of", "to", "in", "from", "into", "across", "outside"})
_NOT_AFTER_KIND = frozenset(
    {"bus", "buses", "board", "district", "run", "trip", "holidays", "holiday", "wagon"}
)
# Words after a name without its type that show it is another street, or no street: "on Cowley road"
_NOT_AFTER_BARE = STREET_TYPES | frozenset(
    {"roundabout", "bridge", "common", "estate", "park", "green", "circus", "reservation", "junction", "/"}
)
MAX_OFFERED = 3  # more places of a kind than this: "the park" says nothing
# A match whose words fit several places far apart is trusted this much less than one that fits one ("the
# library" of two libraries, a corner two names make in several quadrants), and `alternatives` offers them.
SEVERAL = 0.75
# The kind of a street's point picked by a place or a street next to it ("on High St by the library"): a
# street, as callers and `alternatives` know it; what picked the point is in the address ("High Street near
# Eastgate Library") and the text.
NEAR_KIND = "street"
ON_M = 60.0  # a place this close to a street is on it: "the Baptist church on Washington St"
NEAR_M = 300.0  # "on High St by the library": a library this close to High Street picks the point on it
_MONTHS = frozenset(
    """january february march april may june july august september october november december jan feb mar apr
    jun jul aug sep sept oct nov dec""".split()
)
# Words after an ordinal that make it a date, a count or a floor rather than a street: "on 5th of May",
# "up 2nd floor", "on 3rd attempt".
_NOT_AFTER_ORDINAL = (
    _MONTHS
    | _NOT_NAMES
    | frozenset(
        """of time times floor floors storey level day days night nights week weeks month months year years
        grade grader graders attempt attempts try call calls email emails report reports request requests
        complaint complaints century birthday anniversary period quarter round row person people one ones
        hole holes pothole potholes light lights lamp lamps post car cars house houses visit letter
        notice ticket thought""".split()
    )
)
# In a text without capitals, the words that may follow a numbered street written without its type ("pothole
# up 34th near the school", "on 33rd for weeks"); any other word may make the number something else.
_AFTER_ORDINAL = frozenset(
    """near nr by at and & / between from to outside opposite opp in for since is has was are were needs need
    again there here please just off next behind beside past close right where with which that it its still
    too also now today tonight yesterday all been had have not no very really because so but as on""".split()
)
# Words before "on" that make "on 3rd" a date: "reported on 3rd", "collected on 2nd"
_DATED = frozenset(
    """reported report called rang emailed logged submitted raised fixed repaired collected emptied missed
    happened started began arrived came visited inspected due closed opened booked paid sent""".split()
)
# "pothole on mulberry", "light out on elm by the school": a name in lower case is a street without its type
# only after one of these words, when the sentence ends or goes on with one of _PLAIN_AFTER
_PLAIN_CUES = frozenset({"on", "along", "up", "down"})
_PLAIN_AFTER = frozenset(
    """near nr by at outside opposite opp behind beside past next between off close for since again still
    from""".split()
)
# Lower-case words that name what a problem is on rather than a street, even where a street has that name
# ("graffiti on bridge" in a town with a Bridge Street): the words of the problem lexicon, and these
_NOT_PLAIN = frozenset(p for c in CONCEPTS for p, _ in c.triggers if " " not in p) | frozenset(
    """river creek stream hill hillside corner road street lane path trail field lawn yard roof wall side
    top bottom water ice snow front back pavement footpath sidewalk curb kerb verge grass island median
    bridge tunnel overpass underpass highway freeway ramp exit entrance campus playground market church
    school station park garden gardens square green common ridge bank beach dock pier harbor harbour
    walk way view hollow run crossing circle center centre main high""".split()
)
_ING_NOUNS = frozenset(
    "morning evening building ceiling thing something nothing everything parking spring meeting".split()
)
# Words after which "the library", "the Catholic church" names where the problem is
_DESCRIBED_CUES = _AT_PLACE | _BESIDE | frozenset({"on", "of", "to", "from", "across", "in"})
_JOINS = _BESIDE | _AT_PLACE | frozenset({"the", "just", "next", "to", "in", "front", "of", "right", "close"})

CONFIDENCE = {
    "map_link": 0.95,
    "coordinates": 0.9,
    "channel": 0.9,
    "address": 0.9,
    "intersection": 0.85,
    "place": 0.75,
    "street": 0.6,
    "street_near": 0.75,  # a street's point picked by a place next to it: "on High St by Eastgate Library"
    "postcode": 0.8,  # a UK unit postcode: a few dozen addresses
    "zip": 0.4,  # a US ZIP code: a whole district, so the citizen is asked to confirm
}


def _location(
    gaz: Gazetteer, match: Match, tokens: Tokens, start: int, end: int, confidence: float
) -> Location:
    return Location(
        lat=round(match.lat, 7),
        lon=round(match.lon, 7),
        kind=match.kind,
        text=tokens.source(start, end),
        confidence=round(min(1.0, confidence), 3),
        address=gaz.display(match),
    )


def _after_along(words: Sequence[str], i: int) -> bool:
    return i >= 1 and words[i - 1] in _ALONG


def _named_bare(tokens: Tokens, start: int, end: int) -> bool:
    """Words that may be a street without its type next to another street ("on Gough near Bond St", "on
    lehigh near east eager street"): capitalised in a text that uses capitals (where the two streets must
    then meet, or nearly)."""
    return not _mixed_case(tokens.text) or all(_capitalised(tokens, i) for i in range(start, end))


def _other_quadrant(tokens: Tokens, start: int, end: int, gaz: Gazetteer, ref: int) -> bool:
    """The name tokens[start:end] of street `ref` is followed by a quadrant that no street of that name has
    ("E St SE" where only E Street NW is known): the street written is not in the gazetteer."""
    written = tokens.words[end] if end < len(tokens.words) else ""
    if written not in QUADRANTS or tokens.text[tokens.spans[end - 1][1] : tokens.spans[end][0]].strip(" ."):
        return False  # "Pennsylvania Ave, SW corner of the park"
    refs = gaz.named(tokens.words[start:end], "street") or gaz.same_street(ref)  # or a typo of it
    has = {quadrant(gaz.key(r)) for r in refs}
    return bool(refs) and "" not in has and written not in has


def _capitalised(tokens: Tokens, i: int) -> bool:
    a, b = tokens.spans[i]
    word = tokens.text[a:b]
    return word[:1].isupper() or word[:1].isdigit()


def _mixed_case(text: str) -> bool:
    return not text.isupper() and not text.islower()


def _name_word(w: str) -> bool:
    return (w.isalpha() or bool(_ORDINAL.match(w))) and w not in STOP and w not in _NOT_NAMES


@dataclass(frozen=True)
class _Anchor:
    """A place written next to a street, which may pick the point on it: `refs` are the places the words
    may be (several for "the library" when there are several libraries), `named` when the words are the
    place's name (or single it out) rather than only its kind."""

    refs: tuple[int, ...]
    start: int
    end: int
    named: bool


def _street_near(
    gaz: Gazetteer, refs: Sequence[int], anchors: Sequence[_Anchor]
) -> tuple[int, Point, int, _Anchor] | None:
    """The first anchor with a place within NEAR_M of one of streets `refs`: (the street, its point nearest
    the place, the place, the anchor). A kind ("the school", "the Baptist church") counts only when one
    place of that kind is that close, or one is on the street (within ON_M) and the others well off it."""
    for anchor in anchors:
        hits = gaz.near_street(refs, anchor.refs, NEAR_M)
        if not hits:
            continue
        dist, ref, pid, point = hits[0]
        others = [h[0] for h in hits if h[2] != pid]
        if anchor.named or not others or dist <= ON_M and min(others) > 3 * ON_M:
            return ref, point, pid, anchor
    return None


def _joined(tokens: Tokens, start: int, end: int, anchor: _Anchor) -> tuple[int, int]:
    """The span of a street and the place next to it ("Gough St by the library") when only words like
    "by the" come between them; else the street's own."""
    a, b = (end, anchor.start) if anchor.start >= end else (anchor.end, start)
    if b - a <= 4 and all(w in _JOINS for w in tokens.words[a:b]):
        return min(start, anchor.start), max(end, anchor.end)
    return start, end


def _near_location(
    gaz: Gazetteer, tokens: Tokens, start: int, end: int, near: tuple[int, Point, int, _Anchor], score: float
) -> Location:
    """A street's point picked by a place next to it, named so: "Gough Street near Patterson Park"."""
    ref, point, pid, anchor = near
    score *= 1.0 if anchor.named else 0.9
    name = f"{gaz.streets[ref].name} near {gaz.places[pid].name}"
    a, b = _joined(tokens, start, end, anchor)
    match = Match(NEAR_KIND, name, point[0], point[1], score)
    return _location(gaz, match, tokens, a, b, CONFIDENCE["street_near"] * score)


_BLOCK_NUMBER = re.compile(r"^[1-9]\d{0,2}00$")
