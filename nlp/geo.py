"""Small-scale planar geometry on (lat, lon) points: good to a metre or so across a town."""

from __future__ import annotations

import math
from collections.abc import Sequence

Point = tuple[float, float]  # (lat, lon)

_M_PER_DEG_LAT = 110_574.0
_M_PER_DEG_LON_EQUATOR = 111_320.0


def _xy(p: Point, lat0: float) -> tuple[float, float]:
    return (p[1] * _M_PER_DEG_LON_EQUATOR * math.cos(math.radians(lat0)), p[0] * _M_PER_DEG_LAT)


def _latlon(x: float, y: float, lat0: float) -> Point:
    return (y / _M_PER_DEG_LAT, x / (_M_PER_DEG_LON_EQUATOR * math.cos(math.radians(lat0))))


def distance_m(a: Point, b: Point) -> float:
    lat0 = (a[0] + b[0]) / 2
    ax, ay = _xy(a, lat0)
    bx, by = _xy(b, lat0)
    return math.hypot(ax - bx, ay - by)


def length_m(points: Sequence[Point]) -> float:
    return sum(distance_m(points[i], points[i + 1]) for i in range(len(points) - 1))


def along(points: Sequence[Point], fraction: float) -> Point:
    """The point `fraction` (0..1) of the way along a polyline, measured by length."""
    if len(points) == 1:
        return points[0]
    lengths = [distance_m(points[i], points[i + 1]) for i in range(len(points) - 1)]
    total = sum(lengths)
    if total == 0:
        return points[0]
    target = max(0.0, min(1.0, fraction)) * total
    for i, seg in enumerate(lengths):
        if target <= seg or i == len(lengths) - 1:
            t = target / seg if seg else 0.0
            a, b = points[i], points[i + 1]
            return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)
        target -= seg
    return points[-1]  # pragma: no cover


def _closest_on_segment(
    p: tuple[float, float], a: tuple[float, float], b: tuple[float, float]
) -> tuple[float, float]:
    dx, dy = b[0] - a[0], b[1] - a[1]
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2))
    return (a[0] + t * dx, a[1] + t * dy)


def nearest_on_line(points: Sequence[Point], p: Point) -> tuple[Point, float]:
    """The point of a polyline closest to `p`, and its distance in metres."""
    lat0 = p[0]
    pxy = _xy(p, lat0)
    xy = [_xy(q, lat0) for q in points]
    best, best_d = xy[0], math.inf
    for i in range(max(1, len(xy) - 1)):
        c = _closest_on_segment(pxy, xy[i], xy[min(i + 1, len(xy) - 1)])
        d = math.hypot(c[0] - pxy[0], c[1] - pxy[1])
        if d < best_d:
            best, best_d = c, d
    return _latlon(best[0], best[1], lat0), best_d


def _segments_cross(
    a: tuple[float, float], b: tuple[float, float], c: tuple[float, float], d: tuple[float, float]
) -> tuple[float, float] | None:
    r = (b[0] - a[0], b[1] - a[1])
    s = (d[0] - c[0], d[1] - c[1])
    denom = r[0] * s[1] - r[1] * s[0]
    if denom == 0:
        return None
    t = ((c[0] - a[0]) * s[1] - (c[1] - a[1]) * s[0]) / denom
    u = ((c[0] - a[0]) * r[1] - (c[1] - a[1]) * r[0]) / denom
    if 0 <= t <= 1 and 0 <= u <= 1:
        return (a[0] + t * r[0], a[1] + t * r[1])
    return None


def closest_approach(
    line_a: Sequence[Point], line_b: Sequence[Point], *, within: float | None = None
) -> tuple[Point, float]:
    """Where two polylines meet (shared point or crossing), else the midpoint of their closest approach.

    Returns the point and the gap in metres (0 when they touch or cross). With `within`, lines whose
    bounding boxes are further apart than that are not compared point by point: the answer is then the
    midpoint of their first points and a lower bound of the gap, which is more than `within`."""
    lat0 = line_a[0][0]
    a = [_xy(p, lat0) for p in line_a]
    b = [_xy(p, lat0) for p in line_b]
    if within is not None:
        dx = max(
            min(x for x, _ in b) - max(x for x, _ in a), min(x for x, _ in a) - max(x for x, _ in b), 0.0
        )
        dy = max(
            min(y for _, y in b) - max(y for _, y in a), min(y for _, y in a) - max(y for _, y in b), 0.0
        )
        gap = math.hypot(dx, dy)
        if gap > within:
            mid = ((a[0][0] + b[0][0]) / 2, (a[0][1] + b[0][1]) / 2)
            return _latlon(mid[0], mid[1], lat0), gap
    segs_a = [(a[i], a[i + 1]) for i in range(len(a) - 1)] or [(a[0], a[0])]
    segs_b = [(b[i], b[i + 1]) for i in range(len(b) - 1)] or [(b[0], b[0])]
    best_pt, best_d = a[0], math.inf
    for p1, p2 in segs_a:
        for q1, q2 in segs_b:
            cross = _segments_cross(p1, p2, q1, q2)
            if cross is not None:
                return _latlon(cross[0], cross[1], lat0), 0.0
            for p, s1, s2 in ((p1, q1, q2), (p2, q1, q2), (q1, p1, p2), (q2, p1, p2)):
                c = _closest_on_segment(p, s1, s2)
                d = math.hypot(c[0] - p[0], c[1] - p[1])
                if d < best_d:
                    best_d = d
                    best_pt = ((p[0] + c[0]) / 2, (p[1] + c[1]) / 2)
    return _latlon(best_pt[0], best_pt[1], lat0), best_d
