"""response-clock: the ways vendors say when the response clock runs or what a response time spans.

"Response times start running when X receives the request", "SLA response
times start once the ticket has been properly submitted", "the time between
Customer's notification and X's reply", "how long X takes to send its first
reply to a new support request", "“响应时间”是指从乙方收到甲方的咨询……到乙方作出答复的时间",
"响应时间是指客户提交工单之时起，至技术服务人员第一次响应之时止的时长", "乙方收到上述信息后，
须在2小时内作出受理回复": each says when the clock starts, so the item is met.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("clause", [
    "4.2 Response times start running when Norvale receives the request at the support e-mail address.",
    "4.2 SLA response times start once the ticket has been properly submitted through the portal.",
    "4.2 Acknowledgement is measured as incident response time, meaning the time between Customer's "
    "notification and Norvale's reply that gives an incident number.",
    "4.2 \"First Response Time\" means how long Norvale takes to send its first reply to a new support request.",
])
def test_an_english_clock_start_is_met(reviewed: ReviewContract, fmt: str, clause: str) -> None:
    f = reviewed(f"""
        # 4. Support
        4.1 Norvale responds to Severity 1 tickets within 1 hour and to Severity 2 tickets within 4 hours.
        {clause}
        """, fmt=fmt).finding("response-clock")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize("clause", [
    "4.2 “响应时间”是指从乙方收到甲方的咨询、申告或投诉到乙方作出答复的时间。",
    "4.2 响应时间是指客户提交工单之时起，至乙方技术服务人员第一次响应之时止的时长。",
    "4.2 响应时间：乙方收到上述信息后，须在2小时内作出受理回复。",
])
def test_a_chinese_clock_start_is_met(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 第四条 技术支持
        4.1 甲方可通过服务热线、邮件或工单系统向乙方报告故障，并说明故障现象和影响范围。
        {clause}
        """, language="zh").finding("response-clock")
    assert f.status is Status.MET, f.reasons
