"""A message that asks the council to collect something ("can you pick up a lawn mower and a stove", "need to
get rid of an old fridge") is a bulk collection request, not a report of dumping.

The items people want collected (a sofa, a fridge, a mattress) are the items people dump, and the lexicon's
dumping concept counts them as evidence of dumping. When the message asks for a collection and says nothing
of anyone dumping or leaving them, `nlp.category` moves that evidence to the bulky-item concept.
"""

from __future__ import annotations

from collections.abc import Sequence

from nlp.lexicon import CONCEPTS
from nlp.text import stem

_ASK = frozenset(
    stem(w) for w in ("can", "could", "would", "will", "please", "pls", "plz", "how", "where", "need")
)
_COLLECT = frozenset(
    stem(w)
    for w in ("pick", "pickup", "picked", "take", "collect", "collected", "haul", "schedule", "arrange")
)
_RID = ((stem("rid"), "of"), (stem("dispose"), "of"), (stem("throw"), "away"), (stem("haul"), "away"))
# someone else put it there: dumping, however it is phrased
_DUMPED = frozenset(
    stem(w)
    for w in (
        "dump", "dumped", "dumping", "tipped", "tipping", "flytipped", "flytipping", "abandoned", "illegal",
        "illegally", "someone", "somebody", "someones", "left", "tossed", "thrown", "discarded",
    )
)  # fmt: skip
_WINDOW = 6  # words between the asking word and the collecting one


def asks_pickup(tokens: Sequence[str]) -> bool:
    """The message asks for something to be collected and does not say it was dumped."""
    if any(t in _DUMPED for t in tokens):
        return False
    for i, t in enumerate(tokens):
        if t not in _ASK:
            continue
        ahead = tokens[i + 1 : i + 1 + _WINDOW]
        if any(w in _COLLECT for w in ahead):
            return True
        if any(ahead[j : j + 2] == list(pair) for pair in _RID for j in range(len(ahead) - 1)):
            return True
    return False


_CONCEPT = {c.name: i for i, c in enumerate(CONCEPTS)}
_DUMPING, _BULKY = _CONCEPT["fly_tipping"], _CONCEPT["bulky_items"]
_LEFT = 0.5  # what is left of the dumping evidence: the items may still have been dumped


def as_pickup(evoked: dict[int, float]) -> dict[int, float]:
    """`evoked` with the dumping concept's strength given to the bulky-item concept (and halved)."""
    if _DUMPING not in evoked:
        return evoked
    out = dict(evoked)
    out[_BULKY] = max(out.get(_BULKY, 0.0), evoked[_DUMPING])
    out[_DUMPING] = evoked[_DUMPING] * _LEFT
    return out
