"""A street written with the area it is in ("on Spring Street in Butchers Hill", "Mill Lane, Southfield",
"on Linden in Oberlin"): when several streets share a name in different areas, or one street runs
through several, the area says which, and where on it.

An area is either one the gazetteer's data gives streets and places (their "area": "Southfield"), or a
place that is an area (a neighbourhood, a suburb, a village, a town: `nlp.gazetteer.AREA_TAGS`). The first
picks the parts of the streets in that area; the second, the road nearest the area's point, when that is
within AREA_M and clearly nearer than any other road of the name.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from nlp.gazetteer import Gazetteer, Match, Mention, Tokens, canonical
from nlp.geo import Point, distance_m, nearest_on_line
from nlp.location_common import CONFIDENCE, NEAR_KIND, ROAD_M, _capitalised, _location, _mixed_case
from nlp.types import Location

AREA_M = 1500.0  # an area's point (a neighbourhood's centre) at most this far from a street may pick it
APART_M = 200.0  # parts of a street further apart than this are told apart (as `Gazetteer.pieces`)
# Words that may come between a street and its area when they are written as one: "Linden St in Oberlin"
_AREA_JOINS = frozenset({"in", "at", "of", "the", "around", "area", "neighbourhood", "neighborhood"})


@dataclass(frozen=True)
class Area:
    """An area named in the text: tokens[start:end]; `place` is its place when it is one, else -1."""

    name: str
    start: int
    end: int
    place: int


def areas_named(
    tokens: Tokens, gaz: Gazetteer, places: Sequence[Mention], busy: AbstractSet[int]
) -> list[Area]:
    """The areas the text names: places that are areas, and the data's area names written as names
    (capitalised, in a text that uses capitals) where no other name was found (`busy`)."""
    out = [Area(gaz.places[m.ref].name, m.start, m.end, m.ref) for m in places if gaz.is_area(m.ref)]
    words = tokens.words
    mixed = _mixed_case(tokens.text)
    taken = set(busy)
    for i in range(len(words)):
        if not gaz.area_starts(words[i]):
            continue
        for n in (4, 3, 2, 1):
            if i + n > len(words) or any(k in taken for k in range(i, i + n)):
                continue
            name = gaz.area_named(words[i : i + n])
            if name and (not mixed or all(_capitalised(tokens, k) for k in range(i, i + n))):
                out.append(Area(name, i, i + n, -1))
                taken.update(range(i, i + n))
                break
    return sorted(out, key=lambda a: a.start)


def in_area(gaz: Gazetteer, refs: Sequence[int], area: Area) -> tuple[int, Point] | None:
    """The street of `refs` that `area` picks, and its point there: the middle of the one part the data
    puts in that area; else (an area that is a place) the point of the one road nearest the area's point,
    when that is within AREA_M and every other road of `refs` is at least twice as far (and 300 m more)."""
    key = canonical(area.name)
    hits = [
        (ref, pt) for ref in refs for pt, name in gaz.pieces(ref, APART_M) if name and canonical(name) == key
    ]
    if hits:
        return hits[0] if all(distance_m(hits[0][1], pt) <= ROAD_M for _, pt in hits) else None
    if area.place < 0:
        return None
    place = gaz.places[area.place]
    here = (place.lat, place.lon)
    nearest: list[tuple[float, int, Point]] = []
    for road in gaz.road_list(refs, ROAD_M):
        found = [(nearest_on_line(gaz.streets[ref].lines[j], here), ref) for ref, j in road.lines]
        (point, dist), ref = min(found, key=lambda f: f[0][1])
        nearest.append((dist, ref, point))
    nearest.sort()
    if not nearest or nearest[0][0] > AREA_M:
        return None
    if len(nearest) > 1 and nearest[1][0] <= max(2 * nearest[0][0], nearest[0][0] + 300.0):
        return None
    return nearest[0][1], nearest[0][2]


def area_location(
    gaz: Gazetteer,
    tokens: Tokens,
    refs: Sequence[int],
    areas: Sequence[Area],
    start: int,
    end: int,
    score: float,
) -> Location | None:
    """The street of `refs` (written at tokens[start:end]) in the first of `areas` that picks one, named
    with its area ("Linden Street, Oberlin"), street-level; None when no area picks one."""
    for area in areas:
        if area.start < end and start < area.end:
            continue
        picked = in_area(gaz, refs, area)
        if picked is None:
            continue
        ref, point = picked
        match = Match(NEAR_KIND, f"{gaz.streets[ref].name}, {area.name}", point[0], point[1], score)
        a, b = (end, area.start) if area.start >= end else (area.end, start)
        joined = b - a <= 3 and all(w in _AREA_JOINS for w in tokens.words[a:b])
        span = (min(start, area.start), max(end, area.end)) if joined else (start, end)
        return _location(gaz, match, tokens, span[0], span[1], CONFIDENCE["street"] * score)
    return None
