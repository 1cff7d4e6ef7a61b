"""An in-memory gazetteer of one area's streets, house addresses and named places, built from plain data.

Names are compared in a canonical form: lower case, no punctuation, street words abbreviated the same way
("Street", "St" and "Saint" all become "st"; "Road"/"Rd" become "rd"), so "12a station rd" finds
"12 Station Road". Small typos are tolerated with rapidfuzz (same first letter, one or two edits).
All indexes are built once in the constructor; lookups never do I/O.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import OSA

from nlp.geo import Point, along, closest_approach, distance_m, length_m, nearest_on_line
from nlp.postcode import normalise as normalise_postcode

MEET_LIMIT_M = 250.0  # streets further apart than this never make a junction

_TOKEN = re.compile(r"[a-z0-9]+|[&/@]")

# Street words and common abbreviations -> one canonical (abbreviated) form.
_CANON = {
    "street": "st", "st": "st", "str": "st", "saint": "st",
    "road": "rd", "rd": "rd",
    "avenue": "ave", "ave": "ave", "av": "ave", "avn": "ave",
    "lane": "ln", "ln": "ln",
    "drive": "dr", "dr": "dr", "drv": "dr",
    "great": "gt", "gt": "gt",
    "crescent": "cres", "cres": "cres", "cresc": "cres",
    "square": "sq", "sq": "sq",
    "place": "pl", "pl": "pl",
    "court": "ct", "ct": "ct",
    "close": "cl", "cl": "cl",
    "gardens": "gdns", "gdns": "gdns", "gdn": "gdns",
    "grove": "gro", "gro": "gro",
    "terrace": "tce", "tce": "tce", "terr": "tce", "ter": "tce",
    "alley": "aly", "aly": "aly",
    "boulevard": "blvd", "blvd": "blvd", "bvd": "blvd",
    "highway": "hwy", "hwy": "hwy",
    "parkway": "pkwy", "pkwy": "pkwy",
    "circle": "cir", "cir": "cir",
    "mount": "mt", "mt": "mt",
    "north": "n", "south": "s", "east": "e", "west": "w",
    "northeast": "ne", "northwest": "nw", "southeast": "se", "southwest": "sw",
    "upper": "upr", "upr": "upr", "lower": "lwr", "lwr": "lwr",
    "opposite": "opp", "opp": "opp",
    "junction": "jct", "jct": "jct", "jnc": "jct", "jn": "jct", "junc": "jct",
    "centre": "center",
}  # fmt: skip
STREET_TYPES = frozenset(
    {"st", "rd", "ave", "ln", "dr", "cres", "sq", "pl", "ct", "cl", "gdns", "gro", "tce", "blvd", "hwy",
     "pkwy", "cir", "way", "walk", "row", "hill", "mews", "parade", "crossing", "aly"}
)  # fmt: skip
# Type words a typo may be corrected to. Not "alley": "Allen" and "Alles" are names, one edit away.
_TYPE_WORDS = sorted(
    w for w, c in _CANON.items() if c in STREET_TYPES and len(w) >= 4 and w not in ("saint", "alley")
)
_TYPE_DENY = frozenset(
    {"count", "plane", "plate", "chose", "drove", "grave", "glove", "lance", "closed", "closer", "closes",
     "driver", "drives", "driven", "placed", "places", "courts", "crease", "stress", "stroke", "strut"}
)  # fmt: skip
DIRECTIONS = frozenset({"n", "s", "e", "w", "ne", "nw", "se", "sw"})
# OpenStreetMap highway classes of ways that are no street a bare name means when a street shares it (a
# street's "highway" in the gazetteer data): "3rd" is 3rd Street, not the 3rd Alley behind it.
MINOR_HIGHWAYS = frozenset(
    {"service", "footway", "path", "track", "pedestrian", "cycleway", "steps", "bridleway", "corridor",
     "alley", "driveway", "parking_aisle"}
)  # fmt: skip
# Street types that name such ways, when the data does not give the highway class.
MINOR_TYPES = frozenset({"aly"})
# OpenStreetMap places that are areas a message may name to say which of same-named streets it means
# ("on Spring Street in Fells Point"): a place whose kind is one of these tags is an area.
AREA_TAGS = frozenset(
    {"place=neighbourhood", "place=suburb", "place=quarter", "place=village", "place=hamlet", "place=town",
     "place=city", "place=borough", "place=locality"}
)  # fmt: skip
# What kind of place a POI is, and the words people use for that kind ("Holborn station", "the library").
# OSM tags (key=value) -> kind; a kind given as a plain word ("school") is taken as it is.
_KIND_OF_TAG = {
    "railway=station": "station", "railway=halt": "station", "public_transport=station": "station",
    "building=train_station": "station", "amenity=bus_station": "bus station",
    "amenity=school": "school", "building=school": "school", "amenity=college": "college",
    "amenity=university": "university", "building=university": "university",
    "amenity=hospital": "hospital", "healthcare=hospital": "hospital", "building=hospital": "hospital",
    "amenity=library": "library", "amenity=place_of_worship": "church", "building=church": "church",
    "building=chapel": "church", "building=cathedral": "church", "building=mosque": "mosque",
    "building=synagogue": "synagogue", "building=temple": "temple",
    "leisure=park": "park", "leisure=playground": "playground", "leisure=dog_park": "dog park",
    "landuse=cemetery": "cemetery", "amenity=grave_yard": "cemetery",
    "amenity=fire_station": "fire station", "amenity=police": "police station",
    "amenity=post_office": "post office", "building=post_office": "post office",
    "tourism=museum": "museum", "leisure=stadium": "stadium", "leisure=marina": "marina",
    "amenity=townhall": "town hall", "shop=supermarket": "supermarket", "amenity=fuel": "gas station",
    "amenity=pharmacy": "pharmacy", "amenity=community_centre": "community center",
}  # fmt: skip
_RELIGION_KIND = {"jewish": "synagogue", "muslim": "mosque", "hindu": "temple", "buddhist": "temple",
                  "sikh": "gurdwara"}  # fmt: skip
# The words for each kind, the usual one first.
KIND_WORDS = {
    "station": ("station", "train station", "railway station", "rail station", "metro station",
                "subway station"),
    "bus station": ("bus station",), "school": ("school",), "college": ("college",),
    "university": ("university",), "hospital": ("hospital",), "library": ("library",),
    "church": ("church",), "synagogue": ("synagogue",), "mosque": ("mosque",), "temple": ("temple",),
    "gurdwara": ("gurdwara",), "park": ("park",), "playground": ("playground",), "dog park": ("dog park",),
    "cemetery": ("cemetery", "graveyard"), "fire station": ("fire station", "firehouse"),
    "police station": ("police station",), "post office": ("post office",), "museum": ("museum",),
    "stadium": ("stadium",), "marina": ("marina",), "town hall": ("town hall", "city hall"),
    "supermarket": ("supermarket",), "gas station": ("gas station", "petrol station"),
    "pharmacy": ("pharmacy",), "community center": ("community center",),
}  # fmt: skip
STOP = frozenset(
    """the a an and or of on in at to by for from with near outside opposite opp is are was were it its this
    that there here my our your his her their by next behind front corner junction jct intersection between
    where meets meet just off up down along past no not number i we you he she they has have had be been
    big small huge large very bad good one two three some""".split()
)


@dataclass(frozen=True)
class Tokens:
    """Canonical tokens of a text and the character span each one came from."""

    text: str
    words: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]

    def source(self, start: int, end: int) -> str:
        """The original text covered by tokens[start:end]."""
        return self.text[self.spans[start][0] : self.spans[end - 1][1]] if end > start else ""


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


def _canon_word(word: str) -> str:
    canon = _CANON.get(word)
    if canon is not None:
        return canon
    if len(word) <= 4 and word.isalpha():  # a key held down: "Stt", "Rdd", "Avee"
        single = re.sub(r"(.)\1+", r"\1", word)
        canon = _CANON.get(single) if single != word else None
        if canon is not None and canon in STREET_TYPES and single == canon:
            return canon
    if len(word) >= 4 and word not in _TYPE_DENY and not word.isdigit():
        for full in _TYPE_WORDS:
            if full[0] == word[0] and abs(len(full) - len(word)) <= 1:
                dist = OSA.distance(word, full)
                # 4-letter words may only be transpositions ("raod"), longer ones may have one edit ("stret").
                if dist == 1 and (len(word) >= 5 or sorted(word) == sorted(full)):
                    return _CANON[full]
    return word


def tokenize(text: str) -> Tokens:
    """Canonical tokens of `text` ("Queen's Rd." -> queens, rd) with their character spans."""
    lowered = text.lower().replace("'", "\u0000").replace("\u2019", "\u0000")
    words: list[str] = []
    spans: list[tuple[int, int]] = []
    for m in _TOKEN.finditer(lowered.replace("\u0000", "")):
        words.append(_canon_word(m.group()))
        spans.append((m.start(), m.end()))
    # Spans were computed on the text without apostrophes: map them back onto the original text.
    if "\u0000" in lowered:
        index = [i for i, ch in enumerate(lowered) if ch != "\u0000"] + [len(lowered)]
        spans = [(index[a], index[b - 1] + 1) for a, b in spans]
    return Tokens(text, tuple(words), tuple(spans))


def canonical(name: str) -> tuple[str, ...]:
    return tokenize(name).words


_DESCRIBE = {  # words that describe rather than name, stripped from a name's end to find what people call it
    "school": "school schools elementary primary middle high junior senior secondary infant infants charter"
    " public academy & and",
    "hospital": "hospital medical center general clinic infirmary health care familycare",
    "station": "station railway rail train metro subway light",
    "library": "library public free branch",
    "church": "church chapel baptist methodist lutheran catholic roman episcopal presbyterian evangelical"
    " orthodox united english african missionary pentecostal congregational reformed apostolic memorial"
    " ame polish ukrainian russian greek of & and",
    "cemetery": "cemetery graveyard memorial gardens",
}


def kind_at(words: Sequence[str], i: int) -> str:
    """The kind of place that words[i:] begin with ("train station ..." -> "station"), or ""."""
    return kind_phrase(words, i)[0]


def kind_phrase(words: Sequence[str], i: int) -> tuple[str, int]:
    """The kind of place that words[i:] begin with and where its words end: ("station", i + 2) for "train
    station ..."; ("", i) when they begin with none."""
    for n in (2, 1):
        kind = _KIND_PHRASES.get(tuple(words[i : i + n])) if i + n <= len(words) else None
        if kind:
            return kind, i + n
    return "", i


