"""Agreement between the first labels and an independent second labelling.

Usage::

    .venv/bin/python tests/corpus_real/agreement.py [--json OUT]

A second labeller, who had seen neither the first labels nor the tool's
output, labelled a sample of documents from the sources alone
(``second/<name>.second.json``). This prints how often the two agree on the
status, on the addressed-or-missing boundary (met or vague vs missing) and on
vague vs missing where either said one of them, with Cohen's kappa, per item:
the disputed labels are a real share of the error budget, and no tool can be
expected to agree with the labels more often than labellers agree with each
other.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
STATUSES = ("met", "vague", "missing")


def kappa(pairs: list[tuple[str, str]]) -> float | None:
    """Cohen's kappa of two labellers' categories."""
    n = len(pairs)
    if not n:
        return None
    observed = sum(a == b for a, b in pairs) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(first[c] * second[c] for c in set(first) | set(second)) / (n * n)
    return None if expected == 1 else (observed - expected) / (1 - expected)


def pairs_of(folder: Path) -> list[tuple[str, str, str, str]]:
    """(document, item, first status, second status) for every doubly labelled item."""
    out = []
    for second in sorted((folder / "second").glob("*.second.json")):
        name = second.name.removesuffix(".second.json")
        first_path = folder / f"{name}.expected.json"
        if not first_path.exists():
            first_path = folder / "same_source" / f"{name}.expected.json"
        if not first_path.exists():
            continue
        first = json.loads(first_path.read_text(encoding="utf-8"))["items"]
        other = json.loads(second.read_text(encoding="utf-8"))["items"]
        for item_id, entry in first.items():
            if item_id in other:
                out.append((name, item_id, entry["status"], other[item_id]["status"]))
    return out


def twin_pairs(folder: Path) -> list[tuple[str, str, str, str]]:
    """(document, item, status, twin's status) for the documents written twice from one source."""
    table = (folder / "same_source" / "README.md").read_text(encoding="utf-8")
    out = []
    for here, twin in re.findall(r"^\| ([a-z0-9-]+) \| ([a-z0-9-]+) \|$", table, re.M):
        a = json.loads((folder / "same_source" / f"{here}.expected.json").read_text(encoding="utf-8"))["items"]
        b = json.loads((folder / f"{twin}.expected.json").read_text(encoding="utf-8"))["items"]
        out += [(twin, k, b[k]["status"], a[k]["status"]) for k in b if k in a]
    return out


def report(rows: list[tuple[str, str, str, str]]) -> dict[str, object]:
    status = [(a, b) for _, _, a, b in rows]
    addressed = [(str(a != "missing"), str(b != "missing")) for a, b in status]
    vm = [(a, b) for a, b in status if {a, b} <= {"vague", "missing"} and "vague" in (a, b)]
    by_item: dict[str, list[tuple[str, str]]] = {}
    for _, item, a, b in rows:
        by_item.setdefault(item, []).append((a, b))
    matrix = {a: {b: sum(1 for x, y in status if (x, y) == (a, b)) for b in STATUSES} for a in STATUSES}
    return {
        "documents": len({d for d, *_ in rows}),
        "items": len(rows),
        "status_agreement": sum(a == b for a, b in status) / len(status),
        "status_kappa": kappa(status),
        "addressed_agreement": sum(a == b for a, b in addressed) / len(addressed),
        "addressed_kappa": kappa(addressed),
        "vague_or_missing_items": len(vm),
        "vague_vs_missing_agreement": (sum(a == b for a, b in vm) / len(vm)) if vm else None,
        "confusion_first_by_second": matrix,
        "by_item": {k: sum(a == b for a, b in v) / len(v) for k, v in by_item.items()},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    result = report(pairs_of(HERE))
    print(f"{result['documents']} documents, {result['items']} item labels labelled twice")
    print(f"status agreement {result['status_agreement']:.1%}, kappa {result['status_kappa']:.3f}")
    print(f"addressed (met/vague) vs missing agreement {result['addressed_agreement']:.1%}, "
          f"kappa {result['addressed_kappa']:.3f}")
    print(f"vague vs missing, where either said vague: {result['vague_vs_missing_agreement']:.1%} "
          f"of {result['vague_or_missing_items']}")
    print("first (rows) x second (columns):")
    matrix = result["confusion_first_by_second"]
    assert isinstance(matrix, dict)
    for a in STATUSES:
        print(f"  {a:<8}" + "".join(f"{matrix[a][b]:>8}" for b in STATUSES))
    by_item = result["by_item"]
    assert isinstance(by_item, dict)
    print("least agreed items: " + ", ".join(f"{k} {v:.0%}" for k, v in sorted(by_item.items(),
                                                                              key=lambda kv: kv[1])[:6]))
    twins = report(twin_pairs(HERE))
    print(f"documents written twice from one source by two writers: {twins['documents']}, "
          f"status agreement {twins['status_agreement']:.1%} (kappa {twins['status_kappa']:.3f}), "
          f"addressed vs missing {twins['addressed_agreement']:.1%}")
    if args.json:
        result["same_source_twins"] = twins
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
