"""Building a gazetteer's indexes from plain data: the work of `Gazetteer.from_dict`.

Streets are merged by canonical name (their pieces kept apart, each with its area), a street known only
from its addresses is drawn through them in house-number order, and every name, alias and what people
call a place (`nlp.gazetteer_kinds.spoken_names`) becomes a phrase that `find` looks for. The indexes are
those of `nlp.gazetteer_index.GazetteerIndex`; the data's shape is described in `Gazetteer.from_dict`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from nlp.gazetteer_index import GazetteerIndex, Place, Street
from nlp.gazetteer_kinds import AREA_TAGS, KIND_WORDS, descriptions, place_kind, spoken_names
from nlp.gazetteer_names import (
    ARTICLE_LETTERS,
    DIRECTIONS,
    MINOR_HIGHWAYS,
    MINOR_TYPES,
    STOP,
    STREET_TYPES,
    canonical,
    is_letter,
    letter_twin,
    quadrant,
    without_quadrant,
)
from nlp.geo import Point, along, distance_m, length_m
from nlp.postcode import normalise as normalise_postcode

G = TypeVar("G", bound=GazetteerIndex)

_ORDINAL = re.compile(r"^\d{1,3}(?:st|nd|rd|th)$")


def build(cls: type[G], data: Mapping[str, Any]) -> G:
    """A gazetteer of class `cls` with every index built from `data` (see `Gazetteer.from_dict`)."""
    raw_streets: dict[tuple[str, ...], tuple[str, list[tuple[Point, ...]]]] = {}
    raw_areas: dict[tuple[str, ...], list[str]] = {}
    raw_minor: dict[tuple[str, ...], list[bool]] = {}  # whether each entry is an alley, a footway...
    for s in data.get("streets", ()):
        pts = _points(s.get("points", ()))
        if pts:
            key = canonical(s["name"])
            raw_streets.setdefault(key, (s["name"], []))[1].append(pts)
            raw_areas.setdefault(key, []).append(str(s.get("area", "")))
            highway = str(s.get("highway", "")).strip().lower()
            # minor by its OSM class, or by its name: OSM tags stretches of many "X Alley"s residential
            alley = highway in MINOR_HIGHWAYS or (bool(key) and without_quadrant(key)[-1] in MINOR_TYPES)
            raw_minor.setdefault(key, []).append(alley)
    by_street: dict[tuple[str, ...], list[tuple[str, Point]]] = {}
    addr_minor: dict[tuple[str, ...], list[bool]] = {}  # the same, from addresses that give a class
    for a in data.get("addresses", ()):
        key = canonical(a["street"])
        by_street.setdefault(key, []).append(
            (str(a["number"]).strip().lower(), (float(a["lat"]), float(a["lon"])))
        )
        highway = str(a.get("highway", "")).strip().lower()
        if highway:
            addr_minor.setdefault(key, []).append(highway in MINOR_HIGHWAYS)
        if key not in raw_streets:
            raw_streets[key] = (a["street"], [])
    streets: list[Street] = []
    street_ids: dict[tuple[str, ...], int] = {}
    for key, (name, lines) in raw_streets.items():
        if not lines:  # a street known only from its addresses: use them, in house-number order
            ordered = sorted(by_street.get(key, []), key=lambda np: _house_sort(np[0]))
            lines = [tuple(p for _, p in ordered)]
        street_ids[key] = len(streets)
        longest = max(lines, key=length_m)
        areas = tuple(raw_areas.get(key, ())) if key in raw_areas else ("",) * len(lines)
        streets.append(Street(name, tuple(lines), along(longest, 0.5), areas))
    # a street is minor when every entry of it is (one known only from its addresses: by their class
    # when they give one, else by its type)
    minor = {
        sid
        for key, sid in street_ids.items()
        if all(
            raw_minor.get(key)
            or addr_minor.get(key)
            or [bool(key) and without_quadrant(key)[-1] in MINOR_TYPES]
        )
    }
    addresses = {(street_ids[key], num): p for key, items in by_street.items() for num, p in items}
    same_numbers: dict[tuple[int, str], list[Point]] = {}
    for key, items in by_street.items():
        for num, p in items:
            seen = same_numbers.setdefault((street_ids[key], num), [])
            if all(distance_m(p, q) > 200 for q in seen):
                seen.append(p)
    places: list[Place] = []
    place_phrases: list[tuple[tuple[str, ...], int]] = []
    spoken: list[tuple[tuple[str, ...], int]] = []
    generic: dict[tuple[str, ...], list[int]] = {}
    described: dict[tuple[str, tuple[str, ...]], list[int]] = {}
    described_whole: dict[tuple[str, tuple[str, ...]], list[int]] = {}
    area_places: set[int] = set()
    for p in data.get("places", ()):
        idx = len(places)
        raw_kind = str(p.get("kind", "")).strip().lower()
        if raw_kind.split(";")[0] in AREA_TAGS:
            area_places.add(idx)
        kind = place_kind(raw_kind, p["name"])
        places.append(
            Place(p["name"], float(p["lat"]), float(p["lon"]), p.get("address", ""), p.get("area", ""), kind)
        )
        for alias in [p["name"], *p.get("aliases", ())]:
            toks = canonical(alias)
            place_phrases.append((toks, idx))
            if toks[:1] == ("the",) and alias == p["name"] and len(toks) > 1:
                place_phrases.append((toks[1:], idx))
        if kind:
            spoken.extend((toks, idx) for toks in spoken_names(p["name"], kind))
            for words in KIND_WORDS[kind]:
                generic.setdefault(canonical(words), []).append(idx)
            for key, whole in descriptions(p["name"], kind).items():
                described.setdefault((kind, key), []).append(idx)
                if whole:
                    described_whole.setdefault((kind, key), []).append(idx)
    gaz = cls(
        name=str(data.get("name", "")), streets=tuple(streets), places=tuple(places), _addresses=addresses
    )
    gaz._same_numbers = {k: v for k, v in same_numbers.items() if len(v) > 1}
    gaz._minor, gaz._area_places = minor, area_places
    for area in [a for s in streets for a in s.areas] + [p.area for p in places]:
        if area and canonical(area):
            gaz._area_names.setdefault(canonical(area), area)
            gaz._area_first.add(canonical(area)[0])
    gaz._generic = generic
    gaz._described, gaz._described_whole = described, described_whole
    _index(gaz, street_ids, place_phrases)
    for toks, pid in spoken:  # after every name and alias given, which they never displace
        if toks and (toks not in gaz._phrases or toks in gaz._spoken):
            _add_phrase(gaz, toks, "place", pid)
            gaz._spoken.add(toks)
    for pc in data.get("postcodes", ()):
        gaz._postcodes[normalise_postcode(str(pc["code"]))] = (float(pc["lat"]), float(pc["lon"]))
    for x in data.get("intersections", ()):  # precomputed where streets share a node
        ids = street_ids.get(canonical(x["a"])), street_ids.get(canonical(x["b"]))
        if ids[0] is not None and ids[1] is not None and ids[0] != ids[1]:
            pair = (min(ids[0], ids[1]), max(ids[0], ids[1]))
            gaz._meets.setdefault(pair, ((float(x["lat"]), float(x["lon"])), 0.0))
    return gaz


def _index(
    gaz: GazetteerIndex,
    street_ids: Mapping[tuple[str, ...], int],
    place_phrases: Sequence[tuple[tuple[str, ...], int]],
) -> None:
    gaz._keys = [()] * len(street_ids)
    for key, sid in street_ids.items():
        gaz._keys[sid] = key
        if all(
            k in DIRECTIONS or k in STOP or k in STREET_TYPES or is_letter(k) or k in ARTICLE_LETTERS
            for k in key
        ):
            if len(key) < 2 or key[0] in STOP or all(k in DIRECTIONS for k in key):
                continue  # "East", "SW", "The Street": not a name that can be found in text
            # "Garden Drive", "Grove Road", "North Street", "E Street": found, but only written as a name
            gaz._weak.add(sid)
        _add_phrase(gaz, key, "street", sid)
    for key, sid in street_ids.items():
        # "E St" for East Street where no E Street is, "East St" for E Street where no East Street is
        twin = _letter_twin(key)
        if twin and key in gaz._phrases and twin not in gaz._phrases:
            _add_phrase(gaz, twin, "street", sid)
    _unquadranted(gaz, street_ids)
    for key, sid in street_ids.items():
        # US style "SE Washington St": also known as "Washington St" (after every exact name, so
        # "Nyes Road" is Nyes Road itself when there is also a South Nyes Road); "SE Washington St NW" also
        # as "Washington St NW" and "Washington St".
        if key not in gaz._phrases:
            continue
        typed = without_quadrant(key)
        if len(typed) > 2 and typed[0] in DIRECTIONS:
            _add_phrase(gaz, key[1:], "street", sid)
            _add_phrase(gaz, typed[1:], "street", sid)
        if len(typed) >= 2 and typed[-1] in STREET_TYPES and sid not in gaz._weak:
            bare = tuple(k for k in typed[:-1] if k not in DIRECTIONS) or typed[:-1]
            gaz._bare.setdefault(bare, []).append(sid)
            core = " ".join(bare)
            cores, refs = gaz._cores.setdefault(typed[-1], ([], []))
            cores.append(core)
            refs.append(sid)
            if len(bare) == 1 and 4 <= len(core) <= 5:
                gaz._short_cores.setdefault(typed[-1], {}).setdefault(core, sid)
            gaz._name_words.update(core.split())
    numbered: dict[str, int] = {}
    for bare, refs in gaz._bare.items():
        if len(bare) == 1 and len(bare[0]) >= 6 and bare[0].isalpha():
            gaz._typo_cores.setdefault(bare[0][0], []).append(bare[0])
        if len(bare) == 1 and _ORDINAL.match(bare[0]):
            for ref in refs:
                typ = without_quadrant(gaz._keys[ref])[-1]
                numbered[typ] = numbered.get(typ, 0) + 1
    gaz._numbered_type = max(sorted(numbered), key=lambda typ: numbered[typ], default="")
    for key, sid in street_ids.items():
        # "E Street", "East Circle Drive", "A Lane": a letter or a type word as the whole name
        key = without_quadrant(key)
        words = [k for k in key[:-1] if k not in DIRECTIONS] or list(key[:-1])
        if (
            len(key) >= 2
            and key[-1] in STREET_TYPES
            and len(words) == 1
            and words[0] != "the"
            and (sid in gaz._weak or len(words[0]) == 1 and words[0].isalpha())
        ):  # "E" for E Street, "e" for East Street: `nlp.location_bare` tries the one the text wrote first
            # "a" for A Street: a text writes the letter alone ("3rd and A") as the article
            word = words[0].lower() if words[0] in ARTICLE_LETTERS else words[0]
            gaz._weak_bare.setdefault((word,), []).append(sid)
    for toks, pid in place_phrases:
        _add_phrase(gaz, toks, "place", pid)
        core = " ".join(toks[1:] if toks[:1] == ("the",) else toks)
        if len(core) >= 6:
            gaz._fuzzy_places[0].append(core)
            gaz._fuzzy_places[1].append(pid)
            bucket = gaz._place_buckets.setdefault((core[:1], len(core.split(" "))), ([], []))
            bucket[0].append(core)
            bucket[1].append(pid)
            gaz._name_words.update(core.split())


def _unquadranted(gaz: GazetteerIndex, street_ids: Mapping[tuple[str, ...], int]) -> None:
    """Streets named with a quadrant ("Pennsylvania Avenue NW", "E Street SE") are also found without it
    ("Pennsylvania Ave", "E St"), after every name written in full: Pennsylvania Avenue NW and SE are then
    namesakes, told apart as same-named streets are (the longest road, `alternatives` offers the others),
    and a street named without a quadrant comes first for its own name. Then the letter's twin, as
    `_index` gives one to lettered streets ("East St" for E Street NW where no East Street is)."""
    short = [(without_quadrant(key), sid) for key, sid in street_ids.items() if quadrant(key)]
    for toks, sid in short:
        if gaz._keys[sid] in gaz._phrases:
            _add_phrase(gaz, toks, "street", sid)
    for toks, sid in short:
        twin = _letter_twin(toks)
        if twin and toks in gaz._phrases and twin not in gaz._phrases:
            _add_phrase(gaz, twin, "street", sid)


def _letter_twin(key: tuple[str, ...]) -> tuple[str, ...]:
    """The name of a lettered street ("E", "st") read as a compass street's ("e", "st"), or the reverse;
    () when `key` is neither."""
    for i, k in enumerate(key):
        if is_letter(k):
            return (*key[:i], letter_twin(k), *key[i + 1 :])
    if len(key) >= 2 and letter_twin(key[0]):
        twin = canonical(" ".join((letter_twin(key[0]).lower(), *key[1:])))
        return twin if twin[0] != key[0] else ()
    return ()


def _add_phrase(gaz: GazetteerIndex, toks: tuple[str, ...], kind: str, ref: int) -> None:
    if not toks:
        return
    refs = gaz._phrases.setdefault(toks, [])
    if (kind, ref) not in refs:
        refs.append((kind, ref))
    gaz._max_phrase = max(gaz._max_phrase, len(toks))
    gaz._first_words.add(toks[0])


def _points(raw: Any) -> tuple[Point, ...]:
    return tuple((float(p[0]), float(p[1])) for p in raw)


def _house_sort(number: str) -> tuple[int, str]:
    digits = "".join(ch for ch in number if ch.isdigit())
    return (int(digits) if digits else 0, number)