_ORDINAL = re.compile(r"^\d{1,3}(?:st|nd|rd|th)$")
_LEVELS = frozenset("elementary primary middle high junior secondary infant infants".split())


_KIND_PHRASES = {canonical(w): kind for kind, phrases in KIND_WORDS.items() for w in phrases}


def place_kind(raw: str, name: str = "") -> str:
    """The kind of a place ("station", "school", "church"...) from what a gazetteer file records: OSM tags
    ("amenity=school", "amenity=place_of_worship;religion=jewish") or a plain word ("school"); "" when
    it is none that people name places by."""
    raw = raw.strip().lower()
    if not raw:
        return ""
    if "=" not in raw:
        return raw if raw in KIND_WORDS else ""
    tags = dict(t.split("=", 1) for t in raw.split(";") if "=" in t)
    kind = next((_KIND_OF_TAG[f"{k}={v}"] for k, v in tags.items() if f"{k}={v}" in _KIND_OF_TAG), "")
    if kind == "church":
        kind = _RELIGION_KIND.get(tags.get("religion", ""), kind)
        named = set(canonical(name))
        kind = next((k for k in ("synagogue", "mosque", "temple", "gurdwara") if k in named), kind)
    return kind


def _names_something(words: Sequence[str], describe: set[str]) -> bool:
    plain = [w for w in words if w not in describe and w not in STOP and w not in DIRECTIONS]
    return any(w not in STREET_TYPES and not w.isdigit() for w in plain) and not (
        len(words) == 1 and len(words[0]) < 3
    )


