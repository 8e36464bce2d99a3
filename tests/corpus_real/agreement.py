"""Agreement between the first labels and an independent second labelling.

Usage::

    .venv/bin/python tests/corpus_real/agreement.py [--json OUT] [--disagreements]

A second labeller, who had seen neither the first labels nor the tool's
output, labelled a sample of documents from the sources alone
(``second/<name>.second.json``). This prints how often the two agree on the
status, on the addressed-or-missing boundary (met or vague vs missing) and on
vague vs missing where either said one of them, with Cohen's kappa, per item:
the disputed labels are a real share of the error budget, and no tool can be
expected to agree with the labels more often than labellers agree with each
other.

The five red-flag items (``docs/checklist-spec.md``, section ``red-flags``)
are labelled on part of the corpus only and were labelled a second time
separately (``labeller: second-redflags``, or added to an existing second
file); they are reported in a section of their own so that the figures of the
25 items stay comparable. ``--disagreements`` lists every label the two
labellers disagree on, with both evidences.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
STATUSES = ("met", "vague", "missing")
# The red-flag items of docs/checklist-spec.md (section red-flags; the same as
# reviewer/evaluation/items.py, which this script does not import); every other
# item of a label file is one of the 25 main items.
RED_FLAGS = (
    "unilateral-amendment",
    "credits-not-sole-remedy",
    "independent-measurement",
    "no-final-interpretation",
    "suspension-limits",
)


def kappa(pairs: list[tuple[str, str]]) -> float | None:
    """Cohen's kappa of two labellers' categories."""
    n = len(pairs)
    if not n:
        return None
    observed = sum(a == b for a, b in pairs) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(first[c] * second[c] for c in set(first) | set(second)) / (n * n)
    return None if expected == 1 else (observed - expected) / (1 - expected)


def _first_path(folder: Path, name: str) -> Path | None:
    for path in (folder / f"{name}.expected.json", folder / "same_source" / f"{name}.expected.json"):
        if path.exists():
            return path
    return None


Entry = dict[str, object]


def labelled_twice(folder: Path, red_flags: bool = False) -> list[tuple[str, str, Entry, Entry]]:
    """(document, item, first entry, second entry) for every doubly labelled item of one section.

    ``red_flags`` selects the five red-flag items, otherwise the 25 main items.
    """
    out = []
    for second in sorted((folder / "second").glob("*.second.json")):
        name = second.name.removesuffix(".second.json")
        first_path = _first_path(folder, name)
        if first_path is None:
            continue
        first = json.loads(first_path.read_text(encoding="utf-8"))["items"]
        other = json.loads(second.read_text(encoding="utf-8"))["items"]
        for item_id, entry in first.items():
            if item_id in other and (item_id in RED_FLAGS) == red_flags:
                out.append((name, item_id, entry, other[item_id]))
    return out


def pairs_of(folder: Path, red_flags: bool = False) -> list[tuple[str, str, str, str]]:
    """(document, item, first status, second status) for every doubly labelled item of one section."""
    return [(name, item, str(a["status"]), str(b["status"])) for name, item, a, b in labelled_twice(folder, red_flags)]


def disagreements(folder: Path, red_flags: bool = False) -> list[dict[str, object]]:
    """Every doubly labelled item whose two statuses differ, with both labellers' evidence."""
    return [
        {"document": name, "item": item, "first": a["status"], "second": b["status"],
         "first_evidence": a.get("evidence", []), "second_evidence": b.get("evidence", [])}
        for name, item, a, b in labelled_twice(folder, red_flags)
        if a["status"] != b["status"]
    ]


def twin_pairs(folder: Path) -> list[tuple[str, str, str, str]]:
    """(document, item, status, twin's status) for the documents written twice from one source."""
    table = (folder / "same_source" / "README.md").read_text(encoding="utf-8")
    out = []
    for here, twin in re.findall(r"^\| ([a-z0-9-]+) \| ([a-z0-9-]+) \|$", table, re.M):
        a = json.loads((folder / "same_source" / f"{here}.expected.json").read_text(encoding="utf-8"))["items"]
        b = json.loads((folder / f"{twin}.expected.json").read_text(encoding="utf-8"))["items"]
        out += [(twin, k, b[k]["status"], a[k]["status"]) for k in b if k in a]
    return out


def _agreement(pairs: list[tuple[str, str]]) -> float | None:
    return (sum(a == b for a, b in pairs) / len(pairs)) if pairs else None


def _figures(status: list[tuple[str, str]]) -> dict[str, object]:
    """Status, addressed-or-missing and vague-vs-missing agreement of a list of (first, second) statuses."""
    addressed = [(str(a != "missing"), str(b != "missing")) for a, b in status]
    vm = [(a, b) for a, b in status if {a, b} <= {"vague", "missing"} and "vague" in (a, b)]
    return {
        "items": len(status),
        "status_agreement": _agreement(status),
        "status_kappa": kappa(status),
        "addressed_agreement": _agreement(addressed),
        "addressed_kappa": kappa(addressed),
        "vague_or_missing_items": len(vm),
        "vague_vs_missing_agreement": _agreement(vm),
    }


