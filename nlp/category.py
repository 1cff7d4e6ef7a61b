"""Zero-shot scoring of a message against a council's service catalog.

Two kinds of evidence, both read from catalog TEXT (never from service codes):

* concepts: the built-in lexicon (`nlp.lexicon`) maps how citizens describe a problem ("hole in the road")
  onto words councils use for the service ("Potholes", "Street Repair", "Road surface defect");
* direct overlap: the message's words found in a service's name, keywords, description or group, weighted by
  how rare each word is in the catalog.

Adjustments keep incidental words from deciding: a concept named as a place ("a branch over *the
sidewalk*", "the entrance to *the garage*", "3 feet from *a drain*") or as part of a name ("pothole on
*Park* Ave", "an End *Construction* sign") counts for less, since it more often says where the problem is
than what it is; a service whose name the message explains only in part ranks a little below one whose
name it explains fully; and a problem the catalog has no service for lends its evidence to a broader one
(`nlp.lexicon.BROADER`: a kerb to pavements). Words are read as the catalog's English is written ("pavement"
is the road in a catalog that speaks of sidewalks), and spelling is corrected only for words that are not
English (`nlp.english`) and not names.

Scores are in 0..1 and comparable across messages: roughly 0.9 when a message names a problem that a
service's name names, 0.5-0.7 for weaker or indirect evidence, and below 0.4 (or no candidate at all) when
nothing matches.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from nlp import catch_all
from nlp.catalog_words import expand
from nlp.category_asks import asks_new, asks_only_new
from nlp.english import is_english
from nlp.lexicon import (
    AMERICAN_PAVEMENT,
    BROADER,
    CONCEPTS,
    INTENTS,
    QUALIFIERS,
    STOPWORDS,
    Concept,
    Weighted,
)
from nlp.lexicon_es import TRIGGERS_ES
from nlp.spelling import TEXTSPEAK, Speller
from nlp.text import (
    BREAK,
    city_blocks,
    compound_parts,
    join_compounds,
    parking_verbs,
    stem,
    stems,
    words,
    words_and_names,
)
from nlp.trained import ModelCatalog, combine
from nlp.types import Candidate, Service

# Words that keep their meaning inside a trigger phrase even though they are stopwords elsewhere.
_KEEP_IN_PHRASES = frozenset({"no", "not", "out", "on", "off", "down", "up", "over"})
_MAX_GAP = 2  # words allowed between two words of a trigger phrase
_FIELD_WEIGHTS = (("name", 1.0), ("qualifier", 0.6), ("keywords", 0.85), ("description", 0.5), ("group", 0.3))
# In "Graffiti on Road, Bridge or Sign" the head is "Graffiti"; words after a preposition or "(" qualify it.
_QUALIFIER = re.compile(r"\(|\b(?:on|for|in|of|at|with|near|by|from|w/o|without)\b", re.IGNORECASE)
_SPECIFICITY = 0.3  # how much a service's main concept discounts the others it mentions
_CONCEPT_WEIGHT = 0.92  # a perfect concept match alone gives this score
_DIRECT_WEIGHT = 0.5  # strong direct word overlap alone gives up to this score
_MIN_SCORE = 0.05

_STOP_STEMS = frozenset(stem(w) for w in STOPWORDS)
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
# Services for asking for something new ("Request a new Street Light") rank just below the service for
# fixing it, unless the message asks for something new; then the fault services rank just below.
_NEW_SERVICE = re.compile(r"\b(?:requests?|new|suggestions?|delivery)\b", re.IGNORECASE)
_NEW_PENALTY = 0.92
# Words in service names that say what the council does, or only that something is wrong, not what the problem
# is: they need no evidence.
_ACTION_WORDS = frozenset(
    stem(w)
    for w in """removal remove repair repairs maintenance investigation inspection replacement control
    enforcement management program programme collection pickup missed
    damaged damage broken defect defective faulty deficiency deficient malfunction malfunctioning failure
    abatement evaluation servicing""".split()
)
# The place a public problem is by default: a name word for it that the message does not say is half
# explained ("Street Snow Removal" before "Sidewalk Snow Removal" for "the plow left a wall of snow").
_DEFAULT_PLACE = frozenset(stem(w) for w in ("street", "streets", "road", "roads"))
# A service whose name the message explains only in part ranks below one it explains fully: "Blocked
# Sidewalk" and "Sidewalk Snow Removal" below "Sidewalk & Curb Complaints" for "the sidewalk is cracked".
_COVER_PENALTY = 0.12
_COVER_STRENGTH = 0.3  # a concept evoked at least this strongly explains the name words its targets matched


def _whole(text: str) -> tuple[str, ...]:
    """Every word of a phrase, stemmed: "on the block" must not match "on blocks"."""
    return tuple(join_compounds([stem(w) for w in words(text)]))


def _phrase(text: str) -> tuple[str, ...]:
    toks = join_compounds([stem(w) for w in words(text)])
    kept = tuple(t for t in toks if t not in _STOP_STEMS or t in _KEEP_IN_PHRASES)
    # "near miss" must not shrink to "miss", nor "the park" to "park": keep such phrases whole.
    return tuple(toks) if len(kept) <= 1 and len(toks) > 1 else kept


@dataclass(frozen=True)
class _Trigger:
    tokens: tuple[str, ...]
    concept: int
    weight: float


@dataclass
class CategoryIndex:
    """Precomputed catalog index. Build once per catalog with `build_index` (cached) and reuse."""

    codes: tuple[str, ...]
    american: bool  # the catalog is in American English: "pavement" is the road, not the sidewalk
    asks_new: tuple[bool, ...]  # per service: the service is for requesting something new
    name_words: tuple[frozenset[str], ...]  # per service: the content words of its name
    name_length: tuple[int, ...]  # per service: how many words its name has
    name_cover: tuple[dict[int, frozenset[str]], ...]  # per service: concept -> name words its targets match
    name_qualifiers: tuple[dict[str, frozenset[str]], ...]  # per service: qualifier -> name words it explains
    name_where: tuple[frozenset[str], ...]  # per service: the qualifiers its name says, stop words or not
    name_intents: tuple[frozenset[str], ...]  # per service: the actions its name offers (remove, inspect...)
    catch_all: int | None  # the catalog's "Other" / "General Enquiry" service (nlp.catch_all)
    by_concept: dict[int, list[tuple[int, float]]]  # concept -> [(service, how well it covers the concept)]
    by_word: dict[str, list[tuple[int, float]]]  # word -> [(service, field weight x rarity of the word)]
    speller: Speller  # the words it knows, and the misspellings seen so far (nlp.spelling)


def _in_dialect(concept: Concept, phrases: Weighted, extra: Weighted, american: bool) -> Weighted:
    """`phrases`, in American English without the footway sense of "pavement" and with `extra`."""
    if not american:
        return phrases
    kept = tuple(
        (p, w) for p, w in phrases if concept.name in AMERICAN_PAVEMENT or "pavement" not in p.split()
    )
    return kept + extra


def _triggers(american: bool) -> tuple[dict[str, list[_Trigger]], frozenset[str]]:
    by_first: dict[str, list[_Trigger]] = {}
    vocab: set[str] = set()
    for ci, concept in enumerate(CONCEPTS):
        extra = AMERICAN_PAVEMENT.get(concept.name, ((), ()))[0]
        phrases = _in_dialect(concept, concept.triggers, extra, american)
        for text, weight in (*phrases, *TRIGGERS_ES.get(concept.name, ())):
            toks = _phrase(text)
            if toks:
                by_first.setdefault(toks[0], []).append(_Trigger(toks, ci, weight))
                vocab.update(stem(w) for w in words(text))
                vocab.update(toks)
    return by_first, frozenset(vocab)


# Index by dialect: [False] British (and any catalog that does not say), [True] American.
_BY_DIALECT = (_triggers(False), _triggers(True))
_TRIGGERS = _BY_DIALECT[0][0]
_TRIGGER_VOCAB = _BY_DIALECT[0][1] | _BY_DIALECT[1][1]
_TARGETS: tuple[tuple[tuple[tuple[tuple[str, ...], float], ...], ...], ...] = tuple(
    tuple(
        tuple(
            (_phrase(text), weight)
            for text, weight in _in_dialect(
                concept, concept.targets, AMERICAN_PAVEMENT.get(concept.name, ((), ()))[1], american
            )
        )
        for concept in CONCEPTS
    )
    for american in (False, True)
)


def _contains(haystack: Sequence[str], needle: tuple[str, ...]) -> bool:
    """`needle` occurs in order in `haystack`, with at most one word between consecutive needle words."""
    if not needle:
        return False
    for start, tok in enumerate(haystack):
        if tok != needle[0]:
            continue
        pos = start
        for want in needle[1:]:
            window = haystack[pos + 1 : pos + 3]
            if want not in window:
                break
            pos = pos + 1 + list(window).index(want)
        else:
            return True
    return False


def _american(catalog: Sequence[Service]) -> bool:
    """A catalog that speaks of sidewalks is in American English."""
    return any("sidewalk" in stems(" ".join((s.name, s.description, s.group, *s.keywords))) for s in catalog)


def _service_fields(service: Service) -> dict[str, list[str]]:
    def norm(text: str) -> list[str]:
        return join_compounds([stem(w) for w in expand(words(text))])

    name = service.name.replace("_", " ")
    cut = _QUALIFIER.search(name)
    head, qualifier = (name[: cut.start()], name[cut.start() :]) if cut and cut.start() > 0 else (name, "")
    return {
        "name": norm(head),
        "qualifier": norm(qualifier),
        "keywords": norm(" ".join(service.keywords)),
        "description": norm(service.description),
        "group": norm(service.group),
    }


def _specific(affinity: dict[int, float]) -> dict[int, float]:
    """A service that is clearly about one concept covers the others it mentions only in passing:
    "Animal Carcass Pickup" is about dead animals, less about bin pickups."""
    if not affinity:
        return affinity
    top = max(affinity.values())
    return {ci: a * (1.0 - _SPECIFICITY * (top - a)) for ci, a in affinity.items()}


@lru_cache(maxsize=32)
def build_index(catalog: tuple[Service, ...]) -> CategoryIndex:
    american = _american(catalog)
    all_targets = _TARGETS[american]
    fields = [_service_fields(s) for s in catalog]
    affinity: list[dict[int, float]] = []
    field_words: list[dict[str, float]] = []
    name_words: list[frozenset[str]] = []
    name_cover: list[dict[int, frozenset[str]]] = []
    name_qualifiers: list[dict[str, frozenset[str]]] = []
    name_where: list[frozenset[str]] = []
    for f in fields:
        aff: dict[int, float] = {}
        cover: dict[int, frozenset[str]] = {}
        named = [t for t in (*f["name"], *f["qualifier"]) if t not in _STOP_STEMS and not t.isdigit()]
        for ci, targets in enumerate(all_targets):
            best = 0.0
            for fname, fweight in _FIELD_WEIGHTS:
                toks = [t for t in f[fname] if t not in _STOP_STEMS]
                for tokens, weight in targets:
                    if _contains(toks, tokens) or (
                        fname == "name" and len(tokens) > 1 and _contains(named, tokens)
                    ):
                        best = max(best, weight * fweight)
                        if fname in ("name", "qualifier"):
                            cover[ci] = cover.get(ci, frozenset()) | (
                                set(tokens) | set(compound_parts(list(tokens)))
                            )
            if best > 0:
                aff[ci] = best
        affinity.append(_specific(aff))
        name_words.append(frozenset(t for t in named if t not in _ACTION_WORDS))
        name_cover.append(cover)
        qualified: dict[str, frozenset[str]] = {}
        for q, (_, name_phrases) in QUALIFIERS.items():
            for phrase in name_phrases:
                q_tokens = _phrase(phrase)
                if _contains(named, q_tokens):
                    qualified[q] = qualified.get(q, frozenset()) | frozenset(q_tokens)
        name_qualifiers.append(qualified)
        name_where.append(
            frozenset(
                q
                for q, (_, name_phrases) in QUALIFIERS.items()
                if any(_contains([*f["name"], *f["qualifier"]], _whole(p)) for p in name_phrases)
            )
        )
        fw: dict[str, float] = {}
        for fname, fweight in _FIELD_WEIGHTS:
            for t in [*f[fname], *compound_parts(f[fname])]:
                if t not in _STOP_STEMS and not t.isdigit() and fw.get(t, 0.0) < fweight:
                    fw[t] = fweight
        field_words.append(fw)
    n = len(catalog)
    df: dict[str, int] = {}
    for fw in field_words:
        for t in fw:
            df[t] = df.get(t, 0) + 1
    idf = {t: 1.0 - math.log(d) / math.log(n + 1) for t, d in df.items()}
    by_concept: dict[int, list[tuple[int, float]]] = {}
    for si, aff in enumerate(affinity):
        for ci, a in aff.items():
            by_concept.setdefault(ci, []).append((si, a))
    by_word: dict[str, list[tuple[int, float]]] = {}
    for si, fw in enumerate(field_words):
        for t, weight in fw.items():
            by_word.setdefault(t, []).append((si, weight * idf[t]))
    vocab = set(_TRIGGER_VOCAB) | set(df)
    for f in fields:
        for toks in f.values():
            vocab.update(toks)
    name_length = tuple(len(f["name"]) + len(f["qualifier"]) for f in fields)
    return CategoryIndex(
        codes=tuple(s.code for s in catalog),
        american=american,
        asks_new=tuple(bool(_NEW_SERVICE.search(s.name)) for s in catalog),
        name_words=tuple(name_words),
        name_length=name_length,
        name_cover=tuple(name_cover),
        name_qualifiers=tuple(name_qualifiers),
        name_where=tuple(name_where),
        name_intents=tuple(_name_intents(s) for s in catalog),
        catch_all=catch_all.find(
            catalog,
            [max(aff.values(), default=0.0) >= _COVER_STRENGTH for aff in affinity],
            name_length,
        ),
        by_concept=by_concept,
        by_word=by_word,
        speller=Speller(frozenset(vocab), _STOP_STEMS),
    )


def message_tokens(text: str, index: CategoryIndex) -> list[str]:
    """Stemmed, spell-corrected, compound-joined tokens of a message."""
    raw, proper = words_and_names(text)
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
    strengths: dict[int, float] = {}
    for concept, per_pos in evidence.items():
        miss = 1.0
        for w in sorted(per_pos.values(), reverse=True)[:3]:
            miss *= 1.0 - w
        strengths[concept] = min(1.0, 1.0 - miss)
    return strengths


def concept_tags(text: str, min_strength: float = 0.45) -> list[str]:
    """Words naming the lexicon concepts a message evokes ("conceptpothole"), for a trained classifier: it
    can then learn a council's codes from what problems are, not only from the words its citizens used."""
    strengths = concept_strengths(stems(text))
    return [
        f"concept{CONCEPTS[ci].name.replace('_', '')}" for ci, s in strengths.items() if s >= min_strength
    ]


