"""Measuring the analysis against a labelled corpus (`reviewer eval`).

A label file ``<name>.expected.json`` holds the truth for one contract (format:
tests/corpus/README.md). `compare_with_label(label, review)` turns one (label, Review)
pair into one `ItemOutcome` per labelled item; everything after that is plain
arithmetic over outcomes, so it can be checked by hand on small Reviews:

- accuracy: share of items whose predicted status equals the truth;
- macro-F1: mean over met / vague / missing of F1 = 2TP / (2TP + FP + FN); a
  status that occurs neither in the truth nor in the predictions is left out
  of the mean (it has no F1), one that occurs only on one side scores 0;
- false-met rate: items reported met whose truth is vague or missing, over all
  items whose truth is vague or missing (the error that hurts a reviewer most:
  a weak clause waved through);
- evidence hit rate: over items whose truth is met or vague and that have
  expected quotes, the share where one of the tool's first three evidence
  texts contains one of the quotes (NFKC, case-folded, whitespace removed:
  PDF extraction splits lines and spaces Chinese text unpredictably);
- facts accuracy: over every expected fact key, the share the tool got right
  (see `facts_match`).
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from reviewer.errors import InputError
from reviewer.review import Review, Status

STATUSES = (Status.MET, Status.VAGUE, Status.MISSING)
LABEL_SUFFIX = ".expected.json"
EVIDENCE_CONSIDERED = 3  # the tool's first N evidence texts count for a hit
PERCENT_TOLERANCE = 0.001

Matrix = dict[Status, dict[Status, int]]  # truth -> predicted -> count


# -- labels ------------------------------------------------------------------


@dataclass(frozen=True)
class ItemLabel:
    status: Status
    evidence: tuple[str, ...] = ()
    facts: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True)
class Label:
    name: str  # the label file's name without .expected.json
    file: str  # the contract file, relative to the label's folder
    language: str
    items: Mapping[str, ItemLabel]
    description: str = ""
    vendor: str = ""  # real-world corpus: the vendor the document derives from (the split key)

    @property
    def format(self) -> str:
        return Path(self.file).suffix.lower().lstrip(".") or "unknown"


def parse_label(data: Any, name: str, source: str = "") -> Label:
    """Validate a decoded label file; `source` names it in error messages."""
    where = source or name

    def bad(message: str) -> InputError:
        return InputError(f"{where}: {message} (label format: tests/corpus/README.md)")

    if not isinstance(data, dict):
        raise bad("a label file must hold one JSON object")
    items_in = data.get("items")
    if not isinstance(items_in, dict) or not items_in:
        raise bad("'items' must be an object of item id -> {status, evidence, facts}")
    items: dict[str, ItemLabel] = {}
    for item_id, entry in items_in.items():
        if not isinstance(entry, dict):
            raise bad(f"item '{item_id}' must be an object with a 'status'")
        try:
            status = Status(str(entry.get("status")))
        except ValueError:
            raise bad(f"item '{item_id}' has status {entry.get('status')!r}; use met, vague "
                      "or missing") from None
        evidence = entry.get("evidence", [])
        if not isinstance(evidence, list) or not all(isinstance(q, str) for q in evidence):
            raise bad(f"item '{item_id}': 'evidence' must be a list of quotes")
        facts = entry.get("facts", {})
        if not isinstance(facts, dict):
            raise bad(f"item '{item_id}': 'facts' must be an object")
        items[item_id] = ItemLabel(status, tuple(evidence), MappingProxyType(dict(facts)))
    file = data.get("file")
    if file is not None and not isinstance(file, str):
        raise bad("'file' must be the contract's file name")
    return Label(
        name=name, file=file or "", language=str(data.get("language") or "unknown"),
        items=MappingProxyType(items), description=str(data.get("description") or ""),
        vendor=str(data.get("vendor") or ""),
    )


def load_label(path: Path) -> Label:
    name = path.name[: -len(LABEL_SUFFIX)] if path.name.endswith(LABEL_SUFFIX) else path.stem
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: the label file cannot be read ({exc}).") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}, line {exc.lineno}: not valid JSON ({exc.msg}).") from None
    return parse_label(data, name, str(path))


def find_labelled(folder: Path) -> list[tuple[Label, Path | None]]:
    """Every label in `folder` with its contract file (None when it is absent).

    The contract is the label's ``file`` next to it, else ``<name>.pdf`` or
    ``<name>.docx``.
    """
    out: list[tuple[Label, Path | None]] = []
    for path in sorted(folder.glob(f"*{LABEL_SUFFIX}")):
        label = load_label(path)
        candidates = [folder / label.file] if label.file else [
            folder / f"{label.name}{ext}" for ext in (".pdf", ".docx")
        ]
        contract = next((c for c in candidates if c.is_file()), None)
        if not label.file and contract is not None:
            label = Label(label.name, contract.name, label.language, label.items,
                          label.description, label.vendor)
        out.append((label, contract))
    return out


# -- comparing one contract -----------------------------------------------------


@dataclass(frozen=True)
class FactCheck:
    key: str
    expected: Any
    got: Any
    ok: bool


@dataclass(frozen=True)
class ItemOutcome:
    contract: str
    language: str
    format: str
    item_id: str
    expected: Status
    predicted: Status
    evidence_hit: bool | None = None  # None: not scored for this item
    facts: tuple[FactCheck, ...] = ()
    reason: str = ""  # the tool's first reason (English)
    confidence: float | None = None  # how sure the tool was

    @property
    def correct(self) -> bool:
        return self.expected == self.predicted


def compare_with_label(label: Label, review: Review) -> tuple[ItemOutcome, ...]:
    """One outcome per item that is both labelled and reviewed.

    Items only one side knows (a custom checklist, an incomplete label) are
    left out; `unmatched_items` lists them.
    """
    out = []
    for item_id, truth in label.items.items():
        try:
            finding = review.finding(item_id)
        except KeyError:
            continue
        hit = None
        if truth.status in (Status.MET, Status.VAGUE) and truth.evidence:
            hit = evidence_hit(truth.evidence, [e.text for e in finding.evidence])
        checks = tuple(
            FactCheck(key, expected, finding.facts.get(key),
                      facts_match(key, expected, finding.facts.get(key)))
            for key, expected in truth.facts.items()
        )
        out.append(ItemOutcome(
            contract=label.name, language=label.language, format=label.format,
            item_id=item_id, expected=truth.status, predicted=finding.status,
            evidence_hit=hit, facts=checks,
            reason=finding.reasons[0].en if finding.reasons else "",
            confidence=finding.confidence,
        ))
    return tuple(out)


def unmatched_items(label: Label, review: Review) -> tuple[list[str], list[str]]:
    """(labelled but not reviewed, reviewed but not labelled) item ids."""
    reviewed = [f.item_id for f in review.findings]
    return ([i for i in label.items if i not in reviewed],
            [i for i in reviewed if i not in label.items])


def normalise_text(text: str) -> str:
    """NFKC, case-folded, all whitespace removed: how quotes are compared."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text).casefold())


