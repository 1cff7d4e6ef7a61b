"""Where is the problem? A cascade over the message text, the channel's point and the gazetteer.

Order: map links and coordinates in the text, then a point supplied by the channel, then gazetteer names
(house address, intersection, street, place). Returns None rather than guess: no location is better than a
wrong one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import partial
from urllib.parse import unquote

from nlp.gazetteer import (
    DIRECTIONS,
    MEET_LIMIT_M,
    STOP,
    STREET_TYPES,
    Gazetteer,
    Match,
    Mention,
    Tokens,
    kind_at,
    kind_phrase,
    tokenize,
)
from nlp.geo import Point, distance_m
from nlp.postcode import find_postcodes
from nlp.types import Location

_URL = re.compile(r"(?:https?://|www\.|geo:)\S+", re.IGNORECASE)
_NUM_LAT = r"([-+]?\d{1,2}(?:\.\d+)?)"
_NUM_LON = r"([-+]?\d{1,3}(?:\.\d+)?)"
# Patterns inside map links, most precise first. Each gives (lat, lon).
_LINK_PATTERNS = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"^geo:{_NUM_LAT},{_NUM_LON}",
        rf"!3d{_NUM_LAT}!4d{_NUM_LON}",  # Google place data
        rf"[?&#](?:q|query|ll|sll|center|daddr|destination|saddr|cp|coordinate)={_NUM_LAT}(?:,|~)\+?{_NUM_LON}",
        rf"@{_NUM_LAT},{_NUM_LON}",  # Google viewport
        rf"#map=\d{{1,2}}(?:\.\d+)?/{_NUM_LAT}/{_NUM_LON}",  # OpenStreetMap
        rf"/maps/(?:place|search|dir)/(?:[^/@?]*/)*?{_NUM_LAT},\+?{_NUM_LON}",
    )
)
_MLAT = re.compile(rf"[?&#]mlat={_NUM_LAT}", re.IGNORECASE)
_MLON = re.compile(rf"[?&#]mlon={_NUM_LON}", re.IGNORECASE)
# "52.2053, 0.1218", "52.2053N 0.1218E", "lat 52.2 lon 0.12": at least three decimals in all.
# Possessive quantifiers (*+, ++) keep long runs of spaces from backtracking.
_COORDS = re.compile(
    r"(?<![\w.])(?:lat(?:itude)?\s*+[:=]?\s*+)?([-+]?\d{1,2}\.\d+)(?:\s?°)?(?:\s?([NS])\b)?"
    r"(?:\s*+[,;/]\s*+|\s++)"
    r"(?:lo?ng?(?:itude)?\s*+[:=]?\s*+)?([-+]?\d{1,3}\.\d+)(?:\s?°)?(?:\s?([EW])\b)?(?![\w.])",
    re.IGNORECASE,
)
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


def valid_point(lat: float, lon: float) -> bool:
    return -90 <= lat <= 90 and -180 <= lon <= 180 and not (abs(lat) < 1e-6 and abs(lon) < 1e-6)


def from_map_link(text: str) -> Location | None:
    for m in _URL.finditer(text):
        url = unquote(m.group()).rstrip(").,;!?>]'\"")
        lat_m, lon_m = _MLAT.search(url), _MLON.search(url)
        found = (lat_m.group(1), lon_m.group(1)) if lat_m and lon_m else None
        for pattern in _LINK_PATTERNS:
            if found:
                break
            hit = pattern.search(url)
            found = (hit.group(1), hit.group(2)) if hit else None
        if found:
            lat, lon = float(found[0]), float(found[1])
            if valid_point(lat, lon):
                return Location(lat, lon, "map_link", m.group(), CONFIDENCE["map_link"])
    return None


def from_coordinates(text: str) -> Location | None:
    for m in _COORDS.finditer(_URL.sub(" ", text)):
        lat_s, ns, lon_s, ew = m.groups()
        if len(lat_s.split(".")[1]) + len(lon_s.split(".")[1]) < 3:
            continue  # "2.5, 3.0" is a measurement, not a position
        lat, lon = float(lat_s), float(lon_s)
        if ns and ns.upper() == "S":
            lat = -abs(lat)
        if ew and ew.upper() == "W":
            lon = -abs(lon)
        if valid_point(lat, lon):
            return Location(lat, lon, "coordinates", m.group().strip(), CONFIDENCE["coordinates"])
    return None


def from_channel(point: tuple[float, float] | None) -> Location | None:
    if point is None or not valid_point(point[0], point[1]):
        return None
    return Location(point[0], point[1], "channel", "point supplied by the channel", CONFIDENCE["channel"])


def _house_number(tokens: Tokens, start: int) -> tuple[str, int] | None:
    """The house number written just before a street name ("12 Station Road", "no. 12a Station Rd"), and
    where it is."""
    if start >= 1 and _HOUSE.match(tokens.words[start - 1]):
        between = tokens.text[tokens.spans[start - 1][1] : tokens.spans[start][0]]
        if not between.strip():  # "Light 4, High Street": a comma separates a number that is not a house
            return tokens.words[start - 1], start - 1
    if start >= 2 and tokens.words[start - 1] in DIRECTIONS:  # "1103 South Potomac St", name found alone
        between = tokens.text[tokens.spans[start - 2][1] : tokens.spans[start][0]]
        if _HOUSE.match(tokens.words[start - 2]) and not between.replace(".", " ").split()[1:]:
            return tokens.words[start - 2], start - 2
    return None


def _qualified(tokens: Tokens, start: int) -> bool:
    """A capitalised word just before a name suggests a longer, different name: "Free School Lane",
    "St Laurence Primary School", "Trumpington High Street"."""
    if start < 1 or tokens.words[start - 1] in STOP or tokens.text.isupper():
        return False
    a, b = tokens.spans[start - 1]
    word = tokens.text[a:b]
    if not word[:1].isupper() or word.isupper():
        return False
    before = tokens.text[:a].rstrip()
    return bool(before) and before[-1] not in ".!?:;\n"


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


def _junction(
    tokens: Tokens, streets: Sequence[Mention], gaz: Gazetteer, places: AbstractSet[int] = frozenset()
) -> Location | None:
    words = tokens.words
    for a, b in zip(streets, streets[1:], strict=False):
        if a.ref == b.ref or (a.start >= 1 and words[a.start - 1] == "between"):
            continue
        gap = set(words[a.end : b.start])
        exact = bool(gap & _CONNECTORS) and gap <= _CONNECTORS | _FILLERS
        near = not exact and bool(gap & _NEAR) and gap <= _NEAR | _FILLERS | {"to"}
        if exact or near:
            match = gaz.junction(a.ref, b.ref, min(a.score, b.score) * (1.0 if exact else 0.8))
            if match is not None:
                return _location(gaz, match, tokens, a.start, b.end, CONFIDENCE["intersection"] * match.score)
    bare = _bare_junction(tokens, streets, gaz, places)
    if bare is not None:
        return bare
    distinct = {m.ref: m for m in streets}
    if len(distinct) == 2 and set(words) & _JUNCTION_WORDS:
        a, b = sorted(distinct.values(), key=lambda m: m.start)
        match = gaz.junction(a.ref, b.ref, min(a.score, b.score) * 0.9)
        if match is not None:
            return _location(gaz, match, tokens, a.start, b.end, CONFIDENCE["intersection"] * match.score)
    return None


def _after_along(words: Sequence[str], i: int) -> bool:
    return i >= 1 and words[i - 1] in _ALONG


def _named_bare(tokens: Tokens, start: int, end: int) -> bool:
    """Words that may be a street without its type next to another street ("on Gough near Bond St", "on
    lehigh near east eager street"): capitalised in a text that uses capitals (where the two streets must
    then meet, or nearly)."""
    return not _mixed_case(tokens.text) or all(_capitalised(tokens, i) for i in range(start, end))


def _bare_junction(
    tokens: Tokens, streets: Sequence[Mention], gaz: Gazetteer, places: AbstractSet[int] = frozenset()
) -> Location | None:
    """'17th and Kansas Ave', 'Kansas Ave & SW 10th': the other street written without its street type.
    Also 'on Gough near Bond St', 'up Bond St by Gough': a street near another (after on/up/down/along) is
    where they meet when they do (within MEET_M); else the point of the first nearest the other, when that
    is within MEET_LIMIT_M. The other street also picks which of several roads the bare name is. Not when
    the name after "near" begins a place's (`places`: its words): "on Imla St by Holabird Academy"."""
    words = tokens.words
    links = _BARE_LINKS if set(words) & _JUNCTION_WORDS else _BARE_LINKS - {"with"}  # "junction of X with Y"
    for m in streets:
        # (streets the bare name may be, span start, end, near: "" for a corner, else which street the
        # problem is on: "bare" or "typed")
        sides: list[tuple[list[int], int, int, str]] = []
        if m.start >= 1 and words[m.start - 1] == "between":
            continue  # "between X and Y" is a stretch, not a corner
        if m.end + 1 < len(words) and words[m.end] in links:
            refs, end = _bare_streets(gaz, words, m.end + 1)
            if refs:
                sides.append((refs, m.start, end, ""))
        elif m.end + 1 < len(words) and words[m.end] in _NEAR_LINKS and _after_along(words, m.start):
            refs, end = _bare_streets(gaz, words, m.end + 1)
            if refs and _named_bare(tokens, m.end + 1, end) and m.end + 1 not in places:
                sides.append((refs, m.start, end, "typed"))
        near = m.start >= 1 and words[m.start - 1] in _NEAR_LINKS
        if m.start >= 2 and (words[m.start - 1] in links or near):
            for n in (2, 1):
                i = m.start - 1 - n
                if i < 0:
                    continue
                start = i - 1 if i >= 1 and words[i - 1] in DIRECTIONS else i
                found, stop = _bare_streets(gaz, words, start)
                if not found or stop != m.start - 1 or start >= 1 and words[start - 1] == "between":
                    continue
                if near and not (_after_along(words, start) and _named_bare(tokens, start, stop)):
                    continue
                sides.append((found, start, m.end, "bare" if near else ""))
                break
        same = set(gaz.namesakes(m.ref))
        for refs, start, end, on in sides:
            # "on 6th Street. At 6th and ...": the same street again, not a corner of two
            gaps = [
                (gaz.meeting(a, ref)[1], a, ref)
                for a in gaz.namesakes(m.ref)[:6]
                for ref in refs
                if ref not in same
            ]
            if not gaps:
                continue
            gap, a_ref, b_ref = min(gaps)
            if on and gap > MEET_M:
                if gap > MEET_LIMIT_M:  # (a gap beyond that is only a lower bound)
                    continue
                here, other = (b_ref, a_ref) if on == "bare" else (a_ref, b_ref)
                point = gaz.nearest_on_street(here, gaz.meeting(a_ref, b_ref)[0])[0]
                name = f"{gaz.streets[here].name} near {gaz.streets[other].name}"
                nearby = Match(NEAR_KIND, name, point[0], point[1], 0.7 * m.score)
                return _location(gaz, nearby, tokens, start, end, CONFIDENCE["street_near"] * nearby.score)
            corner = gaz.intersection_at(a_ref, b_ref, (0.7 if on else 0.8) * m.score)
            if corner is not None:
                return _location(gaz, corner, tokens, start, end, CONFIDENCE["intersection"] * corner.score)
    return None


