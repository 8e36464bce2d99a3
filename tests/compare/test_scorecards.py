"""Scorecard arithmetic and the `scorecards` block of checklist files."""

from __future__ import annotations

import io
import re

import pytest

from reviewer.annotations import Annotations
from reviewer.checklist import default_checklist, parse_checklist
from reviewer.compare.scorecards import print_scorecards, score_review
from reviewer.errors import ChecklistError
from reviewer.review import DocumentInfo, Finding, Review, Status

CHECKLIST = """\
schema: contract-reviewer/checklist-1
id: tiny
version: "1"
sections:
  - id: alpha
    title: Alpha
    weight: 3
    items:
      - {id: a1, title: A1, description: d, question: q, find: {keywords: {en: [a1]}}}
      - {id: a2, title: A2, description: d, question: q, weight: 3, find: {keywords: {en: [a2]}}}
  - id: beta
    title: Beta
    weight: 1
    items:
      - {id: b1, title: B1, description: d, question: q, find: {keywords: {en: [b1]}}}
      - {id: b2, title: B2, description: d, question: q, find: {keywords: {en: [b2]}}}
scorecards:
  - id: coverage
    title: {en: Coverage, zh: 覆盖}
    dimensions:
      - {id: alpha, title: Alpha, weight: 3, sections: [alpha]}
      - {id: beta, title: Beta, weight: 1, sections: [beta]}
  - id: mixed
    title: Mixed
    dimensions:
      - {id: one, title: One, weight: 60, items: [a1, b1]}
      - {id: two, title: Two, weight: 40, items: [a2]}
      - {id: empty, title: Empty, weight: 50, items: [b2]}
"""


def make_review(statuses: dict[str, Status]) -> Review:
    sections = {"a1": "alpha", "a2": "alpha", "b1": "beta", "b2": "beta"}
    findings = tuple(Finding(i, sections[i], s) for i, s in statuses.items())
    return Review(DocumentInfo("x.pdf", "pdf", 1, "en"), "tiny", "1", findings, score=0.0)


def scores(review: Review, annotations: Annotations | None = None) -> dict[str, float | None]:
    cards = score_review(review, parse_checklist(CHECKLIST), annotations)
    out: dict[str, float | None] = {c.id: c.score for c in cards}
    out.update({f"{c.id}.{d.id}": d.score for c in cards for d in c.dimensions})
    return out


def test_weighted_means_with_item_and_dimension_weights() -> None:
    review = make_review({"a1": Status.MET, "a2": Status.VAGUE, "b1": Status.MISSING,
                          "b2": Status.MET})
    s = scores(review)
    # alpha: (1*1 + 3*0.5) / 4 = 62.5; beta: (0 + 1) / 2 = 50; coverage (3*62.5 + 50) / 4
    assert s["coverage.alpha"] == pytest.approx(62.5)
    assert s["coverage.beta"] == pytest.approx(50.0)
    assert s["coverage"] == pytest.approx(59.375)
    # one: (1 + 0) / 2 = 50; two: 50; empty: b2 met = 100; (60*50 + 40*50 + 50*100) / 150
    assert s["mixed.one"] == pytest.approx(50.0)
    assert s["mixed.two"] == pytest.approx(50.0)
    assert s["mixed"] == pytest.approx(200 / 3)


def test_overrides_count_and_absent_items_drop_out() -> None:
    review = make_review({"a1": Status.MISSING, "a2": Status.MISSING, "b1": Status.MISSING})
    assert scores(review)["coverage"] == 0.0
    ann = Annotations().with_item("a2", status_override=Status.MET)
    s = scores(review, ann)
    assert s["coverage.alpha"] == pytest.approx(75.0)
    assert s["coverage"] == pytest.approx(56.25)
    # b2 is not in the review: its dimension drops out instead of counting as zero.
    assert s["mixed.empty"] is None
    assert s["mixed"] == pytest.approx((60 * 0 + 40 * 100) / 100)


def test_default_checklist_ships_two_scorecards() -> None:
    cl = default_checklist()
    cards = {c.id: c for c in cl.scorecards}
    assert set(cards) == {"terms-coverage", "service-quality"}
    item_ids = sorted(i.id for i in cl.items)
    quality = cards["service-quality"]
    assert [(d.id, d.weight) for d in quality.dimensions] == [
        ("response-speed", 25), ("problem-resolution", 25), ("professionalism", 20),
        ("communication", 15), ("proactive-service", 15)]
    assert sorted(quality.item_ids) == item_ids  # every item in exactly one dimension
    coverage = cards["terms-coverage"]
    assert {d.id: d.weight for d in coverage.dimensions} == {s.id: s.weight for s in cl.sections}
    assert sorted(coverage.item_ids) == item_ids


def test_terms_coverage_equals_the_terms_score() -> None:
    cl = default_checklist()
    cycle = [Status.MET, Status.VAGUE, Status.MISSING, Status.MET]
    findings = tuple(Finding(item.id, item.section, cycle[i % 4]) for i, item in enumerate(cl.items))
    from reviewer.analysis.score import compute_scores

    total, sections = compute_scores(cl, findings)
    review = Review(DocumentInfo("x.pdf", "pdf", 1, "en"), cl.id, cl.version, findings, total,
                    section_scores=sections)
    coverage = next(c for c in score_review(review, cl) if c.id == "terms-coverage")
    assert coverage.score == pytest.approx(total)
    out = io.StringIO()
    print_scorecards(review, "en", out, cl)
    lines = out.getvalue().strip().splitlines()
    assert lines[0] == f"Scorecard: Terms coverage {total:.1f}/100 (" + lines[0].split("(", 1)[1]
    assert re.match(r"Scorecard: Service quality \d+\.\d/100 \(Response speed ", lines[1])


@pytest.mark.parametrize(("block", "message"), [
    ("      - {id: x, title: X, weight: 1, items: [a9]}", "there is no item 'a9'"),
    ("      - {id: x, title: X, weight: 1, sections: [gamma]}", "there is no section 'gamma'"),
    ("      - {id: x, title: X, weight: 1}", "needs 'items' and/or 'sections'"),
    ("      - {id: x, title: X, weight: 0, items: [a1]}", "must be greater than 0"),
    ("      - {id: x, title: X, weight: 1, sections: [alpha]}\n"
     "      - {id: y, title: Y, weight: 1, items: [a2]}", "already scored in dimension 'x'"),
])
def test_broken_scorecards_are_refused(block: str, message: str) -> None:
    text = CHECKLIST.split("scorecards:")[0] + "scorecards:\n  - id: s\n    title: S\n" \
        "    dimensions:\n" + block + "\n"
    with pytest.raises(ChecklistError, match=re.escape(message)) as info:
        parse_checklist(text, "mine.yaml")
    assert "mine.yaml, line" in str(info.value)


def test_duplicate_scorecard_ids_are_refused() -> None:
    text = CHECKLIST.replace("  - id: mixed", "  - id: coverage")
    with pytest.raises(ChecklistError, match="scorecard id 'coverage' is used twice"):
        parse_checklist(text)
