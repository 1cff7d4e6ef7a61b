"""Finding the streets and places a text names: exact phrases first, then typos.

A typo keeps a name's first letter and its number of words, and costs at most one edit (two in long
words); words shorter than six letters must be exact ("Mill" and "Hill" are two names), except two swapped
letters in a short street name written with its type ("Kign St"). Typo-tolerant street names are anchored
on their type word; typo-tolerant place names are compared only with names of the same first letter and
length in words.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import process
from rapidfuzz.distance import OSA

from nlp.gazetteer_index import GazetteerIndex, Mention
from nlp.gazetteer_names import DIRECTIONS, QUADRANTS, STOP, Tokens, quadrant


class NameFinder(GazetteerIndex):
    """`find`: the names in a tokenized text; `bare_typo`: the street name a word is a typo of."""

    def find(self, tokens: Tokens) -> list[Mention]:
        """Streets and places named in the text, left to right; exact names first, then typo-tolerant."""
        words = tokens.words
        taken = [False] * len(words)
        found: list[Mention] = []
        i = 0
        while i < len(words):
            if words[i] not in self._first_words:
                i += 1
                continue
            for n in range(min(self._max_phrase, len(words) - i), 0, -1):
                refs = self._phrases.get(words[i : i + n])
                if refs:
                    found.extend(Mention(kind, ref, i, i + n, 1.0) for kind, ref in refs[:1])
                    taken[i : i + n] = [True] * n
                    i += n
                    break
            else:
                i += 1
        found.extend(self._fuzzy_streets(words, taken))
        found.extend(self._fuzzy_place_mentions(words, taken))
        return sorted(found, key=lambda m: (m.start, -m.end))

    def _fuzzy_streets(self, words: Sequence[str], taken: list[bool]) -> list[Mention]:
        """Typo-tolerant street names, anchored on a street-type word: "Statoin Rd", "Chruch Street"."""
        out: list[Mention] = []
        for j, word in enumerate(words):
            if taken[j] or word not in self._cores:
                continue
            cores, refs = self._cores[word]
            best: tuple[int, int, int] | None = None  # (edits, -k, ref)
            for k in (1, 2, 3):
                if j - k < 0 or any(taken[j - k : j]):
                    break
                window = words[j - k : j]
                if any(w in STOP or w.isdigit() or w in "&/@" for w in window):
                    break
                hit = _closest(window, cores) if self._could_be_typo(window) else None
                if hit is not None and (best is None or (hit[0], -k) < best[:2]):
                    best = (hit[0], -k, refs[hit[1]])
            if best is None and j >= 1 and not taken[j - 1]:
                ref = self._swapped(words[j - 1], word)
                if ref is not None:
                    best = (1, -1, ref)
            if best is not None:
                start, ref = j + best[1], best[2]
                if start >= 1 and words[start - 1] in DIRECTIONS and not taken[start - 1]:
                    # "South Pootmac St": the direction belongs to the name, and picks among namesakes
                    start -= 1
                    ref = next((r for r in self.same_street(ref) if words[start] in self._keys[r]), ref)
                end = j + 1
                if end < len(words) and words[end] in QUADRANTS and not taken[end]:
                    # "Pensylvania Ave SE": the quadrant belongs to the name too, when a namesake has it
                    same = [r for r in self.same_street(ref) if quadrant(self._keys[r]) == words[end]]
                    ref, end = (same[0], end + 1) if same else (ref, end)
                out.append(Mention("street", ref, start, end, (0.9, 0.85, 0.75)[best[0]]))
                taken[start:end] = [True] * (end - start)
        return out

    def _swapped(self, word: str, street_type: str) -> int | None:
        """A short name with two letters swapped ("Kign St", "Mian Street"): the street whose name has
        them the right way round. Only swaps: "Mill" and "Hill", "Marks" and "Marys" are other names."""
        if not 4 <= len(word) <= 5 or not word.isalpha() or word in self._name_words or word in STOP:
            return None
        names = self._short_cores.get(street_type)
        if not names:
            return None
        for i in range(1, len(word) - 1):
            if word[i] != word[i + 1]:
                ref = names.get(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
                if ref is not None:
                    return ref
        return None

    def _fuzzy_place_mentions(self, words: Sequence[str], taken: list[bool]) -> list[Mention]:
        """Typo-tolerant place names: "the libary", "leisure center"."""
        cores = self._fuzzy_places[0]
        # Only a long word that is not already a name word can be a typo (see `_could_be_typo`).
        suspects = [len(w) >= 6 and w not in self._name_words for w in words]
        if not cores or not any(suspects):
            return []
        out: list[Mention] = []
        for i in range(len(words)):
            if not any(suspects[i : i + 3]):
                continue
            for n in (3, 2, 1):
                if i + n > len(words) or any(taken[i : i + n]) or words[i] in STOP:
                    continue
                window = words[i : i + n]
                # A typo keeps the first letter and the number of words: compare with those names only.
                bucket = self._place_buckets.get((window[0][:1], n))
                hit = _closest(window, bucket[0]) if bucket and self._could_be_typo(window) else None
                if bucket is not None and hit is not None and hit[0] > 0:
                    out.append(Mention("place", bucket[1][hit[1]], i, i + n, 0.8))
                    taken[i : i + n] = [True] * n
                    break
        return out

    def bare_typo(self, word: str) -> str:
        """The one-word street name (without its type) that `word` is a typo of ("jeffreson" ->
        "jefferson"); "" unless exactly one name is that close and `word` is no name itself."""
        if len(word) < 6 or not word.isalpha() or word in self._name_words or word in self._first_words:
            return ""
        hits = {core for core in self._typo_cores.get(word[0], ()) if _word_edits(word, core) is not None}
        return hits.pop() if len(hits) == 1 else ""

    def _could_be_typo(self, window: Sequence[str]) -> bool:
        """Cheap pre-check for `_closest`: short words must be name words, and some long word must not be."""
        known = self._name_words
        return all(w in known or len(w) >= 6 for w in window) and any(w not in known for w in window)


def _word_edits(a: str, b: str) -> int | None:
    """Edits between two words if they are close enough to be a typo of one another, else None.

    Words shorter than six letters must match exactly: "Marks" and "Marys", "Mill" and "Hill" are
    different names, not typos."""
    if a == b:
        return 0
    if min(len(a), len(b)) < 6 or a[0] != b[0]:
        return None
    limit = 1 if max(len(a), len(b)) < 9 else 2
    dist = OSA.distance(a, b, score_cutoff=limit)
    return dist if dist <= limit else None


def _closest(window: Sequence[str], names: Sequence[str]) -> tuple[int, int] | None:
    """(edits, index) of the name in `names` that `window` is a small typo of, comparing word by word."""
    text = " ".join(window)
    best: tuple[int, int] | None = None
    for _, _, idx in process.extract(text, names, scorer=OSA.distance, score_cutoff=3, limit=5):
        parts = names[idx].split(" ")
        if len(parts) != len(window):
            continue
        total = 0
        for a, b in zip(window, parts, strict=True):
            edits = _word_edits(a, b)
            if edits is None:
                break
            total += edits
        else:
            if total <= 2 and (best is None or total < best[0]):
                best = (total, idx)
    return best
