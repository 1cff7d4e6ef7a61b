"""The index `nlp.category` ranks against, built once per catalog from its text (never from service codes).

Each service is linked to the lexicon's concepts (`nlp.lexicon`) whose target words its name, keywords,
description or group use ("Potholes", "Street Repair", "Road surface defect"), and each word of those fields
is weighted by how rare it is in the catalog. The catalog's English is read as it is written: one that speaks
of sidewalks is American English, where "pavement" is the road. The index also keeps what the ranking's
per-service factors need (the words, qualifiers and actions of each service's name), the catalog's catch-all
service (`nlp.catch_all`), and a `Speller` of the words it knows (`nlp.spelling`). The lexicon's trigger
phrases, per dialect, are built here once for reading messages (`nlp.category_concepts`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from nlp import catch_all
from nlp.catalog_words import expand
from nlp.lexicon import AMERICAN_PAVEMENT, CONCEPTS, INTENTS, QUALIFIERS, STOPWORDS, Concept, Weighted
from nlp.lexicon_es import TRIGGERS_ES
from nlp.spelling import Speller
from nlp.text import compound_parts, join_compounds, stem, stems, words
from nlp.types import Service

# Words that keep their meaning inside a trigger phrase even though they are stopwords elsewhere.
_KEEP_IN_PHRASES = frozenset({"no", "not", "out", "on", "off", "down", "up", "over"})
_FIELD_WEIGHTS = (("name", 1.0), ("qualifier", 0.6), ("keywords", 0.85), ("description", 0.5), ("group", 0.3))
# In "Graffiti on Road, Bridge or Sign" the head is "Graffiti"; words after a preposition or "(" qualify it.
_QUALIFIER = re.compile(r"\(|\b(?:on|for|in|of|at|with|near|by|from|w/o|without)\b", re.IGNORECASE)
_SPECIFICITY = 0.3  # how much a service's main concept discounts the others it mentions

_STOP_STEMS = frozenset(stem(w) for w in STOPWORDS)
# Services for asking for something new ("Request a new Street Light") rank just below the service for
# fixing it, unless the message asks for something new; then the fault services rank just below.
_NEW_SERVICE = re.compile(r"\b(?:requests?|new|suggestions?|delivery)\b", re.IGNORECASE)
# Words in service names that say what the council does, or only that something is wrong, not what the problem
# is: they need no evidence.
_ACTION_WORDS = frozenset(
    stem(w)
    for w in """removal remove repair repairs maintenance investigation inspection replacement control
    enforcement management program programme collection pickup missed
    damaged damage broken defect defective faulty deficiency deficient malfunction malfunctioning failure
    abatement evaluation servicing""".split()
)
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


def _contains(haystack: Sequence[str], needle: tuple[str, ...], gap: int = 1) -> bool:
    """`needle` occurs in order in `haystack`, with at most `gap` words between consecutive needle words."""
    if not needle:
        return False
    for start, tok in enumerate(haystack):
        if tok != needle[0]:
            continue
        pos = start
        for want in needle[1:]:
            window = haystack[pos + 1 : pos + 2 + gap]
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


def _name_intents(service: Service) -> frozenset[str]:
    """The actions a service's name offers ("Tree Removal": remove). Whole words, not stems: "Trash
    Collection - Missed" offers no "missing" (a lost sign) but a missed collection."""
    name = set(words(service.name.replace("_", " ")))
    return frozenset(i for i, (_, acts) in INTENTS.items() if any(a in name for a in acts))


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
