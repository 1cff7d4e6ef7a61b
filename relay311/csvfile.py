"""Reading the CSV files councils give us (address lists, request histories), as spreadsheets save them.

A spreadsheet saves CSV with commas, or with semicolons where the comma is the decimal sign (much of
Europe), sometimes with tabs or bars; in UTF-8 with or without a byte-order mark, or, on Windows, in
Windows-1252. The delimiter is the one the header line uses; the encoding is UTF-8 unless the bytes are not.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

DELIMITERS = ",;\t|"


def read_text(path: Path) -> str:
    """The file as text: UTF-8 (a byte-order mark dropped), or else Windows-1252. Raises OSError."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def delimiter(header: str) -> str:
    """The delimiter a header line uses: the one of comma, semicolon, tab and bar it has most of outside
    quotes (a comma when it has none: a file of one column). Values may hold the others ("14;16")."""
    outside = "".join(part for i, part in enumerate(header.split('"')) if i % 2 == 0)
    counts = {d: outside.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def rows(text: str, *, tab: bool = False) -> list[dict[str, Any]]:
    """The rows of CSV `text` as dicts keyed by its header; `tab`: the file says it is tab-separated
    (".tsv"). Raises csv.Error for text that is not CSV."""
    lines = text.splitlines()
    header = next((line for line in lines if line.strip()), "")
    return list(csv.DictReader(lines, delimiter="\t" if tab else delimiter(header)))
