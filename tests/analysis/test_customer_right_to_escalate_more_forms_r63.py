"""escalation-path (LABELLING.md, settled 7 December 2026, second audit): the customer's right to
request escalation is met with no tiers or time trigger, also as "如您对支持答复不满意，可按以下方式
升级", "如需升级，请联系…", "请发送邮件至…升级处理", "ask for escalation in your support email" and
an escalation address; software upgraded (升级) is no escalation."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    """
    # 八、升级
    如您对支持答复不满意，可按以下方式升级：回复支持邮件要求升级处理，或申请经理复核。
    """,
    """
    # 一、支持
    偶尔，某个问题可能需要升级至我们的工程团队处理。如需升级，请联系cs@example.com。
    """,
    """
    # 3. Escalation
    3. Request escalation. On paid plans, ask for escalation in your support email when the issue is urgent.
    """,
])
def test_the_customers_right_to_escalate_is_met(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body).finding("escalation-path")
    assert f.status is Status.MET, (f.status, f.reasons)


def test_a_software_upgrade_is_no_escalation(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 五、版本
        如需升级软件版本，请联系销售人员购买升级服务。
        """).finding("escalation-path")
    assert f.status is not Status.MET, (f.status, f.reasons)
