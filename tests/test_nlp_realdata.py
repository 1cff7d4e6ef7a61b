"""Category ranking measured on real citizen reports from /work/shared/data/reports (skipped when absent).

The FixMyStreet Cambridge category labels cannot be used: none of the 61 labelled report ids occur among the
4,193 titles (the two files were fetched at different times), so there is no labelled FMS text. The labelled
text is SeeClickFix's: the free-text `description` a citizen typed, with the request type (`summary`) they
picked as the label. It is measured two ways:

* "own catalog": each city's own request types become the catalog (names only, as SeeClickFix lists them),
  so this is zero-shot on the real label wording;
* "Bloomington": the texts are scored against Bloomington IN's real Open311 catalog (63 services, another
  city's wording), with the labels mapped by hand below onto the Bloomington codes a dispatcher would accept.

Catch-all labels ("Other", "General Feedback or Questions", "Police General Issue", "N/A", ...) and empty
descriptions are left out: no text-only system can be scored on them.

These texts are a development set: the lexicon in `nlp/lexicon.py` was extended while reading the errors
made here, so the figures are optimistic for unseen cities. The floors asserted are a little below them.
"""

from __future__ import annotations

import csv
import json
import re
import time
from collections.abc import Iterable
from pathlib import Path

import pytest

from nlp import Gazetteer, Service, extract, locate
from nlp.category import rank
from nlp.geo import distance_m

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"

CATCH_ALL = {
    "Other",
    "Others",
    "General Feedback or Questions",
    "Question?",
    "Police General Issue",
    "N/A",
}
# Topeka's two "Property Maintenance ..." types are near-duplicates; either is accepted for the other.
TOPEKA_SAME = {
    "Property Maintenance, Code Violations & Graffiti": "Property Maintenance & Code Violations",
}

# SeeClickFix label -> Bloomington service codes that would be a correct routing.
PROPERTY = {"10", "2", "37", "5", "1", "8", "29", "52"}
TO_BLOOMINGTON: dict[str, set[str]] = {
    # Topeka
    "Property Maintenance, Code Violations & Graffiti": PROPERTY,
    "Property Maintenance & Code Violations": PROPERTY,
    "Curb and Gutter Repair": {"34"},
    "Street Repair": {"25"},
    "Sidewalk and Ramp": {"34", "78", "76", "82"},
    "Trees and Tree Limbs": {"89"},
    "Utility Work Damage": {"91", "60", "11"},
    "Traffic Signal Repair": {"70"},
    "Street Sign Repair": {"86"},
    "Snow or Ice Hazard": {"27", "15"},
    "Downtown Parking General Question": {"92", "44", "43"},
    "Street Light Out": {"69"},
    "safety lighting": {"69", "93"},
    "Hydrant Leaking": {"13"},
    "Police Animal Control": {"32"},
    "Graffiti": {"37"},
    # Virginia Beach / Norfolk
    "Traffic Sign": {"86"},
    "Pothole": {"25"},
    "Potholes": {"25"},
    "pot holes": {"25"},
    "Bumpy and Uneven Road": {"25"},
    "Very Rough/ damaged road": {"25"},
    "Other-Missing Pavement": {"25"},
    "Street Light": {"69", "93"},
    "Stormdrain Maintenance": {"57", "74"},
    "Roadway Flooded": {"74", "57"},
    "Graffiti on Private Property": {"37"},
    "Graffiti on Road, Bridge or Sign": {"37"},
    "Recycling Collection": {"36"},
    "Trash Collection": {"5"},
    "Bulky Item Pickup": {"5"},
    "Yard Waste": {"35"},
    "Traffic Signal": {"70"},
    "over grown lot": {"2"},
    "Tall grass at empty house ": {"2"},
    "Other-Abandoned automobile.": {"52"},
    "Other- Sidewalk": {"34"},
    "Other-Trees encroaching on roadway": {"89"},
    "Other-Sewage Manhole": {"14", "57"},
    "Other-Watermeter": {"13"},
    "Needs a bike lane": {"66"},
    "No ramps, some missing sidewalks": {"76", "34", "82"},
}


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"shared data not available: {path}")
    return path


