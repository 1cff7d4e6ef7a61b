"""Category ranking on the real SeeClickFix reports against Bloomington IN's real Open311 catalog.

    .venv/bin/python bench/nlp_category.py [--folds 5] [--epochs 15]

Label mapping: bench/nlp_common.py (SeeClickFix request type -> acceptable Bloomington codes; catch-all
types and empty descriptions left out). Zero-shot: `nlp.rank` on the whole set (a development set: the
lexicon was extended while reading errors here, so this is optimistic for unseen data). Trained: k-fold
cross-validation; each fold trains `relay311.train` (spaCy textcat on spacy.blank("en")) on the other folds,
with the first acceptable code as the label, and scores the combined ranking and the classifier alone.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from nlp_common import PROPERTY, bloomington, labelled  # noqa: E402

from nlp.category import rank  # noqa: E402
from relay311.train import train  # noqa: E402


def hit(codes: list[str], accept: tuple[str, ...], k: int) -> bool:
    return bool(set(codes[:k]) & set(accept))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--epochs", type=int, default=15)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    catalog = bloomington()
    rows = labelled()
    random.Random(args.seed).shuffle(rows)
    n = len(rows)
    for name, subset in (
        ("all mapped labels", rows),
        ("specific labels only", [r for r in rows if r[1] != PROPERTY]),
    ):
        z = [[c.service_code for c in rank(t, catalog)] for t, _ in subset]
        t1 = sum(hit(c, a, 1) for c, (_, a) in zip(z, subset, strict=True)) / len(subset)
        t3 = sum(hit(c, a, 3) for c, (_, a) in zip(z, subset, strict=True)) / len(subset)
        print(f"zero-shot, {name}: n={len(subset)} top-1={t1:.3f} top-3={t3:.3f}")
    scores = {"combined": [0, 0], "classifier alone": [0, 0], "zero-shot (same folds)": [0, 0]}
    for f in range(args.folds):
        test = rows[f :: args.folds]
        training = [r for i, r in enumerate(rows) if i % args.folds != f]
        model = train([(t, a[0]) for t, a in training], catalog, epochs=args.epochs, seed=args.seed)
        with_model = model.attach(catalog)
        for t, accept in test:
            alone = sorted(model.scores(t).items(), key=lambda kv: -kv[1])
            for key, codes in (
                ("combined", [c.service_code for c in rank(t, with_model)]),
                ("classifier alone", [c for c, _ in alone]),
                ("zero-shot (same folds)", [c.service_code for c in rank(t, catalog)]),
            ):
                scores[key][0] += hit(codes, accept, 1)
                scores[key][1] += hit(codes, accept, 3)
        print(f"  fold {f + 1}/{args.folds} done", file=sys.stderr)
    for key, (a, b) in scores.items():
        print(f"trained {args.folds}-fold, {key}: n={n} top-1={a / n:.3f} top-3={b / n:.3f}")


if __name__ == "__main__":
    main()
