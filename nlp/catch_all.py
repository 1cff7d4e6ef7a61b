"""A council's catch-all service ("Other", "General Enquiry", "Service Request Not Otherwise Classified"),
offered when relay311 recognises the problem but the catalog has no service for it.

Without it, a county with no sidewalk service or a coastal city with no snow service gets three unrelated
services for "sidewalk heaved by tree roots" or "street not plowed"; a dispatcher would file those under
the catch-all. It is offered third (or after the only candidates there are), never above a service with
evidence: the first two candidates, and so every automatic choice, stay as the ranking found them. Alone,
it scores under the default `min_confidence`, so the citizen is asked rather than filed under "Other".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from nlp.types import Service

_NAME = re.compile(r"\b(?:other|general|misc|miscellaneous|not otherwise classified)\b", re.IGNORECASE)
RECOGNISED = 0.5  # the message evokes a problem at least this strongly
SERVED = 0.5  # some service covers that problem at least this well: no catch-all needed
WEAK_BEST = 0.7  # the best service found scores under this
PLACE = 2  # where the catch-all is offered (0-based): third
ALONE = 0.3  # its score, times the problem's strength, when no service has evidence


def find(catalog: Sequence[Service], linked: Sequence[bool], name_length: Sequence[int]) -> int | None:
    """The catalog's catch-all: a service named "Other", "General..." or "Misc..." that is linked to no
    problem ("Sign Repair - All Other Signs" is about signs); the shortest-named if several."""
    found = [si for si, s in enumerate(catalog) if _NAME.search(s.name.replace("_", " ")) and not linked[si]]
    return min(found, key=lambda si: (name_length[si], si)) if found else None


def offer(
    scored: list[tuple[float, int]],
    catch_all: int | None,
    evoked: dict[int, float],
    by_concept: dict[int, list[tuple[int, float]]],
) -> list[tuple[float, int]]:
    """`scored` (score, service) best first, with the catch-all third when the strongest problem the
    message evokes has no service and the best service found is weak. It takes the score of the service it
    displaces, so scores still fall."""
    if catch_all is None or not evoked:
        return scored
    concept, strength = max(evoked.items(), key=lambda kv: kv[1])
    served = max((a for _, a in by_concept.get(concept, ())), default=0.0)
    if strength < RECOGNISED or served >= SERVED or (scored and scored[0][0] >= WEAK_BEST):
        return scored
    rest = [(score, si) for score, si in scored if si != catch_all]
    if len(rest) > PLACE:
        return [*rest[:PLACE], (rest[PLACE][0], catch_all), *rest[PLACE:]]
    return [*rest, (rest[-1][0] if rest else strength * ALONE, catch_all)]
