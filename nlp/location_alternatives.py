"""The places a location's words may name when they name several far apart, each labelled so that a citizen
can tell them apart ("Mill Lane, Southfield", "the church near Central Park"): what the conversation
offers when it asks "which one?"."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial

from nlp.gazetteer import DIRECTIONS, Gazetteer, tokenize
from nlp.geo import distance_m
from nlp.location_bare import _bare_name
from nlp.location_common import _HOUSE, MAX_OFFERED, ROAD_M, _name_word
from nlp.location_junction import corner_choices
from nlp.location_letters import read_letters
from nlp.types import Location

APART_M = 200.0  # same-named candidates closer than this are one place
KINDS = ("street", "place", "address", "intersection")  # the kinds of location that may have alternatives


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
    toks = read_letters(tokenize(found.text), gaz, quoted=True)
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
    elif found.kind == "intersection":  # "4th St and E St" in several quadrants
        corners = corner_choices(gaz, found, APART_M)
        names = [f"{gaz.streets[c.a].name} & {gaz.streets[c.b].name}" for c in corners]
        for corner, name in zip(corners, names, strict=True):
            if names.count(name) == 1:  # "4th Street Northwest & E Street Northwest"
                out.append((corner.point, partial(_fixed, name)))
            else:  # "Mill Lane & Church Street, Southfield"
                out.append((corner.point, partial(_label, gaz, name, corner.point, corner.area)))
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
    are two, house 12 on both Mill Lane and Mill Road for "12 Mill", the corner "4th St and E St" where
    those streets meet in several quadrants (`corner_choices`). The one nearest `found` comes first;
    empty when the location is not ambiguous (or did not come from the gazetteer's names)."""
    if found is None or found.kind not in KINDS or found.text not in text:
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
