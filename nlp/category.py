"""Zero-shot scoring of a message against a council's service catalog.

Two kinds of evidence, both read from catalog TEXT (never from service codes):

* concepts: the built-in lexicon (`nlp.lexicon`) maps how citizens describe a problem ("hole in the road")
  onto words councils use for the service ("Potholes", "Street Repair", "Road surface defect");
* direct overlap: the message's words found in a service's name, keywords, description or group, weighted by
  how rare each word is in the catalog.

Scores are in 0..1 and comparable across messages: roughly 0.9 when a message names a problem that a
service's name names, 0.5-0.7 for weaker or indirect evidence, and below 0.4 (or no candidate at all) when
nothing matches.

This module is the entry point: `rank`, which combines the evidence, and every name other modules use
(`index_for`, `concept_strengths`...) are importable from here. The work is done in:

- `nlp.category_index`: the catalog's index, built once per catalog (`build_index`, `index_for`);
- `nlp.category_concepts`: reading a message: its tokens, the concepts it evokes, and the words that name
  places, which count for less (`message_tokens`, `concept_strengths`, `concept_tags`);
- `nlp.category_factors`: per-service factors: how much of a service's name the message explains, another
  place or action than the message says, and broader concepts for problems the catalog has no service for.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from nlp import catch_all
from nlp.category_asks import asks_new, asks_only_new
from nlp.category_concepts import _content_words, concept_strengths, concept_tags, message_tokens
from nlp.category_factors import (
    _INTENT_PHRASES,
    _OTHER_INTENT,
    _OTHER_WHERE,
    _QUALIFIER_PHRASES,
    _coverage_factor,
    _with_broader,
)
from nlp.category_index import CategoryIndex, _contains, build_index, index_for
from nlp.category_pickup import as_pickup, asks_pickup
from nlp.text import compound_parts
from nlp.trained import ModelCatalog, combine
from nlp.types import Candidate, Service

__all__ = [
    "CategoryIndex",
    "build_index",
    "concept_strengths",
    "concept_tags",
    "index_for",
    "message_tokens",
    "rank",
]

_CONCEPT_WEIGHT = 0.92  # a perfect concept match alone gives this score
_DIRECT_WEIGHT = 0.5  # strong direct word overlap alone gives up to this score
_MIN_SCORE = 0.05
# A service for asking for something new ("Request a new Street Light", `CategoryIndex.asks_new`) ranks just
# below the service for fixing it, unless the message asks for something new; then the fault services rank
# just below.
_NEW_PENALTY = 0.92

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
    evoked = concept_strengths(tokens, index.american)
    if asks_pickup(tokens):  # "can you pick up an old sofa": a collection, not dumping
        evoked = as_pickup(evoked)
    evoked = _with_broader(evoked, index)
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
    # what the message asks to be done, from its words as written together ("came down", not "came flying
    # down the alley")
    intents = frozenset(
        i for i, phrases in _INTENT_PHRASES.items() if any(_contains(tokens, p, 0) for p in phrases)
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
