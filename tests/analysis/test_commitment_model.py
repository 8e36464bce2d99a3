"""The commitment model (`judge.COMMITTED_ABOVE_BY_ITEM`, ``tools/train_commitment.py``): a
clause the rules find addressing an item, unhedged, in wording they do not know for a commitment,
is met when the learned model is sure enough it commits, and says so in its reason.

With uniform models (every clause the same probability) each condition is tried alone: the
item's threshold, the relevance gate, a hedge, an item without a threshold. The shipped model is
tried on a boundary of support worded in ways the rules' lists do not hold.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewer.analysis import judge
from reviewer.analysis.confidence_model import features
from reviewer.analysis.relevance import COMMITMENT_PATH, RelevanceModel, load_model
from reviewer.evaluation.split import split_of
from reviewer.review import Status
from tests.analysis.conftest import InstallModel, ReviewContract, uniform_model

CORPUS_REAL = Path(__file__).resolve().parents[1] / "corpus_real"

# The support team's side only: neither a boundary the rules know ("not covered", "outside the
# scope") nor a hedge.
SCOPE = """
    # Technical Support
    5.1 Technical support answers questions about the Platform and its SDK.
    """


@pytest.fixture
def committed_at(monkeypatch: pytest.MonkeyPatch) -> InstallModel:
    """`install(p)`: the judge asks a commitment model that gives every clause `p`."""

    def install(p: float) -> RelevanceModel:
        model = uniform_model(p)
        monkeypatch.setattr(judge, "commitment_model", lambda: model)
        return model

    return install


def test_sure_enough_the_model_meets_the_item_and_says_it_did(
        reviewed: ReviewContract, relevance_at: InstallModel, committed_at: InstallModel) -> None:
    relevance_at(0.6)
    committed_at(0.7)
    f = reviewed(SCOPE).finding("support-scope")
    assert f.status is Status.MET, f.reasons
    assert "on the word of a model learned from labelled contracts" in f.reasons[0].en
    assert "(model score 0.70)" in f.reasons[0].en and "模型评分0.70" in f.reasons[0].zh
    assert "请复核" in f.reasons[0].zh
    # The panel's one "sure" figure is the confidence model's; the reason gives a score, not a second one.
    assert "sure" not in f.reasons[0].en


def test_below_the_items_threshold_the_rules_decide(
        reviewed: ReviewContract, relevance_at: InstallModel, committed_at: InstallModel) -> None:
    relevance_at(0.6)
    committed_at(0.55)
    f = reviewed(SCOPE).finding("support-scope")
    assert f.status is Status.VAGUE
    assert "no measurable commitment" in f.reasons[0].en


def test_a_clause_the_relevance_model_doubts_is_not_judged(
        reviewed: ReviewContract, relevance_at: InstallModel, committed_at: InstallModel) -> None:
    relevance_at(0.4)  # above the veto, below COMMITMENT_RELEVANT_ABOVE
    committed_at(0.99)
    assert reviewed(SCOPE).finding("support-scope").status is not Status.MET


def test_a_hedge_outweighs_the_model(
        reviewed: ReviewContract, relevance_at: InstallModel, committed_at: InstallModel) -> None:
    relevance_at(0.6)
    committed_at(0.99)
    f = reviewed("""
        # Technical Support
        5.1 Technical support will give reasonable assistance with questions about the Platform and its SDK.
        """).finding("support-scope")
    assert f.status is Status.VAGUE
    assert "reasonable assistance" in f.reasons[0].en


def test_an_item_without_a_threshold_is_left_to_the_rules(
        reviewed: ReviewContract, relevance_at: InstallModel, committed_at: InstallModel) -> None:
    assert "service-reports" not in judge.COMMITTED_ABOVE_BY_ITEM
    relevance_at(0.6)
    committed_at(0.99)
    f = reviewed("""
        # Service Reports
        6.1 The Provider prepares service reports about the Platform.
        """).finding("service-reports")
    assert f.status is Status.VAGUE, f.reasons


def test_the_shipped_model_is_trained_on_development_documents_only() -> None:
    model = load_model(COMMITMENT_PATH)
    assert model is not None
    assert set(judge.COMMITTED_ABOVE_BY_ITEM) <= set(model.item_ids)
    trained_on = json.loads(COMMITMENT_PATH.read_text(encoding="utf-8"))["trained_on"]
    real = [n for n in trained_on if (CORPUS_REAL / f"{n}.expected.json").exists()]
    assert len(real) > 800
    vendors = {json.loads((CORPUS_REAL / f"{n}.expected.json").read_text(encoding="utf-8"))["vendor"]
               for n in real}
    assert {split_of(v) for v in vendors} == {"dev"}


@pytest.mark.parametrize(("body", "fmt", "language"), [
    ("""
     # Technical Support
     5.1 Support covers faults in the Platform and the SDK. Designing, writing and debugging the
     Customer's own applications is work the support team does not take on; it can be ordered as
     consulting services.
     """, "docx", "en"),
    ("""
     # 技术支持
     5.1 技术支持负责处理平台及SDK本身的故障；甲方自有应用的开发与调试由甲方承担，如需协助可另行购买咨询服务。
     """, "pdf", "zh"),
])
def test_the_shipped_model_meets_a_boundary_in_words_no_rule_lists(
        reviewed: ReviewContract, body: str, fmt: str, language: str) -> None:
    f = reviewed(body, fmt=fmt, language=language).finding("support-scope")
    assert f.status is Status.MET, f.reasons
    assert "on the word of a model learned from labelled contracts" in f.reasons[0].en


def test_without_the_model_the_same_boundary_is_vague(
        reviewed: ReviewContract, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(judge, "commitment_model", lambda: None)
    f = reviewed("""
        # Technical Support
        5.1 Support covers faults in the Platform and the SDK. Designing, writing and debugging the
        Customer's own applications is work the support team does not take on; it can be ordered as
        consulting services.
        """).finding("support-scope")
    assert f.status is Status.VAGUE, f.reasons


def test_the_confidence_model_reads_who_met_it(
        reviewed: ReviewContract, relevance_at: InstallModel, committed_at: InstallModel) -> None:
    """A met finding's reason is read up to its colon (`confidence_model.features`): the model's
    part in it stands there, so the learned confidence can rate such findings apart."""
    relevance_at(0.6)
    committed_at(0.7)
    f = reviewed(SCOPE).finding("support-scope")
    feats = features("support-scope", f.status, "en", 0.8, f.reasons[0].en, len(f.facts))
    assert {"w=model|met", "w=learned|met"} <= feats.keys()
