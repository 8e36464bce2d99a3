"""Which clause an item cites first: keyword evidence and the relevance model together."""

from __future__ import annotations

import math
from pathlib import Path

from reviewer.analysis.matching import RANK_BY_RELEVANCE, build_views, find_candidates
from reviewer.analysis.relevance import MODEL_FORMAT, NGRAMS, RelevanceModel
from reviewer.checklist import default_checklist
from reviewer.ingest import read_document
from reviewer.segment import segment

HOLDOUT = Path(__file__).resolve().parents[1] / "corpus_holdout"


def _sure_of(gram: str, item_id: str) -> RelevanceModel:
    """A real model, small enough to read: 0.3 for every clause, and close to certain for
    clauses holding the n-gram `gram` (the weight outweighs any clause's length)."""
    return RelevanceModel.from_json({
        "format": MODEL_FORMAT, "ngrams": list(NGRAMS),
        "items": {item_id: {"bias": math.log(0.3 / 0.7), "weights": {gram: 200.0}}},
    })


def test_the_clause_the_model_is_sure_of_leads_over_a_slightly_higher_keyword_score() -> None:
    # "StratoCloud will apply any Service Credits only against future payments ..."
    # names credits more often; "To receive a Service Credit, you must submit a
    # claim ..." is what the labels cite. With a model sure of the second, it leads.
    views = build_views(segment(read_document(HOLDOUT / "stratocloud-compute-sla-en.pdf")))
    item = default_checklist().item("service-credits")
    candidates = find_candidates(item, views, model=_sure_of("subm", item.id))
    assert len(candidates) >= 3
    first = candidates[0]
    assert first.view.text.startswith("To receive a Service Credit"), first.view.text[:80]
    assert first.relevance is not None and first.relevance >= 0.8, (first.score, first.relevance)
    outranked = [c for c in candidates[1:] if c.score > first.score]
    assert outranked  # a keyword-richer clause was outranked ...
    # ... by the model's doubt of it, not by a larger keyword score.
    assert all((c.relevance or 0.0) < 0.5 for c in outranked)
    assert all(first.score + RANK_BY_RELEVANCE * first.relevance
               > c.score + RANK_BY_RELEVANCE * (c.relevance or 0.0) for c in outranked)


def test_without_the_models_certainty_the_keyword_score_leads() -> None:
    # The same document with a model that knows nothing of the claim clause: the
    # keyword-richer clause comes first (so the test above shows the model's part).
    views = build_views(segment(read_document(HOLDOUT / "stratocloud-compute-sla-en.pdf")))
    item = default_checklist().item("service-credits")
    candidates = find_candidates(item, views, model=_sure_of("\u2603\u2603", item.id))
    assert not candidates[0].view.text.startswith("To receive a Service Credit")
    assert candidates[0].score >= max(c.score for c in candidates)
