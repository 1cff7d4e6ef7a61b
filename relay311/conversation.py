"""Filling in a report over several messages. Pure: the intake worker loads and saves the draft.

A draft is what we know so far. Each new message can supply the category (by description, or by
the number of one of the options we offered) and the location; we ask for what is still missing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from nlp import Extraction, Service, extract
from nlp.gazetteer import Gazetteer
from relay311 import messages

OPTIONS = 3
CHOICE_RE = re.compile(r"^\s*\(?([1-9])\)?\s*[.)]?\s*$")


@dataclass(frozen=True)
class Draft:
    text: str = ""
    service_code: str | None = None
    service_name: str = ""
    confidence: float = 0.0
    candidates: tuple[tuple[str, float], ...] = ()
    offered: tuple[str, ...] = ()  # service codes offered as numbered options in our last question
    lat: float | None = None
    lon: float | None = None
    location_kind: str = ""
    location_text: str = ""
    address: str = ""
    missing: tuple[str, ...] = field(default=("service", "location"))


@dataclass(frozen=True)
class Turn:
    draft: Draft
    reply: str | None  # the question to ask, or None when the draft is complete
    complete: bool


def _merge_service(
    draft: Draft, extraction: Extraction, min_confidence: float, names: dict[str, str]
) -> Draft:
    if draft.service_code is not None or not extraction.candidates:
        return draft
    top = extraction.candidates[0]
    candidates = tuple((c.service_code, round(c.score, 4)) for c in extraction.candidates)
    if top.score >= min_confidence:
        return replace(
            draft,
            service_code=top.service_code,
            service_name=names.get(top.service_code, top.service_code),
            confidence=top.score,
            candidates=candidates,
        )
    return replace(draft, candidates=candidates or draft.candidates)


def _merge_location(draft: Draft, extraction: Extraction) -> Draft:
    loc = extraction.location
    if draft.lat is not None or loc is None:
        return draft
    return replace(
        draft,
        lat=loc.lat,
        lon=loc.lon,
        location_kind=loc.kind,
        location_text=loc.text,
        address=loc.address,
    )


def step(
    draft: Draft | None,
    text: str,
    *,
    catalog: Sequence[Service],
    gazetteer: Gazetteer,
    point: tuple[float, float] | None = None,
    min_confidence: float,
    can_share_location: bool,
) -> Turn:
    """Take one citizen message into the draft and decide what to say next."""
    names = {s.code: s.name for s in catalog}
    current = draft or Draft()
    choice = CHOICE_RE.match(text) if current.offered and current.service_code is None else None
    if choice and int(choice.group(1)) <= len(current.offered):
        code = current.offered[int(choice.group(1)) - 1]
        current = replace(current, service_code=code, service_name=names.get(code, code), confidence=1.0)
    else:
        current = replace(current, text=f"{current.text}\n{text}".strip() if text else current.text)
        extraction = extract(text, catalog, gazetteer, point=point, min_confidence=min_confidence)
        current = _merge_service(current, extraction, min_confidence, names)
        current = _merge_location(current, extraction)

    missing = tuple(
        name
        for name, absent in (("service", current.service_code is None), ("location", current.lat is None))
        if absent
    )
    current = replace(current, missing=missing)
    if not missing:
        return Turn(replace(current, offered=()), None, complete=True)
    if missing == ("location",):
        return Turn(current, messages.ask_location(can_share_location=can_share_location), complete=False)
    offered = tuple(code for code, _ in current.candidates[:OPTIONS] if code in names)
    current = replace(current, offered=offered)
    if missing == ("service",) or offered:
        question = messages.ask_service([names[c] for c in offered])
        if "location" in missing:
            question += " " + messages.ask_location(can_share_location=can_share_location).removeprefix(
                "Thanks. "
            )
        return Turn(current, question, complete=False)
    return Turn(current, messages.ask_both(can_share_location=can_share_location), complete=False)
