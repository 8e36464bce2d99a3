"""support-scope: the boundary of vendor support drawn without "does not cover":
support said to cover only the product ("技术支持仅涉及…", "只覆盖…", "维保仅包括…"),
the excluded side "不在技术支持之列", named first ("Outside its scope are …"), or
refused in other words ("gives no support for …", "do not include support for:").
Each is a binding boundary, met, as the labelling guide settles it; a support
clause that draws no boundary stays short of met."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body", "quote"), [
    ("zh", """
    # 第六条 技术支持
    6.1 乙方通过工单系统和服务热线提供技术支持。
    6.2 乙方的技术支持仅涉及本系统自身的安装、配置与故障处理，甲方业务流程的设计与甲方自有系统的对接开发由甲方负担。
    """, "仅涉及本系统自身"),
    ("zh", """
    # 五、售后服务
    1. 售后服务只覆盖本软件的缺陷修复和使用咨询。
    2. 服务期内乙方每季度回访一次。
    """, "只覆盖本软件的缺陷修复"),
    ("zh", """
    # 第八条 服务范围
    8.1 下列事项均不在运维服务之列：甲方自行安装的第三方软件、甲方的网络设备、甲方自行修改的程序。
    """, "均不在运维服务之列"),
    ("en", """
    # 7. Support Services
    7.1 Support Services are delivered through the support portal during Business Hours.
    7.2 Outside their scope are the Client's own scripts, integrations built by the Client and hardware that the Client supplies.
    """, "Outside their scope are"),
    ("en", """
    # 4. Technical Support
    4.1 The Vendor provides technical support for the Platform by e-mail.
    4.2 The following are outside the Support Services: the design of the Customer's reports, the Customer's firewall settings and any third-party plug-in.
    """, "are outside the Support Services"),
    ("en", """
    # 5. Support
    5.1 Our engineers answer questions about the API and fix defects in the SDK.
    5.2 We give no support for the devices, browsers or networks of your end users.
    """, "give no support for"),
    ("en", """
    # 6. Support
    6.1 Support covers the Platform only. Your own scripts, plug-ins and network fall outside our support.
    """, "fall outside our support"),
    ("en", """
    # 9. Support Services
    9.1 The Vendor answers questions about the Service by e-mail. Excluded from Support Services are on-site work, data migration and the Customer's custom reports.
    """, "Excluded from Support Services are"),
    ("zh", """
    # 七、其他约定
    7.1 以下事项不在本合同服务范围之内：甲方自行开发的程序、甲方的网络与终端设备、第三方软件。
    """, "不在本合同服务范围之内"),
], ids=["only-concerns-zh", "only-covers-zh", "not-among-zh", "outside-their-scope-en", "are-outside-support-en", "no-support-for-en",
        "fall-outside-our-support-en", "excluded-from-support-en", "list-lead-in-zh"])
def test_a_boundary_in_other_words_meets_support_scope(
        reviewed: ReviewContract, language: str, body: str, quote: str) -> None:
    f = reviewed(body, language=language).finding("support-scope")
    assert f.status is Status.MET, f.reasons
    assert any(quote in e.text for e in f.evidence), [e.text for e in f.evidence]


def test_support_described_without_a_boundary_is_not_met(reviewed: ReviewContract) -> None:
    f = reviewed("""
    # 6. Support
    6.1 Support covers installation questions and defect reports and is delivered by e-mail.
    6.2 Outside business hours the Vendor answers critical issues only.
    """).finding("support-scope")
    assert f.status is not Status.MET, f.reasons