def _between(tokens: Tokens, streets: Sequence[Mention], gaz: Gazetteer) -> Location | None:
    """'High Street between Mill Lane and Church Street' -> the middle of that stretch of High Street."""
    for a, b, c in zip(streets, streets[1:], streets[2:], strict=False):
        if b.start >= 1 and tokens.words[b.start - 1] == "between" and len({a.ref, b.ref, c.ref}) == 3:
            ab, ac = gaz.intersection_at(a.ref, b.ref), gaz.intersection_at(a.ref, c.ref)
            if ab and ac:
                s = gaz.street_at(a.ref)
                match = Match("street", s.name, (ab.lat + ac.lat) / 2, (ab.lon + ac.lon) / 2, a.score)
                return _location(gaz, match, tokens, a.start, c.end, 0.75 * a.score)
    return None


def _reading(tokens: Tokens, m: Mention, gaz: Gazetteer) -> Mention:
    """A name that is both a street and a place is the place after "near", "outside", "by the"..., the
    street otherwise: "near Old Town Mall" (the shopping mall), "on Old Town Mall" (the street)."""
    if m.kind != "street" or m.score < 1.0:
        return m
    words = tokens.words
    before = m.start - 1 if m.start >= 1 and words[m.start - 1] != "the" else m.start - 2
    if before < 0 or words[before] not in _BESIDE:
        return m
    places = gaz.named(words[m.start : m.end], "place")
    return Mention("place", places[0], m.start, m.end, m.score) if places else m


