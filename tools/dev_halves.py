"""Compare two evaluations of the development side, half by half.

    python tools/dev_halves.py BEFORE.json AFTER.json [--facts]

BEFORE and AFTER are ``reviewer eval tests/corpus_real --split dev --json``
outputs, or better the out-of-fold runs ``tools/tune_thresholds.py --models
... --json`` writes in the same shape (in-sample figures flatter the model). Status changes (``--facts``:
fact changes) of the *study* half are listed, FIX / BRK / chg; the *check*
half gives only its totals, so a round of rules cannot be tuned on it
(`reviewer.evaluation.split.half_of`). Keep a change when the check half gains
as well: one that helps only the study half is a narrow phrase.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reviewer.evaluation.split import half_of  # noqa: E402

REAL = ROOT / "tests" / "corpus_real"


def _outcomes(path: Path, facts: bool) -> dict[tuple[str, ...], dict]:
    out: dict[tuple[str, ...], dict] = {}
    for o in json.loads(path.read_text(encoding="utf-8"))["outcomes"]:
        if facts:
            for f in o.get("facts") or []:
                out[(o["contract"], o["item"], f["key"])] = {"got": f["got"], "ok": f["ok"],
                                                             "expected": f["expected"]}
        else:
            out[(o["contract"], o["item"])] = {"got": o["got"], "ok": o["got"] == o["expected"],
                                               "expected": o["expected"]}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("before", type=Path)
    ap.add_argument("after", type=Path)
    ap.add_argument("--facts", action="store_true", help="compare facts instead of statuses")
    args = ap.parse_args(argv)
    a, b = _outcomes(args.before, args.facts), _outcomes(args.after, args.facts)
    vendors: dict[str, str] = {}
    totals = {"study": [0, 0], "check": [0, 0]}
    for key in sorted(set(a) & set(b)):
        x, y = a[key], b[key]
        if x["got"] == y["got"]:
            continue
        tag = "FIX" if y["ok"] and not x["ok"] else "BRK" if x["ok"] and not y["ok"] else "chg"
        contract = key[0]
        if contract not in vendors:
            label = json.loads((REAL / f"{contract}.expected.json").read_text(encoding="utf-8"))
            vendors[contract] = label["vendor"]
        half = half_of(vendors[contract])
        totals[half][0] += tag == "FIX"
        totals[half][1] += tag == "BRK"
        if half == "study":
            print(tag, *key, "expected", json.dumps(x["expected"], ensure_ascii=False)[:120],
                  json.dumps(x["got"], ensure_ascii=False)[:120], "->",
                  json.dumps(y["got"], ensure_ascii=False)[:120])
    for half, (fixed, broken) in totals.items():
        print(f"{half} half: fixed {fixed} broken {broken} net {fixed - broken:+d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
