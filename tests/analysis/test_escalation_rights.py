"""escalation-path: the customer's right to ask for escalation meets the item, however the customer is named.

The spec: "escalation tiers ... with time triggers or the customer's right to
request escalation". Vendors name the customer by plan ("Business plan
customers"), by role ("Publisher", "Subscriber") or by pronoun, and Chinese
terms address the reader (您). The vendor's own "may escalate" is its
discretion, not the customer's right.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "clause"), [
    ("en", "22.4 Escalation. Business and Enterprise plan customers may ask a support specialist to escalate a case to a support manager."),
    ("en", "5. Escalation. An Enterprise Edition Publisher may escalate any open issue to its Customer Success Manager, who will coordinate the response."),
    ("en", "5.4 If the Customer is not satisfied with the progress of a P1 Fault, it may ask for the Fault to be escalated to the support team leader and then to the head of customer operations."),
    ("zh", "5.2 您对故障处理结果不满意的，可以通过专属客户经理申请将问题升级至技术支持负责人处理。"),
    ("zh", "5.2 工单升级：对处理进展不满意的，客户可通过服务电话申请升级工单，由技术支持主管介入跟进。"),
    ("zh", "5.3 投诉处理结果须经甲方确认后方可结案，甲方不认可的，乙方应升级至乙方服务总监处理。"),
])
def test_the_customers_right_to_escalate_is_met(reviewed: ReviewContract, language: str, clause: str) -> None:
    heading = "# 5. Support" if language == "en" else "# 五、技术支持"
    f = reviewed(f"""
        {heading}
        {clause}
        """, language=language).finding("escalation-path")
    assert f.status is Status.MET, f.reasons


def test_the_vendors_own_escalation_is_its_discretion(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 5. Support
        5.4 Escalation. Northwind may escalate a case to its engineering team.
        """).finding("escalation-path")
    assert f.status is Status.VAGUE, f.reasons
