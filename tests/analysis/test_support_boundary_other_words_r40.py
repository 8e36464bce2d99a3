"""support-scope: what support covers, then the excluded side in other words: by a
pronoun ("... and third-party software fall outside it"), "but not to Customer's
applications", "are not part of support", "custom code you write ... are not
supported", "Responsibility for ... lies with the Customer", "不在乙方负责范围内",
"对于…我们不提供支持", "技术支持不涵盖…", "代维服务只限于…". Each is a binding
boundary, met, as the labelling guide settled it on 5 December; an agreement's own
scope ("Services used by consumers fall outside it") is not the support boundary."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body", "quote"), [
    ("en", """
    # 6. Support
    6.1 Support extends to the Platform, the APIs and the SDKs, but not to Customer's applications, integration code or third-party systems.
    """, "but not to Customer"),
    ("en", """
    # 6. Support
    6.1 Support deals with configuring and using the Services and with faults in them. Your network, your firewalls and third-party integrations fall outside it.
    """, "fall outside it"),
    ("en", """
    # 6. Support
    6.1 Support answers questions about the Service by e-mail. Training, data modelling and debugging Customer's application code are not part of support.
    """, "are not part of support"),
    ("en", """
    # 6. Support
    6.1 Support extends to the cloud infrastructure and the console. Responsibility for the operating system and applications that the Customer installs lies with the Customer.
    """, "lies with the Customer"),
    ("zh", """
    # 第六条 技术支持
    6.1 由甲方自行开发的页面、应用引起的问题，乙方可以就接口调用提供咨询，但甲方代码的修改与调试不在乙方负责范围内。
    """, "不在乙方负责范围内"),
    ("zh", """
    # 第六条 技术支持
    6.1 开放平台技术支持不涵盖设备自身的硬件故障以及甲方应用本身的业务逻辑。
    """, "技术支持不涵盖"),
    ("zh", """
    # 第六条 技术支持
    6.1 对于您基于本服务所开发应用的业务逻辑以及第三方框架的配置，我们不提供支持。
    """, "我们不提供支持"),
], ids=["but-not-to-en", "fall-outside-it-en", "not-part-of-support-en", "lies-with-customer-en",
        "not-our-responsibility-zh", "does-not-cover-zh", "no-support-for-zh"])
def test_a_boundary_in_other_words_meets_support_scope(
        reviewed: ReviewContract, language: str, body: str, quote: str) -> None:
    f = reviewed(body, language=language).finding("support-scope")
    assert f.status is Status.MET, f.reasons
    assert any(quote in e.text for e in f.evidence), [e.text for e in f.evidence]


def test_an_agreements_own_scope_is_not_the_support_boundary(reviewed: ReviewContract) -> None:
    f = reviewed("""
    # 1. Scope
    1.1 This Agreement covers only the use of the APIs and the other services the Vendor offers to businesses. Services used by consumers fall outside it.
    # 6. Support
    6.1 Support covers questions related to the Services.
    """).finding("support-scope")
    assert f.status is not Status.MET, f.reasons


@pytest.mark.parametrize(("body", "quote"), [
    ("""
    # 第五条 答疑服务
    5.1 答疑只涉及产品的操作方法和功能说明。客户自己编制的数据或程序，均不在答疑范围之内。
    """, "不在答疑范围之内"),
    ("""
    # 第五条 技术支持
    5.1 基础级支持的服务内容包括使用咨询和服务故障的处理。第三方软件支持和架构支持不在基础级支持之内。
    """, "不在基础级支持之内"),
    ("""
    # 第五条 售后服务
    5.1 甲方自行改动软件程序引起的问题，不在乙方免费服务的责任范围内。
    """, "不在乙方免费服务的责任范围内"),
    ("""
    # 第五条 客户服务
    5.1 客服只解答本服务的使用问题和故障。
    """, "客服只解答"),
], ids=["not-within-answers-zh", "not-within-plan-zh", "not-within-responsibility-zh", "only-answers-zh"])
def test_the_excluded_side_not_within_support_meets_zh(reviewed: ReviewContract, body: str, quote: str) -> None:
    f = reviewed(body, language="zh").finding("support-scope")
    assert f.status is Status.MET, f.reasons
    assert any(quote in e.text for e in f.evidence), [e.text for e in f.evidence]


@pytest.mark.parametrize(("language", "body", "quote"), [
    ("en", """
    # 8. Support
    8.5 Support deals with setting up and using the Services. The School's network, Apple ID accounts and third-party apps deployed through the Services are not covered.
    """, "are not covered"),
    ("en", """
    # 7. Support
    7.4 Support covers the use of the Platform. Through support, the Vendor does not give legal or tax advice to Clients; that advice can be bought separately under the consulting terms.
    """, "can be bought separately"),
    ("zh", """
    # 第三条 技术支持
    一、 本协议所称技术支持，仅限于产品本身软件缺陷、硬件故障以及乙方提供的规则库、补丁所引起的问题。
    """, "仅限于产品本身"),
], ids=["third-party-not-covered-en", "bought-separately-en", "comma-only-limited-zh"])
def test_more_forms_of_the_boundary_meet(reviewed: ReviewContract, language: str, body: str, quote: str) -> None:
    f = reviewed(body, language=language).finding("support-scope")
    assert f.status is Status.MET, f.reasons
    assert any(quote in e.text for e in f.evidence), [e.text for e in f.evidence]
