"""A clause only the relevance model found may meet an item when the model is sure of it.

Vendors' words for an item outrun any keyword list ("使用教程和常见问题解答",
"申请升级工单"): `judge.MODEL_MET_ABOVE` lets such a clause meet the item when
its relevance is at least that high (tuned out of fold). A clause that names
the item and hedges it still wins over one only the model found.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis import judge, matching
from reviewer.analysis.matching import build_views
from reviewer.analysis.relevance import RelevanceModel, load_model
from reviewer.api import review
from reviewer.pipeline import read_contract, resolve_checklist, split_clauses
from reviewer.review import Review, Status
from tests.analysis.conftest import DOUBT, MakeContract

ReviewContract = Callable[..., Review]

# No keyword of the item in it (帮助中心 became one on 4 December 2026: the
# clause says 官网上 instead, so only the model can find it).
_NO_KEYWORD = """
    # 十、帮助与服务
    10.4 坚木云在官网上提供本产品的使用教程和常见问题解答，并随产品更新而更新。
    """


def test_a_clause_the_model_is_sure_of_meets_the_item(reviewed: ReviewContract) -> None:
    f = reviewed(_NO_KEYWORD, language="zh").finding("documentation-training")
    assert f.status is Status.MET, f.reasons
    assert "使用教程" in f.evidence[0].text


def test_without_the_threshold_it_only_addresses_the_item(reviewed: ReviewContract, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(judge, "MODEL_MET_ABOVE", None)
    f = reviewed(_NO_KEYWORD, language="zh").finding("documentation-training")
    assert f.status is Status.VAGUE, f.reasons


def test_the_doubting_model_is_the_one_the_whole_review_reads(
        contract: MakeContract, doubting: RelevanceModel) -> None:
    """The `doubting` fixture (tests/analysis/conftest.py) is a real model the core loads, not one
    method patched: every item of the checklist, red flags too, scores every clause at DOUBT, the
    model's proposals come from it (the shipped model proposes this clause), and the clause
    only the model found is gone from the review."""
    assert matching.load_model() is doubting
    assert set(doubting.item_ids) == {item.id for item in resolve_checklist(None).items}
    path = contract(_NO_KEYWORD, language="zh")
    clauses = split_clauses(read_contract(str(path)))
    shipped = load_model()
    assert shipped is not None and "documentation-training" in build_views(clauses).proposals(shipped)
    views = build_views(clauses)  # (a view keeps the sums of the first model that scored it)
    for v in views:
        scores = v.relevance(doubting)
        assert scores == dict.fromkeys(doubting.item_ids, pytest.approx(DOUBT, abs=1e-12)), v.text
        assert min(scores.values()) >= DOUBT  # not a hair below `matching.STRONG_FLOOR`
    assert views.proposals(doubting) == {}
    f = review(path).finding("documentation-training")
    assert f.status is Status.MISSING and not f.evidence, (f.status, f.reasons)


def test_a_hedged_clause_naming_the_item_outweighs_the_models_find(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 1. Support
        1.2 P2 and P3 tickets are handled during business hours, and their response times run during business hours.
        1.3 Confera's support engineers acknowledge P0 Blocker tickets within one (1) hour of receipt and P1 Critical tickets within two (2) hours of receipt.
        """).finding("response-clock")
    assert f.status is Status.VAGUE, f.reasons
