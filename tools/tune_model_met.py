"""Tune the judge's MODEL_MET_ABOVE on out-of-fold relevance scores.

Usage::

    for k in 0 1 2 3 4; do
        .venv/bin/python tools/train_relevance.py --fold train --fold-index $k --out /tmp/rel_$k/relevance.json
    done
    .venv/bin/python tools/tune_model_met.py --models '/tmp/rel_{k}/relevance.json'

Each development document of ``tests/corpus_real`` is reviewed with the model
trained without its vendor's fold (``train_relevance.vendor_fold``), so the
model has never seen it, once per candidate threshold for "a clause only the
model found may meet an item" (``reviewer.analysis.judge.MODEL_MET_ABOVE``).
The in-sample development scores overstate the model's certainty; these do
not. Prints accuracy and false-met per threshold (25 items).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from train_relevance import ITEM_IDS, vendor_fold, vendor_of  # noqa: E402

from reviewer.analysis import judge, matching  # noqa: E402
from reviewer.analysis.relevance import load_model  # noqa: E402
from reviewer.evaluation.metrics import find_labelled  # noqa: E402
from reviewer.evaluation.split import split_of  # noqa: E402
from reviewer.pipeline import review_contract  # noqa: E402
from reviewer.review import Status  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--models", required=True, help="model path with {k} for the left-out fold")
    parser.add_argument("--thresholds", nargs="+", type=float, default=[1.01, 0.97, 0.95, 0.9, 0.85])
    args = parser.parse_args(argv)
    folder = ROOT / "tests" / "corpus_real"
    docs = []
    for label, contract in find_labelled(folder):
        vendor = vendor_of(folder / f"{label.name}.expected.json")
        if contract is not None and vendor and split_of(vendor) == "dev":
            docs.append((label, contract, vendor_fold(vendor)))
    print(f"{len(docs)} development documents")
    for t in args.thresholds:
        judge.MODEL_MET_ABOVE = None if t > 1 else t
        right = total = false_met = not_met = 0
        for k in range(5):
            model = load_model(Path(args.models.format(k=k)))
            matching.load_model = lambda model=model: model  # type: ignore[assignment]
            for label, contract, fold in docs:
                if fold != k:
                    continue
                review = review_contract(str(contract))
                for item_id in ITEM_IDS:
                    entry = label.items.get(item_id)
                    if entry is None:
                        continue
                    got = review.finding(item_id).status
                    total += 1
                    right += got is entry.status
                    if entry.status is not Status.MET:
                        not_met += 1
                        false_met += got is Status.MET
        print(f"threshold {'off' if t > 1 else t}: accuracy {right / total:.4f} ({right}/{total}), "
              f"false-met {false_met / not_met:.4f} ({false_met}/{not_met})", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
