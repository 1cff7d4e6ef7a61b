"""Geocoding: the offline gazetteer as a geopy geocoder, and a chain of online geocoders behind it.

`GazetteerGeocoder` answers geopy's `geocode(query)` and `reverse(point)` from `nlp.Gazetteer` alone (no I/O).
`GeocoderChain.locate(query)` tries it first, then each configured online geocoder (`[[nlp.geocoders]]`:
Nominatim, Photon, Pelias or ArcGIS at any URL) through geopy's aiohttp adapter, so nothing blocks the event
loop. Each geocoder has its own rate limit, shared by every process through the `geocoder_rate` table
(in memory only when there is no database); a lookup that would wait longer than `max_wait` for its turn
skips that geocoder. Answers outside the council's boundary (a `contains(lat, lon)` callable: a boundary
polygon, or the gazetteer's bounding box via `bbox_contains`) are rejected. Online answers are cached in
the `geocode_cache` table: found places, and "nowhere in the council" when every geocoder answered; a
geocoder that fails (down, timing out, refusing the key) is logged and the next one is tried, and such a
miss is not cached. API keys are read from the environment, and never logged or stored.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import math
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol
from urllib.parse import urlsplit

import aiohttp
from geopy.adapters import AioHTTPAdapter
from geopy.exc import GeopyError
from geopy.geocoders import ArcGIS, Nominatim, Pelias, Photon
from geopy.geocoders.base import Geocoder
from geopy.location import Location as GeoLocation
from geopy.point import Point as GeoPoint
from sqlalchemy import ColumnElement, Float, case, cast, func, literal, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

import nlp
from nlp.gazetteer import STOP, STREET_TYPES, Gazetteer, Tokens, tokenize
from nlp.gazetteer_names import QUADRANTS
from nlp.location_letters import is_article
from nlp.postcode import find_postcodes
from relay311.config import GeocoderConfig, NlpConfig
from store.models import GeocodeCache, GeocoderRate, InboundMessage, utcnow

log = logging.getLogger(__name__)

Contains = Callable[[float, float], bool]

# Confidence of an online answer by what the query was: lower than the gazetteer's own, since the
# geocoder may have matched something else of a similar name.
CONFIDENCE = {
    "address": 0.75,
    "intersection": 0.7,
    "place": 0.6,
    "street": 0.5,
    "postcode": 0.7,  # UK unit postcode
    "zip": 0.35,  # US ZIP code: a district
}
_RESULT_KINDS = {
    "address": frozenset(
        {"house", "building", "address", "house_number", "pointaddress", "streetaddress", "subaddress"}
    ),
    "street": frozenset(
        {"street", "road", "residential", "primary", "secondary", "tertiary", "unclassified", "streetname"}
    ),
    "postcode": frozenset({"postcode", "postalcode", "postal", "postal_code"}),
}
_CONNECTORS = frozenset({"and", "&", "/", "at", "meets", "x"})
_HOUSE_CHARS = set("0123456789abcdefghijklmnopqrstuvwxyz")


# ---- the offline gazetteer as a geopy geocoder --------------------------------------------------------


class GazetteerGeocoder(Geocoder):  # type: ignore[misc]
    """geopy's Geocoder over the offline gazetteer: no network, answers at once (not a coroutine)."""

    def __init__(self, gazetteer: Gazetteer, *, reverse_max_m: float = 100.0) -> None:
        super().__init__()
        self.gazetteer = gazetteer
        self.reverse_max_m = reverse_max_m

    def geocode(
        self, query: str, *, exactly_one: bool = True, timeout: Any = None
    ) -> GeoLocation | list[GeoLocation] | None:
        """The gazetteer's location for a query (an address, junction, street, place, postcode, coordinates
        or map link), with `raw` = {"kind", "text", "confidence"}."""
        found = nlp.locate(query, self.gazetteer)
        if found is None:
            return None
        location = to_geopy(found)
        return location if exactly_one else [location]

    def reverse(
        self, query: Any, *, exactly_one: bool = True, timeout: Any = None
    ) -> GeoLocation | list[GeoLocation] | None:
        """What is at a point (a geopy Point, "lat, lon" or (lat, lon)): the nearest address or place
        within 50 m, else the nearest street within `reverse_max_m`."""
        point = GeoPoint(query)
        match = self.gazetteer.nearest((point.latitude, point.longitude), self.reverse_max_m)
        if match is None:
            return None
        found = nlp.Location(
            match.lat, match.lon, match.kind, match.name, match.score, self.gazetteer.display(match)
        )
        location = to_geopy(found)
        return location if exactly_one else [location]


