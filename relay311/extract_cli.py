"""`relay311 extract`: batch extraction of service and location from JSON lines, for triage and evaluation.

Input, one JSON object a line: {"id": .., "text": .., "lat"?: .., "lon"?: ..} (a point the channel gave).
Output, one line per input line, in order:
{"id", "service_code", "confidence", "candidates": [{"service_code", "score"}, ...up to 5],
 "location": {"lat", "lon", "kind", "text", "confidence"} | null, "missing": [...]}.
A line that is not a JSON object with a "text" string gives {"id", "error"} instead, and processing goes on.

`--explain` reads the catalog instead: for each service, the problems relay311 links it to and the words of
its name it does not recognise; services linked to no problem are marked, since only messages repeating
their own words will find them. `--config relay311.toml` adds that file's `[nlp] keywords` first.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from nlp import Extraction, Gazetteer, Service, extract
from nlp.catalog_reading import read_catalog, with_keywords
from nlp.extract import MIN_MARGIN
from relay311.config import ConfigError

TOP_N = 5


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("extract", help="find service and location for JSON lines of messages (batch)")
    p.add_argument("--catalog", required=True, type=Path, help="the Open311 service list (JSON or XML)")
    p.add_argument(
        "--gazetteer",
        help="gazetteer file (.sqlite or JSON) or builtin:NAME; without one, places are found only from"
        " coordinates, map links and postcodes in the text and points given in the input",
    )
    p.add_argument("--model", type=Path, help="a model trained with `relay311 train` (optional)")
    p.add_argument("--input", "-i", type=Path, help="JSON lines {id, text} (default: standard input)")
    p.add_argument("--output", "-o", type=Path, help="JSON lines out (default: standard output)")
    p.add_argument("--min-confidence", type=float, default=0.35, help="below this, 'service' is missing")
    p.add_argument(
        "--min-margin",
        type=float,
        default=MIN_MARGIN,
        help="when the best two services score closer than this, 'service' is missing too",
    )
    p.add_argument("--quiet", "-q", action="store_true", help="no progress on standard error")
    p.add_argument(
        "--explain",
        action="store_true",
        help="print what relay311 understands of each service of the catalog, and exit",
    )
    p.add_argument("--config", "-c", type=Path, help="add the [nlp] keywords of this relay311.toml")


def load_catalog(path: Path, config: Path | None = None) -> list[Service]:
    """An Open311 `GET services` body saved to a file, JSON or XML (parsed as the dispatcher parses it),
    with the `[nlp] keywords` of the relay311.toml `config` added when one is given."""
    from dispatcher.parsing import BodyFormatError, ShapeError, decode_body, parse_services

    try:
        services = parse_services(decode_body(path.read_bytes()))
    except OSError as exc:
        raise ConfigError(f"catalog: cannot read {path}: {exc.strerror}") from None
    except (BodyFormatError, ShapeError) as exc:
        raise ConfigError(f"catalog: {path} is not an Open311 service list: {exc}") from None
    if not services:
        raise ConfigError(f"catalog: {path} lists no services")
    if config is not None:
        from relay311.config import load

        services = with_keywords(services, load(config).nlp.keyword_lists())
    return services


def explain(catalog: Sequence[Service]) -> str:
    """A table of `nlp.catalog_reading.read_catalog`, weakest services marked, then a summary line."""
    readings = read_catalog(catalog)
    lines = []
    for r in readings:
        problems = ", ".join(f"{name} {strength:.2f}" for name, strength in r.problems[:3]) or "none"
        mark = "!" if r.weak else " "
        unknown = f"  (unrecognised: {', '.join(r.unknown)})" if r.unknown else ""
        if r.catch_all:
            problems = "catch-all: offered for problems no other service covers"
            unknown = ""
        lines.append(f"{mark} {r.code}  {r.name}: {problems}{unknown}")
    weak = sum(r.weak for r in readings)
    lines.append(
        f"{len(readings)} services; {weak} marked ! are linked to no problem strongly and are found only by"
        " their own words: add [nlp] keywords for them if citizens report them"
    )
    return "\n".join(lines)


def result(ident: Any, ex: Extraction) -> dict[str, Any]:
    loc = ex.location
    return {
        "id": ident,
        "service_code": ex.service_code,
        "confidence": round(ex.confidence, 4),
        "candidates": [{"service_code": c.service_code, "score": c.score} for c in ex.candidates[:TOP_N]],
        "location": None
        if loc is None
        else {
            "lat": loc.lat,
            "lon": loc.lon,
            "kind": loc.kind,
            "text": loc.text,
            "confidence": loc.confidence,
        },
        "missing": list(ex.missing),
    }


def process_line(
    line: str,
    catalog: Sequence[Service],
    gazetteer: Gazetteer,
    min_confidence: float,
    min_margin: float = MIN_MARGIN,
) -> str:
    try:
        row = json.loads(line.lstrip("\ufeff"))  # a byte-order mark, as some editors start a file with
    except ValueError as exc:
        return json.dumps({"id": None, "error": f"not JSON: {exc}"})
    if not isinstance(row, dict):
        return json.dumps({"id": None, "error": "not a JSON object"})
    ident = row.get("id")
    text = row.get("text")
    if not isinstance(text, str):
        return json.dumps({"id": ident, "error": 'no "text" string'})
    point = None
    lat, lon = row.get("lat"), row.get("lon")
    if isinstance(lat, int | float) and isinstance(lon, int | float):
        point = (float(lat), float(lon))
    ex = extract(text, catalog, gazetteer, point=point, min_confidence=min_confidence, min_margin=min_margin)
    return json.dumps(result(ident, ex), ensure_ascii=False)


def _lines(stream: Iterable[str]) -> Iterator[str]:
    for line in stream:
        if line.strip():
            yield line


def run_batch(
    source: IO[str],
    sink: IO[str],
    catalog: Sequence[Service],
    gazetteer: Gazetteer,
    *,
    min_confidence: float = 0.35,
    min_margin: float = MIN_MARGIN,
    total: int | None = None,
    quiet: bool = False,
) -> int:
    from tqdm import tqdm

    n = 0
    with tqdm(total=total, desc="extracting", unit=" msgs", file=sys.stderr, disable=quiet) as bar:
        for line in _lines(source):
            sink.write(process_line(line, catalog, gazetteer, min_confidence, min_margin) + "\n")
            n += 1
            bar.update(1)
    sink.flush()
    return n


def run(args: argparse.Namespace) -> None:
    from relay311.app import load_gazetteer

    catalog: Sequence[Service] = load_catalog(args.catalog, args.config)
    if args.explain:
        print(explain(catalog))
        return
    gazetteer = load_gazetteer(args.gazetteer) if args.gazetteer else Gazetteer.empty()
    if args.model is not None:
        from relay311.train import load_model

        catalog = load_model(args.model).attach(catalog)
    total = None
    if args.input is not None:
        try:
            with args.input.open(encoding="utf-8", errors="replace") as fh:
                total = sum(1 for line in fh if line.strip())
        except OSError as exc:
            raise ConfigError(f"cannot read {args.input}: {exc.strerror}") from None
    # a line that is not UTF-8 becomes one error line (or a text with replacement marks), not a crash
    source = args.input.open(encoding="utf-8", errors="replace") if args.input is not None else sys.stdin
    sink = args.output.open("w", encoding="utf-8") if args.output is not None else sys.stdout
    try:
        n = run_batch(
            source,
            sink,
            catalog,
            gazetteer,
            min_confidence=args.min_confidence,
            min_margin=args.min_margin,
            total=total,
            quiet=args.quiet,
        )
    finally:
        if source is not sys.stdin:
            source.close()
        if sink is not sys.stdout:
            sink.close()
    if not args.quiet:
        print(f"{n} messages", file=sys.stderr)
