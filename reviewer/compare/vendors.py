"""Comparing vendors: several reviews side by side, one row per checklist item.

`compare_vendors(paths)` reviews each contract (or opens each saved review, with its
overrides) and builds a `Comparison`: per item a row of `Cell`s, one per
vendor, each with the status the reader should see, the item's key fact
as the checklist declares it (`key_fact`: e.g. top-severity response time,
availability percent, support window in months, data regions), the
best cell of the row marked, the checklist's policy deviations and the
evidence (so the GUI can open the contract at the clause). Scores per section,
the total and every scorecard are computed after the reviewer's overrides.

Best per row: a met cell beats a vague one, a vague one a missing one; among
cells of the same status the better number wins (shorter times, higher
percent, longer support window). A row where every cell ties marks nothing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from reviewer.analysis.score import compute_scores
from reviewer.annotations import Annotations
from reviewer.checklist.fact_kinds import HIGHER
from reviewer.checklist.key_facts import KeyFact
from reviewer.checklist.model import Checklist
from reviewer.checklist.resolve import checklist_for_review, resolve_checklist
from reviewer.compare.scorecards import ScorecardScore, score_review
from reviewer.errors import ReviewerError
from reviewer.export.review_json import evidence_to_dict
from reviewer.language import CJK_IDEOGRAPHS, Language
from reviewer.progress import CancelToken, ProgressFn, check_cancel, no_progress
from reviewer.review import Deviation, Evidence, Finding, Review, Status, Text


class CompareError(ReviewerError):
    """The files given cannot be compared (too few, different checklists)."""


# --- vendors --------------------------------------------------------------------

@dataclass(frozen=True)
class Vendor:
    name: str
    source: str  # the file given: a contract or a saved review
    review: Review
    annotations: Annotations = field(default_factory=Annotations)
    contract: str = ""  # the contract file, for opening it at the evidence ("" if unknown)


_ROLE_WORDS = {
    "customer", "licensor", "licensee", "provider", "processor", "controller", "vendor",
    "supplier", "company", "we", "us", "service provider", "agreement", "party b",
    "许可方", "我司", "本公司", "公司", "服务商", "服务方", "服务提供方", "提供方", "供应商",
    "乙方", "甲方", "客户",
}
_PROVIDER_LINE = re.compile(
    r"(?:Party B|Provider|Supplier|Vendor|乙方|服务商|供应商)\s*(?:[（(][^）)]{1,8}[）)])?\s*"
    r"[:：|]\s*((?:[^,，;；|\n]|,\s*(?=Ltd|Inc|LLC))+)")
_EN_COMPANY = re.compile(
    r"((?:[A-Z][\w&'\-]*\.?,?\s+){1,6}?"
    r"(?:Pte\.?\s+Ltd|Co\.,?\s+Ltd|Ltd|Limited|Inc|LLC|GmbH|Corp|Corporation|plc|AB|AG|B\.V|S\.A)\.?)"
    r"(?=[\s,;:)(\"“]|$)")
_EN_SUFFIX = re.compile(
    r",?\s+(?:Pte\.?\s+Ltd|Co\.,?\s+Ltd|Ltd|Limited|Inc|LLC|GmbH|Corp|Corporation|plc|AB|AG|B\.V|"
    r"S\.A)\.?$")
_SHORT = re.compile(r"^\s*[（(]\s*(?:以下简称|hereinafter)?\s*[“\"]([^”\"]{1,30})[”\"]")
_ZH_COMPANY = re.compile(rf"([{CJK_IDEOGRAPHS}（）()]{{2,30}}?(?:股份有限公司|有限责任公司|有限公司))")


def vendor_name(review: Review, path: str | Path) -> str:
    """The vendor's name from the contract's party line when easy, else the file name.

    "Party B:/乙方：/Provider" lines name the vendor; otherwise the first
    company named in the opening clauses that is not the customer (甲方, Party
    A, "致：" of a letter), by its defined short name when that is a name.
    """
    text = "\n".join(c.text for c in review.clauses[:8])
    m = _PROVIDER_LINE.search(text)
    if m:
        return _tidy(m.group(1))
    for pattern in (_EN_COMPANY, _ZH_COMPANY):
        for m in pattern.finditer(text):
            before = text[max(0, m.start() - 8):m.start()]
            if re.search(r"(?:甲方|Party A|致)\s*(?:[（(][^）)]{1,8}[）)])?\s*[:：]\s*$", before):
                continue
            name = _tidy(_ZH_LEAD.split(m.group(1))[-1])
            short = _SHORT.match(text[m.end():m.end() + 40])
            role = short.group(1).strip().lower() if short else ""
            if role in ("甲方", "party a", "customer", "客户"):
                continue
            if short and role not in _ROLE_WORDS:
                return short.group(1).strip()
            return name
    p = Path(path)
    return p.name[: -len(".review.json")] if p.name.endswith(".review.json") else p.stem


# Words that end the sentence part before a Chinese company name: "本协议由X有限公司".
_ZH_LEAD = re.compile(r"适用于|由|与|是|向|为|及|在|就|同|致|：|[我贵本]司[（(]?")


def _tidy(name: str) -> str:
    name = name.strip(" .，,（）()")
    stripped = _EN_SUFFIX.sub("", name)
    return stripped if len(stripped) >= 2 else name


def load_vendor(
    path: str | Path, checklist: Checklist | None = None, *, password: str | None = None,
    progress: ProgressFn | None = None, cancel: CancelToken | None = None,
) -> Vendor:
    """Review a contract, or open a saved review (``*.review.json``) with its annotations."""
    from reviewer.session.review_file import SUFFIX, find_contract, load_review_file

    p = Path(path)
    if p.name.endswith(SUFFIX):
        saved = load_review_file(p)
        contract = find_contract(saved, p)
        return Vendor(vendor_name(saved.review, saved.contract_name or p), str(p), saved.review,
                      saved.annotations, str(contract) if contract else "")
    from reviewer.pipeline import review_contract

    result = review_contract(p, checklist, progress=progress, cancel=cancel, password=password)
    return Vendor(vendor_name(result, p), str(p), result, Annotations(), str(p))


# --- key facts --------------------------------------------------------------------

def key_fact(spec: KeyFact | None, facts: Mapping[str, Any],
             lang: str = "en") -> tuple[str, float | None]:
    """(display text, comparable number or None) of an item's key fact.

    ``spec`` is the item's ``key_fact`` in the checklist; an item without one
    shows its facts as text, unranked.
    """
    if spec is not None:
        return spec.shown(facts, lang)
    parts = []
    for key, value in facts.items():
        if key == "plans":
            continue
        if isinstance(value, list):
            value = ", ".join(str(v.get("level", v)) if isinstance(v, dict) else str(v)
                              for v in value[:4])
        parts.append(str(value))
    return "; ".join(parts), None


def item_key_fact(checklist: Checklist | None, item_id: str) -> KeyFact | None:
    """The checklist's key fact for an item (None: no checklist, no such item, none declared)."""
    if checklist is None:
        return None
    try:
        return checklist.item(item_id).key_fact
    except KeyError:
        return None


