"""support-scope: help beyond the support included, offered for a fee, or no duty to
support at all, addresses the item however low the model scores it: "Beyond that,
the vendor can supply extra services on a 'fee for service' basis", "Additional
assistance is available for an additional fee", "我不负有为该软件提供技术支持的义务，
您如需要，可以向我购买商业技术支持", "可以得到本网站提供的有偿和/或无偿的咨询、技术
支持等服务". It is vague: no boundary with the customer's side is drawn. A boundary
beside the offer stays met, and a duty to support lapsing on a condition the
customer fails is not the item."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body", "quote"), [
    ("en", """
    # 4. Services
    4.1 Each plan includes the onboarding call and the number of hours shown in the order. Beyond that, the Provider can supply further services on a "fee for service" basis.
    """, "fee for service"),
    ("en", """
    # 4. Services
    4.1 The subscription includes e-mail help with the features of the Platform. Additional assistance is available for an additional fee at the rates published on the Provider's website.
    """, "Additional assistance"),
    ("zh", """
    # 第一条 使用
    1.1 本软件以现状提供，作者不负有为本软件提供技术支持或维护的义务；用户如有需要，可以向作者购买商业技术支持。
    """, "购买商业技术支持"),
    ("zh", """
    # 第四条 服务
    4.1 用户在服务期内可以获得平台提供的有偿或无偿的咨询、技术支持等服务，具体内容及收费标准以平台页面的说明为准。
    """, "有偿或无偿"),
], ids=["fee-for-service-en", "additional-fee-en", "buy-commercial-support-zh", "paid-or-free-zh"])
def test_help_offered_for_a_fee_addresses_support_scope(
        reviewed: ReviewContract, model: str, language: str, body: str, quote: str) -> None:
    f = reviewed(body, language=language).finding("support-scope")
    assert f.status is Status.VAGUE, f.reasons
    assert any(quote in e.text for e in f.evidence), [e.text for e in f.evidence]


def test_a_boundary_beside_a_paid_offer_stays_met(reviewed: ReviewContract) -> None:
    f = reviewed("""
    # 第六条 技术支持
    6.1 客户自有系统的开发和第三方应用的对接不在技术支持范围内；客户如有需要，可另行购买付费技术服务。
    """, language="zh").finding("support-scope")
    assert f.status is Status.MET, f.reasons


def test_support_lapsing_on_a_condition_is_not_the_item(reviewed: ReviewContract) -> None:
    f = reviewed("""
    # 第一条 身份
    1.1 客户申请服务时未按要求表明身份的，运营方没有提供任何服务的义务。
    """, language="zh").finding("support-scope")
    assert f.status is Status.MISSING, f.reasons
