"""Per-service factors of `nlp.category`'s ranking, beyond the evidence itself.

A service whose name the message explains only in part ranks a little below one whose name it explains
fully; where the message says where ("on private property") or what should be done ("remove"), a service
whose name says another place or offers another action ranks a little below; and a problem the catalog has
no service for lends its evidence to a broader one (`nlp.lexicon.BROADER`: a kerb to pavements).
"""

from __future__ import annotations

from collections.abc import Sequence

from nlp.category_index import _COVER_STRENGTH, CategoryIndex, _whole
from nlp.lexicon import BROADER, CONCEPTS, INTENTS, QUALIFIERS
from nlp.text import join_compounds, stem, words

# The place a public problem is by default: a name word for it that the message does not say is half
# explained ("Street Snow Removal" before "Sidewalk Snow Removal" for "the plow left a wall of snow").
_DEFAULT_PLACE = frozenset(stem(w) for w in ("street", "streets", "road", "roads"))
# A service whose name the message explains only in part ranks below one it explains fully: "Blocked
# Sidewalk" and "Sidewalk Snow Removal" below "Sidewalk & Curb Complaints" for "the sidewalk is cracked".
_COVER_PENALTY = 0.12
_OTHER_PROBLEM = 0.02  # and, a little more, below one whose name also names a problem the message does not

# every word kept: "on the block" (public) is not "on blocks" (a junked car)
_QUALIFIER_PHRASES = {q: tuple(_whole(p) for p in phrases) for q, (phrases, _) in QUALIFIERS.items()}
_OTHER_WHERE = 0.97  # the message says where, and the service's name says another place
# every word kept: "gone" and "no sign" are what say it
_INTENT_PHRASES = {
    i: tuple(tuple(join_compounds([stem(w) for w in words(p)])) for p in phrases)
    for i, (phrases, _) in INTENTS.items()
}
_OTHER_INTENT = 0.94  # the message asks for another action than the service name offers


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
    # name words that name another problem, one the message does not speak of ("Sidewalk" in "Snow -
    # Uncleared Sidewalk Complaint" for "road not plowed", "Billing" in "Water - Billing" for brown water)
    other: set[str] = set()
    for ci, words_ in index.name_cover[si].items():
        if evoked.get(ci, 0.0) < _COVER_STRENGTH:
            other |= words_ & name
    other -= covered
    return (1.0 - _COVER_PENALTY * (1.0 - explained / len(name))) * (
        1.0 - _OTHER_PROBLEM * len(other) / len(name)
    )


_CONCEPT_INDEX = {c.name: i for i, c in enumerate(CONCEPTS)}
_BROADER: dict[int, tuple[tuple[int, float], ...]] = {
    _CONCEPT_INDEX[name]: tuple((_CONCEPT_INDEX[b], share) for b, share in broader)
    for name, broader in BROADER.items()
}
_SERVED = 0.6  # a concept some service covers at least this well needs no broader one


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
