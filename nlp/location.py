"""Where is the problem? A cascade over the message text, the channel's point and the gazetteer.

Order: map links and coordinates in the text, then a point supplied by the channel, then gazetteer names
(house address, intersection, street, place). Returns None rather than guess: no location is better than a
wrong one.

Street names written without their type word ("on Woods", "up 34th", "corner of 3rd and E") are read in
`location_bare`, an area written with a street ("Mill Lane, Southfield") in `location_area`; what these
modules share (the words that mark a location, confidences, a place that picks the point on a street) is
in `location_common`. The cascade's other parts have modules of their own: points written in the text or
given by the channel (`location_points`), which names found in the text to believe (`location_mentions`),
places named by their kind or described (`location_kinds`), corners and stretches of two streets and
the corners two names make (`location_junction`), A Street and I Street told from the article and the
pronoun (`location_letters`) and the places a location's words may be when they name several
(`location_alternatives`). Their public names are importable from here as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace

from nlp.clutter import without_accounts
from nlp.gazetteer import DIRECTIONS, Gazetteer, Match, Mention, Tokens, tokenize
from nlp.location_alternatives import APART_M, alternatives
from nlp.location_area import area_location, areas_named
from nlp.location_bare import _bare_address, _bare_name, _bare_pair, _bare_street
from nlp.location_common import (
    _BLOCK_NUMBER,
    _HOUSE,
    _QUALIFIED,
    CONFIDENCE,
    ROAD_M,
    SEVERAL,
    _location,
    _near_location,
    _street_near,
)
from nlp.location_junction import _between, _junction, corner_choices
from nlp.location_kinds import _anchors, _described, _place_of_kind
from nlp.location_letters import read_letters
from nlp.location_mentions import _plausible, _qualified, _reading
from nlp.location_points import _URL, from_channel, from_coordinates, from_map_link, valid_point
from nlp.postcode import find_postcodes
from nlp.types import Location

__all__ = [
    "APART_M",
    "alternatives",
    "from_channel",
    "from_coordinates",
    "from_gazetteer",
    "from_map_link",
    "from_postcode",
    "locate",
    "valid_point",
]


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
    """The location the gazetteer's names in `text` give: a house, a corner, a street or a place. A corner
    whose two names meet in several places far apart ("4th St and E St" in the Northwest, the Southeast and
    the Southwest) is the one found first, trusted less (SEVERAL), and `alternatives` offers the others."""
    found = _from_names(text, gaz)
    if found is not None and found.kind == "intersection" and len(corner_choices(gaz, found, APART_M)) > 1:
        return replace(found, confidence=round(found.confidence * SEVERAL, 3))
    return found


def _from_names(text: str, gaz: Gazetteer) -> Location | None:
    # "A Street light is out": the article; "pothole on i st": I Street
    tokens = read_letters(tokenize(_URL.sub(lambda m: " " * len(m.group()), text)), gaz)
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


def locate(text: str, gazetteer: Gazetteer, point: tuple[float, float] | None = None) -> Location | None:
    """The best location for a message, or None when neither the text nor the channel gives one. Accounts
    ("@high_st_news") and e-mail addresses name no place."""
    named = without_accounts(text)
    return (
        from_map_link(text)
        or from_coordinates(named)
        or from_channel(point)
        or from_gazetteer(named, gazetteer)
        or from_postcode(named, gazetteer)
    )
