"""The gazetteer file: one SQLite database of an area's streets, addresses, places and intersections.

`relay311 gazetteer import` writes it (see `relay311.gazetteer_import`); `load` reads it back into the pure,
in-memory `nlp.Gazetteer`. The file is self-describing (`meta` table: format version, name, source,
bounding box) and is always replaced whole, never edited in place.

Data added to the format later is optional, so that files made by earlier versions load as they are: the
`postcodes` table, the streets' `highway` column and the `street_classes` table are read only when the file
has them (the format version stays 1: new files still load, without what they add, in earlier relay311s,
which read their tables by column name and refuse only a newer version).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nlp import Gazetteer
from nlp.postcode import normalise as normalise_postcode

FORMAT = "relay311-gazetteer"
VERSION = 1

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE streets (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, points TEXT NOT NULL, highway TEXT NOT NULL DEFAULT ''
);
CREATE TABLE addresses (
    id INTEGER PRIMARY KEY, number TEXT NOT NULL, street TEXT NOT NULL,
    lat REAL NOT NULL, lon REAL NOT NULL, postcode TEXT NOT NULL DEFAULT ''
);
CREATE TABLE places (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, aliases TEXT NOT NULL DEFAULT '[]',
    lat REAL NOT NULL, lon REAL NOT NULL, address TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT ''
);
CREATE TABLE intersections (
    id INTEGER PRIMARY KEY, street_a TEXT NOT NULL, street_b TEXT NOT NULL,
    lat REAL NOT NULL, lon REAL NOT NULL
);
CREATE INDEX addresses_street ON addresses (street);
CREATE TABLE postcodes (code TEXT PRIMARY KEY, lat REAL NOT NULL, lon REAL NOT NULL);
CREATE TABLE street_classes (street TEXT PRIMARY KEY, highway TEXT NOT NULL);
"""


class GazetteerFileError(ValueError):
    """The file is not a relay311 gazetteer (or is of a newer format)."""


@dataclass
class GazetteerData:
    """Plain gazetteer data as importers produce it (points are (lat, lon))."""

    name: str = ""
    source: str = ""
    # name, points, highway: the OSM highway class of the piece ("residential", "service", "alley" for a
    # service=alley, "footway"... "" unknown); one entry per piece (an OSM way), as `nlp.Gazetteer.from_dict`
    # takes them: it merges the pieces of a name and ranks the street below others only when all are minor
    streets: list[tuple[str, list[tuple[float, float]], str]] = field(default_factory=list)
    addresses: list[tuple[str, str, float, float, str]] = field(default_factory=list)  # number, street, ..
    # name, aliases, lat, lon, address, kind: the OSM tag that makes it a place ("amenity=school", with
    # ";religion=..." for a place of worship) or a plain word ("school"); `nlp.gazetteer.place_kind` reads it
    places: list[tuple[str, list[str], float, float, str, str]] = field(default_factory=list)
    intersections: list[tuple[str, str, float, float]] = field(default_factory=list)
    # postcode / ZIP centres given as such (a postcode list); addresses' postcodes are averaged on loading
    postcodes: list[tuple[str, float, float]] = field(default_factory=list)
    # street name -> highway class, for streets known from their addresses (a CSV `highway` column)
    street_classes: dict[str, str] = field(default_factory=dict)

    def points(self) -> Iterable[tuple[float, float]]:
        for _, pts, _ in self.streets:
            yield from pts
        for a in self.addresses:
            yield a[2], a[3]
        for p in self.places:
            yield p[2], p[3]
        for c in self.postcodes:
            yield c[1], c[2]

    def bbox(self) -> tuple[float, float, float, float] | None:
        """(south, west, north, east) of everything in the data, or None when empty."""
        lats: list[float] = []
        lons: list[float] = []
        for lat, lon in self.points():
            lats.append(lat)
            lons.append(lon)
        if not lats:
            return None
        return (min(lats), min(lons), max(lats), max(lons))


