"""Street geometry: where two streets meet, the parts of a street and the roads same-named streets make.

Meetings are computed from the lines when first asked (or given by the data, `intersections`) and cached,
as are a street's parts and the roads of a set of namesakes. `block` places a range of house numbers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from nlp.gazetteer_index import GazetteerIndex, Match, Road
from nlp.geo import Point, along, closest_approach, distance_m, length_m, nearest_on_line

MEET_LIMIT_M = 250.0  # streets further apart than this never make a junction
APART_M = 200.0  # parts of a street further apart than this are told apart


class StreetGeometry(GazetteerIndex):
    """Junctions, nearest points, parts and roads of the gazetteer's streets."""

    def meeting(self, ref_a: int, ref_b: int) -> tuple[Point, float]:
        """Where two streets meet, and the gap in metres (0 if they share a point or cross). A gap over
        MEET_LIMIT_M is only a lower bound: no caller treats streets that far apart as meeting."""
        key = (min(ref_a, ref_b), max(ref_a, ref_b))
        if key not in self._meets:
            self._meets[key] = min(
                (
                    closest_approach(a, b, within=MEET_LIMIT_M)
                    for a in self.streets[key[0]].lines
                    for b in self.streets[key[1]].lines
                ),
                key=lambda found: found[1],
            )
        return self._meets[key]

    def intersection_at(
        self, ref_a: int, ref_b: int, score: float = 1.0, max_gap_m: float = MEET_LIMIT_M
    ) -> Match | None:
        point, gap = self.meeting(ref_a, ref_b)
        if gap > max_gap_m:
            return None
        name = f"{self.streets[ref_a].name} & {self.streets[ref_b].name}"
        return Match("intersection", name, point[0], point[1], score * (1.0 if gap <= 30 else 0.8))

    def junction(self, ref_a: int, ref_b: int, score: float = 1.0) -> Match | None:
        """Where two named streets meet, trying their namesakes too ("Collington Avenue" may be written for
        North Collington Avenue): the pair that comes closest wins."""
        best: tuple[float, int, int] | None = None
        for a in self.namesakes(ref_a)[:6]:
            for b in self.namesakes(ref_b)[:6]:
                if a != b:
                    gap = self.meeting(a, b)[1]
                    if best is None or gap < best[0]:
                        best = (gap, a, b)
        return None if best is None else self.intersection_at(best[1], best[2], score)

    def nearest_on_street(self, ref: int, point: Point) -> tuple[Point, float]:
        """The point of a street closest to `point`, and its distance in metres."""
        return min((nearest_on_line(line, point) for line in self.streets[ref].lines), key=lambda f: f[1])

    def area_near(self, ref: int, point: Point) -> str:
        """The area of the piece of street `ref` nearest `point` ("" unknown)."""
        street = self.streets[ref]
        if not any(street.areas):
            return ""
        dists = [nearest_on_line(line, point)[1] for line in street.lines]
        return street.areas[dists.index(min(dists))] if len(street.areas) == len(dists) else ""

    def block(
        self, refs: Sequence[int], low: int, high: int, spread_m: float = 250.0
    ) -> tuple[int, Point] | None:
        """Where house numbers `low` to `high` (excluded) are on one of streets `refs` ("the 3500 block of
        Boston Street"): the street and its point nearest those houses' middle. None when no street has
        such numbers, or when they lie more than `spread_m` apart (the same numbers in two areas)."""
        if self._numbers is None:
            numbers: dict[int, list[tuple[int, Point]]] = {}
            for (ref, number), point in self._addresses.items():
                digits = re.match(r"\d+", number)
                if digits:
                    numbers.setdefault(ref, []).append((int(digits.group()), point))
            self._numbers = {ref: sorted(items) for ref, items in numbers.items()}
        found: list[tuple[int, list[Point]]] = []
        for ref in refs:
            pts = [p for n, p in self._numbers.get(ref, ()) if low <= n < high]
            if pts:
                found.append((ref, pts))
        if len(found) != 1:
            return None
        ref, pts = found[0]
        middle = (sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts))
        if any(distance_m(middle, p) > spread_m for p in pts):
            return None
        return ref, self.nearest_on_street(ref, middle)[0]

    def pieces(self, ref: int, apart_m: float = 200.0) -> list[tuple[Point, str]]:
        """The parts of a street that are more than `apart_m` from each other (same-named streets in
        different areas were merged into one): each part's representative point and area ("" unknown)."""
        cached = self._pieces.get((ref, apart_m))
        if cached is not None:
            return cached
        street = self.streets[ref]
        out: list[tuple[Point, str]] = []
        for g in self._piece_groups(ref, apart_m):
            longest = max((street.lines[j] for j in g), key=length_m)
            area = next((street.areas[j] for j in g if j < len(street.areas) and street.areas[j]), "")
            out.append((along(longest, 0.5), area))
        self._pieces[(ref, apart_m)] = out
        return out

    def _piece_groups(self, ref: int, apart_m: float) -> list[list[int]]:
        """The lines of street `ref` grouped into parts more than `apart_m` from each other."""
        lines = self.streets[ref].lines
        groups: list[list[int]] = []
        for i, line in enumerate(lines):
            near = [
                g
                for g in groups
                if any(closest_approach(line, lines[j], within=apart_m)[1] <= apart_m for j in g)
            ]
            merged = [i, *(j for g in near for j in g)]
            groups = [g for g in groups if g not in near] + [sorted(merged)]
        return sorted(groups)

    def roads(self, refs: Sequence[int], join_m: float = 300.0) -> list[tuple[int, Point, str]]:
        """The separate roads that streets `refs` make (one name with several types or directions: Jefferson
        Street and Jefferson Avenue): parts that come within `join_m` of each other are one road ("North"
        and "South Collington Avenue" meeting end to end). For each road, the street of its longest part,
        that part's representative point and area; the longest road (by length of all its parts) first."""
        return [(road.ref, road.point, road.area) for road in self.road_list(refs, join_m)]

    def road_list(self, refs: Sequence[int], join_m: float = 300.0) -> list[Road]:
        """`roads`, each with every street it has a part of and its length."""
        key = (tuple(refs), join_m)
        cached = self._roads.get(key)
        if cached is not None:
            return cached
        units: list[tuple[int, list[tuple[Point, ...]], Point, str, float]] = []
        indexes: list[list[int]] = []
        for ref in refs:
            street = self.streets[ref]
            for g in self._piece_groups(ref, APART_M):
                lines = [street.lines[j] for j in g]
                longest = max(lines, key=length_m)
                area = next((street.areas[j] for j in g if j < len(street.areas) and street.areas[j]), "")
                units.append((ref, lines, along(longest, 0.5), area, sum(map(length_m, lines))))
                indexes.append(g)
        road = list(range(len(units)))

        def root(i: int) -> int:
            while road[i] != i:
                i = road[i]
            return i

        for i in range(len(units)):
            for j in range(i + 1, len(units)):
                if root(i) != root(j) and any(
                    closest_approach(a, b, within=join_m)[1] <= join_m
                    for a in units[i][1]
                    for b in units[j][1]
                ):
                    road[root(j)] = root(i)
        members: dict[int, list[int]] = {}
        for i in range(len(units)):
            members.setdefault(root(i), []).append(i)
        ranked = sorted(members.values(), key=lambda m: -sum(units[i][4] for i in m))
        out = []
        for m in ranked:
            best = max(m, key=lambda i: units[i][4])
            refs_of = tuple(dict.fromkeys(units[i][0] for i in m))
            length = sum(units[i][4] for i in m)
            parts = tuple((units[i][0], j) for i in m for j in indexes[i])
            out.append(Road(units[best][0], units[best][2], units[best][3], refs_of, length, parts))
        self._roads[key] = out
        return out
