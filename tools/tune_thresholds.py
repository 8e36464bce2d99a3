"""Tune the judge's model thresholds on out-of-fold relevance scores.

Usage::

    for k in 0 1 2 3 4; do
        .venv/bin/python tools/train_relevance.py --fold train --fold-index $k --out /tmp/rel_$k/relevance.json
    done
    .venv/bin/python tools/tune_thresholds.py --models '/tmp/rel_{k}/relevance.json' \\
        --try judge.MODEL_MET_ABOVE=off,0.95,0.9 --try matching.DROP_BELOW=0.1,0.2,0.3 \\
        --try 'matching.ADD_ABOVE_BY_ITEM[data-use]=0.7,0.8' \\
        --commitment '/tmp/commit_{k}.json'   # from tools/train_commitment.py --folds

With ``--commitment`` each document is also judged by the commitment model of its fold;
without it that model is off (the shipped one saw every development document).

Each development document of ``tests/corpus_real`` is reviewed with the model
trained without its vendor's fold (``train_relevance.vendor_fold``), so the
model has never seen it. The in-sample development scores overstate the
model's certainty; these do not. Every ``--try`` is swept on its own, the
others at their current values (the first line, "current", is all of them
unchanged); each value prints accuracy, false-met, evidence and facts, and
the items gained and lost against "current", for the 25 items and the red
flags apart (a fold model without red-flag items leaves them to the rules).
Documents are read once.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from train_relevance import ITEM_IDS, vendor_fold, vendor_of  # noqa: E402

from reviewer import parallel  # noqa: E402
from reviewer.analysis import judge, matching  # noqa: E402
from reviewer.analysis.relevance import RelevanceModel, load_model  # noqa: E402
from reviewer.evaluation.items import RED_FLAG_IDS, SPEC_ITEM_IDS  # noqa: E402
from reviewer.evaluation.metrics import (  # noqa: E402
    ItemOutcome,
    Label,
    compare_with_label,
    evidence_hits,
    facts_hits,
    false_met,
    find_labelled,
)
from reviewer.evaluation.report import outcome_json  # noqa: E402
from reviewer.evaluation.split import split_of  # noqa: E402
from reviewer.pipeline import read_contract, review_document  # noqa: E402

MODULES = {"judge": judge, "matching": matching}


def development_documents() -> list[tuple[Label, Path, str, int]]:
    """(label, contract, vendor, fold) of each development document of tests/corpus_real."""
    folder = ROOT / "tests" / "corpus_real"
    out = []
    for label, contract in find_labelled(folder):
        vendor = vendor_of(folder / f"{label.name}.expected.json")
        if contract is not None and vendor and split_of(vendor) == "dev":
            out.append((label, contract, vendor, vendor_fold(vendor)))
    return out


def fold_models(pattern: str) -> list[RelevanceModel | None]:
    """The five fold models (``{k}`` in ``pattern``: the fold left out). From here on this
    process judges alone: a long contract's second process would judge its half of the
    items with the shipped model (`judge._shares_items`), which saw the document."""
    models = [load_model(Path(pattern.format(k=k))) for k in range(5)]
    parallel.switch_off()
    return models


def fold_commitments(pattern: str | None) -> list[RelevanceModel | None]:
    """The five fold commitment models (``{k}`` in ``pattern``), or five Nones without a pattern:
    the shipped model saw every development document, so out of fold it is off."""
    return [load_model(Path(pattern.format(k=k))) if pattern else None for k in range(5)]


def judge_with(model: RelevanceModel | None, commitment: RelevanceModel | None = None) -> None:
    """The reviews that follow use ``model`` (a document's fold model) and ``commitment`` (its
    fold's commitment model; None: off)."""
    matching.load_model = lambda: model  # type: ignore[assignment]
    judge.commitment_model = lambda: commitment  # type: ignore[assignment]


def parse_try(text: str) -> tuple[str, str, list[float | None]]:
    """``judge.VETO_BELOW=0.1,0.2`` -> (module, name, values); ``off`` is None. A per-item
    table takes the item in brackets: ``matching.ADD_ABOVE_BY_ITEM[data-use]=0.6,0.7`` (``off``:
    the item leaves the table and takes the shared value)."""
    target, _, values = text.partition("=")
    module, _, name = target.partition(".")
    table, _, key = name.partition("[")
    if module not in MODULES or not hasattr(MODULES[module], table) or not values \
            or (key and not (key.endswith("]") and isinstance(getattr(MODULES[module], table), dict))):
        raise SystemExit(f"--try {text!r}: expected judge.NAME=V1,V2, matching.NAME=V1,V2 "
                         "or module.TABLE[item]=V1,V2")
    return module, name, [None if v == "off" else float(v) for v in values.split(",")]


@contextmanager
def setting(module: str, name: str, value: float | None) -> Iterator[None]:
    table, _, key = name.partition("[")
    item = key.removesuffix("]")
    old = getattr(MODULES[module], table)
    if item:
        # A per-item table: a copy with the item's value set (or removed: off).
        changed = {k: v for k, v in old.items() if k != item}
        if value is not None:
            changed[item] = value
        setattr(MODULES[module], table, changed)
    else:
        setattr(MODULES[module], name, value)
    try:
        yield
    finally:
        setattr(MODULES[module], table, old)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--models", required=True, help="model path with {k} for the left-out fold")
    parser.add_argument("--try", dest="tries", action="append", default=[], type=parse_try,
                        help="module.NAME=V1,V2,... (off = None); repeatable")
    parser.add_argument("--commitment", metavar="PATTERN",
                        help="the five fold commitment models ({k}: the fold left out; "
                        "tools/train_commitment.py --folds); without it the commitment model is off, "
                        "since the shipped one saw every development document")
    parser.add_argument("--json", type=Path, help="write the current settings' out-of-fold outcomes here, "
                        "in `reviewer eval --json`'s outcome format (for error analysis)")
    args = parser.parse_args(argv)
    docs = [(label, read_contract(str(contract)), fold) for label, contract, _, fold in development_documents()]
    print(f"{len(docs)} development documents", flush=True)
    models = fold_models(args.models)
    commitments = fold_commitments(args.commitment)

    def run() -> list[ItemOutcome]:
        outcomes: list[ItemOutcome] = []
        for label, document, fold in docs:
            judge_with(models[fold], commitments[fold])
            outcomes.extend(o for o in compare_with_label(label, review_document(document)) if o.item_id in ITEM_IDS)
        return outcomes

    def show(title: str, outcomes: list[ItemOutcome], base: dict[tuple[str, str], bool]) -> dict[tuple[str, str], bool]:
        right: dict[tuple[str, str], bool] = {}
        for group, ids in (("25 items", SPEC_ITEM_IDS), ("red flags", RED_FLAG_IDS)):
            right |= show_group(f"{title} ({group})", [o for o in outcomes if o.item_id in ids], base)
        return right

    def show_group(title: str, outcomes: list[ItemOutcome],
                   base: dict[tuple[str, str], bool]) -> dict[tuple[str, str], bool]:
        right = {(o.contract, o.item_id): o.correct for o in outcomes}
        if not right:
            return right
        gained = sorted(k for k, ok in right.items() if ok and not base.get(k, ok))
        lost = sorted(k for k, ok in right.items() if not ok and base.get(k, ok))
        fm, fm_n = false_met(outcomes)
        ev, ev_n = evidence_hits(outcomes)
        fa, fa_n = facts_hits(outcomes)
        print(f"{title}: accuracy {sum(right.values()) / len(right):.4f} ({sum(right.values())}/{len(right)}), "
              f"false-met {fm / max(fm_n, 1):.4f}, evidence {ev / max(ev_n, 1):.4f}, "
              f"facts {fa / max(fa_n, 1):.4f}, +{len(gained)} -{len(lost)}", flush=True)
        for sign, keys in (("+", gained), ("-", lost)):
            for name, item_id in keys:
                print(f"    {sign} {name} {item_id}")
        return right

    current = run()
    if args.json:
        args.json.write_text(json.dumps({"outcomes": [outcome_json(o) for o in current]}, ensure_ascii=False))
    base = show("current", current, {})
    for module, name, values in args.tries:
        for value in values:
            with setting(module, name, value):
                show(f"{module}.{name}={'off' if value is None else value}", run(), base)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
