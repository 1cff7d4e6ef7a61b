"""Reading a message for `nlp.category`: its words, the lexicon concepts it evokes, and where it names places.

Words are read as the catalog's English is written ("pavement" is the road in a catalog that speaks of
sidewalks), and spelling is corrected only for words that are not English (`nlp.english`) and not names.
A concept named as a place ("a branch over *the sidewalk*", "the entrance to *the garage*", "3 feet from *a
drain*") or as part of a name ("pothole on *Park* Ave", "an End *Construction* sign") counts for less, since
it more often says where the problem is than what it is; so does a content word, for direct overlap with the
catalog's words.
"""

from __future__ import annotations

from collections.abc import Sequence

from nlp.category_index import _BY_DIALECT, _STOP_STEMS, _TRIGGERS, CategoryIndex
from nlp.clutter import without_clutter
from nlp.english import is_english
from nlp.lexicon import CONCEPTS
from nlp.spelling import TEXTSPEAK
from nlp.text import BREAK, city_blocks, join_compounds, parking_verbs, stem, stems, words_and_names

_MAX_GAP = 2  # words allowed between two words of a trigger phrase
_LOCATIVES = frozenset(
    stem(w)
    for w in """on in at along over under across near by behind beside outside opposite onto into between
    around beneath underneath inside through past within against alongside off toward towards down
    up to""".split()
)
# "the side of", "the entrance to", "3 feet from", "next to": the noun phrase after them is a place too.
_PLACE_PARTS = frozenset(
    stem(w)
    for w in """side sides corner end front middle top bottom entrance entry exit back rear edge feet ft yards
    metres meters miles blocks away next close across""".split()
)
_PART_LINKS = frozenset(("of", "to", "from"))
_CONJUNCTIONS = frozenset(("and", "or"))
# States, not places: "sidewalk in disrepair", "a tree in danger of falling".
_STATES = frozenset(stem(w) for w in "disrepair danger need shambles ruins pieces".split())
_DETERMINERS = frozenset("the a an this that my our your their his her its every each all".split())
# "that" may start a clause: "a line down that feeds the lights"
_ARTICLES = _DETERMINERS - {"this", "that", "every", "each", "all"}
_LOCATIVE_DISCOUNT = 0.6
# Words that end a street's name: "Light Street", "Park Ave", "Tree Lane" name places, not problems.
# Narrower than nlp.gazetteer.STREET_TYPES on purpose: "st" (saint), "way", "court", "walk", "hill" follow
# problem words too often ("graffiti st peters", "in the way", "basketball court").
_STREET_TYPES = frozenset(
    stem(w) for w in "street road rd avenue ave lane ln boulevard blvd drive terrace".split()
)
# Words that make the word before them say what kind of thing they are: an "End Construction sign" is a sign.
_NAMING_HEADS = _STREET_TYPES | {stem("sign"), stem("signs"), stem("signage")}
_DIRECT_LOCATIVE = 0.6


def message_tokens(text: str, index: CategoryIndex) -> list[str]:
    """Stemmed, spell-corrected, compound-joined tokens of a message."""
    raw, proper = words_and_names(without_clutter(text))
    fixed = [stem(w) if name else _corrected(w, index) for w, name in zip(raw, proper, strict=True)]
    return join_compounds(parking_verbs(raw, city_blocks(raw, fixed)))


def _corrected(word: str, index: CategoryIndex) -> str:
    """The word's stem, spell-corrected; an English word is only ever brought to another form of itself
    ("trashy" -> "trash", "overgrowing" -> "overgrown"), never to a different word ("beach" -> "bench")."""
    s = stem(word)
    fixed = index.speller.correct(s)
    if fixed == s or not is_english(word) or TEXTSPEAK.fullmatch(s):  # "strt" is short, not English
        return fixed
    return fixed if fixed.startswith(s) or s.startswith(fixed) else s


# Problems that are also places people name to say where something is ("the cart at the curb", "rats run
# across the sidewalk", "lights in the park"): after a preposition of place they count for even less.
_PLACE_CONCEPTS = frozenset(
    i for i, c in enumerate(CONCEPTS) if c.name in ("sidewalk", "curb", "alley", "parks")
)
_PLACE_DISCOUNT = 0.7


def _where(tokens: Sequence[str], i: int) -> bool:
    """The word at `i` names a place: it follows a preposition of place ("on the sidewalk", "in my alley",
    "by a city snow plow"), a part of a place ("the entrance to the garage", "3 feet from a drain"), or is
    joined to such a word ("between the sidewalk and curb"). It more likely says where the problem is than
    what it is."""
    if tokens[i] in _STATES:
        return False
    j = i - 1
    while j >= 0 and tokens[j] in _DETERMINERS:
        j -= 1
    # One describing word between a determiner and the noun: "by a *city* snow plow".
    if j >= 1 and tokens[j - 1] in _ARTICLES and tokens[j] not in _LOCATIVES and tokens[j] not in _TRIGGERS:
        j -= 1
        while j >= 0 and tokens[j] in _DETERMINERS:
            j -= 1
    if j < 0:
        return False
    if tokens[j] in _LOCATIVES and (tokens[j] != "to" or j < i - 1):  # "to the curb", not "going to plow"
        return True
    if tokens[j] in _CONJUNCTIONS:  # both things named, the first as a place: "the sidewalk and curb"
        return j >= 1 and tokens[j - 1] in _TRIGGERS and _where(tokens, j - 1)
    return j >= 1 and tokens[j] in _PART_LINKS and tokens[j - 1] in _PLACE_PARTS


