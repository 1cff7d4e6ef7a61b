"""Value types shared by the extraction functions and their callers. Pure data, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Service:
    """One entry of a council's Open311 service catalog (GET services)."""

    code: str
    name: str
    description: str = ""
    keywords: tuple[str, ...] = ()
    group: str = ""
    metadata: bool = False
    type: str = "realtime"  # realtime | batch | blackbox


@dataclass(frozen=True)
class Candidate:
    service_code: str
    score: float  # 0..1, higher is more likely


@dataclass(frozen=True)
class Location:
    lat: float
    lon: float
    kind: str  # coordinates | map_link | channel | address | intersection | street | place | postcode
    text: str  # the text that matched (or a description of the source)
    confidence: float  # 0..1
    address: str = ""  # a human-readable address for Open311's address_string


@dataclass(frozen=True)
class Extraction:
    candidates: tuple[Candidate, ...]
    location: Location | None
    missing: tuple[str, ...] = field(default=())  # subset of ("service", "location")
    # several far-apart places the location's words fit equally well (`location` is the first): ask which
    alternatives: tuple[Location, ...] = ()
    # P(the first candidate is right): from zero-shot ranking's built-in calibration, or from a trained
    # model's own; None for a model trained without calibration (then `confidence` is the score)
    probability: float | None = None

    @property
    def service_code(self) -> str | None:
        return self.candidates[0].service_code if self.candidates else None

    @property
    def confidence(self) -> float:
        """The calibrated probability that `service_code` is right when there is one, else its score."""
        if self.probability is not None:
            return self.probability
        return self.candidates[0].score if self.candidates else 0.0