def _capitalised(tokens: Tokens, i: int) -> bool:
    a, b = tokens.spans[i]
    word = tokens.text[a:b]
    return word[:1].isupper() or word[:1].isdigit()


def _mixed_case(text: str) -> bool:
    return not text.isupper() and not text.islower()


def _plausible(tokens: Tokens, m: Mention, gaz: Gazetteer) -> bool:
    """A one-word place name must be written with a capital in a text that uses capitals: "the giant oak"
    is not the Giant supermarket, "3 spots" is not a building called "3"."""
    if m.kind == "street" and gaz.weak(m.ref):
        return _written_as_name(tokens, m.start, m.end)
    after = kind_at(tokens.words, m.end) if m.kind == "place" else ""
    if after and gaz.places[m.ref].kind not in ("", after):
        return False  # "Holborn hospital" is not the station Holborn
    if m.kind == "place" and gaz.spoken(tokens.words[m.start : m.end]):
        # "by Lincoln school" for Lincoln Elementary: a name, so capitalised in a text that uses capitals
        return _name_cased(tokens, m.start)
    if m.kind != "place" or m.end - m.start != 1:
        return True
    word = tokens.words[m.start]
    if word.isdigit() or len(word) < 3:
        return False
    return _name_cased(tokens, m.start)


def _name_cased(tokens: Tokens, start: int) -> bool:
    """A name starting at `start` is capitalised, or the text has no capitals, or a place word comes
    just before it ("near tesco", "outside the co-op")."""
    if not _mixed_case(tokens.text) or _capitalised(tokens, start):
        return True
    before = start - 1 if start >= 1 and tokens.words[start - 1] != "the" else start - 2
    return before >= 0 and tokens.words[before] in _AT_PLACE


