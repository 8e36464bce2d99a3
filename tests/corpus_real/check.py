"""Check labels of a corpus folder against their sources, without importing ``reviewer``.

Usage::

    .venv/bin/python tests/corpus_real/check.py [FOLDER] [--only NAME]

Checks: every item id exactly once with a valid status (the 25 required; the
five red-flag ids of docs/checklist-spec.md optional, all five or none); 1-3 evidence quotes
(5-60 characters) for met/vague, none for missing, each occurring in one
paragraph or table cell of the source; facts of the right shape; the
metadata keys of LABELLING.md. Prints one line per problem; exit 1 if any.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run by path: the repository's root, for tests.scripts
from tests.scripts import corpus_builder  # noqa: E402

build = corpus_builder()

# The same lists as reviewer/evaluation/items.py, which this script does not import
# (tests/evaluation/test_item_ids.py holds them equal).
ITEM_IDS = [
    "severity-definitions", "response-times", "resolution-times", "response-clock",
    "support-hours", "support-channels", "escalation-path", "ticket-closure",
    "service-reports", "incident-rca", "proactive-notice", "update-policy",
    "version-support-window", "compatibility", "availability", "quality-metrics",
    "sla-measurement", "service-credits", "security-certifications", "encryption",
    "security-incident", "data-residency", "data-use", "support-scope",
    "documentation-training",
]
# docs/checklist-spec.md, section red-flags (issue 15): optional, labelled on part of the corpus.
RED_FLAG_IDS = [
    "unilateral-amendment", "credits-not-sole-remedy", "independent-measurement",
    "no-final-interpretation", "suspension-limits",
]
META_KEYS = ("vendor", "source", "kind", "pages", "labeller")
KINDS = {"sla", "support", "security", "dpa", "order", "msa", "service-contract", "terms"}


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def rendered_units(source: Path) -> list[str]:
    """The texts a reader of the rendered file sees: one per paragraph or table cell."""
    src = build.parse_source(source)
    auto = src.meta.get("numbering") == "auto"
    units = [src.meta.get("title", "")]
    for block in src.blocks:
        if block.kind == "table":
            units.append(block.title)
            units += [cell for row in block.rows for cell in row]
            continue
        text = block.text
        if auto:
            for pattern, _level in build.AUTO_PATTERNS[src.language]:
                if m := pattern.match(text):
                    text = text[m.end():]
                    break
        units.append(text)
    return [fold(u) for u in units if u]


def _metadata_problems(name: str, data: dict) -> list[str]:
    problems = [f"{name}: metadata key {key!r} missing" for key in META_KEYS if key not in data]
    if data.get("kind") not in KINDS:
        problems.append(f"{name}: kind {data.get('kind')!r} not one of {sorted(KINDS)}")
    if not isinstance(data.get("source"), list) or not data.get("source"):
        problems.append(f"{name}: 'source' must be a non-empty list of addresses")
    return problems


def _fact_shape_ok(key: str, value: object) -> bool:
    if key == "levels":
        return isinstance(value, list) and all(
            isinstance(v, dict) and isinstance(v.get("level"), str)
            and isinstance(v.get("minutes"), int | float) for v in value)
    if key == "plans":
        return isinstance(value, list) and all(isinstance(p, dict) and "plan" in p and "levels" in p
                                               for p in value)
    if key in ("percent", "months", "hours"):
        return isinstance(value, int | float)
    return False


def _item_problems(name: str, item_id: str, entry: dict, units: list[str]) -> list[str]:
    problems: list[str] = []
    status, evidence = entry.get("status"), entry.get("evidence", [])
    if status not in ("met", "vague", "missing"):
        problems.append(f"{name} {item_id}: status {status!r}")
    if status == "missing" and evidence:
        problems.append(f"{name} {item_id}: missing with evidence")
    if status in ("met", "vague") and not 1 <= len(evidence) <= 3:
        problems.append(f"{name} {item_id}: {status} needs 1-3 quotes")
    for quote in evidence:
        if not 5 <= len(quote) <= 60:
            problems.append(f"{name} {item_id}: quote length {len(quote)}: {quote!r}")
        if not any(fold(quote) in unit for unit in units):
            problems.append(f"{name} {item_id}: quote not in one paragraph/cell: {quote!r}")
    for key, value in entry.get("facts", {}).items():
        if not _fact_shape_ok(key, value):
            problems.append(f"{name} {item_id}: fact {key}={value!r} has the wrong shape")
    return problems


def check_label(path: Path, *, metadata: bool = True) -> list[str]:
    name = path.name[: -len(".expected.json")]
    problems: list[str] = []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        return [f"{name}: not valid JSON ({exc})"]
    src = path.parent / "src" / f"{name}.txt"
    if not src.exists():
        return [f"{name}: no source {src}"]
    units = rendered_units(src)
    if not (path.parent / data.get("file", "")).is_file():
        problems.append(f"{name}: file {data.get('file')!r} not built next to the label")
    if metadata:
        problems.extend(_metadata_problems(name, data))
    items = data.get("items", {})
    absent = sorted(set(ITEM_IDS) - set(items))
    extra = sorted(set(items) - set(ITEM_IDS) - set(RED_FLAG_IDS))
    if absent or extra:
        problems.append(f"{name}: items differ from the 25 ids (+ optional red flags): "
                        f"extra {extra} missing {absent}")
    flags = sorted(set(items) & set(RED_FLAG_IDS))
    if flags and flags != sorted(RED_FLAG_IDS):
        problems.append(f"{name}: red flags are labelled all five or none: missing "
                        f"{sorted(set(RED_FLAG_IDS) - set(flags))}")
    for item_id in flags:
        if items[item_id].get("facts"):
            problems.append(f"{name} {item_id}: red-flag items take no facts")
    for item_id, entry in items.items():
        problems.extend(_item_problems(name, item_id, entry, units))
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?", default=str(HERE))
    parser.add_argument("--only")
    args = parser.parse_args(argv)
    folder = Path(args.folder)
    labels = sorted(folder.glob("*.expected.json"))
    if args.only:
        labels = [p for p in labels if p.name.startswith(args.only)]
    problems = [p for label in labels for p in check_label(label)]
    print("\n".join(problems) if problems else f"{len(labels)} label(s) OK")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
