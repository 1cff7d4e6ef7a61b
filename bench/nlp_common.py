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