def _written_as_name(tokens: Tokens, start: int, end: int) -> bool:
    """Ordinary words that are also a street's whole name ("Garden Drive", "North Street"): a name right
    after on/at/outside... or a house number, or when capitalised in a text that uses capitals; never when
    followed by the word they describe ("the North Street light")."""
    words = tokens.words
    if end < len(words) and words[end] in _NOT_AFTER:
        return False
    before = words[start - 1] if start >= 1 else ""
    plain = not any(w in STOP for w in words[start:end])  # "in front street", "at the corner st"
    if plain and (before in _ALONG or before in _AT_PLACE or before == "of" or _HOUSE.match(before)):
        return True
    return _mixed_case(tokens.text) and all(_capitalised(tokens, i) for i in range(start, end))


def _name_word(w: str) -> bool:
    return (w.isalpha() or bool(_ORDINAL.match(w))) and w not in STOP and w not in _NOT_NAMES


def _bare_streets(gaz: Gazetteer, words: Sequence[str], i: int) -> tuple[list[int], int]:
    """Streets named at words[i:] without their type word ("Keystone", "South Houcks"): (refs, end).
    A direction written before the name keeps the streets named with it (North, not South, Chester)."""
    refs, end, _ = _bare_name(gaz, words, i)
    return refs, end


def _bare_name(
    gaz: Gazetteer, words: Sequence[str], i: int, typos: bool = False
) -> tuple[list[int], int, bool]:
    """`_bare_streets`, and with `typos` a one-word name misspelt ("Jeffreson") when it is a typo of
    exactly one street name (`Gazetteer.bare_typo`): (refs, end, exact)."""
    if i >= len(words):
        return [], i, True
    j = i + 1 if words[i] in DIRECTIONS and i + 1 < len(words) else i
    direction = words[i] if j > i else ""
    for n in (2, 1):
        name = words[j : j + n]
        if len(name) == n and all(_name_word(w) for w in name):
            refs = gaz.bare_streets(name, direction)
            if refs:
                return refs, j + n, True
    if typos and j < len(words) and _name_word(words[j]):
        core = gaz.bare_typo(words[j])
        if core:
            return gaz.bare_streets((core,), direction), j + 1, False
    return [], i, True


def _bare_pair(
    tokens: Tokens, gaz: Gazetteer, taken: AbstractSet[int], places: AbstractSet[int] = frozenset()
) -> Location | None:
    """'corner of Charles and Preston', 'the Elm / Oak junction', 'where Elm meets North Oak': two streets
    both written without their type word. Only when the words follow a corner cue (at, of, where,
    outside...; or "junction" after them), are written as names (capitalised, in a text that uses
    capitals) and two streets so named really meet (within MEET_M): two words joined by "and" are
    otherwise just words. Also 'on 36th near Greenmount', 'up Gough by Bond': a street near another,
    after on/up/down/along, is where they meet (in a text without capitals, when one is numbered), unless
    the second begins a place's name (`places`: its words)."""
    words = tokens.words
    mixed = _mixed_case(tokens.text)
    links = _BARE_LINKS if set(words) & _JUNCTION_WORDS else _BARE_LINKS - {"with"}
    for k in range(1, len(words) - 1):
        near = words[k] in _NEAR_LINKS
        if not (near or words[k] in links) or k in taken or k + 1 in taken:
            continue
        right, end, exact = _bare_name(gaz, words, k + 1, typos=True)
        if not right or any(i in taken for i in range(k + 1, end)):
            continue
        left: list[int] = []
        start = k
        for n in (2, 1):
            i = k - n
            if i < 0:
                continue
            start = i - 1 if i >= 1 and words[i - 1] in DIRECTIONS else i
            left, stop, left_exact = _bare_name(gaz, words, start, typos=exact)
            if left and stop == k:
                exact = exact and left_exact  # "Chalres and Preston": one of the two names misspelt
                break
            left = []
        if not left or any(i in taken for i in range(start, k)):
            continue
        before = words[start - 1] if start >= 1 else ""
        after = words[end] if end < len(words) else ""
        if before == "between" or before == "the" and start >= 2 and words[start - 2] == "between":
            continue
        if near and not (
            before in _ALONG
            and (mixed or _ORDINAL.match(words[k - 1]) or _ORDINAL.match(words[end - 1]))
            and k + 1 not in places
        ):
            continue
        if not near and not (
            words[k] in ("meets", "crosses", "joins") or before in _CORNER_CUES or after in _JUNCTION_WORDS
        ):
            continue
        if before == "the" and not (
            start >= 2 and words[start - 2] in _CORNER_CUES or after in _JUNCTION_WORDS
        ):
            continue
        if mixed and not all(_capitalised(tokens, i) for i in range(start, end) if i != k):
            continue
        gaps = [(gaz.meeting(a, b)[1], a, b) for a in left[:6] for b in right[:6] if a != b]
        if not gaps:
            continue
        gap, a_ref, b_ref = min(gaps)
        if gap > MEET_M:
            continue
        match = gaz.intersection_at(a_ref, b_ref, (0.8 if exact else 0.7) * (0.9 if near else 1.0))
        if match is not None:
            return _location(gaz, match, tokens, start, end, CONFIDENCE["intersection"] * match.score)
    return None


