"""Scorecards: a review scored 0-100 under each named weighting of its checklist.

A checklist's `scorecards` (docs/checklists.md) weight its items in
dimensions. For one review (docs/scorecards.md has the formula):

- an item earns its status's credit: met 1, vague 0.5, missing 0, using the
  reviewer's override when there is one;
- a dimension's score is the weighted mean of its items' credits (item
  weights from the checklist), times 100;
- the scorecard's score is the weighted mean of its dimensions' scores by
  dimension weight. Items the review does not hold (an older checklist
  version) are left out, and a dimension with no such item drops out of the
  mean rather than counting as zero.

The "Terms coverage" scorecard of the default checklist therefore equals the
review's terms score. No Qt here: the GUI, the CLI and batch jobs call it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO

from reviewer.annotations import Annotations
from reviewer.checklist.model import Checklist, Scorecard
from reviewer.checklist.resolve import checklist_for_review
from reviewer.language import Language
from reviewer.review import Finding, Review, Status, Text


@dataclass(frozen=True)
class DimensionScore:
    id: str
    title: Text
    weight: float
    score: float | None  # 0-100; None when the review holds none of its items
    items: tuple[str, ...]


@dataclass(frozen=True)
class ScorecardScore:
    id: str
    title: Text
    score: float | None  # 0-100; None when no dimension could be scored
    dimensions: tuple[DimensionScore, ...]


def score_scorecard(
    scorecard: Scorecard, checklist: Checklist, findings: dict[str, Finding],
    status_of: Callable[[Finding], Status],
) -> ScorecardScore:
    """One scorecard over findings by item id; ``status_of`` gives the status to count."""
    weights = {item.id: item.weight for item in checklist.items}
    dims: list[DimensionScore] = []
    total = weight_sum = 0.0
    for dim in scorecard.dimensions:
        earned = possible = 0.0
        for item_id in dim.items:
            finding = findings.get(item_id)
            if finding is None:
                continue
            w = weights.get(item_id, 1.0)
            earned += w * status_of(finding).credit
            possible += w
        score = 100.0 * earned / possible if possible else None
        dims.append(DimensionScore(dim.id, dim.title, dim.weight, score, dim.items))
        if score is not None:
            total += dim.weight * score
            weight_sum += dim.weight
    overall = total / weight_sum if weight_sum else None
    return ScorecardScore(scorecard.id, scorecard.title, overall, tuple(dims))


def score_review(
    review: Review, checklist: Checklist | None = None, annotations: Annotations | None = None,
) -> tuple[ScorecardScore, ...]:
    """Every scorecard of the review's checklist, after the reviewer's overrides.

    Without ``checklist`` the bundled checklist with the review's id is used;
    a review made with a checklist that is not installed gets no scorecards.
    """
    checklist = checklist if checklist is not None else checklist_for_review(review)
    if checklist is None:
        return ()
    ann = annotations or Annotations()
    findings = {f.item_id: f for f in review.findings}
    return tuple(score_scorecard(card, checklist, findings, ann.effective_status)
                 for card in checklist.scorecards)


def format_score(score: float | None) -> str:
    return "-" if score is None else f"{score:.1f}"


def scorecard_line(card: ScorecardScore, lang: Language = Language.EN) -> str:
    """``Service quality 62.5/100 (Response speed 80.0, ...)``: one line per scorecard."""
    dims = ", ".join(f"{d.title.get(lang)} {format_score(d.score)}" for d in card.dimensions)
    return f"{card.title.get(lang)} {format_score(card.score)}/100 ({dims})"


def print_scorecards(
    review: Review, lang: Language = Language.EN, out: TextIO | None = None,
    checklist: Checklist | None = None, annotations: Annotations | None = None,
) -> None:
    """Print one line per scorecard (the `reviewer review` output ends with these)."""
    import sys

    out = out or sys.stdout
    cards = score_review(review, checklist, annotations)
    if not cards:
        return
    print(file=out)
    label = "评分卡" if lang == "zh" else "Scorecard"
    for card in cards:
        print(f"{label}: {scorecard_line(card, lang)}", file=out)
