"""Out-of-fold evaluation of the development side: each document judged by a
relevance model trained without its vendors.

    .venv/bin/python tools/out_of_fold.py train /tmp/folds            # five fold models (~12 min on 2 CPUs)
    .venv/bin/python tools/out_of_fold.py eval /tmp/folds --json /tmp/oof.json [--tree DIR]

The development vendors fall in five folds (`train_relevance.vendor_fold`);
``train`` writes ``DIR/fold-K/relevance.json`` (and its compact form), each
trained by `tools/train_relevance.py --fold train --fold-index K`, that is
without fold K. ``eval`` judges fold K's development documents with fold K's
model and the code of ``--tree`` (default: this checkout, so a change can be
measured before it is committed; the tree is copied, with the fold's model in
place of the shipped one, and run as ``reviewer eval``), merges the outcomes
of the five folds into one JSON of the shape ``reviewer eval --json`` writes,
and prints the figures: the 25 items, per language, and the red flags.

In-sample figures flatter the rules and the model alike; out of fold is the
development figure that predicts the test side. Compare two runs half by half
with `tools/dev_halves.py`.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reviewer.evaluation.split import split_of  # noqa: E402
from tools.train_relevance import ITEM_IDS, vendor_fold  # noqa: E402

REAL = ROOT / "tests" / "corpus_real"
FOLDS = 5
MODELS = Path("reviewer") / "analysis" / "models"


def train(out: Path, jobs: int) -> None:
    def one(k: int) -> None:
        target = out / f"fold-{k}" / "relevance.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, str(ROOT / "tools" / "train_relevance.py"), "--fold", "train",
                        "--fold-index", str(k), "--out", str(target)], check=True, cwd=ROOT,
                       stdout=subprocess.DEVNULL)
        print(f"fold {k}: {target}")

    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        list(pool.map(one, range(FOLDS)))


def _fold_documents(k: int, folder: Path) -> int:
    """Links to fold k's development documents and labels in ``folder``; how many."""
    count = 0
    for label in sorted(REAL.glob("*.expected.json")):
        vendor = json.loads(label.read_text(encoding="utf-8")).get("vendor")
        if not vendor or split_of(vendor) != "dev" or vendor_fold(vendor) != k:
            continue
        stem = label.name.removesuffix(".expected.json")
        for path in (label, *(REAL / f"{stem}{ext}" for ext in (".pdf", ".docx"))):
            if path.exists():
                (folder / path.name).symlink_to(path)
        count += 1
    return count


def evaluate(models: Path, tree: Path, out: Path, jobs: int = 2) -> list[dict]:
    for k in range(FOLDS):
        if not (models / f"fold-{k}" / "relevance.json").exists():
            raise SystemExit(f"{models / f'fold-{k}'} has no model: run `tools/out_of_fold.py train {models}` first")
    with tempfile.TemporaryDirectory(prefix="oof-") as tmp:

        def one(k: int) -> list[dict]:
            model = models / f"fold-{k}" / "relevance.json"
            code = Path(tmp) / f"tree-{k}"
            shutil.copytree(tree / "reviewer", code / "reviewer", ignore=shutil.ignore_patterns("__pycache__"))
            shutil.copytree(tree / "checklists", code / "checklists")
            for name in ("relevance.json", "relevance.compact.json"):
                shutil.copy(model.with_name(name), code / MODELS / name)
            docs = Path(tmp) / f"docs-{k}"
            docs.mkdir()
            n = _fold_documents(k, docs)
            part = Path(tmp) / f"fold-{k}.json"
            env = dict(os.environ, PYTHONPATH=str(code))
            proc = subprocess.run([sys.executable, "-m", "reviewer", "eval", str(docs), "--split", "dev",
                                   "--json", str(part)], cwd=code, env=env, capture_output=True, text=True)
            if proc.returncode != 0:
                raise SystemExit(f"fold {k}: reviewer eval failed\n{proc.stderr[-3000:]}")
            print(f"fold {k}: {n} documents")
            return list(json.loads(part.read_text(encoding="utf-8"))["outcomes"])

        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            outcomes = [o for fold in pool.map(one, range(FOLDS)) for o in fold]
    out.write_text(json.dumps({"outcomes": outcomes}, ensure_ascii=False), encoding="utf-8")
    return outcomes


def figures(outcomes: list[dict]) -> str:
    """Accuracy, false-met (of the gold vague and missing), evidence and facts."""
    n = len(outcomes)
    if not n:
        return "no outcomes"
    right = sum(o["expected"] == o["got"] for o in outcomes)
    negatives = [o for o in outcomes if o["expected"] != "met"]
    false_met = sum(o["got"] == "met" for o in negatives)
    evidence = [o["evidence_hit"] for o in outcomes if o.get("evidence_hit") is not None]
    facts = [f["ok"] for o in outcomes for f in (o.get("facts") or [])]
    return (f"n={n} accuracy {100 * right / n:.2f} %, false-met {100 * false_met / max(1, len(negatives)):.1f} % "
            f"({false_met}), evidence {100 * sum(evidence) / max(1, len(evidence)):.1f} %, "
            f"facts {100 * sum(facts) / max(1, len(facts)):.1f} % of {len(facts)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    t = sub.add_parser("train", help="train the five fold models")
    t.add_argument("models", type=Path)
    t.add_argument("--jobs", type=int, default=2)
    e = sub.add_parser("eval", help="judge each fold with its model")
    e.add_argument("models", type=Path)
    e.add_argument("--json", type=Path, required=True)
    e.add_argument("--tree", type=Path, default=ROOT, help="the checkout whose code judges (default: this one)")
    e.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    if args.command == "train":
        train(args.models, args.jobs)
        return 0
    outcomes = evaluate(args.models, args.tree.resolve(), args.json, args.jobs)
    items = set(ITEM_IDS)
    main_items = [o for o in outcomes if o["item"] in items]
    print("25 items:", figures(main_items))
    for lang in ("en", "zh"):
        print(f"  {lang}:", figures([o for o in main_items if o.get("language") == lang]))
    red = [o for o in outcomes if o["item"] not in items]
    if red:
        print("red flags:", figures(red))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