def _bare_address(tokens: Tokens, gaz: Gazetteer, taken: set[int]) -> Location | None:
    """'outside 221 Keystone': a house number, then a street name without its type; only when that house
    number exists on that street."""
    words = tokens.words
    for i in range(len(words) - 1):
        if i + 1 in taken or not _HOUSE.match(words[i]):
            continue
        refs, end = _bare_streets(gaz, words, i + 1)
        for ref in refs:
            match = gaz.address_at(ref, words[i], 0.9)
            if match is not None:
                return _location(gaz, match, tokens, i, end, CONFIDENCE["address"] * match.score)
    return None


def _ordinal_street(tokens: Tokens, end: int, mixed: bool) -> bool:
    """A numbered street written without its type ("up 34th") ends at `end` unless the words after it make
    it a date, a count or a floor ("on 5th of May", "up 2nd floor"); in a text without capitals, only
    when the sentence ends or goes on with words that may follow a street ("on 33rd near the school")."""
    words = tokens.words
    if end >= len(words):
        return True
    after = words[end]
    if after in _NOT_AFTER_ORDINAL:
        return False
    between = tokens.text[tokens.spans[end - 1][1] : tokens.spans[end][0]]
    if mixed or any(ch in between for ch in ",.;:!?()-"):
        return True
    return after in _AFTER_ORDINAL or after.endswith("ing") and len(after) > 5 and after not in _ING_NOUNS


def _bare_street(
    tokens: Tokens,
    gaz: Gazetteer,
    taken: AbstractSet[int],
    anchors: Sequence[_Anchor] = (),
    need_anchor: bool = False,
) -> Location | None:
    """'pothole on Woods', 'all along North Bethel', 'at the end of Keith', 'on Jeffreson': a capitalised
    name after on/along/in/down/up/the end of, in a text that uses capitals, naming streets once a type
    word is added (or misspelling one such name only); a numbered street ("up 34th", "on e 25th") in any
    text, unless the words after it make it a date or a count. Street-level, low confidence. When the name
    fits several roads far apart (Jefferson Street and Jefferson Avenue), a place next to it written in
    the message picks the road and the point on it (`anchors`: "on Jefferson by the library"); else the
    longest, and `alternatives` offers the others; streets of that name that meet (within ROAD_M) are one
    road. With `need_anchor`, only a name that such a place picks."""
    words = tokens.words
    mixed = _mixed_case(tokens.text)
    for i in range(1, len(words)):
        along = words[i - 1] in _ALONG or words[i - 1] == "of" and i >= 2 and words[i - 2] in _ENDS
        # "the 700 block of Jefferson" (when `_block` knows no such houses)
        along = (
            along
            or i >= 3
            and words[i - 2 : i] == ("block", "of")
            and bool(_BLOCK_NUMBER.match(words[i - 3]))
        )
        if not along or i in taken:
            continue
        # "in Cambridge", "in Central reservation": "in" names a town or an area as often as a street, so
        # after it only a name that fits exactly one street
        weak = words[i - 1] == "in"
        refs, end, exact = _bare_name(gaz, words, i, typos=not weak and mixed)
        if not refs or any(k in taken for k in range(i, end)):
            continue
        # a name in a text without capitals only when a place named next to it confirms it: "on streeper
        # by patterson park"
        confirm = False
        if _ORDINAL.match(words[end - 1]):
            if not _ordinal_street(tokens, end, mixed) or i >= 2 and words[i - 2] in _DATED:
                continue  # "on 5th of May", "up 2nd floor", "reported on 3rd"
        elif not mixed:
            confirm = True
        elif not _capitalised(tokens, i):
            continue  # "carry on main for two blocks": ordinary words unless written as a name
        after = words[end] if end < len(words) else ""
        if after and (after in _NOT_AFTER_BARE or _capitalised(tokens, end) and after.isalpha()):
            continue  # "on Cowley road", "on Milton roundabout": another street, or no street
        if weak and len(refs) > 1:
            continue
        near = _street_near(gaz, refs, [a for a in anchors if a.named or not confirm])
        if near is not None:
            return _near_location(gaz, tokens, i, end, near, 0.8 if exact else 0.7)
        if need_anchor or confirm:
            continue
        if words[i] not in DIRECTIONS:
            # "up 34th", "on Bonsal": 34th Street rather than North 34th Street, as "Nyes Road" is Nyes
            # Road rather than South Nyes Road (`alternatives` still offers the others)
            refs = [r for r in refs if not gaz.directed(r)] or refs
        roads = gaz.roads(refs, ROAD_M)
        ref, point, _ = roads[0]
        score = (0.75 if len(roads) == 1 else 0.7) * (1.0 if exact else 0.9)
        match = Match("street", gaz.streets[ref].name, point[0], point[1], score)
        return _location(gaz, match, tokens, i, end, CONFIDENCE["street"] * match.score)
    return None


