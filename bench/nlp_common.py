"""Shared loaders for the nlp benchmarks: the real reports and Bloomington's catalog in ../shared/data.

Label mapping (written down once, used by every category figure): each SeeClickFix request type -> the
Bloomington IN Open311 service codes a dispatcher would accept for it; the FIRST code is the one used as the
training label. Catch-all types ("Other", "General Feedback or Questions", ...) and empty descriptions are
left out: no text-only system can be scored on them. The same mapping is in tests/test_nlp_realdata.py.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from nlp import Service

Labelled = list[tuple[str, tuple[str, ...]]]

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"

PROPERTY = ("10", "2", "37", "5", "1", "8", "29", "52")
TO_BLOOMINGTON: dict[str, tuple[str, ...]] = {
    "Property Maintenance, Code Violations & Graffiti": PROPERTY,
    "Property Maintenance & Code Violations": PROPERTY,
    "Curb and Gutter Repair": ("34",),
    "Street Repair": ("25",),
    "Sidewalk and Ramp": ("34", "78", "76", "82"),
    "Trees and Tree Limbs": ("89",),
    "Utility Work Damage": ("91", "60", "11"),
    "Traffic Signal Repair": ("70",),
    "Street Sign Repair": ("86",),
    "Snow or Ice Hazard": ("27", "15"),
    "Downtown Parking General Question": ("92", "44", "43"),
    "Street Light Out": ("69",),
    "safety lighting": ("69", "93"),
    "Hydrant Leaking": ("13",),
    "Police Animal Control": ("32",),
    "Graffiti": ("37",),
    "Traffic Sign": ("86",),
    "Pothole": ("25",),
    "Potholes": ("25",),
    "pot holes": ("25",),
    "Bumpy and Uneven Road": ("25",),
    "Very Rough/ damaged road": ("25",),
    "Other-Missing Pavement": ("25",),
    "Street Light": ("69", "93"),
    "Stormdrain Maintenance": ("57", "74"),
    "Roadway Flooded": ("74", "57"),
    "Graffiti on Private Property": ("37",),
    "Graffiti on Road, Bridge or Sign": ("37",),
    "Recycling Collection": ("36",),
    "Trash Collection": ("5",),
    "Bulky Item Pickup": ("5",),
    "Yard Waste": ("35",),
    "Traffic Signal": ("70",),
    "over grown lot": ("2",),
    "Tall grass at empty house ": ("2",),
    "Other-Abandoned automobile.": ("52",),
    "Other- Sidewalk": ("34",),
    "Other-Trees encroaching on roadway": ("89",),
    "Other-Sewage Manhole": ("14", "57"),
    "Other-Watermeter": ("13",),
    "Needs a bike lane": ("66",),
    "No ramps, some missing sidewalks": ("76", "34", "82"),
}


def need(path: Path) -> Path:
    if not path.exists():
        raise SystemExit(f"shared data not available: {path}")
    return path


def seeclickfix() -> list[tuple[str, str]]:
    """(description, request type) from SeeClickFix Topeka, Virginia Beach and Norfolk."""
    out: list[tuple[str, str]] = []
    with need(DATA / "reports" / "seeclickfix_topeka_issues.csv").open(encoding="utf-8") as fh:
        out.extend((r["description"].strip(), r["summary"]) for r in csv.DictReader(fh))
    for name in ("seeclickfix_virginia_beach_2015.jsonl", "seeclickfix_norfolk_2015.jsonl"):
        with need(DATA / "reports" / name).open(encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                out.append(((row.get("description") or "").strip(), row["summary"]))
    return out


def labelled() -> list[tuple[str, tuple[str, ...]]]:
    """(text, acceptable Bloomington codes) for every mapped, non-empty description."""
    return [(t, TO_BLOOMINGTON[lab]) for t, lab in seeclickfix() if t and lab in TO_BLOOMINGTON]


def bloomington() -> list[Service]:
    from dispatcher.parsing import decode_body, parse_services

    return parse_services(decode_body(need(DATA / "open311" / "bloomington" / "services.json").read_bytes()))


# A second real catalog, used only as a check that lexicon changes generalise: the same SeeClickFix request
# types -> Washington DC's 2012 Open311 service codes (86 services, XML). Property-maintenance, animal,
# storm-drain, sewer and water types are left out: DC's catalog has no service a dispatcher would accept for
# them. This mapping was written before looking at any DC ranking, and DC errors are not used for tuning.
_DC_ROAD = ("S0301", "S0406")
TO_WASHINGTON_DC: dict[str, tuple[str, ...]] = {
    "Curb and Gutter Repair": ("S0081",),
    "Street Repair": _DC_ROAD,
    "Pothole": _DC_ROAD,
    "Potholes": _DC_ROAD,
    "pot holes": _DC_ROAD,
    "Bumpy and Uneven Road": _DC_ROAD,
    "Very Rough/ damaged road": _DC_ROAD,
    "Other-Missing Pavement": _DC_ROAD,
    "Sidewalk and Ramp": ("S0361",),
    "Other- Sidewalk": ("S0361",),
    "No ramps, some missing sidewalks": ("S0361",),
    "Trees and Tree Limbs": ("S0457", "PRUNING", "S0459"),
    "Other-Trees encroaching on roadway": ("PRUNING", "S0457", "S0459"),
    "Utility Work Damage": ("S0466",),
    "Traffic Signal Repair": ("SIGTRAMA",),
    "Traffic Signal": ("SIGTRAMA",),
    "Street Sign Repair": ("S0286", "SIGNMISS"),
    "Traffic Sign": ("S0286", "SIGNMISS"),
    "Snow or Ice Hazard": ("SRC01",),
    "Street Light Out": ("S05SL", "S05AL"),
    "Street Light": ("S05SL", "S05AL"),
    "safety lighting": ("S05SL", "S05AL"),
    "Graffiti": ("GRAFF",),
    "Graffiti on Private Property": ("GRAFF",),
    "Graffiti on Road, Bridge or Sign": ("GRAFF",),
    "Recycling Collection": ("S0321",),
    "Trash Collection": ("S0441",),
    "Bulky Item Pickup": ("S0031",),
    "Yard Waste": ("S0476",),
    "over grown lot": ("S0166", "S0471"),
    "Tall grass at empty house ": ("S0166", "S0471"),
    "Other-Abandoned automobile.": ("S0000", "S0003"),
    "Needs a bike lane": ("S0021",),
    "Downtown Parking General Question": ("S0261", "S0276"),
}


def labelled_dc() -> list[tuple[str, tuple[str, ...]]]:
    """(text, acceptable Washington DC codes) for every non-empty description of a type DC can take."""
    return [(t, TO_WASHINGTON_DC[lab]) for t, lab in seeclickfix() if t and lab in TO_WASHINGTON_DC]


def washington_dc() -> list[Service]:
    from dispatcher.parsing import decode_body, parse_services

    return parse_services(decode_body(need(DATA / "open311" / "washington-dc" / "services.xml").read_bytes()))


# A UK check: FixMyStreet's usual categories as a catalog (names only, as FixMyStreet councils list them), and
# a random sample of the Cambridge FixMyStreet titles (random.Random(2026).sample(reports, 120)) labelled by
# hand by the relay311 team before any ranking was looked at, with every category a dispatcher would accept.
# Titles too vague to label ("Red & green", "Badger", "Traffic Cones") are left out. The titles themselves
# stay in ../shared/data; only their ids and our labels are here.
FMS_CATALOG: tuple[tuple[str, str], ...] = (
    ("AV", "Abandoned vehicles"),
    ("BS", "Bus stops"),
    ("CP", "Car parking"),
    ("DF", "Dog fouling"),
    ("DR", "Flooding & drainage"),
    ("FT", "Flytipping"),
    ("GR", "Graffiti"),
    ("PK", "Parks/landscapes"),
    ("PV", "Pavements/footpaths"),
    ("PH", "Potholes"),
    ("RH", "Roads/highways"),
    ("RM", "Road markings"),
    ("SG", "Road traffic signs"),
    ("RR", "Rubbish (refuse and recycling)"),
    ("SC", "Street cleaning"),
    ("SL", "Street lighting"),
    ("SN", "Street nameplates"),
    ("TL", "Traffic lights"),
    ("TR", "Trees"),
    ("OT", "Other"),
)
FMS_HAND_LABELS: dict[int, tuple[str, ...]] = {
    1356348: ("FT",), 340441: ("PH",), 1676836: ("RR",), 549578: ("PH",), 123651: ("PH",), 94966: ("PH",),
    513468: ("DR", "PH"), 8110680: ("FT",), 2338634: ("FT",), 1491293: ("RR",), 413313: ("SL", "SN"),
    1780074: ("CP",), 6555174: ("FT",), 31797: ("RM", "RH"), 350671: ("PH",), 587553: ("SL",),
    153611: ("SL",), 486875: ("SL",), 258937: ("PH", "RH"), 240656: ("PH",), 2029593: ("TL",),
    75845: ("PK",), 1055534: ("SC", "RH"), 360514: ("TL",), 4816436: ("PH",), 209813: ("SL",),
    220809: ("SL",), 69270: ("SG",), 121247: ("TL", "SL"), 2005667: ("AV",), 1392047: ("SC",),
    115578: ("PV",), 9527: ("AV",), 30783: ("RM", "RH"), 149799: ("GR",), 470348: ("PV", "PH"),
    123828: ("PH",), 43973: ("PH",), 540527: ("SL",), 1199167: ("PH",), 3613040: ("DR",), 58080: ("PH",),
    1039842: ("CP",), 40541: ("DF",), 533039: ("SL",), 1321478: ("AV",), 78182: ("RR",),
    58844: ("SL", "PK"), 143266: ("SL",), 364904: ("SC",), 15881: ("SG",), 44031: ("SG",), 143268: ("SL",),
    102842: ("PH",), 609594: ("PV", "OT"), 394892: ("PV",), 448806: ("RH", "PH"), 6938843: ("FT",),
    4274024: ("FT", "SC"), 947922: ("GR",), 75343: ("SC",), 612934: ("RH", "PH"), 465950: ("PH", "RH", "PV"),
    60763: ("SG",), 907: ("PV",), 23969: ("PH", "PV"), 100755: ("DR",), 4260196: ("SC",), 405555: ("SL",),
    346037: ("RH", "PH"), 1773846: ("RH", "PH"), 83943: ("PK", "RH"), 667329: ("DR",), 2874193: ("FT",),
    453786: ("BS", "PV"), 206464: ("SC",), 1827004: ("TR",), 978937: ("FT",), 88159: ("PH",),
    6163475: ("TR", "PK", "PV"), 1942497: ("CP",), 8676697: ("RR",), 86232: ("PH",), 2281368: ("CP",),
    615832: ("PH",), 494375: ("TR",), 1338448: ("AV",), 3830509: ("SC",), 450765: ("PH",), 239106: ("SL",),
    7676359: ("CP",), 352036: ("PH",), 29494: ("RH", "PH"), 1132618: ("AV",), 551637: ("SL",),
    50566: ("PV", "TR"),
}  # fmt: skip


def fms_catalog() -> list[Service]:
    return [Service(code=code, name=name) for code, name in FMS_CATALOG]


def fms_labelled() -> list[tuple[str, tuple[str, ...]]]:
    """(title, acceptable FMS_CATALOG codes) for the hand-labelled sample of Cambridge FixMyStreet titles."""
    raw = json.loads(
        need(DATA / "reports" / "fixmystreet_cambridge_uk_fixed.json").read_text(encoding="utf-8")
    )
    titles = {r["id"]: r["title"] for r in raw["reports"]}
    return [(titles[i], codes) for i, codes in FMS_HAND_LABELS.items() if i in titles]


# Two more checks, written at stop 10 from the service names alone, before any ranking on these catalogs was
# looked at; neither is used for tuning. Types a catalog has no service for are left out, as for DC.
#
# Bloomington's 2012 catalog (46 services, older names and different codes): a different catalog of a city
# whose current one is the development catalog.
_PROPERTY_2012 = ("Unsafe Structures", "Weeds", "Graffiti", "Trash", "Fire Hazards", "Abandoned Vehicle")
_ROAD_2012 = ("Potholes, Other Street Repair",)
_LIGHTS_2012 = ("Street Lights",)
_STORM_2012 = ("Sewer Problems (Storm Sewers)",)
TO_BLOOMINGTON_2012: dict[str, tuple[str, ...]] = {
    "Property Maintenance, Code Violations & Graffiti": _PROPERTY_2012,
    "Property Maintenance & Code Violations": _PROPERTY_2012,
    "Curb and Gutter Repair": ("Sidewalk and Curbs",),
    "Street Repair": _ROAD_2012,
    "Pothole": _ROAD_2012,
    "Potholes": _ROAD_2012,
    "pot holes": _ROAD_2012,
    "Bumpy and Uneven Road": _ROAD_2012,
    "Very Rough/ damaged road": _ROAD_2012,
    "Other-Missing Pavement": _ROAD_2012,
    "Sidewalk and Ramp": ("Sidewalk and Curbs", "Blocked Street, Alley, Sidewalk"),
    "Other- Sidewalk": ("Sidewalk and Curbs",),
    "No ramps, some missing sidewalks": ("Sidewalk and Curbs", "Biking & Walking"),
    "Other-Trees encroaching on roadway": ("Line of Sight", "Blocked Street, Alley, Sidewalk"),
    "Utility Work Damage": ("Utilities Construction", "Public Works Projects"),
    "Traffic Signal Repair": ("Traffic Signals",),
    "Traffic Signal": ("Traffic Signals",),
    "Snow or Ice Hazard": ("Street Snow Removal", "Sidewalk Snow Removal"),
    "Downtown Parking General Question": ("Parking Permits", "Parking Tickets"),
    "Street Light Out": _LIGHTS_2012,
    "safety lighting": _LIGHTS_2012,
    "Street Light": _LIGHTS_2012,
    "Hydrant Leaking": ("Water Utility Problems",),
    "Other-Watermeter": ("Water Utility Problems",),
    "Police Animal Control": ("Animal Control",),
    "Graffiti": ("Graffiti",),
    "Graffiti on Private Property": ("Graffiti",),
    "Graffiti on Road, Bridge or Sign": ("Graffiti",),
    "Stormdrain Maintenance": _STORM_2012,
    "Roadway Flooded": _STORM_2012,
    "Recycling Collection": ("Recycling",),
    "Trash Collection": ("Trash",),
    "Bulky Item Pickup": ("Trash",),
    "Yard Waste": ("Yard Waste",),
    "over grown lot": ("Weeds",),
    "Tall grass at empty house ": ("Weeds",),
    "Other-Abandoned automobile.": ("Abandoned Vehicle",),
    "Other-Sewage Manhole": ("Sewer Problems (Sanitary Sewers)", "Sewer Problems (Storm Sewers)"),
    "Needs a bike lane": ("Biking & Walking", "Traffic Suggestions"),
}

# San Francisco's 2012 catalog (38 Public Works services; names like "Pavement_Defect"). It has no service for
# property maintenance, lights, signals, signs, parking, animals, water or refuse collection.
_SF_ROAD = ("Pavement_Defect",)
_SF_GRAFFITI_PUBLIC = (
    "Graffiti - Public - Other_enter_additional_details_below",
    "Sign - Defaced",
    "Graffiti - Public - Bike_rack",
    "Graffiti - Public - News_rack",
    "Graffiti - Public - Parking_meter",
    "Graffiti - Public - Pay_phone",
)
_SF_GRAFFITI_PRIVATE = ("Graffiti - Private - Not_Offensive", "Graffiti - Private - Offensive")
_SF_OVERGROWN = ("Garbage and/or overgrowth on vacant lot", "Garbage and/or overgrowth near building")
TO_SAN_FRANCISCO: dict[str, tuple[str, ...]] = {
    "Curb and Gutter Repair": ("Curb_or_Curb_Ramp_Defect",),
    "Street Repair": _SF_ROAD,
    "Pothole": _SF_ROAD,
    "Potholes": _SF_ROAD,
    "pot holes": _SF_ROAD,
    "Bumpy and Uneven Road": _SF_ROAD,
    "Very Rough/ damaged road": _SF_ROAD,
    "Other-Missing Pavement": _SF_ROAD,
    "Sidewalk and Ramp": ("Sidewalk_Defect", "Curb_or_Curb_Ramp_Defect"),
    "Other- Sidewalk": ("Sidewalk_Defect", "Curb_or_Curb_Ramp_Defect"),
    "No ramps, some missing sidewalks": ("Curb_or_Curb_Ramp_Defect", "Sidewalk_Defect"),
    "Trees and Tree Limbs": ("Trees - Damaged Tree", "Trees - Overgrown Tree", "Trees - Damaging Property"),
    "Other-Trees encroaching on roadway": ("Trees - Overgrown Tree", "Trees - Damaged Tree"),
    "Graffiti": _SF_GRAFFITI_PUBLIC + _SF_GRAFFITI_PRIVATE,
    "Graffiti on Private Property": _SF_GRAFFITI_PRIVATE,
    "Graffiti on Road, Bridge or Sign": _SF_GRAFFITI_PUBLIC,
    "over grown lot": _SF_OVERGROWN,
    "Tall grass at empty house ": _SF_OVERGROWN,
    "Other-Sewage Manhole": ("Sewage_Back_up Out_of_manhole_cover", "Sewage_Back_Up Out_of_catch_basin"),
    "Stormdrain Maintenance": ("Sewage_Back_Up Out_of_catch_basin",),
    "Roadway Flooded": ("Sewage_Back_Up Out_of_catch_basin",),
}


def _by_name(catalog: list[Service], mapping: dict[str, tuple[str, ...]]) -> Labelled:
    code = {s.name: s.code for s in catalog}
    names = {n for accept in mapping.values() for n in accept}
    if names - set(code):
        raise SystemExit(f"label mapping names services the catalog lacks: {sorted(names - set(code))}")
    return [(t, tuple(code[n] for n in mapping[lab])) for t, lab in seeclickfix() if t and lab in mapping]


def bloomington_2012() -> list[Service]:
    from dispatcher.parsing import decode_body, parse_services

    path = DATA / "open311" / "bloomington" / "2012" / "services.json"
    return parse_services(decode_body(need(path).read_bytes()))


def labelled_bloomington_2012() -> list[tuple[str, tuple[str, ...]]]:
    return _by_name(bloomington_2012(), TO_BLOOMINGTON_2012)


def san_francisco() -> list[Service]:
    from dispatcher.parsing import decode_body, parse_services

    return parse_services(decode_body(need(DATA / "open311" / "san-francisco" / "services.xml").read_bytes()))


def labelled_san_francisco() -> list[tuple[str, tuple[str, ...]]]:
    return _by_name(san_francisco(), TO_SAN_FRANCISCO)
