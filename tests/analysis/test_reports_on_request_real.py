"""service-reports: the customer's ticket or availability figures given on request or shown
in a console ("a summary of the Tickets", "客户可以要求…提供其租户的月度可用性统计", "可在控制台
中查看上月的正常运行时间统计"): addressed whatever the relevance model (out of fold) makes of
them, and vague, not met on the period the figures cover."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body"), [
    ("en", """
        # 8. Support
        8.4 Upon request, the Provider may give an administrator a summary of the support tickets.
        """),
    ("zh", """
        # 九、技术支持
        9.5 客户可以要求服务方提供其账户的月度可用性统计，服务方在收到要求后10个工作日内提供。
        """),
    ("zh", """
        # 九、技术支持
        9.5 甲方书面要求的，乙方可以提供其工单的处理情况汇总。
        """),
    ("zh", """
        # 九、服务水平
        9.2 客户可在管理控制台中查看上月的正常运行时间统计。
        """),
])
def test_figures_on_request_are_addressed(
        reviewed: ReviewContract, doubting: RelevanceModel, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("service-reports")
    assert f.status is Status.VAGUE, f.reasons


def test_a_committed_monthly_report_stays_met(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 九、服务报告
        9.1 乙方每月向甲方提交服务报告，内容包括工单数量、响应时间达成情况及系统可用率。
        """, language="zh").finding("service-reports")
    assert f.status is Status.MET, f.reasons
