"""Filling in a report over several messages. Pure: the intake worker loads and saves the draft.

A draft is what we know so far plus the question we last asked. Each message can supply the
category (by description, by the number of an offered option or by its name), the location, and the
answer to an Open311 attribute question. We ask for what is still missing, in this order: what, where,
the service's required attributes (in their `order`), then an optional confirmation.

`step()` returns what to say as template keys and values (`Say`), rendered later in the citizen's
language and fitted to the channel.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from typing import Any

from dispatcher.attributes import check_value
from dispatcher.models import AttributeDef, ServiceDefinition
from nlp import Extraction, Location, Service, extract
from nlp.extract import MIN_MARGIN, decisive
from nlp.gazetteer import Gazetteer
from relay311.messages import Say

OPTIONS = 3
CHOICE_RE = re.compile(r"^\s*\(?(\d{1,2})\)?\s*[.)]?\s*$")
YES = frozenset({"yes", "y", "yeah", "yep", "ok", "okay", "send", "si", "sí", "vale", "enviar", "1"})
NO = frozenset({"no", "n", "nope", "2"})
SKIP = frozenset({"skip", "saltar", "pass", "don't know", "dont know", "no se", "no sé"})
DATETIME_FORMATS = (
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y %H.%M",
    "%d/%m/%Y",
    "%d-%m-%Y %H:%M",
    "%d-%m-%Y",
    "%Y-%m-%d %H:%M",
    "%d/%m/%y %H:%M",
    "%d/%m/%y",
)


class NeedDefinition(Exception):
    """The chosen service has attributes whose definition is not loaded yet: fetch it and step again."""

    def __init__(self, service_code: str) -> None:
        super().__init__(service_code)
        self.service_code = service_code
        self.council = ""  # set by the intake: whose definition (several councils)


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
    location_confidence: float = 0.0
    address: str = ""
    missing: tuple[str, ...] = field(default=("service", "location"))
    # the question we are waiting for: "" | service | location | location_choice | attribute | confirm
    asking: str = ""
    attribute: str = ""  # the attribute code asked
    attributes: Mapping[str, Any] = field(default_factory=dict)  # code -> value or [values]
    skipped: tuple[str, ...] = ()  # optional attributes the citizen skipped
    noticed: tuple[str, ...] = ()  # informational attributes already shown
    location_checked: bool = False  # the citizen confirmed or chose an uncertain location
    council: str = ""  # the council whose boundary holds the location (several councils), "" unknown
    # far-apart places the citizen's words fit equally well, offered numbered until one is chosen:
    # (lat, lon, kind, text, confidence, address) each
    places: tuple[tuple[float, float, str, str, float, str], ...] = ()

    def to_data(self) -> dict[str, Any]:
        data = asdict(self)
        data["attributes"] = dict(self.attributes)
        return data

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Draft:
        known = {f for f in cls.__dataclass_fields__}
        values = {k: v for k, v in data.items() if k in known}
        for name in ("offered", "missing", "skipped", "noticed"):
            if name in values:
                values[name] = tuple(values[name])
        if "candidates" in values:
            values["candidates"] = tuple((str(c), float(s)) for c, s in values["candidates"])
        if "places" in values:
            values["places"] = tuple(
                (float(a), float(b), str(k), str(t), float(c), str(d))
                for a, b, k, t, c, d in values["places"]
            )
        return cls(**values)


@dataclass(frozen=True)
class Turn:
    draft: Draft
    says: tuple[Say, ...]  # what to tell the citizen now (may be non-empty when complete: notices)
    complete: bool
    cancelled: bool = False

    @property
    def reply(self) -> Say | None:
        return self.says[-1] if self.says else None


@dataclass(frozen=True)
class Settings:
    min_confidence: float = 0.35
    min_margin: float = MIN_MARGIN  # the best two services this close: the citizen chooses
    min_location_confidence: float = 0.45
    can_share_location: bool = False
    confirm: bool = False
    ask_optional: bool = False
    # several councils, and the report's is not known yet: stop once the location is known, without
    # looking at attributes; the intake then picks the council by the location and calls `rematch`
    until_location: bool = False


def _merge_service(
    draft: Draft, extraction: Extraction, settings: Settings, names: Mapping[str, str]
) -> Draft:
    if draft.service_code is not None or not extraction.candidates:
        return draft
    top = extraction.candidates[0]
    candidates = tuple((c.service_code, round(c.score, 4)) for c in extraction.candidates)
    if top.score >= settings.min_confidence and decisive(extraction.candidates, settings.min_margin):
        # the stored confidence is the calibrated probability (zero-shot's, or the council's model's)
        return _choose(replace(draft, candidates=candidates), top.service_code, names, extraction.confidence)
    return replace(draft, candidates=candidates or draft.candidates)


def _choose(draft: Draft, code: str, names: Mapping[str, str], confidence: float = 1.0) -> Draft:
    return replace(
        draft, service_code=code, service_name=names.get(code, code), confidence=confidence, offered=()
    )


def _merge_location(draft: Draft, extraction: Extraction, *, force: bool = False) -> Draft:
    loc = extraction.location
    if loc is None:
        return draft
    if draft.lat is not None and not force and loc.confidence <= draft.location_confidence:
        return draft
    places = tuple((a.lat, a.lon, a.kind, a.text, a.confidence, a.address) for a in extraction.alternatives)
    return replace(_place(draft, loc), location_checked=False, places=places if len(places) > 1 else ())


def _with_located(
    extraction: Extraction,
    located: Location | None,
    text: str,
    catalog: Sequence[Service],
    gazetteer: Gazetteer,
    min_confidence: float,
) -> Extraction:
    """`extraction` with the location an online geocoder found for `text`, when the extraction has none:
    as `extract` would have returned it, so the place's words are no evidence for a service either."""
    if extraction.location is not None or located is None:
        return extraction
    about = text.replace(located.text, " ") if located.text and located.text in text else text
    ranked = (
        extraction if about == text else extract(about, catalog, gazetteer, min_confidence=min_confidence)
    )
    missing = tuple(m for m in ranked.missing if m != "location")
    return Extraction(
        candidates=ranked.candidates, location=located, missing=missing, probability=ranked.probability
    )


