"""Points written in the text or given by the channel: map links ("https://maps.google.com/?q=52.2,0.12",
OpenStreetMap, geo: URIs), coordinates ("52.2053, 0.1218", "lat 52.2 lon 0.12") and a channel's point."""

from __future__ import annotations

import re
from urllib.parse import unquote

from nlp.location_common import CONFIDENCE
from nlp.types import Location

_URL = re.compile(r"(?:https?://|www\.|geo:)\S+", re.IGNORECASE)
_NUM_LAT = r"([-+]?\d{1,2}(?:\.\d+)?)"
_NUM_LON = r"([-+]?\d{1,3}(?:\.\d+)?)"
# Patterns inside map links, most precise first. Each gives (lat, lon).
_LINK_PATTERNS = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"^geo:{_NUM_LAT},{_NUM_LON}",
        rf"!3d{_NUM_LAT}!4d{_NUM_LON}",  # Google place data
        rf"[?&#](?:q|query|ll|sll|center|daddr|destination|saddr|cp|coordinate)={_NUM_LAT}(?:,|~)\+?{_NUM_LON}",
        rf"@{_NUM_LAT},{_NUM_LON}",  # Google viewport
        rf"#map=\d{{1,2}}(?:\.\d+)?/{_NUM_LAT}/{_NUM_LON}",  # OpenStreetMap
        rf"/maps/(?:place|search|dir)/(?:[^/@?]*/)*?{_NUM_LAT},\+?{_NUM_LON}",
    )
)
_MLAT = re.compile(rf"[?&#]mlat={_NUM_LAT}", re.IGNORECASE)
_MLON = re.compile(rf"[?&#]mlon={_NUM_LON}", re.IGNORECASE)
# "52.2053, 0.1218", "52.2053N 0.1218E", "lat 52.2 lon 0.12": at least three decimals in all.
# Possessive quantifiers (*+, ++) keep long runs of spaces from backtracking.
_COORDS = re.compile(
    r"(?<![\w.])(?:lat(?:itude)?\s*+[:=]?\s*+)?([-+]?\d{1,2}\.\d+)(?:\s?°)?(?:\s?([NS])\b)?"
    r"(?:\s*+[,;/]\s*+|\s++)"
    r"(?:lo?ng?(?:itude)?\s*+[:=]?\s*+)?([-+]?\d{1,3}\.\d+)(?:\s?°)?(?:\s?([EW])\b)?(?![\w.])",
    re.IGNORECASE,
)


def valid_point(lat: float, lon: float) -> bool:
    return -90 <= lat <= 90 and -180 <= lon <= 180 and not (abs(lat) < 1e-6 and abs(lon) < 1e-6)


def from_map_link(text: str) -> Location | None:
    for m in _URL.finditer(text):
        url = unquote(m.group()).rstrip(").,;!?>]'\"")
        lat_m, lon_m = _MLAT.search(url), _MLON.search(url)
        found = (lat_m.group(1), lon_m.group(1)) if lat_m and lon_m else None
        for pattern in _LINK_PATTERNS:
            if found:
                break
            hit = pattern.search(url)
            found = (hit.group(1), hit.group(2)) if hit else None
        if found:
            lat, lon = float(found[0]), float(found[1])
            if valid_point(lat, lon):
                return Location(lat, lon, "map_link", m.group(), CONFIDENCE["map_link"])
    return None


def from_coordinates(text: str) -> Location | None:
    for m in _COORDS.finditer(_URL.sub(" ", text)):
        lat_s, ns, lon_s, ew = m.groups()
        if len(lat_s.split(".")[1]) + len(lon_s.split(".")[1]) < 3:
            continue  # "2.5, 3.0" is a measurement, not a position
        lat, lon = float(lat_s), float(lon_s)
        if ns and ns.upper() == "S":
            lat = -abs(lat)
        if ew and ew.upper() == "W":
            lon = -abs(lon)
        if valid_point(lat, lon):
            return Location(lat, lon, "coordinates", m.group().strip(), CONFIDENCE["coordinates"])
    return None


def from_channel(point: tuple[float, float] | None) -> Location | None:
    if point is None or not valid_point(point[0], point[1]):
        return None
    return Location(point[0], point[1], "channel", "point supplied by the channel", CONFIDENCE["channel"])