def concept_strengths(tokens: Sequence[str], american: bool = False) -> dict[int, float]:
    """Which lexicon concepts the message evokes, and how strongly (0..1). A trigger that names a place the
    problem is at ("branch hanging over the sidewalk", "light in the park") counts for less than one that
    names the problem itself."""
    found: list[tuple[int, float, tuple[int, ...]]] = []
    by_first = _BY_DIALECT[american][0]
    for i, tok in enumerate(tokens):
        triggers = by_first.get(tok, ())
        discount = _LOCATIVE_DISCOUNT if triggers and _where(tokens, i) else 1.0
        for trig in triggers:
            positions = [i]
            for want in trig.tokens[1:]:
                window = tokens[positions[-1] + 1 : positions[-1] + 2 + _MAX_GAP]
                if want not in window:
                    break
                positions.append(positions[-1] + 1 + list(window).index(want))
            else:
                named = positions[-1] + 1 < len(tokens) and tokens[positions[-1] + 1] in _NAMING_HEADS
                weight = trig.weight * (_LOCATIVE_DISCOUNT if named else discount)
                if discount < 1.0 and trig.concept in _PLACE_CONCEPTS:
                    weight *= _PLACE_DISCOUNT
                found.append((trig.concept, weight, tuple(positions)))
    # Longer phrases claim their words: "traffic light" must not also count as a street "light".
    found.sort(key=lambda m: (-len(m[2]), -m[1]))
    claimed: dict[int, tuple[int, int]] = {}  # position -> (concept, length of the phrase that claimed it)
    evidence: dict[int, dict[int, float]] = {}
    for concept, weight, span in found:
        # a longer phrase of another concept claims the words; so does an equally long one, stronger, unless
        # both are single words: one word may evoke two concepts ("stickers": posters, and vandalism)
        if any(
            c != concept and (n > len(span) or n == len(span) > 1)
            for c, n in (claimed.get(p, (concept, 0)) for p in span)
        ):
            continue
        for p in span:
            claimed.setdefault(p, (concept, len(span)))
        per_pos = evidence.setdefault(concept, {})
        per_pos[span[0]] = max(per_pos.get(span[0], 0.0), weight)
    first = min((min(per_pos) for per_pos in evidence.values()), default=len(tokens))
    clause = next((i for i, t in enumerate(tokens) if t == BREAK and i > first), len(tokens))
    aside = next((i for i, t in enumerate(tokens) if t in _ASIDE_WORDS and i > first), len(tokens))
    strengths: dict[int, float] = {}
    for concept, per_pos in evidence.items():
        miss = 1.0
        for w in sorted(per_pos.values(), reverse=True)[:3]:
            miss *= 1.0 - w
        at = min(per_pos)
        later = _ASIDE if at > aside else _LATER if at > clause else 1.0
        strengths[concept] = min(1.0, 1.0 - miss) * later
    return strengths


# A message is about the problem it names first. One first named in a later clause or sentence counts a
# little less ("pothole outside no 12, the light there is out too"), so it wins only on clearly stronger
# evidence; one first named after "also", "PS", "btw" or "plus" ("...the light is out. Also the sidewalk is
# cracked") is the citizen's second problem and counts clearly less.
_LATER = 0.95
_ASIDE_WORDS = frozenset(("also", "ps", "btw", "plus"))
_ASIDE = 0.8


def concept_tags(text: str, min_strength: float = 0.45) -> list[str]:
    """Words naming the lexicon concepts a message evokes ("conceptpothole"), for a trained classifier: it
    can then learn a council's codes from what problems are, not only from the words its citizens used."""
    strengths = concept_strengths(stems(without_clutter(text)))
    return [
        f"concept{CONCEPTS[ci].name.replace('_', '')}" for ci, s in strengths.items() if s >= min_strength
    ]


def _content_words(tokens: Sequence[str]) -> dict[str, float]:
    """Each content word of a message once, weighted 1.0, or less when it only ever names a place."""
    out: dict[str, float] = {}
    for i, t in enumerate(tokens):
        if t in _STOP_STEMS or t.isdigit() or t == BREAK:
            continue
        named = i + 1 < len(tokens) and tokens[i + 1] in _NAMING_HEADS
        w = _DIRECT_LOCATIVE if named or _where(tokens, i) else 1.0
        if w > out.get(t, 0.0):
            out[t] = w
    return out
