"""Kinds of places ("station", "school", "library"...) and what people call a place of a kind.

`place_kind` reads the kind from what a gazetteer file records (an OSM tag or a plain word), `kind_at` and
`kind_phrase` find a kind's words in a message, `spoken_names` gives what people call a place besides its
name ("holborn station" for the station "Holborn") and `descriptions` the words that single it out among
the places of its kind ("the Southeast school"). `AREA_TAGS` are the places that are areas.
"""

from __future__ import annotations

from collections.abc import Sequence

from nlp.gazetteer_names import DIRECTIONS, STOP, STREET_TYPES, canonical, tokenize

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


def spoken_names(name: str, kind: str) -> list[tuple[str, ...]]:
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


def descriptions(name: str, kind: str) -> dict[tuple[str, ...], bool]:
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
