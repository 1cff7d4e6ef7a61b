"""`relay311 gazetteer ...` subcommands (argument wiring only; the work is in gazetteer_import/_store)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from relay311.config import ConfigError


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    gaz = sub.add_parser("gazetteer", help="build the offline gazetteer (streets, addresses, places)")
    gaz_sub = gaz.add_subparsers(dest="gazetteer_command", required=True)
    imp = gaz_sub.add_parser(
        "import", help="import an OpenStreetMap extract (.osm.pbf), GeoJSON or CSV address list"
    )
    imp.add_argument("file", type=Path)
    imp.add_argument("--output", "-o", type=Path, default=Path("gazetteer.sqlite"))
    imp.add_argument("--format", choices=("osm", "geojson", "csv"), help="default: from the file name")
    imp.add_argument("--name", help="the area's name, shown after addresses (default: from the file name)")
    imp.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    info = gaz_sub.add_parser("info", help="what a gazetteer file holds")
    info.add_argument("file", type=Path)


def run(args: argparse.Namespace) -> None:
    from relay311.gazetteer_import import ImportError_, import_file
    from relay311.gazetteer_store import (
        GazetteerFileError,
        classes_summary,
        read_meta,
        street_class_counts,
        summary,
        to_dict,
    )

    try:
        if args.gazetteer_command == "import":
            data = import_file(args.file, args.output, fmt=args.format, name=args.name, quiet=args.quiet)
            print(
                f"wrote {args.output}: {len(data.streets)} street pieces, {len(data.addresses)} addresses,"
                f" {len(data.places)} places, {len(data.intersections)} intersections",
                file=sys.stderr,
            )
        else:
            meta = read_meta(args.file)
            print(
                f"{args.file}: {meta.get('name')!r} from {meta.get('source')}; {summary(to_dict(args.file))}"
            )
            print(classes_summary(street_class_counts(args.file)))
    except (ImportError_, GazetteerFileError) as exc:
        raise ConfigError(str(exc)) from None
