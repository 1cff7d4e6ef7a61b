"""`relay311 gazetteer import`: OpenStreetMap (.osm.pbf / .osm / .osm.bz2), GeoJSON or CSV -> gazetteer file.

* OpenStreetMap (read with `osmium`): named highways with their geometry and class (the `highway` tag;
  `service=alley` is "alley"), intersections where two differently named highways share a node, address
  points (nodes, and the centre of buildings with an address), and named points of interest (amenities,
  shops, stations, parks, schools, neighbourhoods...).
* GeoJSON: Point features with a house number and street (`addr:housenumber`/`housenumber`/`number` and
  `addr:street`/`street`) are addresses, (Multi)LineStrings with a `name` are streets (of the class their
  `highway` property says, if any, with `service=alley` as for OSM), other named features are places (at
  their point, or the centre of their coordinates), of the kind their `kind`/`type` property or OSM tag
  (`amenity=school`) says.

Each place keeps what kind of place it is (the OSM tag: `railway=station`, `amenity=school`, `leisure=park`,
plus the religion of a place of worship), so that "Holborn station", "Lincoln school" or "the library"
find the station "Holborn", the school "Lincoln Elementary" and the one library (`nlp.gazetteer.place_kind`).
* CSV (a council's address list): columns for number, street, lat and lon, matched case-insensitively under
  their common names (see `_CSV_COLUMNS`); or one `address` column ("12 Station Road") with lat and lon. A row
  with a `name` but no number is a place; a row with only a postcode (a postcode or ZIP list) is its centre.
  Postcode columns of address rows are kept; each postcode is located at the centre of its addresses. An
  optional `highway` column gives the OSM highway class of the row's street ("residential", "alley"...).

A street's highway class lets the gazetteer rank an alley, a service road or a footway below a street for a
name written without its type ("on 3rd" is 3rd Street, not 3rd Alley: `nlp.gazetteer.MINOR_HIGHWAYS`).

Map data from OpenStreetMap is © OpenStreetMap contributors (ODbL): a gazetteer made from it is a derived
database under the same licence.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from nlp.gazetteer import MINOR_HIGHWAYS
from relay311 import csvfile
from relay311.gazetteer_store import GazetteerData, write

Point = tuple[float, float]

_OSM_SUFFIXES = (".osm.pbf", ".pbf", ".osm", ".osm.bz2", ".osm.gz", ".o5m")
# Highways that are not places people report problems at, or do not exist yet.
_SKIP_HIGHWAYS = frozenset({"proposed", "construction", "abandoned", "razed", "platform", "bus_stop"})
_POI_KEYS = (
    "amenity", "shop", "tourism", "leisure", "historic", "office", "railway", "public_transport", "place",
    "building", "natural", "man_made", "healthcare", "sport", "craft", "aeroway", "landuse", "waterway",
)  # fmt: skip
_PLACE_SKIP = frozenset({"country", "state", "region", "province", "county", "continent", "island"})
_ALIAS_KEYS = ("alt_name", "short_name", "official_name", "old_name", "loc_name", "name:en")
# Kinds of service road that are classes of their own for the gazetteer (service=alley: an alley).
_SERVICE_CLASSES = frozenset({"alley", "driveway", "parking_aisle"})
_HOUSE_SPLIT = re.compile(r"\s*[;,]\s*")
_LEADING_NUMBER = re.compile(r"^\s*(\d+[A-Za-z]?(?:[-/]\d+[A-Za-z]?)?)\s+(.+?)\s*$")

_CSV_COLUMNS = {
    "number": ("number", "house_number", "housenumber", "addr:housenumber", "house_no", "houseno", "num",
               "street_number", "civic_number", "building_number"),
    "street": ("street", "street_name", "streetname", "addr:street", "road", "road_name", "thoroughfare"),
    "lat": ("lat", "latitude", "y", "lat_wgs84"),
    "lon": ("lon", "lng", "long", "longitude", "x", "lon_wgs84"),
    "address": ("address", "full_address", "address_string", "addr", "location"),
    "name": ("name", "place", "place_name", "site_name"),
    "postcode": ("postcode", "zip", "zipcode", "zip_code", "postal_code", "addr:postcode"),
    "highway": ("highway", "highway_class", "osm_highway"),
}  # fmt: skip


class ImportError_(ValueError):
    """The input cannot be imported (unknown format, missing columns, unreadable)."""


def detect_format(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(_OSM_SUFFIXES):
        return "osm"
    if name.endswith((".geojson", ".json")):
        return "geojson"
    if name.endswith((".csv", ".tsv", ".txt")):
        return "csv"
    raise ImportError_(f"{path}: cannot tell the format from the name (use --format osm|geojson|csv)")


def _progress(desc: str, total: int | None = None, unit: str = "it", disable: bool = False) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit=unit, file=sys.stderr, disable=disable, leave=True, miniters=1)


# ---- OpenStreetMap ------------------------------------------------------------------------------------


def highway_class(highway: Any, service: Any = None) -> str:
    """The class a street piece is stored with: its OSM `highway` value, lower-cased ("residential",
    "footway"), except a service road of a kind of its own (`service=alley` -> "alley"); "" when unknown."""
    value = str(highway or "").strip().lower()
    kind = str(service or "").strip().lower()
    return kind if value == "service" and kind in _SERVICE_CLASSES else value


def _centre(points: Sequence[Point]) -> Point:
    return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))


def _house_numbers(raw: str) -> list[str]:
    return [n for n in _HOUSE_SPLIT.split(raw.strip()) if n]


def _address_of(tags: Any) -> str:
    number, street = str(tags.get("addr:housenumber", "")), str(tags.get("addr:street", ""))
    if number and street:
        return f"{number} {street}"
    return str(street)


def read_osm(path: Path, *, quiet: bool = False) -> GazetteerData:
    import osmium

    data = GazetteerData(name=path.name.split(".")[0].replace("_", " ").title(), source=path.name)
    node_street: dict[int, str] = {}
    seen_pairs: set[tuple[str, str]] = set()
    bar = _progress("reading OSM", unit=" objects", disable=quiet)
    try:
        processor = osmium.FileProcessor(str(path)).with_locations()
        for obj in processor:
            bar.update(1)
            tags = obj.tags
            if isinstance(obj, osmium.osm.Node):
                _osm_point(data, tags, (obj.location.lat, obj.location.lon))
            elif isinstance(obj, osmium.osm.Way):
                pts: list[Point] = []
                refs: list[int] = []
                for n in obj.nodes:
                    if n.location.valid():
                        pts.append((n.location.lat, n.location.lon))
                        refs.append(n.ref)
                if not pts:
                    continue
                highway, name = tags.get("highway"), tags.get("name")
                if highway and name and highway not in _SKIP_HIGHWAYS and tags.get("area") != "yes":
                    # one entry per way, each with its own class: the gazetteer merges the ways of a name
                    # and ranks that street below others only when every way of it is an alley, a
                    # service road or a footway, so nothing is lost by not choosing one class per name
                    data.streets.append((name, pts, highway_class(highway, tags.get("service"))))
                    for ref, p in zip(refs, pts, strict=True):
                        other = node_street.setdefault(ref, name)
                        if other != name:
                            pair = (min(other, name), max(other, name))
                            if pair not in seen_pairs:
                                seen_pairs.add(pair)
                                data.intersections.append((pair[0], pair[1], p[0], p[1]))
                    continue
                _osm_point(data, tags, _centre(pts[:-1] if len(pts) > 1 and pts[0] == pts[-1] else pts))
    except RuntimeError as exc:
        raise ImportError_(f"{path}: cannot read OpenStreetMap data: {exc}") from None
    finally:
        bar.close()
    return data


def _osm_point(data: GazetteerData, tags: Any, point: Point) -> None:
    if len(tags) == 0:
        return
    number, street = tags.get("addr:housenumber"), tags.get("addr:street")
    if number and street:
        for n in _house_numbers(number):
            data.addresses.append((n, street, point[0], point[1], tags.get("addr:postcode", "")))
    name = tags.get("name")
    if not name or "highway" in tags and "amenity" not in tags:
        return
    kind = next((f"{k}={tags.get(k)}" for k in _POI_KEYS if k in tags), "")
    if not kind or tags.get("place") in _PLACE_SKIP or tags.get("boundary"):
        return
    if tags.get("religion"):  # a place of worship: a church, a synagogue, a mosque...
        kind += f";religion={tags.get('religion')}"
    aliases = sorted({tags[k] for k in _ALIAS_KEYS if tags.get(k) and tags[k] != name})
    data.places.append((name, aliases, point[0], point[1], _address_of(tags), kind))


# ---- GeoJSON ------------------------------------------------------------------------------------------


def _first(props: dict[str, Any], *keys: str) -> str:
    for key in keys:
        value = props.get(key)
        if value not in (None, ""):
            return str(value).strip()
    return ""


def _latlon(coords: Iterable[Any]) -> list[Point]:
    return [(float(c[1]), float(c[0])) for c in coords]


def read_geojson(path: Path, *, quiet: bool = False) -> GazetteerData:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ImportError_(f"{path}: cannot read GeoJSON: {exc}") from None
    if isinstance(raw, dict) and raw.get("type") == "FeatureCollection":
        features = raw.get("features") or []
    elif isinstance(raw, dict) and raw.get("type") == "Feature":
        features = [raw]
    else:
        raise ImportError_(f"{path}: not a GeoJSON Feature or FeatureCollection")
    data = GazetteerData(name=str(raw.get("name") or path.stem).replace("_", " "), source=path.name)
    bar = _progress("reading GeoJSON", total=len(features), unit=" features", disable=quiet)
    try:
        for feature in features:
            bar.update(1)
            _geojson_feature(data, feature)
    finally:
        bar.close()
    return data


def _geojson_feature(data: GazetteerData, feature: Any) -> None:
    if not isinstance(feature, dict):
        return
    props = feature.get("properties") or {}
    geom = feature.get("geometry") or {}
    gtype, coords = geom.get("type"), geom.get("coordinates")
    if coords is None:
        return
    try:
        if gtype == "Point":
            pts = _latlon([coords])
        elif gtype in ("LineString", "MultiPoint"):
            pts = _latlon(coords)
        elif gtype in ("MultiLineString", "Polygon"):
            lines = [_latlon(line) for line in coords]
            pts = [p for line in lines for p in line]
        elif gtype == "MultiPolygon":
            pts = [p for poly in coords for ring in poly[:1] for p in _latlon(ring)]
        else:
            return
    except (TypeError, ValueError, IndexError):
        return
    if not pts:
        return
    name = _first(props, "name", "NAME", "Name")
    number = _first(props, "addr:housenumber", "housenumber", "house_number", "number", "NUMBER")
    street = _first(props, "addr:street", "street", "street_name", "STREET")
    if gtype in ("LineString", "MultiLineString") and name:
        lines = [_latlon(c) for c in coords] if gtype == "MultiLineString" else [pts]
        highway = highway_class(props.get("highway"), props.get("service"))
        data.streets.extend((name, line, highway) for line in lines if line)
        return
    centre = _centre(pts)
    if number and street:
        postcode = _first(props, "addr:postcode", "postcode", "POSTCODE", "zip")
        for n in _house_numbers(number):
            data.addresses.append((n, street, centre[0], centre[1], postcode))
    postcode = _first(props, "addr:postcode", "postcode", "POSTCODE", "zip")
    if postcode and not (number or street or name):  # a postcode's centre (or area)
        data.postcodes.append((postcode, centre[0], centre[1]))
    if name and not props.get("highway"):
        aliases = sorted({str(props[k]) for k in _ALIAS_KEYS if props.get(k) and props[k] != name})
        address = f"{number} {street}".strip() if street else ""
        kind = _first(props, "kind", "type") or next(
            (f"{k}={props[k]}" for k in _POI_KEYS if isinstance(props.get(k), str) and props[k]), ""
        )
        if kind and props.get("religion"):
            kind += f";religion={props['religion']}"
        data.places.append((name, aliases, centre[0], centre[1], address, kind))


# ---- CSV ----------------------------------------------------------------------------------------------


def _columns(header: Sequence[str]) -> dict[str, str]:
    lowered = {h.strip().lower(): h for h in header}
    found: dict[str, str] = {}
    for role, names in _CSV_COLUMNS.items():
        for n in names:
            if n in lowered:
                found[role] = lowered[n]
                break
    return found


def read_csv(path: Path, *, quiet: bool = False) -> GazetteerData:
    try:
        rows = csvfile.rows(csvfile.read_text(path), tab=path.suffix.lower() == ".tsv")
    except (OSError, csv.Error) as exc:
        raise ImportError_(f"{path}: cannot read CSV: {exc}") from None
    header = list(rows[0].keys()) if rows else []
    cols = _columns(header)
    if "lat" not in cols or "lon" not in cols:
        raise ImportError_(f"{path}: needs latitude and longitude columns (found {', '.join(header)})")
    if not ({"number", "street"} <= cols.keys() or cols.keys() & {"address", "name", "postcode"}):
        raise ImportError_(
            f"{path}: needs number and street columns, an address column, a name column or a postcode column"
        )
    data = GazetteerData(name=path.stem.replace("_", " "), source=path.name)
    classes: dict[str, dict[str, int]] = {}  # street -> highway class -> rows
    bar = _progress("reading CSV", total=len(rows), unit=" rows", disable=quiet)
    try:
        for row in rows:
            bar.update(1)
            _csv_row(data, row, cols, classes)
    finally:
        bar.close()
    data.street_classes = {street: _street_class(counts) for street, counts in classes.items()}
    return data


def _street_class(counts: dict[str, int]) -> str:
    """One class for a street whose address rows give several: the most common of those that are streets
    (not an alley, a service road or a footway) when any row says it is one, as the gazetteer ranks a
    street below others only when all its pieces are minor; else the most common (first seen of equals)."""
    major = {c: n for c, n in counts.items() if c not in MINOR_HIGHWAYS}
    pool = major or counts
    return max(pool, key=lambda c: pool[c])


def _csv_row(
    data: GazetteerData, row: dict[str, Any], cols: dict[str, str], classes: dict[str, dict[str, int]]
) -> None:
    def get(role: str) -> str:
        return str(row.get(cols[role]) or "").strip() if role in cols else ""

    try:
        lat, lon = float(get("lat")), float(get("lon"))
    except ValueError:
        return
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or (lat == 0 and lon == 0):
        return
    number, street = get("number"), get("street")
    if not (number and street) and get("address"):
        first = get("address").split(",")[0]
        m = _LEADING_NUMBER.match(first)
        if m:
            number, street = m.group(1), m.group(2)
    if number and street:
        for n in _house_numbers(number):
            data.addresses.append((n, street, lat, lon, get("postcode")))
        highway = highway_class(get("highway"))
        if highway:
            counts = classes.setdefault(street, {})
            counts[highway] = counts.get(highway, 0) + 1
    elif get("name"):
        data.places.append((get("name"), [], lat, lon, get("address"), ""))
    elif get("postcode") and not get("address"):  # a postcode list: one centre per row
        data.postcodes.append((get("postcode"), lat, lon))


# ---- entry point --------------------------------------------------------------------------------------


def import_file(
    source: Path, output: Path, *, fmt: str | None = None, name: str | None = None, quiet: bool = False
) -> GazetteerData:
    """Read `source` and write the gazetteer file `output`, replacing what was there."""
    if not source.exists():
        raise ImportError_(f"{source}: no such file")
    kind = fmt or detect_format(source)
    readers = {"osm": read_osm, "geojson": read_geojson, "csv": read_csv}
    if kind not in readers:
        raise ImportError_(f"unknown format {kind!r} (osm, geojson or csv)")
    data = readers[kind](source, quiet=quiet)
    if name:
        data.name = name
    if not (data.streets or data.addresses or data.places or data.postcodes):
        raise ImportError_(f"{source}: found no streets, addresses, places or postcodes")
    total = (
        len(data.streets)
        + len(data.addresses)
        + len(data.places)
        + len(data.intersections)
        + len(data.postcodes)
    )
    bar = _progress("writing", total=total, unit=" rows", disable=quiet)
    try:
        write(data, output, progress=bar)
    finally:
        bar.close()
    return data
