"""Location extraction measured on messages built from real OpenStreetMap extracts (Baltimore, Harrisburg).

    .venv/bin/python bench/nlp_location.py [--per-kind 300] [--seed 1] [--show-errors 10]

For each extract: `relay311 gazetteer import` into a temporary file, then messages are written from its real
addresses, junctions (two named streets sharing a node), streets and named places, in the ways people write
them (abbreviations, case, typos, names without their type word or direction, missing apostrophes, "opp no.
45", "outside no 12", "nr 12 X", "corner of X and Y", "corner X & Y", "nr the junction of X and Y", "X / Y
junction", "on X at Y", "where X crosses Y", "at the end of X", "halfway down X", "opposite Tesco", ...), each
inside a problem sentence; about one message in eight is then typed all in lower case, as on a phone. The
variant names the form and the spelling of each name ("corner/no-type+typo+all-lower").
Places are also written as people say them, from the kind of place the importer records (the OSM tag),
with rules written here apart from the gazetteer's (but by the same hand, so they measure the plumbing more
than how well they cover real speech): a station named "Holborn" as "Holborn station", "Lawnton Elementary"
as "Lawnton school", "Patterson High School" as "Patterson High" or "Patterson school", "Bethel Baptist
Church" as "Bethel church", "Highlandtown Branch Enoch Pratt Free Library" as "Highlandtown library",
"Patterson Park" as "Patterson park" (variant "spoken"; places of a known kind only, drawn with a second
random generator so that the other messages stay the same). Kind "generic" names a place by its kind only
("by the library", "outside the station"): right when it is the only one of its kind and is found, or when
there are several and none is guessed (no location, or the right one among `alternatives`); it is reported
apart and not counted in ALL WITH A LOCATION, whose messages each name one place.
A located message that is wrong may still have offered the right place among `alternatives` ("Jefferson"
for Jefferson Street and Jefferson Avenue): "offered" counts those; they stay counted as wrong.
Messages without any location are the real SeeClickFix descriptions and FixMyStreet titles
(other cities) plus generic problem sentences: a location found there is invented.

Scored per kind: within 50 m of the true point; on the right street (a point within 30 m of that street's
geometry); wrong (located, but neither); missed (no location). For no-location messages: share invented.
Data: ../shared/data (ODbL, © OpenStreetMap contributors); nothing is written outside a temporary folder.

With --extended, more messages are added (from a generator of their own, so the ones above stay the same
and their figures comparable), reported under kinds of their own and in a second ALL line:
- "ordinal": a numbered street without its type, mostly in a text without capitals ("pothole up 34th",
  "light out on e 25th st"); right when on that street. "ordinal-corner": a corner of a numbered street and
  another written without its type ("corner of 33rd and charles", "on 36th near greenmount").
- "street-near": a street and a place next to it (within 120 m): "on High St by Patterson Park", "on
  Eastern Ave by the library" (only when no other place of that kind is within 300 m of that street, and
  "the Catholic church on X" likewise); the truth is the street's point nearest the place.
- "described": a school or a church named by a direction or a denomination ("near the Southeast school",
  "by the Greek Orthodox church"), when no other school or church of the extract is so described.
- "bare-context": a street name without its type that fits several roads far apart, with words that
  single one out: a place next to it ("on Jefferson by Patterson Park"), a street it meets ("on Gough near
  Bond St"), a block of house numbers ("in the 3500 block of Boston").
- "area" (a generator of its own again, reported apart and in a line of its own, so that EXTENDED SET stays
  comparable with earlier rounds): a street whose name (with its type, or without it) other parts or
  other streets far away share, and the area it is in, an OSM place that is a neighbourhood, suburb,
  village, hamlet or town within 600 m of that part and more than 2 km from all the others ("on Linden
  Street in Oberlin", "on Bank St, Highlandtown", "on Linden in Oberlin"); right when on that part.
These rules are again written here, apart from the gazetteer's (and by the same hand).

Both strict and lenient figures are reported: the strict count is the one above; the lenient one also
counts right a point on another street of the same name but for its direction that joins the true one
(within 30 m), when the message did not write the direction that tells them apart ("Paxtang Avenue" for
North Paxtang Avenue, which goes on as South Paxtang Avenue; "N Gay St" for a way so named, which the
gazetteer merges with North Gay Street): a gazetteer cannot know which of the two is meant.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from nlp_common import DATA, need, seeclickfix  # noqa: E402

from nlp import Gazetteer, locate  # noqa: E402
from nlp.gazetteer import DIRECTIONS, canonical  # noqa: E402
from nlp.geo import Point, closest_approach, distance_m, nearest_on_line  # noqa: E402
from nlp.location import alternatives  # noqa: E402
from relay311.gazetteer_import import import_file  # noqa: E402
from relay311.gazetteer_store import load, to_dict  # noqa: E402

PROBLEMS = [
    "big pothole {loc}",
    "Street light out {loc} for a week now",
    "someone dumped a mattress and old tyres {loc}",
    "graffiti all over the wall {loc}",
    "{loc} - blocked drain, road flooding every time it rains",
    "theres a massive pot hole {loc}, nearly came off my bike!!",
    "Overflowing trash can {loc}",
    "abandoned car has been sitting {loc} for weeks",
    "Tree branch down {loc} blocking the sidewalk",
    "{loc}: traffic light stuck on red",
    "water leaking from hydrant {loc}",
    "dead deer in the road {loc}, please remove",
]
NO_LOCATION = [
    "Street light flickering all night, very annoying",
    "The pothole I reported last month is still not fixed",
    "Bins were not collected this week again",
    "someone keeps fly tipping, please do something",
    "Graffiti on the bus shelter",
    "dog poo everywhere on the footpath",
    "Tree roots lifting the sidewalk, trip hazard",
    "Drain smells awful and is blocked",
    "Traffic signal timing is too short for pedestrians",
    "abandoned bike locked to the railings for months",
]
_ABBREV = {
    "street": "St", "avenue": "Ave", "road": "Rd", "boulevard": "Blvd", "drive": "Dr", "lane": "Ln",
    "place": "Pl", "court": "Ct", "terrace": "Ter", "highway": "Hwy", "parkway": "Pkwy", "square": "Sq",
    "north": "N", "south": "S", "east": "E", "west": "W", "circle": "Cir",
}  # fmt: skip
_DIRS = {"north", "south", "east", "west", "n", "s", "e", "w"}


@dataclass
class Case:
    kind: str  # address | junction | street | place | none
    variant: str
    text: str
    truth: Point | None
    street_lines: tuple[tuple[Point, ...], ...] = ()
    # each street of the truth, and how the message wrote it ("Paxtang Avenue" for North Paxtang Avenue)
    named: tuple[tuple[str, str], ...] = ()


def variants(name: str, rng: random.Random) -> dict[str, str]:
    words = name.split()
    out = {"as-is": name, "lower": name.lower(), "upper": name.upper()}
    abbr = [_ABBREV.get(w.lower(), w) for w in words]
    if abbr != words:
        out["abbreviated"] = " ".join(abbr)
        out["abbrev-dotted"] = " ".join(
            a + "." if a != w and len(a) <= 4 else a for a, w in zip(abbr, words, strict=True)
        )
    if len(words) > 2 and words[0].lower() in _DIRS:
        out["no-direction"] = " ".join(words[1:])
    long = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
    if long:
        i = rng.choice(long)
        w = words[i]
        j = rng.randrange(1, len(w) - 2)
        typo = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
        out["typo"] = " ".join(words[:i] + [typo] + words[i + 1 :])
    if len(words) >= 2 and words[-1].lower() in _ABBREV:
        out["no-type"] = " ".join(words[:-1])
    if "'" in name:
        out["no-apostrophe"] = name.replace("'", "")
    return out


# The kind of place an OSM tag says, and the word people use for it.
_KIND_WORD = {
    "railway=station": "station", "amenity=school": "school", "leisure=park": "park",
    "amenity=hospital": "hospital", "amenity=library": "library", "amenity=place_of_worship": "church",
    "amenity=post_office": "post office", "amenity=fire_station": "fire station",
    "amenity=police": "police station",
}  # fmt: skip
_LEVEL = r"(?:Elementary|Primary|Middle|High|Junior|Senior)"
_DENOMINATION = (
    r"(?:(?:Roman )?Catholic|Baptist|(?:United )?Methodist|Lutheran|Presbyterian|Episcopal|Evangelical"
    r"|Orthodox)"
)


def kind_word(place: dict[str, object]) -> str:
    tag = str(place.get("kind", "")).split(";")[0]
    word = _KIND_WORD.get(tag, "")
    if (
        word == "church"
        and "religion=christian" not in str(place.get("kind", ""))
        and ";" in str(place.get("kind", ""))
    ):
        return ""  # a synagogue, a mosque...
    return word


def spoken(name: str, word: str, rng: random.Random) -> str:
    """How people say a place's name with its kind: "Holborn station", "Lawnton school"; "" if no rule."""
    name = re.sub(r"\s*\(historical\)$", "", name)
    if word == "station":
        return "" if "station" in name.lower() else f"{name} station"
    if word == "school":
        m = re.match(rf"^(.+?) ({_LEVEL})(?: School)?$|^(.+?) School$", name)
        if not m:
            return ""
        core, level = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), "")
        return (
            f"{core} {level}"
            if level and rng.random() < 0.5 and name.endswith("School")
            else f"{core} school"
        )
    if word == "church":
        m = re.match(rf"^(.+?)(?: {_DENOMINATION})+ Church$", name)
        return f"{m.group(1)} church" if m else ""
    if word == "library":
        m = re.match(r"^(.+?) Branch\b", name)
        return f"{m.group(1)} library" if m else ""
    if word == "park":
        return f"{name[:-5]} park" if name.endswith(" Park") else ""
    return ""