def _place(draft: Draft, loc: Location) -> Draft:
    return replace(
        draft,
        lat=loc.lat,
        lon=loc.lon,
        location_kind=loc.kind,
        location_text=loc.text,
        location_confidence=loc.confidence,
        address=loc.address,
    )


def _pick_place(draft: Draft, text: str) -> Draft | None:
    """The draft with the offered place the citizen chose (by number or by a unique part of its name),
    the location forgotten for "somewhere else", or None when the answer is neither."""
    n = _number(text, len(draft.places) + 1)
    if n == len(draft.places) + 1:
        return replace(draft, lat=None, lon=None, address="", location_text="", location_kind="", places=())
    wanted = " ".join(text.casefold().split())
    hits = [i for i, p in enumerate(draft.places) if len(wanted) >= 3 and wanted in p[5].casefold()]
    index = n - 1 if n is not None else hits[0] if len(hits) == 1 else None
    if index is None:
        return None
    chosen = Location(*draft.places[index])
    return replace(_place(draft, chosen), places=(), location_checked=True, asking="")


def _by_name(text: str, catalog: Sequence[Service], preferred: Sequence[str]) -> str | None:
    """A service the citizen named: its exact name or code, or a unique name containing their words."""
    wanted = " ".join(text.casefold().split())
    if len(wanted) < 3:
        return None
    for s in catalog:
        if wanted in (s.name.casefold(), s.code.casefold()):
            return s.code
    for pool in ([s for s in catalog if s.code in preferred], list(catalog)):
        hits = [s.code for s in pool if re.search(rf"\b{re.escape(wanted)}\b", s.name.casefold())]
        if len(hits) == 1:
            return hits[0]
    return None


def _number(text: str, limit: int) -> int | None:
    m = CHOICE_RE.match(text)
    if m and 1 <= int(m.group(1)) <= limit:
        return int(m.group(1))
    return None


def _list_choice(attr: AttributeDef, text: str) -> str | None:
    n = _number(text, len(attr.values))
    if n is not None:
        return attr.values[n - 1][0]
    wanted = text.strip().casefold()
    for key, name in attr.values:
        if wanted in (key.casefold(), name.casefold()):
            return key
    hits = [key for key, name in attr.values if wanted and wanted in name.casefold()]
    return hits[0] if len(hits) == 1 else None


def _valid(attr: AttributeDef, value: str | None) -> str | None:
    """The value if the dispatcher's validator (the last check before the POST) accepts it."""
    if value is None:
        return None
    checked, _problem = check_value(attr, value)
    return checked