def evidence_hit(quotes: Iterable[str], evidence_texts: Sequence[str]) -> bool:
    wanted = [q for q in (normalise_text(q) for q in quotes) if q]
    texts = [normalise_text(t) for t in evidence_texts[:EVIDENCE_CONSIDERED]]
    return any(q in t for q in wanted for t in texts)


def facts_match(key: str, expected: Any, got: Any) -> bool:
    """Whether the tool's fact equals the label's.

    ``levels``: the same (level, minutes) pairs in the same order, level
    names compared case- and space-insensitively, a name matching its own
    longer printed form ("P1" ~ "P1 - Urgent", "特急" ~ "特急问题-A": labellers
    copy the whole cell, the tool the level's name), a bare code its worded form
    ("1" ~ "Severity 1"). ``plans``: the same
    plans in any order (names compared likewise) with matching levels. ``percent``: within
    0.001. Other numbers (``months``, ``hours``): equal. Anything else:
    equal after the same text folding.
    """
    if got is None:
        return False
    if key == "levels":
        return _same_levels(_levels(expected), _levels(got))
    if key == "plans":
        want_plans, have_plans = _plans(expected), _plans(got)
        if want_plans is None or have_plans is None or len(want_plans) != len(have_plans):
            return False
        return all(any(_same_name(wp, hp) and _same_levels(wl, hl) for hp, hl in have_plans)
                   for wp, wl in want_plans)
    want, have = _number(expected), _number(got)
    if want is not None and have is not None:
        tolerance = PERCENT_TOLERANCE if key == "percent" else 1e-9
        return abs(want - have) <= tolerance + 1e-12
    if isinstance(expected, str) and isinstance(got, str):
        return normalise_text(expected) == normalise_text(got)
    return bool(expected == got)