_last: list[tuple[tuple[Service, ...], CategoryIndex]] = []


def index_for(catalog: Sequence[Service]) -> CategoryIndex:
    """The (cached) index of a catalog; the same catalog object is recognised without re-hashing it."""
    if _last:
        services, index = _last[0]
        if len(services) == len(catalog) and all(a is b for a, b in zip(services, catalog, strict=True)):
            return index
    services = tuple(catalog)
    index = build_index(services)
    _last[:] = [(services, index)]
    return index


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


# every word kept: "on the block" (public) is not "on blocks" (a junked car)
_QUALIFIER_PHRASES = {q: tuple(_whole(p) for p in phrases) for q, (phrases, _) in QUALIFIERS.items()}
_OTHER_WHERE = 0.97  # the message says where, and the service's name says another place
# every word kept: "gone" and "no sign" are what say it
_INTENT_PHRASES = {
    i: tuple(tuple(join_compounds([stem(w) for w in words(p)])) for p in phrases)
    for i, (phrases, _) in INTENTS.items()
}
_OTHER_INTENT = 0.94  # the message asks for another action than the service name offers


def _name_intents(service: Service) -> frozenset[str]:
    """The actions a service's name offers ("Tree Removal": remove)."""
    name = {stem(w) for w in words(service.name.replace("_", " "))}
    return frozenset(i for i, (_, acts) in INTENTS.items() if any(stem(a) in name for a in acts))


