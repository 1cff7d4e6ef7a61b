"""The gazetteer's records and indexes: what `Gazetteer.from_dict` builds (`nlp.gazetteer_build`), and the
answers read straight from them.

`Street`, `Road`, `Place` are the data; `Mention` is a name found in a text and `Match` a resolved
location. `GazetteerIndex` holds every index (by canonical name, by bare name, by kind of place...) and the
caches filled on first use, with the lookups that need nothing but them: a match for a street, house or
place by reference, a street's namesakes and type, the places of a kind. Geometry is in
`nlp.gazetteer_streets`, finding names in text in `nlp.gazetteer_find`, proximity in `nlp.gazetteer_nearby`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from nlp.gazetteer_names import DIRECTIONS, STREET_TYPES, canonical, without_quadrant
from nlp.geo import Point


@dataclass(frozen=True)
class Mention:
    """A street or place named in a text: tokens[start:end], with 1.0 for an exact match, less for a typo."""

    kind: str  # street | place
    ref: int
    start: int
    end: int
    score: float


@dataclass(frozen=True)
class Match:
    """A resolved location: what was found, where, and how exact the match is (1.0 = exact)."""

    kind: str  # address | street | intersection | place
    name: str  # display name: "12 Station Road", "Mill Lane & High Street", "Demo Town Library"
    lat: float
    lon: float
    score: float


@dataclass(frozen=True)
class Street:
    name: str
    lines: tuple[tuple[Point, ...], ...]  # one polyline per piece (entries with the same name are merged)
    point: Point  # representative point: halfway along the longest piece
    areas: tuple[str, ...] = ()  # the area (district, suburb) of each piece, "" unknown; may be empty


@dataclass(frozen=True)
class Road:
    """Streets of one name (with any type or direction) whose parts come close enough to be one road."""

    ref: int  # the street of its longest part
    point: Point  # that part's representative point
    area: str  # that part's area ("" unknown)
    refs: tuple[int, ...]  # every street with a part in the road
    length: float  # metres, all its parts
    lines: tuple[tuple[int, int], ...] = ()  # its lines: (street, index of the line in the street's lines)


@dataclass(frozen=True)
class Place:
    name: str
    lat: float
    lon: float
    address: str = ""
    area: str = ""
    kind: str = ""  # station | school | park | hospital | library | church | ... ("" unknown): `place_kind`


@dataclass
class GazetteerIndex:
    """The indexes of one area's streets, addresses and places (see `nlp.gazetteer.Gazetteer`)."""

    name: str = ""
    streets: tuple[Street, ...] = ()
    places: tuple[Place, ...] = ()
    _addresses: dict[tuple[int, str], Point] = field(default_factory=dict, repr=False)
    # (street, number) written more than once far apart (same-named streets in two areas): every point
    _same_numbers: dict[tuple[int, str], list[Point]] = field(default_factory=dict, repr=False)
    _phrases: dict[tuple[str, ...], list[tuple[str, int]]] = field(default_factory=dict, repr=False)
    _max_phrase: int = 0
    _first_words: set[str] = field(default_factory=set, repr=False)  # words that can start a name
    _cores: dict[str, tuple[list[str], list[int]]] = field(default_factory=dict, repr=False)
    _fuzzy_places: tuple[list[str], list[int]] = field(default_factory=lambda: ([], []), repr=False)
    _place_buckets: dict[tuple[str, int], tuple[list[str], list[int]]] = field(
        default_factory=dict, repr=False
    )  # (first letter, number of words) -> fuzzy place names and their places
    _meets: dict[tuple[int, int], tuple[Point, float]] = field(default_factory=dict, repr=False)
    _pieces: dict[tuple[int, float], list[tuple[Point, str]]] = field(default_factory=dict, repr=False)
    _name_words: set[str] = field(default_factory=set, repr=False)  # words of fuzzily matchable names
    _bare: dict[tuple[str, ...], list[int]] = field(default_factory=dict, repr=False)  # "17th" -> streets
    _postcodes: dict[str, Point] = field(default_factory=dict, repr=False)  # normalised code -> centre
    _keys: list[tuple[str, ...]] = field(default_factory=list, repr=False)  # canonical name of each street
    _weak: set[int] = field(default_factory=set, repr=False)  # streets named only by type words
    # street type -> short one-word names ("kign" is no name, "king" is): for swapped-letter typos
    _short_cores: dict[str, dict[str, int]] = field(default_factory=dict, repr=False)
    _grid: dict[tuple[int, int], list[tuple[str, int, str]]] | None = field(default=None, repr=False)
    # what people call a place besides its name ("holborn station" for the station "Holborn"), and the
    # places of each kind by the kind's words ("library" -> every library): from the places' kinds
    _spoken: set[tuple[str, ...]] = field(default_factory=set, repr=False)
    _roads: dict[tuple[tuple[int, ...], float], list[Road]] = field(default_factory=dict, repr=False)
    _minor: set[int] = field(default_factory=set, repr=False)  # alleys, service roads, footways
    # streets named only by a letter or a type word, by that word ("e" for E Street and East E Street,
    # "cir" for Circle Drive): found without their type only at a corner (`weak_bare`)
    _weak_bare: dict[tuple[str, ...], list[int]] = field(default_factory=dict, repr=False)
    _numbered_type: str = ""  # the type most numbered streets have ("st": "3rd" is most likely 3rd Street)
    _area_places: set[int] = field(default_factory=set, repr=False)  # places that are areas: AREA_TAGS
    # canonical area names (the data's "area" of streets and places) -> the area as written
    _area_names: dict[tuple[str, ...], str] = field(default_factory=dict, repr=False)
    _area_first: set[str] = field(default_factory=set, repr=False)  # the first words of those names
    _place_cells: dict[tuple[int, int], list[int]] | None = field(default=None, repr=False)
    _typo_cores: dict[str, list[str]] = field(default_factory=dict, repr=False)  # first letter -> names
    _generic: dict[tuple[str, ...], list[int]] = field(default_factory=dict, repr=False)
    # (kind, describing words) -> the places of that kind those words fit, and those they name entirely
    _described: dict[tuple[str, tuple[str, ...]], list[int]] = field(default_factory=dict, repr=False)
    _described_whole: dict[tuple[str, tuple[str, ...]], list[int]] = field(default_factory=dict, repr=False)
    _boxes: dict[int, tuple[float, float, float, float]] = field(default_factory=dict, repr=False)
    # street -> its house numbers (the number part) and points, by number: `block`
    _numbers: dict[int, list[tuple[int, Point]]] | None = field(default=None, repr=False)

    def street_at(self, ref: int, score: float = 1.0) -> Match:
        s = self.streets[ref]
        return Match("street", s.name, s.point[0], s.point[1], score)

    def address_at(self, ref: int, number: str, score: float = 1.0) -> Match | None:
        num = number.strip().lower()
        point, exact = self._addresses.get((ref, num)), 1.0
        if point is None and num[-1:].isalpha():  # "12a" is next door to "12"
            point, exact = self._addresses.get((ref, num.rstrip("abcdefghijklmnopqrstuvwxyz"))), 0.95
        if point is None:
            return None
        return Match(
            "address", f"{number.strip()} {self.streets[ref].name}", point[0], point[1], score * exact
        )

    def place_at(self, ref: int, score: float = 1.0) -> Match:
        p = self.places[ref]
        return Match("place", p.name, p.lat, p.lon, score)

    def namesakes(self, ref: int) -> list[int]:
        """`ref` and the streets with the same name but another direction, quadrant or type: N and S
        Collington Ave, Pennsylvania Ave NW and SE."""
        key = without_quadrant(canonical(self.streets[ref].name))
        bare = (
            tuple(k for k in key[:-1] if k not in DIRECTIONS) if key[-1:] and key[-1] in STREET_TYPES else ()
        )
        same = self._bare.get(bare, []) if bare else []
        if ref not in same:  # "East Circle Drive" and "Circle Drive", "E Street" and "E Avenue"
            same = next((refs for refs in self._weak_bare.values() if ref in refs), same)
        return [ref, *(r for r in same if r != ref)]

    def bare_streets(self, words: Sequence[str], direction: str = "") -> list[int]:
        """Streets whose name without type and direction is `words`: ("17th",) -> SW 17th St, SE 17th St.
        With a `direction` ("n"), only the streets named with it, when there are any."""
        refs = list(self._bare.get(tuple(words), ()))
        if direction:
            same = [r for r in refs if direction in self._keys[r]]
            return same or refs
        return refs

    def minor(self, ref: int) -> bool:
        """Street `ref` is an alley, a service road or a footway (by its OSM highway class when the data
        gives it, else by its type word: "3rd Alley"), which a bare name means only when no street has it."""
        return ref in self._minor

    def street_type(self, ref: int) -> str:
        """The canonical type word of street `ref`'s name ("st", "ave"), "" when it has none."""
        key = without_quadrant(self._keys[ref]) if ref < len(self._keys) else ()
        return key[-1] if key and key[-1] in STREET_TYPES else ""

    def numbered_type(self) -> str:
        """The type most numbered streets here have ("st" when most are 3rd Street, 4th Street...)."""
        return self._numbered_type

    def weak_bare(self, word: str, direction: str = "") -> list[int]:
        """Streets named only by `word` and a type, where `word` is a letter or itself a type word ("e"
        for E Street, "cir" for Circle Drive and East Circle Drive): such a word is a street only at a
        corner with a street that it meets. With a `direction`, those named with it when there are any."""
        refs = list(self._weak_bare.get((word,), ()))
        if direction:
            same = [r for r in refs if direction in without_quadrant(self._keys[r])[:-1]]
            return same or refs
        return refs

    def is_area(self, pid: int) -> bool:
        """Place `pid` is an area (a neighbourhood, a suburb, a village, a town: `AREA_TAGS`)."""
        return pid in self._area_places

    def area_named(self, words: Sequence[str]) -> str:
        """The area (a street's or a place's "area" in the data) whose name is `words` (canonical
        tokens), as the data writes it; "" when none is."""
        return self._area_names.get(tuple(words), "") if words and words[0] in self._area_first else ""

    def area_starts(self, word: str) -> bool:
        """Some area's name (see `area_named`) begins with `word`."""
        return word in self._area_first

    def key(self, ref: int) -> tuple[str, ...]:
        """The canonical name of street `ref` ("north 3rd street" -> ("n", "3rd", "st"))."""
        return self._keys[ref] if ref < len(self._keys) else ()

    def directed(self, ref: int) -> bool:
        """Street `ref`'s name has a direction word ("North 34th Street", "SE Washington St")."""
        return ref < len(self._keys) and any(k in DIRECTIONS for k in self._keys[ref])

    def weak(self, ref: int) -> bool:
        """A street named only by direction and type words ("North Street", "Garden Drive"): such a name
        reads as ordinary words unless it is written as a name."""
        return ref in self._weak

    def same_street(self, ref: int) -> list[int]:
        """`ref` and the streets whose name differs from it only by direction words: East and West
        Baltimore Street (not Baltimore Avenue), Pennsylvania Avenue NW and SE."""
        key = self._keys[ref] if ref < len(self._keys) else ()
        plain = tuple(k for k in key if k not in DIRECTIONS)
        typ = self.street_type(ref)
        if len(plain) < 2 or plain[-1] not in STREET_TYPES or not typ:
            return [ref]
        return [ref, *(r for r in self._bare.get(plain[:-1], ()) if r != ref and self.street_type(r) == typ)]

    def named(self, words: Sequence[str], kind: str) -> list[int]:
        """Every street or place (`kind`) whose name or alias is exactly `words` (canonical tokens):
        `find` keeps only the first of several "the church"es."""
        return [ref for k, ref in self._phrases.get(tuple(words), ()) if k == kind]

    def spoken(self, words: Sequence[str]) -> bool:
        """`words` is not a place's name or alias but what people call it ("holborn station")."""
        return tuple(words) in self._spoken

    def of_kind(self, words: Sequence[str]) -> list[int]:
        """The places of the kind `words` names ("library", "train station"), when the gazetteer knows
        places' kinds."""
        return list(self._generic.get(tuple(words), ()))

    def described(self, kind: str, words: Sequence[str], whole: bool = False) -> list[int]:
        """The places of `kind` that describing words fit ("se" for Southeast Middle School, "catholic"
        for every Catholic church): see `nlp.gazetteer_kinds.descriptions`. With `whole`, only those the
        words name entirely (Southeast Middle School for "se", not Alternative Learning Center Southeast)."""
        return list((self._described_whole if whole else self._described).get((kind, tuple(words)), ()))

    def same_numbers(self, ref: int, number: str) -> list[Point]:
        """Every point of house `number` on street `ref` when it exists in several parts far apart."""
        return list(self._same_numbers.get((ref, number.strip().lower()), ()))