def to_geopy(found: nlp.Location) -> GeoLocation:
    raw = {"kind": found.kind, "text": found.text, "confidence": found.confidence}
    return GeoLocation(found.address or found.text, (found.lat, found.lon), raw)


def from_geopy(location: GeoLocation) -> nlp.Location:
    """The nlp.Location of a GazetteerGeocoder answer."""
    raw = location.raw
    return nlp.Location(
        location.latitude,
        location.longitude,
        str(raw["kind"]),
        str(raw["text"]),
        float(raw["confidence"]),
        location.address,
    )


# ---- boundaries ---------------------------------------------------------------------------------------


def bbox_contains(bbox: tuple[float, float, float, float], margin_m: float = 250.0) -> Contains:
    """A `contains` for a (south, west, north, east) box, e.g. `gazetteer_store.bbox(path)`, grown by
    `margin_m` on every side."""
    south, west, north, east = bbox
    dlat = margin_m / 111_320
    dlon = margin_m / (111_320 * max(0.01, math.cos(math.radians((south + north) / 2))))

    def contains(lat: float, lon: float) -> bool:
        return south - dlat <= lat <= north + dlat and west - dlon <= lon <= east + dlon

    return contains


# ---- finding an address-like phrase in a message -------------------------------------------------------


@dataclass(frozen=True)
class Phrase:
    """An address-like phrase in a message: what to ask a geocoder, and what kind of place it names."""

    text: str  # as written: "12 Acacia Avenue", "Elm St & 3rd Ave", "CB2 1TN"
    kind: str  # address | intersection | street | postcode | zip | place


def _street_at(tokens: Tokens, j: int) -> tuple[int, int] | None:
    """A street name ending with the street-type word tokens[j]: (start, end) of 1-3 name words and it."""
    words = tokens.words
    start = j
    while start > 0 and j - start < 3:
        w = words[start - 1]
        if w in STOP or w in _CONNECTORS or (w.isdigit() and not _ordinal(w)) or not w.isalnum():
            break
        start -= 1
    return None if start == j else (start, j + 1)


def _named(tokens: Tokens, start: int) -> bool:
    """In a text that uses capitals, a street name is written with them: "Acacia Avenue", not "old road"."""
    if tokens.text.isupper() or tokens.text.islower():
        return True
    first = tokens.text[tokens.spans[start][0]]
    return first.isupper() or first.isdigit()


def _ordinal(word: str) -> bool:
    return word[:-2].isdigit() and word[-2:] in ("st", "nd", "rd", "th")


def address_phrase(text: str) -> Phrase | None:
    """The most precise address-like phrase in `text` (a house address, a junction of two named streets,
    a street, a postcode / ZIP code), or None. Pure: the text is not looked up anywhere."""
    tokens = tokenize(text)
    words = tokens.words
    streets = [span for j, w in enumerate(words) if w in STREET_TYPES and (span := _street_at(tokens, j))]
    # "A Street light is out" names no A Street; "Pennsylvania Ave N.W." keeps its quadrant
    streets = [
        (start, end + 1 if end < len(words) and words[end] in QUADRANTS else end)
        for start, end in streets
        if not is_article(tokens, start)
    ]
    postcodes = find_postcodes(text)
    postcode = f", {postcodes[0].text}" if postcodes else ""
    for start, end in streets:
        number = words[start - 1] if start >= 1 else ""
        if number and number[0].isdigit() and len(number) <= 6 and set(number) <= _HOUSE_CHARS:
            return Phrase(tokens.source(start - 1, end) + postcode, "address")
    streets = [(start, end) for start, end in streets if _named(tokens, start)]
    for (a0, a1), (b0, b1) in zip(streets, streets[1:], strict=False):
        if 0 < b0 - a1 <= 2 and set(words[a1:b0]) <= _CONNECTORS | {"of", "the"}:
            return Phrase(f"{tokens.source(a0, a1)} & {tokens.source(b0, b1)}", "intersection")
    if postcodes:
        pc = postcodes[0]
        return Phrase(pc.text, "postcode" if pc.country == "gb" else "zip")
    if streets:
        return Phrase(tokens.source(*streets[0]), "street")
    return None


