"""Pure extraction of WHAT (an Open311 service) and WHERE (a location) from a citizen's free-text report.

Nothing in this package does I/O: callers load the catalog and the gazetteer data and pass them in.
"""

from nlp.category import rank
from nlp.extract import extract
from nlp.gazetteer import Gazetteer, Match
from nlp.location import locate
from nlp.types import Candidate, Extraction, Location, Service

__all__ = [
    "Candidate",
    "Extraction",
    "Gazetteer",
    "Location",
    "Match",
    "Service",
    "extract",
    "locate",
    "rank",
]
