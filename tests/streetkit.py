"""Straight streets for hand-made test gazetteers (`Gazetteer.from_dict` street entries)."""

from __future__ import annotations


def ew(name: str, lat: float, lon0: float, lon1: float, **extra: str) -> dict[str, object]:
    """A street running east-west at `lat`."""
    return {"name": name, "points": [[lat, lon0], [lat, lon1]], **extra}


def ns(name: str, lon: float, lat0: float, lat1: float, **extra: str) -> dict[str, object]:
    """A street running north-south at `lon`."""
    return {"name": name, "points": [[lat0, lon], [lat1, lon]], **extra}
