"""The one entry point: what is the problem (service candidates) and where is it (location)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from nlp.category import rank
from nlp.gazetteer import Gazetteer
from nlp.location import alternatives, locate
from nlp.trained import ModelCatalog, calibrated
from nlp.types import Candidate, Extraction, Service

TOP_N = 5
# Two services scoring within this of each other are a coin toss: on the Bloomington development set the
# first was right 0.60 of the time when the gap was under 0.06, and 0.93 when it was 0.1 or more.
MIN_MARGIN = 0.03


# P(the first candidate is right) for zero-shot ranking, from its score s and its lead m over the second:
# 1 / (1 + exp(-(a s + c m + b))). Fitted on the first candidates of the labelled sets in
# bench/nlp_category.py (about 3,300 texts: SeeClickFix reports against four real catalogs, UK titles, and
# the everyday message sets, US and UK); fitted on all but one set and tested on that one, the expected
# calibration error was 0.02-0.09 (the raw score's: 0.07-0.16). The bench prints a refit, and the error on
# two held-out sets the fit never saw.
ZERO_SHOT_CALIBRATION = (1.565, 5.853, -0.350)


def zero_shot_probability(candidates: Sequence[Candidate]) -> float:
    """How likely the first of zero-shot `candidates` is the right service (0 when there are none)."""
    if not candidates:
        return 0.0
    lead = candidates[0].score - (candidates[1].score if len(candidates) > 1 else 0.0)
    a, c, b = ZERO_SHOT_CALIBRATION
    z = a * candidates[0].score + c * lead + b
    return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


def decisive(candidates: Sequence[Candidate], min_margin: float = MIN_MARGIN) -> bool:
    """The first candidate is clearly ahead of the second (or alone)."""
    return len(candidates) < 2 or candidates[0].score - candidates[1].score >= min_margin


def extract(
    text: str,
    catalog: Sequence[Service],
    gazetteer: Gazetteer,
    *,
    point: tuple[float, float] | None = None,
    min_confidence: float = 0.5,
    min_margin: float = MIN_MARGIN,
) -> Extraction:
    """Rank `catalog` services for `text` and find where the problem is.

    `missing` names what should be asked of the citizen: "service" when no candidate reaches
    `min_confidence` or the best two are within `min_margin` of each other; "location" when neither the
    text nor `point` gives a location. `alternatives` lists the candidates (far apart) when the place's
    name fits several equally well."""
    location = locate(text, gazetteer, point)
    # The place words ("Station Road", a map link) must not count as evidence for a service.
    about = text.replace(location.text, " ") if location is not None and location.kind != "channel" else text
    candidates = tuple(rank(about, catalog)[:TOP_N])
    missing: list[str] = []
    if not candidates or candidates[0].score < min_confidence or not decisive(candidates, min_margin):
        missing.append("service")
    if location is None:
        missing.append("location")
    probability = None
    if not isinstance(catalog, ModelCatalog):
        probability = round(zero_shot_probability(candidates), 4) if candidates else None
    elif candidates and catalog.calibration is not None:
        probability = round(calibrated(candidates[0].score, catalog.calibration), 4)
    return Extraction(
        candidates=candidates,
        location=location,
        missing=tuple(missing),
        alternatives=alternatives(text, gazetteer, location),
        probability=probability,
    )
