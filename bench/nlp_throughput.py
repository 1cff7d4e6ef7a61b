"""Throughput (messages/s on one core) and resident memory of `nlp.extract` with everything loaded.

    .venv/bin/python bench/nlp_throughput.py [--repeat 3] [--no-model]

Loads the Baltimore gazetteer (imported from ../shared/data/osm/baltimore.osm.pbf into a temporary file),
Bloomington's catalog, and a spaCy model trained on the SeeClickFix reports (as `relay311 train` would),
then runs `extract` over the real report texts plus messages with addresses and junctions, in one thread.
Resident memory is VmRSS / VmHWM from /proc/self/status after the runs.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from nlp_common import DATA, bloomington, labelled, need  # noqa: E402
from nlp_location import build  # noqa: E402

from nlp import extract  # noqa: E402
from relay311.gazetteer_import import import_file  # noqa: E402
from relay311.gazetteer_store import load, to_dict  # noqa: E402


def rss_mb() -> tuple[float, float]:
    fields = dict(
        line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line
    )
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-model", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "baltimore.sqlite"
        import_file(need(DATA / "osm" / "baltimore.osm.pbf"), out, quiet=True)
        gaz = load(out)
        data = to_dict(out)
    catalog = bloomington()
    rows = labelled()
    texts = [t for t, _ in rows] + [c.text for c in build(data, 200, random.Random(3))]
    runs = [("zero-shot", catalog)]
    if not args.no_model:
        from relay311.train import train

        model = train([(t, a[0]) for t, a in rows], catalog, epochs=10)
        runs.append(("zero-shot + trained spaCy textcat", model.attach(catalog)))
    for name, cat in runs:
        rates = []
        for _ in range(args.repeat + 1):  # the first pass fills the gazetteer's junction and label caches
            start = time.process_time()
            for t in texts:
                extract(t, cat, gaz)
            rates.append(len(texts) / (time.process_time() - start))
        print(
            f"{name}: {len(texts)} messages, {max(rates[1:]):.0f} messages/s per core (CPU time, best of"
            f" {args.repeat}; first pass with cold caches {rates[0]:.0f})"
        )
    now, peak = rss_mb()
    print(f"resident memory with everything loaded: {now:.0f} MB (peak {peak:.0f} MB)")


if __name__ == "__main__":
    main()
