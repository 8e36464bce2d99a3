"""Which clause an item cites first: keyword evidence and the relevance model together."""

from __future__ import annotations

from pathlib import Path

from reviewer.analysis.matching import build_views, find_candidates
from reviewer.checklist import default_checklist
from reviewer.ingest import read_document
from reviewer.segment import segment

HOLDOUT = Path(__file__).resolve().parents[1] / "corpus_holdout"


def test_the_clause_the_model_is_sure_of_leads_over_a_slightly_higher_keyword_score() -> None:
    # "Service Credits will not entitle you to any refund ..." names credits
    # three times; "To receive a Service Credit, you must submit a claim ..."
    # is what the labels cite, and the model is sure of it.
    views = build_views(segment(read_document(HOLDOUT / "stratocloud-compute-sla-en.pdf")))
    item = default_checklist().item("service-credits")
    candidates = find_candidates(item, views)
    assert len(candidates) >= 3
    first = candidates[0]
    assert first.relevance is not None and first.relevance >= 0.8, (first.score, first.relevance, first.view.text[:80])
    assert any(c.score > first.score for c in candidates[1:])  # a keyword-richer clause was outranked
