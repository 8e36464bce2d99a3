"""A vendor taking up a reported problem with no time addresses response-times: vague.

"客户反映的问题，乙方将尽快处理", "提交的售后问题，我方将在工作时间内尽快处理": the vendor's
first move on a problem is its response, as "乙方将尽快安排技术人员处理" already is;
no number is given, so the item is vague (the labels read it so), not missing.
The hit is the verb phrase only, so a time stated earlier in the sentence keeps
its own response word ("一般在24小时内回复，并将尽快处理": 24 hours is still read).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "用户可通过工单系统提交售后故障，我方将在工作时间内及时跟进。",
    "对于用户提交的咨询，本公司会及时处理。",
])
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_problem_taken_up_without_a_time_is_vague(reviewed: ReviewContract, clause: str, fmt: str) -> None:
    f = reviewed(f"""
        # 一、服务内容
        1.1 乙方向客户提供云主机租用服务。
        # 二、售后服务
        2.1 {clause}
        """, language="zh", fmt=fmt).finding("response-times")
    assert f.status is Status.VAGUE, (clause, f.reasons)


def test_a_time_before_it_keeps_its_facts(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 一、售后服务
        1.1 对于用户通过在线客服提交的问题，乙方一般在24小时内回复，并将尽快处理并将处理结果告知用户。
        """, language="zh").finding("response-times")
    assert f.status is Status.VAGUE, f.reasons
    assert [lv["minutes"] for lv in f.facts["levels"]] == [1440], f.facts