def write(data: GazetteerData, output: Path, *, progress: Any = None) -> None:
    """Write `data` to `output`, replacing any earlier file atomically (a temporary file renamed over it)."""
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(output.name + ".tmp")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    try:
        con.executescript(SCHEMA)
        bbox = data.bbox()
        meta = {
            "format": FORMAT,
            "version": str(VERSION),
            "name": data.name,
            "source": data.source,
            "bbox": json.dumps(bbox) if bbox else "",
        }
        con.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        con.executemany(
            "INSERT INTO streets (name, points, highway) VALUES (?, ?, ?)",
            _ticking(
                ((n, json.dumps([[round(a, 7), round(b, 7)] for a, b in p]), h) for n, p, h in data.streets),
                progress,
            ),
        )
        con.executemany(
            "INSERT INTO addresses (number, street, lat, lon, postcode) VALUES (?, ?, ?, ?, ?)",
            _ticking(data.addresses, progress),
        )
        con.executemany(
            "INSERT INTO places (name, aliases, lat, lon, address, kind) VALUES (?, ?, ?, ?, ?, ?)",
            _ticking(((n, json.dumps(a), la, lo, ad, k) for n, a, la, lo, ad, k in data.places), progress),
        )
        con.executemany(
            "INSERT INTO intersections (street_a, street_b, lat, lon) VALUES (?, ?, ?, ?)",
            _ticking(data.intersections, progress),
        )
        centres = {normalise_postcode(code): (lat, lon) for code, lat, lon in data.postcodes if code.strip()}
        con.executemany(
            "INSERT INTO postcodes (code, lat, lon) VALUES (?, ?, ?)",
            _ticking(((c, la, lo) for c, (la, lo) in centres.items()), progress),
        )
        con.executemany(
            "INSERT INTO street_classes (street, highway) VALUES (?, ?)",
            ((s, h) for s, h in data.street_classes.items() if h),
        )
        con.commit()
    finally:
        con.close()
    tmp.replace(output)


def _ticking(rows: Iterable[Any], progress: Any) -> Iterable[Any]:
    for row in rows:
        if progress is not None:
            progress.update(1)
        yield row


def read_meta(path: Path) -> dict[str, str]:
    con = _connect(path)
    try:
        return dict(con.execute("SELECT key, value FROM meta").fetchall())
    finally:
        con.close()


def _connect(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise GazetteerFileError(f"{path}: no such file")
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.DatabaseError as exc:
        con.close()
        raise GazetteerFileError(f"{path}: not a relay311 gazetteer ({exc})") from None
    if meta.get("format") != FORMAT:
        con.close()
        raise GazetteerFileError(f"{path}: not a relay311 gazetteer")
    if int(meta.get("version", "0")) > VERSION:
        con.close()
        raise GazetteerFileError(f"{path}: gazetteer format {meta['version']} is newer than this relay311")
    return con


def to_dict(path: Path) -> dict[str, Any]:
    """The file's content in the shape `nlp.Gazetteer.from_dict` takes."""
    con = _connect(path)
    try:
        meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
        # files made before highway classes were kept have no such column (then: "" for every piece)
        highway = "highway" if "highway" in _columns(con, "streets") else "''"
        streets = [
            {"name": name, "points": json.loads(points), **({"highway": hw} if hw else {})}
            for name, points, hw in con.execute(f"SELECT name, points, {highway} FROM streets ORDER BY id")
        ]
        addresses = [
            {"number": n, "street": s, "lat": la, "lon": lo}
            for n, s, la, lo in con.execute("SELECT number, street, lat, lon FROM addresses ORDER BY id")
        ]
        classes = _street_classes(con)
        if classes:  # each address of a street known from its addresses carries the street's class
            for a in addresses:
                if a["street"] in classes:
                    a["highway"] = classes[a["street"]]
        places = [
            {"name": n, "aliases": json.loads(al), "lat": la, "lon": lo, "address": ad, "kind": k}
            for n, al, la, lo, ad, k in con.execute(
                "SELECT name, aliases, lat, lon, address, kind FROM places ORDER BY id"
            )
        ]
        intersections = [
            {"a": a, "b": b, "lat": la, "lon": lo}
            for a, b, la, lo in con.execute(
                "SELECT street_a, street_b, lat, lon FROM intersections ORDER BY id"
            )
        ]
        postcodes = _postcodes(con)
    finally:
        con.close()
    return {
        "name": meta.get("name", ""),
        "streets": streets,
        "addresses": addresses,
        "places": places,
        "intersections": intersections,
        "postcodes": postcodes,
    }


def _columns(con: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in con.execute(f"PRAGMA table_info({table})")}


def _has_table(con: sqlite3.Connection, name: str) -> bool:
    found = con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))
    return found.fetchone() is not None


