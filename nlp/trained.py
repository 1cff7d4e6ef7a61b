"""Combining the zero-shot ranking with a classifier trained on a council's own past requests. Pure: the
classifier object is built by the caller (see relay311.train) and only asked for scores here.

A catalog with a classifier attached (`ModelCatalog`) is still a sequence of services, so it travels through
`extract(text, catalog, gazetteer)` unchanged; `nlp.category.rank` notices the classifier and mixes its
probabilities in. Services the classifier never saw keep their zero-shot score, scaled by (1 - weight).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from nlp.clutter import without_clutter
from nlp.text import stem, words
from nlp.types import Candidate, Service


class Classifier(Protocol):
    """Anything that maps a message to {service_code: probability} (probabilities sum to at most 1)."""

    @property
    def labels(self) -> Sequence[str]: ...

    def scores(self, text: str) -> Mapping[str, float]: ...


def normalise(text: str) -> str:
    """The text as classifiers see it, at training and at run time alike: lower-case word stems, without
    links, accounts or signatures (`nlp.clutter`)."""
    return " ".join(stem(w) for w in words(without_clutter(text)))


Calibration = tuple[float, float]  # (a, b): P(the first candidate is right) = 1 / (1 + exp(-(a * score + b)))


class ModelCatalog(tuple[Service, ...]):
    """A service catalog with a trained classifier attached; `weight` is the classifier's share (0..1), and
    `calibration`, when the model has one, turns the first candidate's score into a probability."""

    classifier: Classifier
    weight: float
    calibration: Calibration | None

    def __new__(
        cls,
        services: Iterable[Service],
        classifier: Classifier,
        weight: float = 0.6,
        calibration: Calibration | None = None,
    ) -> ModelCatalog:
        self = super().__new__(cls, services)
        self.classifier = classifier
        self.weight = max(0.0, min(1.0, weight))
        self.calibration = calibration
        return self


def calibrated(score: float, calibration: Calibration) -> float:
    a, b = calibration
    z = a * score + b
    return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


def platt(pairs: Sequence[tuple[float, float]], *, ridge: float = 1e-3, steps: int = 50) -> Calibration:
    """Platt scaling: the (a, b) of the logistic curve that best predicts `right` (0 or 1) from `score`, for
    (score, right) pairs, by Newton's method on the log loss (with a small ridge penalty, so that a held-out
    set the model gets all right or all wrong still gives finite numbers). Never a falling curve: when the
    fit slopes down, the scores carry no information and the share right is the answer for every score."""
    a, b = 1.0, 0.0
    for _ in range(steps):
        ga = gb = 0.0
        haa, hab, hbb = ridge, 0.0, ridge
        for x, y in pairs:
            p = calibrated(x, (a, b))
            w = p * (1.0 - p)
            ga += (p - y) * x
            gb += p - y
            haa += w * x * x
            hab += w * x
            hbb += w
        ga += ridge * a
        gb += ridge * b
        det = haa * hbb - hab * hab
        if det <= 0:
            break
        da = (hbb * ga - hab * gb) / det
        db = (haa * gb - hab * ga) / det
        a, b = a - da, b - db
        if abs(da) < 1e-9 and abs(db) < 1e-9:
            break
    if a < 0.0:  # a higher score may not mean a lower chance: the scores say nothing here, the base rate does
        right = (sum(y for _, y in pairs) + 0.5) / (len(pairs) + 1.0)
        a, b = 0.0, math.log(right / (1.0 - right))
    return a, b


def combine(
    zero_shot: Sequence[Candidate], trained: Mapping[str, float], codes: Sequence[str], weight: float
) -> list[Candidate]:
    """(1 - weight) x zero-shot + weight x trained probability, over the catalog's codes, best first."""
    known = set(codes)
    merged: dict[str, float] = {c.service_code: (1.0 - weight) * c.score for c in zero_shot}
    for code, p in trained.items():
        if code in known:
            merged[code] = merged.get(code, 0.0) + weight * p
    order = {code: i for i, code in enumerate(codes)}
    ranked = sorted(merged.items(), key=lambda kv: (-kv[1], order.get(kv[0], 0)))
    return [Candidate(code, round(score, 4)) for code, score in ranked if score >= 0.01]
