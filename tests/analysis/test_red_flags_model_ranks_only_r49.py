"""The relevance model only orders a red flag's clauses (`matching.RANK_ONLY_SECTIONS`).

A red flag's "vague" is the undermining term itself ("may suspend the Services at any
time without notice") and its "met" the protection in words; both are the rules'. Out of
fold (six December 2026, fold models trained with the five red-flag items) the model's
full role cost 97.7 -> 96.0 % of the red flags: it dropped keyword clauses it scores low
and proposed clauses about something near ("availability is measured by our monitoring")
as red flags. Ordering alone raised their evidence 94.7 -> 96.2 %, statuses unchanged.

The models here are real `RelevanceModel`s the core loads, with every red-flag item (as
the shipped model has once it is retrained with `tools/train_relevance.py`'s 30 items).
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis import matching
from reviewer.analysis.relevance import WEIGHT_SCALE, RelevanceModel, features
from reviewer.evaluation.items import RED_FLAG_IDS
from reviewer.pipeline import resolve_checklist
from reviewer.review import Review, Status
from tests.analysis.conftest import InstallModel, uniform_model

ReviewContract = Callable[..., Review]

# Below `matching.STRONG_FLOOR`: under the model's full role no keyword, heading or
# denial would keep a clause (the red flag would be "missing").
OFF_TOPIC = 0.01
# Above `matching.ADD_ABOVE` and `judge.MODEL_MET_ABOVE`: under its full role the model
# would propose every clause for every item.
SURE = 0.95

_SUSPENSION = """
    # 7. Account Measures
    7.1 Provider may suspend the Services at any time, for any reason, without notice to Customer.
    """

_NO_RED_FLAG = """
    # 3. Availability
    3.1 Uptime is checked each minute from three regions and reported to Customer monthly.
    3.2 Customer may contact support by email at support@example.com.
    """


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_red_flag_the_model_doubts_stays_the_rules(reviewed: ReviewContract, relevance_at: InstallModel,
                                                     fmt: str) -> None:
    relevance_at(OFF_TOPIC)
    f = reviewed(_SUSPENSION, fmt=fmt).finding("suspension-limits")
    assert f.status is Status.VAGUE, f.reasons
    assert "without notice" in f.evidence[0].text


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_model_proposes_no_red_flag(reviewed: ReviewContract, relevance_at: InstallModel,
                                        language: str) -> None:
    relevance_at(SURE)
    body = _NO_RED_FLAG if language == "en" else """
        # 三、可用性
        3.1 服务在线情况每分钟从三个地域检查一次，并按月向甲方报告。
        3.2 甲方可通过电子邮件联系技术支持。
        """
    review = reviewed(body, language=language)
    for item_id in RED_FLAG_IDS:
        f = review.finding(item_id)
        assert f.status is Status.MISSING, (item_id, f.reasons)
    # The other items keep the model's full role: it proposes the clauses no keyword found.
    assert review.finding("support-channels").status is not Status.MISSING


def test_the_model_still_orders_a_red_flags_clauses(reviewed: ReviewContract,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Two clauses the rules find alike: the one the model scores higher is judged and cited first."""
    first = "7.1 Provider may suspend the Services at any time without notice to Customer."
    second = "7.2 Provider may suspend the Services at any time without notice to Customer if the account endangers the platform."
    theirs = sorted(features(second) - features(first))
    ids = [item.id for item in resolve_checklist(None).items]
    base = uniform_model(0.3)  # at or above DROP_BELOW: the first clause holds in either role
    grams = theirs[:40]
    k = int(4.0 * WEIGHT_SCALE)
    items = [(list(range(len(grams))), [k] * len(grams)) if i == "suspension-limits" else ([], []) for i in ids]
    model = RelevanceModel(ids, base.biases, grams, items)
    monkeypatch.setattr(matching, "load_model", lambda *args, **kwargs: model)
    f = reviewed(f"""
        # 7. Account Measures
        {first}
        {second}
        """).finding("suspension-limits")
    assert f.status is Status.VAGUE, f.reasons
    assert "endangers" in f.evidence[0].text, [e.text for e in f.evidence]