def casual(text: str, rng: random.Random) -> tuple[str, str]:
    """Some people type a whole message in lower case, on a phone: ("", text) or ("+all-lower", ...)."""
    return ("+all-lower", text.lower()) if rng.random() < 0.12 else ("", text)


def build(gaz_data: dict[str, object], per_kind: int, rng: random.Random) -> list[Case]:
    streets: dict[str, list[tuple[Point, ...]]] = defaultdict(list)
    for s in gaz_data["streets"]:  # type: ignore[attr-defined]
        streets[s["name"]].append(tuple((p[0], p[1]) for p in s["points"]))
    cases: list[Case] = []

    def sentence(loc: str) -> str:
        return rng.choice(PROBLEMS).format(loc=loc)

    def case(
        kind: str,
        variant: str,
        loc: str,
        truth: Point | None,
        lines: tuple[tuple[Point, ...], ...] = (),
        named: tuple[tuple[str, str], ...] = (),
    ) -> None:
        extra, text = casual(sentence(loc), rng)
        cases.append(Case(kind, variant + extra, text, truth, lines, named))

    addrs = [a for a in gaz_data["addresses"] if a["street"] in streets]  # type: ignore[attr-defined]
    for a in rng.sample(addrs, min(per_kind, len(addrs))):
        v, s = rng.choice(list(variants(a["street"], rng).items()))
        n = a["number"]
        form, loc = rng.choice(
            [
                ("outside", f"outside {n} {s}"),
                ("opp-no", f"opp no. {n} {s}"),
                ("in-front", f"in front of {n} {s}"),
                ("bare", f"at {n} {s}"),
                ("comma-city", f"{n} {s}, {gaz_data['name']}"),
                ("outside-no", f"outside no {n} {s}"),
                ("nr", f"nr {n} {s}"),
                ("by-number", f"by number {n} {s}"),
            ]
        )
        case(
            "address",
            f"{form}/{v}",
            loc,
            (a["lat"], a["lon"]),
            tuple(streets[a["street"]]),
            ((a["street"], s),),
        )
    xs = list(gaz_data["intersections"])  # type: ignore[call-overload]
    for x in rng.sample(xs, min(per_kind, len(xs))):
        va, sa = rng.choice(list(variants(x["a"], rng).items()))
        vb, sb = rng.choice(list(variants(x["b"], rng).items()))
        named = ((x["a"], sa), (x["b"], sb))
        if rng.random() < 0.5:
            sa, sb = sb, sa
        form, loc = rng.choice(
            [
                ("corner-of", f"on the corner of {sa} and {sb}"),
                ("slash-junction", f"at the {sa} / {sb} junction"),
                ("meets", f"where {sa} meets {sb}"),
                ("ampersand", f"at {sa} & {sb}"),
                ("intersection-of", f"at the intersection of {sa} and {sb}"),
                ("and", f"at {sa} and {sb}"),
                ("nr-junction-of", f"nr the junction of {sa} and {sb}"),
                ("junction-with", f"at the junction of {sa} with {sb}"),
                ("corner", f"corner {sa} & {sb}"),
                ("on-at", f"on {sa} at {sb}"),
                ("crosses", f"where {sa} crosses {sb}"),
                ("near-corner", f"near the corner of {sa} and {sb}"),
            ]
        )
        lines = tuple(streets[x["a"]]) + tuple(streets[x["b"]])
        case("junction", f"{form}/{va}+{vb}", loc, (x["lat"], x["lon"]), lines, named)
    names = [n for n in streets if len(n) > 4]
    for name in rng.sample(names, min(per_kind, len(names))):
        v, s = rng.choice(list(variants(name, rng).items()))
        form, loc = rng.choice(
            [
                ("on", f"on {s}"),
                ("along", f"all along {s}"),
                ("in", f"in {s}"),
                ("end-of", f"at the end of {s}"),
                ("halfway", f"halfway down {s}"),
                ("up", f"up {s}"),
            ]
        )
        case("street", f"{form}/{v}", loc, None, tuple(streets[name]), ((name, s),))
    counts: dict[str, int] = defaultdict(int)
    for p in gaz_data["places"]:  # type: ignore[attr-defined]
        counts[p["name"].lower()] += 1
    unique = [p for p in gaz_data["places"] if counts[p["name"].lower()] == 1]  # type: ignore[attr-defined]
    for p in rng.sample(unique, min(per_kind, len(unique))):
        name = p["name"]
        v = rng.choice(["as-is", "lower", "no-apostrophe"] if "'" in name else ["as-is", "lower"])
        shown = name.lower() if v == "lower" else name.replace("'", "") if v == "no-apostrophe" else name
        form, loc = rng.choice(
            [
                ("outside", f"outside {shown}"),
                ("by-the", f"by the {shown}"),
                ("near", f"near {shown}"),
                ("opposite", f"opposite {shown}"),
                ("in-front", f"in front of {shown}"),
            ]
        )
        case("place", f"{form}/{v}", loc, (p["lat"], p["lon"]))
    extra = random.Random(rng.random())  # a second generator: the messages above stay as they were
    said = [(p, spoken(p["name"], kind_word(p), extra)) for p in unique if kind_word(p)]
    said = [(p, s) for p, s in said if s]
    for p, shown in extra.sample(said, min(per_kind // 3, len(said))):
        form, loc = extra.choice(
            [("outside", f"outside {shown}"), ("by", f"by {shown}"), ("near-the", f"near the {shown}"),
             ("at", f"at {shown}"), ("opposite", f"opposite {shown}")]
        )  # fmt: skip
        extra_text, text = casual(extra.choice(PROBLEMS).format(loc=loc), extra)
        cases.append(Case("place", f"{form}/spoken{extra_text}", text, (p["lat"], p["lon"])))
    kinds: dict[str, int] = defaultdict(int)
    for p in gaz_data["places"]:  # type: ignore[attr-defined]
        kinds[kind_word(p)] += 1
    typed = [p for p in gaz_data["places"] if kind_word(p)]  # type: ignore[attr-defined]
    for p in extra.sample(typed, min(per_kind // 3, len(typed))):
        word = kind_word(p)
        form, loc = extra.choice(
            [("by-the", f"by the {word}"), ("outside-the", f"outside the {word}"),
             ("near-the", f"near the {word}"), ("in-front", f"in front of the {word}")]
        )  # fmt: skip
        extra_text, text = casual(extra.choice(PROBLEMS).format(loc=loc), extra)
        one = "only" if kinds[word] == 1 else "several"
        cases.append(Case("generic", f"{form}/{one}{extra_text}", text, (p["lat"], p["lon"])))
    return cases


_ORDINAL_NAME = re.compile(
    r"^(?:(North|South|East|West) )?(\d{1,3}(?:st|nd|rd|th)) (Street|Avenue|Road|Place|Drive|Lane|Boulevard)$"
)
_SCHOOL_DIR = re.compile(
    r"^(North|South|East|West|Northeast|Northwest|Southeast|Southwest|Northern|Southern|Eastern|Western"
    r"|Central) (Elementary|Middle|High|Junior High|Senior High)(?: School)?$"
)
_CHURCH_DENOM = re.compile(
    r"^.+? ((?:Roman |Greek |Russian |Polish |Ukrainian |Byzantine )?(?:Catholic|Orthodox)|Baptist"
    r"|(?:United )?Methodist|Lutheran|Presbyterian|Episcopal)(?: Church)?$"
)


def _core(name: str) -> str:
    """A street's name without its direction and type word: "North Jefferson Street" -> "Jefferson"."""
    words = name.split()
    if len(words) > 2 and words[0].lower() in _DIRS:
        words = words[1:]
    if len(words) >= 2 and words[-1].lower() in _ABBREV:
        words = words[:-1]
    return " ".join(words)


def _box(lines: list[tuple[Point, ...]], pad_m: float) -> tuple[float, float, float, float]:
    pts = [p for line in lines for p in line]
    pad = pad_m / 111_000
    return (min(p[0] for p in pts) - pad, min(p[1] for p in pts) - pad * 1.3,
            max(p[0] for p in pts) + pad, max(p[1] for p in pts) + pad * 1.3)  # fmt: skip


def _nearest(lines: list[tuple[Point, ...]], p: Point) -> tuple[Point, float]:
    return min((nearest_on_line(line, p) for line in lines), key=lambda f: f[1])


_AREA_TAGS = frozenset(
    {"place=neighbourhood", "place=suburb", "place=quarter", "place=village", "place=hamlet", "place=town"}
)


def _parts(lines: list[tuple[Point, ...]], apart_m: float = 200.0) -> list[list[tuple[Point, ...]]]:
    """The lines of one name grouped into parts that come within `apart_m` of each other."""
    groups: list[list[tuple[Point, ...]]] = []
    for line in lines:
        near = [g for g in groups if any(closest_approach(line, o, within=apart_m)[1] <= apart_m for o in g)]
        groups = [g for g in groups if all(g is not n for n in near)] + [
            [line, *(o for g in near for o in g)]
        ]
    return groups


def area_cases(gaz_data: dict[str, object], per_kind: int, rng: random.Random) -> list[Case]:
    """The "area" messages (see the module's docstring)."""
    streets: dict[str, list[tuple[Point, ...]]] = defaultdict(list)
    for s in gaz_data["streets"]:  # type: ignore[attr-defined]
        streets[s["name"]].append(tuple((p[0], p[1]) for p in s["points"]))
    areas = [
        (str(p["name"]), (float(p["lat"]), float(p["lon"])))
        for p in gaz_data["places"]  # type: ignore[attr-defined]
        if str(p.get("kind", "")).split(";")[0] in _AREA_TAGS
    ]
    by_core: dict[str, list[str]] = defaultdict(list)
    for name in streets:
        if name.split()[-1].lower() in _ABBREV:
            by_core[_core(name)].append(name)
    options: list[tuple[str, list[tuple[Point, ...]], str, bool]] = []  # (street, part, area, bare too)
    for name in sorted(streets):
        if len(name) <= 4 or name.split()[-1].lower() not in _ABBREV:
            continue
        parts = _parts(streets[name])
        namesakes = [o for o in by_core[_core(name)] if o != name]
        for k, part in enumerate(parts):
            others = [p for j, p in enumerate(parts) if j != k]
            if not others and not namesakes:
                continue  # one street, one part: nothing for an area to choose
            for area, point in areas:
                if _nearest(part, point)[1] > 600 or any(_nearest(o, point)[1] <= 2000 for o in others):
                    continue
                bare = all(_nearest(streets[o], point)[1] > 2000 for o in namesakes)
                options.append((name, part, area, bare and len(_core(name)) > 3))
                break
    cases: list[Case] = []
    for name, part, area, bare in rng.sample(options, min(per_kind // 6, len(options))):
        forms = [("in", f"on {name} in {area}"), ("comma", f"on {name}, {area}")]
        if bare:
            forms.append(("bare-in", f"on {_core(name)} in {area}"))
        form, loc = rng.choice(forms)
        written = _core(name) if form == "bare-in" else name
        text = rng.choice(PROBLEMS).format(loc=loc)
        extra, text = ("+all-lower", text.lower()) if rng.random() < 0.12 else ("", text)
        cases.append(Case("area", form + extra, text, None, tuple(part), ((name, written),)))
    return cases


def extended(gaz_data: dict[str, object], per_kind: int, rng: random.Random) -> list[Case]:
    """The messages --extended adds (see the module's docstring)."""
    streets: dict[str, list[tuple[Point, ...]]] = defaultdict(list)
    for s in gaz_data["streets"]:  # type: ignore[attr-defined]
        streets[s["name"]].append(tuple((p[0], p[1]) for p in s["points"]))
    boxes = {name: _box(lines, 300) for name, lines in streets.items()}
    places: list[dict[str, object]] = list(gaz_data["places"])  # type: ignore[call-overload]
    counts: dict[str, int] = defaultdict(int)
    for p in places:
        counts[str(p["name"]).lower()] += 1
    cases: list[Case] = []
    lines_of = {name: tuple(lines) for name, lines in streets.items()}

    def case(
        kind: str,
        variant: str,
        loc: str,
        truth: Point | None,
        lines: tuple[tuple[Point, ...], ...] = (),
        lower: float = 0.12,
        named: tuple[tuple[str, str], ...] = (),
    ) -> None:
        text = rng.choice(PROBLEMS).format(loc=loc)
        extra, text = ("+all-lower", text.lower()) if rng.random() < lower else ("", text)
        cases.append(Case(kind, f"{variant}{extra}", text, truth, lines, named))

    def near_streets(p: Point, max_m: float) -> list[tuple[float, str, Point]]:
        out = []
        for name, (a, b, c, d) in boxes.items():
            if a <= p[0] <= c and b <= p[1] <= d:
                point, dist = _nearest(streets[name], p)
                if dist <= max_m:
                    out.append((dist, name, point))
        return sorted(out)

    def shown(name: str) -> tuple[str, str]:
        return rng.choice([("as-is", name), ("abbreviated", variants(name, rng).get("abbreviated", name))])

    # 1. numbered streets without their type, mostly in lower case
    numbered = sorted(n for n in streets if _ORDINAL_NAME.match(n))
    for name in rng.sample(numbered, min(per_kind // 6, len(numbered))):
        m = _ORDINAL_NAME.match(name)
        assert m is not None
        direction, ordinal, typ = m.groups()
        said = rng.choice(["", f"{direction[0]} ", f"{direction} "]) if direction else ""
        typed = f"{said}{ordinal} {_ABBREV[typ.lower()]}"
        bare = f"{said}{ordinal}"
        form, loc = rng.choice(
            [("up", f"up {bare}"), ("on", f"on {bare}"), ("along", f"all along {bare}"),
             ("down", f"down {bare}"), ("typed", f"on {typed}")]
        )  # fmt: skip
        case("ordinal", form, loc, None, lines_of[name], lower=0.7, named=((name, f"{said}{ordinal}"),))
    corners = [
        x for x in gaz_data["intersections"] if _ORDINAL_NAME.match(x["a"]) or _ORDINAL_NAME.match(x["b"])
    ]  # type: ignore[attr-defined]
    for x in rng.sample(corners, min(per_kind // 6, len(corners))):
        num, other = (x["a"], x["b"]) if _ORDINAL_NAME.match(x["a"]) else (x["b"], x["a"])
        m = _ORDINAL_NAME.match(num)
        assert m is not None
        o, b = m.group(2), _core(other)
        form, loc = rng.choice(
            [("corner-of", f"on the corner of {o} and {b}"), ("at", f"at {o} and {b}"),
             ("amp", f"at {o} & {b}"), ("on-near", f"on {o} near {b}")]
        )  # fmt: skip
        both = ((num, o), (other, b))
        case("ordinal-corner", form, loc, (x["lat"], x["lon"]), lines_of[num] + lines_of[other], 0.7, both)
    # 2. a street and a place next to it
    kind_near: dict[str, list[dict[str, object]]] = defaultdict(list)
    for p in places:
        if kind_word(p):
            kind_near[kind_word(p)].append(p)
    named = [p for p in places if counts[str(p["name"]).lower()] == 1 and len(str(p["name"])) > 4]
    made = 0
    for p in rng.sample(named, len(named)):
        if made >= per_kind // 6:
            break
        pt = (float(p["lat"]), float(p["lon"]))  # type: ignore[arg-type]
        close = [c for c in near_streets(pt, 120) if len(c[1]) > 4]
        if not close:
            continue
        _, sname, truth = close[0]
        word = kind_word(p)
        others = [q for q in kind_near.get(word, []) if q is not p]
        alone = bool(word) and all(
            _nearest(streets[sname], (float(q["lat"]), float(q["lon"])))[1] > 300
            for q in others  # type: ignore[arg-type]
        )
        v, st = shown(sname)
        forms = [("near", f"on {st} near {p['name']}"), ("by", f"on {st} by {p['name']}"),
                 ("outside", f"on {st} outside {p['name']}")]  # fmt: skip
        if alone:
            forms += [
                ("by-the-kind", f"on {st} by the {word}"),
                ("near-the-kind", f"on {st} near the {word}"),
            ]
        form, loc = rng.choice(forms)
        case("street-near", f"{form}/{v}", loc, truth, lines_of[sname], named=((sname, st),))
        made += 1
    # 3. schools and churches named by a direction or a denomination
    schools = [(p, _SCHOOL_DIR.match(str(p["name"]))) for p in kind_near.get("school", [])]
    dirs: dict[str, int] = defaultdict(int)
    for _, m in schools:
        if m:
            dirs[m.group(1)] += 1
    churches = [(p, _CHURCH_DENOM.match(str(p["name"]))) for p in kind_near.get("church", [])]
    denoms: dict[str, int] = defaultdict(int)  # how many churches' names have each denomination
    for _, m in churches:
        if m:
            denoms[m.group(1)] = sum(m.group(1) in str(q["name"]) for q, _ in churches)
    for p, m in schools:
        if m and dirs[m.group(1)] == 1:
            d, level = m.groups()
            for form, loc in [("near-the", f"near the {d} school"), ("by", f"by {d} {level} school")]:
                case("described", f"school-{form}", loc, (p["lat"], p["lon"]))  # type: ignore[arg-type]
    for p, m in churches:
        if not m:
            continue
        denom = m.group(1)
        pt = (float(p["lat"]), float(p["lon"]))  # type: ignore[arg-type]
        if denoms[denom] == 1:
            for form, loc in [
                ("by-the", f"by the {denom} church"),
                ("outside-the", f"outside the {denom} church"),
            ]:
                case("described", f"church-{form}", loc, pt)
        close = [c for c in near_streets(pt, 120) if len(c[1]) > 4]
        if not close:
            continue
        _, sname, truth = close[0]
        same = [q for q, _ in churches if q is not p and denom in str(q["name"])]
        if all(_nearest(streets[sname], (float(q["lat"]), float(q["lon"])))[1] > 300 for q in same):  # type: ignore[arg-type]
            v, st = shown(sname)
            case("street-near", f"the-denomination-church-on/{v}", f"by the {denom} church on {st}", truth,
                 lines_of[sname], named=((sname, st),))  # fmt: skip
    # 4. a name without its type that fits several roads far apart, and words that single one out
    by_core: dict[str, list[str]] = defaultdict(list)
    for name in streets:
        if name.split()[-1].lower() in _ABBREV and len(_core(name)) > 3 and _core(name).lower() not in _DIRS:
            by_core[_core(name)].append(name)
    apart: list[tuple[str, str, list[str]]] = []  # (core, street, the far-apart streets of that core)
    for core, names in by_core.items():
        for name in names:
            far = [
                o
                for o in names
                if o != name
                and all(
                    _nearest(streets[name], q)[1] > 300
                    for line in streets[o]
                    for q in line[:: max(1, len(line) // 8)]
                )
            ]
            if far:
                apart.append((core, name, far))
    numbers: dict[str, list[tuple[int, Point]]] = defaultdict(list)
    for a in gaz_data["addresses"]:  # type: ignore[attr-defined]
        digits = re.match(r"\d+", str(a["number"]))
        if digits:
            numbers[a["street"]].append((int(digits.group()), (a["lat"], a["lon"])))
    made = 0
    xs = list(gaz_data["intersections"])  # type: ignore[call-overload]
    for core, name, far in rng.sample(apart, len(apart)):
        if made >= per_kind // 6:
            break
        options: list[tuple[str, str, Point]] = []
        for p in named:
            pt = (float(p["lat"]), float(p["lon"]))  # type: ignore[arg-type]
            a, b, c, d = boxes[name]
            if not (a <= pt[0] <= c and b <= pt[1] <= d):
                continue
            point, dist = _nearest(streets[name], pt)
            if dist <= 120 and all(_nearest(streets[o], pt)[1] > 300 for o in far):
                options.append(("place", f"on {core} by {p['name']}", point))
                break
        for x in xs:
            if name in (x["a"], x["b"]):
                other = x["b"] if x["a"] == name else x["a"]
                if _core(other) != core and len(other) > 4:
                    options.append(("cross-street", f"on {core} near {other}", (x["lat"], x["lon"])))
                    break
        for n, _ in numbers.get(name, [])[:1]:
            low = n // 100 * 100
            pts = [q for k, q in numbers[name] if low <= k < low + 100]
            mid = (sum(q[0] for q in pts) / len(pts), sum(q[1] for q in pts) / len(pts))
            clash = any(low <= k < low + 100 for o in far for k, _ in numbers.get(o, []))
            if low and not clash and all(distance_m(mid, q) <= 150 for q in pts):
                options.append(("block", f"in the {low} block of {core}", mid))
        if options:
            form, loc, truth = rng.choice(options)
            case("bare-context", form, loc, truth, lines_of[name], named=((name, core),))
            made += 1
    return cases


def no_location_cases() -> list[Case]:
    texts = [t for t, _ in seeclickfix() if t]
    fms = json.loads(
        need(DATA / "reports" / "fixmystreet_cambridge_uk_fixed.json").read_text(encoding="utf-8")
    )
    texts += [r["title"] for r in fms["reports"]]
    texts += NO_LOCATION
    return [Case("none" if t not in NO_LOCATION else "none-generic", "", t, None) for t in texts]


STREET_LEVEL = frozenset(
    {"street", "ordinal", "area"}
)  # right when on the right street (no point to be near)
ROUND2_KINDS = frozenset({"area"})  # added in a later round: reported apart from EXTENDED SET
OLD_KINDS = frozenset({"address", "junction", "street", "place"})  # the messages without --extended


def on_street(p: Point, lines: tuple[tuple[Point, ...], ...], tol: float = 30.0) -> bool:
    return any(nearest_on_line(line, p)[1] <= tol for line in lines)


def _lead_direction(name: str) -> str:
    words = canonical(name)
    return words[0] if len(words) >= 2 and words[0] in DIRECTIONS else ""


def _base(name: str) -> tuple[str, ...]:
    """A street's canonical name without the direction it begins with: "North Paxtang Avenue" and "Paxtang
    Ave" -> ("paxtang", "ave")."""
    words = canonical(name)
    return words[1:] if len(words) > 2 and words[0] in DIRECTIONS else words


class Continuations:
    """The lenient count: a point on another street of the same name but for its direction ("South Paxtang
    Avenue" for North Paxtang Avenue; "North Gay Street" for a way named "N Gay St") that joins the true
    street (comes within 30 m of it) is on the right street when the message did not write the direction
    that tells them apart ("Paxtang Avenue", "up 62nd"): the gazetteer cannot know which of the two it is."""

    def __init__(self, gaz_data: dict[str, object]) -> None:
        self.lines: dict[str, list[tuple[Point, ...]]] = defaultdict(list)
        for s in gaz_data["streets"]:  # type: ignore[attr-defined]
            self.lines[s["name"]].append(tuple((p[0], p[1]) for p in s["points"]))
        self.by_base: dict[tuple[str, ...], list[str]] = defaultdict(list)
        for name in self.lines:
            self.by_base[_base(name)].append(name)
        self._joined: dict[tuple[str, str], bool] = {}

    def joined(self, a: str, b: str) -> bool:
        key = (min(a, b), max(a, b))
        if key not in self._joined:
            self._joined[key] = any(
                closest_approach(x, y, within=30.0)[1] <= 30.0 for x in self.lines[a] for y in self.lines[b]
            )
        return self._joined[key]

    def credit(self, p: Point, case: Case) -> bool:
        for truth, written in case.named:
            said = _lead_direction(written)
            for other in self.by_base.get(_base(truth), ()):
                if other == truth or said and _lead_direction(other) != said:
                    continue
                if on_street(p, tuple(self.lines[other])) and self.joined(truth, other):
                    return True
        return False


def score(
    cases: list[Case], gaz: Gazetteer, show: int, continuations: Continuations | None = None
) -> dict[str, dict[str, float]]:
    stats: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    errors: dict[str, list[str]] = defaultdict(list)
    for c in cases:
        loc = locate(c.text, gaz)
        st = stats[c.kind]
        st["n"] += 1
        if loc is None:
            st["missed"] += 1
            if not c.kind.startswith("none"):
                st[f"missed:{c.variant.split('/')[-1]}"] += 1
                if "several" not in c.variant:  # not guessing among several is right
                    errors[c.kind].append(f"MISSED  {c.variant:28} {c.text!r}")
            continue
        if c.kind.startswith("none"):
            st["invented"] += 1
            errors[c.kind].append(f"INVENTED {loc.kind} {loc.text!r} <- {c.text[:100]!r}")
            continue
        p = (loc.lat, loc.lon)
        near = c.truth is not None and distance_m(p, c.truth) <= 50
        street = bool(c.street_lines) and on_street(p, c.street_lines)
        if c.kind in STREET_LEVEL:
            near = street
        if not c.street_lines:
            street = near
        if c.kind == "generic" and "several" in c.variant:
            near = False  # several of its kind: right only when offered among the alternatives
        st["within"] += near
        st["right_street"] += near or street
        if not (near or street):
            st["wrong"] += 1
            offered = any(
                (c.kind in STREET_LEVEL and on_street((a.lat, a.lon), c.street_lines))
                or (
                    c.kind not in STREET_LEVEL
                    and c.truth is not None
                    and distance_m((a.lat, a.lon), c.truth) <= 50
                )
                for a in alternatives(c.text, gaz, loc)
            )
            st["offered"] += offered
            continued = continuations is not None and continuations.credit(p, c)
            st["continued"] += continued
            d = distance_m(p, c.truth) if c.truth else -1
            what = "CONTINUED" if continued else "OFFERED" if offered else "WRONG  "
            errors[c.kind].append(f"{what} {c.variant:28} {loc.kind}:{loc.text!r} {d:.0f} m <- {c.text!r}")
    for kind, errs in errors.items():
        for e in errs[:show]:
            print(f"  [{kind}] {e}")
    return stats


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-kind", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show-errors", type=int, default=0)
    ap.add_argument("--extended", action="store_true", help="add the messages of the extended set")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    total: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    with tempfile.TemporaryDirectory() as tmp:
        for city in ("baltimore", "harrisburg"):
            out = Path(tmp) / f"{city}.sqlite"
            import_file(need(DATA / "osm" / f"{city}.osm.pbf"), out, quiet=True)
            data = to_dict(out)
            gaz = load(out)
            cases = build(data, args.per_kind, rng) + no_location_cases()
            if args.extended:  # a generator of their own: the messages above stay the same
                cases += extended(data, args.per_kind, random.Random(f"{args.seed}-{city}"))
                cases += area_cases(data, args.per_kind, random.Random(f"{args.seed}-{city}-area"))
            print(f"\n== {city}: {len(cases)} messages")
            stats = score(cases, gaz, args.show_errors, Continuations(data))
            for kind, st in stats.items():
                for k, v in st.items():
                    total[kind][k] += v
                _print(kind, st)
    print("\n== both extracts")
    for kind, st in total.items():
        _print(kind, st)
    sets = [("ALL WITH A LOCATION", OLD_KINDS)]
    if args.extended:
        extended_kinds = frozenset(k for k in total if not k.startswith("none") and k != "generic")
        sets.append(("EXTENDED SET", extended_kinds - ROUND2_KINDS))
        sets.append(("EXTENDED SET WITH AREAS", extended_kinds))
    none, none_generic = total["none"]["invented"], total["none-generic"]["invented"]
    for label, kinds in sets:
        located = {
            k: sum(total[kind][k] for kind in kinds)
            for k in ("n", "within", "right_street", "wrong", "continued")
        }
        n = max(located["n"], 1)
        print(
            f"{label}: n={n:.0f} within tolerance {located['within'] / n:.3f};"
            f" on the right street {located['right_street'] / n:.3f};"
            f" falsely located {located['wrong'] / n:.3f}; invented on no-location texts"
            f" {none / max(total['none']['n'], 1):.3f} (real reports of other cities, some"
            " naming streets and shops that exist here too) and"
            f" {none_generic / max(total['none-generic']['n'], 1):.3f} (generic sentences)"
        )
        # the lenient count, beside the strict one above: see `Continuations`
        continued = located["continued"]
        street_level = sum(total[kind]["continued"] for kind in kinds & STREET_LEVEL)
        print(
            f"  {label}, lenient (a point on a joined continuation of the same name, when the text did not"
            f" write the direction that tells them apart, counted right: {continued:.0f}):"
            f" within tolerance {(located['within'] + street_level) / n:.3f};"
            f" on the right street {(located['right_street'] + continued) / n:.3f};"
            f" falsely located {(located['wrong'] - continued) / n:.3f}"
        )


def _print(kind: str, st: dict[str, float]) -> None:
    n = st["n"]
    if kind.startswith("none"):
        print(f"  {kind:9} n={n:5.0f} invented={st['invented'] / n:.3f}")
        return
    misses = ", ".join(f"{k[7:]}={v:.0f}" for k, v in sorted(st.items()) if k.startswith("missed:"))
    if kind == "generic":  # several places of that kind: missing it (asking) is right
        several = st["missed:several"] + sum(v for k, v in st.items() if k.startswith("missed:several+"))
        print(
            f"  {kind:9} n={n:5.0f} found-the-only-one={st['within'] / n:.3f}"
            f" offered-among-several={st['offered'] / n:.3f} not-guessed-among-several={several / n:.3f}"
            f" wrong={(st['wrong'] - st['offered']) / n:.3f}"
            f" missed-the-only-one={(st['missed'] - several) / n:.3f}"
        )
        return
    print(
        f"  {kind:9} n={n:5.0f} within-50m={st['within'] / n:.3f} right-street={st['right_street'] / n:.3f}"
        f" wrong={st['wrong'] / n:.3f} (right one offered: {st['offered']:.0f};"
        f" on a continuation: {st['continued']:.0f})"
        f" missed={st['missed'] / n:.3f}  (missed by variant: {misses})"
    )


if __name__ == "__main__":
    main()
