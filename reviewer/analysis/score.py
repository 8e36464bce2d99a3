"""The 0-100 terms score from section weights.

Each item earns its status's credit (met 1, vague 0.5, missing 0) times its
weight; a section's score is its items' weighted mean; the total is the
sections' scores weighted by section weight. Overrides do not change the
tool's score; `effective_scores` recomputes with the reviewer's statuses.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from reviewer.checklist.model import Checklist
from reviewer.review import Finding, Status


def compute_scores(
    checklist: Checklist,
    findings: Iterable[Finding],
    status_of: Callable[[Finding], Status] | None = None,
) -> tuple[float, dict[str, float]]:
    status_of = status_of or (lambda f: f.status)
    by_id = {f.item_id: f for f in findings}
    sections: dict[str, float] = {}
    total = weight_sum = 0.0
    for section in checklist.sections:
        earned = possible = 0.0
        for item in section.items:
            finding = by_id.get(item.id)
            if finding is None:
                continue
            earned += item.weight * status_of(finding).credit
            possible += item.weight
        if possible == 0:
            continue
        sections[section.id] = 100.0 * earned / possible
        total += section.weight * sections[section.id]
        weight_sum += section.weight
    return (total / weight_sum if weight_sum else 0.0), sections