def parse_answer(attr: AttributeDef, text: str) -> str | list[str] | None:
    """The citizen's answer to an attribute question as Open311 wants it, or None if it is not valid.

    This reads the citizen's way of writing (a decimal comma, 24/12/2026, a choice by number or name);
    whether the value is valid is decided by `dispatcher.attributes.check_value`, as before the POST."""
    raw = text.strip()
    if not raw:
        return None
    if attr.datatype == "number":
        candidate = raw.replace(",", ".") if raw.count(",") == 1 and "." not in raw else raw
        checked = _valid(attr, candidate)
        if checked is None:
            return None
        value = float(checked)
        return str(int(value)) if value.is_integer() else str(value)
    if attr.datatype == "datetime":
        for fmt in DATETIME_FORMATS:
            try:
                return _valid(attr, datetime.strptime(raw, fmt).isoformat())
            except ValueError:
                continue
        return _valid(attr, raw)
    if attr.datatype == "singlevaluelist":
        return _valid(attr, _list_choice(attr, raw))
    if attr.datatype == "multivaluelist":
        parts = [p for p in re.split(r"\s*(?:,|;|\band\b|\by\b|\s)\s*", raw) if p]
        if not all(p.isdigit() for p in parts):
            parts = [p.strip() for p in re.split(r"\s*(?:,|;|\band\b|\by\b)\s*", raw) if p.strip()]
        keys: list[str] = []
        for part in parts:
            key = _valid(attr, _list_choice(attr, part))
            if key is None:
                return None
            if key not in keys:
                keys.append(key)
        return keys or None
    if attr.datatype == "text":
        return _valid(attr, raw[:2000])
    return _valid(attr, " ".join(raw[:2000].split()))  # string: one line


def attribute_question(attr: AttributeDef, *, retry: bool = False) -> tuple[Say, ...]:
    """How the citizen is asked for an attribute (also when the outbox finds one missing later)."""
    return _attribute_question(attr, retry=retry)


def _attribute_question(attr: AttributeDef, *, retry: bool) -> tuple[Say, ...]:
    says: list[Say] = [Say("not_understood")] if retry else []
    values = {"question": attr.description or attr.datatype_description or attr.code}
    if attr.datatype in ("singlevaluelist", "multivaluelist"):
        key = "ask_choice" if attr.datatype == "singlevaluelist" else "ask_choices"
        says.append(Say(key, values, options=tuple(name for _, name in attr.values)))
    elif attr.datatype == "number":
        says.append(Say("ask_number", values))
    elif attr.datatype == "datetime":
        says.append(Say("ask_datetime", values))
    else:
        says.append(Say("ask_text", values))
    if not attr.required:
        says.append(Say("skip_hint"))
    return tuple(says)


def step(
    draft: Draft | None,
    text: str,
    *,
    catalog: Sequence[Service],
    gazetteer: Gazetteer,
    settings: Settings,
    definitions: Mapping[str, ServiceDefinition] | None = None,
    point: tuple[float, float] | None = None,
    located: Location | None = None,
) -> Turn:
    """Take one citizen message into the draft and decide what to say next.

    `point`: a point the channel supplied (a shared location, a photo's GPS). `located`: where an online
    geocoder places the message's text, used when the offline extraction finds no location in it (nor a
    point), and then exactly as if it had: its kind, text, confidence and address go into the draft.

    Raises NeedDefinition when the chosen service has attributes and `definitions` lacks it.
    """
    names = {s.code: s.name for s in catalog}
    current = draft or Draft()
    words = " ".join(text.strip().casefold().strip(".!").split())
    says: list[Say] = []
    understood = False

    if current.asking == "confirm":
        if words in YES:
            return Turn(replace(current, asking=""), (), complete=True)
        if words in NO:
            return Turn(replace(current, asking=""), (), complete=False, cancelled=True)
    elif current.asking == "attribute" and current.service_code is not None:
        attr = _find_attribute(current.service_code, current.attribute, catalog, definitions)
        if attr is not None:
            if not attr.required and words in SKIP:
                current = replace(current, skipped=(*current.skipped, attr.code), asking="")
                understood = True
            else:
                value = parse_answer(attr, text)
                if value is None:
                    return Turn(current, _attribute_question(attr, retry=True), complete=False)
                current = replace(current, attributes={**current.attributes, attr.code: value}, asking="")
                understood = True
    elif current.asking == "location_choice" and current.places:
        picked = _pick_place(current, text)
        if picked is not None:
            current = replace(picked, asking="")
            understood = True
    elif current.asking == "location_choice" and current.lat is not None:
        if _number(text, 1) == 1 or words in YES:
            current = replace(current, location_checked=True, asking="")
            understood = True
    elif current.asking == "service" and current.service_code is None:
        n = _number(text, len(current.offered) + 1) if current.offered else None
        if n is not None and n <= len(current.offered):
            current = _choose(current, current.offered[n - 1], names)
            understood = True
        elif n is not None:  # "something else": forget the candidates and ask for a description
            current = replace(current, candidates=(), offered=())
            understood = True
        else:
            code = _by_name(text, catalog, current.offered)
            if code is not None:
                current = _choose(current, code, names)
                understood = True

    if not understood:
        if text.strip():
            current = replace(current, text=f"{current.text}\n{text.strip()}".strip())
        extraction = extract(text, catalog, gazetteer, point=point, min_confidence=settings.min_confidence)
        extraction = _with_located(extraction, located, text, catalog, gazetteer, settings.min_confidence)
        current = _merge_service(current, extraction, settings, names)
        current = _merge_location(current, extraction, force=current.asking == "location_choice")
    return _next(current, catalog, settings, definitions, says)


