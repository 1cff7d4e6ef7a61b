"""Photos attached to an email: where they were taken (EXIF GPS) and a copy that is safe to publish.

The published copy is re-encoded from the pixels alone (turned upright first), so no EXIF (GPS, camera,
time), XMP, IPTC or comment survives in it. Pure and synchronous: the channel runs it in a thread.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from typing import Any

from PIL import Image, ImageOps

GPS_IFD = 0x8825
MAX_SIDE = 4096  # the published copy is scaled down to this many pixels on its longer side
Image.MAX_IMAGE_PIXELS = 64_000_000  # larger images are refused (decompression bombs)


@dataclass(frozen=True)
class Photo:
    lat: float | None
    lon: float | None
    public: bytes  # the metadata-free copy
    content_type: str


class NotAPhoto(Exception):
    pass


def _degrees(value: Any) -> float:
    parts = [float(v) for v in value]
    while len(parts) < 3:
        parts.append(0.0)
    return parts[0] + parts[1] / 60 + parts[2] / 3600


def gps_position(image: Image.Image) -> tuple[float, float] | None:
    """The (lat, lon) an image's EXIF GPS block records, or None when absent or implausible."""
    try:
        gps = image.getexif().get_ifd(GPS_IFD)
        if not gps or 2 not in gps or 4 not in gps:
            return None
        lat, lon = _degrees(gps[2]), _degrees(gps[4])
        if str(gps.get(1, "N")).strip().upper().startswith("S"):
            lat = -lat
        if str(gps.get(3, "E")).strip().upper().startswith("W"):
            lon = -lon
    except (ValueError, TypeError, ZeroDivisionError, KeyError, AttributeError, OSError):
        return None
    if not (math.isfinite(lat) and math.isfinite(lon)) or abs(lat) > 90 or abs(lon) > 180:
        return None
    if lat == 0 and lon == 0:  # a camera without a fix
        return None
    return lat, lon


def read_photo(data: bytes) -> Photo:
    """Read a photo's position and make its publishable copy. Raises NotAPhoto for anything else."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            position = gps_position(image)
            upright = ImageOps.exif_transpose(image)
            has_alpha = upright.mode in ("RGBA", "LA", "PA") or "transparency" in upright.info
            mode = "RGBA" if has_alpha else "RGB"
            pixels = upright.convert(mode)
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise NotAPhoto(f"{type(exc).__name__}: {exc}") from None
    pixels.thumbnail((MAX_SIDE, MAX_SIDE))
    clean = Image.new(mode, pixels.size)  # a new image carries no info, EXIF or XMP
    clean.paste(pixels)
    out = io.BytesIO()
    if has_alpha:
        clean.save(out, format="PNG", optimize=True)
        content_type = "image/png"
    else:
        clean.save(out, format="JPEG", quality=85)
        content_type = "image/jpeg"
    lat, lon = position if position else (None, None)
    return Photo(lat, lon, out.getvalue(), content_type)
