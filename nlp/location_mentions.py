"""Which of the names the gazetteer finds in a text to believe, and as what: a name that is also a place's
is the place after "near"/"by" (`_reading`), a one-word place name must be written as a name, a street
named only with ordinary words ("Garden Drive", "North Street") only where it reads as a name
(`_plausible`), and a name after a capitalised word may be the tail of a longer one (`_qualified`)."""

from __future__ import annotations

from nlp.gazetteer import STOP, Gazetteer, Mention, Tokens, kind_at
from nlp.gazetteer_names import quadrant
from nlp.location_common import (
    _ALONG,
    _AT_PLACE,
    _BESIDE,
    _HOUSE,
    _NOT_AFTER,
    _capitalised,
    _mixed_case,
    _other_quadrant,
)


def _qualified(tokens: Tokens, start: int) -> bool:
    """A capitalised word just before a name suggests a longer, different name: "Free School Lane",
    "St Laurence Primary School", "Trumpington High Street"."""
    if start < 1 or tokens.words[start - 1] in STOP or tokens.text.isupper():
        return False
    a, b = tokens.spans[start - 1]
    word = tokens.text[a:b]
    if not word[:1].isupper() or word.isupper():
        return False
    before = tokens.text[:a].rstrip()
    return bool(before) and before[-1] not in ".!?:;\n"


def _reading(tokens: Tokens, m: Mention, gaz: Gazetteer) -> Mention:
    """A name that is both a street and a place is the place after "near", "outside", "by the"..., the
    street otherwise: "near Old Town Mall" (the shopping mall), "on Old Town Mall" (the street)."""
    if m.kind != "street" or m.score < 1.0:
        return m
    words = tokens.words
    before = m.start - 1 if m.start >= 1 and words[m.start - 1] != "the" else m.start - 2
    if before < 0 or words[before] not in _BESIDE:
        return m
    places = gaz.named(words[m.start : m.end], "place")
    return Mention("place", places[0], m.start, m.end, m.score) if places else m


def _plausible(tokens: Tokens, m: Mention, gaz: Gazetteer) -> bool:
    """A one-word place name must be written with a capital in a text that uses capitals: "the giant oak"
    is not the Giant supermarket, "3 spots" is not a building called "3"."""
    if m.kind == "street" and _other_quadrant(tokens, m.start, m.end, gaz, m.ref):
        return False  # "E St SE" where only E Street NW is known
    if m.kind == "street" and gaz.weak(m.ref):
        # "e st se": a quadrant after the type word makes even a name in lower case a name
        return bool(quadrant(tokens.words[m.start : m.end])) or _written_as_name(tokens, m.start, m.end)
    after = kind_at(tokens.words, m.end) if m.kind == "place" else ""
    if after and gaz.places[m.ref].kind not in ("", after):
        return False  # "Holborn hospital" is not the station Holborn
    if m.kind == "place" and gaz.spoken(tokens.words[m.start : m.end]):
        # "by Lincoln school" for Lincoln Elementary: a name, so capitalised in a text that uses capitals
        return _name_cased(tokens, m.start)
    if m.kind != "place" or m.end - m.start != 1:
        return True
    word = tokens.words[m.start]
    if word.isdigit() or len(word) < 3:
        return False
    return _name_cased(tokens, m.start)


def _name_cased(tokens: Tokens, start: int) -> bool:
    """A name starting at `start` is capitalised, or the text has no capitals, or a place word comes
    just before it ("near tesco", "outside the co-op")."""
    if not _mixed_case(tokens.text) or _capitalised(tokens, start):
        return True
    before = start - 1 if start >= 1 and tokens.words[start - 1] != "the" else start - 2
    return before >= 0 and tokens.words[before] in _AT_PLACE


def _written_as_name(tokens: Tokens, start: int, end: int) -> bool:
    """Ordinary words that are also a street's whole name ("Garden Drive", "North Street"): a name right
    after on/at/outside... or a house number, or when capitalised in a text that uses capitals; never when
    followed by the word they describe ("the North Street light")."""
    words = tokens.words
    if end < len(words) and words[end] in _NOT_AFTER:
        return False
    before = words[start - 1] if start >= 1 else ""
    plain = not any(w in STOP for w in words[start:end])  # "in front street", "at the corner st"
    if plain and (before in _ALONG or before in _AT_PLACE or before == "of" or _HOUSE.match(before)):
        return True
    return _mixed_case(tokens.text) and all(_capitalised(tokens, i) for i in range(start, end))
