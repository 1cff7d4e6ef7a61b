"""Abbreviations councils' back-office systems put in service names ("TRAF SIG MALFUNCTION", "ST LIGHT OUT",
"TRANS - ABAND VEH", "HCD - VACANT BLDG"), written out before a catalog is read. Only catalog text is
expanded: in a citizen's message "st" or "pub" mean other things too often.

Department prefixes ("DPW", "HCD", "SW" for solid waste) are left alone: they name who does the work, not
the problem, and a word nobody recognises costs all of a department's services alike.
"""

from __future__ import annotations

# one word -> the words it stands for
ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "abd": ("abandoned",),
    "aband": ("abandoned",),
    "abnd": ("abandoned",),
    "appl": ("appliance",),
    "bldg": ("building",),
    "bldgs": ("buildings",),
    "cmplt": ("complaint",),
    "cntrl": ("control",),
    "coll": ("collection",),
    "compl": ("complaint",),
    "cond": ("condition",),
    "ctrl": ("control",),
    "dmg": ("damage",),
    "dmgd": ("damaged",),
    "emerg": ("emergency",),
    "excav": ("excavation",),
    "garb": ("garbage",),
    "grbg": ("garbage",),
    "hlth": ("health",),
    "hsg": ("housing",),
    "hwy": ("highway",),
    "hyd": ("hydrant",),
    "info": ("information",),
    "insp": ("inspection",),
    "lght": ("light",),
    "lt": ("light",),
    "maint": ("maintenance",),
    "misc": ("miscellaneous",),
    "mnt": ("maintenance",),
    "ped": ("pedestrian",),
    "pkg": ("parking",),
    "priv": ("private",),
    "prop": ("property",),
    "pvmt": ("pavement",),
    "pvt": ("private",),
    "recyc": ("recycling",),
    "repl": ("replacement",),
    "req": ("request",),
    "rqst": ("request",),
    "sdwk": ("sidewalk",),
    "sdwlk": ("sidewalk",),
    "sgn": ("sign",),
    "sig": ("signal",),
    "sgnl": ("signal",),
    "st": ("street",),
    "sts": ("streets",),
    "swk": ("sidewalk",),
    "swr": ("sewer",),
    "temp": ("temporary",),
    "traf": ("traffic",),
    "trf": ("traffic",),
    "trsh": ("trash",),
    "veh": ("vehicle",),
    "vehs": ("vehicles",),
    "wtr": ("water",),
    "xing": ("crossing",),
}
# two words -> the words they stand for, where one alone would be ambiguous ("pub", "ill", "res")
PAIRS: dict[tuple[str, str], tuple[str, ...]] = {
    ("pub", "prop"): ("public", "property"),
    ("pub", "property"): ("public", "property"),
    ("ill", "dump"): ("illegal", "dumping"),
    ("ill", "dumping"): ("illegal", "dumping"),
    ("res", "permit"): ("residential", "permit"),
    ("res", "pkg"): ("residential", "parking"),
    ("res", "parking"): ("residential", "parking"),
    ("low", "press"): ("low", "pressure"),
    # a car park is no park (messages keep both words: "car parked" stems the same)
    ("car", "park"): ("carpark",),
    ("car", "parks"): ("carparks",),
    ("lt", "turn"): ("left", "turn"),
    # the season, not a fall ("Fall Leaf Collection")
    ("fall", "leaf"): ("autumn", "leaf"),
    ("fall", "leaves"): ("autumn", "leaves"),
    ("lt", "arrow"): ("left", "arrow"),
}


# the street and the footway, as a council's lawyers name them
_RIGHT_OF_WAY = ("right", "of", "way")


def expand(tokens: list[str]) -> list[str]:
    """Lower-case words of catalog text with its abbreviations written out."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if tuple(tokens[i : i + 3]) == _RIGHT_OF_WAY:
            out.append("street")
            i += 3
            continue
        pair = PAIRS.get((tokens[i], tokens[i + 1])) if i + 1 < len(tokens) else None
        if pair:
            out.extend(pair)
            i += 2
            continue
        out.extend(ABBREVIATIONS.get(tokens[i], (tokens[i],)))
        i += 1
    return out
