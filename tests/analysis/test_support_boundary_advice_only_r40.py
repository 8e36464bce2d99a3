"""support-scope (zh): the customer's side given advice only ("学员设备或网络原因造成的
问题，我们只提供操作指导", "客户所用空间并非由本公司提供的，本公司只提供咨询服务") or
support refused for what is not the vendor's without 对于 ("思博对非思博应用不作保证，
也不提供支持") is a binding boundary, met, however low the model scores it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("body", "quote"), [
    ("""
    # 第五条 售后
    5.1 直播中遇到卡顿、黑屏等问题的，可以向在线客服求助；观众自身设备或网络原因造成的问题，我们只提供操作指导。
    """, "只提供操作指导"),
    ("""
    # 第五条 服务
    5.1 客户使用的服务器并非由本公司提供的，不适用本说明所列的响应时间，本公司仅提供咨询服务。
    """, "仅提供咨询服务"),
    ("""
    # 第五条 第三方应用
    5.1 第三方插件由其开发者提供和维护，平台对第三方插件不作保证，也不提供支持。
    """, "也不提供支持"),
], ids=["guidance-only", "advice-only", "no-support-for-third-party"])
def test_advice_only_for_the_customers_side_meets_support_scope(
        reviewed: ReviewContract, model: str, body: str, quote: str) -> None:
    f = reviewed(body, language="zh").finding("support-scope")
    assert f.status is Status.MET, f.reasons
    assert any(quote in e.text for e in f.evidence), [e.text for e in f.evidence]