def report(rows: list[tuple[str, str, str, str]]) -> dict[str, object]:
    status = [(a, b) for _, _, a, b in rows]
    by_item: dict[str, list[tuple[str, str]]] = {}
    for _, item, a, b in rows:
        by_item.setdefault(item, []).append((a, b))
    matrix = {a: {b: sum(1 for x, y in status if (x, y) == (a, b)) for b in STATUSES} for a in STATUSES}
    return {
        "documents": len({d for d, *_ in rows}),
        **_figures(status),
        "confusion_first_by_second": matrix,
        "by_item": {k: sum(a == b for a, b in v) / len(v) for k, v in by_item.items()},
        "per_item": {k: _figures(v) for k, v in by_item.items()},
    }


def _pct(value: object) -> str:
    return "-" if value is None else f"{float(value):.1%}"  # type: ignore[arg-type]


def _kappa(value: object) -> str:
    return "-" if value is None else f"{float(value):.3f}"  # type: ignore[arg-type]


def _print_summary(result: dict[str, object]) -> None:
    print(f"{result['documents']} documents, {result['items']} item labels labelled twice")
    print(f"status agreement {_pct(result['status_agreement'])}, kappa {_kappa(result['status_kappa'])}")
    print(f"addressed (met/vague) vs missing agreement {_pct(result['addressed_agreement'])}, "
          f"kappa {_kappa(result['addressed_kappa'])}")
    print(f"vague vs missing, where either said vague: {_pct(result['vague_vs_missing_agreement'])} "
          f"of {result['vague_or_missing_items']}")
    print("first (rows) x second (columns):")
    matrix = result["confusion_first_by_second"]
    assert isinstance(matrix, dict)
    for a in STATUSES:
        print(f"  {a:<8}" + "".join(f"{matrix[a][b]:>8}" for b in STATUSES))


def _print_red_flags(result: dict[str, object], languages: dict[str, int]) -> None:
    print()
    print("red flags (the five items of docs/checklist-spec.md, section red-flags), reported apart from the 25:")
    if not result["items"]:
        print("  no red-flag item labelled twice")
        return
    print("  " + ", ".join(f"{n} {lang}" for lang, n in sorted(languages.items())))
    _print_summary(result)
    per_item = result["per_item"]
    assert isinstance(per_item, dict)
    print(f"  {'item':<26}{'n':>4}{'status':>9}{'kappa':>8}{'addressed':>11}{'vague/missing':>15}")
    for item in RED_FLAGS:
        if item not in per_item:
            continue
        f = per_item[item]
        print(f"  {item:<26}{f['items']:>4}{_pct(f['status_agreement']):>9}{_kappa(f['status_kappa']):>8}"
              f"{_pct(f['addressed_agreement']):>11}"
              f"{_pct(f['vague_vs_missing_agreement']) + ' of ' + str(f['vague_or_missing_items']):>15}")


def _print_disagreements(rows: list[dict[str, object]]) -> None:
    for row in rows:
        print(f"  {row['document']} | {row['item']} | first {row['first']} {row['first_evidence']} | "
              f"second {row['second']} {row['second_evidence']}")


def languages_of(folder: Path, rows: list[tuple[str, str, str, str]]) -> dict[str, int]:
    """How many of the documents in ``rows`` are in each language (the first label's ``language``)."""
    counts: dict[str, int] = {}
    for name in sorted({d for d, *_ in rows}):
        path = _first_path(folder, name)
        assert path is not None
        lang = str(json.loads(path.read_text(encoding="utf-8")).get("language", "?"))
        counts[lang] = counts.get(lang, 0) + 1
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path)
    parser.add_argument("--disagreements", action="store_true",
                        help="list every label the two labellers disagree on, with both evidences")
    args = parser.parse_args(argv)
    result = report(pairs_of(HERE))
    _print_summary(result)
    by_item = result["by_item"]
    assert isinstance(by_item, dict)
    print("least agreed items: " + ", ".join(f"{k} {v:.0%}" for k, v in sorted(by_item.items(),
                                                                              key=lambda kv: kv[1])[:6]))
    if args.disagreements:
        _print_disagreements(disagreements(HERE))
    twins = report(twin_pairs(HERE))
    print(f"documents written twice from one source by two writers: {twins['documents']}, "
          f"status agreement {twins['status_agreement']:.1%} (kappa {twins['status_kappa']:.3f}), "
          f"addressed vs missing {twins['addressed_agreement']:.1%}")
    red_rows = pairs_of(HERE, red_flags=True)
    red = report(red_rows)
    _print_red_flags(red, languages_of(HERE, red_rows))
    if args.disagreements:
        _print_disagreements(disagreements(HERE, red_flags=True))
    if args.json:
        result["same_source_twins"] = twins
        result["red_flags"] = red
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
