"""Combining the zero-shot ranking with a classifier trained on a council's own past requests. Pure: the
classifier object is built by the caller (see relay311.train) and only asked for scores here.

A catalog with a classifier attached (`ModelCatalog`) is still a sequence of services, so it travels through
`extract(text, catalog, gazetteer)` unchanged; `nlp.category.rank` notices the classifier and mixes its
probabilities in. Services the classifier never saw keep their zero-shot score, scaled by (1 - weight).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from nlp.text import stem, words
from nlp.types import Candidate, Service


class Classifier(Protocol):
    """Anything that maps a message to {service_code: probability} (probabilities sum to at most 1)."""

    @property
    def labels(self) -> Sequence[str]: ...

    def scores(self, text: str) -> Mapping[str, float]: ...


def normalise(text: str) -> str:
    """The text as classifiers see it, at training and at run time alike: lower-case word stems."""
    return " ".join(stem(w) for w in words(text))


class ModelCatalog(tuple[Service, ...]):
    """A service catalog with a trained classifier attached; `weight` is the classifier's share (0..1)."""

    classifier: Classifier
    weight: float

    def __new__(
        cls, services: Iterable[Service], classifier: Classifier, weight: float = 0.6
    ) -> ModelCatalog:
        self = super().__new__(cls, services)
        self.classifier = classifier
        self.weight = max(0.0, min(1.0, weight))
        return self


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
