# ruff: noqa: E501
"""suspension-limits: a branch that suspends at once undoes the notice the other causes
get (the red flag wins), whatever words say "at once": "(b) with immediate effect, where
...", "may suspend ... without giving notice first", "有权不通知甲方而暂停", "事先不必通知您",
"随时单方面限制、中止"; the customer's own right to stop something at any time ("客户可以随时
中止远程会话") is no such branch."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body"), [
    ("en", """
        # 9. Suspension
        9.1 Acme may suspend Customer's access to the Services, in whole or in part: (a) after giving Customer ten (10) days' written notice, where an amount is overdue by more than thirty (30) days; or (b) with immediate effect, where Acme reasonably believes Customer's use of the Services creates a security risk.
        """),
    ("en", """
        # 5. Suspension
        5.1 Acme may suspend Customer's access to the Services where an undisputed invoice is still unpaid forty-five (45) days after falling due and Customer has not paid within fifteen (15) days of Acme's written notice that it intends to suspend.
        5.2 If Customer's use puts the security of the Services at imminent risk, Acme may suspend the affected part of the Services without giving notice first, and will restore access once the risk ends.
        """),
    ("zh", """
        # 九、暂停服务
        9.1 甲方逾期支付费用超过10日，经乙方书面催告后5日内仍不支付的，乙方可以暂停开放平台服务。
        9.2 甲方借助开放平台从事违法活动的，乙方有权不通知甲方而暂停其接口调用权限。
        """),
    ("zh", """
        # 十四、违约处理
        14.1 您的服务费用逾期超过15日未付的，我们可以暂停服务，并通知您在10日内付清。
        14.2 您违反本条规定的，我们可以根据具体情况采取警告、限制功能、暂停或终止服务等措施，事先不必通知您。
        """),
    ("zh", """
        # 五、付款
        5.3 客户逾期付款的，经书面催告后，乙方有权暂停客户使用本服务，直到客户付清款项为止。
        5.4 如客户的任何行为违反本协议，乙方可依违约情节，随时单方面限制、中止或者终止对客户的服务。
        """),
])
def test_a_branch_that_suspends_at_once_makes_the_item_vague(reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("suspension-limits")
    assert f.status is Status.VAGUE, (f.status, f.reasons)


def test_the_customers_own_right_to_stop_at_any_time_is_no_such_branch(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 三、技术支持
        3.1 确需登录客户环境诊断的，乙方工程师应事先征得客户同意，并在客户人员监督下操作；客户可以随时中止远程会话。
        3.2 客户付款逾期超过30日，且收到乙方书面催告后10个工作日内仍未付清的，乙方有权暂停提供支持服务。
        """, language="zh").finding("suspension-limits")
    assert f.status is Status.MET, (f.status, f.reasons)
