"""Train reviewer/analysis/models/confidence.json: how sure the tool is, learned out of fold.

Every labelled item of every development document of tests/corpus_real is one
example: the finding's features (`confidence_model.features`: its item and
status, the language, the hand rating, the words of its first reason, its
facts) and whether its status is the label's. The documents are reviewed as
`tools/tune_thresholds.py` reviews them, each with the relevance model trained
without its vendor's fold, and with the hand rating (`judge.LEARNED_CONFIDENCE`
off): findings judged in sample are right too often to learn the doubtful
kinds from.

    # the five fold models (a few minutes each)
    for k in 0 1 2 3 4; do
      python tools/train_relevance.py --fold train --fold-index $k --out /tmp/folds_$k/relevance.json
    done
    python tools/train_commitment.py --out /tmp/commit.json --folds '/tmp/commit_{k}.json'
    python tools/train_confidence.py --models '/tmp/folds_{k}/relevance.json' \\
        --commitment '/tmp/commit_{k}.json' --cv

``--cv`` also reports, per vendor fold, how a model trained on the other four
orders that fold's findings against the hand rating: the share of the wrong
statuses among the least sure third and fifth, which is what "least sure
first" is for. ``--examples FILE`` keeps the reviewed examples (reused when the
file exists: refitting then takes seconds). Deterministic: liblinear with a
fixed seed over features in sorted order; the weights are rounded.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from tune_thresholds import development_documents, fold_commitments, fold_models, judge_with  # noqa: E402

from reviewer.analysis import judge  # noqa: E402
from reviewer.analysis.confidence_model import MODEL_FORMAT, MODEL_PATH, ConfidenceModel, features  # noqa: E402
from reviewer.evaluation.metrics import compare_with_label  # noqa: E402
from reviewer.pipeline import read_contract, review_document  # noqa: E402

# One labelled item of one document: {"contract", "vendor", "fold", "item", "status" (the
# tool's), "expected" (the label's), "rated" (the hand rating), "feats": {name: value},
# "right": bool}.
Example = dict

# The level of the learned chance: the mean over the development findings is set to the
# tool's accuracy on contracts nobody tuned it to, not the ~95 % it has on development
# documents out of fold (their rules were written on them). The blind scores of corpus
# rounds 31-40 (tests/corpus_real/README.md, each with the release of its day) average
# 83 % on 172 documents; the releases have improved since: 0.85.
EXPECT = 0.85
MIN_COUNT = 5  # a feature seen in fewer examples is dropped (a clause number, a rare word)


def reviewed(models_pattern: str, commitment_pattern: str | None = None) -> list[Example]:
    """Every development item, judged out of fold with the hand rating (the commitment model of
    the document's fold too, or none: the shipped one saw every development document)."""
    models = fold_models(models_pattern)
    commitments = fold_commitments(commitment_pattern)
    if any(m is None for m in models):
        raise SystemExit(f"a fold model of {models_pattern} is missing or unreadable")
    judge.LEARNED_CONFIDENCE = False
    out: list[Example] = []
    for label, contract, vendor, fold in development_documents():
        judge_with(models[fold], commitments[fold])
        document = read_contract(str(contract))
        review = review_document(document)
        for o in compare_with_label(label, review):
            finding = review.finding(o.item_id)
            if finding.confidence is None:
                continue
            reason = finding.reasons[0].en if finding.reasons else ""
            feats = features(o.item_id, finding.status, document.language, finding.confidence,
                             reason, len(finding.facts))
            out.append({"contract": label.name, "vendor": vendor, "fold": fold, "item": o.item_id,
                        "status": finding.status.value, "expected": o.expected.value,
                        "rated": finding.confidence, "feats": feats, "right": bool(o.correct)})
        print(f"  {label.name}", file=sys.stderr, flush=True)
    return out


def fit(examples: Sequence[Example], c: float, expect: float) -> dict[str, object]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    counts: dict[str, int] = {}
    for e in examples:
        for k in e["feats"]:
            counts[k] = counts.get(k, 0) + 1
    kept = {k for k, n in counts.items() if n >= MIN_COUNT}
    rows = [{k: v for k, v in sorted(e["feats"].items()) if k in kept} for e in examples]
    vectorizer = DictVectorizer(sort=True)
    x = vectorizer.fit_transform(rows).toarray()  # dense: a few hundred columns
    y = [1 if e["right"] else 0 for e in examples]
    model = LogisticRegression(C=c, solver="liblinear", max_iter=1000, random_state=0)
    model.fit(x, y)
    names = vectorizer.get_feature_names_out()
    weights = {str(names[i]): round(float(w), 4) for i, w in enumerate(model.coef_[0]) if round(float(w), 4)}
    bias = round(float(model.intercept_[0]), 4)
    unlevelled = ConfidenceModel(bias, 0.0, weights)
    margins = [bias + unlevelled.weighed(e["feats"]) for e in examples]
    return {"format": MODEL_FORMAT, "c": c, "expect": expect, "bias": bias,
            "shift": round(_shift_for(margins, expect), 4), "weights": weights,
            "trained_on": sorted({e["contract"] for e in examples}),
            "accuracy_out_of_fold": round(sum(y) / len(y), 4)}


def _shift_for(margins: Sequence[float], expect: float) -> float:
    """The s for which the mean of sigmoid(margin + s) is ``expect`` (bisection)."""
    lo, hi = -20.0, 20.0
    for _ in range(80):
        mid = (lo + hi) / 2
        mean = sum(1 / (1 + math.exp(-max(-40.0, min(40.0, m + mid)))) for m in margins) / len(margins)
        lo, hi = (mid, hi) if mean < expect else (lo, mid)
    return (lo + hi) / 2


def _unlevelled(model: dict[str, object]) -> ConfidenceModel:
    """The trained model before its level is set (`shift` moves no finding past another)."""
    return ConfidenceModel(float(model["bias"]), 0.0, model["weights"])  # type: ignore[arg-type]


def caught(ranked: Iterable[bool], share: float) -> tuple[int, int, float]:
    """(wrong among the least sure ``share``, wrong in all, accuracy of that share)."""
    rights = list(ranked)
    n = round(len(rights) * share)
    wrong = sum(not r for r in rights[:n])
    return wrong, sum(not r for r in rights), 1 - wrong / max(n, 1)


def cross_validate(examples: Sequence[Example], c: float) -> None:
    """Each vendor fold ordered by a model trained on the other four, against the hand rating."""
    learned: list[tuple[float, int, bool]] = []
    hand: list[tuple[float, int, bool]] = []
    for k in range(5):
        train = [e for e in examples if e["fold"] != k]
        model = _unlevelled(fit(train, c, EXPECT))
        for i, e in enumerate(examples):
            if e["fold"] == k:
                learned.append((model.chance(e["feats"]), i, e["right"]))
                hand.append((e["rated"], i, e["right"]))
    for name, rows in (("hand rating", hand), ("learned", learned)):
        ranked = [r for _, _, r in sorted(rows)]  # ties: document order, as `reviewer eval`
        for share in (1 / 5, 1 / 3):
            wrong, total, acc = caught(ranked, share)
            print(f"{name:12s} least sure {share:.0%}: {wrong}/{total} of the wrong statuses "
                  f"({wrong / max(total, 1):.1%}), accuracy {acc:.1%}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--models", help="fold relevance models, {k} for the left-out fold")
    parser.add_argument("--commitment", help="fold commitment models, {k} for the left-out fold "
                        "(tools/train_commitment.py --folds); without it the commitment model is off")
    parser.add_argument("--examples", type=Path, help="keep (or reuse) the reviewed examples here")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--c", type=float, default=0.1, help="inverse regularisation strength")
    parser.add_argument("--expect", type=float, default=EXPECT)
    parser.add_argument("--cv", action="store_true", help="report vendor-fold cross-validation")
    args = parser.parse_args(argv)
    if args.examples and args.examples.exists():
        examples = json.loads(args.examples.read_text(encoding="utf-8"))
    else:
        if not args.models:
            parser.error("--models is needed to review the documents (or --examples FILE that exists)")
        examples = reviewed(args.models, args.commitment)
        if args.examples:
            args.examples.write_text(json.dumps(examples, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    print(f"{len(examples)} findings of {len({e['contract'] for e in examples})} development documents, "
          f"{sum(not e['right'] for e in examples)} wrong", flush=True)
    if args.cv:
        cross_validate(examples, args.c)
    model = fit(examples, args.c, args.expect)
    args.out.write_text(json.dumps(model, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(model['weights'])} weights, shift {model['shift']}")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
