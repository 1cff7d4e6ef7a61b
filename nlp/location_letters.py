"""The lettered streets "A Street" and "I Street", whose letters are also the article "a" and the pronoun
"I". The tokenizer reads a capital "A"/"I" right before a street type word as the street's letter
(`nlp.gazetteer_names`); here a message's tokens are read again with the words around them:

- at the start of a sentence, "A Street" (or "I Street") followed by a thing that stands in streets ("A
  Street light is out on Main St", "A Street sweeper blocked the drive") is the article: "a street light";
- a lower-case "i" right before "st"/"street" is I Street when the words around it leave no other
  reading: after on/at/of/near or a house number, followed by the end of the sentence, a quadrant or a
  word that may follow a street ("on i street near the school"), and, for "i st", with a quadrant after
  it or a house number before it ("pothole on i st nw", "1200 i st"): "st" alone is also what a phone
  leaves of "still" or "stop" ("on i st ill think"), so "pothole on i st" stays unread. "i street
  parked" (the pronoun) stays the pronoun.
"""

from __future__ import annotations

import re

from nlp.gazetteer import STREET_TYPES, Gazetteer, Tokens
from nlp.gazetteer_names import ARTICLE_LETTERS, QUADRANTS
from nlp.location_common import _AFTER_ORDINAL, _HOUSE, _NOT_AFTER

# Things in a street that "street" describes in "a street light", "a street sweeper", "a street sign"
_STREET_THINGS = _NOT_AFTER | frozenset(
    """lampposts lighting signage sweeper sweepers sweeping cleaner cleaners cleaning drain drains gully
    gullies grate grates gutter gutters tree trees pole poles post posts furniture marking markings name
    names vendor vendors parking party closure closures crossing crossings cone cones barrier barriers bin
    bins camera cameras corner corners repair repairs works flooding noise racing""".split()
)
# What may come between a sentence and the next one's first word, or a clause and the next one's
_SENTENCE_BREAK = re.compile(r"[.!?;:,()\n\-\u2013\u2014]")
_I_CUES = frozenset({"on", "at", "of", "near"})  # "pothole on i st", "corner of i st and 14th"
_I_TYPES = frozenset({"st", "street", "str"})  # as written: not "saint"
_I_AFTER = _AFTER_ORDINAL | QUADRANTS  # words after "i st" that show it is a street: "i st near", "i st nw"
_CLAUSE_END = re.compile(r"[,.;:!?()]")


def read_letters(tokens: Tokens, gaz: Gazetteer, quoted: bool = False) -> Tokens:
    """`tokens` with the article and the pronoun told apart from A Street and I Street (see above). With
    `quoted`, the tokens are a location's own words as found in a message ("i st nw"): a lower-case "i"
    at their start before "st" is I Street then, the words before it having already been read."""
    words = list(tokens.words)
    for i, word in enumerate(words):
        if word in ARTICLE_LETTERS and _article(tokens, i):
            words[i] = word.lower()
        elif word == "i" and _i_street(tokens, gaz, i, quoted):
            words[i] = "I"
    if tuple(words) == tokens.words:
        return tokens
    return Tokens(tokens.text, tuple(words), tokens.spans)


def is_article(tokens: Tokens, i: int) -> bool:
    """Token i ("A"/"I" read as a street's letter) is the article or the pronoun ("A Street light is out")."""
    return tokens.words[i] in ARTICLE_LETTERS and _article(tokens, i)


def _between(tokens: Tokens, i: int) -> str:
    """The text between token i-1 and token i."""
    return tokens.text[tokens.spans[i - 1][1] : tokens.spans[i][0]]


def _article(tokens: Tokens, i: int) -> bool:
    """Token i ("A", "I" before a street type) is the article or the pronoun: it starts a sentence or a
    clause, and the word after the type is a thing in a street, written as one with it ("A Street light",
    "A street-sign")."""
    words = tokens.words
    if i + 2 >= len(words) or words[i + 1] not in STREET_TYPES or words[i + 2] not in _STREET_THINGS:
        return False
    if _between(tokens, i + 2).strip(" -"):
        return False
    return i == 0 or bool(_SENTENCE_BREAK.search(_between(tokens, i)))


def _i_street(tokens: Tokens, gaz: Gazetteer, i: int, quoted: bool) -> bool:
    """Token i, a lower-case "i", is I Street's letter (see above)."""
    words, text, spans = tokens.words, tokens.text, tokens.spans
    if i + 1 >= len(words) or text[spans[i][0] : spans[i][1]] != "i":
        return False
    typed = text[spans[i + 1][0] : spans[i + 1][1]].lower()
    if typed not in _I_TYPES or _between(tokens, i + 1) != " " or not gaz.named(("I", "st"), "street"):
        return False
    before = words[i - 1] if i >= 1 else ""
    numbered = bool(_HOUSE.match(before)) and not _SENTENCE_BREAK.search(_between(tokens, i))
    if not (quoted and i == 0 or numbered):
        if before not in _I_CUES or _SENTENCE_BREAK.search(_between(tokens, i)):
            return False
    end = i + 3 if i + 2 < len(words) and words[i + 2] in QUADRANTS else i + 2
    if typed != "street" and end == i + 2 and not numbered and not quoted:
        return False  # "on i st": I Street only with a quadrant ("on i st nw") or a house number
    if end >= len(words):
        return True
    return bool(_CLAUSE_END.search(_between(tokens, end))) or words[end] in _I_AFTER
