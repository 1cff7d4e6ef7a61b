"""What relay311 understands of each service in a council's catalog, for the people who run it.

Zero-shot ranking (`nlp.category`) links a service to the problems of the lexicon through the words of its
name, keywords, description and group. A service whose words name no known problem can still be matched,
but only by a message that repeats its own words; a name word that no problem explains ("Unsafe
*Structures*" before "structure" was a building word) costs every report of that kind. `read_catalog` says,
for each service, which problems it is linked to and how strongly, and which of its name's words relay311
does not recognise, so that a council can add keywords (`[nlp.keywords]` in relay311.toml) where it matters.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from nlp.catalog_words import expand
from nlp.category import index_for
from nlp.lexicon import CONCEPTS
from nlp.text import stem, words
from nlp.types import Service

WEAK = 0.5  # a service linked to no problem at least this strongly is matched mostly by its own words
_SHOWN = 0.3  # weaker links are not worth listing


@dataclass(frozen=True)
class Reading:
    code: str
    name: str
    problems: tuple[tuple[str, float], ...]  # (problem, strength of the link 0..1), strongest first
    unknown: tuple[str, ...]  # words of the name that no linked problem explains, as written (lower case)
    catch_all: bool = False  # the catalog's "Other" service, offered for problems it has no service for

    @property
    def weak(self) -> bool:
        """No problem is linked strongly: only messages using the service's own words will find it (the
        catch-all is found otherwise)."""
        return not self.catch_all and (not self.problems or self.problems[0][1] < WEAK)


def read_catalog(catalog: Sequence[Service]) -> list[Reading]:
    """One reading per service, in catalog order."""
    index = index_for(catalog)
    links: list[dict[int, float]] = [{} for _ in catalog]
    for ci, services in index.by_concept.items():
        for si, strength in services:
            links[si][ci] = strength
    out: list[Reading] = []
    for si, service in enumerate(catalog):
        problems = tuple(
            (CONCEPTS[ci].name.replace("_", " "), round(a, 2))
            for ci, a in sorted(links[si].items(), key=lambda kv: (-kv[1], kv[0]))
            if a >= _SHOWN
        )
        explained: set[str] = set()
        for ci, name_words in index.name_cover[si].items():
            if links[si].get(ci, 0.0) >= _SHOWN:
                explained |= name_words
        missing = index.name_words[si] - explained
        unknown: list[str] = []
        for word in expand(words(service.name.replace("_", " "))):
            if stem(word) in missing and word not in unknown:
                unknown.append(word)
        out.append(Reading(service.code, service.name, problems, tuple(unknown), si == index.catch_all))
    return out


def with_keywords(catalog: Sequence[Service], keywords: Mapping[str, tuple[str, ...]]) -> list[Service]:
    """The catalog with a council's own words for some services added to their keywords."""
    return [
        replace(s, keywords=(*s.keywords, *keywords[s.code])) if s.code in keywords else s for s in catalog
    ]
