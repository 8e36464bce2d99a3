"""Which figure a clause commits to, where it states several: wordings of the
real-world corpus, through the whole pipeline."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

from reviewer.review import Review

ReviewContract = Callable[..., Review]


def test_the_first_components_percentage_is_the_commitment(reviewed: ReviewContract) -> None:
    # No credit band among them: the later figures are other components'.
    f = reviewed("""
        # 第七条 服务质量
        一、 云主机单实例可用性按自然月统计不低于99.95%，云存储可用性不低于99.99%，政务外网接入链路可用性不低于99.99%。
        """, language="zh").finding("availability")
    assert f.facts.get("percent") == 99.95, f.facts


def test_a_paid_upgrade_in_the_same_sentence_is_not_the_commitment(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 1. Service Level Commitment
        1.1 The Provider shall make the production infrastructure available for 99.95% of each calendar month or, where the Customer has purchased it under an Order, for 99.99% under the premium uptime add-on.
        """).finding("availability")
    assert f.facts.get("percent") == 99.95, f.facts


def test_credit_bands_in_one_sentence_still_give_the_highest_bound(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 4. Service Credits
        4.1 If the Monthly Uptime Percentage is below 99.9%, the Customer receives a credit of 10%; if it is below 99.0%, a credit of 25%.
        """).finding("availability")
    assert f.facts.get("percent") == 99.9, f.facts