def topeka() -> list[tuple[str, str]]:
    """(description, label) pairs from SeeClickFix Topeka."""
    with _need(DATA / "reports" / "seeclickfix_topeka_issues.csv").open(encoding="utf-8") as fh:
        return [(r["description"].strip(), r["summary"]) for r in csv.DictReader(fh)]


def virginia() -> list[tuple[str, str]]:
    """(description, label) pairs from SeeClickFix Virginia Beach and Norfolk."""
    out: list[tuple[str, str]] = []
    for name in ("seeclickfix_virginia_beach_2015.jsonl", "seeclickfix_norfolk_2015.jsonl"):
        with _need(DATA / "reports" / name).open(encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                out.append(((row.get("description") or "").strip(), row["summary"]))
    return out


def bloomington() -> list[Service]:
    raw = json.loads(_need(DATA / "open311" / "bloomington" / "services.json").read_text(encoding="utf-8"))
    return [
        Service(
            code=s["service_code"],
            name=s["service_name"],
            description=s.get("description") or "",
            keywords=tuple(k for k in (s.get("keywords") or "").split(",") if k.strip()),
            group=s.get("group") or "",
        )
        for s in raw
    ]


def own_catalog(rows: Iterable[tuple[str, str]], min_count: int = 2) -> list[Service]:
    """A catalog of the request types used at least `min_count` times, named as the city names them."""
    counts: dict[str, int] = {}
    for _, label in rows:
        counts[label] = counts.get(label, 0) + 1
    return [Service(code=label, name=label) for label, n in sorted(counts.items()) if n >= min_count]


def measure(
    rows: Iterable[tuple[str, str]], catalog: list[Service], accept: dict[str, set[str]]
) -> dict[str, float]:
    """top-1 / top-3 accuracy, the share of texts with a confident (>= 0.5) first candidate, the accuracy
    of those confident answers, and the accuracy of always answering the most frequent label."""
    n = top1 = top3 = confident = confident_right = 0
    counts: dict[str, int] = {}
    for text, label in rows:
        if not text or label not in accept:
            continue
        ranked = rank(text, catalog)
        codes = [c.service_code for c in ranked]
        n += 1
        right = bool(codes[:1] and codes[0] in accept[label])
        top1 += right
        top3 += bool(set(codes[:3]) & accept[label])
        if ranked and ranked[0].score >= 0.5:
            confident += 1
            confident_right += right
        counts[label] = counts.get(label, 0) + 1
    majority = max(counts, key=lambda k: counts[k]) if counts else ""
    baseline = sum(c for label, c in counts.items() if accept.get(majority, set()) & accept[label])
    return {
        "n": n,
        "top1": top1 / max(n, 1),
        "top3": top3 / max(n, 1),
        "confident": confident / max(n, 1),
        "confident_top1": confident_right / max(confident, 1),
        "majority": baseline / max(n, 1),
    }


def report(title: str, m: dict[str, float]) -> None:
    print(
        f"\n{title}: n={m['n']:.0f} top1={m['top1']:.3f} top3={m['top3']:.3f}"
        f" confident={m['confident']:.2f} (top1 when confident {m['confident_top1']:.3f})"
        f" majority-label baseline={m['majority']:.3f}"
    )


def top_k(rows: list[tuple[str, tuple[str, ...]]], catalog: list[Service]) -> tuple[float, float]:
    """Top-1 and top-3 accuracy of `rank` over (text, acceptable codes) rows."""
    ranked = [[c.service_code for c in rank(text, catalog)] for text, _ in rows]
    pairs = list(zip(ranked, rows, strict=True))
    top1 = sum(bool(r[:1] and r[0] in accept) for r, (_, accept) in pairs)
    top3 = sum(bool(set(r[:3]) & set(accept)) for r, (_, accept) in pairs)
    return top1 / len(rows), top3 / len(rows)


def own_accept(catalog: list[Service]) -> dict[str, set[str]]:
    accept = {s.code: {s.code} for s in catalog if s.code not in CATCH_ALL}
    for a, b in TOPEKA_SAME.items():
        if a in accept and b in accept:
            accept[a] = accept[b] = {a, b}
    return accept


def test_topeka_own_catalog() -> None:
    rows = topeka()
    catalog = own_catalog(rows)
    m = measure(rows, catalog, own_accept(catalog))
    report(f"Topeka, own catalog ({len(catalog)} types)", m)
    assert m["n"] > 400
    assert m["top1"] >= 0.76 and m["top1"] > m["majority"] + 0.1
    assert m["top3"] >= 0.86


def test_virginia_own_catalog() -> None:
    rows = virginia()
    catalog = own_catalog(rows)
    m = measure(rows, catalog, own_accept(catalog))
    report(f"Virginia Beach + Norfolk, own catalog ({len(catalog)} types)", m)
    assert m["n"] >= 60
    assert m["top1"] >= 0.78 and m["top1"] > m["majority"] + 0.2
    assert m["top3"] >= 0.88


def test_seeclickfix_on_bloomington_catalog() -> None:
    rows = topeka() + virginia()
    m = measure(rows, bloomington(), TO_BLOOMINGTON)
    report("SeeClickFix texts -> Bloomington catalog (63 services)", m)
    assert m["n"] > 450
    assert m["top1"] >= 0.79
    assert m["top3"] >= 0.89
    # Without the broad "Property Maintenance" labels (8 acceptable codes each) the task is harder.
    specific = {k: v for k, v in TO_BLOOMINGTON.items() if v is not PROPERTY}
    m = measure(rows, bloomington(), specific)
    report("  same, specific labels only", m)
    assert m["top1"] >= 0.75
    assert m["top3"] >= 0.87


def test_fixmystreet_titles_do_not_invent_locations() -> None:
    """Real UK titles against the gazetteer of another (fictional) town: locations may only come from
    Demo Town names that the titles really contain ("High Street", "Station Road", "the park")."""
    raw = json.loads(
        _need(DATA / "reports" / "fixmystreet_cambridge_uk_fixed.json").read_text(encoding="utf-8")
    )
    titles = [r["title"] for r in raw["reports"]]
    gaz = Gazetteer.from_dict(
        json.loads((Path(__file__).resolve().parents[1] / "relay311" / "data" / "demo_town.json").read_text())
    )
    catalog = [Service(code=n, name=n) for n in ("Potholes", "Flytipping", "Street lighting", "Graffiti")]
    start = time.perf_counter()
    found = [(t, ex.location) for t in titles if (ex := extract(t, catalog, gaz)).location is not None]
    elapsed = time.perf_counter() - start
    rate = len(titles) / elapsed
    print(f"\nFMS titles: {len(titles)} in {elapsed:.2f}s ({rate:.0f}/s); located {len(found)}")
    for title, loc in found:
        assert loc is not None
        print(f"  {loc.kind:12} {loc.confidence:.2f} {loc.address!r:40} <- {title!r}")
    assert len(found) / len(titles) < 0.02
    assert rate > 300


def test_topeka_street_names_land_near_the_pin() -> None:
    """Street names written in real US descriptions, against a gazetteer made from the same data set's
    `address` field (street names, with the pins of the reports on each street as points). Few descriptions
    name a street; those that do should land within a kilometre or so of the report's pin."""
    with _need(DATA / "reports" / "seeclickfix_topeka_issues.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    streets: list[dict[str, object]] = []
    for r in rows:
        point = [float(r["lat"]), float(r["lng"])]
        for part in r["address"].split(" Topeka")[0].split("&"):
            name = re.sub(r"^\d+[A-Za-z]?\s+", "", part.strip())
            if name:
                streets.append({"name": name, "points": [point]})
    gaz = Gazetteer.from_dict({"name": "Topeka", "streets": streets})
    errors: list[float] = []
    kinds: dict[str, int] = {}
    texts = [r for r in rows if r["description"].strip()]
    for r in texts:
        loc = locate(r["description"], gaz)
        if loc is not None:
            kinds[loc.kind] = kinds.get(loc.kind, 0) + 1
            errors.append(distance_m((loc.lat, loc.lon), (float(r["lat"]), float(r["lng"]))))
    errors.sort()
    median = errors[len(errors) // 2]
    near = sum(e <= 1000 for e in errors) / len(errors)
    print(
        f"\nTopeka locations: {len(errors)}/{len(texts)} descriptions located {kinds};"
        f" median error {median:.0f} m; within 1 km {near:.2f}"
    )
    assert len(errors) >= 40
    assert near >= 0.6


def test_seeclickfix_on_a_second_real_catalog() -> None:
    """The same texts against Washington DC's 86-service catalog (XML, 2012), a catalog the lexicon was not
    tuned on: the label mapping is in bench/nlp_common.py."""
    from bench.nlp_common import TO_WASHINGTON_DC, washington_dc

    _need(DATA / "open311" / "washington-dc" / "services.xml")
    rows = topeka() + virginia()
    m = measure(rows, washington_dc(), {k: set(v) for k, v in TO_WASHINGTON_DC.items()})
    report("SeeClickFix texts -> Washington DC catalog (86 services)", m)
    assert m["n"] > 250
    assert m["top1"] >= 0.74
    assert m["top3"] >= 0.84


# Reports written for these tests (not taken from any data set), each with the service a dispatcher would
# pick in each real catalog: a check, outside the SeeClickFix dev set, that ranking generalises.
EVERYDAY = [
    ("the street light has been out for a week", "Street Lights", "Streetlight Repair Investigation"),
    ("pothole the size of a bathtub", "Potholes, Other Street Repair", "Pothole"),
    ("traffic light stuck on red for 10 minutes", "Traffic Signals", "Traffic Signals Investigation"),
    (
        "the lights at the crosswalk don't change for pedestrians",
        "Traffic Signals",
        "Traffic Signals Investigation",
    ),
    ("someone spray painted gang signs on the wall", "Graffiti", "Graffiti Removal"),
    ("overgrown weeds in the vacant lot next door", "Excessive Growth", "Grass & Weeds Mowing"),
    ("recycling bin was not emptied", "Recycling", "Recycling Collection - Missed"),
    ("car has been parked in the same spot for 3 weeks with a flat tire", "Abandoned Vehicle", None),
    ("the stop sign at 5th and Main was knocked down", "Street & Traffic Signs", None),
    ("ice on the sidewalk nobody shoveled", "Sidewalk Snow Removal", "Snow/Ice Removal"),
    ("the sidewalk is heaved up by tree roots, trip hazard", "Sidewalk & Curb Complaints", "Sidewalk Repair"),
    ("storm drain clogged with leaves, street flooding", "Drainage or Runoff", None),
    ("water bubbling up from the street, maybe a broken main", "Water Utility Problems", None),
    ("my water bill is way too high", "Water Utility Billing Problems", None),
    ("the tap water smells like chlorine and looks brown", "Water Quality", None),
    ("stray dog running loose, aggressive", "Animal Control & Neglected Pets", None),
    ("dead raccoon in my yard", None, "Dead Animal Pickup"),
    ("someone dumped a couch and a mattress in the alley", None, "Illegal Dumping"),
    ("rats in the alley behind the restaurant", None, "Rat Abatement"),
    ("house is falling apart, roof caving in, nobody lives there", "Unsafe Buildings", None),
    ("neighbors keep parking on their front lawn", "Parking on Unimproved Surface", None),
    ("smoking in the park near kids", "Smoking Violation", None),
    ("someone is burning trash in their backyard", "Fire Hazards", None),
    ("broken swing at the playground", "Parks & Playgrounds", "Parks and Recreation"),
    (
        "parking meter took my money and didn't give time",
        "Parking Meters and Citations",
        "Parking Meter Repair",
    ),
    ("please add a speed bump, cars fly down our street", None, "Traffic Calming Investigation"),
    ("the city website won't let me pay my ticket", "Website & Web Services Feedback", None),
    ("stret lite out agin", "Street Lights", "Streetlight Repair Investigation"),
    ("the walk sign never comes on", "Traffic Signals", "Traffic Signals Investigation"),
    ("car been sittin here 2 months no plates", "Abandoned Vehicle", None),
    ("some1 dumped tires behind the store", None, "Illegal Dumping"),
    ("big crack in sidewalk, almost fell", "Sidewalk & Curb Complaints", "Sidewalk Repair"),
    ("snow not cleared on our street", "Street Snow Removal", "Snow/Ice Removal"),
]


@pytest.mark.parametrize(("text", "bloomington_name", "dc_name"), EVERYDAY)
def test_everyday_reports_on_two_real_catalogs(
    text: str, bloomington_name: str | None, dc_name: str | None
) -> None:
    from bench.nlp_common import washington_dc

    _need(DATA / "open311" / "washington-dc" / "services.xml")
    for catalog, name in ((bloomington(), bloomington_name), (washington_dc(), dc_name)):
        if name is None:  # the catalog has no service for it
            continue
        names = {s.code: s.name for s in catalog}
        ranked = rank(text, catalog)
        assert ranked and names[ranked[0].service_code] == name, [names[c.service_code] for c in ranked[:3]]


def test_fixmystreet_titles_on_fixmystreet_categories() -> None:
    """UK titles, a hand-labelled random sample (bench/nlp_common.py), against FixMyStreet's categories."""
    from bench.nlp_common import fms_catalog, fms_labelled

    _need(DATA / "reports" / "fixmystreet_cambridge_uk_fixed.json")
    rows = fms_labelled()
    catalog = fms_catalog()
    top1 = top3 = 0
    for text, accept in rows:
        codes = [c.service_code for c in rank(text, catalog)]
        top1 += bool(codes[:1] and codes[0] in accept)
        top3 += bool(set(codes[:3]) & set(accept))
    print(f"\nFixMyStreet sample: n={len(rows)} top1={top1 / len(rows):.3f} top3={top3 / len(rows):.3f}")
    assert len(rows) >= 90
    assert top1 / len(rows) >= 0.88
    assert top3 / len(rows) >= 0.93


@pytest.mark.parametrize(
    ("catalog_file", "loader", "min_top1", "min_top3"),
    [
        ("bloomington/2012/services.json", "labelled_bloomington_2012", 0.82, 0.91),
        ("san-francisco/services.xml", "labelled_san_francisco", 0.76, 0.87),
    ],
)
def test_seeclickfix_on_catalogs_mapped_by_name(
    catalog_file: str, loader: str, min_top1: float, min_top3: float
) -> None:
    """Two more real catalogs, their label mappings written from service names alone (bench/nlp_common.py):
    Bloomington's 2012 catalog ("Unsafe Structures", "Weeds") and San Francisco's ("Sidewalk_Defect",
    "Sidewalk_Cleaning", "Illegal_Posting")."""
    import bench.nlp_common as common

    path = _need(DATA / "open311" / catalog_file)
    for name in ("seeclickfix_topeka_issues.csv", "seeclickfix_virginia_beach_2015.jsonl"):
        _need(DATA / "reports" / name)
    rows = getattr(common, loader)()
    from dispatcher.parsing import decode_body, parse_services

    catalog = parse_services(decode_body(path.read_bytes()))
    top1, top3 = top_k(rows, catalog)
    print(f"\n{catalog_file}: n={len(rows)} top1={top1:.3f} top3={top3:.3f}")
    assert len(rows) > 200
    assert top1 >= min_top1
    assert top3 >= min_top3


def test_everyday_messages_written_blind_on_two_real_catalogs() -> None:
    """Six sets of everyday messages written and labelled by people who had not seen the lexicon
    (bench/everyday_set*.py); blind they scored 0.811 / 0.919, 0.848 / 0.924, 0.796 / 0.959, 0.845 / 0.946,
    0.832 / 0.946 and 0.856 / 0.966 on Bloomington, 0.737 / 0.873, 0.688 / 0.848, 0.707 / 0.862,
    0.655 / 0.815, 0.702 / 0.833 and 0.661 / 0.890 on DC; these floors hold what the fixes made of them
    since."""
    from bench.everyday_set import EVERYDAY_SET
    from bench.everyday_set_2 import EVERYDAY_SET_2
    from bench.everyday_set_3 import EVERYDAY_SET_3
    from bench.everyday_set_4 import EVERYDAY_SET_4
    from bench.everyday_set_5 import EVERYDAY_SET_5
    from bench.everyday_set_6 import EVERYDAY_SET_6
    from bench.everyday_set_8 import EVERYDAY_SET_8
    from bench.nlp_common import washington_dc

    _need(DATA / "open311" / "washington-dc" / "services.xml")
    dc = washington_dc()
    for messages, catalog, col, min_top1, min_top3 in (
        (EVERYDAY_SET, bloomington(), 1, 0.87, 0.97),
        (EVERYDAY_SET, dc, 2, 0.77, 0.9),
        (EVERYDAY_SET_2, bloomington(), 1, 0.89, 0.96),
        (EVERYDAY_SET_2, dc, 2, 0.68, 0.85),
        (EVERYDAY_SET_3, bloomington(), 1, 0.83, 0.97),
        (EVERYDAY_SET_3, dc, 2, 0.7, 0.86),
        (EVERYDAY_SET_4, bloomington(), 1, 0.87, 0.96),
        (EVERYDAY_SET_4, dc, 2, 0.66, 0.83),
        (EVERYDAY_SET_5, bloomington(), 1, 0.88, 0.97),
        (EVERYDAY_SET_5, dc, 2, 0.69, 0.83),
        (EVERYDAY_SET_6, bloomington(), 1, 0.86, 0.96),
        (EVERYDAY_SET_6, dc, 2, 0.68, 0.87),
        (EVERYDAY_SET_8, bloomington(), 1, 0.84, 0.95),
        (EVERYDAY_SET_8, dc, 2, 0.7, 0.84),
    ):
        rows = [(r[0], r[col]) for r in messages if r[col]]
        top1, top3 = top_k(rows, catalog)
        print(f"\neveryday messages: n={len(rows)} top1={top1:.3f} top3={top3:.3f}")
        assert top1 >= min_top1 and top3 >= min_top3


def test_everyday_uk_messages_written_blind() -> None:
    """Three sets of 150 British messages written and labelled blind against FixMyStreet's categories
    (bench/everyday_set_uk, uk2, uk4); blind they scored 0.873 / 0.913, 0.880 / 0.947 and 0.818 / 0.892."""
    from bench.everyday_set_uk import EVERYDAY_SET_UK
    from bench.everyday_set_uk2 import EVERYDAY_SET_UK2
    from bench.everyday_set_uk4 import EVERYDAY_SET_UK4
    from bench.nlp_common import fms_catalog

    catalog = fms_catalog()
    rows = [r for r in (*EVERYDAY_SET_UK, *EVERYDAY_SET_UK2, *EVERYDAY_SET_UK4) if r[1] and r[1] != ("OT",)]
    top1, top3 = top_k(rows, catalog)
    print(f"\nUK everyday messages: n={len(rows)} top1={top1:.3f} top3={top3:.3f}")
    assert top1 >= 0.92 and top3 >= 0.97


def test_held_out_everyday_messages() -> None:
    """Sets written blind after the fixes (bench/everyday_set_7.py, _9.py, _uk3.py), whose errors have not
    been read: 0.846 / 0.953 and 0.872 / 0.966 on Bloomington, 0.770 / 0.912 and 0.833 / 0.929 on DC,
    0.940 / 0.980 on FixMyStreet's categories. The floors are a little below, so that a change that costs
    them shows."""
    from bench.everyday_set_7 import EVERYDAY_SET_7
    from bench.everyday_set_9 import EVERYDAY_SET_9
    from bench.everyday_set_uk3 import EVERYDAY_SET_UK3
    from bench.nlp_common import fms_catalog, washington_dc

    _need(DATA / "open311" / "washington-dc" / "services.xml")
    cases: list[tuple[list[tuple[str, tuple[str, ...]]], list[Service], float, float]] = [
        ([(r[0], r[1]) for r in EVERYDAY_SET_7 if r[1]], bloomington(), 0.82, 0.93),
        ([(r[0], r[2]) for r in EVERYDAY_SET_7 if r[2]], washington_dc(), 0.74, 0.88),
        ([(r[0], r[1]) for r in EVERYDAY_SET_9 if r[1]], bloomington(), 0.84, 0.94),
        ([(r[0], r[2]) for r in EVERYDAY_SET_9 if r[2]], washington_dc(), 0.8, 0.9),
        ([r for r in EVERYDAY_SET_UK3 if r[1] and r[1] != ("OT",)], fms_catalog(), 0.91, 0.96),
    ]
    for rows, catalog, min_top1, min_top3 in cases:
        top1, top3 = top_k(rows, catalog)
        print(f"\nheld-out messages: n={len(rows)} top1={top1:.3f} top3={top3:.3f}")
        assert top1 >= min_top1 and top3 >= min_top3


def test_untidy_everyday_messages() -> None:
    """Two sets written to be as untidy as real reports (very short, misspelt, rambling, two problems in
    one), blind: set 10 (bench/everyday_set_10.py) scored 0.758 / 0.930 on Bloomington, 0.717 / 0.858 on DC
    and 0.929 / 1.000 on FixMyStreet's categories, and its errors were read since; set 11 (held out, errors
    not read) scored 0.781 / 0.918, 0.684 / 0.855 and 0.918 / 0.980; set 12 (US only, read since) 0.738 /
    0.887 and 0.694 / 0.847."""
    from bench.everyday_set_10 import EVERYDAY_SET_10, EVERYDAY_SET_10_UK
    from bench.everyday_set_11 import EVERYDAY_SET_11, EVERYDAY_SET_11_UK
    from bench.everyday_set_12 import EVERYDAY_SET_12
    from bench.nlp_common import fms_catalog, washington_dc

    _need(DATA / "open311" / "washington-dc" / "services.xml")
    cases: list[tuple[list[tuple[str, tuple[str, ...]]], list[Service], float, float]] = [
        ([(r[0], r[1]) for r in EVERYDAY_SET_10 if r[1]], bloomington(), 0.79, 0.95),
        ([(r[0], r[2]) for r in EVERYDAY_SET_10 if r[2]], washington_dc(), 0.7, 0.86),
        ([r for r in EVERYDAY_SET_10_UK if r[1] and r[1] != ("OT",)], fms_catalog(), 0.9, 0.97),
        ([(r[0], r[1]) for r in EVERYDAY_SET_11 if r[1]], bloomington(), 0.75, 0.9),
        ([(r[0], r[2]) for r in EVERYDAY_SET_11 if r[2]], washington_dc(), 0.66, 0.83),
        ([r for r in EVERYDAY_SET_11_UK if r[1] and r[1] != ("OT",)], fms_catalog(), 0.89, 0.96),
        ([(r[0], r[1]) for r in EVERYDAY_SET_12 if r[1]], bloomington(), 0.75, 0.91),
        ([(r[0], r[2]) for r in EVERYDAY_SET_12 if r[2]], washington_dc(), 0.68, 0.83),
    ]
    for rows, catalog, min_top1, min_top3 in cases:
        top1, top3 = top_k(rows, catalog)
        print(f"\nuntidy messages: n={len(rows)} top1={top1:.3f} top3={top3:.3f}")
        assert top1 >= min_top1 and top3 >= min_top3


def test_held_out_social_channel_messages() -> None:
    """Set 13 (bench/everyday_set_13.py, held out, errors not read): 150 US reports as they arrive on social
    and messaging channels (@accounts, hashtags, links, emoji, e-mail subject lines, signatures), written
    blind. Its one blind run, at the end of stop 12: 0.830 / 0.946 on Bloomington and 0.784 / 0.901 on DC
    (the code of stop 11 scored 0.816 / 0.932 and 0.757 / 0.892)."""
    from bench.everyday_set_13 import EVERYDAY_SET_13
    from bench.nlp_common import washington_dc

    _need(DATA / "open311" / "washington-dc" / "services.xml")
    cases: list[tuple[list[tuple[str, tuple[str, ...]]], list[Service], float, float]] = [
        ([(r[0], r[1]) for r in EVERYDAY_SET_13 if r[1]], bloomington(), 0.8, 0.92),
        ([(r[0], r[2]) for r in EVERYDAY_SET_13 if r[2]], washington_dc(), 0.75, 0.87),
    ]
    for rows, catalog, min_top1, min_top3 in cases:
        top1, top3 = top_k(rows, catalog)
        print(f"\nsocial channel messages: n={len(rows)} top1={top1:.3f} top3={top3:.3f}")
        assert top1 >= min_top1 and top3 >= min_top3
