"""Spelling correction of a message's words against the words relay311 knows (the lexicon's triggers and the
catalog's own words), for `nlp.category`. Pure; each catalog's index keeps one `Speller`.

- A word of five letters or more one or two edits from a known word (two for eight letters or more) is that
  word; of equally close words, the one with the same letters wins ("garabge": garbage, not garage).
- A word written without its vowels, as in a text message ("rcyclng", "grbg", "strt lght"), is the one known
  word of four letters or more with the same consonants; "-ng" and "-d" stand for the endings the stems have
  lost ("rcyclng": recycl, "dmpd": dump).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import OSA

# A word of consonants only after its first letter, as text messages shorten them: "rcyclng", "grbg", "strt"
TEXTSPEAK = re.compile(r"[a-z][b-df-hj-np-tv-z]{3,}")
_CACHE_LIMIT = 50_000


def skeleton(word: str) -> str:
    return word[0] + re.sub(r"[aeiouy]", "", word[1:])


def skeletons(vocab: frozenset[str]) -> dict[str, str]:
    """Known words of four letters or more by their consonants after the first letter, where only one word
    has those consonants and there are at least three."""
    found: dict[str, str | None] = {}
    for w in vocab:
        if len(w) >= 4 and w.isalpha() and len(key := skeleton(w)) >= 3:
            found[key] = None if key in found and found[key] != w else w
    return {k: w for k, w in found.items() if w is not None}


@dataclass
class Speller:
    vocab: frozenset[str]
    stop: frozenset[str]  # never corrected, nor corrected into
    by_letter: dict[str, list[str]] = field(init=False)
    _cache: dict[str, str] = field(default_factory=dict, repr=False)
    _skeletons: dict[str, str] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self.by_letter = {}
        for w in sorted(self.vocab):
            if len(w) >= 5 and not w.isdigit():
                self.by_letter.setdefault(w[0], []).append(w)

    def correct(self, token: str) -> str:
        """`token` (a stem), or the known word it misspells."""
        if token in self.vocab or len(token) < 4 or token.isdigit() or token in self.stop:
            return token
        hit = self._cache.get(token)
        if hit is not None:
            return hit
        result = self._textspeak(token) if TEXTSPEAK.fullmatch(token) else None
        if result is None and len(token) >= 5:
            result = self._nearest(token)
        result = result or token
        if len(self._cache) > _CACHE_LIMIT:
            self._cache.clear()
        self._cache[token] = result
        return result

    def _textspeak(self, token: str) -> str | None:
        if self._skeletons is None:
            self._skeletons = skeletons(self.vocab)
        variants = [token]
        if token.endswith("ng"):
            variants.append(token[:-2])
        if token.endswith("d"):
            variants.append(token[:-1])
        return next((self._skeletons[k] for k in map(skeleton, variants) if k in self._skeletons), None)

    def _nearest(self, token: str) -> str | None:
        limit = 1 if len(token) < 8 else 2
        close = process.extract(
            token, self.by_letter.get(token[0], []), scorer=OSA.distance, score_cutoff=limit, limit=8
        )
        if not close:
            return None
        nearest = min(d for _, d, _ in close)
        tied = [w for w, d, _ in close if d == nearest]
        return next((w for w in tied if sorted(w) == sorted(token)), tied[0])
