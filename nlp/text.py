"""Word normalisation shared by the category scorer: lower-casing, a tiny suffix stemmer and compound joining.

The same function is applied to citizens' messages, to catalog text and to the built-in lexicon, so the
stemmer only has to be consistent, not linguistically correct ("damaged" and "damage" both give "damag").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WORD = re.compile(r"[a-z0-9]+")

# Words whose stem would collide with an unrelated word, or irregular spellings worth folding.
_EXCEPTIONS = {
    "parking": "parking",
    "parked": "parking",
    "park": "park",
    "parks": "park",
    "news": "news",
    "bus": "bus",
    "gas": "gas",
    "kerb": "curb",
    "kerbs": "curb",
    "curbs": "curb",
    "tyre": "tire",
    "tyres": "tire",
    "tires": "tire",
    "centre": "center",
    "colour": "color",
    "signalling": "signal",
    "signaling": "signal",
    "faeces": "feces",
    "poop": "poo",
    "lights": "light",
    "lite": "light",  # texting spelling: "street lite out"
    "lites": "light",
    "lighting": "light",
    "lit": "light",
    "biking": "bike",
    "biker": "bike",
    "bikers": "bike",
    "biked": "bike",
    "trash": "trash",
    "rubbish": "rubbish",
    "debris": "debris",
    "sewage": "sewage",
    "sewer": "sewer",
    "sewers": "sewer",
    "guttering": "guttering",  # a house's gutters (UK); "gutter" alone is usually the street's
    "smoking": "smoking",  # people smoking, not smoke: "Smoke Alarm" is not "Smoking Violation"
    "smoker": "smoking",
    "smokers": "smoking",
    "signed": "signed",  # "I signed my son up", rarely a road sign
    "barking": "barking",  # a dog barking, not the bark of a tree
    "barks": "barking",
    "barked": "barking",
    "wasted": "wasted",  # "wasted money", "water being wasted": not waste to collect
    "wasting": "wasted",
    "tagging": "tagging",  # graffiti; a "tag" is as often a car's plate or a bin's sticker
    "tagged": "tagged",
}
# Negative contractions (apostrophes are already gone) all read as "not": "bins weren't collected".
_EXCEPTIONS.update(
    dict.fromkeys(
        "isnt arent wasnt werent dont doesnt didnt hasnt havent hadnt cant cannot couldnt wont wouldnt"
        " shouldnt aint".split(),
        "not",
    )
)

# Pairs of (stemmed) words that citizens write both as one word and as two.
_COMPOUNDS = {
    ("street", "light"): "streetlight",
    ("lamp", "post"): "lamppost",
    ("pot", "hol"): "pothol",
    ("pot", "hole"): "pothol",
    ("fly", "tip"): "flytip",
    ("storm", "drain"): "stormdrain",
    ("side", "walk"): "sidewalk",
    ("foot", "path"): "footpath",
    ("foot", "way"): "footway",
    ("road", "work"): "roadwork",
    ("sink", "hol"): "sinkhol",
    ("sink", "hole"): "sinkhol",
    ("road", "kill"): "roadkill",
    ("dog", "poo"): "dogpoo",
    ("wheelie", "bin"): "wheeliebin",
    ("bin", "bag"): "binbag",
    ("name", "plate"): "nameplate",
    ("manhole", "cover"): "manhol",
    ("man", "hol"): "manhol",
    ("man", "hole"): "manhol",
    ("water", "meter"): "watermeter",
    ("grass", "verg"): "verg",
    ("e", "scooter"): "scooter",
    ("bike", "share"): "bikeshare",
    ("fly", "post"): "flypost",
    # the grass strip between the footpath and the road (Australia): a place, not road markings ("striping")
    ("natur", "strip"): "naturestrip",
    # "lot" alone is a stop word ("a lot of"); an empty or vacant lot is a place with its own services
    ("vacant", "lot"): "vacantlot",
    ("empty", "lot"): "vacantlot",
    # a dump truck is a lorry, not dumping
    ("dump", "truck"): "dumptruck",
    # a can that is a bin: "can" alone is a stop word ("can you..."), and a "litter can" is no litter
    ("trash", "can"): "trashcan",
    ("garbag", "can"): "garbagecan",
    ("litter", "can"): "littercan",
    ("city", "can"): "citycan",
    # the grass strip between the sidewalk and the street: a place, not a tree or a lawn
    ("tree", "lawn"): "treelawn",
    # places named after something that could be a problem: a retail park is no park
    ("retail", "park"): "retailpark",
    ("business", "park"): "businesspark",
    ("trail", "park"): "trailpark",
}

_DOUBLE_OK = frozenset("lsz")
_VOWELS = frozenset("aeiouy")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude, deterministic suffix stemmer (plural, -ing, -ed, final -e)."""
    if word in _EXCEPTIONS:
        return _EXCEPTIONS[word]
    if len(word) <= 3 or word.isdigit():
        return word
    w = word
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith(("sses", "ches", "shes", "xes")):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix, min_len in (("ing", 6), ("ed", 5)):
        if w.endswith(suffix) and len(w) >= min_len and any(c in _VOWELS for c in w[: -len(suffix)]):
            w = w[: -len(suffix)]
            if len(w) > 2 and w[-1] == w[-2] and w[-1] not in _VOWELS and w[-1] not in _DOUBLE_OK:
                w = w[:-1]
            break
    if len(w) >= 5 and w.endswith("e") and not w.endswith("ee"):
        w = w[:-1]
    return w


