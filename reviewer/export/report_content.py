"""What the DOCX and PDF reports say, independent of how each lays it out.

Scores follow the spec: a section's score is the weighted mean of its items'
credit (met 1, vague 0.5, missing 0) and the terms score the weighted mean of
the sections, 0-100. When the reviewer overrode a status the report shows
the score after the overrides (the tool's own score stays in the JSON);
without overrides it is exactly the review's score.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reviewer.annotations import Annotations
from reviewer.checklist.model import Checklist
from reviewer.export.labels import label
from reviewer.export.rows import ItemRow, item_rows, resolve_checklist, section_title
from reviewer.language import Language
from reviewer.review import Review, Status


@dataclass(frozen=True)
class SectionSummary:
    section_id: str
    title: str
    counts: dict[Status, int]
    score: float | None  # 0-100, None when unknown
    rows: tuple[ItemRow, ...]


@dataclass(frozen=True)
class ReportContent:
    lang: Language
    title: str
    facts: tuple[tuple[str, str], ...]  # the title block: (label, value)
    sections: tuple[SectionSummary, ...]
    counts: dict[Status, int]


def effective_scores(
    review: Review, rows: list[ItemRow], checklist: Checklist | None
) -> tuple[float, dict[str, float]]:
    """(terms score, section scores) after the reviewer's overrides."""
    if checklist is None or all(not r.overridden for r in rows):
        return review.score, dict(review.section_scores)
    status = {r.item_id: r.status for r in rows}
    total = weight_sum = 0.0
    per_section: dict[str, float] = {}
    for section in checklist.sections:
        items = [i for i in section.items if i.id in status]
        w_items = sum(i.weight for i in items)
        if not items or w_items <= 0:
            continue
        score = sum(i.weight * status[i.id].credit for i in items) / w_items * 100
        per_section[section.id] = score
        total += section.weight * score
        weight_sum += section.weight
    return (total / weight_sum if weight_sum else review.score), per_section


def build_report(
    review: Review, *, lang: Language, annotations: Annotations | None,
    checklist: Checklist | None, vendor: str = "",
) -> ReportContent:
    annotations = annotations or Annotations()
    checklist = resolve_checklist(checklist, review.checklist_id)
    rows = item_rows(review, annotations, checklist, lang)
    score, section_scores = effective_scores(review, rows, checklist)
    cl_title = checklist.title.get(lang) if checklist is not None else review.checklist_id
    facts: list[tuple[str, str]] = [(label("contract", lang), Path(review.document.path).name)]
    if vendor:
        facts.append((label("vendor", lang), vendor))
    facts += [
        (label("checklist", lang),
         f"{cl_title} ({review.checklist_id}, {label('version', lang)} "
         f"{review.checklist_version})"),
        (label("date", lang), date.today().isoformat()),
    ]
    if annotations.reviewer:
        facts.append((label("reviewer", lang), annotations.reviewer))
    facts.append((label("score", lang), f"{score:.1f}"))
    order: list[str] = []
    for r in rows:
        if r.section_id not in order:
            order.append(r.section_id)
    sections = []
    for sid in order:
        srows = tuple(r for r in rows if r.section_id == sid)
        sections.append(SectionSummary(
            section_id=sid,
            title=section_title(checklist, sid, lang),
            counts={s: sum(1 for r in srows if r.status == s) for s in Status},
            score=section_scores.get(sid),
            rows=srows,
        ))
    return ReportContent(
        lang=lang,
        title=label("report_title", lang),
        facts=tuple(facts),
        sections=tuple(sections),
        counts={s: sum(1 for r in rows if r.status == s) for s in Status},
    )
