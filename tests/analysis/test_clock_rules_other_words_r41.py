"""response-clock: how the clock runs, in more words, meets the item.

"该时限以自然小时计，从工单提交成功之时开始计算" (以 as well as 按 before 自然小时/工作时间 计),
"在服务时间以外提交的支持请求，视为于下一个服务时间开始之时提交" (视为于 as well as 视为在), and
times said to count only in business hours in other words ("These time frames apply only to
cases opened during business hours. At present, X's business hours are Monday to Friday, 8am
to 5pm PST", "Only Support Hours count towards response times").
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "甲方工单提交成功后，乙方在24小时内作出首次答复。该时限以自然小时计，从工单提交成功之时开始计算。",
    "对于客户在服务时间内报告的支持请求，乙方会在2小时内给予远程响应。在服务时间以外提交的支持请求，视为于下一个服务时间开始之时提交。",
])
def test_clock_rules_meet_the_item_zh(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 第五条 技术支持
        5.1 {clause}
        """, language="zh").finding("response-clock")
    assert f.status is Status.MET, (f.status, f.reasons)


def test_times_applying_only_in_business_hours_meet_the_item(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 3. Support Plans
        3.1 Initial response: the vendor will acknowledge receipt of the issue by email within 4 business hours. These time frames apply only to cases opened during business hours. At present, the vendor's business hours are Monday to Friday, 8am to 5pm PST.
        """).finding("response-clock")
    assert f.status is Status.MET, (f.status, f.reasons)
