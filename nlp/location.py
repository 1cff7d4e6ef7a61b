"""Where is the problem? A cascade over the message text, the channel's point and the gazetteer.

Order: map links and coordinates in the text, then a point supplied by the channel, then gazetteer names
(house address, intersection, street, place). Returns None rather than guess: no location is better than a
wrong one.

Street names written without their type word ("on Woods", "up 34th", "corner of 3rd and E") are read in
`location_bare`, an area written with a street ("Mill Lane, Southfield") in `location_area`; what these
modules share (the words that mark a location, confidences, a place that picks the point on a street) is
in `location_common`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from functools import partial
from urllib.parse import unquote

from nlp.gazetteer import (
    DIRECTIONS,
    STOP,
    Gazetteer,
    Match,
    Mention,
    Tokens,
    kind_at,
    kind_phrase,
    tokenize,
)
from nlp.geo import distance_m
from nlp.location_area import area_location, areas_named
from nlp.location_bare import (
    _bare_address,
    _bare_junction,
    _bare_name,
    _bare_pair,
    _bare_street,
)
from nlp.location_common import (
    _ALONG,
    _AT_PLACE,
    _BESIDE,
    _BLOCK_NUMBER,
    _CONNECTORS,
    _DESCRIBED_CUES,
    _FILLERS,
    _HOUSE,
    _JUNCTION_WORDS,
    _KIND_CUES,
    _NEAR,
    _NOT_AFTER,
    _NOT_AFTER_KIND,
    _QUALIFIED,
    CONFIDENCE,
    MAX_OFFERED,
    ROAD_M,
    _Anchor,
    _capitalised,
    _location,
    _mixed_case,
    _name_word,
    _near_location,
    _other_quadrant,
    _street_near,
)
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


def _plausible(tokens: Tokens, m: Mention, gaz: Gazetteer) -> bool:
    """A one-word place name must be written with a capital in a text that uses capitals: "the giant oak"
    is not the Giant supermarket, "3 spots" is not a building called "3"."""
    if m.kind == "street" and _other_quadrant(tokens, m.start, m.end, gaz, m.ref):
        return False  # "E St SE" where only E Street NW is known
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


def _street_match(gaz: Gazetteer, tokens: Tokens, m: Mention) -> Match:
    """The point of street `m`, named with its type: the street's own; but a name written without the
    direction that only streets with one have ("Paxtang Avenue" for North and South Paxtang Avenue) means
    the road they make, not whichever was listed first: the middle of its longest part (of the longest
    such road when they are far apart, and `alternatives` offers the others)."""
    words = tokens.words[m.start : m.end]
    refs = gaz.named(words, "street") if m.score == 1.0 else []
    if len(refs) > 1 and all(gaz.key(r) != words for r in refs):
        road = gaz.road_list(refs, ROAD_M)[0]
        return Match("street", gaz.streets[road.ref].name, road.point[0], road.point[1], m.score)
    return gaz.street_at(m.ref, m.score)


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
    areas = areas_named(tokens, gaz, places, busy)  # "in Fells Point", "Mill Lane, Southfield"
    if not streets:
        pair = _bare_pair(tokens, gaz, shop, named)
        if pair is not None:
            return pair
        # "on Jefferson by the library": a street without its type, and the place that picks the point on
        # it; with no place, the street alone ("pothole up 34th"); a place it does not pick stays the place
        anchors = _anchors(tokens, gaz, places, busy, described)
        found = _bare_street(tokens, gaz, busy, anchors, need_anchor=bool(places), areas=areas)
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
            fallback = _location(gaz, _street_match(gaz, tokens, m), tokens, m.start, m.end, 0.5 * m.score)
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
        # near that place: "Baltimore St" may be East Baltimore Street there, but "North Highland Ave"
        # is not South Highland Avenue
        anchors = _anchors(tokens, gaz, places, busy, described)
        refs = [m.ref] if tokens.words[m.start] in DIRECTIONS else gaz.same_street(m.ref)[:6]
        near = _street_near(gaz, refs, anchors)
        if near is not None:
            return _near_location(gaz, tokens, m.start, m.end, near, m.score * penalty)
        # "Mill Lane, Southfield", "on Linden Street in Oberlin": the one in that area, and where (the
        # street so named when the area has it, else one of that name with a direction)
        in_area = area_location(gaz, tokens, [m.ref], areas, m.start, m.end, m.score * penalty)
        if in_area is None and len(refs) > 1:
            in_area = area_location(gaz, tokens, refs, areas, m.start, m.end, m.score * penalty)
        if in_area is not None:
            return in_area
        return _location(
            gaz,
            _street_match(gaz, tokens, m),
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
