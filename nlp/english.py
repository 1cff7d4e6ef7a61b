"""Which words are ordinary English, so that spelling correction leaves them alone.

"appears" is not a typo of "appeal", nor "beach" of "bench": a word found in an English word list is taken
as written. The list is pyspellchecker's English word-frequency table (MIT licence; built from
OpenSubtitles), read once from the installed package. Only words of five letters or more are kept (shorter
words are never corrected), and only as a sorted array of their CRC-32 checksums: about 0.6 MB instead of
the 30 MB a set of 123,000 strings takes. A typo that happens to share a checksum with a real word (about
one in 28,000) is left uncorrected, which is the safe way to be wrong.
"""

from __future__ import annotations

import gzip
import re
import zlib
from functools import lru_cache
from importlib import resources

import numpy as np
import numpy.typing as npt

MIN_LENGTH = 5
_KEY = re.compile(rb'"([a-z]{%d,})":' % MIN_LENGTH)


@lru_cache(maxsize=1)
def _checksums() -> npt.NDArray[np.uint32]:
    data = gzip.decompress((resources.files("spellchecker") / "resources" / "en.json.gz").read_bytes())
    sums = np.fromiter((zlib.crc32(m.group(1)) for m in _KEY.finditer(data)), dtype=np.uint32)
    sums.sort(kind="heapsort")  # numpy's default sort loads a vectorised library of several MB
    return sums


def load() -> None:
    """Read the word list now (it is otherwise read on first use): callers in async code do this in a
    thread at start-up, so that the first message does not read a file on the event loop."""
    _checksums()


@lru_cache(maxsize=8192)
def is_english(word: str) -> bool:
    """`word` (lower case) is an English word, or too short to be corrected anyway."""
    if len(word) < MIN_LENGTH:
        return True
    sums = _checksums()
    key = zlib.crc32(word.encode("utf-8"))
    i = int(np.searchsorted(sums, key))
    return i < len(sums) and int(sums[i]) == key
