"""resolution-times: a fix promised or refused without a time, in more words, addresses the item
(vague).

"will make its best effort, with due diligence, to fix any technical problem you encounter" (an
effort to fix whatever is reported), "will begin clearing a fault reported to it without delay"
(work begun at once, no time to finish), "修正何时完成，我司不作保证" (the time of a fix refused),
"一般情况下在5个工作日内修好" (修好, a fix, now a keyword; hedged). The first three are rare in
training and scored low by the relevance model, so the item's own wording addresses them (also
with a model that doubts every clause).
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "The vendor will make its best effort, with due diligence, to fix any technical problem you encounter.",
    "The vendor will begin clearing a fault reported to it without delay, and within the working hours of the support line.",
])
def test_a_fix_without_a_time_is_addressed(reviewed: ReviewContract, clause: str, model: str) -> None:
    f = reviewed(f"""
        # 6. Faults
        6.1 {clause}
        """).finding("resolution-times")
    assert f.status is Status.VAGUE, (f.status, f.reasons)


@pytest.mark.parametrize("clause", [
    "确认为程序缺陷的，我司会在之后的版本或修订程序中加以修正，并以维护信息告知客户；修正何时完成，我司不作保证。",
])
def test_a_fix_without_a_time_is_addressed_zh(reviewed: ReviewContract, clause: str, model: str) -> None:
    f = reviewed(f"""
        # 第六条 故障处理
        6.1 {clause}
        """, language="zh").finding("resolution-times")
    assert f.status is Status.VAGUE, (f.status, f.reasons)


def test_a_hedged_time_to_have_it_fixed_is_vague_zh(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 第六条 故障处理
        6.1 对故障类请求，我们会尽快处理，一般情况下在5个工作日内修好。
        """, language="zh").finding("resolution-times")
    assert f.status is Status.VAGUE, (f.status, f.reasons)
