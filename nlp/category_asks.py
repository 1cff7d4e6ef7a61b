"""What a message asks for: something new ("we need a crosswalk here", "please install a light") or a fix.

`nlp.category` ranks a service that is for requesting something new ("Request a new Street Light") below the
fault services unless `asks_new`, and the fault services below it when `asks_only_new`.
"""

from __future__ import annotations

from collections.abc import Sequence

from nlp.text import stem

_ASKS_NEW = frozenset(
    stem(w) for w in ("new", "install", "installed", "add", "request", "want", "suggest", "would")
)
# Only these say plainly that nothing is broken ("a new pothole", "I would like it fixed" do not).
_ASKS_ONLY_NEW = frozenset(stem(w) for w in ("install", "installed", "add", "request", "suggest", "stolen"))
_OWNED = frozenset("the this that these those our their my his her its".split())
_NEED = frozenset(stem(w) for w in ("need", "needs"))
_WE = frozenset(
    stem(w) for w in ("we", "i", "really", "desperately", "seriously", "neighborhood", "neighbourhood")
)
_THERE = stem("there")
_GET = stem("get")
_BUILD = stem("build")
_CAN = frozenset(stem(w) for w in ("can", "could", "cant", "couldnt"))
_PUT = stem("put")
_DO = frozenset(stem(w) for w in ("do", "does", "can", "could", "would"))
_PLEASE = frozenset(stem(w) for w in ("please", "pls", "plz", "kindly"))
_IN_UP = frozenset(("in", "up"))


def asks_new(tokens: Sequence[str]) -> bool:
    """The message asks for something new ("we need a sidewalk here"); "the new street light shines into my
    window" does not."""
    for i, t in enumerate(tokens):
        if t in _ASKS_NEW and not (t == "new" and i > 0 and tokens[i - 1] in _OWNED):
            return True
        if t in _NEED and i + 1 < len(tokens) and tokens[i + 1] in ("a", "an"):
            return True
    return False


def _we_need_one(tokens: Sequence[str]) -> bool:
    """ "we need a crosswalk here", "there needs to be a sidewalk": a plain request for something new."""
    for i, t in enumerate(tokens):
        if t not in _NEED or i == 0:
            continue
        if tokens[i - 1] in _WE and i + 1 < len(tokens) and tokens[i + 1] in ("a", "an"):
            return True
        if tokens[i - 1] == _THERE and tuple(tokens[i + 1 : i + 4]) in (
            ("to", "be", "a"),
            ("to", "be", "an"),
        ):
            return True
    for i in range(1, len(tokens)):  # "please build one", "build a sidewalk"
        if tokens[i - 1] == _BUILD and tokens[i] in ("one", "a", "an", "us"):
            return True
    # "please put a light here", "could the city put one in", "put up a sign": asked to put something there
    # ("someone put a mattress out" tells what happened; "can you put a shield on it" asks for a fix)
    for i, t in enumerate(tokens):
        if t != _PUT:
            continue
        after = tokens[i + 1 : i + 3]
        if any(w in _PLEASE for w in tokens[max(0, i - 3) : i]) or (
            len(after) == 2 and (after[0] in _IN_UP or (after[0] == "one" and after[1] in _IN_UP))
        ):
            return True
    # "who do I call to get one", "where can I get one": asking for one
    if any(t == _GET and nxt == "one" for t, nxt in zip(tokens, tokens[1:], strict=False)):
        return True
    # "can we get a crosswalk", "could we get speed bumps": asking for something to be put there;
    # "how do I get one", "how do we get a bin": asking how to have one
    for i, t in enumerate(tokens[2:], start=2):
        if t == _GET and tokens[i - 1] in _WE and tokens[i - 2] in _CAN:
            return True
        please = tokens[i - 1] in _PLEASE and i >= 3  # "could we please get a sign"
        if t == _GET and please and tokens[i - 2] in _WE and tokens[i - 3] in _CAN:
            return True
        if (
            t == _GET
            and tokens[i - 1] in _WE
            and tokens[i - 2] in _DO
            and i >= 3
            and tokens[i - 3] == "how"
            and i + 1 < len(tokens)
            and tokens[i + 1] in ("a", "an", "another", "new")
        ):
            return True
    return False


def asks_only_new(tokens: Sequence[str]) -> bool:
    """The message plainly asks for something new, so nothing is broken."""
    return bool(_ASKS_ONLY_NEW.intersection(tokens)) or _we_need_one(tokens)