def _kinds(
    tokens: Tokens, gaz: Gazetteer, busy: AbstractSet[int] = frozenset()
) -> list[tuple[list[int], int, int]]:
    """Places named only by their kind after a word of place ("by the library", "outside the train
    station"): every place of that kind, and the span of "the" and the kind's words, in text order."""
    words = tokens.words
    out: list[tuple[list[int], int, int]] = []
    for i in range(1, len(words) - 1):
        if words[i] != "the" or words[i - 1] not in _KIND_CUES or i + 1 in busy:
            continue
        for n in (2, 1):
            end = i + 1 + n
            refs = gaz.of_kind(words[i + 1 : end]) if end <= len(words) else []
            if not refs or end < len(words) and words[end] in _NOT_AFTER_KIND:
                continue
            out.append((refs, i, end))
            break
    return out


def _place_of_kind(tokens: Tokens, gaz: Gazetteer) -> Location | None:
    """'by the library', 'outside the train station', 'in the park': a place named only by its kind, after
    a word of place. The one place of that kind; when there are a few (up to MAX_OFFERED), the first, with
    a low confidence, and `alternatives` offers them all; with more, none."""
    for refs, i, end in _kinds(tokens, gaz)[:1]:
        if len(refs) > MAX_OFFERED:
            return None
        match = gaz.place_at(refs[0], 0.8 if len(refs) == 1 else 0.6)
        return _location(gaz, match, tokens, i, end, CONFIDENCE["place"] * match.score)
    return None


def _described(tokens: Tokens, gaz: Gazetteer, busy: AbstractSet[int]) -> list[tuple[list[int], int, int]]:
    """'near the Southeast school', 'by the Catholic church on Elm St', 'outside Northern High school': a
    place named by its kind and a word or two that tell it from the others of its kind (a direction, a
    level, a denomination, or its one-word name). The places those words fit: the one they name entirely
    when there is one (Southeast Middle School, not Alternative Learning Center Southeast), else every
    place of that kind that has them (several: "the Catholic church" may still be singled out by the
    street it is on). After a word of place ("near", "by the"...), or "the ... on/at"."""
    words = tokens.words
    out: list[tuple[list[int], int, int]] = []
    for k in range(1, len(words)):
        kind, end = kind_phrase(words, k)
        if not kind or end < len(words) and words[end] in _NOT_AFTER_KIND:
            continue
        after = words[end] if end < len(words) else ""
        for d in (2, 1):
            start = k - d
            if start < 1 or any(i in busy for i in range(start, end)):
                continue
            desc = words[start:k]
            if not all(w.isalpha() and w not in STOP for w in desc):
                continue
            lead = words[start - 1] == "the"
            cue = start - 2 if lead else start - 1
            cued = cue >= 0 and words[cue] in _DESCRIBED_CUES
            if not (cued or lead and after in ("on", "at", "in", "near")):  # "the Catholic church on X"
                continue
            whole = gaz.described(kind, desc, whole=True)
            refs = whole if len(whole) == 1 else gaz.described(kind, desc)
            if refs:
                out.append((refs, start, end))
                break
    return out


@dataclass(frozen=True)
class _Anchor:
    """A place written next to a street, which may pick the point on it: `refs` are the places the words
    may be (several for "the library" when there are several libraries), `named` when the words are the
    place's name (or single it out) rather than only its kind."""

    refs: tuple[int, ...]
    start: int
    end: int
    named: bool


def _anchors(
    tokens: Tokens,
    gaz: Gazetteer,
    places: Sequence[Mention],
    busy: AbstractSet[int],
    described: Sequence[tuple[list[int], int, int]] = (),
) -> list[_Anchor]:
    """The places written in the message that may pick the point on a street: named ones, described ones
    that fit several ("the Catholic church"), and kinds ("the library")."""
    named = [_Anchor((m.ref,), m.start, m.end, True) for m in places]
    several = [_Anchor(tuple(refs), i, end, False) for refs, i, end in described if len(refs) > 1]
    kinds = [_Anchor(tuple(refs), i, end, False) for refs, i, end in _kinds(tokens, gaz, busy)]
    return sorted(named + several + kinds, key=lambda a: a.start)


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


def _block(
    tokens: Tokens, gaz: Gazetteer, streets: Sequence[Mention], taken: AbstractSet[int]
) -> Location | None:
    """'in the 3500 block of Boston Street', 'the 400 block of Jefferson': where those house numbers are on
    that street; the house numbers choose among same-named streets."""
    words = tokens.words
    for k in range(1, len(words) - 1):
        if words[k] != "block" or not _BLOCK_NUMBER.match(words[k - 1]):
            continue
        i = k + 2 if words[k + 1] == "of" else k + 1
        typed = next((m for m in streets if m.start == i), None)
        if typed is not None:
            refs, end, score = gaz.same_street(typed.ref)[:6], typed.end, typed.score
        elif i not in taken:
            refs, end, exact = _bare_name(gaz, words, i)
            score = 0.9 if exact else 0.8
        else:
            continue
        low = int(words[k - 1])
        found = gaz.block(refs, low, low + 100) if refs else None
        if found is not None:
            ref, point = found
            match = Match("street", f"{low} block of {gaz.streets[ref].name}", point[0], point[1], score)
            return _location(gaz, match, tokens, k - 1, end, 0.75 * score)
    return None


