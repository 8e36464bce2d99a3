"""The customer's own duty to report an incident to the vendor is no notice owed to it.

"开发者发生用户数据泄露的，应在发现后24小时内通知平台", "甲方承诺，其计算机信息系统发生重大安全
事故时……在24小时内向政府监管部门报告，并书面告知乙方": a time to tell the vendor (or the
authorities) is not the vendor's breach notice, so it does not meet security-incident;
the vendor's own hedged notice beside it decides (`vague`), and with none the item is
missing.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_the_customers_deadline_beside_the_vendors_hedged_notice_is_vague(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # 六、数据安全
        6.1 接入方存储终端用户数据应采取必要的安全措施。接入方发生用户数据泄露的，应在发现后12小时内通知平台。
        6.2 平台发现开放平台存在安全漏洞或安全事件的，将及时通知受影响的接入方。
        """, language="zh", fmt=fmt).finding("security-incident")
    assert f.status is Status.VAGUE, f.reasons


def test_the_customers_promise_to_report_is_not_about_it(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 八、甲方义务
        8.1 甲方承诺，其业务系统发生重大安全事故时，立即采取应急措施，在12小时内向主管部门报告，并书面告知乙方。
        """, language="zh").finding("security-incident")
    assert f.status is Status.MISSING, f.reasons


def test_the_vendors_own_deadline_still_meets_it(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 六、数据安全
        6.1 乙方发生用户数据泄露的，应在发现后12小时内通知甲方。
        """, language="zh").finding("security-incident")
    assert f.status is Status.MET, f.reasons