def _street_classes(con: sqlite3.Connection) -> dict[str, str]:
    """The highway class of streets known from their addresses (files made before classes were kept have
    no such table: then none)."""
    if not _has_table(con, "street_classes"):
        return {}
    return dict(con.execute("SELECT street, highway FROM street_classes"))


def street_class_counts(path: Path) -> dict[str, int] | None:
    """How many street pieces (`streets.highway`) and streets known from their addresses (`street_classes`)
    the file holds of each highway class, most first; None for a file made before classes were kept."""
    con = _connect(path)
    try:
        rows: list[tuple[str, int]] = []
        if "highway" in _columns(con, "streets"):
            rows += con.execute("SELECT highway, COUNT(*) FROM streets WHERE highway != '' GROUP BY highway")
        elif not _has_table(con, "street_classes"):
            return None
        if _has_table(con, "street_classes"):
            rows += con.execute("SELECT highway, COUNT(*) FROM street_classes WHERE highway != '' GROUP BY 1")
    finally:
        con.close()
    counts: dict[str, int] = {}
    for highway, n in rows:
        counts[highway] = counts.get(highway, 0) + n
    return dict(sorted(counts.items(), key=lambda c: (-c[1], c[0])))


def classes_summary(counts: Mapping[str, int] | None) -> str:
    """`street_class_counts` as `relay311 gazetteer info` prints it."""
    if counts is None:
        return "street classes: no classes (imported before classes were stored)"
    if not counts:
        return "street classes: none (the source gave no highway class)"
    return "street classes: " + ", ".join(f"{highway} {n}" for highway, n in counts.items())


def _postcodes(con: sqlite3.Connection) -> list[dict[str, Any]]:
    """Postcode centres: those given as such, else the average of the addresses with that postcode."""
    sums: dict[str, list[float]] = {}
    for code, lat, lon in con.execute("SELECT postcode, lat, lon FROM addresses WHERE postcode != ''"):
        acc = sums.setdefault(normalise_postcode(code), [0.0, 0.0, 0.0])
        acc[0] += lat
        acc[1] += lon
        acc[2] += 1
    centres = {code: (acc[0] / acc[2], acc[1] / acc[2]) for code, acc in sums.items()}
    if _has_table(con, "postcodes"):  # files made before postcodes were kept have no such table
        rows = con.execute("SELECT code, lat, lon FROM postcodes")
        centres.update((code, (lat, lon)) for code, lat, lon in rows)
    return [{"code": c, "lat": round(p[0], 7), "lon": round(p[1], 7)} for c, p in sorted(centres.items())]


def load(path: Path) -> Gazetteer:
    """Build the in-memory gazetteer from a gazetteer file."""
    return Gazetteer.from_dict(to_dict(path))


def bbox(path: Path) -> tuple[float, float, float, float] | None:
    """(south, west, north, east) of the gazetteer's data, as recorded when it was imported."""
    raw = read_meta(path).get("bbox", "")
    if not raw:
        return None
    s, w, n, e = json.loads(raw)
    return (float(s), float(w), float(n), float(e))


def is_gazetteer_file(path: Path) -> bool:
    """True for an SQLite file (by its magic header): the caller then loads it with `load`."""
    try:
        with path.open("rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def summary(data: Mapping[str, Any]) -> str:
    return (
        f"{len(data.get('streets', ()))} street pieces, {len(data.get('addresses', ()))} addresses,"
        f" {len(data.get('places', ()))} places, {len(data.get('intersections', ()))} intersections"
        + (f", {len(data['postcodes'])} postcodes" if data.get("postcodes") else "")
    )
