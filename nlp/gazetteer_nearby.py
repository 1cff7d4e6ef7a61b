"""What is near a point or a street: reverse geocoding (`nearest`), `places_near`, `near_street`.

Addresses, places and street segments are put in grid cells on first use; so are places for
`places_near`, and each street's bounding box for `near_street`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from nlp.gazetteer_index import Match, Place
from nlp.gazetteer_streets import StreetGeometry
from nlp.geo import Point, distance_m

_PLACE_CELL = 0.005  # degrees: places by cell of about 500 m, for `places_near`
_CELL_DEG = 0.002  # about 220 m of latitude


class Nearby(StreetGeometry):
    """Lookups by distance."""

    def nearest(self, point: Point, max_m: float = 100.0) -> Match | None:
        """What is at `point` (reverse geocoding): the nearest house address or place within 50 m (or
        `max_m` if smaller), else the nearest point of a street within `max_m`; None when nothing is near.
        The score falls from 1.0 with the distance."""
        grid = self._grid if self._grid is not None else self._build_grid()
        cell = _cell(point)
        seen: set[tuple[str, int, str]] = set()
        best: tuple[float, Match] | None = None
        best_street: tuple[float, Match] | None = None
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for item in grid.get((cell[0] + dy, cell[1] + dx), ()):
                    if item in seen:
                        continue
                    seen.add(item)
                    kind, ref, number = item
                    if kind == "street":
                        at, dist = self.nearest_on_street(ref, point)
                        if best_street is None or dist < best_street[0]:
                            best_street = (dist, Match("street", self.streets[ref].name, at[0], at[1], 1.0))
                        continue
                    found = self.address_at(ref, number) if kind == "address" else self.place_at(ref)
                    if found is not None:
                        dist = distance_m(point, (found.lat, found.lon))
                        if best is None or dist < best[0]:
                            best = (dist, found)
        for limit, hit in ((min(50.0, max_m), best), (max_m, best_street)):
            if hit is not None and hit[0] <= limit:
                dist, match = hit
                return Match(match.kind, match.name, match.lat, match.lon, round(1.0 / (1.0 + dist / 50), 3))
        return None

    def _build_grid(self) -> dict[tuple[int, int], list[tuple[str, int, str]]]:
        """Addresses, places and street segments by grid cell (about 200 m), built on first use."""
        grid: dict[tuple[int, int], list[tuple[str, int, str]]] = {}
        for (ref, number), p in self._addresses.items():
            grid.setdefault(_cell(p), []).append(("address", ref, number))
        for ref, place in enumerate(self.places):
            grid.setdefault(_cell((place.lat, place.lon)), []).append(("place", ref, ""))
        for ref, street in enumerate(self.streets):
            cells: set[tuple[int, int]] = set()
            for line in street.lines:
                for a, b in zip(line, line[1:] or line, strict=False):
                    (y0, x0), (y1, x1) = _cell(a), _cell(b)
                    cells.update(
                        (y, x)
                        for y in range(min(y0, y1), max(y0, y1) + 1)
                        for x in range(min(x0, x1), max(x0, x1) + 1)
                    )
            for c in cells:
                grid.setdefault(c, []).append(("street", ref, ""))
        self._grid = grid
        return grid

    def places_near(self, point: Point, max_m: float) -> list[tuple[float, Place]]:
        """The places within `max_m` of `point`, with their distance in metres."""
        if self._place_cells is None:
            self._place_cells = {}
            for i, p in enumerate(self.places):
                key = (int(p.lat // _PLACE_CELL), int(p.lon // _PLACE_CELL))
                self._place_cells.setdefault(key, []).append(i)
        span = max_m / 110_000.0  # degrees of latitude, a little more than max_m
        span_lon = span / max(0.01, math.cos(math.radians(point[0])))
        out: list[tuple[float, Place]] = []
        for y in range(int((point[0] - span) // _PLACE_CELL), int((point[0] + span) // _PLACE_CELL) + 1):
            for x in range(
                int((point[1] - span_lon) // _PLACE_CELL), int((point[1] + span_lon) // _PLACE_CELL) + 1
            ):
                for i in self._place_cells.get((y, x), ()):
                    place = self.places[i]
                    if abs(place.lat - point[0]) > span or abs(place.lon - point[1]) > span_lon:
                        continue
                    dist = distance_m(point, (place.lat, place.lon))
                    if dist <= max_m:
                        out.append((dist, place))
        return out

    def near_street(
        self, refs: Sequence[int], places: Sequence[int], max_m: float
    ) -> list[tuple[float, int, int, Point]]:
        """Places (of `places`) within `max_m` of any of streets `refs`: (distance, street, place, the point
        of that street nearest the place), nearest first."""
        out: list[tuple[float, int, int, Point]] = []
        for ref in refs:
            lat0, lon0, lat1, lon1 = self._box(ref)
            pad = max_m / 110_000.0
            pad_lon = pad / max(0.01, math.cos(math.radians(lat0)))
            for pid in places:
                place = self.places[pid]
                if not (
                    lat0 - pad <= place.lat <= lat1 + pad and lon0 - pad_lon <= place.lon <= lon1 + pad_lon
                ):
                    continue
                point, dist = self.nearest_on_street(ref, (place.lat, place.lon))
                if dist <= max_m:
                    out.append((dist, ref, pid, point))
        return sorted(out)

    def _box(self, ref: int) -> tuple[float, float, float, float]:
        box = self._boxes.get(ref)
        if box is None:
            pts = [p for line in self.streets[ref].lines for p in line]
            box = (
                min(p[0] for p in pts),
                min(p[1] for p in pts),
                max(p[0] for p in pts),
                max(p[1] for p in pts),
            )
            self._boxes[ref] = box
        return box


def _cell(p: Point) -> tuple[int, int]:
    return (int(p[0] // _CELL_DEG), int(p[1] // _CELL_DEG))
