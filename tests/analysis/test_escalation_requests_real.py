"""escalation-path: the customer's right to ask for someone higher up, in Chinese wordings of the real-world corpus."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    # (inspur) put through to the supervisor on request.
    """
    # 五、客户服务
    5.1 乙方通过客服热线和电子邮件提供客户服务。
    5.2 您对客服人员的服务态度或处理结果不满意的，可以拨打客服热线要求转接客服主管。
    """,
    # (ezviz) a higher priority on request, through the named manager.
    """
    # 十、技术支持
    10.4 问题需由研发部门处理的，技术支持人员将工单转交研发部门，并在工单中告知开发者转交情况；开发者可通过专属技术支持经理要求提高处理优先级。
    """,
])
def test_the_customers_request_for_a_supervisor_or_a_higher_priority_meets_escalation(
        reviewed: ReviewContract, body: str) -> None:
    # The spec's met form: "the customer's right to request escalation".
    f = reviewed(body, language="zh").finding("escalation-path")
    assert f.status is Status.MET, f.reasons
