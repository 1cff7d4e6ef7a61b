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
from nlp.geo import Point, distance_m, nearest_on_line  # noqa: E402
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
        kind: str, variant: str, loc: str, truth: Point | None, lines: tuple[tuple[Point, ...], ...] = ()
    ) -> None:
        extra, text = casual(sentence(loc), rng)
        cases.append(Case(kind, variant + extra, text, truth, lines))

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
        case("address", f"{form}/{v}", loc, (a["lat"], a["lon"]), tuple(streets[a["street"]]))
    xs = list(gaz_data["intersections"])  # type: ignore[call-overload]
    for x in rng.sample(xs, min(per_kind, len(xs))):
        va, sa = rng.choice(list(variants(x["a"], rng).items()))
        vb, sb = rng.choice(list(variants(x["b"], rng).items()))
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
        case("junction", f"{form}/{va}+{vb}", loc, (x["lat"], x["lon"]), lines)
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
        case("street", f"{form}/{v}", loc, None, tuple(streets[name]))
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


def no_location_cases() -> list[Case]:
    texts = [t for t, _ in seeclickfix() if t]
    fms = json.loads(
        need(DATA / "reports" / "fixmystreet_cambridge_uk_fixed.json").read_text(encoding="utf-8")
    )
    texts += [r["title"] for r in fms["reports"]]
    texts += NO_LOCATION
    return [Case("none" if t not in NO_LOCATION else "none-generic", "", t, None) for t in texts]


def on_street(p: Point, lines: tuple[tuple[Point, ...], ...], tol: float = 30.0) -> bool:
    return any(nearest_on_line(line, p)[1] <= tol for line in lines)


def score(cases: list[Case], gaz: Gazetteer, show: int) -> dict[str, dict[str, float]]:
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
        if c.kind == "street":
            near = street
        if c.kind == "generic" and "several" in c.variant:
            near = False  # several of its kind: right only when offered among the alternatives
        st["within"] += near
        st["right_street"] += near or street
        if not (near or street):
            st["wrong"] += 1
            offered = any(
                (c.kind == "street" and on_street((a.lat, a.lon), c.street_lines))
                or (c.kind != "street" and c.truth is not None and distance_m((a.lat, a.lon), c.truth) <= 50)
                for a in alternatives(c.text, gaz, loc)
            )
            st["offered"] += offered
            d = distance_m(p, c.truth) if c.truth else -1
            what = "OFFERED" if offered else "WRONG  "
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
            print(f"\n== {city}: {len(cases)} messages")
            stats = score(cases, gaz, args.show_errors)
            for kind, st in stats.items():
                for k, v in st.items():
                    total[kind][k] += v
                _print(kind, st)
    print("\n== both extracts")
    located = {"n": 0.0, "within": 0.0, "wrong": 0.0}
    for kind, st in total.items():
        _print(kind, st)
        if not kind.startswith("none") and kind != "generic":
            for k in located:
                located[k] += st[k]
    n = located["n"]
    print(
        f"ALL WITH A LOCATION: n={n:.0f} within tolerance {located['within'] / n:.3f};"
        f" falsely located {located['wrong'] / n:.3f}; invented on no-location texts"
        f" {total['none']['invented'] / max(total['none']['n'], 1):.3f} (real reports of other cities, some"
        " naming streets and shops that exist here too) and"
        f" {total['none-generic']['invented'] / max(total['none-generic']['n'], 1):.3f} (generic sentences)"
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
        f" wrong={st['wrong'] / n:.3f} (right one offered: {st['offered']:.0f})"
        f" missed={st['missed'] / n:.3f}  (missed by variant: {misses})"
    )


if __name__ == "__main__":
    main()