def _spoken(name: str, kind: str) -> list[tuple[str, ...]]:
    """What people call a place of `kind` besides its name (canonical tokens): the station "Holborn" ->
    "holborn station"; "Lincoln Elementary" (a school) -> "lincoln elementary school", "lincoln school";
    "Lincoln Elementary School" -> "lincoln elementary", "lincoln school"; "Mercy Medical Center" (a
    hospital) -> "mercy hospital"; "Fells Point Branch Enoch Pratt Free Library" -> "fells point library";
    "Bethel Baptist Church" -> "bethel church"."""
    full = canonical(name)
    words = list(full[1:] if full[:1] == ("the",) else full)
    while words and words[-1] == "historical":
        words.pop()
    if not words:
        return []
    types = [canonical(t) for t in KIND_WORDS[kind]]
    describe = set(_DESCRIBE.get(kind, "").split()) | {w for t in types for w in t}
    core = list(words)
    cores: list[list[str]] = []  # every shorter name, one describing word less each time
    if kind == "library" and "branch" in core[1:]:
        core = core[: core.index("branch", 1)]
        cores.append(list(core))
    while core and core[-1] in describe:
        core.pop()
        if core and core[-1] not in ("&", "and", "of"):
            cores.append(list(core))
    out: list[tuple[str, ...]] = [tuple(words)] if tuple(words) != full else []
    typed = any(set(typ) <= set(words) for typ in types)  # "Fire Station 25" is already called so
    for typ in types:
        if not typed and _names_something(words, describe):
            out.append((*words, *typ))
        for shorter in cores:
            if shorter != words and _names_something(shorter, describe):
                out.append((*shorter, *typ))
    if kind == "school" and len(words) >= 3 and words[-1] == "school" and words[-2] in _LEVELS:
        out.append(tuple(words[:-1]))  # "Lincoln Elementary"
    return list(dict.fromkeys(out))


# Words of a name that tell one place of its kind from the others ("Southeast Middle School": "southeast",
# "middle"; "St Leo Roman Catholic Church": "roman", "catholic"), besides the name itself: directions spelled
# out, and the words that describe the kind, less these, which tell nothing apart.
_SPELLED_DIRECTIONS = frozenset(
    "north south east west northeast northwest southeast southwest ne nw se sw".split()
)
_NOT_DISTINCT = frozenset(
    {"&", "and", "of", "the", "public", "free", "branch", "light", "general", "health", "center", "care",
     "familycare", "medical", "clinic"}
)  # fmt: skip


def _descriptions(name: str, kind: str) -> dict[tuple[str, ...], bool]:
    """The words (one or two, canonical, in the name's order) that may single out a place of `kind` when
    written before the kind's word, each with whether they are all the name says besides describing the
    kind: "Southeast Middle School" -> ("se",) (whole), ("middle",), ("se", "middle") (whole): "the
    Southeast school", "Southeast Middle school"; "Northern Senior High School" -> ("northern",) (whole),
    ("northern", "high") (whole), ("high",)...; "St Leo Roman Catholic Church" -> ("catholic",), ("roman",
    "catholic"). A word of the name's own counts only when it is its whole core (one word): "Grace Church"
    -> ("grace",), but nothing for "New Century School"."""
    toks = tokenize(name)
    raw = [toks.text[a:b].lower() for a, b in toks.spans]
    words = list(toks.words)
    while words and words[-1] == "historical":
        words.pop()
    kind_words = {w for t in KIND_WORDS[kind] for w in canonical(t)}
    describe = set(_DESCRIBE.get(kind, "").split()) | kind_words
    own = {w for w in words if w not in describe and w not in STOP}  # what the name says of its own
    core = [i for i, w in enumerate(words) if w in own and w not in DIRECTIONS]
    units: list[str] = []
    for i, w in enumerate(words):
        direction = w in DIRECTIONS and raw[i] in _SPELLED_DIRECTIONS
        if direction or w in describe and w not in kind_words and w not in _NOT_DISTINCT or core == [i]:
            units.append(w)
    keys = [(u,) for u in units] + [(a, b) for i, a in enumerate(units) for b in units[i + 1 :] if a != b]
    return {key: own <= set(key) for key in keys}


