"""Weak mentions the labels call vague: the item is addressed with no commitment.

Found by the out-of-fold error analysis of the development side: updates a vendor
ships or applies, said in words the keywords did not know (read as missing), and
reports the customer has to ask for (read as met).
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

_CASES = [
    ("update-policy", "en", "6. Partner Obligations", "Pellacall releases updates and Service Packs from time to time. Partners are responsible for keeping their systems on the latest release."),
    ("update-policy", "en", "3. Hosting", "We may update the operating system and other software we manage, at our discretion, to keep the Hosted System secure."),
    ("update-policy", "en", "2. Hosting", "Updates to the Platform are released on a regular basis and are applied to the hosted Platform for all customers."),
    ("update-policy", "zh", "五、服务内容", "乙方免费向甲方提供升级软件，甲方可以自行升级或要求乙方工程师协助升级。"),
    ("update-policy", "zh", "三、维护内容", "网站定期更新安全补丁。"),
]


@pytest.mark.parametrize(("item", "language", "heading", "clause"), _CASES)
def test_a_weak_mention_is_vague(reviewed: ReviewContract, item: str, language: str, heading: str,
                                 clause: str) -> None:
    f = reviewed(f"""
        # {heading}
        {clause}
        """, language=language).finding(item)
    assert f.status is Status.VAGUE, f.reasons


def test_patches_within_a_maintenance_period_are_the_version_window_not_updates(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 三、版本维护
        1. 我司对贵司当前使用的SDK 4.x版本提供维护至2028年12月31日，维护期内提供缺陷修复和安全补丁。
        """, language="zh").finding("update-policy")
    assert f.status is Status.MISSING, f.reasons


@pytest.mark.parametrize(("language", "clause"), [
    ("en", "Not more than once per calendar month, Customer may ask Supplier for a report showing the delivery rate for Customer's email over the preceding thirty (30) days."),
    ("zh", "客户可在控制台查看流量及请求数等统计数据；客户需要月度服务报告的，乙方可应客户要求提供。"),
])
def test_a_report_the_customer_must_ask_for_is_not_committed(reviewed: ReviewContract, language: str,
                                                             clause: str) -> None:
    f = reviewed(f"""
        # 7. Reporting
        7.5 {clause}
        """, language=language).finding("service-reports")
    assert f.status is Status.VAGUE, f.reasons
