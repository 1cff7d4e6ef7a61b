"""Places named by their kind ("by the library", "in the park") or described by a word or two that tell
them from the others of their kind ("near the Southeast school", "by the Catholic church"), and the places
written in a message that may pick the point on a street (`_anchors`)."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from nlp.gazetteer import STOP, Gazetteer, Mention, Tokens, kind_phrase
from nlp.location_common import (
    _DESCRIBED_CUES,
    _KIND_CUES,
    _NOT_AFTER_KIND,
    CONFIDENCE,
    MAX_OFFERED,
    _Anchor,
    _location,
)
from nlp.types import Location


def _kinds(
    tokens: Tokens, gaz: Gazetteer, busy: AbstractSet[int] = frozenset()
) -> list[tuple[list[int], int, int]]:
    """Places named only by their kind after a word of place ("by the library", "outside the train
    station"): every place of that kind, and the span of "the" and the kind's words, in text order."""
    words = tokens.words
    out: list[tuple[list[int], int, int]] = []
    for i in range(1, len(words) - 1):
        if words[i] != "the" or words[i - 1] not in _KIND_CUES or i + 1 in busy:
            continue
        for n in (2, 1):
            end = i + 1 + n
            refs = gaz.of_kind(words[i + 1 : end]) if end <= len(words) else []
            if not refs or end < len(words) and words[end] in _NOT_AFTER_KIND:
                continue
            out.append((refs, i, end))
            break
    return out


def _place_of_kind(tokens: Tokens, gaz: Gazetteer) -> Location | None:
    """'by the library', 'outside the train station', 'in the park': a place named only by its kind, after
    a word of place. The one place of that kind; when there are a few (up to MAX_OFFERED), the first, with
    a low confidence, and `alternatives` offers them all; with more, none."""
    for refs, i, end in _kinds(tokens, gaz)[:1]:
        if len(refs) > MAX_OFFERED:
            return None
        match = gaz.place_at(refs[0], 0.8 if len(refs) == 1 else 0.6)
        return _location(gaz, match, tokens, i, end, CONFIDENCE["place"] * match.score)
    return None


def _described(tokens: Tokens, gaz: Gazetteer, busy: AbstractSet[int]) -> list[tuple[list[int], int, int]]:
    """'near the Southeast school', 'by the Catholic church on Elm St', 'outside Northern High school': a
    place named by its kind and a word or two that tell it from the others of its kind (a direction, a
    level, a denomination, or its one-word name). The places those words fit: the one they name entirely
    when there is one (Southeast Middle School, not Alternative Learning Center Southeast), else every
    place of that kind that has them (several: "the Catholic church" may still be singled out by the
    street it is on). After a word of place ("near", "by the"...), or "the ... on/at"."""
    words = tokens.words
    out: list[tuple[list[int], int, int]] = []
    for k in range(1, len(words)):
        kind, end = kind_phrase(words, k)
        if not kind or end < len(words) and words[end] in _NOT_AFTER_KIND:
            continue
        after = words[end] if end < len(words) else ""
        for d in (2, 1):
            start = k - d
            if start < 1 or any(i in busy for i in range(start, end)):
                continue
            desc = words[start:k]
            if not all(w.isalpha() and w not in STOP for w in desc):
                continue
            lead = words[start - 1] == "the"
            cue = start - 2 if lead else start - 1
            cued = cue >= 0 and words[cue] in _DESCRIBED_CUES
            if not (cued or lead and after in ("on", "at", "in", "near")):  # "the Catholic church on X"
                continue
            whole = gaz.described(kind, desc, whole=True)
            refs = whole if len(whole) == 1 else gaz.described(kind, desc)
            if refs:
                out.append((refs, start, end))
                break
    return out


def _anchors(
    tokens: Tokens,
    gaz: Gazetteer,
    places: Sequence[Mention],
    busy: AbstractSet[int],
    described: Sequence[tuple[list[int], int, int]] = (),
) -> list[_Anchor]:
    """The places written in the message that may pick the point on a street: named ones, described ones
    that fit several ("the Catholic church"), and kinds ("the library")."""
    named = [_Anchor((m.ref,), m.start, m.end, True) for m in places]
    several = [_Anchor(tuple(refs), i, end, False) for refs, i, end in described if len(refs) > 1]
    kinds = [_Anchor(tuple(refs), i, end, False) for refs, i, end in _kinds(tokens, gaz, busy)]
    return sorted(named + several + kinds, key=lambda a: a.start)
