"""availability: the percentage in more of the forms vendors write it, and kept where
the relevance model doubts the clause. Wordings of the real-world corpus."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

from reviewer.analysis.quantities import find_percents
from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def test_a_bracketed_figure_before_the_unit_is_a_percentage() -> None:
    (p,) = find_percents("no less than ninety-nine point nine (99.9) percent")
    assert p.value == 99.9
    assert [q.value for q in find_percents("ten percent (10%) of the fee")] == [10.0]


def test_efforts_to_meet_the_uptime_guarantees_are_efforts(reviewed: ReviewContract) -> None:
    # "the uptime guarantees" is a noun, no binding "guarantees": the effort stands.
    f = reviewed("""
        # Service Level
        1. For its hosted offering, Harbourline uses commercially reasonable efforts to meet the uptime guarantees described on this page.
        2. For Enterprise accounts the service level agreement is a Yearly Uptime Percentage of no less than ninety-nine point nine (99.9) percent.
        """).finding("availability")
    assert f.status is Status.VAGUE, f.reasons
    assert f.facts.get("percent") == 99.9


def test_a_reliability_percentage_per_year_is_availability(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 五、服务标准
        5.1 服务可靠性99.1%，即每年（365天）累积服务中断时间不超过3天。
        """, language="zh").finding("availability")
    assert f.status is Status.MET, f.reasons
    assert f.facts.get("percent") == 99.1


def test_an_availability_percentage_is_kept_when_the_model_doubts_it(
        reviewed: ReviewContract, doubting: RelevanceModel) -> None:
    f = reviewed("""
        # 6. Voice Gateway
        6.2 The SIP servers have an average minimum availability of 98% over a period of 365 days.
        """).finding("availability")
    assert f.status is Status.MET, f.reasons
    assert f.facts.get("percent") == 98.0
