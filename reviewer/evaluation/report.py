"""Printing an `Evaluation` for people (text) and for scripts (JSON)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from reviewer.evaluation.metrics import (
    STATUSES,
    Evaluation,
    ItemOutcome,
    Matrix,
    Metrics,
    confidence_split,
    wrong_among_least_sure,
)
from reviewer.review import Status

_SHORT = {Status.MET: "met", Status.VAGUE: "vague", Status.MISSING: "missing"}


@dataclass(frozen=True)
class RunInfo:
    """What happened around the metrics: timings, skipped and failed contracts."""

    seconds: Mapping[str, float]  # contract name -> analysis time
    failed: Mapping[str, str]  # contract name -> error message
    skipped: Mapping[str, str]  # label name -> why (contract file missing)
    unmatched: Mapping[str, tuple[list[str], list[str]]]  # name -> (unreviewed, unlabelled)
    checklist: str = ""


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.1f}%"


def _frac(pair: tuple[int, int]) -> str:
    return f"{pair[0]}/{pair[1]}"


def format_matrix(matrix: Matrix) -> list[str]:
    corner = "truth \\ predicted"
    lines = [f"  {corner:<20}" + "".join(f"{_SHORT[p]:>8}" for p in STATUSES)]
    for t in STATUSES:
        row = "".join(f"{matrix[t][p]:>8}" for p in STATUSES)
        lines.append(f"  {_SHORT[t]:<20}{row}")
    return lines


def _metric_line(name: str, m: Metrics) -> str:
    return (
        f"  {name:<10} items {m.items:>4}  accuracy {_pct(m.accuracy):>6}  "
        f"macro-F1 {_pct(m.macro_f1):>6}  false-met {_pct(m.false_met_rate):>6} "
        f"({_frac(m.false_met)})  evidence {_pct(m.evidence_hit_rate):>6}  "
        f"facts {_pct(m.facts_accuracy):>6} ({_frac(m.facts)})"
    )


def format_report(ev: Evaluation, run: RunInfo, *, verbose: bool = False) -> str:
    m = ev.overall
    lines: list[str] = []
    n_contracts = len(run.seconds)
    lines.append(f"Evaluated {n_contracts} contract(s), {m.items} item decisions"
                 + (f" with checklist {run.checklist}" if run.checklist else "") + ".")
    for name, why in run.skipped.items():
        lines.append(f"  skipped {name}: {why}")
    for name, why in run.failed.items():
        lines.append(f"  FAILED {name}: {why}")

    lines += ["", "Per item (rows: truth met/vague/missing; each row: predicted met/vague/missing)"]
    width = max([len(i) for i in ev.by_item] + [4])
    lines.append(f"  {'item':<{width}}  {'n':>3}  {'acc':>6}   {'met→':>9}  {'vague→':>9}  "
                 f"{'missing→':>9}")
    for item_id, im in ev.by_item.items():
        rows = "  ".join(
            f"{'/'.join(str(im.confusion[t][p]) for p in STATUSES):>9}" for t in STATUSES
        )
        lines.append(f"  {item_id:<{width}}  {im.items:>3}  {_pct(im.accuracy):>6}   {rows}")

    lines += ["", "Overall confusion", *format_matrix(m.confusion)]
    f1 = "  ".join(f"{_SHORT[s]} {_pct(m.f1[s])}" for s in STATUSES)
    lines += [
        "",
        f"Accuracy         {_pct(m.accuracy)} ({m.correct}/{m.items})",
        f"Macro-F1         {_pct(m.macro_f1)}  (F1: {f1})",
        f"False-met rate   {_pct(m.false_met_rate)} ({_frac(m.false_met)} vague/missing "
        "items reported met)",
        f"Evidence hits    {_pct(m.evidence_hit_rate)} ({_frac(m.evidence)})",
        f"Facts accuracy   {_pct(m.facts_accuracy)} ({_frac(m.facts)})",
        *_confidence_lines(ev),
        "",
        "By language",
        *(_metric_line(k, v) for k, v in ev.by_language.items()),
        "By format",
        *(_metric_line(k, v) for k, v in ev.by_format.items()),
    ]

    if verbose:
        lines += ["", f"Misses ({len(ev.misses)})"]
        lines += [_miss_line(o) for o in ev.misses] or ["  none"]
        wrong_facts = [(o, c) for o in ev.outcomes for c in o.facts if not c.ok]
        lines += ["", f"Wrong facts ({len(wrong_facts)})"]
        lines += [
            f"  {o.contract} / {o.item_id} / {c.key}: expected {c.expected!r}, got {c.got!r}"
            for o, c in wrong_facts
        ] or ["  none"]
        no_hit = [o for o in ev.outcomes if o.evidence_hit is False]
        lines += ["", f"Evidence misses ({len(no_hit)})"]
        lines += [f"  {o.contract} / {o.item_id}" for o in no_hit] or ["  none"]
        if any(a or b for a, b in run.unmatched.values()):
            lines += ["", "Items only one side knows (left out of the metrics)"]
        for name, (unreviewed, unlabelled) in run.unmatched.items():
            if unreviewed:
                lines.append(f"  {name}: labelled but not in the checklist: "
                             f"{', '.join(unreviewed)}")
            if unlabelled:
                lines.append(f"  {name}: reviewed but not labelled: {', '.join(unlabelled)}")

    total = sum(run.seconds.values())
    lines.append("")
    if run.seconds:
        slowest = max(run.seconds, key=lambda k: run.seconds[k])
        lines.append(
            f"Analysis time    {total:.2f} s for {n_contracts} contract(s) "
            f"(mean {total / n_contracts:.2f} s, slowest {slowest} "
            f"{run.seconds[slowest]:.2f} s)"
        )
    else:
        lines.append("Analysis time    0 s (no contract was reviewed)")
    return "\n".join(lines)


def _confidence_lines(ev: Evaluation) -> list[str]:
    low, rest, n = confidence_split(ev.outcomes)
    if low is None or rest is None:
        return []
    wrong_low, wrong = wrong_among_least_sure(ev.outcomes)
    held = f", {wrong_low} of the {wrong} wrong" if wrong else ""
    return [f"Least sure third {_pct(low)} accurate ({n} decisions{held}) vs {_pct(rest)} for the rest"]


def _miss_line(o: ItemOutcome) -> str:
    reason = f" — {o.reason}" if o.reason else ""
    return (f"  {o.contract} / {o.item_id}: expected {o.expected.value}, "
            f"got {o.predicted.value}{reason}")


# -- JSON ----------------------------------------------------------------------


def metrics_json(m: Metrics) -> dict[str, Any]:
    return {
        "items": m.items,
        "correct": m.correct,
        "accuracy": m.accuracy,
        "macro_f1": m.macro_f1,
        "f1": {s.value: m.f1[s] for s in STATUSES},
        "false_met_rate": m.false_met_rate,
        "false_met": {"count": m.false_met[0], "of": m.false_met[1]},
        "evidence_hit_rate": m.evidence_hit_rate,
        "evidence": {"hits": m.evidence[0], "of": m.evidence[1]},
        "facts_accuracy": m.facts_accuracy,
        "facts": {"right": m.facts[0], "of": m.facts[1]},
        "confusion": {t.value: {p.value: m.confusion[t][p] for p in STATUSES}
                      for t in STATUSES},
    }


def outcome_json(o: ItemOutcome) -> dict[str, Any]:
    """One outcome as the JSON object `reviewer eval --json` writes."""
    return {
        "contract": o.contract, "item": o.item_id, "language": o.language,
        "format": o.format, "expected": o.expected.value, "got": o.predicted.value,
        "evidence_hit": o.evidence_hit, "reason": o.reason, "confidence": o.confidence,
        "facts": [{"key": c.key, "expected": c.expected, "got": _jsonable(c.got), "ok": c.ok}
                  for c in o.facts],
    }


def _jsonable(value: Any) -> Any:
    """Tool facts may hold tuples or small objects; JSON wants lists and dicts."""
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, Sequence) and not isinstance(value, str):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def evaluation_json(ev: Evaluation, run: RunInfo) -> dict[str, Any]:
    return {
        "schema": "contract-reviewer/eval-1",
        "checklist": run.checklist,
        "contracts": len(run.seconds),
        "overall": metrics_json(ev.overall),
        "by_language": {k: metrics_json(v) for k, v in ev.by_language.items()},
        "by_format": {k: metrics_json(v) for k, v in ev.by_format.items()},
        "by_item": {k: metrics_json(v) for k, v in ev.by_item.items()},
        "misses": [outcome_json(o) for o in ev.misses],
        "outcomes": [outcome_json(o) for o in ev.outcomes],
        "seconds": dict(run.seconds),
        "total_seconds": sum(run.seconds.values()),
        "failed": dict(run.failed),
        "skipped": dict(run.skipped),
        "unmatched": {k: {"labelled_not_reviewed": a, "reviewed_not_labelled": b}
                      for k, (a, b) in run.unmatched.items() if a or b},
    }

