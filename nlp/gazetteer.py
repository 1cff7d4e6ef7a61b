"""An in-memory gazetteer of one area's streets, house addresses and named places, built from plain data.

Names are compared in a canonical form: lower case, no punctuation, street words abbreviated the same way
("Street", "St" and "Saint" all become "st"; "Road"/"Rd" become "rd"), so "12a station rd" finds
"12 Station Road". Small typos are tolerated with rapidfuzz (same first letter, one or two edits).
All indexes are built once in the constructor; lookups never do I/O.

This module is the public face: `Gazetteer` and every name other modules use are importable from here.
The work is done in:

- `nlp.gazetteer_names`: the tokenizer and canonical names (`tokenize`, `canonical`, `STREET_TYPES`...);
- `nlp.gazetteer_kinds`: kinds of places and what people call them (`place_kind`, `kind_phrase`...);
- `nlp.gazetteer_index`: the records (`Street`, `Place`, `Match`...) and the indexes with their lookups;
- `nlp.gazetteer_build`: building the indexes from plain data (`Gazetteer.from_dict`);
- `nlp.gazetteer_find`: finding names in text, typos included (`Gazetteer.find`);
- `nlp.gazetteer_streets`: where streets meet, their parts and roads (`Gazetteer.junction`, `roads`...);
- `nlp.gazetteer_nearby`: what is near a point or a street (`Gazetteer.nearest`, `places_near`...).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from nlp.gazetteer_build import build
from nlp.gazetteer_find import NameFinder
from nlp.gazetteer_index import Match, Mention, Place, Road, Street
from nlp.gazetteer_kinds import AREA_TAGS, KIND_WORDS, kind_at, kind_phrase, place_kind
from nlp.gazetteer_names import (
    DIRECTIONS,
    MINOR_HIGHWAYS,
    MINOR_TYPES,
    STOP,
    STREET_TYPES,
    Tokens,
    canonical,
    tokenize,
)
from nlp.gazetteer_nearby import Nearby
from nlp.gazetteer_streets import APART_M, MEET_LIMIT_M
from nlp.postcode import normalise as normalise_postcode

__all__ = [
    "APART_M",
    "AREA_TAGS",
    "DIRECTIONS",
    "KIND_WORDS",
    "MEET_LIMIT_M",
    "MINOR_HIGHWAYS",
    "MINOR_TYPES",
    "STOP",
    "STREET_TYPES",
    "Gazetteer",
    "Match",
    "Mention",
    "Place",
    "Road",
    "Street",
    "Tokens",
    "canonical",
    "kind_at",
    "kind_phrase",
    "place_kind",
    "tokenize",
]


@dataclass
class Gazetteer(NameFinder, Nearby):
    """Streets, addresses and places of one area. Build with `from_dict` or `empty`."""

    # ---- construction -------------------------------------------------------------------------------

    @classmethod
    def empty(cls) -> Gazetteer:
        return cls()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Gazetteer:
        """Build from JSON-shaped data: {"name", "streets": [{"name", "points": [[lat, lon], ...]}],
        "addresses": [{"number", "street", "lat", "lon"}], "places": [{"name", "aliases", "lat", "lon"}],
        streets and places may name their "area" (a district: tells same-named ones apart, and "Mill Lane,
        Southfield" picks one), streets their OSM "highway" class (an alley, a service road or a footway
        ranks below a street for a name written without its type: `MINOR_HIGHWAYS`; without it, the type
        word "Alley" does; an address's "highway" is its street's class, read for a street known only from its
        addresses), places their "kind" (an OSM tag such as "railway=station" or a word such as
        "school": see `place_kind`; then "Holborn station", "Lincoln school" and "the library" find them
        too; a neighbourhood, a village or a town, `AREA_TAGS`, is an area that picks a street),
        "intersections": [{"a", "b", "lat", "lon"}]} (optional: where two named streets share a point;
        other meetings are computed from the geometry when first needed), "postcodes": [{"code", "lat",
        "lon"}] (optional: the centre of each postcode / ZIP code)."""
        return build(cls, data)

    # ---- lookups by name ----------------------------------------------------------------------------

    def street(self, name: str) -> Match | None:
        """A street by name ("station rd", "Statoin Road"): its representative point (halfway along)."""
        m = self._resolve(name, "street")
        return self.street_at(m.ref, m.score) if m else None

    def address(self, number: str, street: str) -> Match | None:
        """A house by number and street name ("12a", "station rd"); None when either is unknown."""
        m = self._resolve(street, "street")
        return self.address_at(m.ref, number, m.score) if m else None

    def intersection(self, street_a: str, street_b: str) -> Match | None:
        """Where two named streets meet: a shared or crossing point, else their closest approach."""
        a, b = self._resolve(street_a, "street"), self._resolve(street_b, "street")
        if a is None or b is None or a.ref == b.ref:
            return None
        return self.intersection_at(a.ref, b.ref, min(a.score, b.score))

    def place(self, name: str) -> Match | None:
        """A named place or one of its aliases ("the library", "St Mary's")."""
        m = self._resolve(name, "place")
        return self.place_at(m.ref, m.score) if m else None

    def _resolve(self, name: str, kind: str) -> Mention | None:
        toks = tokenize(name)
        lead = 1 if toks.words[:1] == ("the",) else 0
        for m in self.find(toks):
            if m.kind == kind and m.start <= lead and m.end == len(toks.words):
                return m
        return None

    def _suffix(self) -> str:
        return f", {self.name}" if self.name else ""

    def display(self, match: Match) -> str:
        """A readable address for Open311's address_string: "12 Station Road, Demo Town"."""
        if match.kind == "place":
            for p in self.places:
                if p.name == match.name and p.address:
                    return p.address
        return f"{match.name}{self._suffix()}"

    def postcode(self, code: str) -> Match | None:
        """The centre of a postcode or ZIP code ("cb21tn", "21201-1234"), when the gazetteer has it."""
        norm = normalise_postcode(code)
        point = self._postcodes.get(norm)
        return None if point is None else Match("postcode", norm, point[0], point[1], 1.0)