def _coverage_factor(
    index: CategoryIndex,
    si: int,
    said: frozenset[str],
    evoked: dict[int, float],
    qualifiers: Sequence[str] = (),
) -> float:
    """1.0 when the message explains every content word of the service's name, less when it explains few."""
    name = index.name_words[si]
    if not name:
        return 1.0
    covered = set(name & said)
    for q in qualifiers:
        covered |= index.name_qualifiers[si].get(q, frozenset()) & name
    for ci, words_ in index.name_cover[si].items():
        if evoked.get(ci, 0.0) >= _COVER_STRENGTH:
            covered |= words_ & name
    explained = len(covered) + 0.5 * len((name - covered) & _DEFAULT_PLACE)
    return 1.0 - _COVER_PENALTY * (1.0 - explained / len(name))


_CONCEPT_INDEX = {c.name: i for i, c in enumerate(CONCEPTS)}
_BROADER: dict[int, tuple[tuple[int, float], ...]] = {
    _CONCEPT_INDEX[name]: tuple((_CONCEPT_INDEX[b], share) for b, share in broader)
    for name, broader in BROADER.items()
}
_SERVED = 0.5  # a concept some service covers at least this well needs no broader one


def _with_broader(evoked: dict[int, float], index: CategoryIndex) -> dict[int, float]:
    """`evoked`, plus the broader concepts of those no service of the catalog covers ("a broken kerb" to
    pavements when the council has no kerb service)."""
    out = dict(evoked)
    for ci, strength in evoked.items():
        if ci not in _BROADER or max((a for _, a in index.by_concept.get(ci, ())), default=0.0) >= _SERVED:
            continue
        for bi, share in _BROADER[ci]:
            out[bi] = max(out.get(bi, 0.0), strength * share)
    return out


