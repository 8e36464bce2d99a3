# ruff: noqa: E501
"""support-channels, as settled on 7 December 2026 (LABELLING.md): a legal, notice, sales or
general mailbox in a clause that says nothing of support is no support channel (missing), in
English and in Chinese; "contact us" followed by the address it names is no vague "contact us";
"以其他方式有权获得支持" (otherwise entitled to support) is no vague "other means"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("body", "language"), [
    ("""
    # 9. Service Credits
    9.2 A request for an SLA credit has to be made in writing, by e-mail to claims@quaystream.example, no later than 30 days after the outage it concerns.
    """, "en"),
    ("""
    # 十五、通知
    15.3 致卡罗莫尔CI的通知应发送至contact@carrowmore-ci.example和／或寄往卡罗莫尔持续集成有限公司。
    """, "zh"),
])
def test_a_notice_or_claims_mailbox_is_no_support_channel(reviewed: ReviewContract, body: str, language: str) -> None:
    f = reviewed(body, language=language).finding("support-channels")
    assert f.status is Status.MISSING, (f.status, f.reasons)


def test_contact_us_at_an_address_names_the_channel(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 3. Support
        3.2 When you run into a problem, please open a support ticket or contact us at https://www.quickcast.example/support.
        """).finding("support-channels")
    assert f.status is Status.MET, (f.status, f.reasons)


def test_otherwise_entitled_to_support_is_no_vague_other_means(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 第三部分 支持
        4. 对于购买了支持或以其他方式有权获得支持的客户，澄码通过在线服务台提供支持和高级支持。
        """, language="zh").finding("support-channels")
    assert f.status is Status.MET, (f.status, f.reasons)
