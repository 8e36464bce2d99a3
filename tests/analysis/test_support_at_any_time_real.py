"""Support "at any time" with no hours addresses support-hours: vague.

"客户……遇到技术问题的，可随时联系技术支持团队", "我公司技术人员保证随时响应": the support
staff's availability is stated without days, hours or time zone, and not as 7×24,
so the item is vague (the labels read it so), not missing. Hours in the training
data come with times, so the relevance model scores such a clause low; the item's
`addressed_by` wording keeps it, and the tests run with a model that doubts every
clause as well as with the shipped one. "如您对本政策有疑问，可随时联系我们" is no
support coverage.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "技术支持：客户在使用软件过程中遇到技术问题的，可随时联系技术支持团队。",
    "远程服务：系统发生故障时，乙方技术人员保证随时响应，提供远程联机技术支持和热线电话服务。",
], ids=["contact", "respond"])
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_support_at_any_time_is_vague(reviewed: ReviewContract, model: str, clause: str, fmt: str) -> None:
    f = reviewed(f"""
        # 一、服务内容
        1.1 乙方向客户提供收银软件的使用许可及升级服务。
        # 二、售后服务
        2.1 {clause}
        """, language="zh", fmt=fmt).finding("support-hours")
    assert f.status is Status.VAGUE, (clause, f.reasons)


def test_questions_about_a_policy_are_no_support_hours(reviewed: ReviewContract, model: str) -> None:
    f = reviewed("""
        # 一、个人信息
        1.1 我们仅为提供本服务之目的处理您的个人信息。
        1.2 如您对本政策有任何疑问，可随时联系我们。
        """, language="zh").finding("support-hours")
    assert f.status is Status.MISSING, f.reasons