def rematch(
    draft: Draft,
    *,
    catalog: Sequence[Service],
    gazetteer: Gazetteer,
    settings: Settings,
    council: str,
    definitions: Mapping[str, ServiceDefinition] | None = None,
) -> Turn:
    """The location decided which council the report is for: keep the service if that council's catalog
    has it, else match the report's text again against that catalog (or ask), then go on as `step` would.

    Raises NeedDefinition like `step`."""
    names = {s.code: s.name for s in catalog}
    current = replace(draft, council=council)
    if current.service_code is not None and current.service_code in names:
        current = replace(current, service_name=names[current.service_code])
    else:
        current = replace(
            current,
            service_code=None,
            service_name="",
            confidence=0.0,
            candidates=(),
            offered=(),
            attributes={},
            skipped=(),
            noticed=(),
        )
        extraction = extract(current.text, catalog, gazetteer, min_confidence=settings.min_confidence)
        current = _merge_service(current, extraction, settings, names)
    current = replace(current, candidates=tuple(c for c in current.candidates if c[0] in names))
    return _next(current, catalog, settings, definitions, [])


def _find_attribute(
    code: str, attribute: str, catalog: Sequence[Service], definitions: Mapping[str, ServiceDefinition] | None
) -> AttributeDef | None:
    definition = _definition(code, catalog, definitions)
    if definition is None:
        return None
    return next((a for a in definition.attributes if a.code == attribute), None)


def _definition(
    code: str, catalog: Sequence[Service], definitions: Mapping[str, ServiceDefinition] | None
) -> ServiceDefinition | None:
    service = next((s for s in catalog if s.code == code), None)
    if service is None or not service.metadata:
        return None
    found = (definitions or {}).get(code)
    if found is None:
        raise NeedDefinition(code)
    return found


def _next(
    current: Draft,
    catalog: Sequence[Service],
    settings: Settings,
    definitions: Mapping[str, ServiceDefinition] | None,
    says: list[Say],
) -> Turn:
    names = {s.code: s.name for s in catalog}
    missing = tuple(
        name
        for name, absent in (("service", current.service_code is None), ("location", current.lat is None))
        if absent
    )
    current = replace(current, missing=missing)
    share = settings.can_share_location
    ask_location = "ask_location_share" if share else "ask_location"
    if "service" in missing:
        offered = tuple(code for code, _ in current.candidates[:OPTIONS] if code in names)
        current = replace(current, offered=offered, asking="service")
        if offered:
            says.append(Say("ask_service", options=tuple(names[c] for c in offered), something_else=True))
        elif "location" in missing:
            return Turn(current, (*says, Say("ask_both_share" if share else "ask_both")), complete=False)
        else:
            says.append(Say("ask_service_open"))
        if "location" in missing:
            says.append(Say(ask_location))
        return Turn(current, tuple(says), complete=False)
    if "location" in missing:
        return Turn(replace(current, asking="location", offered=()), (*says, Say(ask_location)), False)
    if current.places and not current.location_checked:  # several places fit: which one?
        options = tuple(p[5] for p in current.places)
        current = replace(current, asking="location_choice", offered=())
        question = Say("choose_location", options=options, something_else=True, other="somewhere_else")
        return Turn(current, (*says, question), complete=False)
    if settings.until_location:
        return Turn(replace(current, asking=""), tuple(says), complete=False)
    current = replace(current, offered=())
    if current.location_confidence < settings.min_location_confidence and not current.location_checked:
        where = current.address or current.location_text
        current = replace(current, asking="location_choice")
        return Turn(current, (*says, Say("choose_location", options=(where,))), complete=False)

    assert current.service_code is not None
    definition = _definition(current.service_code, catalog, definitions)
    attributes = sorted(definition.attributes if definition else (), key=lambda a: a.order)
    for attr in attributes:  # notices first: they tell the citizen something before any question
        if not attr.variable and attr.code not in current.noticed and attr.description:
            says.append(Say("notice", {"text": attr.description}))
            current = replace(current, noticed=(*current.noticed, attr.code))
    for attr in attributes:
        if not attr.variable or attr.code in current.attributes or attr.code in current.skipped:
            continue
        if attr.required or settings.ask_optional:
            current = replace(current, asking="attribute", attribute=attr.code)
            return Turn(current, (*says, *_attribute_question(attr, retry=False)), complete=False)

    if settings.confirm:
        where = current.address or current.location_text
        current = replace(current, asking="confirm")
        question = Say("confirm", {"service": current.service_name, "where": where})
        return Turn(current, (*says, question), complete=False)
    return Turn(replace(current, asking=""), tuple(says), complete=True)