def from_gazetteer(text: str, gaz: Gazetteer) -> Location | None:
    tokens = tokenize(_URL.sub(lambda m: " " * len(m.group()), text))
    mentions = [
        Mention(m.kind, m.ref, m.start, m.end, m.score * _QUALIFIED) if _qualified(tokens, m.start) else m
        for m in map(lambda m: _reading(tokens, m, gaz), gaz.find(tokens))
        if _plausible(tokens, m, gaz)
    ]
    busy = {i for m in mentions for i in range(m.start, m.end)}
    described = _described(tokens, gaz, busy)  # "near the Southeast school", "by the Catholic church"
    if described:
        one = [Mention("place", refs[0], i, end, 0.8) for refs, i, end in described if len(refs) == 1]
        mentions = sorted([*mentions, *one], key=lambda m: (m.start, -m.end))
        busy.update(k for _, i, end in described for k in range(i, end))
    streets = [m for m in mentions if m.kind == "street"]
    places = [m for m in mentions if m.kind == "place"]
    # Words of a street name are taken; a place's may still be a street without its type ("270 Saint
    # Helena" where Saint Helena is also a neighbourhood).
    taken = {i for m in streets for i in range(m.start, m.end)}
    bare = _bare_address(tokens, gaz, taken)
    if bare is not None and not streets:
        return bare
    block = _block(tokens, gaz, streets, taken)  # "the 3500 block of Boston Street"
    if block is not None:
        return block
    # "outside 2nd & Charles" where that is the name of a shop: the place, not the corner
    shop = taken | {i for m in places if m.end - m.start > 1 for i in range(m.start, m.end)}
    named = {i for m in places for i in range(m.start, m.end)}  # words of places' names
    if not streets:
        pair = _bare_pair(tokens, gaz, shop, named)
        if pair is not None:
            return pair
        # "on Jefferson by the library": a street without its type, and the place that picks the point on
        # it; with no place, the street alone ("pothole up 34th"); a place it does not pick stays the place
        anchors = _anchors(tokens, gaz, places, busy, described)
        found = _bare_street(tokens, gaz, busy, anchors, need_anchor=bool(places))
        if found is not None:
            return found
    if not mentions:
        return _place_of_kind(tokens, gaz)
    fallback: Location | None = None
    for m in streets:
        found_number = _house_number(tokens, m.start)
        if found_number is None:
            continue
        number, at = found_number
        # "7013 Baltimore St" may be on East Baltimore Street: the number decides between namesakes.
        for ref in gaz.same_street(m.ref)[:6]:
            match = gaz.address_at(ref, number, m.score)
            if match is not None:
                return _location(gaz, match, tokens, at, m.end, CONFIDENCE["address"] * m.score)
        if fallback is None:  # the street exists but not that house number
            fallback = _location(gaz, gaz.street_at(m.ref, m.score), tokens, m.start, m.end, 0.5 * m.score)
    found = _junction(tokens, streets, gaz, named) or _between(tokens, streets, gaz)
    if found is None and fallback is None:
        found = _bare_pair(tokens, gaz, shop, named)
    found = found or fallback
    if found is not None:
        return found
    if streets:
        m = streets[0]
        penalty = 0.85 if len({s.ref for s in streets}) > 1 else 1.0
        # "on Station Road by the library": the stretch of the street nearest the place (the one library
        # near that street, when there are several); "Baltimore St" may be East Baltimore Street there
        anchors = _anchors(tokens, gaz, places, busy, described)
        near = _street_near(gaz, gaz.same_street(m.ref)[:6], anchors)
        if near is not None:
            return _near_location(gaz, tokens, m.start, m.end, near, m.score * penalty)
        return _location(
            gaz,
            gaz.street_at(m.ref, m.score),
            tokens,
            m.start,
            m.end,
            CONFIDENCE["street"] * m.score * penalty,
        )
    p = places[0]
    return _location(gaz, gaz.place_at(p.ref, p.score), tokens, p.start, p.end, CONFIDENCE["place"] * p.score)


def from_postcode(text: str, gaz: Gazetteer) -> Location | None:
    """The centre of a postcode or ZIP code written in the text, when the gazetteer has it."""
    for pc in find_postcodes(_URL.sub(lambda m: " " * len(m.group()), text), bare=True):
        match = gaz.postcode(pc.code)
        if match is not None:
            confidence = CONFIDENCE["postcode" if pc.country == "gb" else "zip"]
            confidence *= 1.0 if pc.explicit else 0.9
            return Location(
                round(match.lat, 7), round(match.lon, 7), "postcode", pc.text, confidence, gaz.display(match)
            )
    return None


APART_M = 200.0  # same-named candidates closer than this are one place