def _name(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


# "Severity | 1": a labeller copies the cell ("1"), the tool names the level
# with its column's word ("Severity 1"); the same level.
_CODE_WITH_WORD = re.compile(r"(?:severity|sev|priority|prio|level|incident level|category|class)\s*(.+)")


def _same_name(a: str, b: str) -> bool:
    """Equal, or one is the other's beginning up to a word boundary ("p1" ~ "p1 - urgent", not "p10"),
    or a bare level code and the same code with its level word ("1" ~ "severity 1")."""
    if a.replace(" ", "") == b.replace(" ", ""):
        return True
    for bare, worded in ((a, b), (b, a)):
        m = _CODE_WITH_WORD.fullmatch(worded)
        if m and re.fullmatch(r"[0-5a-d]|i{1,3}|iv", bare) and m.group(1).strip() == bare:
            return True
    short, long = sorted((a, b), key=len)
    if not short or not long.startswith(short):
        return False
    rest = long[len(short):]
    return not rest or not (rest[0].isascii() and rest[0].isalnum()) or not short[-1].isascii()


def _same_levels(want: tuple[tuple[str, float], ...] | None,
                 have: tuple[tuple[str, float], ...] | None) -> bool:
    return want is not None and have is not None and len(want) == len(have) and all(
        _same_name(wl, hl) and wm == hm for (wl, wm), (hl, hm) in zip(want, have, strict=True))


def _field(entry: Any, name: str, position: int) -> Any:
    if isinstance(entry, Mapping):
        return entry.get(name)
    if isinstance(entry, list | tuple):
        return entry[position] if len(entry) > position else None
    return getattr(entry, name, None)


def _levels(value: Any) -> tuple[tuple[str, float], ...] | None:
    """Levels as comparable pairs; accepts dicts, (level, minutes) pairs or objects."""
    if not isinstance(value, list | tuple):
        return None
    out = []
    for entry in value:
        level, minutes = _field(entry, "level", 0), _number(_field(entry, "minutes", 1))
        if level is None or minutes is None:
            return None
        out.append((_name(str(level)), round(minutes, 6)))
    return tuple(out)


def _plans(value: Any) -> tuple[tuple[str, Any], ...] | None:
    if not isinstance(value, list | tuple):
        return None
    out = []
    for entry in value:
        plan, levels = _field(entry, "plan", 0), _levels(_field(entry, "levels", 1))
        if plan is None or levels is None:
            return None
        out.append((_name(str(plan)), levels))
    return tuple(out)


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, str):
        try:
            return float(value.strip().rstrip("%"))
        except ValueError:
            return None
    return None


# -- metrics -----------------------------------------------------------------


def confusion(outcomes: Iterable[ItemOutcome]) -> Matrix:
    matrix: Matrix = {t: {p: 0 for p in STATUSES} for t in STATUSES}
    for o in outcomes:
        matrix[o.expected][o.predicted] += 1
    return matrix


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def accuracy(outcomes: Sequence[ItemOutcome]) -> float | None:
    return _ratio(sum(o.correct for o in outcomes), len(outcomes))


def f1_scores(matrix: Matrix) -> dict[Status, float | None]:
    out: dict[Status, float | None] = {}
    for s in STATUSES:
        tp = matrix[s][s]
        fn = sum(matrix[s].values()) - tp
        fp = sum(matrix[t][s] for t in STATUSES) - tp
        out[s] = _ratio(2 * tp, 2 * tp + fp + fn)
    return out


def macro_f1(matrix: Matrix) -> float | None:
    scores = [f for f in f1_scores(matrix).values() if f is not None]
    return sum(scores) / len(scores) if scores else None


