"""A small language detector for the languages relay311 has templates for.

lingua-language-detector was measured: its wheel is ~96 MB and English + Spanish models take ~125 MB
of memory, and it judged "Hay un bache enorme en la calle Station Road 12" English (street names are
English). Citizens' reports are short and full of names, so a count of each language's function words
and marker characters works better here: it answers only when one language clearly leads, and the
conversation keeps its language otherwise (a reply like "2" or "12 Station Road" changes nothing).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

TOKEN = re.compile(r"[\w'-]+", re.UNICODE)
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _words(text: str) -> list[str]:
    """Lower-cased words, leaving out any token with a digit (report refs like R-V62Y7, house numbers)."""
    return [
        w.lower()
        for token in TOKEN.findall(text)
        if not any(c.isdigit() for c in token)
        for w in WORD.findall(token)
    ]


MARKERS: dict[str, frozenset[str]] = {
    "en": frozenset(
        """the a an is are was there this that it its in on at of to for and or but with near outside
        by my our has have been not no yes please thanks thank hello hi broken big huge there's it's
        can you we i me here light bin rubbish outside opposite next corner
        pothole graffiti dumped missing damaged blocked again still""".split()
    ),
    "es": frozenset(
        """el la los las un una unos unas es son está están hay en del al de que y o pero con cerca
        frente delante junto por para mi mis nuestro nuestra sí si no gracias hola buenos buenas
        favor calle avenida plaza esquina farola bache basura contenedor roto rota rotos rotas
        grande enorme tirado tirada coche aceras acera pintada pintadas otra vez todavía sigue
        número número aquí allí lleno llena""".split()
    ),
}
CHARS: dict[str, frozenset[str]] = {"es": frozenset("ñáíóúü¿¡")}


def scores(text: str, languages: Iterable[str]) -> dict[str, float]:
    words = _words(text)
    result: dict[str, float] = {}
    for lang in languages:
        markers = MARKERS.get(lang, frozenset())
        chars = CHARS.get(lang, frozenset())
        result[lang] = sum(1.0 for w in words if w in markers) + 0.5 * sum(
            1 for ch in text.lower() if ch in chars
        )
    return result


def detect(text: str, languages: Iterable[str] = ("en", "es")) -> str | None:
    """The language of `text` among `languages`, or None when the text does not say clearly."""
    ranked = sorted(scores(text, languages).items(), key=lambda kv: kv[1], reverse=True)
    if not ranked or ranked[0][1] < 1.0:
        return None
    if len(ranked) > 1 and ranked[0][1] < ranked[1][1] + 1.0:
        return None
    return ranked[0][0]