_REPEAT = 0.8  # a third service resting on the same evidence as two better ones


def _varied(
    scored: list[tuple[float, int]], main: dict[int, int], index: CategoryIndex
) -> list[tuple[float, int]]:
    """Services after the first two that rest on the same problem count for less, so the three a citizen is
    offered are not three siblings of one reading ("Sewer Problems (Storm)", "(Sanitary)", "Illicit
    Discharge") when another reading has evidence too. The first two keep their scores and places."""
    seen: dict[int, int] = {}
    out: list[tuple[float, int]] = []
    for score, si in scored:
        ci = main.get(si)
        if ci is not None:
            seen[ci] = seen.get(ci, 0) + 1
            if seen[ci] > 2:
                score *= _REPEAT
        out.append((score, si))
    out.sort(key=lambda x: (-x[0], index.name_length[x[1]], x[1]))
    return out


def rank(text: str, catalog: Sequence[Service]) -> list[Candidate]:
    """All services with some evidence, best first, each with a score in 0..1."""
    if not catalog:
        return []
    index = index_for(catalog)
    tokens = message_tokens(text, index)
    miss = [1.0] * len(index.codes)
    main: dict[int, tuple[float, int]] = {}  # service -> (strength, concept) of its strongest evidence
    evoked = _with_broader(concept_strengths(tokens, index.american), index)
    for ci, strength in evoked.items():
        for si, a in index.by_concept.get(ci, ()):
            miss[si] *= 1.0 - strength * a
            if strength * a > main.get(si, (0.0, -1))[0]:
                main[si] = (strength * a, ci)
    direct_raw = [0.0] * len(index.codes)
    for t, emphasis in _content_words(tokens).items():
        for si, weight in index.by_word.get(t, ()):
            direct_raw[si] += weight * emphasis
    only_new = asks_only_new(tokens)
    wants_new = only_new or asks_new(tokens)
    said = frozenset(tokens) | frozenset(compound_parts(tokens))
    qualifiers = [
        q for q, phrases in _QUALIFIER_PHRASES.items() if any(_contains(tokens, p) for p in phrases)
    ]
    intents = frozenset(
        i for i, phrases in _INTENT_PHRASES.items() if any(_contains(tokens, p) for p in phrases)
    )
    scored: list[tuple[float, int]] = []
    for si in range(len(index.codes)):
        if miss[si] == 1.0 and direct_raw[si] == 0.0:
            continue
        direct = 1.0 - math.exp(-1.3 * direct_raw[si])
        score = 1.0 - (1.0 - _CONCEPT_WEIGHT * (1.0 - miss[si])) * (1.0 - _DIRECT_WEIGHT * direct)
        if (index.asks_new[si] and not wants_new) or (only_new and not index.asks_new[si]):
            score *= _NEW_PENALTY
        score *= _coverage_factor(index, si, said, evoked, qualifiers)
        if intents and index.name_intents[si] and not (index.name_intents[si] & intents):
            score *= _OTHER_INTENT
        if qualifiers and index.name_where[si] and not index.name_where[si].intersection(qualifiers):
            score *= _OTHER_WHERE
        if score >= _MIN_SCORE:
            scored.append((score, si))
    # equal evidence: the service with the shorter name is the more general one ("Sign Replacement" before
    # "Sign Missing Investigation" for a faded sign)
    scored.sort(key=lambda x: (-x[0], index.name_length[x[1]], x[1]))
    scored = _varied(scored, {si: ci for si, (_, ci) in main.items()}, index)
    scored = catch_all.offer(scored, index.catch_all, evoked, index.by_concept)
    ranked = [Candidate(index.codes[si], round(score, 4)) for score, si in scored]
    if isinstance(catalog, ModelCatalog):  # a council's trained classifier is attached: mix it in
        return combine(ranked, catalog.classifier.scores(text), index.codes, catalog.weight)
    return ranked