def _fold(text: str, lower: bool = True) -> str:
    lowered = (text.lower() if lower else text).replace("'", "").replace("\u2019", "")
    if not lowered.isascii():
        lowered = unicodedata.normalize("NFKD", lowered).encode("ascii", "ignore").decode("ascii")
    return lowered


def words(text: str) -> list[str]:
    """Lower-cased alphanumeric words, accents folded ("señal" -> "senal"); apostrophes are dropped
    ("don't" -> "dont")."""
    return _WORD.findall(_fold(text))


BREAK = "|"
# A word, or a comma, a semicolon, a bracket, a line break, or a full stop, colon or ! ? before a space or
# the end.
_WORD_OR_BREAK = re.compile(r"[A-Za-z0-9]+|[,;()\n]|[.:!?](?=\s|$)")
_MOSTLY_CAPITALISED = 0.4


def words_and_names(text: str) -> tuple[list[str], list[bool]]:
    """`words(text)` with BREAK where a sentence or clause ends (so that "the corner of the intersection,
    curbs gone" does not read as a curb at a corner), and for each token whether it is a name: a word
    capitalised inside a sentence of a text written in sentence case ("near Virginia Beach", "Carnahan
    Ave"), not at its start, not in a text in capitals or title case."""
    cased = _WORD_OR_BREAK.findall(_fold(text, lower=False))
    tokens = [t.lower() if t[0].isalnum() else BREAK for t in cased]
    inner = [
        t[0].isupper() for i, t in enumerate(cased) if i and cased[i - 1][0].isalnum() and t[0].isalpha()
    ]
    if not inner or sum(inner) / len(inner) > _MOSTLY_CAPITALISED:
        return tokens, [False] * len(cased)
    return tokens, [
        bool(i and cased[i - 1][0].isalnum() and t[0].isupper() and not t.isupper())
        for i, t in enumerate(cased)
    ]


_PARTS = {joined: pair for pair, joined in _COMPOUNDS.items()}


def compound_parts(tokens: list[str]) -> list[str]:
    """The separate words of any joined compounds in `tokens` ("streetlight" -> "street", "light")."""
    return [part for t in tokens if t in _PARTS for part in _PARTS[t]]


def join_compounds(tokens: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if i + 1 < len(tokens) and (tokens[i], tokens[i + 1]) in _COMPOUNDS:
            out.append(_COMPOUNDS[(tokens[i], tokens[i + 1])])
            i += 2
        else:
            out.append(tokens[i])
            i += 1
    return out


# "the 1600 block of Elm", "the whole block": a city block is a place, not something blocked.
_BLOCK_BEFORE = frozenset("the this that same whole entire next each every city our my your a one".split())


def city_blocks(raw: list[str], tokens: list[str]) -> list[str]:
    """`tokens` (the stems of `raw`, one each) with the noun "block(s)" of a street address renamed
    "cityblock", so that it cannot read as "blocked"."""
    out = list(tokens)
    for i, w in enumerate(raw):
        if w in ("block", "blocks") and i > 0:
            before = raw[i - 1]
            if before in _BLOCK_BEFORE or before.isdigit() or (i + 1 < len(raw) and raw[i + 1] == "of"):
                out[i] = "cityblock"
    return out


# After "parks", these make it the verb ("someone parks in front of my drive", "he parks his truck on the
# lawn"), not the plural of park ("the parks department", "parks and playgrounds").
_PARKS_VERB_NEXT = frozenset(
    "his her their my a an the in on at across outside up there right behind illegally every all over"
    " near next directly".split()
)
_PARKS_VERB_BEFORE = frozenset("he she who someone somebody neighbor neighbour always constantly".split())
# Before "park", these make it the verb ("delivery trucks park in the bike lane", "people park on the
# grass"); "the park", "Bryan Park" and "park bench" stay parks.
_PARK_VERB_BEFORE = frozenset(
    """they we i you people cars trucks vans drivers vehicles customers residents students workers tenants
    neighbors neighbours always constantly still illegally who often usually""".split()
)


_SIGN_UP = frozenset(("sign", "signing", "signed"))
SIGNUP = "signup"  # the verb "sign (someone) up": no sign


def parking_verbs(raw: list[str], tokens: list[str]) -> list[str]:
    """`tokens` (the stems of `raw`, one each) with the verbs "parks" and "park" read as parking, not as
    parks, and "sign (my kid) up" as signing up, not as a sign."""
    out = list(tokens)
    for i, w in enumerate(raw):
        after = raw[i + 1] if i + 1 < len(raw) else ""
        before = raw[i - 1] if i > 0 else ""
        if w == "parks" and (after in _PARKS_VERB_NEXT or before in _PARKS_VERB_BEFORE):
            out[i] = stem("parking")
        elif w == "park" and before in _PARK_VERB_BEFORE:
            out[i] = stem("parking")
        elif w in _SIGN_UP and "up" in raw[i + 1 : i + 5]:
            out[i] = SIGNUP
    return out


def stems(text: str) -> list[str]:
    """Normalised tokens of `text`: words, stemmed, with known compounds joined."""
    raw = words(text)
    return join_compounds(parking_verbs(raw, city_blocks(raw, [stem(w) for w in raw])))
