"""Corners and stretches of two streets written with their type words: "Mill Lane and High Street",
"Elm St near Oak Ave", "the junction of X with Y" (a corner), "High Street between Mill Lane and Church
Street" (a stretch); a corner with a street written without its type is `location_bare`'s. And the corners
a corner's two names make (`corner_choices`): "4th St and E St" where 4th Street and E Street meet in the
Northwest, the Southeast and the Southwest is any of the three."""

from __future__ import annotations

import math
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from nlp.gazetteer import Gazetteer, Match, Mention, Tokens, tokenize
from nlp.gazetteer_names import quadrant
from nlp.geo import Point, closest_approach, distance_m
from nlp.location_bare import _bare_junction, _bare_name, _weak_name
from nlp.location_common import (
    _BARE_LINKS,
    _CONNECTORS,
    _FILLERS,
    _JUNCTION_WORDS,
    _NEAR,
    _NEAR_LINKS,
    CONFIDENCE,
    MEET_M,
    _location,
)
from nlp.location_letters import read_letters
from nlp.types import Location

# The words that join a corner's two names: "4th St and E St", "Gough St near Bond", "17th & Kansas Ave"
_LINKS = _CONNECTORS | _NEAR | _BARE_LINKS | _NEAR_LINKS


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


@dataclass(frozen=True)
class Corner:
    """A corner two written names may be: where streets `a` and `b` meet, and its area ("" unknown)."""

    point: Point
    a: int
    b: int
    area: str


def corner_choices(gaz: Gazetteer, found: Location, apart_m: float) -> list[Corner]:
    """Every corner the two names of corner `found` make, the one `found` is at first and then by distance
    from it, corners less than `apart_m` apart counted once: "4th St and E St" where 4th Street and E Street
    meet in several quadrants is any of those corners, and so is "Mill Lane and Church Street" where two
    areas each have both. Each name stands for the streets it names equally well (`_sides`); two of them
    make a corner where they really meet (within MEET_M), once in each area the data gives their parts
    (a crescent meeting a road at both ends, in one area, is one corner: the one found). Empty when the
    names make no corner at `found` (a near miss, or a name read another way)."""
    if found.kind != "intersection":
        return []
    left, right = _sides(gaz, read_letters(tokenize(found.text), gaz, quoted=True))
    here = (found.lat, found.lon)
    met: list[tuple[float, Corner]] = []
    for a in left[:6]:
        for b in right[:6]:
            point, gap = gaz.meeting(a, b) if a != b else (here, MEET_M + 1)
            if gap <= MEET_M:
                met.extend((distance_m(here, c.point), c) for c in _in_areas(gaz, a, b, point))
    out: list[Corner] = []
    for _, corner in sorted(met, key=lambda m: m[0]):
        if all(distance_m(corner.point, other.point) > apart_m for other in out):
            out.append(corner)
    return out if out and distance_m(here, out[0].point) <= apart_m else []


def _in_areas(gaz: Gazetteer, a: int, b: int, point: Point) -> list[Corner]:
    """Where streets `a` and `b` (which meet at `point`) meet in each area the data gives their parts, the
    place nearest `point` in each: a street name shared by several areas is one street with parts in each.
    Just `point` when the data gives no areas."""
    sa, sb = gaz.streets[a], gaz.streets[b]
    areas_a = sa.areas if len(sa.areas) == len(sa.lines) else ("",) * len(sa.lines)
    areas_b = sb.areas if len(sb.areas) == len(sb.lines) else ("",) * len(sb.lines)
    if not any(areas_a) or not any(areas_b):
        return [Corner(point, a, b, gaz.area_near(a, point) or gaz.area_near(b, point))]
    by_area: dict[str, tuple[float, Point]] = {}
    for line_a, area_a in zip(sa.lines, areas_a, strict=True):
        for line_b, area_b in zip(sb.lines, areas_b, strict=True):
            meet, gap = closest_approach(line_a, line_b, within=MEET_M)
            area = area_a or area_b
            if gap <= MEET_M and distance_m(meet, point) < by_area.get(area, (math.inf, point))[0]:
                by_area[area] = (distance_m(meet, point), meet)
    return [Corner(p, a, b, area) for area, (_, p) in by_area.items()] or [Corner(point, a, b, "")]


def _sides(gaz: Gazetteer, tokens: Tokens) -> tuple[list[int], list[int]]:
    """The streets each of a corner's two names (`tokens`: the corner as written) stands for: a name with
    its type, every street so named ("4th St": 4th Street NW, SE and SW; "4th St SE" only the one); a name
    without it, every street of that name (`_bare_name`) or of that letter ("E": `_weak_name`)."""
    words = tokens.words
    streets = [m for m in gaz.find(tokens) if m.kind == "street"]
    if len(streets) >= 2 and streets[0].end <= streets[-1].start:
        return _named(gaz, tokens, streets[0]), _named(gaz, tokens, streets[-1])
    inside = {i for m in streets for i in range(m.start, m.end)}
    link = next((k for k in range(1, len(words) - 1) if words[k] in _LINKS and k not in inside), 0)
    if not link:
        return [], []
    return _side(gaz, tokens, streets, 0, link), _side(gaz, tokens, streets, link + 1, len(words))


def _named(gaz: Gazetteer, tokens: Tokens, m: Mention) -> list[int]:
    """The streets a name written with its type stands for: every street so named; for a misspelt name,
    the streets that differ from the one found only by a direction, in the quadrant written if any."""
    written = tokens.words[m.start : m.end]
    named = gaz.named(written, "street")
    if named:
        return named
    q = quadrant(written)
    return [r for r in gaz.same_street(m.ref) if not q or quadrant(gaz.key(r)) == q]


def _side(gaz: Gazetteer, tokens: Tokens, streets: Sequence[Mention], start: int, end: int) -> list[int]:
    """The streets tokens[start:end], one side of a corner, stands for."""
    typed = next((m for m in streets if (m.start, m.end) == (start, end)), None)
    if typed is not None:
        return _named(gaz, tokens, typed)
    refs, stop, _ = _bare_name(gaz, tokens.words, start, typos=True)
    if refs and stop == end:
        return refs
    refs, stop = _weak_name(tokens, gaz, start)
    return refs if stop == end else []