def false_met(outcomes: Iterable[ItemOutcome]) -> tuple[int, int]:
    """(reported met, total) over items whose truth is vague or missing."""
    weak = [o for o in outcomes if o.expected in (Status.VAGUE, Status.MISSING)]
    return sum(o.predicted == Status.MET for o in weak), len(weak)


def evidence_hits(outcomes: Iterable[ItemOutcome]) -> tuple[int, int]:
    scored = [o.evidence_hit for o in outcomes if o.evidence_hit is not None]
    return sum(scored), len(scored)


def facts_hits(outcomes: Iterable[ItemOutcome]) -> tuple[int, int]:
    checks = [c for o in outcomes for c in o.facts]
    return sum(c.ok for c in checks), len(checks)


@dataclass(frozen=True)
class Metrics:
    items: int
    correct: int
    accuracy: float | None
    macro_f1: float | None
    f1: Mapping[Status, float | None]
    false_met: tuple[int, int]  # (count, denominator)
    evidence: tuple[int, int]  # (hits, scored items)
    facts: tuple[int, int]  # (right, expected fact keys)
    confusion: Matrix

    @property
    def false_met_rate(self) -> float | None:
        return _ratio(*self.false_met)

    @property
    def evidence_hit_rate(self) -> float | None:
        return _ratio(*self.evidence)

    @property
    def facts_accuracy(self) -> float | None:
        return _ratio(*self.facts)


def summarize(outcomes: Sequence[ItemOutcome]) -> Metrics:
    matrix = confusion(outcomes)
    return Metrics(
        items=len(outcomes), correct=sum(o.correct for o in outcomes),
        accuracy=accuracy(outcomes), macro_f1=macro_f1(matrix), f1=f1_scores(matrix),
        false_met=false_met(outcomes), evidence=evidence_hits(outcomes),
        facts=facts_hits(outcomes), confusion=matrix,
    )


@dataclass(frozen=True)
class Evaluation:
    overall: Metrics
    by_language: Mapping[str, Metrics]
    by_format: Mapping[str, Metrics]
    by_item: Mapping[str, Metrics]  # in first-seen (checklist) order
    misses: tuple[ItemOutcome, ...]  # status wrong, in contract order
    outcomes: tuple[ItemOutcome, ...]


def _grouped(outcomes: Sequence[ItemOutcome], key: str) -> dict[str, Metrics]:
    groups: dict[str, list[ItemOutcome]] = {}
    for o in outcomes:
        groups.setdefault(getattr(o, key), []).append(o)
    return {name: summarize(group) for name, group in groups.items()}


def confidence_split(outcomes: Sequence[ItemOutcome], share: float = 1 / 3) -> tuple[
        float | None, float | None, int]:
    """Accuracy of the least sure `share` of decisions and of the rest, and how many are least sure.

    What "least sure first" is for: the doubtful third should hold more of the
    mistakes than the rest. Ties in confidence keep document order.
    """
    rated = _least_sure_first(outcomes)
    n = round(len(rated) * share)
    return accuracy(rated[:n]), accuracy(rated[n:]), n


def wrong_among_least_sure(outcomes: Sequence[ItemOutcome], share: float = 1 / 3) -> tuple[int, int]:
    """(wrong statuses among the least sure `share`, wrong statuses among all rated)."""
    rated = _least_sure_first(outcomes)
    n = round(len(rated) * share)
    return sum(not o.correct for o in rated[:n]), sum(not o.correct for o in rated)


def _least_sure_first(outcomes: Sequence[ItemOutcome]) -> list[ItemOutcome]:
    return sorted((o for o in outcomes if o.confidence is not None), key=lambda o: o.confidence or 0.0)


def evaluate(outcomes: Sequence[ItemOutcome]) -> Evaluation:
    outcomes = tuple(outcomes)
    return Evaluation(
        overall=summarize(outcomes),
        by_language=dict(sorted(_grouped(outcomes, "language").items())),
        by_format=dict(sorted(_grouped(outcomes, "format").items())),
        by_item=_grouped(outcomes, "item_id"),
        misses=tuple(o for o in outcomes if not o.correct),
        outcomes=outcomes,
    )
