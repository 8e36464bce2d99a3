"""escalation-path: the customer's right to ask for escalation, in the other ways vendors say it, is met.

The specification meets the item on "the customer's right to request
escalation". Vendors say it with "can" as well as "may", with the channel
before the ask, or as what the customer wants done: "it can ask for the Fault
to be escalated, first to the support team leader", "may ask, through the
portal or the support telephone line, for an open Priority 1 or Priority 2
request to be escalated", "Whenever you want a support request on your account
escalated, get in touch with your account manager", "it may escalate the
request through its account manager", "可以在工单中提出将问题升级给工程团队负责人".
The vendor's own escalation "as appropriate" stays vague.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("clause", [
    "5.4 Where the Customer is unhappy with how a P1 or P2 Fault is progressing, it can ask for the Fault to be "
    "escalated, first to the support team leader and then to the head of operations.",
    "5.4 A Premium Support customer may ask, through the portal or the support telephone line, for an open "
    "Priority 1 or Priority 2 request to be escalated to a senior engineer.",
    "5.4 Whenever you want a support request on your account escalated, get in touch with your account manager, "
    "who will bring in the team leader of the support team.",
    "5.4 Whenever Customer feels that a support request is not moving forward fast enough, it may escalate the "
    "request through its account manager.",
])
def test_the_customers_right_to_ask_for_escalation_is_met(reviewed: ReviewContract, fmt: str, clause: str) -> None:
    f = reviewed(f"""
        # 5. Support
        5.1 Customer reports issues through the support portal or by telephone.
        {clause}
        """, fmt=fmt).finding("escalation-path")
    assert f.status is Status.MET, f.reasons


def test_the_customers_right_in_chinese(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 四、技术支持
        4.1 您可以通过工单系统提交技术问题。
        4.2 您认为问题处理进度无法满足业务需要的，可以在工单中提出将问题升级给工程团队负责人。
        """, language="zh").finding("escalation-path")
    assert f.status is Status.MET, f.reasons


def test_the_vendors_own_escalation_as_appropriate_stays_vague(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 5. Support
        5.1 Customer reports issues through the support portal or by telephone.
        5.4 Norvale will escalate issues internally as appropriate.
        """).finding("escalation-path")
    assert f.status is Status.VAGUE, f.reasons