# --- the matrix -------------------------------------------------------------------

@dataclass(frozen=True)
class Cell:
    status: Status  # the reviewer's override if any, else the tool's
    tool_status: Status
    fact: str
    value: float | None
    deviations: tuple[Deviation, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    best: bool = False
    in_review: bool = True  # False: the vendor's review has no such item


@dataclass(frozen=True)
class Row:
    item_id: str
    section: str
    title: Text
    better: str  # LOWER, HIGHER or "" (status only)
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class Comparison:
    vendors: tuple[Vendor, ...]
    checklist: Checklist
    rows: tuple[Row, ...]
    totals: tuple[float, ...]  # per vendor, 0-100, after overrides
    section_scores: tuple[dict[str, float], ...]  # per vendor
    scorecards: tuple[tuple[ScorecardScore, ...], ...]  # per vendor

    def row(self, item_id: str) -> Row:
        for r in self.rows:
            if r.item_id == item_id:
                return r
        raise KeyError(item_id)


def _cell(finding: Finding | None, annotations: Annotations, item_id: str,
          spec: KeyFact | None) -> Cell:
    if finding is None:
        return Cell(Status.MISSING, Status.MISSING, "", None, in_review=False)
    text, value = key_fact(spec, finding.facts)
    extra = annotations.item(item_id).extra_evidence
    return Cell(annotations.effective_status(finding), finding.status, text, value,
                finding.deviations, finding.evidence + extra)


def _mark_best(cells: list[Cell], better: str) -> list[Cell]:
    def key(c: Cell) -> tuple[int, float]:
        number = 0.0
        if better and c.value is not None:
            number = c.value if better == HIGHER else -c.value
        elif better:
            number = float("-inf")  # a cell without the number loses to one with it
        return c.status.rank, number

    if len(cells) < 2:
        return cells
    keys = [key(c) for c in cells]
    top = max(keys)
    if top[0] == 0 or all(k == top for k in keys):
        return cells  # nothing worth marking: all missing, or all equal
    return [replace(c, best=k == top) for c, k in zip(cells, keys, strict=True)]


def build_comparison(vendors: Sequence[Vendor], checklist: Checklist | None = None) -> Comparison:
    """The matrix over already-loaded vendors (the GUI loads them in its worker)."""
    if not vendors:
        raise CompareError("Give at least one contract or saved review to compare.")
    ids = {v.review.checklist_id for v in vendors}
    if len(ids) > 1:
        listing = ", ".join(f"{v.name}: {v.review.checklist_id}" for v in vendors)
        raise CompareError(f"These reviews use different checklists ({listing}). Review all "
                           "contracts with the same checklist to compare them.")
    if checklist is None:
        checklist = checklist_for_review(vendors[0].review)
        if checklist is None:
            raise CompareError(f"The checklist '{vendors[0].review.checklist_id}' is not "
                               "installed. Give it with --checklist.")
    by_id = [{f.item_id: f for f in v.review.findings} for v in vendors]
    rows = []
    for item in checklist.items:
        better = item.key_fact.better if item.key_fact else ""
        cells = [_cell(found.get(item.id), v.annotations, item.id, item.key_fact)
                 for v, found in zip(vendors, by_id, strict=True)]
        rows.append(Row(item.id, item.section, item.title, better,
                        tuple(_mark_best(cells, better))))
    totals, sections = [], []
    for v in vendors:
        total, per_section = compute_scores(checklist, v.review.findings,
                                            v.annotations.effective_status)
        totals.append(total)
        sections.append(per_section)
    cards = tuple(score_review(v.review, checklist, v.annotations) for v in vendors)
    return Comparison(tuple(_unique_names(vendors)), checklist, tuple(rows), tuple(totals),
                      tuple(sections), cards)


def _unique_names(vendors: Sequence[Vendor]) -> list[Vendor]:
    seen: dict[str, int] = {}
    out = []
    for v in vendors:
        seen[v.name] = seen.get(v.name, 0) + 1
        if seen[v.name] > 1:
            v = replace(v, name=f"{v.name} ({seen[v.name]})")
        out.append(v)
    return out


def compare_vendors(
    paths: Sequence[str | Path], checklist: Checklist | str | Path | None = None, *,
    password: str | None = None, progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> Comparison:
    """Review (or open) every file and compare them."""
    progress = progress or no_progress
    cl = resolve_checklist(checklist) if checklist is not None else None
    vendors = []
    for i, path in enumerate(paths):
        check_cancel(cancel)
        progress(i / max(1, len(paths)), f"Reading {Path(path).name}")
        vendors.append(load_vendor(path, cl, password=password, cancel=cancel))
    progress(1.0, "Comparison ready")
    return build_comparison(vendors, cl)


# --- JSON -------------------------------------------------------------------------

def comparison_to_dict(comparison: Comparison, lang: Language = Language.EN) -> dict[str, Any]:
    """The comparison as JSON-ready data (``reviewer compare --json``)."""
    cl = comparison.checklist
    return {
        "schema": "contract-comparison/1",
        "checklist": {"id": cl.id, "version": cl.version},
        "vendors": [
            {
                "name": v.name, "source": v.source, "contract": v.contract,
                "score": round(comparison.totals[i], 1),
                "section_scores": {k: round(s, 1) for k, s in comparison.section_scores[i].items()},
                "scorecards": {c.id: None if c.score is None else round(c.score, 1)
                               for c in comparison.scorecards[i]},
                "counts": {s.value: sum(1 for r in comparison.rows if r.cells[i].status is s)
                           for s in Status},
            }
            for i, v in enumerate(comparison.vendors)
        ],
        "items": [
            {
                "id": row.item_id, "section": row.section, "title": row.title.get(lang),
                "better": row.better or None,
                "cells": [
                    {
                        "vendor": v.name, "status": c.status.value,
                        "tool_status": c.tool_status.value, "fact": c.fact, "value": c.value,
                        "best": c.best, "in_review": c.in_review,
                        "deviations": [d.message.get(lang) for d in c.deviations],
                        "evidence": [evidence_to_dict(e) for e in c.evidence],
                    }
                    for v, c in zip(comparison.vendors, row.cells, strict=True)
                ],
            }
            for row in comparison.rows
        ],
    }
