"""The plan that applies when the order names none, in more words.

"订单没有载明的，适用基础支持" (没有 for 未), "Unless the Order names a different
Support Program, Hosted Services come with Standard Support" (the condition
first, the plan after it): the levels are that plan's, not the most
comprehensive plan's. A plan named only as the customer's choice still
leaves the most comprehensive one.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review

ReviewContract = Callable[..., Review]

ZH_TABLE = """
        [table-title: 表1 各套餐首次响应时间]
        | 问题级别 | 基础支持 | 专业支持 | 旗舰支持 |
        | 紧急 | 4小时 | 1小时 | 15分钟 |
        | 重要 | 1个工作日 | 4小时 | 1小时 |
        """
EN_TABLE = """
        [table-title: Table 1 - First response times]
        | Priority | Base | Standard | Premium |
        | P1 | 8 hours | 2 hours | 30 minutes |
        | P2 | 2 business days | 1 business day | 2 hours |
        """


@pytest.mark.parametrize(("language", "body", "plan"), [
    ("zh", """
        # 附件一 技术支持套餐
        1. 您所购的技术支持套餐以订单为准；订单没有载明的，适用基础支持。
        """ + ZH_TABLE, "基础支持"),
    ("zh", """
        # 附件一 技术支持套餐
        1. 合同中未写明套餐的，默认适用专业支持。
        """ + ZH_TABLE, "专业支持"),
    ("en", """
        # Schedule B Support
        1. Unless the Order names a different Support Program, Hosted Services come with Standard Support.
        """ + EN_TABLE, "Standard"),
    ("en", """
        # Schedule B Support
        1. Unless your Order Form specifies otherwise, every subscription receives Base support.
        """ + EN_TABLE, "Base"),
])
def test_the_default_plans_levels(reviewed: ReviewContract, language: str, body: str, plan: str) -> None:
    facts = reviewed(body, language=language).finding("response-times").facts
    assert facts["plan"] == plan
    assert facts["levels"] == next(p["levels"] for p in facts["plans"] if p["plan"] == plan)


def test_a_plan_named_as_a_choice_is_no_default(reviewed: ReviewContract) -> None:
    facts = reviewed("""
        # Schedule B Support
        1. The Order names the Support Program: Base, Standard or Premium.
        """ + EN_TABLE).finding("response-times").facts
    assert facts["plan"] == "Premium"