def _query_kind(query: str) -> str:
    phrase = address_phrase(query)
    return phrase.kind if phrase is not None else "place"


# ---- online geocoders --------------------------------------------------------------------------------


class Limiter(Protocol):
    async def acquire(self) -> bool:
        """True once it is this request's turn (after waiting for it); False when it would wait longer
        than the limiter allows."""
        ...


class RateLimiter:
    """At most `per_second` requests per second, in turn; a request that would wait longer than
    `max_wait` seconds for its turn is refused (False) instead, so a queue never builds up.

    In memory, so per process: used only when there is no database (see `DbRateLimiter`)."""

    def __init__(
        self,
        per_second: float,
        max_wait: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.interval = 1.0 / per_second
        self.max_wait = max_wait
        self.clock = clock
        self.sleep = sleep
        self._next = -math.inf

    async def acquire(self) -> bool:
        now = self.clock()
        at = max(now, self._next)
        if at - now > self.max_wait:
            return False
        self._next = at + self.interval  # reserved before sleeping: concurrent callers queue behind it
        if at > now:
            await self.sleep(at - now)
        return True


class DbRateLimiter:
    """`RateLimiter` with its turn kept in the database (`geocoder_rate`, one row per `key`), so that every
    process asking the same geocoder shares one limit.

    A turn is taken by one conditional UPDATE: `next_at` (seconds since the epoch) moves to
    max(now, next_at) + interval only where next_at <= now + max_wait, and the new value is returned. "now"
    is the database's clock (`statement_timestamp()` on PostgreSQL, `julianday('now')` on SQLite), so
    processes on machines whose clocks disagree still share one limit; a test may inject `clock` instead.
    On PostgreSQL the row lock serialises concurrent updates (each re-reads the row it waited for); on
    SQLite every transaction is `BEGIN IMMEDIATE`. The wait for the turn, if any, happens after the
    commit."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        key: str,
        per_second: float,
        max_wait: float,
        *,
        clock: Callable[[], float] | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.sessions = sessions
        self.key = key
        self.interval = 1.0 / per_second
        self.max_wait = max_wait
        self.clock = clock
        self.sleep = sleep

    def _now(self, dialect: str) -> ColumnElement[float]:
        """Seconds since the epoch, by the injected clock or else by the database's."""
        if self.clock is not None:
            return literal(self.clock(), Float)
        if dialect == "postgresql":
            return cast(func.extract("epoch", func.statement_timestamp()), Float)
        if dialect == "sqlite":
            return cast((func.julianday("now") - 2440587.5) * 86400.0, Float)
        return literal(time.time(), Float)

    async def acquire(self) -> bool:
        provider, next_at = col(GeocoderRate.provider), col(GeocoderRate.next_at)
        for _ in range(5):
            wait: float | None = None  # None: try again
            try:
                async with self.sessions() as session, session.begin():
                    at_now = self._now(session.get_bind().dialect.name)
                    turn = case((next_at > at_now, next_at), else_=at_now)  # max(now, next_at)
                    take = (
                        update(GeocoderRate)
                        .where(provider == self.key, next_at <= at_now + literal(self.max_wait, Float))
                        .values(next_at=turn + literal(self.interval, Float))
                        .returning(next_at, at_now)
                    )
                    taken = (await session.execute(take)).first()
                    if taken is not None:
                        wait = float(taken[0]) - self.interval - float(taken[1])
                    else:
                        look = select(next_at, at_now).where(provider == self.key)
                        row = (await session.execute(look)).first()
                        if row is None:  # the first request ever: create the row, with this turn taken
                            (now,) = (await session.execute(select(at_now))).one()
                            session.add(GeocoderRate(provider=self.key, next_at=float(now) + self.interval))
                            wait = 0.0
                        elif float(row[0]) > float(row[1]) + self.max_wait:
                            return False  # the next turn is further away than max_wait
                        # else: the row was created by another process after our UPDATE looked
            except IntegrityError:
                continue  # another process created the row first: take a turn from it
            if wait is None:
                continue
            if wait > 1e-6:
                await self.sleep(wait)
            return True
        raise RuntimeError(f"geocoder rate limit {self.key!r}: no turn could be taken or refused")


class _Redact(logging.Filter):
    """Replaces secrets (API keys) in log records, e.g. geopy's debug line with the request URL."""

    def __init__(self) -> None:
        super().__init__()
        self.secrets: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        if self.secrets:
            message = record.getMessage()
            if any(s in message for s in self.secrets):
                record.msg, record.args = redact(message, self.secrets), ()
        return True


_REDACT = _Redact()
logging.getLogger("geopy").addFilter(_REDACT)


def redact(text: str, secrets: Iterable[str]) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return text


@dataclass
class Provider:
    """One online geocoder of the chain."""

    kind: str
    label: str  # for logs: "nominatim (nominatim.example.org)"; never contains the key
    geocoder: Any
    limiter: Limiter
    secret: str = ""

    async def lookup(self, query: str, bbox: tuple[float, float, float, float] | None) -> list[GeoLocation]:
        box = [(bbox[0], bbox[1]), (bbox[2], bbox[3])] if bbox else None
        g = self.geocoder
        if self.kind == "nominatim":
            kw: dict[str, Any] = {"viewbox": box, "bounded": True} if box else {}
            found = await g.geocode(query, exactly_one=False, limit=5, addressdetails=True, **kw)
        elif self.kind == "photon":
            found = await g.geocode(query, exactly_one=False, limit=5, **({"bbox": box} if box else {}))
        elif self.kind == "pelias":
            found = await g.geocode(query, exactly_one=False, **({"boundary_rect": box} if box else {}))
        else:
            found = await g.geocode(query, exactly_one=False)
        return list(found or [])

    async def aclose(self) -> None:
        await self.geocoder.__aexit__(None, None, None)


_GEOCODERS: dict[str, Any] = {"nominatim": Nominatim, "photon": Photon, "pelias": Pelias, "arcgis": ArcGIS}


def make_provider(
    cfg: GeocoderConfig,
    *,
    sessions: async_sessionmaker[AsyncSession] | None = None,
    clock: Callable[[], float] | None = None,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> Provider:
    """A geopy geocoder on geopy's aiohttp adapter for one `[[nlp.geocoders]]` entry.

    With `sessions` its rate limit is kept in the database and shared with every process asking the same
    geocoder (kind and host); without, it is in memory (`clock` defaults to the database's clock for the
    former, to a monotonic clock for the latter)."""
    parts = urlsplit(cfg.url)
    domain = parts.netloc + parts.path.rstrip("/")
    kwargs: dict[str, Any] = {
        "scheme": parts.scheme,
        "domain": domain,
        "timeout": cfg.timeout,
        "user_agent": cfg.user_agent,
        "adapter_factory": AioHTTPAdapter,
    }
    secret = cfg.api_key() or ""
    if cfg.kind == "pelias":
        kwargs["api_key"] = secret or None
    if secret:
        _REDACT.secrets.add(secret)
    geocoder = _GEOCODERS[cfg.kind](**kwargs)
    limiter: Limiter
    if sessions is not None:
        key = f"{cfg.kind}:{parts.netloc.lower()}"
        limiter = DbRateLimiter(sessions, key, cfg.rate_limit, cfg.max_wait, clock=clock, sleep=sleep)
    else:
        limiter = RateLimiter(cfg.rate_limit, cfg.max_wait, clock=clock or time.monotonic, sleep=sleep)
    return Provider(cfg.kind, f"{cfg.kind} ({parts.netloc})", geocoder, limiter, secret)


def _result_kind(raw: Any) -> str:
    """What an online answer is (address, street, postcode), from the provider's own type fields."""
    values: list[str] = []
    if isinstance(raw, dict):
        props, attrs = raw.get("properties"), raw.get("attributes")
        for source in (props if isinstance(props, dict) else raw, attrs if isinstance(attrs, dict) else {}):
            for key in ("addresstype", "type", "layer", "osm_value", "Addr_type", "category", "class"):
                value = source.get(key)
                if isinstance(value, str):
                    values.append(value.lower())
    for kind, names in _RESULT_KINDS.items():
        if any(v in names for v in values):
            return kind
    return ""


# ---- the chain -----------------------------------------------------------------------------------------

_FAILURES = (GeopyError, aiohttp.ClientError, asyncio.TimeoutError, ValueError, KeyError, TypeError)


@dataclass
class GeocoderChain:
    """The gazetteer, then each online geocoder in turn; answers inside the council only, cached."""

    gazetteer: Gazetteer
    providers: Sequence[Provider] = ()
    contains: Contains | None = None  # None: every point is the council's
    sessions: async_sessionmaker[AsyncSession] | None = None  # the cache; None: no cache
    scope: str = ""  # the boundary the cached answers were checked against (a council's name)
    area: str = ""  # appended to online queries: "Baltimore, MD"
    bbox: tuple[float, float, float, float] | None = None  # (south, west, north, east): biases queries
    cache_days: float = 30.0
    clock: Callable[[], datetime] = utcnow
    offline: GazetteerGeocoder = field(init=False)

    def __post_init__(self) -> None:
        self.offline = GazetteerGeocoder(self.gazetteer)

    @classmethod
    def from_config(
        cls,
        config: NlpConfig,
        gazetteer: Gazetteer,
        *,
        contains: Contains | None = None,
        sessions: async_sessionmaker[AsyncSession] | None = None,
        scope: str = "",
        bbox: tuple[float, float, float, float] | None = None,
    ) -> GeocoderChain:
        return cls(
            gazetteer,
            [make_provider(c, sessions=sessions) for c in config.geocoders],
            contains=contains,
            sessions=sessions,
            scope=scope,
            area=config.geocode_area,
            bbox=bbox,
            cache_days=config.geocode_cache_days,
        )

    async def __aenter__(self) -> GeocoderChain:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        for provider in self.providers:
            await provider.aclose()

    def _inside(self, lat: float, lon: float) -> bool:
        return self.contains is None or self.contains(lat, lon)

    async def location_for_message(
        self, sessions: async_sessionmaker[AsyncSession], message_id: int
    ) -> nlp.Location | None:
        """For the intake worker, outside its transaction (this may wait on HTTP): the location of an
        inbound message's address-like phrase, when the message brings no point of its own and the
        gazetteer finds no location in its text. Whatever was found is returned with its kind, text,
        confidence and address (a street-level answer as kind "street" with a street's confidence), for
        the conversation to treat like a location the offline extraction found."""
        async with sessions() as session:
            msg = await session.get(InboundMessage, message_id)
            text, has_point = (msg.text, msg.lat is not None) if msg is not None else ("", True)
        if has_point or not text or nlp.locate(text, self.gazetteer) is not None:
            return None
        return await self.locate_text(text)

    async def locate_text(self, text: str) -> nlp.Location | None:
        """The location of the address-like phrase in a message (see `address_phrase`), or None when it
        has none or no geocoder knows it inside the council."""
        phrase = address_phrase(text)
        return None if phrase is None else await self.locate(phrase.text)

    async def locate(self, text_query: str) -> nlp.Location | None:
        """Where `text_query` ("12 Acacia Avenue", "CB2 1TN") is: the gazetteer's answer, else the first
        online geocoder's answer inside the council. None when nobody knows it there."""
        query = " ".join(text_query.split())
        if not query:
            return None
        offline = self.offline.geocode(query)
        if isinstance(offline, GeoLocation) and self._inside(offline.latitude, offline.longitude):
            return from_geopy(offline)
        if not self.providers:
            return None
        key = hashlib.sha256(query.casefold().encode()).hexdigest()
        hit, cached = await self._cached(key)
        if hit:
            return None if cached is None else _with_text(cached, query)
        kind = _query_kind(query)
        asked = query
        if self.area and self.area.casefold() not in query.casefold():
            asked = f"{query}, {self.area}"
        failed = False
        for provider in self.providers:
            if not await provider.limiter.acquire():
                log.info("geocoder %s: rate limit reached, skipped", provider.label)
                failed = True
                continue
            try:
                results = await provider.lookup(asked, self.bbox)
            except _FAILURES as exc:
                reason = redact(f"{type(exc).__name__}: {exc}", [provider.secret])
                log.warning("geocoder %s failed: %s", provider.label, reason)
                failed = True
                continue
            for result in results:
                if not self._inside(result.latitude, result.longitude):
                    continue
                found = _answer(result, kind, query)
                await self._store(key, query, found, provider.kind)
                return found
        if not failed:  # every geocoder answered: nowhere inside the council
            await self._store(key, query, None, "")
        return None

    async def _cached(self, key: str) -> tuple[bool, nlp.Location | None]:
        if self.sessions is None:
            return False, None
        async with self.sessions() as session:
            row = (
                await session.execute(
                    select(GeocodeCache).where(
                        GeocodeCache.scope == self.scope, GeocodeCache.query_hash == key
                    )
                )
            ).scalar_one_or_none()
        if row is None or row.expires_at <= self.clock():
            return False, None
        if not row.found or row.lat is None or row.lon is None:
            return True, None
        return True, nlp.Location(row.lat, row.lon, row.kind, row.query, row.confidence, row.address)

    async def _store(self, key: str, query: str, found: nlp.Location | None, provider: str) -> None:
        if self.sessions is None:
            return
        now = self.clock()
        values: dict[str, Any] = {
            "query": query,
            "found": found is not None,
            "lat": found.lat if found else None,
            "lon": found.lon if found else None,
            "kind": found.kind if found else "",
            "address": found.address if found else "",
            "confidence": found.confidence if found else 0.0,
            "provider": provider,
            "created_at": now,
            "expires_at": now + timedelta(days=self.cache_days),
        }
        try:
            async with self.sessions() as session, session.begin():
                row = (
                    await session.execute(
                        select(GeocodeCache).where(
                            GeocodeCache.scope == self.scope, GeocodeCache.query_hash == key
                        )
                    )
                ).scalar_one_or_none()
                if row is None:
                    session.add(GeocodeCache(scope=self.scope, query_hash=key, **values))
                else:
                    for name, value in values.items():
                        setattr(row, name, value)
        except IntegrityError:
            pass  # another lookup of the same query stored it first


def _answer(result: GeoLocation, query_kind: str, query: str) -> nlp.Location:
    kind = "postcode" if query_kind in ("postcode", "zip") else query_kind
    confidence = CONFIDENCE[query_kind]
    found_kind = _result_kind(result.raw)
    if query_kind == "address" and found_kind == "street":  # the geocoder knows the street, not the house
        kind, confidence = "street", CONFIDENCE["street"]
    return nlp.Location(
        round(result.latitude, 7), round(result.longitude, 7), kind, query, confidence, short_address(result)
    )


# Field names for the parts of an address in Nominatim's `address`, Photon's and Pelias's `properties` and
# ArcGIS's `attributes`, most specific first.
_HOUSE = ("house_number", "housenumber", "AddNum")
_ROAD = ("road", "street", "pedestrian", "footway", "StName")
_NAME = ("name", "PlaceName")
_TOWN = ("city", "town", "village", "locality", "hamlet", "suburb", "City")
_POSTCODE = ("postcode", "postalcode", "Postal")
MAX_ADDRESS = 100


def _first(fields: dict[str, Any], keys: tuple[str, ...]) -> str:
    for key in keys:
        value = fields.get(key)
        if isinstance(value, (str, int)) and str(value).strip():
            return str(value).strip()
    return ""


def short_address(result: GeoLocation) -> str:
    """The answer's address as a council officer would write it ("12 High Street, Cambridge CB2 1TN"), not
    Nominatim's whole display name ("12, High Street, Newnham, Cambridge, Cambridgeshire, Cambs, England,
    CB2 1TN, United Kingdom"): built from the provider's address parts when it gives them, else the first
    parts of its display name."""
    raw = result.raw if isinstance(result.raw, dict) else {}
    fields: dict[str, Any] = {}
    for key in ("address", "properties", "attributes"):
        if isinstance(raw.get(key), dict):
            fields = raw[key]
            break
    road = _first(fields, _ROAD)
    if road:
        line = f"{_first(fields, _HOUSE)} {road}".strip()
        name = _first(fields, _NAME)
        if name and name != road and not name.startswith(line):
            line = f"{name}, {line}"
        town = " ".join(p for p in (_first(fields, _TOWN), _first(fields, _POSTCODE)) if p)
        text = f"{line}, {town}" if town else line
    else:
        parts = [p.strip() for p in (result.address or "").split(",") if p.strip()]
        if len(parts) > 1 and parts[0].isdigit():  # "12, High Street" -> "12 High Street"
            parts = [f"{parts[0]} {parts[1]}", *parts[2:]]
        text = ", ".join(parts[:3])
    return text if len(text) <= MAX_ADDRESS else text[: MAX_ADDRESS - 1].rstrip(" ,") + "\u2026"


def _with_text(found: nlp.Location, text: str) -> nlp.Location:
    return nlp.Location(found.lat, found.lon, found.kind, text, found.confidence, found.address)