def _label(gaz: Gazetteer, name: str, point: tuple[float, float], area: str, skip: str = "") -> str:
    """How a candidate is told apart from its namesakes: its area, else the nearest other named place."""
    if area:
        return f"{name}, {area}"
    near = [(dist, p.name) for dist, p in gaz.places_near(point, 1000.0) if p.name not in (name, skip)]
    dist, other = min(near, default=(float("inf"), ""))
    return f"{name} near {other}" if dist <= 1000 else f"{name} ({point[0]:.4f}, {point[1]:.4f})"


def _fixed(label: str) -> str:
    return label


def _area_label(gaz: Gazetteer, name: str, point: tuple[float, float], ref: int) -> str:
    return _label(gaz, name, point, gaz.area_near(ref, point))


def _candidates(gaz: Gazetteer, found: Location) -> list[tuple[tuple[float, float], Callable[[], str]]]:
    """Every gazetteer point `found`'s words name, each with how to label it (labels cost a search of
    nearby places, so they are made only for the candidates kept)."""
    toks = tokenize(found.text)
    words = toks.words
    out: list[tuple[tuple[float, float], Callable[[], str]]] = []
    if found.kind == "place":
        kind = words[1:] if words[:1] == ("the",) else ()
        refs = gaz.named(words, "place") or (gaz.of_kind(kind) if kind else [])
        for ref in refs[: MAX_OFFERED if not gaz.named(words, "place") else None]:
            place = gaz.places[ref]
            point = (place.lat, place.lon)
            label = f"{place.name}, {place.area}" if place.area else place.address
            out.append(
                (point, partial(_fixed, label) if label else partial(_label, gaz, place.name, point, ""))
            )
    elif found.kind == "street":
        for ref in gaz.named(words, "street"):
            name = gaz.streets[ref].name
            out.extend(
                (point, partial(_label, gaz, name, point, area)) for point, area in gaz.pieces(ref, APART_M)
            )
        if not out and words and all(_name_word(w) or w in DIRECTIONS for w in words):
            # "on Jefferson" (`_bare_street`): every road of that name, whatever its type
            refs, end, _ = _bare_name(gaz, words, 0, typos=True)
            if end == len(words):
                for ref, point, area in gaz.roads(refs, ROAD_M):
                    out.append((point, partial(_label, gaz, gaz.streets[ref].name, point, area)))
    elif found.kind == "address" and len(words) >= 2 and _HOUSE.match(words[0]):
        number, rest = toks.source(0, 1), words[1:]
        refs = gaz.named(rest, "street")
        if refs:  # "12 Mill Lane" where two areas each have a Mill Lane with a number 12
            for ref in refs:
                name = f"{number} {gaz.streets[ref].name}"
                for point in gaz.same_numbers(ref, number):
                    out.append((point, partial(_area_label, gaz, name, point, ref)))
        else:  # "12 Mill" where Mill Lane and Mill Road both have a number 12
            bare = rest[1:] if rest[0] in DIRECTIONS and len(rest) > 1 else rest
            for ref in gaz.bare_streets(bare):
                match = gaz.address_at(ref, number)
                points = gaz.same_numbers(ref, number) or ([(match.lat, match.lon)] if match else [])
                for point in points:
                    name = f"{number} {gaz.streets[ref].name}"
                    out.append((point, partial(_area_label, gaz, name, point, ref)))
    return out


def alternatives(text: str, gazetteer: Gazetteer, found: Location | None) -> tuple[Location, ...]:
    """The places `found` (from `locate`) may be when its words name several gazetteer entries equally
    well that lie more than APART_M apart: two Mill Lanes in different areas, "the church" when there
    are two, house 12 on both Mill Lane and Mill Road for "12 Mill". The one nearest `found` comes first;
    empty when the location is not ambiguous (or did not come from the gazetteer's names)."""
    if found is None or found.kind not in ("street", "place", "address") or found.text not in text:
        return ()
    here = (found.lat, found.lon)
    points: list[tuple[tuple[float, float], Callable[[], str]]] = []
    for pt, how in sorted(_candidates(gazetteer, found), key=lambda c: distance_m(here, c[0])):
        if all(distance_m(pt, k) > APART_M for k, _ in points):
            points.append((pt, how))
    if len(points) < 2:
        return ()
    kept = [
        Location(round(pt[0], 7), round(pt[1], 7), found.kind, found.text, found.confidence, how())
        for pt, how in points
    ]
    labels = [k.address for k in kept]
    return tuple(
        k if labels.count(k.address) == 1 else replace(k, address=f"{k.address} ({k.lat:.4f}, {k.lon:.4f})")
        for k in kept
    )


def locate(text: str, gazetteer: Gazetteer, point: tuple[float, float] | None = None) -> Location | None:
    """The best location for a message, or None when neither the text nor the channel gives one."""
    return (
        from_map_link(text)
        or from_coordinates(text)
        or from_channel(point)
        or from_gazetteer(text, gazetteer)
        or from_postcode(text, gazetteer)
    )