def _points(raw: Any) -> tuple[Point, ...]:
    return tuple((float(p[0]), float(p[1])) for p in raw)


@dataclass
class Gazetteer:
    """Streets, addresses and places of one area. Build with `from_dict` or `empty`."""

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
                alley = highway in MINOR_HIGHWAYS or (bool(key) and key[-1] in MINOR_TYPES)
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
            if all(raw_minor.get(key) or addr_minor.get(key) or [bool(key) and key[-1] in MINOR_TYPES])
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
                Place(
                    p["name"], float(p["lat"]), float(p["lon"]), p.get("address", ""), p.get("area", ""), kind
                )
            )
            for alias in [p["name"], *p.get("aliases", ())]:
                toks = canonical(alias)
                place_phrases.append((toks, idx))
                if toks[:1] == ("the",) and alias == p["name"] and len(toks) > 1:
                    place_phrases.append((toks[1:], idx))
            if kind:
                spoken.extend((toks, idx) for toks in _spoken(p["name"], kind))
                for words in KIND_WORDS[kind]:
                    generic.setdefault(canonical(words), []).append(idx)
                for key, whole in _descriptions(p["name"], kind).items():
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
        gaz._index(street_ids, place_phrases)
        for toks, pid in spoken:  # after every name and alias given, which they never displace
            if toks and (toks not in gaz._phrases or toks in gaz._spoken):
                gaz._add_phrase(toks, "place", pid)
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
        self, street_ids: Mapping[tuple[str, ...], int], place_phrases: Sequence[tuple[tuple[str, ...], int]]
    ) -> None:
        self._keys = [()] * len(street_ids)
        for key, sid in street_ids.items():
            self._keys[sid] = key
            if all(k in DIRECTIONS or k in STOP or k in STREET_TYPES for k in key):
                if len(key) < 2 or key[0] in STOP or all(k in DIRECTIONS for k in key):
                    continue  # "East", "SW", "The Street": not a name that can be found in text
                # "Garden Drive", "Grove Road", "North Street": found, but only written as a name
                self._weak.add(sid)
            self._add_phrase(key, "street", sid)
        for key, sid in street_ids.items():
            # US style "SE Washington St": also known as "Washington St" (after every exact name, so
            # "Nyes Road" is Nyes Road itself when there is also a South Nyes Road).
            if key not in self._phrases:
                continue
            if len(key) > 2 and key[0] in DIRECTIONS:
                self._add_phrase(key[1:], "street", sid)
            if len(key) >= 2 and key[-1] in STREET_TYPES and sid not in self._weak:
                bare = tuple(k for k in key[:-1] if k not in DIRECTIONS) or key[:-1]
                self._bare.setdefault(bare, []).append(sid)
                core = " ".join(bare)
                cores, refs = self._cores.setdefault(key[-1], ([], []))
                cores.append(core)
                refs.append(sid)
                if len(bare) == 1 and 4 <= len(core) <= 5:
                    self._short_cores.setdefault(key[-1], {}).setdefault(core, sid)
                self._name_words.update(core.split())
        numbered: dict[str, int] = {}
        for bare, refs in self._bare.items():
            if len(bare) == 1 and len(bare[0]) >= 6 and bare[0].isalpha():
                self._typo_cores.setdefault(bare[0][0], []).append(bare[0])
            if len(bare) == 1 and _ORDINAL.match(bare[0]):
                for ref in refs:
                    numbered[self._keys[ref][-1]] = numbered.get(self._keys[ref][-1], 0) + 1
        self._numbered_type = max(sorted(numbered), key=lambda typ: numbered[typ], default="")
        for key, sid in street_ids.items():
            # "E Street", "East Circle Drive", "A Lane": a letter or a type word as the whole name
            words = [k for k in key[:-1] if k not in DIRECTIONS] or list(key[:-1])
            if (
                len(key) >= 2
                and key[-1] in STREET_TYPES
                and len(words) == 1
                and words[0] != "the"
                and (sid in self._weak or len(words[0]) == 1 and words[0].isalpha())
            ):
                self._weak_bare.setdefault((words[0],), []).append(sid)
        for toks, pid in place_phrases:
            self._add_phrase(toks, "place", pid)
            core = " ".join(toks[1:] if toks[:1] == ("the",) else toks)
            if len(core) >= 6:
                self._fuzzy_places[0].append(core)
                self._fuzzy_places[1].append(pid)
                bucket = self._place_buckets.setdefault((core[:1], len(core.split(" "))), ([], []))
                bucket[0].append(core)
                bucket[1].append(pid)
                self._name_words.update(core.split())

    def _add_phrase(self, toks: tuple[str, ...], kind: str, ref: int) -> None:
        if not toks:
            return
        refs = self._phrases.setdefault(toks, [])
        if (kind, ref) not in refs:
            refs.append((kind, ref))
        self._max_phrase = max(self._max_phrase, len(toks))
        self._first_words.add(toks[0])

    # ---- finding names in text ----------------------------------------------------------------------

    def find(self, tokens: Tokens) -> list[Mention]:
        """Streets and places named in the text, left to right; exact names first, then typo-tolerant."""
        words = tokens.words
        taken = [False] * len(words)
        found: list[Mention] = []
        i = 0
        while i < len(words):
            if words[i] not in self._first_words:
                i += 1
                continue
            for n in range(min(self._max_phrase, len(words) - i), 0, -1):
                refs = self._phrases.get(words[i : i + n])
                if refs:
                    found.extend(Mention(kind, ref, i, i + n, 1.0) for kind, ref in refs[:1])
                    taken[i : i + n] = [True] * n
                    i += n
                    break
            else:
                i += 1
        found.extend(self._fuzzy_streets(words, taken))
        found.extend(self._fuzzy_place_mentions(words, taken))
        return sorted(found, key=lambda m: (m.start, -m.end))

    def _fuzzy_streets(self, words: Sequence[str], taken: list[bool]) -> list[Mention]:
        """Typo-tolerant street names, anchored on a street-type word: "Statoin Rd", "Chruch Street"."""
        out: list[Mention] = []
        for j, word in enumerate(words):
            if taken[j] or word not in self._cores:
                continue
            cores, refs = self._cores[word]
            best: tuple[int, int, int] | None = None  # (edits, -k, ref)
            for k in (1, 2, 3):
                if j - k < 0 or any(taken[j - k : j]):
                    break
                window = words[j - k : j]
                if any(w in STOP or w.isdigit() or w in "&/@" for w in window):
                    break
                hit = _closest(window, cores) if self._could_be_typo(window) else None
                if hit is not None and (best is None or (hit[0], -k) < best[:2]):
                    best = (hit[0], -k, refs[hit[1]])
            if best is None and j >= 1 and not taken[j - 1]:
                ref = self._swapped(words[j - 1], word)
                if ref is not None:
                    best = (1, -1, ref)
            if best is not None:
                start, ref = j + best[1], best[2]
                if start >= 1 and words[start - 1] in DIRECTIONS and not taken[start - 1]:
                    # "South Pootmac St": the direction belongs to the name, and picks among namesakes
                    start -= 1
                    ref = next((r for r in self.same_street(ref) if words[start] in self._keys[r]), ref)
                out.append(Mention("street", ref, start, j + 1, (0.9, 0.85, 0.75)[best[0]]))
                taken[start : j + 1] = [True] * (j + 1 - start)
        return out

    def _swapped(self, word: str, street_type: str) -> int | None:
        """A short name with two letters swapped ("Kign St", "Mian Street"): the street whose name has
        them the right way round. Only swaps: "Mill" and "Hill", "Marks" and "Marys" are other names."""
        if not 4 <= len(word) <= 5 or not word.isalpha() or word in self._name_words or word in STOP:
            return None
        names = self._short_cores.get(street_type)
        if not names:
            return None
        for i in range(1, len(word) - 1):
            if word[i] != word[i + 1]:
                ref = names.get(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
                if ref is not None:
                    return ref
        return None

    def _fuzzy_place_mentions(self, words: Sequence[str], taken: list[bool]) -> list[Mention]:
        """Typo-tolerant place names: "the libary", "leisure center"."""
        cores = self._fuzzy_places[0]
        # Only a long word that is not already a name word can be a typo (see `_could_be_typo`).
        suspects = [len(w) >= 6 and w not in self._name_words for w in words]
        if not cores or not any(suspects):
            return []
        out: list[Mention] = []
        for i in range(len(words)):
            if not any(suspects[i : i + 3]):
                continue
            for n in (3, 2, 1):
                if i + n > len(words) or any(taken[i : i + n]) or words[i] in STOP:
                    continue
                window = words[i : i + n]
                # A typo keeps the first letter and the number of words: compare with those names only.
                bucket = self._place_buckets.get((window[0][:1], n))
                hit = _closest(window, bucket[0]) if bucket and self._could_be_typo(window) else None
                if bucket is not None and hit is not None and hit[0] > 0:
                    out.append(Mention("place", bucket[1][hit[1]], i, i + n, 0.8))
                    taken[i : i + n] = [True] * n
                    break
        return out

    def namesakes(self, ref: int) -> list[int]:
        """`ref` and the streets with the same name but another direction or type: N and S Collington Ave."""
        key = canonical(self.streets[ref].name)
        bare = (
            tuple(k for k in key[:-1] if k not in DIRECTIONS) if key[-1:] and key[-1] in STREET_TYPES else ()
        )
        same = self._bare.get(bare, []) if bare else []
        if ref not in same:  # "East Circle Drive" and "Circle Drive", "E Street" and "E Avenue"
            same = next((refs for refs in self._weak_bare.values() if ref in refs), same)
        return [ref, *(r for r in same if r != ref)]

    def junction(self, ref_a: int, ref_b: int, score: float = 1.0) -> Match | None:
        """Where two named streets meet, trying their namesakes too ("Collington Avenue" may be written for
        North Collington Avenue): the pair that comes closest wins."""
        best: tuple[float, int, int] | None = None
        for a in self.namesakes(ref_a)[:6]:
            for b in self.namesakes(ref_b)[:6]:
                if a != b:
                    gap = self.meeting(a, b)[1]
                    if best is None or gap < best[0]:
                        best = (gap, a, b)
        return None if best is None else self.intersection_at(best[1], best[2], score)

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
        key = self._keys[ref] if ref < len(self._keys) else ()
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
            same = [r for r in refs if direction in self._keys[r][:-1]]
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
        Baltimore Street (not Baltimore Avenue)."""
        key = self._keys[ref] if ref < len(self._keys) else ()
        plain = tuple(k for k in key if k not in DIRECTIONS)
        if len(plain) < 2 or plain[-1] not in STREET_TYPES:
            return [ref]
        return [
            ref,
            *(r for r in self._bare.get(plain[:-1], ()) if r != ref and self._keys[r][-1] == key[-1]),
        ]

    def named(self, words: Sequence[str], kind: str) -> list[int]:
        """Every street or place (`kind`) whose name or alias is exactly `words` (canonical tokens):
        `find` keeps only the first of several "the church"es."""
        return [ref for k, ref in self._phrases.get(tuple(words), ()) if k == kind]

    def places_near(self, point: Point, max_m: float) -> list[tuple[float, Place]]:
        """The places within `max_m` of `point`, with their distance in metres."""
        if self._place_cells is None:
            self._place_cells = {}
            for i, p in enumerate(self.places):
                key = (int(p.lat // _PLACE_CELL), int(p.lon // _PLACE_CELL))
                self._place_cells.setdefault(key, []).append(i)
        span = max_m / 110_000.0  # degrees of latitude, a little more than max_m
        span_lon = span / max(0.01, math.cos(math.radians(point[0])))
        out: list[tuple[float, Place]] = []
        for y in range(int((point[0] - span) // _PLACE_CELL), int((point[0] + span) // _PLACE_CELL) + 1):
            for x in range(
                int((point[1] - span_lon) // _PLACE_CELL), int((point[1] + span_lon) // _PLACE_CELL) + 1
            ):
                for i in self._place_cells.get((y, x), ()):
                    place = self.places[i]
                    if abs(place.lat - point[0]) > span or abs(place.lon - point[1]) > span_lon:
                        continue
                    dist = distance_m(point, (place.lat, place.lon))
                    if dist <= max_m:
                        out.append((dist, place))
        return out

    def spoken(self, words: Sequence[str]) -> bool:
        """`words` is not a place's name or alias but what people call it ("holborn station")."""
        return tuple(words) in self._spoken

    def of_kind(self, words: Sequence[str]) -> list[int]:
        """The places of the kind `words` names ("library", "train station"), when the gazetteer knows
        places' kinds."""
        return list(self._generic.get(tuple(words), ()))

    def described(self, kind: str, words: Sequence[str], whole: bool = False) -> list[int]:
        """The places of `kind` that describing words fit ("se" for Southeast Middle School, "catholic"
        for every Catholic church): see `_descriptions`. With `whole`, only those the words name entirely
        (Southeast Middle School for "se", not Alternative Learning Center Southeast)."""
        return list((self._described_whole if whole else self._described).get((kind, tuple(words)), ()))

    def _box(self, ref: int) -> tuple[float, float, float, float]:
        box = self._boxes.get(ref)
        if box is None:
            pts = [p for line in self.streets[ref].lines for p in line]
            box = (
                min(p[0] for p in pts),
                min(p[1] for p in pts),
                max(p[0] for p in pts),
                max(p[1] for p in pts),
            )
            self._boxes[ref] = box
        return box

    def near_street(
        self, refs: Sequence[int], places: Sequence[int], max_m: float
    ) -> list[tuple[float, int, int, Point]]:
        """Places (of `places`) within `max_m` of any of streets `refs`: (distance, street, place, the point
        of that street nearest the place), nearest first."""
        out: list[tuple[float, int, int, Point]] = []
        for ref in refs:
            lat0, lon0, lat1, lon1 = self._box(ref)
            pad = max_m / 110_000.0
            pad_lon = pad / max(0.01, math.cos(math.radians(lat0)))
            for pid in places:
                place = self.places[pid]
                if not (
                    lat0 - pad <= place.lat <= lat1 + pad and lon0 - pad_lon <= place.lon <= lon1 + pad_lon
                ):
                    continue
                point, dist = self.nearest_on_street(ref, (place.lat, place.lon))
                if dist <= max_m:
                    out.append((dist, ref, pid, point))
        return sorted(out)

    def block(
        self, refs: Sequence[int], low: int, high: int, spread_m: float = 250.0
    ) -> tuple[int, Point] | None:
        """Where house numbers `low` to `high` (excluded) are on one of streets `refs` ("the 3500 block of
        Boston Street"): the street and its point nearest those houses' middle. None when no street has
        such numbers, or when they lie more than `spread_m` apart (the same numbers in two areas)."""
        if self._numbers is None:
            numbers: dict[int, list[tuple[int, Point]]] = {}
            for (ref, number), point in self._addresses.items():
                digits = re.match(r"\d+", number)
                if digits:
                    numbers.setdefault(ref, []).append((int(digits.group()), point))
            self._numbers = {ref: sorted(items) for ref, items in numbers.items()}
        found: list[tuple[int, list[Point]]] = []
        for ref in refs:
            pts = [p for n, p in self._numbers.get(ref, ()) if low <= n < high]
            if pts:
                found.append((ref, pts))
        if len(found) != 1:
            return None
        ref, pts = found[0]
        middle = (sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts))
        if any(distance_m(middle, p) > spread_m for p in pts):
            return None
        return ref, self.nearest_on_street(ref, middle)[0]

    def pieces(self, ref: int, apart_m: float = 200.0) -> list[tuple[Point, str]]:
        """The parts of a street that are more than `apart_m` from each other (same-named streets in
        different areas were merged into one): each part's representative point and area ("" unknown)."""
        cached = self._pieces.get((ref, apart_m))
        if cached is not None:
            return cached
        street = self.streets[ref]
        out: list[tuple[Point, str]] = []
        for g in self._piece_groups(ref, apart_m):
            longest = max((street.lines[j] for j in g), key=length_m)
            area = next((street.areas[j] for j in g if j < len(street.areas) and street.areas[j]), "")
            out.append((along(longest, 0.5), area))
        self._pieces[(ref, apart_m)] = out
        return out

    def _piece_groups(self, ref: int, apart_m: float) -> list[list[int]]:
        """The lines of street `ref` grouped into parts more than `apart_m` from each other."""
        lines = self.streets[ref].lines
        groups: list[list[int]] = []
        for i, line in enumerate(lines):
            near = [
                g
                for g in groups
                if any(closest_approach(line, lines[j], within=apart_m)[1] <= apart_m for j in g)
            ]
            merged = [i, *(j for g in near for j in g)]
            groups = [g for g in groups if g not in near] + [sorted(merged)]
        return sorted(groups)

    def roads(self, refs: Sequence[int], join_m: float = 300.0) -> list[tuple[int, Point, str]]:
        """The separate roads that streets `refs` make (one name with several types or directions: Jefferson
        Street and Jefferson Avenue): parts that come within `join_m` of each other are one road ("North"
        and "South Collington Avenue" meeting end to end). For each road, the street of its longest part,
        that part's representative point and area; the longest road (by length of all its parts) first."""
        return [(road.ref, road.point, road.area) for road in self.road_list(refs, join_m)]

    def road_list(self, refs: Sequence[int], join_m: float = 300.0) -> list[Road]:
        """`roads`, each with every street it has a part of and its length."""
        key = (tuple(refs), join_m)
        cached = self._roads.get(key)
        if cached is not None:
            return cached
        units: list[tuple[int, list[tuple[Point, ...]], Point, str, float]] = []
        indexes: list[list[int]] = []
        for ref in refs:
            street = self.streets[ref]
            for g in self._piece_groups(ref, APART_M):
                lines = [street.lines[j] for j in g]
                longest = max(lines, key=length_m)
                area = next((street.areas[j] for j in g if j < len(street.areas) and street.areas[j]), "")
                units.append((ref, lines, along(longest, 0.5), area, sum(map(length_m, lines))))
                indexes.append(g)
        road = list(range(len(units)))

        def root(i: int) -> int:
            while road[i] != i:
                i = road[i]
            return i

        for i in range(len(units)):
            for j in range(i + 1, len(units)):
                if root(i) != root(j) and any(
                    closest_approach(a, b, within=join_m)[1] <= join_m
                    for a in units[i][1]
                    for b in units[j][1]
                ):
                    road[root(j)] = root(i)
        members: dict[int, list[int]] = {}
        for i in range(len(units)):
            members.setdefault(root(i), []).append(i)
        ranked = sorted(members.values(), key=lambda m: -sum(units[i][4] for i in m))
        out = []
        for m in ranked:
            best = max(m, key=lambda i: units[i][4])
            refs_of = tuple(dict.fromkeys(units[i][0] for i in m))
            length = sum(units[i][4] for i in m)
            parts = tuple((units[i][0], j) for i in m for j in indexes[i])
            out.append(Road(units[best][0], units[best][2], units[best][3], refs_of, length, parts))
        self._roads[key] = out
        return out

    def bare_typo(self, word: str) -> str:
        """The one-word street name (without its type) that `word` is a typo of ("jeffreson" ->
        "jefferson"); "" unless exactly one name is that close and `word` is no name itself."""
        if len(word) < 6 or not word.isalpha() or word in self._name_words or word in self._first_words:
            return ""
        hits = {core for core in self._typo_cores.get(word[0], ()) if _word_edits(word, core) is not None}
        return hits.pop() if len(hits) == 1 else ""

    def same_numbers(self, ref: int, number: str) -> list[Point]:
        """Every point of house `number` on street `ref` when it exists in several parts far apart."""
        return list(self._same_numbers.get((ref, number.strip().lower()), ()))

    def area_near(self, ref: int, point: Point) -> str:
        """The area of the piece of street `ref` nearest `point` ("" unknown)."""
        street = self.streets[ref]
        if not any(street.areas):
            return ""
        dists = [nearest_on_line(line, point)[1] for line in street.lines]
        return street.areas[dists.index(min(dists))] if len(street.areas) == len(dists) else ""

    def _could_be_typo(self, window: Sequence[str]) -> bool:
        """Cheap pre-check for `_closest`: short words must be name words, and some long word must not be."""
        known = self._name_words
        return all(w in known or len(w) >= 6 for w in window) and any(w not in known for w in window)

    def _resolve(self, name: str, kind: str) -> Mention | None:
        toks = tokenize(name)
        lead = 1 if toks.words[:1] == ("the",) else 0
        for m in self.find(toks):
            if m.kind == kind and m.start <= lead and m.end == len(toks.words):
                return m
        return None

    # ---- lookups by reference -----------------------------------------------------------------------

    def _suffix(self) -> str:
        return f", {self.name}" if self.name else ""

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

    def meeting(self, ref_a: int, ref_b: int) -> tuple[Point, float]:
        """Where two streets meet, and the gap in metres (0 if they share a point or cross). A gap over
        MEET_LIMIT_M is only a lower bound: no caller treats streets that far apart as meeting."""
        key = (min(ref_a, ref_b), max(ref_a, ref_b))
        if key not in self._meets:
            self._meets[key] = min(
                (
                    closest_approach(a, b, within=MEET_LIMIT_M)
                    for a in self.streets[key[0]].lines
                    for b in self.streets[key[1]].lines
                ),
                key=lambda found: found[1],
            )
        return self._meets[key]

    def intersection_at(
        self, ref_a: int, ref_b: int, score: float = 1.0, max_gap_m: float = MEET_LIMIT_M
    ) -> Match | None:
        point, gap = self.meeting(ref_a, ref_b)
        if gap > max_gap_m:
            return None
        name = f"{self.streets[ref_a].name} & {self.streets[ref_b].name}"
        return Match("intersection", name, point[0], point[1], score * (1.0 if gap <= 30 else 0.8))

    def place_at(self, ref: int, score: float = 1.0) -> Match:
        p = self.places[ref]
        return Match("place", p.name, p.lat, p.lon, score)

    def nearest_on_street(self, ref: int, point: Point) -> tuple[Point, float]:
        """The point of a street closest to `point`, and its distance in metres."""
        return min((nearest_on_line(line, point) for line in self.streets[ref].lines), key=lambda f: f[1])

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

    def nearest(self, point: Point, max_m: float = 100.0) -> Match | None:
        """What is at `point` (reverse geocoding): the nearest house address or place within 50 m (or
        `max_m` if smaller), else the nearest point of a street within `max_m`; None when nothing is near.
        The score falls from 1.0 with the distance."""
        grid = self._grid if self._grid is not None else self._build_grid()
        cell = _cell(point)
        seen: set[tuple[str, int, str]] = set()
        best: tuple[float, Match] | None = None
        best_street: tuple[float, Match] | None = None
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for item in grid.get((cell[0] + dy, cell[1] + dx), ()):
                    if item in seen:
                        continue
                    seen.add(item)
                    kind, ref, number = item
                    if kind == "street":
                        at, dist = self.nearest_on_street(ref, point)
                        if best_street is None or dist < best_street[0]:
                            best_street = (dist, Match("street", self.streets[ref].name, at[0], at[1], 1.0))
                        continue
                    found = self.address_at(ref, number) if kind == "address" else self.place_at(ref)
                    if found is not None:
                        dist = distance_m(point, (found.lat, found.lon))
                        if best is None or dist < best[0]:
                            best = (dist, found)
        for limit, hit in ((min(50.0, max_m), best), (max_m, best_street)):
            if hit is not None and hit[0] <= limit:
                dist, match = hit
                return Match(match.kind, match.name, match.lat, match.lon, round(1.0 / (1.0 + dist / 50), 3))
        return None

    def _build_grid(self) -> dict[tuple[int, int], list[tuple[str, int, str]]]:
        """Addresses, places and street segments by grid cell (about 200 m), built on first use."""
        grid: dict[tuple[int, int], list[tuple[str, int, str]]] = {}
        for (ref, number), p in self._addresses.items():
            grid.setdefault(_cell(p), []).append(("address", ref, number))
        for ref, place in enumerate(self.places):
            grid.setdefault(_cell((place.lat, place.lon)), []).append(("place", ref, ""))
        for ref, street in enumerate(self.streets):
            cells: set[tuple[int, int]] = set()
            for line in street.lines:
                for a, b in zip(line, line[1:] or line, strict=False):
                    (y0, x0), (y1, x1) = _cell(a), _cell(b)
                    cells.update(
                        (y, x)
                        for y in range(min(y0, y1), max(y0, y1) + 1)
                        for x in range(min(x0, x1), max(x0, x1) + 1)
                    )
            for c in cells:
                grid.setdefault(c, []).append(("street", ref, ""))
        self._grid = grid
        return grid

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


def _word_edits(a: str, b: str) -> int | None:
    """Edits between two words if they are close enough to be a typo of one another, else None.

    Words shorter than six letters must match exactly: "Marks" and "Marys", "Mill" and "Hill" are
    different names, not typos."""
    if a == b:
        return 0
    if min(len(a), len(b)) < 6 or a[0] != b[0]:
        return None
    limit = 1 if max(len(a), len(b)) < 9 else 2
    dist = OSA.distance(a, b, score_cutoff=limit)
    return dist if dist <= limit else None


def _closest(window: Sequence[str], names: Sequence[str]) -> tuple[int, int] | None:
    """(edits, index) of the name in `names` that `window` is a small typo of, comparing word by word."""
    text = " ".join(window)
    best: tuple[int, int] | None = None
    for _, _, idx in process.extract(text, names, scorer=OSA.distance, score_cutoff=3, limit=5):
        parts = names[idx].split(" ")
        if len(parts) != len(window):
            continue
        total = 0
        for a, b in zip(window, parts, strict=True):
            edits = _word_edits(a, b)
            if edits is None:
                break
            total += edits
        else:
            if total <= 2 and (best is None or total < best[0]):
                best = (total, idx)
    return best


APART_M = 200.0  # parts of a street further apart than this are told apart
_PLACE_CELL = 0.005  # degrees: places by cell of about 500 m, for `places_near`
_CELL_DEG = 0.002  # about 220 m of latitude


def _cell(p: Point) -> tuple[int, int]:
    return (int(p[0] // _CELL_DEG), int(p[1] // _CELL_DEG))


def _house_sort(number: str) -> tuple[int, str]:
    digits = "".join(ch for ch in number if ch.isdigit())
    return (int(digits) if digits else 0, number)
